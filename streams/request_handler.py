"""The request stage: one request event in, its response and telemetry events out.

request -> decode (undecodable: dead letter) -> route -> prompt (registry) -> validation
-> input guard -> admission (budgets, app limits; may downgrade the route) -> cache
(exact, semantic, one call per stampede) around the checked invocation (model chain:
breaker, shared limiter, retries, fallback; then output guard with repair) -> response +
telemetry. Any rejection is an error response, not an exception: every request gets
exactly one response.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import random
import time
from dataclasses import dataclass, replace
from typing import Any

from llmstream.cache_key import CacheMode, CacheOutcome, parse_mode
from llmstream.config import Config, RouteConfig
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.producer import OutRecord
from llmstream.connectors.providers.base import ChatCall, ChatProvider
from llmstream.connectors.redis.cache_store import CachedAnswer
from llmstream.errors import DecodeError, RequestRejected, Status
from llmstream.events import (
    PARENT_REQUEST_KEY,
    DeadLetter,
    Request,
    Response,
    Telemetry,
    Usage,
    now_ms,
)
from llmstream.guard import GuardMemo, GuardResult, Verdict, check_messages, redact_pii, restore
from llmstream.guard import warm_up as guard_warm_up
from llmstream.guard.output_guard import OutputCheck, OutputContext
from llmstream.guard.telemetry_fields import guard_telemetry
from llmstream.guard.token_count import encoding, token_bound, tokenizer_for
from llmstream.pricing import cost_usd
from llmstream.prompt_registry import PromptRegistry
from llmstream.prompt_resolution import PromptContext, PromptLookup, resolve_prompt
from llmstream.streams.checked_invocation import (
    CheckedInvocation,
    invoke_checked,
    response_format,
)
from llmstream.streams.invocation import Invocation
from llmstream.streams.model_chain import ModelChain
from llmstream.streams.rate_control import RateControl
from llmstream.streams.response_cache import ResponseCache, Served, answer_of, subject_of
from llmstream.streams.transactional import InRecord
from llmstream.structured_request import structured_call
from llmstream.validation import validate_request


@dataclass(frozen=True, slots=True)
class _Outcome:
    response: Response
    invocation: Invocation | None
    attempt_models: list[str] | None = None  # the model (config key) of each attempt
    fallback: bool = False
    guard: GuardResult | None = None  # input guardrails' decision
    output: OutputCheck | None = None  # output guardrails' decision on the final answer
    repairs: int = 0


class RequestHandler:
    def __init__(
        self,
        config: Config,
        providers: dict[str, ChatProvider],
        worker_id: str,
        rng: random.Random | None = None,
        prompts: PromptLookup | None = None,
        rate_control: RateControl | None = None,
        cache: ResponseCache | None = None,
    ) -> None:
        self._config = config
        # The live prompt registry (kept current by a PromptFollower in the worker).
        self._prompts: PromptLookup = prompts if prompts is not None else PromptRegistry()
        self._cache = cache
        self._providers = providers
        self._worker_id = worker_id
        self._rng = rng or random.Random()
        self._request_serde = serde("request")
        self._response_serde = serde("response")
        self._telemetry_serde = serde("telemetry")
        self._dead_letter_serde = serde("dead_letter")
        self._rate_control = rate_control
        guard_warm_up()  # compile the guards' scanning databases before the first request
        # What the guard found in the messages seen lately: a conversation's history, which
        # every turn resends, is read once (llmstream/guard/text_memo.py).
        self._guard_memo = GuardMemo()
        # ... and load the routes' tokenizers (0.7-0.8 s each): on the first long request
        # the load stalled the event loop, every request in flight and its Redis calls.
        for tokenizer in {tokenizer_for(config, route) for route in config.routes.values()}:
            if tokenizer != "estimate":
                encoding(tokenizer)
        self._chain = ModelChain(
            config,
            providers,
            self._rng,
            rate_control.breakers if rate_control else None,
            rate_control.limiter if rate_control else None,
        )

    async def handle(self, record: InRecord) -> list[OutRecord]:
        started = time.monotonic()
        try:
            request = Request.from_record(self._request_serde.decode(record.value))
        except DecodeError as error:
            return [self._dead_letter(record, "undecodable", error.reason)]
        except (KeyError, TypeError, ValueError) as error:
            return [self._dead_letter(record, "invalid_event", f"{type(error).__name__}: {error}")]
        queue_ms = max(0.0, now_ms() - request.created_at)
        outcome = await self._answer(request)
        stages = {
            "queue": queue_ms,
            "pipeline": (time.monotonic() - started) * 1000,
        }
        if outcome.invocation is not None:
            provider_ms = sum(a.latency_ms for a in outcome.invocation.attempts)
            stages["provider"] = provider_ms
        return self._outputs(request, outcome, stages)

    def on_failure(self, record: InRecord, error: BaseException) -> list[OutRecord]:
        """A handler bug must not stall the partition: dead-letter the event and, if it
        decodes, answer it with ``internal_error`` so the client is not left waiting."""
        try:
            request = Request.from_record(self._request_serde.decode(record.value))
        except Exception:
            return [self._dead_letter(record, Status.INTERNAL_ERROR, redact_pii(repr(error)))]
        # The dead letter keeps the request, with its personal data redacted.
        redacted = replace(request, messages=[
            replace(m, content=redact_pii(m.content)) for m in request.messages])
        outputs = [self._dead_letter(record, Status.INTERNAL_ERROR, redact_pii(repr(error)),
                                     self._request_serde.encode(redacted.to_record()))]
        response = Response(
            request_id=request.request_id,
            status=Status.INTERNAL_ERROR,
            reason="the worker failed to process this request; see the dead-letter topic",
            route=request.route,
        )
        outputs.append(self._out(self._config.topics.responses, request.request_id,
                                 self._response_serde.encode(response.to_record())))
        return outputs

    async def _answer(self, request: Request) -> _Outcome:
        resolved = self._config.route(request.route)
        if resolved is None:
            return self._rejected(
                request,
                RequestRejected(
                    Status.UNKNOWN_ROUTE,
                    f"unknown route {request.route!r} (known: {sorted(self._config.routes)})",
                ),
            )
        route_name, route = resolved
        try:
            request, prompt = resolve_prompt(
                request,
                self._prompts,
                self._config.prompts.default_label,
                self._config.prompts.max_variable_chars,
            )
        except RequestRejected as rejection:
            return self._rejected(request, rejection, route_name)
        try:
            validate_request(request, route_name, route)
            structured = structured_call(request)
            cache_mode = parse_mode(request.cache)
        except RequestRejected as rejection:
            return self._rejected(request, rejection, route_name, prompt)
        too_long = token_bound(request.messages, route_name, route,
                               tokenizer_for(self._config, route))
        if too_long is not None:
            return self._rejected(request, too_long, route_name, prompt)
        guard = (check_messages(request.messages, route.guard, self._guard_memo)
                 if route.guard.enabled else None)
        if guard is not None and guard.verdict == Verdict.BLOCK:
            return self._rejected(
                request, RequestRejected(Status.BLOCKED_INPUT, guard.reason()), route_name,
                prompt, guard,
            )
        messages = guard.messages if guard is not None else request.messages
        downgraded: str | None = None  # why the request moved to a cheaper route
        if self._rate_control is not None:
            try:
                route_name, route, downgraded = await self._rate_control.admission.admit(
                    request, route_name, route
                )
            except RequestRejected as rejection:
                return self._rejected(request, rejection, route_name, prompt, guard)
        timeout_ms = request.timeout_ms or int(route.deadline_s * 1000)
        left_s = (request.created_at + timeout_ms - now_ms()) / 1000
        if left_s <= 0:
            return self._rejected(
                request,
                RequestRejected(Status.DEADLINE_EXCEEDED,
                                f"deadline of {timeout_ms} ms passed before processing"),
                route_name,
                prompt,
            )
        params = request.params
        call = ChatCall(
            model=self._config.models[route.model].name,
            messages=messages,
            temperature=(
                params.temperature if params.temperature is not None
                else route.default_temperature
            ),
            max_tokens=params.max_tokens or route.max_output_tokens,
            top_p=params.top_p,
            stop=params.stop,
            seed=params.seed,
            # The request's own format wins; else the prompt's output JSON Schema.
            response_format=(
                structured.response_format
                if structured.response_format is not None or prompt is None
                else prompt.output_schema
            ),
            tools=structured.tools,
            tool_choice=structured.tool_choice,
            client_request_id=request.request_id,
        )
        deadline = time.monotonic() + left_s
        context = OutputContext(
            "\n".join(m.content for m in messages if m.role != "system"),
            "\n".join(m.content for m in messages if m.role == "system"),
        )
        served, checked = await self._served(
            route_name, route, call, cache_mode, deadline, context, prompt
        )
        if checked is None:  # answered from the cache, or by a shared call that failed
            model_key = (served.answer.model_key if served.answer is not None
                         and served.answer.model_key in self._config.models else route.model)
            return _Outcome(_from_cache(served, functools.partial(
                Response,
                request_id=request.request_id,
                route=route_name,
                model=model_key,
                provider=self._config.models[model_key].provider,
                latency_ms=float(max(0, now_ms() - request.created_at)),
                cache=served.outcome.value,
                **_prompt_fields(request, prompt),
            ), timeout_ms), None, guard=guard)
        invocation, check = checked.invocation, checked.check
        model = self._config.models[checked.model]
        answered = functools.partial(
            Response,
            request_id=request.request_id,
            route=route_name,
            model=checked.model,
            provider=model.provider,
            attempts=len(invocation.attempts),
            latency_ms=float(max(0, now_ms() - request.created_at)),
            **_prompt_fields(request, prompt),
            cache=served.outcome.value,
        )
        result = invocation.result
        if result is not None and check is not None and not check.ok:
            usage = Usage(result.prompt_tokens, result.completion_tokens)
            response = answered(
                status=check.status,
                reason=redact_pii(check.reason or ""),
                finish_reason=result.finish_reason,
                usage=usage,
                cost_usd=cost_usd(usage.prompt_tokens, usage.completion_tokens, model.price),
            )
        elif result is not None:
            usage = Usage(result.prompt_tokens, result.completion_tokens)
            content = check.content if check is not None else result.content
            if guard is not None and route.guard.restore_pii:
                content = restore(content, guard.originals)
            response = answered(
                status=Status.OK,
                content=content,
                finish_reason=result.finish_reason,
                tool_calls=list(result.tool_calls),
                usage=usage,
                cost_usd=cost_usd(usage.prompt_tokens, usage.completion_tokens, model.price),
            )
        elif invocation.deadline_exceeded:
            response = answered(
                status=Status.DEADLINE_EXCEEDED,
                reason=f"deadline of {timeout_ms} ms passed after "
                f"{len(invocation.attempts)} attempts",
            )
        elif checked.untried:
            response = answered(
                status=(
                    Status.DEADLINE_EXCEEDED
                    if checked.no_slot_in_time
                    else Status.PROVIDER_UNAVAILABLE
                ),
                reason=f"no model could take the request: {'; '.join(checked.shed)}",
            )
        else:
            error = invocation.error
            status = (
                Status.PROVIDER_UNAVAILABLE
                if error is not None and error.retryable
                else Status.PROVIDER_ERROR
            )
            response = answered(status=status, reason=redact_pii(str(error)))
        if downgraded is not None and response.reason is None:
            response = dataclasses.replace(response, reason=downgraded)
        if self._rate_control is not None and response.cost_usd > 0:
            await self._rate_control.admission.charge(request, response.cost_usd)
        return _Outcome(response, invocation, checked.attempt_models, checked.fallback,
                        guard, check, checked.repairs)

    async def _served(
        self, route_name: str, route: RouteConfig, call: ChatCall, mode: CacheMode,
        deadline: float, context: OutputContext, prompt: PromptContext | None,
    ) -> tuple[Served, CheckedInvocation | None]:
        """The checked answer (models, output guardrails), through the cache stage when
        there is one. ``None`` as the second item: this request made no provider call."""
        checked: CheckedInvocation | None = None

        async def call_provider() -> tuple[Invocation, CachedAnswer | None]:
            nonlocal checked
            checked = await invoke_checked(self._chain, route, call, deadline, context)
            answer = answer_of(checked.invocation)
            # Only an answer that passed the output guardrails is shared, as delivered.
            if answer is None or checked.check is None or not checked.check.ok:
                return checked.invocation, None
            return checked.invocation, dataclasses.replace(
                answer, content=checked.check.content, model_key=checked.model
            )

        if self._cache is None:
            await call_provider()
            return Served(CacheOutcome.MISS), checked
        # Everything that changes the answer besides the messages and sampling parameters.
        shape = json.dumps(
            {"format": response_format(route.output, call.response_format),
             "tools": repr(call.tools), "tool_choice": call.tool_choice},
            sort_keys=True, default=repr,
        )
        subject = subject_of(
            route_name, call.model, call.messages, call.temperature or 0.0,
            call.max_tokens or route.max_output_tokens, call.top_p, call.stop, call.seed,
            prompt.name if prompt is not None else None,
            str(prompt.version) if prompt is not None else None, shape,
        )
        served = await self._cache.serve(subject, mode, route.cache, deadline, call_provider)
        return served, checked

    def _rejected(
        self,
        request: Request,
        rejection: RequestRejected,
        route_name: str | None = None,
        prompt: PromptContext | None = None,
        guard: GuardResult | None = None,
    ) -> _Outcome:
        response = Response(
            request_id=request.request_id,
            status=rejection.status,
            reason=rejection.reason,
            route=route_name or request.route,
            latency_ms=float(max(0, now_ms() - request.created_at)),
            **_prompt_fields(request, prompt),
        )
        return _Outcome(response, None, guard=guard)

    def _outputs(
        self, request: Request, outcome: _Outcome, stages: dict[str, float]
    ) -> list[OutRecord]:
        response = outcome.response
        telemetry_topic = self._config.topics.telemetry
        outputs = [
            OutRecord(self._config.topics.responses, request.request_id.encode(),
                      self._response_serde.encode(response.to_record()),
                      immediate=self._config.worker.hit_delivery == "immediate"
                      and is_cache_hit(response, outcome.invocation))
        ]
        invocation = outcome.invocation
        error_type = None
        if invocation is not None and invocation.error is not None:
            error_type = invocation.error.error_type
        elif response.status != Status.OK:
            error_type = response.status
        row = functools.partial(
            Telemetry,
            request_id=request.request_id,
            route=response.route,
            model=response.model,
            provider=response.provider,
            tenant=request.tenant,
            user_id=request.user_id,
            feature=request.feature,
            worker=self._worker_id,
            prompt_name=response.prompt_name,
            prompt_version=(
                None if response.prompt_version is None else str(response.prompt_version)
            ),
            prompt_variant=response.prompt_variant,
            parent_request_id=request.metadata.get(PARENT_REQUEST_KEY),
        )
        summary = row(
            event_id=f"{request.request_id}:request",
            kind="request",
            status=response.status,
            error_type=error_type,
            reason=response.reason,
            prompt_tokens=response.usage.prompt_tokens,
            completion_tokens=response.usage.completion_tokens,
            cost_usd=response.cost_usd,
            latency_ms=response.latency_ms,
            provider_latency_ms=stages.get("provider", 0.0),
            stage_latency_ms=stages,
            cache=response.cache,
            attempts=response.attempts,
            fallback=outcome.fallback,
            **guard_telemetry(outcome.guard, outcome.output, outcome.repairs),
            cache_similarity=response.cache_similarity,
        )
        outputs.append(self._out(telemetry_topic, request.request_id,
                                 self._telemetry_serde.encode(summary.to_record())))
        for index, attempt in enumerate(invocation.attempts if invocation else []):
            tried = (outcome.attempt_models or [])[index:index + 1]
            models = self._config.models
            attempt_row = row(
                model=tried[0] if tried else response.model,
                provider=models[tried[0]].provider if tried else response.provider,
                event_id=f"{request.request_id}:attempt:{attempt.attempt}",
                kind="attempt",
                ts=attempt.started_at,
                status="ok" if attempt.outcome == "ok" else "error",
                error_type=None if attempt.outcome == "ok" else attempt.outcome,
                latency_ms=attempt.latency_ms,
                provider_latency_ms=attempt.latency_ms,
                attempt=attempt.attempt,
            )
            outputs.append(self._out(telemetry_topic, request.request_id,
                                     self._telemetry_serde.encode(attempt_row.to_record())))
        return outputs

    def _dead_letter(
        self, record: InRecord, code: str, reason: str, value: bytes | None = None
    ) -> OutRecord:
        letter = DeadLetter.for_source(
            record.topic, record.partition, record.offset, code, reason, record.key,
            record.value if value is None else value, self._worker_id,
        )
        return OutRecord(self._config.topics.dead_letter, record.key,
                         self._dead_letter_serde.encode(letter.to_record()))

    @staticmethod
    def _out(topic: str, request_id: str, value: bytes) -> OutRecord:
        return OutRecord(topic, request_id.encode(), value)


def is_cache_hit(response: Response, invocation: Invocation | None) -> bool:
    """Whether the answer came from the cache without a provider call of its own, so that
    processing the request again answers it the same way."""
    return (invocation is None and response.status == Status.OK
            and response.cache in (CacheOutcome.EXACT, CacheOutcome.SEMANTIC))


def _prompt_fields(request: Request, prompt: PromptContext | None) -> dict[str, Any]:
    """The prompt columns of a response: the resolved prompt, or at least the name the
    request asked for (an unknown prompt's error response names it)."""
    if prompt is not None:
        return prompt.response_fields()
    return {"prompt_name": request.prompt.name if request.prompt is not None else None}


def _from_cache(
    served: Served, answered: functools.partial[Response], timeout_ms: int
) -> Response:
    """The response of a request the cache stage answered without calling the provider: a
    hit costs nothing, or the clear error of the shared call it waited for."""
    answer = served.answer
    if answer is not None:
        return answered(
            status=Status.OK,
            content=answer.content,
            finish_reason=answer.finish_reason,
            cache_similarity=served.similarity,
        )
    if served.deadline_exceeded:
        return answered(status=Status.DEADLINE_EXCEEDED,
                        reason=f"deadline of {timeout_ms} ms passed: {served.failure}")
    return answered(status=Status.PROVIDER_ERROR, reason=served.failure)

"""The request stage: one request event in, its response and telemetry events out.

request -> decode (undecodable: dead letter) -> route + basic validation (rejected: an
error response) -> provider invocation with retries -> response + telemetry.
The stage never raises for a bad request: every request gets exactly one response.
"""

from __future__ import annotations

import functools
import random
import time
from dataclasses import dataclass

from llmstream.cache_key import CacheMode, CacheOutcome, parse_mode
from llmstream.config import Config, RouteConfig
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.producer import OutRecord
from llmstream.connectors.providers.base import ChatCall, ChatProvider
from llmstream.connectors.redis.cache_store import CachedAnswer
from llmstream.errors import DecodeError, RequestRejected, Status
from llmstream.events import (
    DeadLetter,
    Request,
    Response,
    Telemetry,
    Usage,
    now_ms,
)
from llmstream.pricing import cost_usd
from llmstream.streams.invocation import Invocation, invoke
from llmstream.streams.response_cache import ResponseCache, Served, answer_of, subject_of
from llmstream.streams.transactional import InRecord
from llmstream.validation import validate_request


@dataclass(frozen=True, slots=True)
class _Outcome:
    response: Response
    invocation: Invocation | None


class RequestHandler:
    def __init__(
        self,
        config: Config,
        providers: dict[str, ChatProvider],
        worker_id: str,
        rng: random.Random | None = None,
        cache: ResponseCache | None = None,
    ) -> None:
        self._config = config
        self._cache = cache
        self._providers = providers
        self._worker_id = worker_id
        self._rng = rng or random.Random()
        self._request_serde = serde("request")
        self._response_serde = serde("response")
        self._telemetry_serde = serde("telemetry")
        self._dead_letter_serde = serde("dead_letter")

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
        outputs = [self._dead_letter(record, Status.INTERNAL_ERROR, repr(error))]
        try:
            request = Request.from_record(self._request_serde.decode(record.value))
        except Exception:
            return outputs
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
            validate_request(request, route_name, route)
            cache_mode = parse_mode(request.cache)
        except RequestRejected as rejection:
            return self._rejected(request, rejection, route_name)
        model = self._config.models[route.model]
        provider = self._providers[model.provider]
        timeout_ms = request.timeout_ms or int(route.deadline_s * 1000)
        left_s = (request.created_at + timeout_ms - now_ms()) / 1000
        if left_s <= 0:
            return self._rejected(
                request,
                RequestRejected(Status.DEADLINE_EXCEEDED,
                                f"deadline of {timeout_ms} ms passed before processing"),
                route_name,
            )
        params = request.params
        call = ChatCall(
            model=model.name,
            messages=request.messages,
            temperature=(
                params.temperature if params.temperature is not None
                else route.default_temperature
            ),
            max_tokens=params.max_tokens or route.max_output_tokens,
            top_p=params.top_p,
            stop=params.stop,
            seed=params.seed,
        )
        deadline = time.monotonic() + left_s
        served = await self._served(request, route_name, route, call, cache_mode, deadline,
                                    provider)
        invocation = served.computed
        answered = functools.partial(
            Response,
            request_id=request.request_id,
            route=route_name,
            model=route.model,
            provider=model.provider,
            attempts=len(invocation.attempts) if invocation is not None else 0,
            latency_ms=float(max(0, now_ms() - request.created_at)),
            cache=served.outcome.value,
        )
        if invocation is None:  # answered from the cache, or by a shared call that failed
            return _Outcome(_from_cache(served, answered, timeout_ms), None)
        result = invocation.result
        if result is not None:
            usage = Usage(result.prompt_tokens, result.completion_tokens)
            response = answered(
                status=Status.OK,
                content=result.content,
                finish_reason=result.finish_reason,
                usage=usage,
                cost_usd=cost_usd(usage.prompt_tokens, usage.completion_tokens, model.price),
            )
        elif invocation.deadline_exceeded:
            response = answered(
                status=Status.DEADLINE_EXCEEDED,
                reason=f"deadline of {timeout_ms} ms passed after "
                f"{len(invocation.attempts)} attempts",
            )
        else:
            error = invocation.error
            status = (
                Status.PROVIDER_UNAVAILABLE
                if error is not None and error.retryable
                else Status.PROVIDER_ERROR
            )
            response = answered(status=status, reason=str(error))
        return _Outcome(response, invocation)

    async def _served(
        self, request: Request, route_name: str, route: RouteConfig, call: ChatCall,
        mode: CacheMode, deadline: float, provider: ChatProvider,
    ) -> Served:
        """The provider's answer, through the cache stage when there is one."""

        async def call_provider() -> tuple[Invocation, CachedAnswer | None]:
            invocation = await invoke(provider, call, route.retry, deadline, self._rng)
            return invocation, answer_of(invocation)

        if self._cache is None:
            invocation, _answer = await call_provider()
            return Served(CacheOutcome.MISS, computed=invocation)
        prompt_name = getattr(request, "prompt_name", None) or request.metadata.get("prompt_name")
        prompt_version = (getattr(request, "prompt_version", None)
                          or request.metadata.get("prompt_version"))
        subject = subject_of(
            route_name, call.model, call.messages, call.temperature or 0.0,
            call.max_tokens or route.max_output_tokens, call.top_p, call.stop, call.seed,
            prompt_name, prompt_version, getattr(request, "output_schema", None),
        )
        return await self._cache.serve(subject, mode, route.cache, deadline, call_provider)

    def _rejected(
        self, request: Request, rejection: RequestRejected, route_name: str | None = None
    ) -> _Outcome:
        response = Response(
            request_id=request.request_id,
            status=rejection.status,
            reason=rejection.reason,
            route=route_name or request.route,
            latency_ms=float(max(0, now_ms() - request.created_at)),
        )
        return _Outcome(response, None)

    def _outputs(
        self, request: Request, outcome: _Outcome, stages: dict[str, float]
    ) -> list[OutRecord]:
        response = outcome.response
        telemetry_topic = self._config.topics.telemetry
        outputs = [
            self._out(self._config.topics.responses, request.request_id,
                      self._response_serde.encode(response.to_record()))
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
            cache_similarity=response.cache_similarity,
        )
        outputs.append(self._out(telemetry_topic, request.request_id,
                                 self._telemetry_serde.encode(summary.to_record())))
        for attempt in invocation.attempts if invocation else []:
            attempt_row = row(
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

    def _dead_letter(self, record: InRecord, code: str, reason: str) -> OutRecord:
        letter = DeadLetter.for_source(
            record.topic, record.partition, record.offset, code, reason, record.key,
            record.value, self._worker_id,
        )
        return OutRecord(self._config.topics.dead_letter, record.key,
                         self._dead_letter_serde.encode(letter.to_record()))

    @staticmethod
    def _out(topic: str, request_id: str, value: bytes) -> OutRecord:
        return OutRecord(topic, request_id.encode(), value)


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

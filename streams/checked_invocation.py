"""Invocation with output guardrails: the imperative shell around ``guard.output_guard``.

call the route's model through the model chain (breaker, limiter, provider fallback)
-> check the answer -> on failure one repair attempt that sends
the validator's message back -> then each of the route's output fallbacks the same way
(``output.fallback_models``, by default the route's ``fallback`` chain) ->
the last failure's ``invalid_output``/``blocked_output``. Every provider attempt of every
call is kept, numbered in order, for telemetry; tokens add up over the calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from llmstream.config import OutputGuardConfig, RouteConfig
from llmstream.connectors.providers.base import ChatCall, ResponseFormat
from llmstream.events import Message
from llmstream.guard.output_guard import OutputCheck, OutputContext, check_output, repair_message
from llmstream.streams.invocation import AttemptRecord, Invocation
from llmstream.streams.model_chain import ModelChain


@dataclass(frozen=True, slots=True)
class CheckedInvocation:
    invocation: Invocation  # the last call's result/error, with every attempt of every call
    check: OutputCheck | None  # None when no call returned an answer
    model: str  # the configured model (key of ``models``) that gave the final answer
    repairs: int  # repair attempts made (over all models)
    calls: int  # provider calls that returned an answer
    attempt_models: list[str] = field(default_factory=list)  # the model of each attempt
    fallback: bool = False  # ``model`` is not the route's first model
    # No model could take the call (breakers open, or no rate-limit slot in time).
    untried: bool = False
    shed: list[str] = field(default_factory=list)  # "model: why" of each model skipped
    no_slot_in_time: bool = False


def response_format(policy: OutputGuardConfig, asked: ResponseFormat) -> ResponseFormat:
    """The route's output policy wins; else what the request (or its prompt) asked for."""
    if policy.json_schema is not None:
        return dict(policy.json_schema)
    return "json_object" if policy.json_output else asked


def _renumbered(attempts: list[AttemptRecord], before: int) -> list[AttemptRecord]:
    return [replace(a, attempt=before + index + 1) for index, a in enumerate(attempts)]


async def invoke_checked(
    chain: ModelChain,
    route: RouteConfig,
    call: ChatCall,
    deadline: float,
    context: OutputContext,
) -> CheckedInvocation:
    """``deadline`` is on ``time.monotonic()``. The route's model (with its provider
    fallback chain) first, then each output fallback on its own (a model that already gave
    a failing answer is not asked again)."""
    policy = route.output
    attempts: list[AttemptRecord] = []
    attempt_models: list[str] = []
    prompt_tokens = completion_tokens = repairs = calls = 0
    last: CheckedInvocation | None = None
    answered: set[str] = set()  # models whose answers failed the guard
    fmt = response_format(policy, call.response_format)
    for index, model_key in enumerate((route.model, *route.output_fallbacks)):
        if model_key in answered:
            continue  # it answered already (as a provider fallback) and failed the guard
        # Output fallbacks are tried one model at a time: the provider chain is the route's.
        model_route = route if index == 0 else route.model_copy(
            update={"model": model_key, "fallback": ()}
        )
        model_call = replace(call, response_format=fmt)
        for repair in range(policy.repair_attempts + 1):
            chained = await chain.invoke(model_route, model_call, deadline)
            invocation = chained.invocation
            attempts.extend(_renumbered(invocation.attempts, len(attempts)))
            attempt_models.extend(chained.attempt_models)
            answering = chained.model or model_key
            fallback = answering != route.model
            result = invocation.result
            if result is None:
                # The provider gave no answer: that is invocation's failure (retries and
                # provider fallback), not the output guard's.
                merged = replace(invocation, attempts=list(attempts))
                return CheckedInvocation(
                    merged, last.check if last else None, answering, repairs, calls,
                    list(attempt_models), fallback, untried=chained.model is None,
                    shed=chained.shed, no_slot_in_time=chained.no_slot_in_time,
                )
            calls += 1
            answered.add(answering)
            prompt_tokens += result.prompt_tokens
            completion_tokens += result.completion_tokens
            summed = replace(result, prompt_tokens=prompt_tokens,
                             completion_tokens=completion_tokens)
            check = check_output(result.content, policy, context)
            last = CheckedInvocation(replace(invocation, result=summed, attempts=list(attempts)),
                                     check, answering, repairs, calls, list(attempt_models),
                                     fallback)
            if check.ok or repair == policy.repair_attempts:
                break
            repairs += 1
            model_call = replace(model_call, messages=[
                *model_call.messages,
                Message("assistant", result.content),
                Message("user", repair_message(check.reason or "invalid", policy)),
            ])
        if last is not None and last.check is not None and last.check.ok:
            return last
    assert last is not None
    return last

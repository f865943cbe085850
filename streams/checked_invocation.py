"""Invocation with output guardrails: the imperative shell around ``guard.output_guard``.

call the route's model -> check the answer -> on failure one repair attempt that sends
the validator's message back -> then each of ``output.fallback_models`` the same way ->
the last failure's ``invalid_output``/``blocked_output``. Every provider attempt of every
call is kept, numbered in order, for telemetry; tokens add up over the calls.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace

from llmstream.config import Config, OutputGuardConfig, RouteConfig
from llmstream.connectors.providers.base import ChatCall, ChatProvider, ResponseFormat
from llmstream.events import Message
from llmstream.guard.output_guard import OutputCheck, OutputContext, check_output, repair_message
from llmstream.streams.invocation import AttemptRecord, Invocation, invoke


@dataclass(frozen=True, slots=True)
class CheckedInvocation:
    invocation: Invocation  # the last call's result/error, with every attempt of every call
    check: OutputCheck | None  # None when no call returned an answer
    model: str  # the configured model (key of ``models``) that gave the final answer
    repairs: int  # repair attempts made (over all models)
    calls: int  # provider calls that returned an answer


def response_format(policy: OutputGuardConfig) -> ResponseFormat:
    if policy.json_schema is not None:
        return dict(policy.json_schema)
    return "json_object" if policy.json_output else None


def _renumbered(attempts: list[AttemptRecord], before: int) -> list[AttemptRecord]:
    return [replace(a, attempt=before + index + 1) for index, a in enumerate(attempts)]


async def invoke_checked(
    config: Config,
    providers: dict[str, ChatProvider],
    route: RouteConfig,
    call: ChatCall,
    deadline: float,
    rng: random.Random,
    context: OutputContext,
) -> CheckedInvocation:
    policy = route.output
    attempts: list[AttemptRecord] = []
    prompt_tokens = completion_tokens = repairs = calls = 0
    last: CheckedInvocation | None = None
    for model_key in (route.model, *policy.fallback_models):
        model = config.models[model_key]
        provider = providers[model.provider]
        model_call = replace(call, model=model.name, response_format=response_format(policy))
        for repair in range(policy.repair_attempts + 1):
            invocation = await invoke(provider, model_call, route.retry, deadline, rng)
            attempts.extend(_renumbered(invocation.attempts, len(attempts)))
            result = invocation.result
            if result is None:
                # The provider gave no answer: that is invocation's failure (retries and
                # provider fallback), not the output guard's.
                merged = replace(invocation, attempts=list(attempts))
                return CheckedInvocation(merged, last.check if last else None, model_key,
                                         repairs, calls)
            calls += 1
            prompt_tokens += result.prompt_tokens
            completion_tokens += result.completion_tokens
            summed = replace(result, prompt_tokens=prompt_tokens,
                             completion_tokens=completion_tokens)
            check = check_output(result.content, policy, context)
            last = CheckedInvocation(replace(invocation, result=summed, attempts=list(attempts)),
                                     check, model_key, repairs, calls)
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

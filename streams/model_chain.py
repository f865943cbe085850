"""Invoke a route's models in fallback order, behind breakers and the shared limiter.

For each model of ``[route.model, *route.fallback]``, while the deadline allows:

1. its circuit breaker (shared, in Redis) may shed the call: next model;
2. the provider limiter reserves the call and the worker waits for its slot; a slot that
   would come after the deadline: next model;
3. ``invoke`` runs the attempts with retries (``streams/invocation.py``);
4. the outcome goes to the breaker; an answer ends the chain, and so does a failure that
   another model would not fix (a non-retryable error, the deadline). An outage (5xx,
   timeouts, connection errors after the retries) moves on to the next model.

Without Redis state (no ``breakers``/``limiter``) every model is simply tried in order.
"""

from __future__ import annotations

import asyncio
import logging
import random
import time
from dataclasses import dataclass, field, replace

from redis.exceptions import RedisError

from llmstream.circuit_breaker import Admission, BreakerPolicy
from llmstream.config import BreakerConfig, Config, ModelConfig, RouteConfig
from llmstream.connectors.providers.base import ChatCall, ChatProvider
from llmstream.connectors.ratecontrol.breaker_store import BreakerStore
from llmstream.streams.invocation import AttemptRecord, Invocation, invoke
from llmstream.streams.provider_limiter import ProviderLimiter
from llmstream.validation import estimate_tokens

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ChainInvocation:
    """Every attempt on every model tried, numbered 1..n across models."""

    invocation: Invocation  # result, error and deadline flag of the last model tried
    model: str | None  # the model (config key) that answered, or was tried last
    attempt_models: list[str] = field(default_factory=list)
    fallback: bool = False  # ``model`` is not the route's first model
    shed: list[str] = field(default_factory=list)  # "model: why" of each model skipped
    # True when a model was skipped because its limiter had no slot before the deadline.
    no_slot_in_time: bool = False


def policy_of(config: BreakerConfig) -> BreakerPolicy:
    return BreakerPolicy(
        window_s=config.window_s,
        min_calls=config.min_calls,
        failure_ratio=config.failure_ratio,
        open_s=config.open_s,
        half_open_probes=config.half_open_probes,
        probe_timeout_s=config.probe_timeout_s,
    )


def is_outage(invocation: Invocation) -> bool:
    """A failure that says the model is unhealthy: 5xx, timeouts, connection errors.
    Not a 429 (the limiter's business) nor a 4xx (the request's fault)."""
    error = invocation.error
    if invocation.result is not None or error is None:
        return False
    return error.retryable and error.status_code != 429


def estimated_tokens(call: ChatCall, model: ModelConfig) -> int:
    prompt = sum(estimate_tokens(message.content) + 4 for message in call.messages)
    return min(model.context_tokens, prompt + (call.max_tokens or 0))


class ModelChain:
    def __init__(
        self,
        config: Config,
        providers: dict[str, ChatProvider],
        rng: random.Random,
        breakers: BreakerStore | None = None,
        limiter: ProviderLimiter | None = None,
    ) -> None:
        self._config = config
        self._providers = providers
        self._rng = rng
        self._breakers = breakers
        self._limiter = limiter

    async def invoke(
        self,
        route: RouteConfig,
        call: ChatCall,
        deadline: float,
    ) -> ChainInvocation:
        """``call`` is made to each model in turn (under that model's provider name);
        ``deadline`` is on ``time.monotonic()``."""
        chain = [route.model, *route.fallback]
        attempts: list[AttemptRecord] = []
        attempt_models: list[str] = []
        shed: list[str] = []
        no_slot_in_time = False
        last = Invocation(None)
        last_model: str | None = None
        for name in chain:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                last = Invocation(None, [], last.error, deadline_exceeded=True)
                break
            model = self._config.models[name]
            policy = policy_of(self._config.breaker_for(name))
            admission = await self._admit(name, policy)
            if not admission.allowed:
                shed.append(f"{name}: circuit open")
                continue
            model_call = replace(call, model=model.name)
            ticket = None
            if self._limiter is not None:
                ticket = await self._limiter.acquire(
                    name, model.limits, estimated_tokens(model_call, model), remaining
                )
                if ticket is None:
                    await self._abandon(name, policy, admission.probe)
                    shed.append(f"{name}: no rate-limit slot before the deadline")
                    no_slot_in_time = True
                    continue
                if ticket.wait_s > 0:
                    await asyncio.sleep(ticket.wait_s)
            invocation = await invoke(
                self._providers[model.provider], model_call, route.retry, deadline, self._rng
            )
            if self._limiter is not None and ticket is not None:
                used = (
                    invocation.result.prompt_tokens + invocation.result.completion_tokens
                    if invocation.result is not None
                    else 0
                )
                await self._limiter.settle(ticket, model.limits, len(invocation.attempts), used)
            await self._record(name, policy, not is_outage(invocation), admission.probe)
            for record in invocation.attempts:
                attempts.append(replace(record, attempt=len(attempts) + 1))
                attempt_models.append(name)
            last, last_model = invocation, name
            if invocation.result is not None or not is_outage(invocation):
                break
            if invocation.deadline_exceeded:
                break
        merged = replace(last, attempts=attempts)
        return ChainInvocation(
            invocation=merged,
            model=last_model,
            attempt_models=attempt_models,
            fallback=last_model is not None and last_model != route.model,
            shed=shed,
            no_slot_in_time=no_slot_in_time,
        )

    async def _admit(self, model: str, policy: BreakerPolicy) -> Admission:
        if self._breakers is None:
            return Admission(True)
        try:
            return await self._breakers.admit(model, policy)
        except RedisError as error:
            log.warning("breaker state unavailable, admitting %s: %s", model, error)
            return Admission(True)

    async def _record(
        self, model: str, policy: BreakerPolicy, success: bool, probe: float | None
    ) -> None:
        if self._breakers is None:
            return
        try:
            await self._breakers.record(model, policy, success, probe)
        except RedisError as error:
            log.warning("breaker state unavailable, outcome of %s not recorded: %s", model, error)

    async def _abandon(self, model: str, policy: BreakerPolicy, probe: float | None) -> None:
        if self._breakers is None:
            return
        try:
            await self._breakers.abandon(model, policy, probe)
        except RedisError as error:
            log.warning("breaker state unavailable: %s", error)

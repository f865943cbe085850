"""Call a provider with retries: the imperative shell around ``llmstream.retry``.

Each attempt gets ``min(provider timeout, time left before the deadline)``; a failure is
retried only when the pure policy says so, after the wait it names. Every attempt is
recorded for telemetry.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from llmstream.connectors.providers import ChatCall, ChatProvider, ChatResult, ProviderError
from llmstream.events import now_ms
from llmstream.retry import RetryPolicy, decide_retry

Clock = Callable[[], float]
Sleep = Callable[[float], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class AttemptRecord:
    attempt: int  # 1-based
    started_at: int  # epoch milliseconds
    latency_ms: float
    outcome: str  # "ok" or the error's error_type
    status_code: int | None


@dataclass(frozen=True, slots=True)
class Invocation:
    result: ChatResult | None
    attempts: list[AttemptRecord] = field(default_factory=list)
    error: ProviderError | None = None
    # True when the deadline, not the retry policy, ended the invocation without a result.
    deadline_exceeded: bool = False

    @property
    def ok(self) -> bool:
        return self.result is not None


async def invoke(
    provider: ChatProvider,
    call: ChatCall,
    retry: RetryPolicy,
    deadline: float,
    rng: random.Random,
    *,
    clock: Clock = time.monotonic,
    sleep: Sleep = asyncio.sleep,
) -> Invocation:
    """Run attempts until one succeeds, the policy gives up, or the deadline comes.

    ``deadline`` is on ``clock`` (``time.monotonic()`` by default). ``retry`` is usually
    the route's ``RetryConfig``.
    """
    attempts: list[AttemptRecord] = []
    last_error: ProviderError | None = None
    attempt = 0
    while True:
        remaining = deadline - clock()
        if remaining <= 0:
            return Invocation(None, attempts, last_error, deadline_exceeded=True)
        attempt += 1
        timeout_s = min(provider.timeout_s, remaining)
        started_at = now_ms()
        started = clock()
        try:
            result = await provider.complete(call, timeout_s)
        except ProviderError as error:
            last_error = error
            attempts.append(
                AttemptRecord(
                    attempt=attempt,
                    started_at=started_at,
                    latency_ms=(clock() - started) * 1000.0,
                    outcome=error.error_type,
                    status_code=error.status_code,
                )
            )
            decision = decide_retry(error, attempt, retry, rng, clock(), deadline)
            if not decision.retry:
                # An attempt whose timeout was the time left ran into the deadline itself.
                cut_by_deadline = error.error_type == "timeout" and timeout_s < provider.timeout_s
                return Invocation(
                    None,
                    attempts,
                    error,
                    deadline_exceeded=decision.stop_reason == "deadline" or cut_by_deadline,
                )
            await sleep(decision.delay_s)
            continue
        attempts.append(
            AttemptRecord(
                attempt=attempt,
                started_at=started_at,
                latency_ms=(clock() - started) * 1000.0,
                outcome="ok",
                status_code=200,
            )
        )
        return Invocation(result, attempts)

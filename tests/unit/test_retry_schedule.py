"""Properties of the whole retry schedule, run through ``invoke`` on a fake clock.

For any sequence of provider failures: attempts never exceed the policy, none starts at or
after the deadline, none comes before a Retry-After the provider named, each wait stays
within full jitter's bounds, and a non-retryable error ends the invocation at once.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from llmstream.config import RetryConfig
from llmstream.connectors.providers import (
    ChatCall,
    ChatResult,
    ClientRequestError,
    ProviderError,
    ProviderTimeout,
    RateLimitedError,
    ServerError,
)
from llmstream.events import Message
from llmstream.retry import backoff_ceiling
from llmstream.streams.invocation import invoke

CALL = ChatCall(model="m", messages=[Message("user", "Hi")])
RESULT = ChatResult("ok", "stop", 1, 1, "m", 1.0)


@dataclass(frozen=True)
class Outcome:
    kind: str  # ok, 503, 429, timeout, 400
    retry_after_s: float | None = None
    cost_s: float = 0.0


class ScriptedProvider:
    """Answers from a script on a fake clock; records when each attempt started."""

    def __init__(self, script: list[Outcome], clock: list[float], timeout_s: float) -> None:
        self.script = list(script)
        self.clock = clock
        self._timeout_s = timeout_s
        self.started: list[float] = []
        self.timeouts: list[float] = []
        self.named_waits: list[float] = []  # Retry-After of each failure, 0 when none

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    async def complete(self, call: ChatCall, timeout_s: float) -> ChatResult:
        self.started.append(self.clock[0])
        self.timeouts.append(timeout_s)
        outcome = self.script.pop(0) if self.script else Outcome("ok")
        self.clock[0] += min(outcome.cost_s, timeout_s)
        error: ProviderError
        if outcome.kind == "ok" and outcome.cost_s < timeout_s:
            return RESULT
        if outcome.kind in ("ok", "timeout") or outcome.cost_s >= timeout_s:
            error = ProviderTimeout("slow")
        elif outcome.kind == "429":
            error = RateLimitedError("429", status_code=429, retry_after_s=outcome.retry_after_s)
        elif outcome.kind == "503":
            error = ServerError("503", status_code=503, retry_after_s=outcome.retry_after_s)
        else:
            error = ClientRequestError("400", status_code=400)
        self.named_waits.append(error.retry_after_s or 0.0)
        raise error

    async def aclose(self) -> None:
        return None


outcomes = st.builds(
    Outcome,
    kind=st.sampled_from(["ok", "503", "429", "timeout", "400"]),
    retry_after_s=st.none() | st.floats(min_value=0, max_value=20),
    cost_s=st.floats(min_value=0, max_value=3),
)
policies = st.builds(
    RetryConfig,
    max_attempts=st.integers(min_value=1, max_value=12),
    base_delay_s=st.floats(min_value=0.01, max_value=2),
    max_delay_s=st.floats(min_value=0.01, max_value=30),
)


@settings(max_examples=300, deadline=None)
@given(
    script=st.lists(outcomes, max_size=15),
    policy=policies,
    seconds_left=st.floats(min_value=0.01, max_value=120),
    provider_timeout_s=st.floats(min_value=0.1, max_value=10),
    seed=st.integers(min_value=0, max_value=2**32),
)
async def test_the_schedule_respects_policy_deadline_and_retry_after(
    script: list[Outcome],
    policy: RetryConfig,
    seconds_left: float,
    provider_timeout_s: float,
    seed: int,
) -> None:
    clock = [1000.0]
    sleeps: list[float] = []

    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)
        clock[0] += seconds

    provider = ScriptedProvider(script, clock, provider_timeout_s)
    deadline = clock[0] + seconds_left
    invocation = await invoke(
        provider, CALL, policy, deadline, random.Random(seed),
        clock=lambda: clock[0], sleep=sleep,
    )
    attempts = invocation.attempts
    assert len(attempts) == len(provider.started) <= policy.max_attempts
    assert all(start < deadline for start in provider.started)
    assert all(0 < timeout <= provider_timeout_s for timeout in provider.timeouts)
    assert all(
        start + timeout <= deadline + 1e-9
        for start, timeout in zip(provider.started, provider.timeouts, strict=True)
    )
    for index, wait in enumerate(sleeps):
        ceiling = backoff_ceiling(index + 1, policy.base_delay_s, policy.max_delay_s)
        named = provider.named_waits[index]
        assert wait >= named  # never before the time Retry-After names
        assert wait <= max(ceiling, named)  # full jitter's bound otherwise
        assert provider.started[index + 1] - provider.started[index] >= wait - 1e-9
    if invocation.ok:
        assert attempts[-1].outcome == "ok"
    else:
        assert invocation.error is not None
        if not invocation.error.retryable:
            assert len(attempts) == len(sleeps) + 1  # stopped at once, no wait after it
            assert attempts[-1].outcome == "http_400"

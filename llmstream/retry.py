"""When to retry a failed provider attempt, and how long to wait first. Pure: no I/O.

Exponential backoff with full jitter (the wait is uniform between zero and the capped
exponential), never shorter than a ``Retry-After`` the provider named, and no attempt
that would start at or after the request's deadline.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from typing import Literal, Protocol

# 2.0 ** 1000 is finite; beyond it every ceiling is the cap anyway.
_MAX_EXPONENT = 1000


class RetrySignal(Protocol):
    """What the policy reads from a failure (``ProviderError`` has both)."""

    @property
    def retryable(self) -> bool: ...

    @property
    def retry_after_s(self) -> float | None: ...


class RetryPolicy(Protocol):
    """Attempts and backoff bounds (``llmstream.config.RetryConfig`` has them)."""

    @property
    def max_attempts(self) -> int: ...

    @property
    def base_delay_s(self) -> float: ...

    @property
    def max_delay_s(self) -> float: ...


StopReason = Literal["not_retryable", "attempts_exhausted", "deadline"]


@dataclass(frozen=True, slots=True)
class RetryDecision:
    retry: bool
    delay_s: float = 0.0
    stop_reason: StopReason | None = None


def backoff_ceiling(attempt: int, base_s: float, cap_s: float) -> float:
    """``min(cap, base * 2 ** (attempt - 1))``: the largest wait after attempt ``attempt``."""
    if attempt < 1:
        raise ValueError(f"attempt numbers start at 1, got {attempt}")
    return min(cap_s, base_s * 2.0 ** min(attempt - 1, _MAX_EXPONENT))


def backoff_delay(attempt: int, base_s: float, cap_s: float, rng: random.Random) -> float:
    """Full jitter: uniform in ``[0, min(cap, base * 2 ** (attempt - 1))]``."""
    return rng.uniform(0.0, backoff_ceiling(attempt, base_s, cap_s))


def next_delay(error: RetrySignal, attempt: int, policy: RetryPolicy, rng: random.Random) -> float:
    """The wait after failed attempt ``attempt``: the jittered backoff, or the provider's
    ``Retry-After`` when that is longer (a retry never comes earlier than it names)."""
    delay = backoff_delay(attempt, policy.base_delay_s, policy.max_delay_s, rng)
    if error.retry_after_s is not None:
        delay = max(delay, error.retry_after_s)
    return delay


def decide_retry(
    error: RetrySignal,
    attempt: int,
    policy: RetryPolicy,
    rng: random.Random,
    now: float,
    deadline: float,
) -> RetryDecision:
    """Whether to make attempt ``attempt + 1`` after ``error``, and after what wait.

    ``now`` and ``deadline`` are on the same clock (``time.monotonic()``).
    """
    if not error.retryable:
        return RetryDecision(retry=False, stop_reason="not_retryable")
    if attempt >= policy.max_attempts:
        return RetryDecision(retry=False, stop_reason="attempts_exhausted")
    delay = next_delay(error, attempt, policy, rng)
    if now + delay >= deadline:
        return RetryDecision(retry=False, delay_s=delay, stop_reason="deadline")
    return RetryDecision(retry=True, delay_s=delay)

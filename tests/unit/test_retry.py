"""The pure retry policy: full-jitter bounds, cap, Retry-After, deadline."""

from __future__ import annotations

import random
from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmstream.config import RetryConfig
from llmstream.retry import backoff_ceiling, backoff_delay, decide_retry, next_delay


@dataclass(frozen=True)
class Failure:
    retryable: bool = True
    retry_after_s: float | None = None


attempts = st.integers(min_value=1, max_value=2000)
bases = st.floats(min_value=0.001, max_value=10.0)
caps = st.floats(min_value=0.001, max_value=120.0)
seeds = st.integers(min_value=0, max_value=2**32)
policies = st.builds(
    RetryConfig,
    max_attempts=st.integers(min_value=1, max_value=10),
    base_delay_s=bases,
    max_delay_s=caps,
)


@given(attempt=attempts, base=bases, cap=caps, seed=seeds)
def test_full_jitter_stays_within_zero_and_the_capped_exponential(
    attempt: int, base: float, cap: float, seed: int
) -> None:
    delay = backoff_delay(attempt, base, cap, random.Random(seed))
    assert 0.0 <= delay <= min(cap, base * 2.0 ** min(attempt - 1, 1000))
    assert delay <= cap


@given(attempt=attempts, base=bases, cap=caps)
def test_ceiling_is_monotone_and_capped(attempt: int, base: float, cap: float) -> None:
    assert backoff_ceiling(attempt, base, cap) <= backoff_ceiling(attempt + 1, base, cap)
    assert backoff_ceiling(attempt, base, cap) <= cap


def test_ceiling_doubles_until_the_cap() -> None:
    assert [backoff_ceiling(n, 0.5, 5.0) for n in range(1, 7)] == [0.5, 1.0, 2.0, 4.0, 5.0, 5.0]


def test_jitter_spreads_over_the_whole_range() -> None:
    rng = random.Random(1)
    delays = [backoff_delay(3, 1.0, 10.0, rng) for _ in range(2000)]
    assert min(delays) < 0.2
    assert max(delays) > 3.8
    assert 1.8 < sum(delays) / len(delays) < 2.2  # uniform(0, 4) has mean 2


def test_attempt_numbers_start_at_one() -> None:
    with pytest.raises(ValueError):
        backoff_delay(0, 1.0, 1.0, random.Random(0))


@given(
    attempt=st.integers(min_value=1, max_value=50),
    policy=policies,
    retry_after=st.floats(min_value=0.0, max_value=600.0),
    seed=seeds,
)
def test_retry_after_is_never_undercut(
    attempt: int, policy: RetryConfig, retry_after: float, seed: int
) -> None:
    delay = next_delay(Failure(retry_after_s=retry_after), attempt, policy, random.Random(seed))
    assert delay >= retry_after
    assert delay <= max(retry_after, policy.max_delay_s)


@given(attempt=st.integers(min_value=1, max_value=50), policy=policies, seed=seeds)
def test_without_retry_after_the_delay_is_the_backoff(
    attempt: int, policy: RetryConfig, seed: int
) -> None:
    expected = backoff_delay(attempt, policy.base_delay_s, policy.max_delay_s, random.Random(seed))
    assert next_delay(Failure(), attempt, policy, random.Random(seed)) == expected


@given(
    attempt=st.integers(min_value=1, max_value=10),
    policy=policies,
    retry_after=st.one_of(st.none(), st.floats(min_value=0.0, max_value=60.0)),
    now=st.floats(min_value=0.0, max_value=1e6),
    left=st.floats(min_value=-10.0, max_value=60.0),
    seed=seeds,
)
def test_no_retry_would_start_at_or_after_the_deadline(
    attempt: int,
    policy: RetryConfig,
    retry_after: float | None,
    now: float,
    left: float,
    seed: int,
) -> None:
    deadline = now + left
    decision = decide_retry(
        Failure(retry_after_s=retry_after), attempt, policy, random.Random(seed), now, deadline
    )
    if decision.retry:
        assert now + decision.delay_s < deadline
        assert attempt < policy.max_attempts
        assert decision.stop_reason is None
        if retry_after is not None:
            assert decision.delay_s >= retry_after
    else:
        assert decision.stop_reason in ("attempts_exhausted", "deadline")


def test_non_retryable_errors_stop_at_once() -> None:
    decision = decide_retry(Failure(retryable=False), 1, RetryConfig(), random.Random(0), 0, 100)
    assert (decision.retry, decision.stop_reason) == (False, "not_retryable")


def test_attempts_are_bounded() -> None:
    policy = RetryConfig(max_attempts=3)
    rng = random.Random(0)
    assert decide_retry(Failure(), 2, policy, rng, 0.0, 100.0).retry
    decision = decide_retry(Failure(), 3, policy, rng, 0.0, 100.0)
    assert (decision.retry, decision.stop_reason) == (False, "attempts_exhausted")


def test_retry_after_beyond_the_deadline_stops() -> None:
    decision = decide_retry(Failure(retry_after_s=5.0), 1, RetryConfig(), random.Random(0), 0, 3)
    assert (decision.retry, decision.stop_reason, decision.delay_s) == (False, "deadline", 5.0)

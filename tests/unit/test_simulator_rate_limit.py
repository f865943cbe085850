"""The simulator's sliding-window requests-per-minute limit."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmstream.connectors.simulator.rate_limit import SlidingWindowLimiter


def test_admits_up_to_the_limit_then_names_the_wait() -> None:
    limiter = SlidingWindowLimiter(window_s=60)
    assert limiter.try_acquire("m", 3, 0.0) is None
    assert limiter.try_acquire("m", 3, 10.0) is None
    assert limiter.try_acquire("m", 3, 20.0) is None
    assert limiter.try_acquire("m", 3, 30.0) == pytest.approx(30.0)  # the first frees at 60
    assert limiter.try_acquire("m", 3, 60.0) is None  # the window slid past the first
    assert limiter.remaining("m", 3, 60.0) == 0


def test_limits_are_per_key() -> None:
    limiter = SlidingWindowLimiter()
    assert limiter.try_acquire("a", 1, 0.0) is None
    assert limiter.try_acquire("b", 1, 0.0) is None
    assert limiter.try_acquire("a", 1, 0.0) is not None


def test_clear_forgets_everything() -> None:
    limiter = SlidingWindowLimiter()
    limiter.try_acquire("a", 1, 0.0)
    limiter.clear()
    assert limiter.try_acquire("a", 1, 0.0) is None


def test_lowering_the_limit_takes_effect() -> None:
    limiter = SlidingWindowLimiter()
    for t in range(5):
        assert limiter.try_acquire("a", 10, float(t)) is None
    assert limiter.try_acquire("a", 2, 5.0) is not None


@given(
    limit=st.integers(1, 20),
    gaps=st.lists(st.floats(0, 30), min_size=1, max_size=200),
)
def test_never_more_than_limit_in_any_window(limit: int, gaps: list[float]) -> None:
    limiter = SlidingWindowLimiter(window_s=60)
    now, admitted = 0.0, []
    for gap in gaps:
        now += gap
        wait = limiter.try_acquire("m", limit, now)
        if wait is None:
            admitted.append(now)
        else:
            assert 0 <= wait <= 60
    for t in admitted:
        assert sum(1 for u in admitted if t - 60 < u <= t) <= limit

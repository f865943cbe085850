"""Token-bucket arithmetic: the rules the shared limiter (and its Lua twin) rely on."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmstream.token_bucket import (
    BucketSpec,
    BucketState,
    adjust,
    full,
    rate_for_window,
    refill,
    reserve,
)

specs = st.builds(
    BucketSpec,
    capacity=st.floats(min_value=1, max_value=10_000),
    rate=st.floats(min_value=0.01, max_value=10_000),
)
costs = st.floats(min_value=0, max_value=20_000)
gaps = st.floats(min_value=0, max_value=120)


@given(specs, st.lists(st.tuples(gaps, costs), max_size=60), st.floats(0, 600))
def test_balance_never_exceeds_capacity_and_waits_respect_the_limit(
    spec: BucketSpec, calls: list[tuple[float, float]], max_wait: float
) -> None:
    state, now = full(spec, 0.0), 0.0
    for gap, cost in calls:
        now += gap
        result = reserve(state, spec, cost, now, max_wait)
        assert result.state.tokens <= spec.capacity + 1e-9
        if result.granted:
            assert 0 <= result.wait_s <= max_wait + 1e-9
        else:
            assert result.wait_s > max_wait
            # a refused reservation takes nothing
            assert result.state.tokens == pytest.approx(refill(state, spec, now).tokens)
        state = result.state


@given(specs, st.lists(gaps, min_size=1, max_size=200))
def test_grants_in_any_window_never_exceed_burst_plus_refill(
    spec: BucketSpec, arrivals: list[float]
) -> None:
    """Every granted unit-cost caller goes at ``now + wait``; over the run, no more calls
    go than the burst plus what refilled, whatever the arrival pattern."""
    state, now = full(spec, 0.0), 0.0
    go_times = []
    for gap in arrivals:
        now += gap
        result = reserve(state, spec, 1.0, now, max_wait_s=1e9)
        assert result.granted
        go_times.append(now + result.wait_s)
        state = result.state
    go_times.sort()
    for i, start in enumerate(go_times):
        for j in range(i, len(go_times)):
            span = go_times[j] - start
            assert j - i + 1 <= spec.capacity + span * spec.rate + 1e-6


@given(specs, costs, gaps)
def test_a_reservation_waits_exactly_until_its_debt_has_refilled(
    spec: BucketSpec, cost: float, gap: float
) -> None:
    state = BucketState(0.0, 0.0)
    result = reserve(state, spec, cost, gap, max_wait_s=1e12)
    charged = min(cost, spec.capacity)
    available = min(spec.capacity, gap * spec.rate)
    expected = max(0.0, (charged - available) / spec.rate)
    assert result.wait_s == pytest.approx(expected, rel=1e-6, abs=1e-9)


@given(specs, st.floats(-1e6, 1e6), st.floats(-1e4, 1e4), gaps)
def test_adjust_stays_within_bounds_and_refund_then_charge_cancels(
    spec: BucketSpec, tokens: float, delta: float, gap: float
) -> None:
    state = BucketState(max(-spec.capacity * 60, min(spec.capacity, tokens)), 0.0)
    after = adjust(state, spec, delta, gap)
    assert -spec.capacity * 60 - 1e-9 <= after.tokens <= spec.capacity + 1e-9
    if delta < 0:
        assert after.tokens <= refill(state, spec, gap).tokens + 1e-9


def test_a_clock_going_backwards_refills_nothing() -> None:
    spec = BucketSpec(10, 1)
    state = BucketState(2.0, 100.0)
    assert refill(state, spec, 90.0) == BucketState(2.0, 100.0)


@given(st.integers(2, 100_000), st.floats(0.01, 0.99))
def test_rate_for_window_keeps_a_sliding_window_at_the_limit(limit: int, share: float) -> None:
    burst = max(1.0, limit * share / 2)
    if burst >= limit:
        return
    rate = rate_for_window(limit, 60.0, burst)
    assert burst + rate * 60.0 == pytest.approx(limit)


def test_invalid_specs_and_costs_are_refused() -> None:
    with pytest.raises(ValueError):
        BucketSpec(0, 1)
    with pytest.raises(ValueError):
        BucketSpec(1, 0)
    with pytest.raises(ValueError):
        rate_for_window(10, 60, 10)
    with pytest.raises(ValueError):
        reserve(full(BucketSpec(1, 1), 0), BucketSpec(1, 1), -1, 0, 0)


@settings(max_examples=50)
@given(st.integers(1, 50))
def test_reservations_queue_callers_one_refill_interval_apart(callers: int) -> None:
    spec = BucketSpec(capacity=1.0, rate=10.0)
    state = full(spec, 0.0)
    waits = []
    for _ in range(callers):
        result = reserve(state, spec, 1.0, 0.0, max_wait_s=1e9)
        waits.append(result.wait_s)
        state = result.state
    assert waits == pytest.approx([i / 10 for i in range(callers)])

"""Fault choice, latency draws and call plans: seeded and repeatable."""

from __future__ import annotations

import random
import statistics

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmstream.connectors.simulator.behaviour import (
    Behaviour,
    FaultRates,
    FixedLatency,
    LognormalLatency,
    UniformLatency,
)
from llmstream.connectors.simulator.call_plan import plan_call
from llmstream.connectors.simulator.faults import Fault, choose_fault
from llmstream.connectors.simulator.latency import sample_latency_ms


def test_each_fault_owns_a_slice_as_wide_as_its_rate() -> None:
    rates = FaultRates(rate_limit=0.1, server_error=0.2, reset=0.3)
    assert choose_fault(rates, 0.0) is Fault.RATE_LIMIT
    assert choose_fault(rates, 0.099) is Fault.RATE_LIMIT
    assert choose_fault(rates, 0.1) is Fault.SERVER_ERROR
    assert choose_fault(rates, 0.299) is Fault.SERVER_ERROR
    assert choose_fault(rates, 0.31) is Fault.RESET
    assert choose_fault(rates, 0.61) is None
    assert choose_fault(FaultRates(), 0.0) is None
    assert choose_fault(FaultRates(timeout=1.0), 0.999999) is Fault.TIMEOUT


@given(draws=st.lists(st.floats(0, 1, exclude_max=True), min_size=1, max_size=50))
def test_zero_rates_never_fault(draws: list[float]) -> None:
    assert all(choose_fault(FaultRates(), draw) is None for draw in draws)


def test_observed_rates_match_configured_rates() -> None:
    rates = FaultRates(server_error=0.1, overloaded=0.05)
    rng = random.Random(0)
    faults = [choose_fault(rates, rng.random()) for _ in range(20_000)]
    assert faults.count(Fault.SERVER_ERROR) / len(faults) == pytest.approx(0.1, abs=0.01)
    assert faults.count(Fault.OVERLOADED) / len(faults) == pytest.approx(0.05, abs=0.01)


def test_fixed_and_uniform_latency() -> None:
    rng = random.Random(0)
    assert sample_latency_ms(FixedLatency(ms=12.5), rng) == 12.5
    draws = [sample_latency_ms(UniformLatency(min_ms=10, max_ms=20), rng) for _ in range(1000)]
    assert min(draws) >= 10 and max(draws) <= 20


def test_lognormal_latency_has_the_configured_median_and_p99() -> None:
    rng = random.Random(0)
    spec = LognormalLatency(median_ms=200, p99_ms=2000)
    draws = sorted(sample_latency_ms(spec, rng) for _ in range(50_000))
    assert statistics.median(draws) == pytest.approx(200, rel=0.05)
    assert draws[int(len(draws) * 0.99)] == pytest.approx(2000, rel=0.1)


def test_call_plans_are_seeded_and_per_occurrence() -> None:
    behaviour = Behaviour(seed=1, faults=FaultRates(server_error=0.5))
    digest = b"\x01" * 32
    plans = [plan_call(behaviour, "openai", "m", digest, n) for n in range(40)]
    again = [plan_call(behaviour, "openai", "m", digest, n) for n in range(40)]
    assert plans == again
    assert {p.fault for p in plans} == {None, Fault.SERVER_ERROR}  # retries get fresh draws
    reseeded = [
        plan_call(behaviour.updated({"seed": 2}), "openai", "m", digest, n) for n in range(40)
    ]
    assert reseeded != plans


def test_model_faults_replace_the_default_for_that_model() -> None:
    behaviour = Behaviour(model_faults={"primary": FaultRates(server_error=1.0)})
    digest = b"\x02" * 32
    assert plan_call(behaviour, "openai", "primary", digest, 0).fault is Fault.SERVER_ERROR
    assert plan_call(behaviour, "openai", "fallback", digest, 0).fault is None

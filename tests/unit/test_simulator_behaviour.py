"""The simulator's behaviour document: parsing, validation, run-time updates."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from llmstream.connectors.simulator.behaviour import (
    Behaviour,
    FaultRates,
    FixedLatency,
    LognormalLatency,
    UniformLatency,
    parse_fault_rates,
    parse_latency,
)


def test_parse_latency() -> None:
    assert parse_latency("fixed:5") == FixedLatency(ms=5)
    assert parse_latency("uniform:10,20") == UniformLatency(min_ms=10, max_ms=20)
    assert parse_latency("lognormal:300,2000") == LognormalLatency(median_ms=300, p99_ms=2000)
    for bad in ("gauss:1", "fixed", "uniform:1", "fixed:x"):
        with pytest.raises(ValueError):
            parse_latency(bad)
    with pytest.raises(ValueError):
        parse_latency("uniform:20,10")  # validation errors are ValueErrors too


def test_parse_fault_rates() -> None:
    assert parse_fault_rates(("server_error=0.1", "reset=0.2")) == FaultRates(
        server_error=0.1, reset=0.2
    )
    for bad in (("nope=0.1",), ("server_error",), ("server_error=x",), ("timeout=2",)):
        with pytest.raises(ValueError):
            parse_fault_rates(bad)


def test_fault_rates_add_up_to_at_most_one() -> None:
    with pytest.raises(ValidationError, match="at most 1"):
        FaultRates(server_error=0.6, overloaded=0.5)


def test_updated_replaces_top_level_keys_and_validates() -> None:
    start = Behaviour(seed=1, faults=FaultRates(reset=0.5))
    changed = start.updated({"faults": {"server_error": 1.0}, "rpm_limit": 10})
    assert changed.faults == FaultRates(server_error=1.0)
    assert (changed.seed, changed.rpm_limit) == (1, 10)
    assert start.faults == FaultRates(reset=0.5)  # immutable
    with pytest.raises(ValidationError):
        start.updated({"latency": {"kind": "uniform", "min_ms": 5}})
    with pytest.raises(ValidationError):
        start.updated({"no_such_key": 1})


def test_json_round_trip() -> None:
    behaviour = Behaviour(
        latency=LognormalLatency(median_ms=100, p99_ms=900),
        model_faults={"m": FaultRates(timeout=0.1)},
    )
    assert Behaviour.model_validate(behaviour.model_dump(mode="json")) == behaviour

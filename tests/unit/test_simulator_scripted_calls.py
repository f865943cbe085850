"""Scripted first faults and the call log: what timing tests read at the simulator."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from llmstream.connectors.simulator.behaviour import Behaviour, FaultRates
from llmstream.connectors.simulator.call_log import CallLog, LoggedCall
from llmstream.connectors.simulator.call_plan import plan_call
from llmstream.connectors.simulator.faults import Fault

DIGEST = b"\x03" * 32


def test_first_faults_script_the_first_calls_of_each_request() -> None:
    behaviour = Behaviour(first_faults=("rate_limit", "none", "timeout"))
    faults = [plan_call(behaviour, "openai", "m", DIGEST, n).fault for n in range(5)]
    assert faults == [Fault.RATE_LIMIT, None, Fault.TIMEOUT, None, None]


def test_after_the_script_the_rates_apply() -> None:
    behaviour = Behaviour(first_faults=("none",), faults=FaultRates(server_error=1.0))
    faults = [plan_call(behaviour, "openai", "m", DIGEST, n).fault for n in range(3)]
    assert faults == [None, Fault.SERVER_ERROR, Fault.SERVER_ERROR]


def test_unknown_scripted_faults_are_refused() -> None:
    with pytest.raises(ValidationError):
        Behaviour().updated({"first_faults": ["meltdown"]})


def logged(request_id: str | None, at: float) -> LoggedCall:
    return LoggedCall(request_id, "/v1/chat/completions", "m", at, at + 0.01, 200)


def test_call_log_filters_by_request_id_oldest_first() -> None:
    log = CallLog()
    for index, request_id in enumerate(["a", "b", "a", None]):
        log.append(logged(request_id, float(index)))
    assert [call["arrived_at"] for call in log.calls("a")] == [0.0, 2.0]
    assert len(log.calls()) == 4
    log.clear()
    assert log.calls() == []


def test_call_log_is_bounded() -> None:
    log = CallLog(capacity=3)
    for index in range(5):
        log.append(logged("a", float(index)))
    assert [call["arrived_at"] for call in log.calls()] == [2.0, 3.0, 4.0]

"""The breaker state machine: opening, shedding, bounded half-open probes, closing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from llmstream.circuit_breaker import (
    Admission,
    BreakerPolicy,
    BreakerState,
    Phase,
    abandon,
    admit,
    counts,
    record,
)

policies = st.builds(
    BreakerPolicy,
    window_s=st.floats(1, 120),
    min_calls=st.integers(1, 20),
    failure_ratio=st.floats(0.05, 1.0),
    open_s=st.floats(0.5, 60),
    half_open_probes=st.integers(1, 5),
    probe_timeout_s=st.floats(1, 120),
)
# (seconds later, event): admit, or the outcome of the oldest admitted call still open.
events = st.lists(
    st.tuples(st.floats(0, 20), st.sampled_from(["admit", "ok", "fail"])), max_size=120
)


def run(policy: BreakerPolicy, steps: list[tuple[float, str]]) -> list[BreakerState]:
    """Drive the machine like workers do; check invariants after every step."""
    state, now = BreakerState(), 0.0
    pending: list[Admission] = []
    seen = [state]
    for gap, event in steps:
        now += gap
        before = state
        if event == "admit":
            admission, state = admit(state, policy, now)
            if admission.allowed:
                pending.append(admission)
            else:
                assert before.phase is not Phase.CLOSED, "a closed breaker shed a call"
                assert admission.probe is None
            if admission.probe is not None:
                assert state.phase is Phase.HALF_OPEN
        elif pending:
            call = pending.pop(0)
            state = record(state, policy, now, event == "ok", call.probe)
            if event == "ok" and before.phase is Phase.CLOSED:
                assert state.phase is Phase.CLOSED, "a success opened the breaker"
        if state.phase is Phase.HALF_OPEN:
            assert len(state.probes) + state.probe_successes <= policy.half_open_probes
        if state.phase is Phase.OPEN and before.phase is not Phase.OPEN:
            assert state.opened_at == now
        assert BreakerState.from_json(state.to_json()) == state
        seen.append(state)
    return seen


@given(policies, events)
def test_invariants_hold_for_any_sequence_of_calls(
    policy: BreakerPolicy, steps: list[tuple[float, str]]
) -> None:
    run(policy, steps)


@given(policies, st.lists(st.floats(0, 5), max_size=100))
def test_successes_alone_never_open_it(policy: BreakerPolicy, gaps: list[float]) -> None:
    steps = [(gap, event) for gap in gaps for event in ("admit", "ok")]
    assert all(s.phase is Phase.CLOSED for s in run(policy, steps))


@given(policies, st.lists(st.tuples(st.floats(0, 5), st.booleans()), max_size=100))
def test_fewer_calls_than_min_calls_never_open_it(
    policy: BreakerPolicy, outcomes: list[tuple[float, bool]]
) -> None:
    steps = [
        (gap, event)
        for gap, ok in outcomes[: policy.min_calls - 1]
        for event in ("admit", "ok" if ok else "fail")
    ]
    assert all(s.phase is Phase.CLOSED for s in run(policy, steps))


@given(policies)
def test_min_calls_failures_at_once_open_it_and_it_sheds_until_open_s(
    policy: BreakerPolicy,
) -> None:
    state = BreakerState()
    for _ in range(policy.min_calls):
        state = record(state, policy, 100.0, success=False)
    assert state.phase is Phase.OPEN and state.opened_at == 100.0
    admission, after = admit(state, policy, 100.0 + policy.open_s * 0.99)
    assert not admission.allowed and after == state


@given(policies, st.integers(0, 10))
def test_half_open_lets_a_bounded_number_of_probes_through(
    policy: BreakerPolicy, extra: int
) -> None:
    state = BreakerState(phase=Phase.OPEN, opened_at=0.0)
    now = policy.open_s
    allowed = []
    for _ in range(policy.half_open_probes + extra):
        admission, state = admit(state, policy, now)
        if admission.allowed:
            allowed.append(admission)
    assert len(allowed) == policy.half_open_probes
    assert state.phase is Phase.HALF_OPEN
    # all probes succeed: closed, with an empty window
    for admission in allowed:
        state = record(state, policy, now + 0.1, True, admission.probe)
    assert state == BreakerState()


@given(policies, st.integers(0, 4))
def test_a_failed_probe_opens_it_again(policy: BreakerPolicy, successes: int) -> None:
    state = BreakerState(phase=Phase.OPEN, opened_at=0.0)
    now = policy.open_s + 1
    probes = []
    for _ in range(policy.half_open_probes):
        admission, state = admit(state, policy, now)
        probes.append(admission.probe)
    for probe in probes[: min(successes, policy.half_open_probes - 1)]:
        state = record(state, policy, now, True, probe)
    state = record(state, policy, now + 2, False, probes[-1])
    assert state.phase is Phase.OPEN and state.opened_at == now + 2


@given(policies)
def test_a_lost_probe_stops_counting_after_its_timeout(policy: BreakerPolicy) -> None:
    state = BreakerState(phase=Phase.OPEN, opened_at=0.0)
    now = policy.open_s
    for _ in range(policy.half_open_probes):
        _admission, state = admit(state, policy, now)
    denied, state = admit(state, policy, now)
    assert not denied.allowed
    later, state = admit(state, policy, now + policy.probe_timeout_s * 1.001)
    assert later.allowed and later.probe is not None


@given(policies)
def test_an_abandoned_probe_frees_its_slot(policy: BreakerPolicy) -> None:
    state = BreakerState(phase=Phase.OPEN, opened_at=0.0)
    now = policy.open_s
    admissions = []
    for _ in range(policy.half_open_probes):
        admission, state = admit(state, policy, now)
        admissions.append(admission)
    state = abandon(state, admissions[0].probe)
    again, state = admit(state, policy, now)
    assert again.allowed


def test_failures_older_than_the_window_do_not_count() -> None:
    policy = BreakerPolicy(window_s=10, min_calls=3, failure_ratio=0.5)
    state = BreakerState()
    state = record(state, policy, 0.0, False)
    state = record(state, policy, 1.0, False)
    assert counts(state, policy, 1.0) == (2, 2)
    state = record(state, policy, 30.0, False)
    assert state.phase is Phase.CLOSED and counts(state, policy, 30.0) == (1, 1)


def test_the_failure_ratio_decides_not_the_count() -> None:
    policy = BreakerPolicy(window_s=10, min_calls=4, failure_ratio=0.5)
    state = BreakerState()
    for ok in (True, True, True, False, True, False):
        state = record(state, policy, 1.0, ok)
    assert state.phase is Phase.CLOSED  # 2 of 6 failed
    state = record(state, policy, 1.0, False)
    state = record(state, policy, 1.0, False)
    assert state.phase is Phase.OPEN  # 4 of 8

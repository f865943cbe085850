"""The circuit breaker of one provider model, as a pure state machine. No I/O, no clock.

    closed ──(in the last window_s: >= min_calls calls and failure share >= failure_ratio)──► open
    open ──(open_s passed; the next call)──► half_open
    half_open: at most half_open_probes trial calls at a time, everything else is shed
    half_open ──(half_open_probes trial calls succeeded)──► closed
    half_open ──(a trial call failed)──► open (for open_s again)

Outcomes are counted per invocation of the model (after its retries), in slots of
``window_s / SLOTS`` seconds. A trial call whose outcome never comes back (its worker
died) stops counting after ``probe_timeout_s``.

``connectors/ratecontrol/breaker_store.py`` keeps the state in Redis, shared by every
worker, and applies these transitions atomically.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

SLOTS = 10


class Phase(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    HALF_OPEN = "half_open"


@dataclass(frozen=True, slots=True)
class BreakerPolicy:
    window_s: float = 30.0
    min_calls: int = 10
    failure_ratio: float = 0.5
    open_s: float = 15.0
    half_open_probes: int = 2
    probe_timeout_s: float = 60.0

    @property
    def slot_s(self) -> float:
        return self.window_s / SLOTS


@dataclass(frozen=True, slots=True)
class BreakerState:
    phase: Phase = Phase.CLOSED
    # (slot number, calls, failures) for the slots inside the window, oldest first.
    slots: tuple[tuple[int, int, int], ...] = ()
    opened_at: float = 0.0
    probes: tuple[float, ...] = ()  # start times of the trial calls in flight
    probe_successes: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "phase": self.phase.value,
            "slots": [list(slot) for slot in self.slots],
            "opened_at": self.opened_at,
            "probes": list(self.probes),
            "probe_successes": self.probe_successes,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> BreakerState:
        return cls(
            phase=Phase(data["phase"]),
            slots=tuple((int(s[0]), int(s[1]), int(s[2])) for s in data["slots"]),
            opened_at=float(data["opened_at"]),
            probes=tuple(float(p) for p in data["probes"]),
            probe_successes=int(data["probe_successes"]),
        )


@dataclass(frozen=True, slots=True)
class Admission:
    allowed: bool
    # When allowed in half-open: the trial call's token, to hand back with its outcome.
    probe: float | None = None


def _slot(now: float, policy: BreakerPolicy) -> int:
    return math.floor(now / policy.slot_s)


def _in_window(
    slots: tuple[tuple[int, int, int], ...], policy: BreakerPolicy, now: float
) -> tuple[tuple[int, int, int], ...]:
    first = _slot(now, policy) - SLOTS + 1
    return tuple(slot for slot in slots if slot[0] >= first)


def counts(state: BreakerState, policy: BreakerPolicy, now: float) -> tuple[int, int]:
    """(calls, failures) inside the window ending at ``now``."""
    live = _in_window(state.slots, policy, now)
    return sum(s[1] for s in live), sum(s[2] for s in live)


def _live_probes(state: BreakerState, policy: BreakerPolicy, now: float) -> tuple[float, ...]:
    return tuple(p for p in state.probes if now - p < policy.probe_timeout_s)


def admit(state: BreakerState, policy: BreakerPolicy, now: float) -> tuple[Admission, BreakerState]:
    """May a call go to this model now? Returns the decision and the state after it."""
    if state.phase is Phase.CLOSED:
        return Admission(True), state
    if state.phase is Phase.OPEN:
        if now - state.opened_at < policy.open_s:
            return Admission(False), state
        state = BreakerState(phase=Phase.HALF_OPEN, opened_at=state.opened_at)
    probes = _live_probes(state, policy, now)
    if len(probes) + state.probe_successes >= policy.half_open_probes:
        return Admission(False), replace(state, probes=probes)
    return Admission(True, probe=now), replace(state, probes=(*probes, now))


def _opened(now: float) -> BreakerState:
    return BreakerState(phase=Phase.OPEN, opened_at=now)


def record(
    state: BreakerState,
    policy: BreakerPolicy,
    now: float,
    success: bool,
    probe: float | None = None,
) -> BreakerState:
    """The state after a call admitted by ``admit`` ended (``probe``: its admission's)."""
    if state.phase is Phase.HALF_OPEN and probe is not None:
        if not success:
            return _opened(now)
        probes = list(state.probes)
        if probe in probes:
            probes.remove(probe)
        successes = state.probe_successes + 1
        if successes >= policy.half_open_probes:
            return BreakerState()
        return replace(state, probes=tuple(probes), probe_successes=successes)
    if state.phase is not Phase.CLOSED:
        # A call admitted before the breaker opened: its outcome is already accounted for.
        return state
    slot = _slot(now, policy)
    live = list(_in_window(state.slots, policy, now))
    failed = 0 if success else 1
    if live and live[-1][0] == slot:
        number, calls, failures = live[-1]
        live[-1] = (number, calls + 1, failures + failed)
    else:
        live.append((slot, 1, failed))
    state = replace(state, slots=tuple(live))
    calls, failures = counts(state, policy, now)
    if not success and calls >= policy.min_calls and failures >= policy.failure_ratio * calls:
        return _opened(now)
    return state


def abandon(state: BreakerState, probe: float | None) -> BreakerState:
    """The state after an admitted trial call was not made after all (its slot frees)."""
    if probe is None or state.phase is not Phase.HALF_OPEN or probe not in state.probes:
        return state
    probes = list(state.probes)
    probes.remove(probe)
    return replace(state, probes=tuple(probes))

"""How one call will be answered: which fault, how slowly, under which id. Pure.

Drawn from a generator seeded by (simulator seed, protocol, request digest, how many times
this same request was seen before), so a run replays identically however its concurrent
calls interleave, and a retry of a request gets a fresh draw. ``first_faults`` scripts the
first calls of every request instead.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from typing import Literal

from .behaviour import Behaviour
from .faults import Fault, choose_fault
from .invalid_json import INVALID_JSON_KINDS, InvalidJsonKind
from .latency import sample_latency_ms

MalformedKind = Literal["truncated_json", "not_json"]


@dataclass(frozen=True, slots=True)
class CallPlan:
    token: str  # 24 hex digits: the call's id suffix
    fault: Fault | None
    latency_ms: float  # before per-token latency
    malformed: MalformedKind
    invalid_json: InvalidJsonKind = "truncated"


def plan_call(
    behaviour: Behaviour, protocol: str, model: str, digest: bytes, occurrence: int
) -> CallPlan:
    seed_material = b"|".join(
        [str(behaviour.seed).encode(), protocol.encode(), digest, str(occurrence).encode()]
    )
    seed = hashlib.sha256(seed_material).digest()
    rng = random.Random(seed)
    fault = choose_fault(behaviour.faults_for(model), rng.random())
    if occurrence < len(behaviour.first_faults):
        scripted = behaviour.first_faults[occurrence]
        fault = None if scripted == "none" else Fault(scripted)
    latency_ms = sample_latency_ms(behaviour.latency, rng)
    malformed: MalformedKind = "truncated_json" if rng.random() < 0.5 else "not_json"
    invalid_json = INVALID_JSON_KINDS[int(rng.random() * len(INVALID_JSON_KINDS))]
    return CallPlan(seed.hex()[:24], fault, latency_ms, malformed, invalid_json)

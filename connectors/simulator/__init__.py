"""The simulated LLM provider: a test double that speaks the OpenAI and Anthropic protocols.

Deterministic answers (see ``answer.py``; token counts in ``tokens.py``), configurable
latency, injected faults and its own rate limit (``behaviour.py``), changed at run time
through ``/_sim/config``; for evaluation tests, recorded answers, a deliberately worse
prompt version and a judge (``answer_book.py``, docs/EVALUATION.md). Run it with
``llmstream mock-provider`` or, in tests, ``async with SimulatorServer(Behaviour(...)) as
server``.
"""

from .app import build_app
from .behaviour import (
    Behaviour,
    DegradeRule,
    FaultRates,
    FixedLatency,
    LognormalLatency,
    UniformLatency,
    parse_fault_rates,
    parse_latency,
)
from .server import SimulatorServer

__all__ = [
    "Behaviour",
    "DegradeRule",
    "FaultRates",
    "FixedLatency",
    "LognormalLatency",
    "SimulatorServer",
    "UniformLatency",
    "build_app",
    "parse_fault_rates",
    "parse_latency",
]

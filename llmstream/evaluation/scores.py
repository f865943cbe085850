"""A scored answer: what an evaluator looks at, and the score it gives."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from llmstream.events import new_id, now_ms

EvaluatorKind = Literal["deterministic", "judge", "similarity"]
Source = Literal["ONLINE", "DATASET", "REPLAY"]


@dataclass(frozen=True, slots=True)
class Answered:
    """One answer to be scored: the input it answered, and the reference if there is one."""

    request_id: str
    answer: str
    input: str = ""
    reference: str | None = None


@dataclass(frozen=True, slots=True)
class Score:
    """One evaluator's verdict on one answer: ``score`` in [0, 1], higher is better."""

    evaluator: str
    kind: EvaluatorKind
    score: float
    reason: str
    judge_request_id: str | None = None

    def __post_init__(self) -> None:
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"{self.evaluator}: score {self.score} is not in [0, 1]")


@dataclass(frozen=True, slots=True)
class EvaluationScore:
    """The ``EvaluationScore`` event (schemas/evaluation.avsc) of one score."""

    request_id: str
    evaluator: str
    evaluator_kind: str
    score: float
    reason: str
    source: Source
    event_id: str = field(default_factory=new_id)
    ts: int = field(default_factory=now_ms)
    run_id: str | None = None
    arm: str | None = None
    dataset: str | None = None
    item_id: str | None = None
    judge_request_id: str | None = None
    route: str | None = None
    model: str | None = None
    prompt_name: str | None = None
    prompt_version: str | None = None
    prompt_variant: str | None = None
    answer_cost_usd: float | None = None
    answer_latency_ms: float | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

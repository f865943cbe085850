"""A scored answer: what an evaluator looks at, and the score it gives (the event that
carries a score is ``llmstream.events.EvaluationScore``)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

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

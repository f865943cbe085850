"""LLM-as-judge, the pure part: the judge's inputs and the validation of its verdict.

The judge is a registered prompt whose variables are ``input``, ``answer`` and
``reference``; its output schema is ``VERDICT_SCHEMA``, so the pipeline asks the model for
that JSON and the output guard repairs a broken one. The verdict is validated again here:
a judge answer that is not a verdict is an error with a code, never a made-up score.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from jsonschema import Draft202012Validator

from llmstream.evaluation.scores import Answered
from llmstream.events import PARENT_REQUEST_KEY

__all__ = ["PARENT_REQUEST_KEY", "InvalidVerdict", "Verdict", "judge_variables", "parse_verdict"]

VERDICT_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {
        "score": {"type": "number", "minimum": 0, "maximum": 1},
        "reason": {"type": "string", "minLength": 1, "maxLength": 500},
    },
    "required": ["score", "reason"],
    "additionalProperties": False,
}
_VALIDATOR = Draft202012Validator(VERDICT_SCHEMA)
JUDGE_VARIABLES = ("input", "answer", "reference")


class InvalidVerdict(ValueError):
    """The judge's answer is not a verdict; ``code`` is machine-readable."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True, slots=True)
class Verdict:
    score: float
    reason: str


def judge_variables(item: Answered) -> dict[str, str]:
    return {
        "input": item.input,
        "answer": item.answer,
        "reference": item.reference if item.reference is not None else "(none given)",
    }


def parse_verdict(text: str | None) -> Verdict:
    """The judge's answer as a ``Verdict``; raises ``InvalidVerdict``."""
    if text is None or not text.strip():
        raise InvalidVerdict("judge_empty", "the judge gave no answer")
    try:
        document = json.loads(text)
    except ValueError:
        raise InvalidVerdict(
            "judge_not_json", f"the judge's answer is not JSON: {text[:80]!r}"
        ) from None
    errors = sorted(_VALIDATOR.iter_errors(document), key=lambda error: list(error.path))
    if errors:
        first = errors[0]
        where = ".".join(str(part) for part in first.path) or "(top)"
        raise InvalidVerdict("judge_schema", f"the verdict fails its schema at {where}: "
                                             f"{first.message}")
    return Verdict(score=float(document["score"]), reason=str(document["reason"]))

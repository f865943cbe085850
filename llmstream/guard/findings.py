"""What a guard found in a text, and what it decided. Pure values, no I/O."""

from __future__ import annotations

from enum import StrEnum
from typing import NamedTuple


class Verdict(StrEnum):
    """The input guard's decision on one text (the JSON ``verdict`` of ``guard check``)."""

    ALLOW = "allow"
    FLAG = "flag"  # passed on unchanged; the findings go to telemetry
    REDACT = "redact"  # passed on with typed placeholders instead of the findings
    BLOCK = "block"  # answered with ``blocked_input`` and never sent to a model


class Finding(NamedTuple):
    """``type`` is ``injection`` or a PII type (``email``, ``card``...); ``start``/``end``
    index the original text; ``score`` is in [0, 1]. (A named tuple: a guard creates
    hundreds per long prompt, and a frozen dataclass costs twice as much to build.)"""

    type: str
    start: int
    end: int
    score: float

    def to_json(self) -> dict[str, object]:
        return {"type": self.type, "start": self.start, "end": self.end,
                "score": round(self.score, 3)}

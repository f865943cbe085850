"""Typed placeholders for personal data, and putting the originals back. Pure.

``[EMAIL_1]``, ``[CARD_2]``...: the same value gets the same placeholder everywhere in a
request, so the model can still tell two people apart without seeing either.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from .findings import Finding

_PLACEHOLDER = re.compile(r"\[(?:EMAIL|PHONE|CARD|IBAN|NATIONAL_ID|IP|SECRET)_\d+\]")


@dataclass(slots=True)
class Redactor:
    """Hands out placeholders over all the texts of one request."""

    originals: dict[str, str] = field(default_factory=dict)  # placeholder -> value
    _by_value: dict[tuple[str, str], str] = field(default_factory=dict)
    _counts: dict[str, int] = field(default_factory=dict)

    def placeholder(self, finding_type: str, value: str) -> str:
        key = (finding_type, value)
        known = self._by_value.get(key)
        return known if known is not None else self._new_placeholder(key)

    def _new_placeholder(self, key: tuple[str, str]) -> str:
        finding_type, value = key
        number = self._counts.get(finding_type, 0) + 1
        self._counts[finding_type] = number
        name = self._by_value[key] = f"[{finding_type.upper()}_{number}]"
        self.originals[name] = value
        return name

    def redact(self, text: str, findings: Iterable[Finding]) -> str:
        """``text`` with each finding (non-overlapping) replaced by its placeholder."""
        parts: list[str] = []
        append = parts.append
        known = self._by_value
        last = 0
        for finding_type, start, end, _ in sorted(findings, key=_start):
            key = (finding_type, text[start:end])
            name = known.get(key)
            append(text[last:start])
            append(name if name is not None else self._new_placeholder(key))
            last = end
        append(text[last:])
        return "".join(parts)


_start = operator.itemgetter(1)  # a Finding's start


def restore(text: str, originals: Mapping[str, str]) -> str:
    """Put the original values back in place of the placeholders ``text`` contains."""
    if not originals:
        return text
    return _PLACEHOLDER.sub(lambda m: originals.get(m.group(0), m.group(0)), text)

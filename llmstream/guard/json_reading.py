"""What the injection classifier reads of a JSON document: its string values. Pure.

A tool's output or an API payload arrives as JSON. The classifier (classifier.py) leans on
JSON's own syntax, the quotes, colons and commas around keys: benign items placed in a JSON
object were flagged 2.8% and 6.1% of the time (guard_set, guard_holdout45-47) against 0.25%
and 2.6% alone. Read as their string values, a paragraph each, they are flagged 1.0% and
2.5% of the time, and injections are caught as often as alone (docs/BENCHMARKS.md). The
patterns still read the whole text, keys included.
"""

from __future__ import annotations

import json
import re
from typing import Any

# Every text the guard scores is asked (most of them prose): one match at its start
# answers, before any copy of a long text is made.
_OPENS_LIKE_JSON = re.compile(r"\s*[\[{]")


def string_values(text: str) -> str | None:
    """The string values of ``text`` when it is a JSON object or array, one paragraph each
    (blank lines between them), in document order; None for any other text, or a
    document without a non-blank string value."""
    if _OPENS_LIKE_JSON.match(text) is None:
        return None
    stripped = text.strip()
    if stripped[-1:] not in ("}", "]"):
        return None
    try:
        document = json.loads(stripped)
    except ValueError:  # (RecursionError too deep: not read as JSON)
        return None
    values = [value for value in strings(document) if value.strip()]
    return "\n\n".join(values) if values else None


def strings(value: Any) -> list[str]:
    """The strings of a parsed JSON ``value`` (not its keys), in document order."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [found for item in value.values() for found in strings(item)]
    if isinstance(value, list):
        return [found for item in value for found in strings(item)]
    return []

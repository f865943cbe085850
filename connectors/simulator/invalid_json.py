"""The JSON mistakes a real model makes, applied to a correct answer. Pure.

``truncated``: cut off half-way (a max_tokens or streaming accident); ``fenced_prose``:
the right JSON wrapped in a chatty sentence and a code fence; ``single_quotes``: a
Python literal instead of JSON; ``schema_violation``: valid JSON that misses the schema
(a required property dropped, or an allowed value replaced by one that is not).
"""

from __future__ import annotations

import json
from typing import Any, Literal

InvalidJsonKind = Literal["truncated", "fenced_prose", "single_quotes", "schema_violation"]
INVALID_JSON_KINDS: tuple[InvalidJsonKind, ...] = (
    "truncated", "fenced_prose", "single_quotes", "schema_violation",
)


def _violated(value: Any, schema: dict[str, Any] | None) -> Any:
    if not isinstance(value, dict) or not value:
        return {"unexpected": value}
    broken = dict(value)
    properties = (schema or {}).get("properties", {})
    for name, spec in properties.items():
        if name in broken and isinstance(spec, dict) and "enum" in spec:
            broken[name] = "not-an-allowed-value"
            return broken
    required = (schema or {}).get("required") or list(broken)
    broken.pop(required[0], None)
    if broken == value:
        broken[next(iter(broken))] = None
    return broken


def broken_json(text: str, kind: InvalidJsonKind, schema: dict[str, Any] | None) -> str:
    """``text`` (a correct JSON answer, usually) spoiled in the way ``kind`` names."""
    if kind == "truncated":
        return text[: max(1, len(text) // 2)]
    if kind == "fenced_prose":
        return f"Sure! Here is the JSON you asked for:\n```json\n{text}\n```\nLet me know."
    try:
        value = json.loads(text)
    except json.JSONDecodeError:
        return text[: max(1, len(text) // 2)]
    if kind == "single_quotes":
        return repr(value)
    return json.dumps(_violated(value, schema), ensure_ascii=False)

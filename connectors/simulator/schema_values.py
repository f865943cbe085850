"""A JSON value that validates against a JSON Schema, drawn deterministically. Pure.

Covers what structured-output schemas use: ``type`` (or a list of types), ``enum``,
``const``, ``properties``/``required``/``additionalProperties``, ``items``,
``minItems``/``maxItems``, ``minLength``/``maxLength``, ``minimum``/``maximum`` (and the
exclusive forms), ``multipleOf`` for integers, common ``format``s, ``anyOf``/``oneOf``
(one branch), ``allOf`` (merged), and local ``$ref`` (``#/$defs/...``, ``#/definitions/...``).
``pattern`` is not honoured.
"""

from __future__ import annotations

import math
import random
import uuid
from typing import Any

from .prose import phrase

MAX_DEPTH = 8
FORMATS = {
    "date-time": lambda rng: (
        f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}T"
        f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    ),
    "date": lambda rng: f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
    "time": lambda rng: f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00",
    "email": lambda rng: f"user{rng.randint(1, 999)}@example.com",
    "uri": lambda rng: f"https://example.com/{rng.randint(1, 999)}",
    "uuid": lambda rng: str(uuid.UUID(int=rng.getrandbits(128), version=4)),
}


class SchemaValueError(ValueError):
    """The schema cannot be satisfied by this generator (unresolvable $ref, bad bounds)."""


def _resolve(ref: str, root: dict[str, Any]) -> dict[str, Any]:
    if not ref.startswith("#"):
        raise SchemaValueError(f"only local $ref is supported, got {ref!r}")
    node: Any = root
    for part in ref.lstrip("#").strip("/").split("/"):
        if not part:
            continue
        part = part.replace("~1", "/").replace("~0", "~")
        if not isinstance(node, dict) or part not in node:
            raise SchemaValueError(f"$ref {ref!r} does not resolve")
        node = node[part]
    if not isinstance(node, dict):
        raise SchemaValueError(f"$ref {ref!r} is not a schema")
    return node


def _merge_all_of(schema: dict[str, Any], root: dict[str, Any]) -> dict[str, Any]:
    merged = {key: value for key, value in schema.items() if key != "allOf"}
    for part in schema["allOf"]:
        part = _resolve(part["$ref"], root) if "$ref" in part else part
        for key, value in part.items():
            if key == "properties":
                merged["properties"] = {**merged.get("properties", {}), **value}
            elif key == "required":
                merged["required"] = sorted({*merged.get("required", []), *value})
            else:
                merged.setdefault(key, value)
    return merged


def _type_of(schema: dict[str, Any], rng: random.Random) -> str:
    kind = schema.get("type")
    if isinstance(kind, list):
        concrete = [k for k in kind if k != "null"] or kind
        return str(rng.choice(concrete))
    if isinstance(kind, str):
        return kind
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return "string"


def _string(schema: dict[str, Any], rng: random.Random) -> str:
    fmt = schema.get("format")
    if fmt in FORMATS:
        return str(FORMATS[fmt](rng))
    low = int(schema.get("minLength", 0))
    high = int(schema.get("maxLength", max(low, 40)))
    if high < low:
        raise SchemaValueError(f"maxLength {high} < minLength {low}")
    text = phrase(rng, rng.randint(1, 4))
    while len(text) < low:
        text += " " + phrase(rng, 2)
    return text[:high] if len(text) > high else text


def _bounds(schema: dict[str, Any]) -> tuple[float, float, bool, bool]:
    """(low, high, low is exclusive, high is exclusive); draft-04 boolean forms included."""
    ex_low, ex_high = schema.get("exclusiveMinimum"), schema.get("exclusiveMaximum")
    low = schema.get("minimum")
    high = schema.get("maximum")
    low_open = ex_low is True
    high_open = ex_high is True
    if isinstance(ex_low, (int, float)) and not isinstance(ex_low, bool):
        low, low_open = ex_low, True
    if isinstance(ex_high, (int, float)) and not isinstance(ex_high, bool):
        high, high_open = ex_high, True
    if low is None:
        low = 0.0 if high is None else float(high) - 100
    if high is None:
        high = float(low) + 100
    return float(low), float(high), low_open, high_open


def _integer(schema: dict[str, Any], rng: random.Random) -> int:
    low, high, low_open, high_open = _bounds(schema)
    lo = math.floor(low) + 1 if low_open else math.ceil(low)
    hi = math.ceil(high) - 1 if high_open else math.floor(high)
    step = schema.get("multipleOf", 1)
    if not isinstance(step, int) or step < 1:
        step = 1
    lo = math.ceil(lo / step) * step
    if hi < lo:
        raise SchemaValueError(f"no integer between {low:g} and {high:g}")
    return lo + step * rng.randint(0, (hi - lo) // step)


def _number(schema: dict[str, Any], rng: random.Random) -> float:
    low, high, low_open, high_open = _bounds(schema)
    if high < low or (high == low and (low_open or high_open)):
        raise SchemaValueError(f"no number between {low:g} and {high:g}")

    def fits(value: float) -> bool:
        above = value > low if low_open else value >= low
        below = value < high if high_open else value <= high
        return above and below

    value = rng.uniform(low, high)
    for candidate in (round(value, 3), value, (low + high) / 2):
        if fits(candidate):
            return candidate
    return value


def _object(
    schema: dict[str, Any], rng: random.Random, root: dict[str, Any], depth: int
) -> dict[str, Any]:
    properties: dict[str, Any] = schema.get("properties") or {}
    required = set(schema.get("required") or ())
    if not properties and schema.get("additionalProperties") is not False:
        return {"answer": phrase(rng, rng.randint(3, 8))}
    value = {}
    for name, subschema in properties.items():
        if name in required or (depth < MAX_DEPTH and rng.random() < 0.5):
            value[name] = _value(subschema, rng, root, depth + 1)
    return value


def _array(
    schema: dict[str, Any], rng: random.Random, root: dict[str, Any], depth: int
) -> list[Any]:
    low = int(schema.get("minItems", 1 if depth < MAX_DEPTH else 0))
    high = int(schema.get("maxItems", max(low, 3)))
    if high < low:
        raise SchemaValueError(f"maxItems {high} < minItems {low}")
    items = schema.get("items") or {}
    if isinstance(items, list):  # draft-04 tuple form
        return [_value(item, rng, root, depth + 1) for item in items]
    count = rng.randint(low, high) if depth < MAX_DEPTH else low  # deep: the minimum
    values = [_value(items, rng, root, depth + 1) for _ in range(count)]
    if schema.get("uniqueItems"):
        unique: list[Any] = []
        for item in values:
            if item not in unique:
                unique.append(item)
        values = unique
    return values


def _value(schema: Any, rng: random.Random, root: dict[str, Any], depth: int) -> Any:
    if schema is True or schema == {}:
        return phrase(rng, 2)
    if not isinstance(schema, dict):
        raise SchemaValueError(f"not a schema: {schema!r}")
    if depth > MAX_DEPTH * 4:
        raise SchemaValueError("schema nests too deeply (recursive $ref?)")
    if "$ref" in schema:
        return _value(_resolve(schema["$ref"], root), rng, root, depth + 1)
    if "allOf" in schema:
        return _value(_merge_all_of(schema, root), rng, root, depth)
    if "const" in schema:
        return schema["const"]
    if "enum" in schema:
        return rng.choice(schema["enum"])
    for key in ("anyOf", "oneOf"):
        if key in schema:
            branches = schema[key]
            # Deep in a recursive schema, prefer a branch that ends the recursion.
            if depth >= MAX_DEPTH:
                branches = [b for b in branches if "$ref" not in b] or branches
            return _value(rng.choice(branches), rng, root, depth + 1)
    kind = _type_of(schema, rng)
    if kind == "object":
        return _object(schema, rng, root, depth)
    if kind == "array":
        return _array(schema, rng, root, depth)
    if kind == "string":
        return _string(schema, rng)
    if kind == "integer":
        return _integer(schema, rng)
    if kind == "number":
        return _number(schema, rng)
    if kind == "boolean":
        return rng.random() < 0.5
    if kind == "null":
        return None
    raise SchemaValueError(f"unknown type {kind!r}")


def value_for_schema(schema: dict[str, Any], rng: random.Random) -> Any:
    """A value that validates against ``schema`` (raises ``SchemaValueError`` if it can't)."""
    return _value(schema, rng, schema, 0)

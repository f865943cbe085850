"""Values drawn for a JSON Schema validate against it, and are deterministic."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from llmstream.connectors.simulator.schema_values import SchemaValueError, value_for_schema

TYPES: dict[str, Any] = {
    "string": str,
    "integer": int,
    "number": (int, float),
    "boolean": bool,
    "object": dict,
    "array": list,
    "null": type(None),
}


def violations(value: Any, schema: Any, root: Any = None, where: str = "$") -> list[str]:
    """A small JSON Schema checker for the keywords the generator claims to honour."""
    root = schema if root is None else root
    if schema is True or schema == {}:
        return []
    if "$ref" in schema:
        node = root
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        return violations(value, node, root, where)
    if "allOf" in schema:
        rest = {k: v for k, v in schema.items() if k != "allOf"}
        return [e for s in [rest, *schema["allOf"]] for e in violations(value, s, root, where)]
    for key in ("anyOf", "oneOf"):
        if key in schema:
            if not any(not violations(value, s, root, where) for s in schema[key]):
                return [f"{where}: matches no branch of {key}"]
            return []
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} != const"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in enum"]
    kinds = schema.get("type")
    if kinds is not None:
        kinds = kinds if isinstance(kinds, list) else [kinds]
        ok = any(
            isinstance(value, TYPES[k])
            and not (k in ("integer", "number") and value is True)
            and not (k in ("integer", "number") and isinstance(value, bool))
            for k in kinds
        )
        if not ok:
            return [f"{where}: {value!r} is not {kinds}"]
    errors: list[str] = []
    if isinstance(value, dict):
        for name in schema.get("required", []):
            if name not in value:
                errors.append(f"{where}: missing {name}")
        properties = schema.get("properties", {})
        for name, item in value.items():
            if name in properties:
                errors += violations(item, properties[name], root, f"{where}.{name}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected {name}")
    if isinstance(value, list):
        if len(value) < schema.get("minItems", 0) or len(value) > schema.get("maxItems", 10**9):
            errors.append(f"{where}: {len(value)} items out of bounds")
        for index, item in enumerate(value):
            errors += violations(item, schema.get("items", {}), root, f"{where}[{index}]")
    bounds = (schema.get("minLength", 0), schema.get("maxLength", 10**9))
    if isinstance(value, str) and not bounds[0] <= len(value) <= bounds[1]:
        errors.append(f"{where}: length {len(value)} out of bounds")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        if "minimum" in schema and value < schema["minimum"]:
            errors.append(f"{where}: {value} < minimum")
        if "maximum" in schema and value > schema["maximum"]:
            errors.append(f"{where}: {value} > maximum")
        if "exclusiveMinimum" in schema and value <= schema["exclusiveMinimum"]:
            errors.append(f"{where}: {value} <= exclusiveMinimum")
        if "exclusiveMaximum" in schema and value >= schema["exclusiveMaximum"]:
            errors.append(f"{where}: {value} >= exclusiveMaximum")
        if "multipleOf" in schema and value % schema["multipleOf"] != 0:
            errors.append(f"{where}: {value} not a multiple of {schema['multipleOf']}")
    return errors


TICKET: dict[str, Any] = {
    "type": "object",
    "properties": {
        "category": {"type": "string", "enum": ["billing", "bug", "other"]},
        "priority": {"type": "integer", "minimum": 1, "maximum": 5},
        "score": {"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1},
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 2, "maxItems": 4},
        "summary": {"type": "string", "minLength": 20, "maxLength": 60},
        "contact": {"type": "string", "format": "email"},
        "resolved": {"type": "boolean"},
        "note": {"type": ["string", "null"]},
        "owner": {"$ref": "#/$defs/person"},
        "kind": {"const": "ticket"},
        "when": {"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]},
    },
    "required": ["category", "priority", "score", "tags", "summary", "owner", "kind"],
    "additionalProperties": False,
    "$defs": {
        "person": {
            "type": "object",
            "properties": {"name": {"type": "string"}, "age": {"type": "integer", "multipleOf": 5}},
            "required": ["name", "age"],
            "additionalProperties": False,
        }
    },
}


@pytest.mark.parametrize("seed", range(50))
def test_ticket_schema_values_validate(seed: int) -> None:
    value = value_for_schema(TICKET, random.Random(seed))
    assert violations(value, TICKET) == []
    assert set(TICKET["required"]) <= set(value)


def test_same_seed_same_value() -> None:
    assert value_for_schema(TICKET, random.Random(3)) == value_for_schema(TICKET, random.Random(3))


def test_bare_object_gets_some_content() -> None:
    value = value_for_schema({"type": "object"}, random.Random(0))
    assert isinstance(value, dict) and value


def test_recursive_schema_terminates() -> None:
    tree = {
        "$ref": "#/$defs/node",
        "$defs": {
            "node": {
                "type": "object",
                "properties": {
                    "children": {"type": "array", "items": {"$ref": "#/$defs/node"}, "maxItems": 3}
                },
                "required": ["children"],
            }
        },
    }
    for seed in range(10):
        value = value_for_schema(tree, random.Random(seed))
        assert violations(value, tree) == []


def test_unsatisfiable_bounds_are_reported() -> None:
    with pytest.raises(SchemaValueError):
        value_for_schema({"type": "integer", "minimum": 5, "maximum": 4}, random.Random(0))
    with pytest.raises(SchemaValueError):
        value_for_schema({"$ref": "#/$defs/missing"}, random.Random(0))


# Schemas built by hypothesis from the supported keywords.
leaf_schemas = st.one_of(
    st.builds(
        lambda low, span: {"type": "integer", "minimum": low, "maximum": low + span},
        st.integers(-1000, 1000),
        st.integers(0, 1000),
    ),
    st.builds(
        lambda low, span: {"type": "number", "minimum": low, "maximum": low + span},
        st.floats(-1e6, 1e6),
        st.floats(0, 1e6),
    ),
    st.builds(
        lambda low, span: {"type": "string", "minLength": low, "maxLength": low + span},
        st.integers(0, 50),
        st.integers(0, 50),
    ),
    st.just({"type": "boolean"}),
    st.just({"type": "null"}),
    st.lists(st.text(max_size=5), min_size=1, max_size=5, unique=True).map(lambda e: {"enum": e}),
)


def _object(children: dict[str, Any], required: set[str]) -> dict[str, Any]:
    return {
        "type": "object",
        "properties": children,
        "required": sorted(required & set(children)),
        "additionalProperties": False,
    }


schemas = st.recursive(
    leaf_schemas,
    lambda inner: st.one_of(
        st.builds(
            lambda items, low, span: {
                "type": "array",
                "items": items,
                "minItems": low,
                "maxItems": low + span,
            },
            inner,
            st.integers(0, 3),
            st.integers(0, 3),
        ),
        st.builds(
            _object,
            st.dictionaries(st.text("abcdef", min_size=1, max_size=4), inner, max_size=4),
            st.sets(st.text("abcdef", min_size=1, max_size=4)),
        ),
        st.lists(inner, min_size=1, max_size=3).map(lambda branches: {"anyOf": branches}),
    ),
    max_leaves=12,
)


@settings(max_examples=300)
@given(schema=schemas, seed=st.integers(0, 2**32))
def test_generated_values_validate_against_generated_schemas(
    schema: dict[str, Any], seed: int
) -> None:
    value = value_for_schema(schema, random.Random(seed))
    assert violations(value, schema) == []

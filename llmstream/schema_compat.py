"""Avro schema compatibility, per the specification's schema-resolution rules. Pure.

``can_read(reader, writer)`` lists why data written with ``writer`` cannot be read with
``reader`` (empty: it can). Backward compatibility of a change is
``can_read(new, old)``; forward compatibility is ``can_read(old, new)``.
"""

from __future__ import annotations

from typing import Any

Schema = Any  # a parsed-JSON Avro schema: str, list (union) or dict

PROMOTIONS = {
    "int": {"int", "long", "float", "double"},
    "long": {"long", "float", "double"},
    "float": {"float", "double"},
    "string": {"string", "bytes"},
    "bytes": {"bytes", "string"},
}
PRIMITIVES = {"null", "boolean", "int", "long", "float", "double", "bytes", "string"}


def _type(schema: Schema) -> str:
    if isinstance(schema, list):
        return "union"
    if isinstance(schema, dict):
        kind = schema["type"]
        return kind if isinstance(kind, str) and kind in PRIMITIVES | {
            "record", "enum", "array", "map", "fixed"} else _type(kind)
    return str(schema)


def _name(schema: Schema) -> str | None:
    return schema.get("name") if isinstance(schema, dict) else None


def can_read(reader: Schema, writer: Schema, path: str = "") -> list[str]:
    where = path or "<root>"
    r_type, w_type = _type(reader), _type(writer)
    if w_type == "union":
        problems = []
        for branch in writer:
            problems += can_read(reader, branch, path)
        return problems
    if r_type == "union":
        if any(not can_read(branch, writer, path) for branch in reader):
            return []
        return [f"{where}: writer type {w_type} matches no branch of the reader's union"]
    if r_type in PRIMITIVES or w_type in PRIMITIVES:
        if r_type == w_type or r_type in PROMOTIONS.get(w_type, set()):
            return []
        return [f"{where}: writer type {w_type} cannot be read as {r_type}"]
    if r_type != w_type:
        return [f"{where}: writer type {w_type} cannot be read as {r_type}"]
    if r_type == "array":
        return can_read(reader["items"], writer["items"], f"{path}[]")
    if r_type == "map":
        return can_read(reader["values"], writer["values"], f"{path}{{}}")
    if r_type == "enum":
        missing = set(writer["symbols"]) - set(reader["symbols"])
        if missing and "default" not in reader:
            return [f"{where}: enum symbols {sorted(missing)} unknown to the reader"]
        return []
    if r_type == "fixed":
        if reader["size"] != writer["size"]:
            return [f"{where}: fixed size {writer['size']} cannot be read as {reader['size']}"]
        return []
    return _records(reader, writer, path)


def _records(reader: dict[str, Any], writer: dict[str, Any], path: str) -> list[str]:
    problems = []
    if _name(reader) != _name(writer):
        aliases = reader.get("aliases", [])
        if _name(writer) not in aliases:
            problems.append(f"{path or '<root>'}: record {writer['name']} read as {reader['name']}")
    writer_fields = {field["name"]: field for field in writer["fields"]}
    for field in reader["fields"]:
        names = [field["name"], *field.get("aliases", [])]
        source = next((writer_fields[n] for n in names if n in writer_fields), None)
        field_path = f"{path}.{field['name']}" if path else field["name"]
        if source is None:
            if "default" not in field:
                problems.append(f"{field_path}: missing in the writer and has no default")
            continue
        problems += can_read(field["type"], source["type"], field_path)
    return problems

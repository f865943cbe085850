"""ClickHouse column types as Arrow types, to ship rows to the embedded engine as Arrow.

Pure: parses the type names ``system.columns`` reports. Covers the types our schema
uses and their usual neighbours; anything else is a ``ValueError`` naming the type.
"""

from __future__ import annotations

import pyarrow as pa

_SIMPLE: dict[str, pa.DataType] = {
    "String": pa.string(),
    "UUID": pa.string(),
    "Bool": pa.bool_(),
    "UInt8": pa.uint8(),
    "UInt16": pa.uint16(),
    "UInt32": pa.uint32(),
    "UInt64": pa.uint64(),
    "Int8": pa.int8(),
    "Int16": pa.int16(),
    "Int32": pa.int32(),
    "Int64": pa.int64(),
    "Float32": pa.float32(),
    "Float64": pa.float64(),
    "Date": pa.date32(),
    "Date32": pa.date32(),
}
_TIME_UNITS = {0: "s", 3: "ms", 6: "us", 9: "ns"}


def split_arguments(text: str) -> list[str]:
    """``"String, Map(String, Float64)"`` -> ``["String", "Map(String, Float64)"]``."""
    parts: list[str] = []
    depth = 0
    quoted = False
    current: list[str] = []
    for char in text:
        if char == "'":
            quoted = not quoted
        elif not quoted and char == "(":
            depth += 1
        elif not quoted and char == ")":
            depth -= 1
        elif not quoted and char == "," and depth == 0:
            parts.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    if current or parts:
        parts.append("".join(current).strip())
    return parts


def _wrapper(type_name: str) -> tuple[str, list[str]] | None:
    if not type_name.endswith(")") or "(" not in type_name:
        return None
    name, _, rest = type_name.partition("(")
    return name.strip(), split_arguments(rest[:-1])


def _timezone(argument: str) -> str:
    return argument.strip().strip("'")


def arrow_type(type_name: str) -> pa.DataType:
    """The Arrow type that ClickHouse reads into a column of type ``type_name``."""
    type_name = type_name.strip()
    if type_name in _SIMPLE:
        return _SIMPLE[type_name]
    if type_name == "DateTime":
        return pa.timestamp("s")
    wrapped = _wrapper(type_name)
    if wrapped is None:
        raise ValueError(f"no Arrow type for ClickHouse type {type_name!r}")
    name, args = wrapped
    if name in ("LowCardinality", "Nullable") and len(args) == 1:
        return arrow_type(args[0])
    if name == "DateTime" and len(args) == 1:
        return pa.timestamp("s", tz=_timezone(args[0]))
    if name == "DateTime64" and 1 <= len(args) <= 2:
        precision = int(args[0])
        if precision not in _TIME_UNITS:
            raise ValueError(f"DateTime64 precision {precision} has no Arrow unit")
        tz = _timezone(args[1]) if len(args) == 2 else None
        return pa.timestamp(_TIME_UNITS[precision], tz=tz)
    if name == "Map" and len(args) == 2:
        return pa.map_(arrow_type(args[0]), arrow_type(args[1]))
    if name == "Array" and len(args) == 1:
        return pa.list_(arrow_type(args[0]))
    raise ValueError(f"no Arrow type for ClickHouse type {type_name!r}")

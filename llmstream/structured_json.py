"""The JSON form of a request's tool and structured-output fields (a ``submit`` line).

    {"messages": [...],
     "response_format": {"type": "json_schema", "schema": {...}},
     "tools": [{"name": "track_order", "description": "...", "parameters": {...}}],
     "tool_choice": "auto"}

A message may carry ``tool_calls`` (assistant: ``[{"id", "name", "arguments"}]``) or
``tool_call_id`` (role tool). JSON Schemas may be given as objects or as JSON text; the
event carries them as text. Deep checks (valid schema, known tool) happen in the worker
(``structured_request``); this only checks shapes.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from llmstream.events import Message, ResponseFormatSpec, ToolCall, ToolSpec


class StructureError(ValueError):
    """A field of the request document has the wrong shape (the message names it)."""


def _schema_text(value: Any, where: str) -> str | None:
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        return json.dumps(value, ensure_ascii=False, sort_keys=True)
    raise StructureError(f"{where}: expected a JSON Schema object or its JSON text")


def _string(doc: Mapping[str, Any], key: str, where: str, required: bool = False) -> str | None:
    value = doc.get(key)
    if value is None and not required:
        return None
    if not isinstance(value, str):
        raise StructureError(f"{where}.{key}: expected a string")
    return value


def tool_call_from_json(doc: Any, where: str) -> ToolCall:
    if not isinstance(doc, Mapping):
        raise StructureError(f"{where}: expected {{id, name, arguments}}")
    arguments = doc.get("arguments")
    if isinstance(arguments, Mapping):
        arguments = json.dumps(arguments, ensure_ascii=False)
    if not isinstance(arguments, str):
        raise StructureError(f"{where}.arguments: expected JSON text or an object")
    return ToolCall(
        id=_string(doc, "id", where, required=True) or "",
        name=_string(doc, "name", where, required=True) or "",
        arguments=arguments,
    )


def message_from_json(doc: Mapping[str, Any], where: str) -> Message:
    """``doc`` has a string ``role`` and ``content`` (checked by the caller)."""
    calls = doc.get("tool_calls") or []
    if not isinstance(calls, list):
        raise StructureError(f"{where}.tool_calls: expected a list")
    return Message(
        role=doc["role"],
        content=doc["content"],
        tool_call_id=_string(doc, "tool_call_id", where),
        tool_calls=[
            tool_call_from_json(call, f"{where}.tool_calls[{index}]")
            for index, call in enumerate(calls)
        ],
    )


def response_format_from_json(doc: Any) -> ResponseFormatSpec | None:
    if doc is None:
        return None
    if isinstance(doc, str):  # "json_object" as a shorthand
        return ResponseFormatSpec(type=doc)
    if not isinstance(doc, Mapping):
        raise StructureError("response_format: expected {type, schema}")
    kind = _string(doc, "type", "response_format", required=True) or ""
    return ResponseFormatSpec(
        type=kind, schema=_schema_text(doc.get("schema"), "response_format.schema")
    )


def tools_from_json(doc: Any) -> list[ToolSpec]:
    if doc is None:
        return []
    if not isinstance(doc, list):
        raise StructureError("tools: expected a list of {name, description, parameters}")
    tools = []
    for index, tool in enumerate(doc):
        where = f"tools[{index}]"
        if not isinstance(tool, Mapping):
            raise StructureError(f"{where}: expected {{name, description, parameters}}")
        tools.append(
            ToolSpec(
                name=_string(tool, "name", where, required=True) or "",
                description=_string(tool, "description", where),
                parameters=_schema_text(tool.get("parameters"), f"{where}.parameters"),
            )
        )
    return tools

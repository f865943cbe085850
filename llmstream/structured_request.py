"""Structured output and tool use of a request, checked and put in the connectors' terms.

A request event carries its response format, tools and tool choice as text (JSON Schemas
are strings on the wire, so any Avro consumer can read them); here they are parsed and
checked once, before any provider is called. Pure: no I/O. Anything unfit raises
``RequestRejected`` with ``bad_request`` and a reason that names the field.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from llmstream.connectors.providers.base import ResponseFormat, ToolChoice, ToolDefinition
from llmstream.errors import RequestRejected, Status
from llmstream.events import Message, Request, ResponseFormatSpec, ToolSpec

# What both OpenAI (function names) and Anthropic (tool names) accept.
TOOL_NAME = re.compile(r"^[a-zA-Z0-9_-]{1,64}$")
CHOICE_KEYWORDS = frozenset({"auto", "none", "required"})
FORMAT_TYPES = ("text", "json_object", "json_schema")


@dataclass(frozen=True, slots=True)
class StructuredCall:
    """The parts of a ``ChatCall`` that come from the request's structure."""

    response_format: ResponseFormat = None
    tools: list[ToolDefinition] | None = None
    tool_choice: ToolChoice | None = None


def _reject(reason: str) -> RequestRejected:
    return RequestRejected(Status.BAD_REQUEST, reason)


def _schema(text: str, where: str) -> dict[str, Any]:
    try:
        schema = json.loads(text)
    except ValueError as error:
        raise _reject(f"{where}: not valid JSON ({error})") from None
    if not isinstance(schema, dict):
        raise _reject(f"{where}: a JSON Schema must be a JSON object")
    return schema


def response_format(spec: ResponseFormatSpec | None) -> ResponseFormat:
    if spec is None or spec.type == "text":
        return None
    if spec.type == "json_object":
        return "json_object"
    if spec.type == "json_schema":
        if spec.schema is None:
            raise _reject("response_format.schema: required when type is json_schema")
        return _schema(spec.schema, "response_format.schema")
    raise _reject(f"response_format.type: {spec.type!r} is not one of {list(FORMAT_TYPES)}")


def tool_definitions(tools: list[ToolSpec]) -> list[ToolDefinition] | None:
    if not tools:
        return None
    definitions: list[ToolDefinition] = []
    seen: set[str] = set()
    for index, tool in enumerate(tools):
        where = f"tools[{index}]"
        if not TOOL_NAME.match(tool.name) or tool.name in CHOICE_KEYWORDS:
            raise _reject(
                f"{where}.name: {tool.name!r} must match {TOOL_NAME.pattern} and not be one "
                f"of {sorted(CHOICE_KEYWORDS)}"
            )
        if tool.name in seen:
            raise _reject(f"{where}.name: {tool.name!r} is offered twice")
        seen.add(tool.name)
        definition = ToolDefinition(name=tool.name)
        if tool.description is not None:
            definition["description"] = tool.description
        if tool.parameters is not None:
            parameters = _schema(tool.parameters, f"{where}.parameters")
            if parameters.get("type", "object") != "object":
                raise _reject(f"{where}.parameters: the arguments must be an object schema")
            definition["parameters"] = parameters
        definitions.append(definition)
    return definitions


def tool_choice(choice: str | None, tools: list[ToolDefinition] | None) -> ToolChoice | None:
    if choice is None:
        return None
    if not tools:
        raise _reject(f"tool_choice: {choice!r} given but no tools are offered")
    if choice in CHOICE_KEYWORDS or choice in {tool["name"] for tool in tools}:
        return choice
    raise _reject(
        f"tool_choice: {choice!r} is neither one of {sorted(CHOICE_KEYWORDS)} nor an offered tool"
    )


def check_tool_messages(messages: list[Message]) -> None:
    """A tool's result names a call some earlier assistant message made."""
    called: set[str] = set()
    for index, message in enumerate(messages):
        if message.tool_calls and message.role != "assistant":
            raise _reject(f"messages[{index}].tool_calls: only assistant messages make calls")
        for call in message.tool_calls:
            called.add(call.id)
        if message.role == "tool":
            if not message.tool_call_id:
                raise _reject(f"messages[{index}].tool_call_id: required for role tool")
            if message.tool_call_id not in called:
                raise _reject(
                    f"messages[{index}].tool_call_id: {message.tool_call_id!r} answers no "
                    "earlier tool call"
                )


def structured_call(request: Request) -> StructuredCall:
    """The request's response format, tools and tool choice, checked."""
    check_tool_messages(request.messages)
    tools = tool_definitions(request.tools)
    return StructuredCall(
        response_format=response_format(request.response_format),
        tools=tools,
        tool_choice=tool_choice(request.tool_choice, tools),
    )

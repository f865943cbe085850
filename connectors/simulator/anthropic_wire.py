"""The Anthropic Messages protocol: ``POST /v1/messages``.

Checked like the real API: ``anthropic-version`` header, ``max_tokens`` required, roles
``user``/``assistant`` only (the system prompt is a top-level field), temperature within
[0, 1]. Answers are ``message`` objects with text or ``tool_use`` blocks; errors are
``{"type": "error", "error": {"type", "message"}}``. Not simulated: streaming.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from .answer import SimAnswer
from .request import SimMessage, SimRequest, SimTool
from .wire_error import ErrorKind, WireError, invalid
from .wire_fields import integer_field, number_field, schema_field, string_list_field

STATUS = {
    ErrorKind.INVALID_REQUEST: 400,
    ErrorKind.AUTHENTICATION: 401,
    ErrorKind.NOT_FOUND: 404,
    ErrorKind.RATE_LIMIT: 429,
    ErrorKind.SERVER_ERROR: 500,
    ErrorKind.OVERLOADED: 529,
}
ERROR_TYPES = {
    ErrorKind.INVALID_REQUEST: "invalid_request_error",
    ErrorKind.AUTHENTICATION: "authentication_error",
    ErrorKind.NOT_FOUND: "not_found_error",
    ErrorKind.RATE_LIMIT: "rate_limit_error",
    ErrorKind.SERVER_ERROR: "api_error",
    ErrorKind.OVERLOADED: "overloaded_error",
}
STOP_REASONS = {"stop": "end_turn", "length": "max_tokens", "tool_calls": "tool_use"}


def _blocks_text(content: Any, where: str) -> tuple[str, bool]:
    """(text that counts for tokens, whether the content carries a tool result)."""
    if isinstance(content, str):
        return content, False
    if not isinstance(content, list):
        raise invalid(f"{where}: Input should be a valid string or a list of blocks")
    texts: list[str] = []
    tool_result = False
    for index, block in enumerate(content):
        kind = block.get("type") if isinstance(block, dict) else None
        if kind == "text":
            if not isinstance(block.get("text"), str):
                raise invalid(f"{where}.{index}.text: Field required")
            texts.append(block["text"])
        elif kind == "tool_use":
            texts.append(str(block.get("name", "")) + json.dumps(block.get("input", {})))
        elif kind == "tool_result":
            tool_result = True
            texts.append(_blocks_text(block.get("content", ""), f"{where}.{index}.content")[0])
        elif kind not in ("image", "document", "thinking", "redacted_thinking"):
            raise invalid(f"{where}.{index}.type: unknown block type {kind!r}")
    return "".join(texts), tool_result


def _tools(body: dict[str, Any]) -> tuple[tuple[SimTool, ...], str]:
    tools = body.get("tools") or []
    if not isinstance(tools, list):
        raise invalid("tools: Input should be a valid list")
    parsed = []
    for index, tool in enumerate(tools):
        if not isinstance(tool, dict) or not isinstance(tool.get("name"), str):
            raise invalid(f"tools.{index}.name: Field required")
        if "input_schema" not in tool:
            raise invalid(f"tools.{index}.input_schema: Field required")
        parsed.append(SimTool(tool["name"], schema_field(tool["input_schema"], f"tools.{index}")))
    choice = body.get("tool_choice") or {"type": "auto"}
    kind = choice.get("type") if isinstance(choice, dict) else None
    if kind == "tool":
        name = choice.get("name")
        if name not in {tool.name for tool in parsed}:
            raise invalid(f"tool_choice.name: no tool named {name!r}")
        return tuple(parsed), str(name)
    if kind in ("auto", "any", "none"):
        if not parsed or kind == "none":
            return tuple(parsed), "none"
        return tuple(parsed), "required" if kind == "any" else "auto"
    raise invalid(f"tool_choice.type: unknown value {kind!r}")


class AnthropicWire:
    name = "anthropic"
    id_prefix = "msg_"
    tool_id_prefix = "toolu_"

    def check_headers(self, headers: Mapping[str, str], require_api_key: bool) -> None:
        if not headers.get("anthropic-version"):
            raise invalid("anthropic-version: header is required")
        if require_api_key and not headers.get("x-api-key", "").strip():
            raise WireError(ErrorKind.AUTHENTICATION, "x-api-key header is required")

    def parse(self, body: Any) -> SimRequest:
        if not isinstance(body, dict):
            raise invalid("The request body must be a JSON object.")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise invalid("model: Field required")
        if "max_tokens" not in body:
            raise invalid("max_tokens: Field required")
        max_tokens = integer_field(body, "max_tokens", 1)
        raw_messages = body.get("messages")
        if not isinstance(raw_messages, list) or not raw_messages:
            raise invalid("messages: at least one message is required")
        if body.get("stream"):
            raise invalid("stream: streaming is not simulated")
        messages = []
        system = body.get("system")
        if system is not None:
            messages.append(SimMessage("system", _blocks_text(system, "system")[0]))
        for index, message in enumerate(raw_messages):
            role = message.get("role") if isinstance(message, dict) else None
            if role not in ("user", "assistant"):
                raise invalid(f"messages.{index}.role: Input should be 'user' or 'assistant'")
            text, tool_result = _blocks_text(message.get("content"), f"messages.{index}.content")
            messages.append(SimMessage(role, text, is_tool_result=tool_result))
        tools, tool_choice = _tools(body)
        return SimRequest(
            model=model,
            messages=tuple(messages),
            max_tokens=max_tokens,
            temperature=number_field(body, "temperature", 0, 1),
            top_p=number_field(body, "top_p", 0, 1),
            stop=string_list_field(body, "stop_sequences", None),
            tools=tools,
            tool_choice=tool_choice,
            protocol=self.name,
        )

    def answer_body(
        self, request: SimRequest, answer: SimAnswer, call_id: str, created: int
    ) -> dict[str, Any]:
        content: list[dict[str, Any]] = []
        if answer.text:
            content.append({"type": "text", "text": answer.text})
        content.extend(
            {"type": "tool_use", "id": call.id, "name": call.name, "input": call.arguments}
            for call in answer.tool_calls
        )
        stop_reason = "stop_sequence" if answer.stop_sequence else STOP_REASONS[answer.finish]
        return {
            "id": call_id,
            "type": "message",
            "role": "assistant",
            "model": request.model,
            "content": content,
            "stop_reason": stop_reason,
            "stop_sequence": answer.stop_sequence,
            "usage": {
                "input_tokens": answer.prompt_tokens,
                "output_tokens": answer.completion_tokens,
                "cache_creation_input_tokens": 0,
                "cache_read_input_tokens": 0,
            },
        }

    def error(self, error: WireError) -> tuple[int, dict[str, Any]]:
        body = {
            "type": "error",
            "error": {"type": ERROR_TYPES[error.kind], "message": error.message},
        }
        return STATUS[error.kind], body

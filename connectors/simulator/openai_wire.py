"""The OpenAI chat completions protocol: ``POST /v1/chat/completions``.

Requests are checked the way the real API checks them (including its rule that
``json_object`` mode needs the word "json" in the messages); answers and errors have the
real shapes. Not simulated: ``n`` other than 1, streaming, logprobs.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .answer import SimAnswer
from .request import SimMessage, SimRequest, SimTool
from .wire_error import ErrorKind, WireError, invalid
from .wire_fields import integer_field, number_field, schema_field, string_list_field

ROLES = frozenset({"system", "developer", "user", "assistant", "tool", "function"})
STATUS = {
    ErrorKind.INVALID_REQUEST: 400,
    ErrorKind.AUTHENTICATION: 401,
    ErrorKind.NOT_FOUND: 404,
    ErrorKind.RATE_LIMIT: 429,
    ErrorKind.SERVER_ERROR: 500,
    ErrorKind.OVERLOADED: 503,
}
# kind -> (error.type, error.code) as OpenAI writes them
TYPE_AND_CODE: dict[ErrorKind, tuple[str, str | None]] = {
    ErrorKind.INVALID_REQUEST: ("invalid_request_error", None),
    ErrorKind.AUTHENTICATION: ("invalid_request_error", "invalid_api_key"),
    ErrorKind.NOT_FOUND: ("invalid_request_error", "model_not_found"),
    ErrorKind.RATE_LIMIT: ("requests", "rate_limit_exceeded"),
    ErrorKind.SERVER_ERROR: ("server_error", None),
    ErrorKind.OVERLOADED: ("server_error", None),
}


def _content_text(content: Any, where: str) -> str:
    if content is None or isinstance(content, str):
        return content or ""
    if not isinstance(content, list):
        raise invalid(f"{where}: expected a string or an array of content parts", where)
    texts = []
    for index, part in enumerate(content):
        if not isinstance(part, dict) or "type" not in part:
            raise invalid(f"{where}[{index}]: expected a content part object", where)
        if part["type"] == "text":
            if not isinstance(part.get("text"), str):
                raise invalid(f"{where}[{index}].text: expected a string", where)
            texts.append(part["text"])
        elif part["type"] not in ("image_url", "input_audio", "file", "refusal"):
            raise invalid(f"{where}[{index}].type: unknown content part {part['type']!r}", where)
    return "".join(texts)


def _message(index: int, message: Any) -> SimMessage:
    where = f"messages[{index}]"
    if not isinstance(message, dict):
        raise invalid(f"{where}: expected an object", where)
    role = message.get("role")
    if role not in ROLES:
        raise invalid(f"{where}.role: expected one of {sorted(ROLES)}, got {role!r}", where)
    text = _content_text(message.get("content"), f"{where}.content")
    for call in message.get("tool_calls") or ():
        function = (call.get("function") or {}) if isinstance(call, dict) else {}
        text += str(function.get("name", "")) + str(function.get("arguments", ""))
    if role == "tool" and not message.get("tool_call_id"):
        raise invalid(f"Missing parameter 'tool_call_id' in {where}", f"{where}.tool_call_id")
    return SimMessage(
        role="system" if role == "developer" else role,
        text=text,
        is_tool_result=role in ("tool", "function"),
    )


def _tools(body: dict[str, Any]) -> tuple[tuple[SimTool, ...], str]:
    tools = body.get("tools") or []
    if not isinstance(tools, list):
        raise invalid("tools: expected an array", "tools")
    parsed = []
    for index, tool in enumerate(tools):
        function = tool.get("function") if isinstance(tool, dict) else None
        if not isinstance(function, dict) or not isinstance(function.get("name"), str):
            raise invalid(f"tools[{index}].function.name: required", f"tools[{index}]")
        schema = function.get("parameters") or {"type": "object", "properties": {}}
        parsed.append(SimTool(function["name"], schema_field(schema, f"tools[{index}]")))
    choice = body.get("tool_choice")
    if choice is None:
        return tuple(parsed), "auto" if parsed else "none"
    if not parsed:
        raise invalid(
            "Invalid value for 'tool_choice': 'tool_choice' is only allowed when 'tools' "
            "are specified.",
            "tool_choice",
        )
    if isinstance(choice, dict):
        name = (choice.get("function") or {}).get("name")
        if name not in {tool.name for tool in parsed}:
            raise invalid(f"tool_choice: no tool named {name!r}", "tool_choice")
        return tuple(parsed), str(name)
    if choice not in ("none", "auto", "required"):
        raise invalid(f"tool_choice: unknown value {choice!r}", "tool_choice")
    return tuple(parsed), str(choice)


def _response_format(
    body: dict[str, Any], messages: tuple[SimMessage, ...]
) -> tuple[bool, dict[str, Any] | None]:
    fmt = body.get("response_format")
    if fmt is None:
        return False, None
    kind = fmt.get("type") if isinstance(fmt, dict) else None
    if kind == "text":
        return False, None
    if kind == "json_object":
        if not any("json" in message.text.lower() for message in messages):
            raise invalid(
                "'messages' must contain the word 'json' in some form, to use "
                "'response_format' of type 'json_object'.",
                "messages",
            )
        return True, None
    if kind == "json_schema":
        spec = fmt.get("json_schema")
        if not isinstance(spec, dict) or not isinstance(spec.get("name"), str):
            raise invalid(
                "Missing required parameter: 'response_format.json_schema.name'.",
                "response_format.json_schema.name",
            )
        schema = spec.get("schema") or {"type": "object"}
        return False, schema_field(schema, "response_format.json_schema.schema")
    raise invalid(f"response_format.type: unknown value {kind!r}", "response_format.type")


class OpenAIWire:
    name = "openai"
    id_prefix = "chatcmpl-"
    tool_id_prefix = "call_"

    def check_headers(self, headers: Mapping[str, str], require_api_key: bool) -> None:
        if not require_api_key:
            return
        scheme, _, key = headers.get("authorization", "").partition(" ")
        if scheme.lower() != "bearer" or not key.strip():
            raise WireError(
                ErrorKind.AUTHENTICATION,
                "You didn't provide an API key. You need to provide your API key in an "
                "Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
            )

    def parse(self, body: Any) -> SimRequest:
        if not isinstance(body, dict):
            raise invalid("The request body must be a JSON object.")
        model = body.get("model")
        if not isinstance(model, str) or not model:
            raise invalid("you must provide a model parameter", "model")
        raw_messages = body.get("messages")
        if not isinstance(raw_messages, list) or not raw_messages:
            raise invalid("[] is too short - 'messages'", "messages")
        if body.get("stream"):
            raise invalid("stream: streaming is not simulated", "stream")
        if body.get("n", 1) != 1:
            raise invalid("n: only 1 is simulated", "n")
        messages = tuple(_message(i, m) for i, m in enumerate(raw_messages))
        max_completion = integer_field(body, "max_completion_tokens", 1)
        json_mode, json_schema = _response_format(body, messages)
        tools, tool_choice = _tools(body)
        return SimRequest(
            model=model,
            messages=messages,
            max_tokens=max_completion or integer_field(body, "max_tokens", 1),
            temperature=number_field(body, "temperature", 0, 2),
            top_p=number_field(body, "top_p", 0, 1),
            seed=integer_field(body, "seed", -(2**63)),
            stop=string_list_field(body, "stop", 4),
            json_mode=json_mode,
            json_schema=json_schema,
            tools=tools,
            tool_choice=tool_choice,
            protocol=self.name,
        )

    def answer_body(
        self, request: SimRequest, answer: SimAnswer, call_id: str, created: int
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "role": "assistant",
            "content": None if answer.tool_calls else answer.text,
            "refusal": None,
        }
        if answer.tool_calls:
            message["tool_calls"] = [
                {
                    "id": call.id,
                    "type": "function",
                    "function": {"name": call.name, "arguments": call.arguments_json()},
                }
                for call in answer.tool_calls
            ]
        return {
            "id": call_id,
            "object": "chat.completion",
            "created": created,
            "model": request.model,
            "system_fingerprint": "fp_simulator",
            "choices": [
                {"index": 0, "message": message, "logprobs": None, "finish_reason": answer.finish}
            ],
            "usage": {
                "prompt_tokens": answer.prompt_tokens,
                "completion_tokens": answer.completion_tokens,
                "total_tokens": answer.prompt_tokens + answer.completion_tokens,
            },
        }

    def error(self, error: WireError) -> tuple[int, dict[str, Any]]:
        kind, code = TYPE_AND_CODE[error.kind]
        body = {
            "error": {"message": error.message, "type": kind, "param": error.param, "code": code}
        }
        return STATUS[error.kind], body

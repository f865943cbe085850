"""OpenAI-compatible chat completions: OpenAI itself, vLLM, Ollama, llama.cpp (by base URL).

``base_url`` includes the version prefix (``https://api.openai.com/v1``,
``http://localhost:11434/v1``); the request goes to ``{base_url}/chat/completions``.
The output limit is sent as ``max_tokens``, which every compatible server understands.
"""

from __future__ import annotations

import json
import re
from typing import Any

import httpx

from llmstream.config import ProviderConfig

from .base import (
    ChatCall,
    ChatResult,
    FinishReason,
    Message,
    ToolCall,
    ToolChoice,
    ToolDefinition,
)
from .errors import InvalidResponseBody
from .json_http import JsonHttpClient, client_request_id_header

FINISH_REASONS: dict[str, FinishReason] = {
    "stop": "stop",
    "length": "length",
    "tool_calls": "tool_calls",
    "function_call": "tool_calls",
    "content_filter": "content_filter",
}


def error_detail(body: Any) -> tuple[str | None, str | None]:
    """``{"error": {"message", "type", "param", "code"}}``."""
    error = body["error"]
    if isinstance(error, str):  # some compatible servers answer {"error": "text"}
        return error, None
    code = error.get("code") or error.get("type")
    return error.get("message"), str(code) if code is not None else None


def schema_name(schema: dict[str, Any]) -> str:
    """OpenAI wants a name matching ``^[a-zA-Z0-9_-]{1,64}$``: the schema's title, cleaned."""
    title = schema.get("title")
    name = re.sub(r"[^a-zA-Z0-9_-]", "_", title)[:64] if isinstance(title, str) else ""
    return name or "response"


def tool_to_wire(tool: ToolDefinition) -> dict[str, Any]:
    function: dict[str, Any] = {
        "name": tool["name"],
        "parameters": tool.get("parameters") or {"type": "object", "properties": {}},
    }
    if "description" in tool:
        function["description"] = tool["description"]
    return {"type": "function", "function": function}


def message_to_wire(message: Message) -> dict[str, Any]:
    """Assistant tool calls travel as ``tool_calls``; a tool's result names its call."""
    wire: dict[str, Any] = {"role": message.role, "content": message.content}
    if message.tool_calls:
        wire["content"] = message.content or None
        wire["tool_calls"] = [
            {
                "id": call.id,
                "type": "function",
                "function": {"name": call.name, "arguments": call.arguments},
            }
            for call in message.tool_calls
        ]
    if message.tool_call_id is not None:
        wire["tool_call_id"] = message.tool_call_id
    return wire


def tool_choice_to_wire(choice: ToolChoice) -> str | dict[str, Any]:
    if choice in ("auto", "none", "required"):
        return choice
    return {"type": "function", "function": {"name": choice}}


def request_body(call: ChatCall) -> dict[str, Any]:
    body: dict[str, Any] = {
        "model": call.model,
        "messages": [message_to_wire(m) for m in call.messages],
    }
    optional = {
        "temperature": call.temperature,
        "max_tokens": call.max_tokens,
        "top_p": call.top_p,
        "stop": call.stop,
        "seed": call.seed,
    }
    body.update({key: value for key, value in optional.items() if value is not None})
    if call.response_format == "json_object":
        body["response_format"] = {"type": "json_object"}
    elif isinstance(call.response_format, dict):
        body["response_format"] = {
            "type": "json_schema",
            "json_schema": {
                "name": schema_name(call.response_format),
                "schema": call.response_format,
            },
        }
    if call.tools:
        body["tools"] = [tool_to_wire(tool) for tool in call.tools]
        if call.tool_choice is not None:
            body["tool_choice"] = tool_choice_to_wire(call.tool_choice)
    return body


def _tool_calls(message: dict[str, Any]) -> tuple[ToolCall, ...]:
    calls = []
    for item in message.get("tool_calls") or ():
        function = item["function"]
        arguments = function.get("arguments")
        calls.append(
            ToolCall(
                id=str(item.get("id") or ""),
                name=str(function["name"]),
                arguments=arguments if isinstance(arguments, str) else json.dumps(arguments),
            )
        )
    return tuple(calls)


def parse_result(body: Any, latency_ms: float) -> ChatResult:
    try:
        choice = body["choices"][0]
        message = choice["message"]
        content = message.get("content")
        if content is not None and not isinstance(content, str):
            raise TypeError("message.content is not a string")
        tool_calls = _tool_calls(message)
        usage = body.get("usage") or {}
        finish = choice.get("finish_reason")
        return ChatResult(
            content=content or "",
            finish_reason=FINISH_REASONS.get(finish or "", "tool_calls" if tool_calls else "stop"),
            tool_calls=tool_calls,
            prompt_tokens=int(usage.get("prompt_tokens") or 0),
            completion_tokens=int(usage.get("completion_tokens") or 0),
            model=str(body.get("model") or ""),
            latency_ms=latency_ms,
        )
    except (KeyError, IndexError, TypeError, AttributeError, ValueError) as error:
        raise InvalidResponseBody(
            f"not a chat completion: {type(error).__name__}: {error}", status_code=200
        ) from None


class OpenAIProvider:
    """One OpenAI-compatible endpoint; ``Authorization: Bearer`` when a key is configured."""

    def __init__(
        self, config: ProviderConfig, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        headers = dict(config.headers)
        api_key = config.api_key()
        if api_key:
            headers["authorization"] = f"Bearer {api_key}"
        self._timeout_s = config.timeout_s
        self._http = JsonHttpClient(config.base_url, headers, error_detail, transport)

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    async def complete(self, call: ChatCall, timeout_s: float) -> ChatResult:
        answer = await self._http.post(
            "chat/completions",
            request_body(call),
            timeout_s,
            client_request_id_header(call.client_request_id),
        )
        return parse_result(answer.body, answer.latency_ms)

    async def aclose(self) -> None:
        await self._http.aclose()

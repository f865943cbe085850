"""Anthropic Messages API (``POST {base_url}/v1/messages``).

Quirks this connector owns: system prompts are lifted out of the messages into ``system``;
``max_tokens`` is mandatory; there is no ``seed``. JSON output (``json_object`` or a JSON
Schema) goes through the documented route: one tool whose ``input_schema`` is the schema,
forced with ``tool_choice``; its input becomes the answer's content. When the caller's own
tools are offered too, the model must use a tool (``any``): one of the caller's, or the
answer tool. An assistant's tool calls are ``tool_use`` blocks; a tool's result is a
``tool_result`` block in a user turn (consecutive results share one turn). ``tool_choice``
``required`` is Anthropic's ``any``.
"""

from __future__ import annotations

import json
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

ANTHROPIC_VERSION = "2023-06-01"
DEFAULT_MAX_TOKENS = 1024
ANSWER_TOOL = "json_answer"  # the forced tool that carries JSON output

STOP_REASONS: dict[str, FinishReason] = {
    "end_turn": "stop",
    "stop_sequence": "stop",
    "pause_turn": "stop",
    "max_tokens": "length",
    "model_context_window_exceeded": "length",
    "tool_use": "tool_calls",
    "refusal": "content_filter",
}


def error_detail(body: Any) -> tuple[str | None, str | None]:
    """``{"type": "error", "error": {"type", "message"}}``."""
    error = body["error"]
    return error.get("message"), error.get("type")


def tool_to_wire(tool: ToolDefinition) -> dict[str, Any]:
    wire: dict[str, Any] = {
        "name": tool["name"],
        "input_schema": tool.get("parameters") or {"type": "object", "properties": {}},
    }
    if "description" in tool:
        wire["description"] = tool["description"]
    return wire


def answer_tool(call: ChatCall) -> dict[str, Any]:
    schema = call.response_format if isinstance(call.response_format, dict) else None
    return {
        "name": ANSWER_TOOL,
        "description": "Give the answer as JSON with this tool.",
        "input_schema": schema or {"type": "object"},
    }


def _arguments(call: ToolCall) -> Any:
    """``tool_use.input`` is an object; arguments that are not JSON travel as a string."""
    try:
        decoded = json.loads(call.arguments)
    except ValueError:
        return {"arguments": call.arguments}
    return decoded if isinstance(decoded, dict) else {"arguments": decoded}


def _content_blocks(message: Message) -> list[dict[str, Any]]:
    blocks: list[dict[str, Any]] = []
    if message.content:
        blocks.append({"type": "text", "text": message.content})
    blocks.extend(
        {"type": "tool_use", "id": call.id, "name": call.name, "input": _arguments(call)}
        for call in message.tool_calls
    )
    return blocks


def messages_to_wire(messages: list[Message]) -> list[dict[str, Any]]:
    """Everything but system messages, with tool calls and results as content blocks."""
    wire: list[dict[str, Any]] = []
    for message in messages:
        if message.role == "system":
            continue
        if message.role == "tool":
            result = {
                "type": "tool_result",
                "tool_use_id": message.tool_call_id or "",
                "content": message.content,
            }
            previous = wire[-1] if wire else None
            if (
                previous is not None
                and previous["role"] == "user"
                and isinstance(previous["content"], list)
                and all(block["type"] == "tool_result" for block in previous["content"])
            ):
                previous["content"].append(result)
            else:
                wire.append({"role": "user", "content": [result]})
        elif message.tool_calls:
            wire.append({"role": message.role, "content": _content_blocks(message)})
        else:
            wire.append({"role": message.role, "content": message.content})
    return wire


def tool_choice_to_wire(choice: ToolChoice) -> dict[str, Any]:
    if choice in ("auto", "none"):
        return {"type": choice}
    if choice == "required":
        return {"type": "any"}
    return {"type": "tool", "name": choice}


def tools_and_choice(call: ChatCall) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The ``tools`` and ``tool_choice`` to send, the JSON answer tool included if needed."""
    tools = [tool_to_wire(tool) for tool in call.tools or ()]
    choice = call.tool_choice
    if call.response_format is None:
        return tools, tool_choice_to_wire(choice) if tools and choice is not None else None
    if not tools or choice == "none":
        return [*tools, answer_tool(call)], {"type": "tool", "name": ANSWER_TOOL}
    if choice in (None, "auto"):
        return [*tools, answer_tool(call)], {"type": "any"}
    return tools, tool_choice_to_wire(choice)  # a tool must be called: the answer is its call


def request_body(call: ChatCall) -> dict[str, Any]:
    system = [m.content for m in call.messages if m.role == "system"]
    body: dict[str, Any] = {
        "model": call.model,
        "max_tokens": call.max_tokens if call.max_tokens is not None else DEFAULT_MAX_TOKENS,
        "messages": messages_to_wire(call.messages),
    }
    if system:
        body["system"] = "\n\n".join(system)
    optional = {"temperature": call.temperature, "top_p": call.top_p, "stop_sequences": call.stop}
    body.update({key: value for key, value in optional.items() if value is not None})
    tools, choice = tools_and_choice(call)
    if tools:
        body["tools"] = tools
    if choice is not None:
        body["tool_choice"] = choice
    return body


def parse_result(body: Any, latency_ms: float, json_answer: bool) -> ChatResult:
    try:
        if body.get("type") != "message":
            raise TypeError(f"type is {body.get('type')!r}, not 'message'")
        texts: list[str] = []
        calls: list[ToolCall] = []
        answered_as_json = False
        for block in body["content"]:
            if block["type"] == "text":
                texts.append(str(block["text"]))
            elif block["type"] == "tool_use" and json_answer and block["name"] == ANSWER_TOOL:
                texts = [json.dumps(block["input"], ensure_ascii=False)]
                answered_as_json = True
            elif block["type"] == "tool_use":
                calls.append(
                    ToolCall(
                        id=str(block["id"]),
                        name=str(block["name"]),
                        arguments=json.dumps(block["input"], ensure_ascii=False),
                    )
                )
        usage = body["usage"]
        prompt_tokens = sum(
            int(usage.get(key) or 0)
            for key in ("input_tokens", "cache_creation_input_tokens", "cache_read_input_tokens")
        )
        finish = STOP_REASONS.get(body.get("stop_reason") or "", "stop")
        if answered_as_json and finish == "tool_calls" and not calls:
            finish = "stop"
        return ChatResult(
            content="".join(texts),
            finish_reason=finish,
            tool_calls=tuple(calls),
            prompt_tokens=prompt_tokens,
            completion_tokens=int(usage.get("output_tokens") or 0),
            model=str(body.get("model") or ""),
            latency_ms=latency_ms,
        )
    except (KeyError, TypeError, AttributeError, ValueError) as error:
        raise InvalidResponseBody(
            f"not a Messages API answer: {type(error).__name__}: {error}", status_code=200
        ) from None


class AnthropicProvider:
    """One Messages API endpoint; ``x-api-key`` when a key is configured."""

    def __init__(
        self, config: ProviderConfig, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        headers = {"anthropic-version": ANTHROPIC_VERSION, **config.headers}
        api_key = config.api_key()
        if api_key:
            headers["x-api-key"] = api_key
        self._timeout_s = config.timeout_s
        self._http = JsonHttpClient(config.base_url, headers, error_detail, transport)

    @property
    def timeout_s(self) -> float:
        return self._timeout_s

    async def complete(self, call: ChatCall, timeout_s: float) -> ChatResult:
        answer = await self._http.post(
            "v1/messages",
            request_body(call),
            timeout_s,
            client_request_id_header(call.client_request_id),
        )
        return parse_result(answer.body, answer.latency_ms, call.response_format is not None)

    async def aclose(self) -> None:
        await self._http.aclose()

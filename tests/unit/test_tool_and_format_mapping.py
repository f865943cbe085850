"""Tool use and structured output, mapped to each protocol and back (httpx.MockTransport)."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from llmstream.config import ProviderConfig
from llmstream.connectors.providers import ChatCall, ToolDefinition, build_provider
from llmstream.connectors.providers.anthropic import ANSWER_TOOL
from llmstream.events import Message, ToolCall

OPENAI = ProviderConfig(kind="openai", base_url="http://provider.test/v1")
ANTHROPIC = ProviderConfig(kind="anthropic", base_url="http://provider.test")

WEATHER: ToolDefinition = {
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {
        "type": "object",
        "properties": {"city": {"type": "string"}},
        "required": ["city"],
    },
}
TIME: ToolDefinition = {"name": "get_time"}
SCHEMA = {
    "title": "City facts",
    "type": "object",
    "properties": {"population": {"type": "integer"}},
    "required": ["population"],
}
CONVERSATION = [
    Message("system", "Use tools."),
    Message("user", "Weather in Oslo and Rome?"),
    Message(
        "assistant",
        "Checking.",
        tool_calls=[
            ToolCall("call_1", "get_weather", '{"city": "Oslo"}'),
            ToolCall("call_2", "get_weather", '{"city": "Rome"}'),
        ],
    ),
    Message("tool", "-3 C", tool_call_id="call_1"),
    Message("tool", "18 C", tool_call_id="call_2"),
]

OPENAI_TOOL_ANSWER = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {
            "index": 0,
            "message": {
                "role": "assistant",
                "content": None,
                "tool_calls": [
                    {
                        "id": "call_9",
                        "type": "function",
                        "function": {"name": "get_weather", "arguments": '{"city":"Oslo"}'},
                    }
                ],
            },
            "finish_reason": "tool_calls",
        }
    ],
    "usage": {"prompt_tokens": 20, "completion_tokens": 7, "total_tokens": 27},
}


def anthropic_answer(content: list[dict[str, Any]], stop_reason: str) -> dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-x",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 30, "output_tokens": 9},
    }


class Capture:
    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.answer)

    @property
    def body(self) -> Any:
        return json.loads(self.requests[-1].content)


async def sent(config: ProviderConfig, call: ChatCall, answer: dict[str, Any]) -> Capture:
    capture = Capture(answer)
    chat = build_provider(config, httpx.MockTransport(capture))
    await chat.complete(call, timeout_s=5)
    await chat.aclose()
    return capture


# --- OpenAI ---------------------------------------------------------------------------


async def test_openai_sends_a_conversation_with_tool_calls_and_results() -> None:
    call = ChatCall(model="m", messages=CONVERSATION, tools=[WEATHER], tool_choice="auto")
    body = (await sent(OPENAI, call, OPENAI_TOOL_ANSWER)).body
    assert body["messages"] == [
        {"role": "system", "content": "Use tools."},
        {"role": "user", "content": "Weather in Oslo and Rome?"},
        {
            "role": "assistant",
            "content": "Checking.",
            "tool_calls": [
                {
                    "id": "call_1",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'},
                },
                {
                    "id": "call_2",
                    "type": "function",
                    "function": {"name": "get_weather", "arguments": '{"city": "Rome"}'},
                },
            ],
        },
        {"role": "tool", "content": "-3 C", "tool_call_id": "call_1"},
        {"role": "tool", "content": "18 C", "tool_call_id": "call_2"},
    ]
    assert body["tool_choice"] == "auto"


@pytest.mark.parametrize(
    ("choice", "wire"),
    [
        ("auto", "auto"),
        ("none", "none"),
        ("required", "required"),
        ("get_time", {"type": "function", "function": {"name": "get_time"}}),
    ],
)
async def test_openai_tool_choice(choice: str, wire: Any) -> None:
    call = ChatCall(
        model="m", messages=[Message("user", "hi")], tools=[WEATHER, TIME], tool_choice=choice
    )
    body = (await sent(OPENAI, call, OPENAI_TOOL_ANSWER)).body
    assert body["tool_choice"] == wire
    assert body["tools"][1] == {
        "type": "function",
        "function": {"name": "get_time", "parameters": {"type": "object", "properties": {}}},
    }


async def test_openai_without_tools_sends_no_tool_choice() -> None:
    call = ChatCall(model="m", messages=[Message("user", "hi")], tool_choice="auto")
    body = (await sent(OPENAI, call, OPENAI_TOOL_ANSWER)).body
    assert "tools" not in body and "tool_choice" not in body


async def test_openai_assistant_message_with_only_tool_calls_has_null_content() -> None:
    messages = [
        Message("user", "hi"),
        Message("assistant", "", tool_calls=[ToolCall("c", "get_time", "{}")]),
        Message("tool", "noon", tool_call_id="c"),
    ]
    body = (await sent(OPENAI, ChatCall(model="m", messages=messages), OPENAI_TOOL_ANSWER)).body
    assert body["messages"][1]["content"] is None


async def test_openai_tool_call_answer_maps_back() -> None:
    call = ChatCall(model="m", messages=[Message("user", "hi")], tools=[WEATHER])
    chat = build_provider(OPENAI, httpx.MockTransport(Capture(OPENAI_TOOL_ANSWER)))
    result = await chat.complete(call, 5)
    assert result.finish_reason == "tool_calls" and result.content == ""
    assert result.tool_calls == (ToolCall("call_9", "get_weather", '{"city":"Oslo"}'),)
    assert (result.prompt_tokens, result.completion_tokens) == (20, 7)


async def test_client_request_id_travels_as_a_header() -> None:
    call = ChatCall(model="m", messages=[Message("user", "hi")], client_request_id="req-42")
    for config, answer in (
        (OPENAI, OPENAI_TOOL_ANSWER),
        (ANTHROPIC, anthropic_answer([{"type": "text", "text": "x"}], "end_turn")),
    ):
        request = (await sent(config, call, answer)).requests[0]
        assert request.headers["x-client-request-id"] == "req-42"


async def test_a_request_id_that_is_no_valid_header_value_is_not_sent() -> None:
    call = ChatCall(model="m", messages=[Message("user", "hi")], client_request_id="é\n")
    request = (await sent(OPENAI, call, OPENAI_TOOL_ANSWER)).requests[0]
    assert "x-client-request-id" not in request.headers


# --- Anthropic ------------------------------------------------------------------------


async def test_anthropic_sends_tool_use_blocks_and_one_turn_of_tool_results() -> None:
    call = ChatCall(model="m", messages=CONVERSATION, tools=[WEATHER], tool_choice="auto")
    answer = anthropic_answer([{"type": "text", "text": "Cold, warm."}], "end_turn")
    body = (await sent(ANTHROPIC, call, answer)).body
    assert body["system"] == "Use tools."
    assert body["messages"] == [
        {"role": "user", "content": "Weather in Oslo and Rome?"},
        {
            "role": "assistant",
            "content": [
                {"type": "text", "text": "Checking."},
                {"type": "tool_use", "id": "call_1", "name": "get_weather",
                 "input": {"city": "Oslo"}},
                {"type": "tool_use", "id": "call_2", "name": "get_weather",
                 "input": {"city": "Rome"}},
            ],
        },
        {
            "role": "user",
            "content": [
                {"type": "tool_result", "tool_use_id": "call_1", "content": "-3 C"},
                {"type": "tool_result", "tool_use_id": "call_2", "content": "18 C"},
            ],
        },
    ]
    assert body["tools"] == [
        {
            "name": "get_weather",
            "description": "Weather for a city",
            "input_schema": WEATHER["parameters"],
        }
    ]
    assert body["tool_choice"] == {"type": "auto"}


@pytest.mark.parametrize(
    ("choice", "wire"),
    [
        ("auto", {"type": "auto"}),
        ("none", {"type": "none"}),
        ("required", {"type": "any"}),
        ("get_time", {"type": "tool", "name": "get_time"}),
    ],
)
async def test_anthropic_tool_choice(choice: str, wire: dict[str, Any]) -> None:
    call = ChatCall(
        model="m", messages=[Message("user", "hi")], tools=[WEATHER, TIME], tool_choice=choice
    )
    answer = anthropic_answer([{"type": "text", "text": "x"}], "end_turn")
    assert (await sent(ANTHROPIC, call, answer)).body["tool_choice"] == wire


async def test_anthropic_tool_use_answer_maps_back() -> None:
    answer = anthropic_answer(
        [
            {"type": "text", "text": "Let me look."},
            {"type": "tool_use", "id": "toolu_1", "name": "get_weather",
             "input": {"city": "Oslo"}},
        ],
        "tool_use",
    )
    call = ChatCall(model="m", messages=[Message("user", "hi")], tools=[WEATHER])
    chat = build_provider(ANTHROPIC, httpx.MockTransport(Capture(answer)))
    result = await chat.complete(call, 5)
    assert result.finish_reason == "tool_calls" and result.content == "Let me look."
    (tool_call,) = result.tool_calls
    assert (tool_call.id, tool_call.name) == ("toolu_1", "get_weather")
    assert tool_call.parsed_arguments() == {"city": "Oslo"}


async def test_anthropic_json_schema_with_tools_lets_the_model_pick_a_tool_or_answer() -> None:
    call = ChatCall(
        model="m", messages=[Message("user", "hi")], tools=[WEATHER], response_format=SCHEMA
    )
    answer = anthropic_answer(
        [{"type": "tool_use", "id": "t", "name": ANSWER_TOOL, "input": {"population": 5}}],
        "tool_use",
    )
    capture = Capture(answer)
    chat = build_provider(ANTHROPIC, httpx.MockTransport(capture))
    result = await chat.complete(call, 5)
    assert [tool["name"] for tool in capture.body["tools"]] == ["get_weather", ANSWER_TOOL]
    assert capture.body["tools"][1]["input_schema"] == SCHEMA
    assert capture.body["tool_choice"] == {"type": "any"}
    assert json.loads(result.content) == {"population": 5}
    assert result.finish_reason == "stop" and result.tool_calls == ()


async def test_anthropic_json_with_a_required_tool_offers_no_answer_tool() -> None:
    call = ChatCall(
        model="m",
        messages=[Message("user", "hi")],
        tools=[WEATHER],
        tool_choice="required",
        response_format="json_object",
    )
    answer = anthropic_answer([{"type": "text", "text": "x"}], "end_turn")
    body = (await sent(ANTHROPIC, call, answer)).body
    assert [tool["name"] for tool in body["tools"]] == ["get_weather"]
    assert body["tool_choice"] == {"type": "any"}


async def test_anthropic_json_with_tool_choice_none_forces_the_answer_tool() -> None:
    call = ChatCall(
        model="m",
        messages=[Message("user", "hi")],
        tools=[WEATHER],
        tool_choice="none",
        response_format="json_object",
    )
    answer = anthropic_answer([{"type": "text", "text": "x"}], "end_turn")
    body = (await sent(ANTHROPIC, call, answer)).body
    assert body["tool_choice"] == {"type": "tool", "name": ANSWER_TOOL}
    assert body["tools"][-1]["input_schema"] == {"type": "object"}


async def test_anthropic_tool_arguments_that_are_not_an_object_are_wrapped() -> None:
    messages = [
        Message("user", "hi"),
        Message("assistant", "", tool_calls=[ToolCall("c", "get_time", "not json")]),
        Message("tool", "noon", tool_call_id="c"),
    ]
    answer = anthropic_answer([{"type": "text", "text": "x"}], "end_turn")
    body = (await sent(ANTHROPIC, ChatCall(model="m", messages=messages), answer)).body
    assert body["messages"][1]["content"] == [
        {"type": "tool_use", "id": "c", "name": "get_time", "input": {"arguments": "not json"}}
    ]

"""The simulated wire protocols: request checks, answer and error shapes."""

from __future__ import annotations

from typing import Any

import pytest

from llmstream.connectors.simulator.answer import answer
from llmstream.connectors.simulator.anthropic_wire import AnthropicWire
from llmstream.connectors.simulator.openai_wire import OpenAIWire
from llmstream.connectors.simulator.wire_error import ErrorKind, WireError

OPENAI = OpenAIWire()
ANTHROPIC = AnthropicWire()
USER = [{"role": "user", "content": "Hello"}]


def openai_error(body: Any) -> WireError:
    with pytest.raises(WireError) as caught:
        OPENAI.parse(body)
    return caught.value


def anthropic_error(body: Any) -> WireError:
    with pytest.raises(WireError) as caught:
        ANTHROPIC.parse(body)
    return caught.value


def test_openai_parses_a_full_request() -> None:
    request = OPENAI.parse(
        {
            "model": "m",
            "messages": [
                {"role": "developer", "content": "Rules"},
                {
                    "role": "user",
                    "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}],
                },
            ],
            "temperature": 1.5,
            "max_completion_tokens": 20,
            "top_p": 0.5,
            "stop": "END",
            "seed": 3,
            "n": 1,
            "response_format": {
                "type": "json_schema",
                "json_schema": {"name": "x", "schema": {"type": "object"}},
            },
        }
    )
    assert [(m.role, m.text) for m in request.messages] == [("system", "Rules"), ("user", "ab")]
    assert (request.temperature, request.max_tokens, request.top_p, request.seed) == (
        1.5,
        20,
        0.5,
        3,
    )
    assert request.stop == ("END",)
    assert request.json_schema == {"type": "object"}


@pytest.mark.parametrize(
    ("body", "param"),
    [
        ({"messages": USER}, "model"),
        ({"model": "m"}, "messages"),
        ({"model": "m", "messages": []}, "messages"),
        ({"model": "m", "messages": [{"role": "robot", "content": "x"}]}, "messages[0]"),
        ({"model": "m", "messages": [{"role": "user", "content": 5}]}, "messages[0].content"),
        ({"model": "m", "messages": USER, "temperature": 3}, "temperature"),
        ({"model": "m", "messages": USER, "top_p": -1}, "top_p"),
        ({"model": "m", "messages": USER, "max_tokens": 0}, "max_tokens"),
        ({"model": "m", "messages": USER, "stop": ["a", "b", "c", "d", "e"]}, "stop"),
        ({"model": "m", "messages": USER, "n": 2}, "n"),
        ({"model": "m", "messages": USER, "response_format": {"type": "json_object"}}, "messages"),
        (
            {
                "model": "m",
                "messages": USER,
                "response_format": {"type": "json_schema", "json_schema": {}},
            },
            "response_format.json_schema.name",
        ),
        ({"model": "m", "messages": USER, "tool_choice": "auto"}, "tool_choice"),
        (
            {"model": "m", "messages": [{"role": "tool", "content": "x"}]},
            "messages[0].tool_call_id",
        ),
    ],
)
def test_openai_rejects_invalid_requests(body: dict[str, Any], param: str) -> None:
    error = openai_error(body)
    assert error.kind is ErrorKind.INVALID_REQUEST
    assert error.param == param


def test_openai_json_object_mode_needs_the_word_json() -> None:
    body: dict[str, Any] = {
        "model": "m",
        "messages": [{"role": "user", "content": "Answer in JSON"}],
    }
    body["response_format"] = {"type": "json_object"}
    assert OPENAI.parse(body).json_mode


def test_openai_answer_and_error_shapes() -> None:
    request = OPENAI.parse({"model": "m", "messages": USER})
    body = OPENAI.answer_body(request, answer(request, "call_1"), "chatcmpl-1", 123)
    assert body["object"] == "chat.completion" and body["id"] == "chatcmpl-1"
    assert body["choices"][0]["message"]["role"] == "assistant"
    usage = body["usage"]
    assert usage["total_tokens"] == usage["prompt_tokens"] + usage["completion_tokens"]
    status, error = OPENAI.error(WireError(ErrorKind.RATE_LIMIT, "slow"))
    assert status == 429
    assert error == {
        "error": {
            "message": "slow",
            "type": "requests",
            "param": None,
            "code": "rate_limit_exceeded",
        }
    }
    assert OPENAI.error(WireError(ErrorKind.OVERLOADED, "x"))[0] == 503


def test_openai_tool_call_answer() -> None:
    tools = [{"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}]
    request = OPENAI.parse(
        {"model": "m", "messages": USER, "tools": tools, "tool_choice": "required"}
    )
    body = OPENAI.answer_body(request, answer(request, "call_1"), "chatcmpl-1", 123)
    choice = body["choices"][0]
    assert choice["finish_reason"] == "tool_calls"
    assert choice["message"]["content"] is None
    assert choice["message"]["tool_calls"][0]["function"]["name"] == "f"


def test_openai_api_key_check() -> None:
    OPENAI.check_headers({}, require_api_key=False)
    OPENAI.check_headers({"authorization": "Bearer k"}, require_api_key=True)
    with pytest.raises(WireError) as caught:
        OPENAI.check_headers({"authorization": "Bearer "}, require_api_key=True)
    assert OPENAI.error(caught.value)[0] == 401


def test_anthropic_parses_a_full_request() -> None:
    request = ANTHROPIC.parse(
        {
            "model": "c",
            "max_tokens": 10,
            "system": [{"type": "text", "text": "Rules"}],
            "messages": [
                {"role": "user", "content": "q"},
                {
                    "role": "assistant",
                    "content": [{"type": "tool_use", "id": "t", "name": "f", "input": {}}],
                },
                {
                    "role": "user",
                    "content": [{"type": "tool_result", "tool_use_id": "t", "content": "42"}],
                },
            ],
            "temperature": 0.7,
            "stop_sequences": ["X", "Y"],
            "tools": [{"name": "f", "input_schema": {"type": "object"}}],
        }
    )
    assert [m.role for m in request.messages] == ["system", "user", "assistant", "user"]
    assert request.messages[0].text == "Rules"
    assert request.messages[-1].is_tool_result and request.messages[-1].text == "42"
    assert (request.max_tokens, request.temperature, request.stop) == (10, 0.7, ("X", "Y"))
    assert request.tool_choice == "auto"


@pytest.mark.parametrize(
    ("body", "fragment"),
    [
        ({"model": "c", "messages": USER}, "max_tokens"),
        ({"max_tokens": 5, "messages": USER}, "model"),
        ({"model": "c", "max_tokens": 5, "messages": []}, "messages"),
        ({"model": "c", "max_tokens": 5, "messages": [{"role": "system", "content": "x"}]}, "role"),
        ({"model": "c", "max_tokens": 5, "messages": USER, "temperature": 1.5}, "temperature"),
        (
            {"model": "c", "max_tokens": 5, "messages": USER, "tools": [{"name": "f"}]},
            "input_schema",
        ),
        (
            {
                "model": "c",
                "max_tokens": 5,
                "messages": USER,
                "tools": [],
                "tool_choice": {"type": "tool", "name": "g"},
            },
            "tool_choice",
        ),
    ],
)
def test_anthropic_rejects_invalid_requests(body: dict[str, Any], fragment: str) -> None:
    error = anthropic_error(body)
    assert error.kind is ErrorKind.INVALID_REQUEST
    assert fragment in error.message


def test_anthropic_needs_the_version_header() -> None:
    with pytest.raises(WireError):
        ANTHROPIC.check_headers({}, require_api_key=False)
    ANTHROPIC.check_headers({"anthropic-version": "2023-06-01"}, require_api_key=False)
    with pytest.raises(WireError) as caught:
        ANTHROPIC.check_headers({"anthropic-version": "2023-06-01"}, require_api_key=True)
    assert ANTHROPIC.error(caught.value)[0] == 401


def test_anthropic_answer_and_error_shapes() -> None:
    request = ANTHROPIC.parse({"model": "c", "max_tokens": 2, "messages": USER})
    body = ANTHROPIC.answer_body(request, answer(request, "toolu_1"), "msg_1", 123)
    assert body["type"] == "message" and body["role"] == "assistant"
    assert body["stop_reason"] == "max_tokens" and body["stop_sequence"] is None
    assert body["usage"]["output_tokens"] == 2
    assert body["content"][0]["type"] == "text"
    for kind, status, name in [
        (ErrorKind.RATE_LIMIT, 429, "rate_limit_error"),
        (ErrorKind.OVERLOADED, 529, "overloaded_error"),
        (ErrorKind.SERVER_ERROR, 500, "api_error"),
        (ErrorKind.INVALID_REQUEST, 400, "invalid_request_error"),
    ]:
        assert ANTHROPIC.error(WireError(kind, "m")) == (
            status,
            {"type": "error", "error": {"type": name, "message": "m"}},
        )


def test_anthropic_forced_tool_answers_with_tool_use() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
    request = ANTHROPIC.parse(
        {
            "model": "c",
            "max_tokens": 100,
            "messages": USER,
            "tools": [{"name": "json_answer", "input_schema": schema}],
            "tool_choice": {"type": "tool", "name": "json_answer"},
        }
    )
    body = ANTHROPIC.answer_body(request, answer(request, "toolu_1"), "msg_1", 123)
    (block,) = body["content"]
    assert block["type"] == "tool_use" and isinstance(block["input"]["a"], int)
    assert body["stop_reason"] == "tool_use"

"""A request's response format, tools and tool choice: JSON form, event, checks."""

from __future__ import annotations

import json
from typing import Any

import pytest

from llmstream.client import InvalidRequest, request_from_json
from llmstream.connectors.avro import serde
from llmstream.errors import RequestRejected, Status
from llmstream.events import Message, Request, Response, ToolCall, ToolSpec
from llmstream.structured_request import structured_call

SCHEMA = {"type": "object", "properties": {"n": {"type": "integer"}}, "required": ["n"]}
WEATHER = {
    "name": "get_weather",
    "description": "Weather for a city",
    "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
}


def doc(**fields: Any) -> dict[str, Any]:
    return {"request_id": "r1", "messages": [{"role": "user", "content": "hi"}], **fields}


def test_json_form_round_trips_through_the_avro_event() -> None:
    request = request_from_json(
        doc(
            response_format={"type": "json_schema", "schema": SCHEMA},
            tools=[WEATHER, {"name": "get_time"}],
            tool_choice="get_weather",
            messages=[
                {"role": "user", "content": "Weather?"},
                {
                    "role": "assistant",
                    "content": "",
                    "tool_calls": [{"id": "c1", "name": "get_weather",
                                    "arguments": {"city": "Oslo"}}],
                },
                {"role": "tool", "content": "-3 C", "tool_call_id": "c1"},
            ],
        )
    )
    codec = serde("request")
    decoded = Request.from_record(codec.decode(codec.encode(request.to_record())))
    assert decoded == request
    assert decoded.response_format is not None
    assert json.loads(decoded.response_format.schema or "") == SCHEMA
    assert decoded.tools[0] == ToolSpec(
        "get_weather", "Weather for a city", json.dumps(WEATHER["parameters"], sort_keys=True)
    )
    assert decoded.messages[1].tool_calls == [ToolCall("c1", "get_weather", '{"city": "Oslo"}')]
    assert decoded.messages[2].tool_call_id == "c1"


def test_response_tool_calls_round_trip() -> None:
    response = Response(
        request_id="r1",
        status="ok",
        finish_reason="tool_calls",
        tool_calls=[ToolCall("call_1", "get_weather", '{"city":"Oslo"}')],
    )
    codec = serde("response")
    assert Response.from_record(codec.decode(codec.encode(response.to_record()))) == response
    assert response.to_json()["tool_calls"] == [
        {"id": "call_1", "name": "get_weather", "arguments": '{"city":"Oslo"}'}
    ]


def test_a_plain_request_has_no_structure() -> None:
    call = structured_call(request_from_json(doc()))
    assert (call.response_format, call.tools, call.tool_choice) == (None, None, None)


@pytest.mark.parametrize(
    ("response_format", "expected"),
    [
        ({"type": "text"}, None),
        ("json_object", "json_object"),
        ({"type": "json_object"}, "json_object"),
        ({"type": "json_schema", "schema": SCHEMA}, SCHEMA),
        ({"type": "json_schema", "schema": json.dumps(SCHEMA)}, SCHEMA),
    ],
)
def test_response_formats(response_format: Any, expected: Any) -> None:
    request = request_from_json(doc(response_format=response_format))
    assert structured_call(request).response_format == expected


def test_tools_and_choice_become_definitions() -> None:
    call = structured_call(request_from_json(doc(tools=[WEATHER], tool_choice="required")))
    assert call.tools == [WEATHER]
    assert call.tool_choice == "required"


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"response_format": {"type": "xml"}}, "response_format.type"),
        ({"response_format": {"type": "json_schema"}}, "response_format.schema: required"),
        ({"response_format": {"type": "json_schema", "schema": "{nope"}}, "not valid JSON"),
        ({"response_format": {"type": "json_schema", "schema": "[1]"}}, "must be a JSON object"),
        ({"tools": [{"name": "has space"}]}, "tools[0].name"),
        ({"tools": [{"name": "auto"}]}, "tools[0].name"),
        ({"tools": [{"name": "a"}, {"name": "a"}]}, "offered twice"),
        ({"tools": [{"name": "a", "parameters": {"type": "array"}}]}, "object schema"),
        ({"tool_choice": "auto"}, "no tools are offered"),
        ({"tools": [{"name": "a"}], "tool_choice": "b"}, "neither"),
        (
            {"messages": [{"role": "user", "content": "x"},
                          {"role": "tool", "content": "y", "tool_call_id": "c9"}]},
            "answers no earlier tool call",
        ),
        (
            {"messages": [{"role": "user", "content": "x"}, {"role": "tool", "content": "y"}]},
            "tool_call_id: required",
        ),
        (
            {"messages": [{"role": "user", "content": "x",
                           "tool_calls": [{"id": "c", "name": "a", "arguments": "{}"}]}]},
            "only assistant messages",
        ),
    ],
)
def test_unfit_structure_is_a_bad_request_naming_the_field(
    fields: dict[str, Any], reason: str
) -> None:
    with pytest.raises(RequestRejected) as caught:
        structured_call(request_from_json(doc(**fields)))
    assert caught.value.status is Status.BAD_REQUEST
    assert reason in caught.value.reason


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"response_format": 3}, "response_format"),
        ({"tools": {"name": "a"}}, "tools: expected a list"),
        ({"tools": [{"parameters": {}}]}, "tools[0].name"),
        ({"tools": [{"name": "a", "parameters": 5}]}, "tools[0].parameters"),
        (
            {"messages": [{"role": "assistant", "content": "", "tool_calls": [{"id": "c"}]}]},
            "messages[0].tool_calls[0].arguments",
        ),
    ],
)
def test_the_client_refuses_malformed_documents(fields: dict[str, Any], reason: str) -> None:
    with pytest.raises(InvalidRequest, match=reason.replace("[", r"\[").replace("]", r"\]")):
        request_from_json(doc(**fields))


def test_messages_without_tool_fields_keep_their_defaults() -> None:
    message = Message.from_record({"role": "user", "content": "hi"})
    assert message == Message("user", "hi")

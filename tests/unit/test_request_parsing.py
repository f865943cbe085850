from __future__ import annotations

from typing import Any

import pytest

from llmstream.client import InvalidRequest, request_from_json
from llmstream.config import RouteConfig
from llmstream.errors import RequestRejected, Status
from llmstream.events import Message, Request
from llmstream.validation import validate_request

ROUTE = RouteConfig(model="m", max_input_chars=100, max_input_tokens=10, max_output_tokens=50)


def test_full_request_line_parses() -> None:
    request = request_from_json({
        "request_id": "a", "messages": [{"role": "user", "content": "hi"}], "route": "r",
        "user_id": "u", "tenant": "t", "feature": "f",
        "params": {"temperature": 0, "max_tokens": 5, "stop": "\n"},
    })
    assert request.request_id == "a"
    assert request.params.temperature == 0.0 and request.params.stop == ["\n"]


def test_missing_request_id_gets_one() -> None:
    request = request_from_json({"messages": [{"role": "user", "content": "hi"}]})
    assert len(request.request_id) == 32


@pytest.mark.parametrize(
    ("doc", "message"),
    [
        ([], "JSON object"),
        ({}, "messages"),
        ({"messages": [{"role": "user"}]}, r"messages\[0\]"),
        ({"messages": [{"role": "user", "content": "x"}], "colour": 1}, "unknown keys: colour"),
        ({"messages": [{"role": "user", "content": "x"}], "params": {"temp": 1}}, "temp"),
        ({"messages": [{"role": "user", "content": "x"}], "params": {"max_tokens": 1.5}},
         "integer"),
        ({"messages": [{"role": "user", "content": "x"}], "user_id": 7}, "user_id"),
    ],
)
def test_bad_documents_are_refused_with_a_reason(doc: Any, message: str) -> None:
    with pytest.raises(InvalidRequest, match=message):
        request_from_json(doc)


def make(content: str, role: str = "user", **kwargs: Any) -> Request:
    return Request(request_id="r", messages=[Message(role, content)], **kwargs)


def test_valid_request_passes() -> None:
    validate_request(make("hello"), "default", ROUTE)


@pytest.mark.parametrize(
    ("request_", "status", "reason"),
    [
        (make("x" * 101), Status.TOO_LARGE, "101 characters"),
        (make("hello", role="wizard"), Status.BAD_REQUEST, "role"),
        (make("hello", role="system"), Status.BAD_REQUEST, "user message"),
    ],
)
def test_rejections_carry_status_and_reason(
    request_: Request, status: Status, reason: str
) -> None:
    with pytest.raises(RequestRejected, match=reason) as caught:
        validate_request(request_, "default", ROUTE)
    assert caught.value.status == status


def test_the_token_bound_is_left_to_the_model_familys_tokenizer() -> None:
    # 294 characters of English prose: 74 tokens by the 4-characters rule, 61 in o200k.
    # The route's bound is counted exactly (guard/token_count.py), so no estimate here
    # may reject what the tokenizer admits.
    route = RouteConfig(model="m", max_input_chars=1000, max_input_tokens=70)
    validate_request(make("Kafka keeps the records of a partition in order. " * 6), "default",
                      route)

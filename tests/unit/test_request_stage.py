"""The request stage's logic without Kafka: one request in, its output records out."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import httpx

from llmstream.config import load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.producer import OutRecord
from llmstream.connectors.providers.base import ChatResult
from llmstream.connectors.providers.factory import build_provider
from llmstream.events import DeadLetter, Message, Request, Response, Telemetry
from llmstream.streams.invocation import Invocation
from llmstream.streams.request_handler import RequestHandler, is_cache_hit
from llmstream.streams.transactional import InRecord, _PartitionState

CONFIG = load_config(Path(__file__).parents[2] / "llmstream.yaml")
COMPLETION = {
    "id": "chatcmpl-1", "object": "chat.completion", "created": 1, "model": "sim-gpt-small",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hi there"},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 1000, "completion_tokens": 500, "total_tokens": 1500},
}


def handler(*answers: httpx.Response) -> RequestHandler:
    queue = list(answers)

    def reply(_request: httpx.Request) -> httpx.Response:
        return queue.pop(0)

    transport = httpx.MockTransport(reply)
    providers = {name: build_provider(cfg, transport) for name, cfg in CONFIG.providers.items()}
    return RequestHandler(CONFIG, providers, worker_id="test")


def inbound(request: Request | bytes, offset: int = 7) -> InRecord:
    value = request if isinstance(request, bytes) else serde("request").encode(
        request.to_record())
    return InRecord("llm.requests", 2, offset, b"k", value, 0)


def by_topic(records: list[OutRecord]) -> dict[str, list[dict[str, Any]]]:
    decoders = {CONFIG.topics.responses: "response", CONFIG.topics.telemetry: "telemetry",
                CONFIG.topics.dead_letter: "dead_letter"}
    grouped: dict[str, list[dict[str, Any]]] = {}
    for record in records:
        grouped.setdefault(decoders[record.topic], []).append(
            serde(decoders[record.topic]).decode(record.value))
    return grouped


def ask(content: str, **fields: Any) -> Request:
    return Request(request_id="r1", messages=[Message("user", content)], **fields)


async def test_answer_carries_usage_cost_and_one_telemetry_row_per_attempt() -> None:
    stage = handler(httpx.Response(503, json={"error": {"message": "busy"}}),
                    httpx.Response(200, json=COMPLETION))
    out = by_topic(await stage.handle(inbound(ask("Hello", tenant="acme"))))
    response = Response.from_record(out["response"][0])
    assert (response.status, response.content, response.attempts) == ("ok", "Hi there", 2)
    assert response.model == "sim-small" and response.provider == "simulator"
    # sim-small: $0.15 per million input tokens, $0.60 per million output tokens
    assert response.cost_usd == (1000 * 0.15 + 500 * 0.60) / 1_000_000
    rows = [Telemetry.from_record(row) for row in out["telemetry"]]
    assert [row.kind for row in rows] == ["request", "attempt", "attempt"]
    assert rows[0].tenant == "acme" and rows[0].attempts == 2
    assert [row.error_type for row in rows[1:]] == ["http_503", None]
    assert len({row.event_id for row in rows}) == 3


async def test_telemetry_links_a_request_to_its_parent_from_metadata() -> None:
    stage = handler(httpx.Response(503, json={"error": {"message": "busy"}}),
                    httpx.Response(200, json=COMPLETION))
    request = ask("Judge this", metadata={"parent_request_id": "judged-1"})
    out = by_topic(await stage.handle(inbound(request)))
    rows = [Telemetry.from_record(row) for row in out["telemetry"]]
    assert [row.parent_request_id for row in rows] == ["judged-1"] * 3
    plain = by_topic(await handler(httpx.Response(200, json=COMPLETION)).handle(
        inbound(ask("Hello"))))
    assert Telemetry.from_record(plain["telemetry"][0]).parent_request_id is None


async def test_unknown_route_is_answered_without_a_provider_call() -> None:
    stage = handler()  # any provider call would fail: the queue of answers is empty
    out = by_topic(await stage.handle(inbound(ask("Hello", route="nope"))))
    response = Response.from_record(out["response"][0])
    assert response.status == "unknown_route" and "nope" in (response.reason or "")
    assert Telemetry.from_record(out["telemetry"][0]).status == "unknown_route"


async def test_non_retryable_provider_error_fails_fast() -> None:
    stage = handler(httpx.Response(400, json={"error": {"message": "bad model"}}))
    out = by_topic(await stage.handle(inbound(ask("Hello"))))
    response = Response.from_record(out["response"][0])
    assert response.status == "provider_error" and response.attempts == 1


async def test_undecodable_event_becomes_a_dead_letter_only() -> None:
    out = by_topic(await handler().handle(inbound(b"\x00garbage", offset=42)))
    assert set(out) == {"dead_letter"}
    letter = DeadLetter.from_record(out["dead_letter"][0])
    assert (letter.error_code, letter.source_offset, letter.value) == (
        "undecodable", 42, b"\x00garbage")
    assert letter.event_id == "llm.requests:2:42"


def test_handler_failure_still_answers_the_client() -> None:
    records = handler().on_failure(inbound(ask("Hello")), RuntimeError("boom"))
    out = by_topic(records)
    assert Response.from_record(out["response"][0]).status == "internal_error"
    assert DeadLetter.from_record(out["dead_letter"][0]).reason == "RuntimeError('boom')"


def test_results_are_released_in_offset_order_only() -> None:
    state = _PartitionState()
    for offset in (10, 11, 12):
        state.results[offset] = None
    state.results[11] = [OutRecord("t", None, b"11")]
    assert state.ready_prefix() == (None, [], 0)  # 10 still running: nothing is ready
    state.results[10] = [OutRecord("t", None, b"10")]
    last, records, count = state.ready_prefix()
    assert (last, [r.value for r in records], count) == (11, [b"10", b"11"], 2)
    state.drop_prefix(count)
    assert list(state.results) == [12] and state.running() == 1


def test_response_json_line_has_the_documented_fields() -> None:
    line = Response(request_id="r", status="ok").to_json()
    assert {"request_id", "status", "content", "model", "provider", "cache", "usage",
            "cost_usd", "latency_ms"} <= set(line)
    json.dumps(line)


def test_only_a_cache_hit_without_a_call_of_its_own_is_sent_immediately() -> None:
    ok = Response(request_id="r1", status="ok", content="42")
    assert is_cache_hit(replace(ok, cache="exact"), None)
    assert is_cache_hit(replace(ok, cache="semantic", cache_similarity=0.97), None)
    assert not is_cache_hit(replace(ok, cache="miss"), None)
    assert not is_cache_hit(replace(ok, cache="unavailable"), None)  # Redis down: a call
    assert not is_cache_hit(replace(ok, cache="exact", status="provider_error"), None)
    called = Invocation(ChatResult("42", "stop", 3, 1, "m", 5.0))
    assert not is_cache_hit(replace(ok, cache="exact"), called)


async def test_a_provider_answer_and_its_telemetry_go_in_the_transaction() -> None:
    stage = handler(httpx.Response(200, json=COMPLETION))
    (response, *telemetry) = await stage.handle(inbound(ask("Hello")))
    assert not response.immediate and not any(record.immediate for record in telemetry)

"""The fallback chain without shared state (no Redis): order, when it moves on, what the
response and telemetry say. Providers are stubbed at the transport."""

from __future__ import annotations

import socket
from pathlib import Path

import httpx
import yaml

from llmstream.config import parse_config
from llmstream.connectors.avro import serde
from llmstream.connectors.providers.factory import build_provider
from llmstream.events import Message, Request, Response, Telemetry
from llmstream.streams.rate_control import RateControl
from llmstream.streams.request_handler import RequestHandler
from llmstream.streams.transactional import InRecord

DOCUMENT = yaml.safe_load((Path(__file__).parents[2] / "llmstream.yaml").read_text())
DOCUMENT["routes"]["resilient"]["retry"] = {"max_attempts": 2, "base_delay_s": 0.001}
CONFIG = parse_config(DOCUMENT)
OPENAI_OK = {
    "id": "c1", "object": "chat.completion", "created": 1, "model": "sim-gpt-small",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "primary"},
                 "finish_reason": "stop"}],
    "usage": {"prompt_tokens": 10, "completion_tokens": 5, "total_tokens": 15},
}
ANTHROPIC_OK = {
    "id": "msg_1", "type": "message", "role": "assistant", "model": "sim-claude-haiku",
    "content": [{"type": "text", "text": "backup"}], "stop_reason": "end_turn",
    "stop_sequence": None, "usage": {"input_tokens": 10, "output_tokens": 5},
}


def stage(openai: list[httpx.Response]) -> tuple[RequestHandler, list[str]]:
    calls: list[str] = []

    def reply(request: httpx.Request) -> httpx.Response:
        calls.append(request.url.path)
        if request.url.path.endswith("/messages"):
            return httpx.Response(200, json=ANTHROPIC_OK)
        return openai.pop(0)

    transport = httpx.MockTransport(reply)
    providers = {name: build_provider(cfg, transport) for name, cfg in CONFIG.providers.items()}
    return RequestHandler(CONFIG, providers, worker_id="test"), calls


async def run(handler: RequestHandler) -> tuple[Response, list[Telemetry]]:
    request = Request("r1", [Message("user", "Hello")], route="resilient")
    value = serde("request").encode(request.to_record())
    out = await handler.handle(InRecord("llm.requests", 0, 1, b"k", value, 0))
    response = Response.from_record(serde("response").decode(out[0].value))
    rows = [Telemetry.from_record(serde("telemetry").decode(r.value)) for r in out[1:]]
    return response, rows


async def test_an_outage_of_the_primary_falls_back_and_says_so() -> None:
    down = [httpx.Response(503, json={"error": {"message": "down"}}) for _ in range(2)]
    handler, calls = stage(down)
    response, rows = await run(handler)
    assert (response.status, response.content) == ("ok", "backup")
    assert (response.model, response.provider, response.attempts) == (
        "sim-claude", "simulator-anthropic", 3)
    assert calls == ["/v1/chat/completions", "/v1/chat/completions", "/v1/messages"]
    summary, *attempts = rows
    assert summary.fallback and summary.model == "sim-claude" and summary.attempts == 3
    assert [(a.attempt, a.model, a.error_type) for a in attempts] == [
        (1, "sim-small", "http_503"), (2, "sim-small", "http_503"), (3, "sim-claude", None)]


async def test_a_healthy_primary_answers_without_fallback() -> None:
    handler, calls = stage([httpx.Response(200, json=OPENAI_OK)])
    response, rows = await run(handler)
    assert (response.content, response.model, response.attempts) == ("primary", "sim-small", 1)
    assert not rows[0].fallback and calls == ["/v1/chat/completions"]


async def test_a_request_error_does_not_fall_back() -> None:
    handler, calls = stage([httpx.Response(400, json={"error": {"message": "bad"}})])
    response, rows = await run(handler)
    assert response.status == "provider_error" and response.model == "sim-small"
    assert calls == ["/v1/chat/completions"] and not rows[0].fallback


async def test_redis_unreachable_rate_control_fails_open_and_requests_are_answered() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    document = {
        **DOCUMENT,
        "redis": {"url": f"redis://127.0.0.1:{port}/0"},
        "budgets": [{"scope": "tenant", "period": "day", "limit_usd": 0}],
        "app_limits": [{"scope": "user", "rpm": 1}],
    }
    document["models"] = {**DOCUMENT["models"],
                          "sim-small": {**DOCUMENT["models"]["sim-small"],
                                        "limits": {"rpm": 60}}}
    config = parse_config(document)
    transport = httpx.MockTransport(lambda _r: httpx.Response(200, json=OPENAI_OK))
    providers = {name: build_provider(cfg, transport) for name, cfg in config.providers.items()}
    rate_control = RateControl.connect(config)
    handler = RequestHandler(config, providers, worker_id="test", rate_control=rate_control)
    for index in range(3):
        request = Request(f"r{index}", [Message("user", "Hello")], route="resilient",
                          tenant="t", user_id="u")
        value = serde("request").encode(request.to_record())
        out = await handler.handle(InRecord("llm.requests", 0, index, b"k", value, 0))
        response = Response.from_record(serde("response").decode(out[0].value))
        assert (response.status, response.model) == ("ok", "sim-small")
    await rate_control.aclose()

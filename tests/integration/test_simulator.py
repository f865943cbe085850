"""The real connectors against the real simulator, in-process on a free port."""

from __future__ import annotations

import asyncio
import json
import math
import os
import random
import signal
import socket
import sys
import time
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from llmstream.config import ProviderConfig, RetryConfig
from llmstream.connectors.providers import (
    ChatCall,
    ChatProvider,
    ClientRequestError,
    InvalidResponseBody,
    ProviderConnectError,
    ProviderConnectionReset,
    ProviderError,
    ProviderTimeout,
    RateLimitedError,
    ServerError,
    build_provider,
)
from llmstream.connectors.simulator.behaviour import Behaviour
from llmstream.connectors.simulator.server import SimulatorServer
from llmstream.events import Message
from llmstream.streams.invocation import invoke

REPO = Path(__file__).resolve().parents[2]

QUESTION = [Message("system", "You are a support agent."), Message("user", "Where is my order?")]
TICKET_SCHEMA: dict[str, Any] = {
    "title": "ticket",
    "type": "object",
    "properties": {
        "category": {"type": "string", "enum": ["billing", "shipping", "other"]},
        "priority": {"type": "integer", "minimum": 1, "maximum": 3},
        "tags": {"type": "array", "items": {"type": "string"}, "minItems": 1, "maxItems": 3},
        "summary": {"type": "string", "maxLength": 80},
    },
    "required": ["category", "priority", "tags", "summary"],
    "additionalProperties": False,
}


def expected_prompt_tokens(messages: list[Message]) -> int:
    return sum(math.ceil(len(m.content) / 4) + 4 for m in messages)


def check_ticket(value: Any) -> None:
    assert isinstance(value, dict) and set(value) == set(TICKET_SCHEMA["required"])
    assert value["category"] in ("billing", "shipping", "other")
    assert isinstance(value["priority"], int) and 1 <= value["priority"] <= 3
    assert 1 <= len(value["tags"]) <= 3 and all(isinstance(t, str) for t in value["tags"])
    assert isinstance(value["summary"], str) and len(value["summary"]) <= 80


class Sim:
    """A running simulator with a connector per protocol and an admin client."""

    def __init__(self, server: SimulatorServer, transport_kind: str) -> None:
        self.server = server
        self.admin = httpx.AsyncClient(base_url=server.url)
        self.openai = build_provider(
            ProviderConfig(kind="openai", base_url=f"{server.url}/v1", timeout_s=5),
            transport(transport_kind),
        )
        self.anthropic = build_provider(
            ProviderConfig(kind="anthropic", base_url=server.url, timeout_s=5),
            transport(transport_kind),
        )

    def provider(self, protocol: str) -> ChatProvider:
        return self.openai if protocol == "openai" else self.anthropic

    async def configure(self, **changes: Any) -> dict[str, Any]:
        response = await self.admin.put("/_sim/config", json=changes)
        assert response.status_code == 200, response.text
        return dict(response.json())

    async def stats(self) -> dict[str, Any]:
        return dict((await self.admin.get("/_sim/stats")).json())

    async def aclose(self) -> None:
        await self.admin.aclose()
        await self.openai.aclose()
        await self.anthropic.aclose()


def transport(kind: str) -> httpx.AsyncBaseTransport | None:
    """None: the connectors' default (aiohttp pool); "httpcore": httpx's own pool."""
    return httpx.AsyncHTTPTransport() if kind == "httpcore" else None


@pytest.fixture
def transport_kind() -> str:
    return "default"


@pytest.fixture
async def sim(transport_kind: str) -> AsyncIterator[Sim]:
    async with SimulatorServer(Behaviour(), port=0) as server:
        handle = Sim(server, transport_kind)
        try:
            yield handle
        finally:
            await handle.aclose()


PROTOCOLS = pytest.mark.parametrize("protocol", ["openai", "anthropic"])
TRANSPORTS = pytest.mark.parametrize("transport_kind", ["default", "httpcore"])


def call(model: str = "sim-gpt-small", **fields: Any) -> ChatCall:
    return ChatCall(model=model, messages=fields.pop("messages", QUESTION), **fields)


async def failure(provider: ChatProvider, chat: ChatCall, timeout_s: float = 5) -> ProviderError:
    with pytest.raises(ProviderError) as caught:
        await provider.complete(chat, timeout_s)
    return caught.value


# --- answers --------------------------------------------------------------------------


@TRANSPORTS
@PROTOCOLS
async def test_same_request_same_answer_and_usage(sim: Sim, protocol: str) -> None:
    provider = sim.provider(protocol)
    first = await provider.complete(call(temperature=0, max_tokens=200), 5)
    second = await provider.complete(call(temperature=0, max_tokens=200), 5)
    assert first.content and first.content == second.content
    assert (first.prompt_tokens, first.completion_tokens) == (
        second.prompt_tokens,
        second.completion_tokens,
    )
    assert first.prompt_tokens == expected_prompt_tokens(QUESTION)
    assert first.completion_tokens == math.ceil(len(first.content) / 4)
    assert first.model == "sim-gpt-small"
    other = await provider.complete(call(temperature=0, max_tokens=200, seed=1), 5)
    assert other.content != first.content or protocol == "anthropic"  # no seed on Anthropic


async def test_both_protocols_give_the_same_answer_to_the_same_request(sim: Sim) -> None:
    via_openai = await sim.openai.complete(call(temperature=0, max_tokens=300), 5)
    via_anthropic = await sim.anthropic.complete(call(temperature=0, max_tokens=300), 5)
    assert via_openai.content == via_anthropic.content
    assert via_openai.prompt_tokens == via_anthropic.prompt_tokens


@PROTOCOLS
async def test_max_tokens_and_stop_sequences(sim: Sim, protocol: str) -> None:
    provider = sim.provider(protocol)
    cut = await provider.complete(call(max_tokens=3), 5)
    assert (cut.finish_reason, cut.completion_tokens, len(cut.content)) == ("length", 3, 12)
    full = await provider.complete(call(max_tokens=1000), 5)
    assert full.finish_reason == "stop" and full.content.startswith(cut.content)
    word = full.content.split()[2]
    stopped = await provider.complete(call(max_tokens=1000, stop=[word]), 5)
    assert stopped.finish_reason == "stop" and word not in stopped.content


@PROTOCOLS
async def test_json_schema_mode_validates(sim: Sim, protocol: str) -> None:
    provider = sim.provider(protocol)
    for index in range(5):
        messages = [Message("user", f"Classify ticket {index} as JSON")]
        result = await provider.complete(
            call(messages=messages, response_format=TICKET_SCHEMA, max_tokens=500), 5
        )
        check_ticket(json.loads(result.content))
        assert result.finish_reason == "stop" and result.tool_calls == ()


@PROTOCOLS
async def test_json_object_mode(sim: Sim, protocol: str) -> None:
    messages = [Message("user", "Reply in JSON please")]
    result = await sim.provider(protocol).complete(
        call(messages=messages, response_format="json_object"), 5
    )
    assert isinstance(json.loads(result.content), dict)


async def test_openai_json_object_mode_without_the_word_json_is_a_400(sim: Sim) -> None:
    error = await failure(sim.openai, call(response_format="json_object"))
    assert isinstance(error, ClientRequestError) and error.error_type == "http_400"
    assert "json" in error.message and not error.retryable


@PROTOCOLS
async def test_tool_calls(sim: Sim, protocol: str) -> None:
    tools = [
        {
            "name": "track_order",
            "description": "Find an order",
            "parameters": {
                "type": "object",
                "properties": {"order_id": {"type": "string"}},
                "required": ["order_id"],
            },
        }
    ]
    result = await sim.provider(protocol).complete(call(tools=tools), 5)
    assert result.finish_reason == "tool_calls"
    (tool_call,) = result.tool_calls
    assert tool_call.name == "track_order"
    assert isinstance(tool_call.parsed_arguments()["order_id"], str)


async def test_anthropic_request_without_max_tokens_is_a_400(sim: Sim) -> None:
    async with httpx.AsyncClient(base_url=sim.server.url) as client:
        response = await client.post(
            "/v1/messages",
            headers={"anthropic-version": "2023-06-01"},
            json={"model": "sim-claude-haiku", "messages": [{"role": "user", "content": "x"}]},
        )
    assert response.status_code == 400
    assert response.json()["type"] == "error"
    assert response.json()["error"]["type"] == "invalid_request_error"


async def test_health_and_models(sim: Sim) -> None:
    assert (await sim.admin.get("/health")).status_code == 200
    openai_models = (await sim.admin.get("/v1/models")).json()
    assert openai_models["object"] == "list"
    assert "sim-gpt-small" in [m["id"] for m in openai_models["data"]]
    anthropic_models = (
        await sim.admin.get("/v1/models", headers={"anthropic-version": "2023-06-01"})
    ).json()
    assert anthropic_models["data"][0]["type"] == "model"


async def test_strict_models_answer_404(sim: Sim) -> None:
    await sim.configure(strict_models=True)
    error = await failure(sim.openai, call(model="gpt-unknown"))
    assert error.error_type == "http_404" and not error.retryable


# --- faults ---------------------------------------------------------------------------


@TRANSPORTS
@pytest.mark.parametrize(
    ("protocol", "fault", "kind", "error_type"),
    [
        ("openai", "rate_limit", RateLimitedError, "http_429"),
        ("anthropic", "rate_limit", RateLimitedError, "http_429"),
        ("openai", "server_error", ServerError, "http_500"),
        ("anthropic", "server_error", ServerError, "http_500"),
        ("openai", "overloaded", ServerError, "http_503"),
        ("anthropic", "overloaded", ServerError, "http_529"),
        ("openai", "reset", ProviderConnectionReset, "connection_reset"),
        ("anthropic", "reset", ProviderConnectionReset, "connection_reset"),
    ],
)
async def test_each_fault_maps_to_its_provider_error(
    sim: Sim, protocol: str, fault: str, kind: type[ProviderError], error_type: str
) -> None:
    await sim.configure(faults={fault: 1.0})
    error = await failure(sim.provider(protocol), call())
    assert isinstance(error, kind) and error.error_type == error_type
    assert error.retryable
    assert (await sim.stats())["by_outcome"] == {fault: 1}


@TRANSPORTS
@PROTOCOLS
async def test_malformed_bodies_are_invalid_body(sim: Sim, protocol: str) -> None:
    await sim.configure(faults={"malformed": 1.0})
    for index in range(6):  # both kinds: truncated JSON and an HTML page
        chat = call(messages=[Message("user", f"question {index}")])
        error = await failure(sim.provider(protocol), chat)
        assert isinstance(error, InvalidResponseBody) and error.error_type == "invalid_body"


@TRANSPORTS
@PROTOCOLS
async def test_timeout_fault_is_a_timeout(sim: Sim, protocol: str) -> None:
    await sim.configure(faults={"timeout": 1.0}, timeout_hold_s=30)
    started = time.monotonic()
    error = await failure(sim.provider(protocol), call(), timeout_s=0.3)
    assert isinstance(error, ProviderTimeout) and error.retryable
    assert time.monotonic() - started < 5
    # The simulator stops holding the call once the client has gone.
    deadline = time.monotonic() + 5
    while (await sim.stats())["in_flight"] != 0:
        assert time.monotonic() < deadline, "the held call was not released"
        await asyncio.sleep(0.01)


@TRANSPORTS
async def test_connection_refused_is_a_connect_error(transport_kind: str) -> None:
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    config = ProviderConfig(kind="openai", base_url=f"http://127.0.0.1:{port}/v1")
    chat = build_provider(config, transport(transport_kind))
    try:
        error = await failure(chat, call())
    finally:
        await chat.aclose()
    assert isinstance(error, ProviderConnectError) and error.retryable


async def test_injected_429_carries_retry_after(sim: Sim) -> None:
    await sim.configure(faults={"rate_limit": 1.0}, retry_after_s=0.25)
    openai_error = await failure(sim.openai, call())
    assert openai_error.retry_after_s == 0.25  # retry-after-ms is exact
    anthropic_error = await failure(sim.anthropic, call())
    assert anthropic_error.retry_after_s == 1.0  # Retry-After: whole seconds


@PROTOCOLS
async def test_own_rate_limit(sim: Sim, protocol: str) -> None:
    await sim.configure(rpm_limit=2)
    provider = sim.provider(protocol)
    await provider.complete(call(), 5)
    await provider.complete(call(), 5)
    error = await failure(provider, call())
    assert isinstance(error, RateLimitedError) and error.error_type == "http_429"
    assert error.retry_after_s is not None and 0 < error.retry_after_s <= 60
    await provider.complete(call(model="sim-gpt-large"), 5)  # the limit is per model
    stats = await sim.stats()
    assert stats["by_model_outcome"]["sim-gpt-small"] == {"ok": 2, "rpm_exceeded": 1}


async def test_per_model_faults_fail_only_that_model(sim: Sim) -> None:
    await sim.configure(model_faults={"primary": {"server_error": 1.0}})
    error = await failure(sim.openai, call(model="primary"))
    assert error.error_type == "http_500"
    assert (await sim.openai.complete(call(model="fallback"), 5)).content


async def test_fault_injection_is_repeatable(sim: Sim) -> None:
    async def outcomes() -> list[str]:
        seen = []
        for index in range(30):
            chat = call(messages=[Message("user", f"q{index}")])
            try:
                await sim.openai.complete(chat, 5)
                seen.append("ok")
            except ProviderError as error:
                seen.append(error.error_type)
        return seen

    await sim.configure(seed=42, faults={"server_error": 0.3, "overloaded": 0.2})
    first = await outcomes()
    await sim.admin.post("/_sim/reset")
    await sim.configure(seed=42, faults={"server_error": 0.3, "overloaded": 0.2})
    assert await outcomes() == first
    assert {"ok", "http_500", "http_503"} <= set(first)


async def test_latency_is_simulated(sim: Sim) -> None:
    await sim.configure(latency={"kind": "fixed", "ms": 150})
    result = await sim.openai.complete(call(), 5)
    assert result.latency_ms >= 150


# --- admin API and stats --------------------------------------------------------------


async def test_stats_count_calls_by_endpoint_model_and_outcome(sim: Sim) -> None:
    for _ in range(3):
        await sim.openai.complete(call(), 5)
    await sim.anthropic.complete(call(model="sim-claude-haiku"), 5)
    stats = await sim.stats()
    assert stats["total"] == 4
    assert stats["by_endpoint"] == {"/v1/chat/completions": 3, "/v1/messages": 1}
    assert stats["by_model"] == {"sim-gpt-small": 3, "sim-claude-haiku": 1}
    assert stats["by_outcome"] == {"ok": 4}
    one = await sim.openai.complete(call(), 5)
    tokens = (await sim.stats())["tokens"]["sim-gpt-small"]
    assert tokens == {
        "prompt_tokens": 4 * one.prompt_tokens,
        "completion_tokens": 4 * one.completion_tokens,
    }
    assert (await sim.stats())["in_flight"] == 0


async def test_admin_config_round_trip_and_reset(sim: Sim) -> None:
    initial = (await sim.admin.get("/_sim/config")).json()
    await sim.openai.complete(call(), 5)
    changed = await sim.configure(rpm_limit=5, faults={"reset": 0.5})
    assert changed["rpm_limit"] == 5 and changed["faults"]["reset"] == 0.5
    assert (await sim.admin.get("/_sim/config")).json() == changed
    bad = await sim.admin.put("/_sim/config", json={"faults": {"reset": 2}})
    assert bad.status_code == 400 and "faults.reset" in bad.json()["error"]
    unknown = await sim.admin.put("/_sim/config", json={"speed": 1})
    assert unknown.status_code == 400 and "speed: unknown key" in unknown.json()["error"]
    reset = await sim.admin.post("/_sim/reset")
    assert reset.json()["config"] == initial
    assert (await sim.stats())["total"] == 0


# --- through the invocation shell -----------------------------------------------------


async def test_invoke_retries_until_the_simulator_answers(sim: Sim) -> None:
    await sim.configure(seed=7, faults={"server_error": 0.5, "rate_limit": 0.2}, retry_after_s=0)
    policy = RetryConfig(max_attempts=10, base_delay_s=0.001, max_delay_s=0.01)
    outcome = await invoke(sim.openai, call(), policy, time.monotonic() + 10, random.Random(1))
    assert outcome.ok
    assert outcome.attempts[-1].outcome == "ok"
    assert (await sim.stats())["total"] == len(outcome.attempts)


async def test_invoke_gives_up_at_the_deadline_on_a_held_call(sim: Sim) -> None:
    await sim.configure(faults={"timeout": 1.0}, timeout_hold_s=30)
    started = time.monotonic()
    outcome = await invoke(sim.openai, call(), RetryConfig(), started + 0.5, random.Random(1))
    assert not outcome.ok and outcome.deadline_exceeded
    assert outcome.error is not None and outcome.error.error_type == "timeout"
    assert time.monotonic() - started < 2


# --- the command ----------------------------------------------------------------------


async def test_command_serves_and_stops_on_sigterm() -> None:
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).parent / "llmstream"),
        "mock-provider",
        "--config",
        str(REPO / "llmstream.yaml"),
        "--port",
        "0",
        "--seed",
        "3",
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    try:
        assert process.stdout is not None
        line = (await asyncio.wait_for(process.stdout.readline(), 30)).decode()
        assert "listening on http://" in line, line
        url = line.split("listening on ", 1)[1].split()[0]
        async with httpx.AsyncClient(base_url=url) as client:
            assert (await client.get("/health")).status_code == 200
            assert (await client.get("/_sim/config")).json()["seed"] == 3
        process.send_signal(signal.SIGTERM)
        assert await asyncio.wait_for(process.wait(), 10) == 0
    finally:
        if process.returncode is None:
            process.kill()
            await process.wait()

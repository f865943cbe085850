"""Provider connectors against httpx.MockTransport: mapping both ways, errors, Retry-After."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any

import aiohttp
import httpx
import pytest

from llmstream.config import ProviderConfig
from llmstream.connectors.providers import (
    AnthropicProvider,
    ChatCall,
    ChatProvider,
    ClientRequestError,
    InvalidResponseBody,
    OpenAIProvider,
    ProviderConnectError,
    ProviderConnectionReset,
    ProviderError,
    ProviderTimeout,
    RateLimitedError,
    ServerError,
    build_provider,
    parse_retry_after,
)
from llmstream.connectors.providers.aiohttp_transport import AiohttpTransport, httpx_error
from llmstream.events import Message

Handler = Callable[[httpx.Request], httpx.Response]

OPENAI = ProviderConfig(kind="openai", base_url="http://provider.test/v1", api_key_env="SIM_KEY")
ANTHROPIC = ProviderConfig(kind="anthropic", base_url="http://provider.test", api_key_env="SIM_KEY")

CALL = ChatCall(
    model="m-1",
    messages=[Message("system", "Be brief."), Message("user", "Hi")],
    temperature=0.2,
    max_tokens=50,
    top_p=0.9,
    stop=["END"],
    seed=7,
)


def openai_answer(**overrides: Any) -> dict[str, Any]:
    body: dict[str, Any] = {
        "id": "chatcmpl-1",
        "object": "chat.completion",
        "created": 1,
        "model": "m-1-2025",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": "Hello."},
                "finish_reason": "stop",
            }
        ],
        "usage": {"prompt_tokens": 11, "completion_tokens": 2, "total_tokens": 13},
    }
    body.update(overrides)
    return body


def anthropic_answer(
    content: list[dict[str, Any]], stop_reason: str = "end_turn"
) -> dict[str, Any]:
    return {
        "id": "msg_1",
        "type": "message",
        "role": "assistant",
        "model": "claude-x",
        "content": content,
        "stop_reason": stop_reason,
        "stop_sequence": None,
        "usage": {"input_tokens": 9, "output_tokens": 3},
    }


class Recorder:
    """A MockTransport handler that answers from a list and keeps what it was sent."""

    def __init__(self, *answers: httpx.Response | Exception) -> None:
        self.answers = list(answers)
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if isinstance(answer, Exception):
            raise answer
        return answer

    @property
    def body(self) -> Any:
        return json.loads(self.requests[-1].content)


def provider(config: ProviderConfig, handler: Handler) -> ChatProvider:
    return build_provider(config, transport=httpx.MockTransport(handler))


# --- OpenAI ---------------------------------------------------------------------------


async def test_openai_request_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIM_KEY", "sk-test")
    recorder = Recorder(httpx.Response(200, json=openai_answer()))
    chat = provider(OPENAI, recorder)
    await chat.complete(CALL, timeout_s=5)
    request = recorder.requests[0]
    assert request.method == "POST"
    assert str(request.url) == "http://provider.test/v1/chat/completions"
    assert request.headers["authorization"] == "Bearer sk-test"
    assert request.headers["content-type"] == "application/json"
    assert recorder.body == {
        "model": "m-1",
        "messages": [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hi"}],
        "temperature": 0.2,
        "max_tokens": 50,
        "top_p": 0.9,
        "stop": ["END"],
        "seed": 7,
    }
    await chat.aclose()


async def test_openai_sends_no_authorization_without_a_key(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SIM_KEY", raising=False)
    recorder = Recorder(httpx.Response(200, json=openai_answer()))
    chat = provider(OPENAI, recorder)
    await chat.complete(ChatCall(model="m", messages=[Message("user", "x")]), timeout_s=5)
    assert "authorization" not in recorder.requests[0].headers
    assert recorder.body == {"model": "m", "messages": [{"role": "user", "content": "x"}]}


async def test_openai_response_mapping() -> None:
    chat = provider(OPENAI, Recorder(httpx.Response(200, json=openai_answer())))
    result = await chat.complete(CALL, timeout_s=5)
    assert result.content == "Hello."
    assert result.finish_reason == "stop"
    assert (result.prompt_tokens, result.completion_tokens) == (11, 2)
    assert result.model == "m-1-2025"
    assert result.tool_calls == ()
    assert result.latency_ms >= 0


@pytest.mark.parametrize(
    ("wire", "normalised"),
    [
        ("stop", "stop"),
        ("length", "length"),
        ("tool_calls", "tool_calls"),
        ("function_call", "tool_calls"),
        ("content_filter", "content_filter"),
        (None, "stop"),
    ],
)
async def test_openai_finish_reasons(wire: str | None, normalised: str) -> None:
    body = openai_answer()
    body["choices"][0]["finish_reason"] = wire
    chat = provider(OPENAI, Recorder(httpx.Response(200, json=body)))
    assert (await chat.complete(CALL, timeout_s=5)).finish_reason == normalised


async def test_openai_json_schema_and_tools_mapping() -> None:
    schema = {"title": "Ticket summary!", "type": "object", "properties": {"a": {"type": "string"}}}
    tool_message = {
        "role": "assistant",
        "content": None,
        "tool_calls": [
            {
                "id": "call_1",
                "type": "function",
                "function": {"name": "lookup", "arguments": '{"q": "x"}'},
            }
        ],
    }
    body = openai_answer()
    body["choices"][0] = {"index": 0, "message": tool_message, "finish_reason": "tool_calls"}
    recorder = Recorder(httpx.Response(200, json=body))
    chat = provider(OPENAI, recorder)
    call = ChatCall(
        model="m",
        messages=[Message("user", "x")],
        response_format=schema,
        tools=[{"name": "lookup", "description": "Find", "parameters": {"type": "object"}}],
    )
    result = await chat.complete(call, timeout_s=5)
    assert recorder.body["response_format"] == {
        "type": "json_schema",
        "json_schema": {"name": "Ticket_summary_", "schema": schema},
    }
    assert recorder.body["tools"] == [
        {
            "type": "function",
            "function": {"name": "lookup", "description": "Find", "parameters": {"type": "object"}},
        }
    ]
    assert result.content == ""
    assert result.finish_reason == "tool_calls"
    assert [(c.id, c.name, c.parsed_arguments()) for c in result.tool_calls] == [
        ("call_1", "lookup", {"q": "x"})
    ]


async def test_openai_json_object_mode() -> None:
    recorder = Recorder(httpx.Response(200, json=openai_answer()))
    chat = provider(OPENAI, recorder)
    call = ChatCall(model="m", messages=[Message("user", "json")], response_format="json_object")
    await chat.complete(call, timeout_s=5)
    assert recorder.body["response_format"] == {"type": "json_object"}


# --- Anthropic ------------------------------------------------------------------------


async def test_anthropic_request_mapping(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SIM_KEY", "ak-test")
    recorder = Recorder(
        httpx.Response(200, json=anthropic_answer([{"type": "text", "text": "Yo"}]))
    )
    chat = provider(ANTHROPIC, recorder)
    await chat.complete(CALL, timeout_s=5)
    request = recorder.requests[0]
    assert str(request.url) == "http://provider.test/v1/messages"
    assert request.headers["x-api-key"] == "ak-test"
    assert request.headers["anthropic-version"] == "2023-06-01"
    assert "authorization" not in request.headers
    assert recorder.body == {
        "model": "m-1",
        "max_tokens": 50,
        "system": "Be brief.",
        "messages": [{"role": "user", "content": "Hi"}],
        "temperature": 0.2,
        "top_p": 0.9,
        "stop_sequences": ["END"],
    }


async def test_anthropic_always_sends_max_tokens() -> None:
    recorder = Recorder(httpx.Response(200, json=anthropic_answer([])))
    chat = provider(ANTHROPIC, recorder)
    await chat.complete(ChatCall(model="m", messages=[Message("user", "x")]), timeout_s=5)
    assert recorder.body["max_tokens"] == 1024
    assert "system" not in recorder.body


async def test_anthropic_joins_several_system_messages() -> None:
    recorder = Recorder(httpx.Response(200, json=anthropic_answer([])))
    chat = provider(ANTHROPIC, recorder)
    messages = [Message("system", "A"), Message("user", "x"), Message("system", "B")]
    await chat.complete(ChatCall(model="m", messages=messages), timeout_s=5)
    assert recorder.body["system"] == "A\n\nB"
    assert recorder.body["messages"] == [{"role": "user", "content": "x"}]


async def test_anthropic_response_mapping() -> None:
    content: list[dict[str, Any]] = [
        {"type": "text", "text": "Let me look. "},
        {"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"q": "x"}},
    ]
    chat = provider(
        ANTHROPIC, Recorder(httpx.Response(200, json=anthropic_answer(content, "tool_use")))
    )
    result = await chat.complete(CALL, timeout_s=5)
    assert result.content == "Let me look. "
    assert result.finish_reason == "tool_calls"
    assert [(c.id, c.name, c.parsed_arguments()) for c in result.tool_calls] == [
        ("toolu_1", "lookup", {"q": "x"})
    ]
    assert (result.prompt_tokens, result.completion_tokens, result.model) == (9, 3, "claude-x")


@pytest.mark.parametrize(
    ("wire", "normalised"),
    [
        ("end_turn", "stop"),
        ("stop_sequence", "stop"),
        ("max_tokens", "length"),
        ("tool_use", "tool_calls"),
        ("refusal", "content_filter"),
    ],
)
async def test_anthropic_stop_reasons(wire: str, normalised: str) -> None:
    chat = provider(ANTHROPIC, Recorder(httpx.Response(200, json=anthropic_answer([], wire))))
    assert (await chat.complete(CALL, timeout_s=5)).finish_reason == normalised


async def test_anthropic_json_schema_goes_through_a_forced_tool() -> None:
    schema = {"type": "object", "properties": {"a": {"type": "integer"}}, "required": ["a"]}
    answer = anthropic_answer(
        [{"type": "tool_use", "id": "toolu_1", "name": "json_answer", "input": {"a": 1}}],
        "tool_use",
    )
    recorder = Recorder(httpx.Response(200, json=answer))
    chat = provider(ANTHROPIC, recorder)
    call = ChatCall(model="m", messages=[Message("user", "x")], response_format=schema)
    result = await chat.complete(call, timeout_s=5)
    assert recorder.body["tool_choice"] == {"type": "tool", "name": "json_answer"}
    assert recorder.body["tools"][-1]["input_schema"] == schema
    assert json.loads(result.content) == {"a": 1}
    assert result.finish_reason == "stop"
    assert result.tool_calls == ()


async def test_anthropic_cache_tokens_count_as_prompt_tokens() -> None:
    answer = anthropic_answer([{"type": "text", "text": "x"}])
    answer["usage"] = {
        "input_tokens": 5,
        "output_tokens": 1,
        "cache_creation_input_tokens": 10,
        "cache_read_input_tokens": 20,
    }
    chat = provider(ANTHROPIC, Recorder(httpx.Response(200, json=answer)))
    assert (await chat.complete(CALL, timeout_s=5)).prompt_tokens == 35


# --- errors ---------------------------------------------------------------------------

OPENAI_ERROR = {
    "error": {
        "message": "slow down",
        "type": "requests",
        "param": None,
        "code": "rate_limit_exceeded",
    }
}
ANTHROPIC_ERROR = {"type": "error", "error": {"type": "overloaded_error", "message": "busy"}}


@pytest.mark.parametrize("config", [OPENAI, ANTHROPIC], ids=["openai", "anthropic"])
@pytest.mark.parametrize(
    ("status", "kind", "retryable"),
    [
        (400, ClientRequestError, False),
        (401, ClientRequestError, False),
        (404, ClientRequestError, False),
        (408, ClientRequestError, True),
        (429, RateLimitedError, True),
        (500, ServerError, True),
        (503, ServerError, True),
        (529, ServerError, True),
    ],
)
async def test_status_errors(
    config: ProviderConfig, status: int, kind: type[ProviderError], retryable: bool
) -> None:
    chat = provider(config, Recorder(httpx.Response(status, json={"error": {"message": "no"}})))
    with pytest.raises(kind) as caught:
        await chat.complete(CALL, timeout_s=5)
    assert caught.value.error_type == f"http_{status}"
    assert caught.value.status_code == status
    assert caught.value.retryable is retryable


async def test_openai_error_body_is_read() -> None:
    headers = {"retry-after": "3"}
    chat = provider(OPENAI, Recorder(httpx.Response(429, json=OPENAI_ERROR, headers=headers)))
    with pytest.raises(RateLimitedError) as caught:
        await chat.complete(CALL, timeout_s=5)
    assert "slow down" in caught.value.message
    assert caught.value.provider_code == "rate_limit_exceeded"
    assert caught.value.retry_after_s == 3.0


async def test_anthropic_error_body_is_read() -> None:
    chat = provider(ANTHROPIC, Recorder(httpx.Response(529, json=ANTHROPIC_ERROR)))
    with pytest.raises(ServerError) as caught:
        await chat.complete(CALL, timeout_s=5)
    assert "busy" in caught.value.message
    assert caught.value.provider_code == "overloaded_error"
    assert caught.value.retry_after_s is None


async def test_error_body_that_is_not_json_still_maps_by_status() -> None:
    chat = provider(OPENAI, Recorder(httpx.Response(502, text="<html>bad gateway</html>")))
    with pytest.raises(ServerError) as caught:
        await chat.complete(CALL, timeout_s=5)
    assert caught.value.error_type == "http_502"
    assert "bad gateway" in caught.value.message


@pytest.mark.parametrize("config", [OPENAI, ANTHROPIC], ids=["openai", "anthropic"])
@pytest.mark.parametrize(
    "answer",
    [
        httpx.Response(200, text='{"id": "chatcmpl-1", "choi'),
        httpx.Response(200, text="<html>oops</html>"),
        httpx.Response(200, json={"unexpected": True}),
        httpx.Response(200, json=[1, 2]),
        httpx.Response(200, content=b""),
    ],
    ids=["truncated", "html", "wrong-shape", "array", "empty"],
)
async def test_invalid_bodies(config: ProviderConfig, answer: httpx.Response) -> None:
    chat = provider(config, Recorder(answer))
    with pytest.raises(InvalidResponseBody) as caught:
        await chat.complete(CALL, timeout_s=5)
    assert caught.value.error_type == "invalid_body"
    assert caught.value.retryable is False


@pytest.mark.parametrize(
    ("failure", "kind", "error_type"),
    [
        (httpx.ConnectError("refused"), ProviderConnectError, "connect_error"),
        (httpx.ConnectTimeout("slow connect"), ProviderTimeout, "timeout"),
        (httpx.ReadTimeout("slow read"), ProviderTimeout, "timeout"),
        (httpx.PoolTimeout("pool"), ProviderTimeout, "timeout"),
        (
            httpx.RemoteProtocolError("Server disconnected"),
            ProviderConnectionReset,
            "connection_reset",
        ),
        (httpx.ReadError("Connection reset by peer"), ProviderConnectionReset, "connection_reset"),
    ],
)
async def test_transport_errors(
    failure: Exception, kind: type[ProviderError], error_type: str
) -> None:
    chat = provider(OPENAI, Recorder(failure))
    with pytest.raises(kind) as caught:
        await chat.complete(CALL, timeout_s=5)
    assert caught.value.error_type == error_type
    assert caught.value.retryable is True
    assert caught.value.status_code is None


async def test_total_timeout_bounds_a_slow_answer() -> None:
    never = asyncio.Event()

    async def stalls(request: httpx.Request) -> httpx.Response:
        await never.wait()  # a server that never answers
        return httpx.Response(200)

    chat = build_provider(OPENAI, transport=httpx.MockTransport(stalls))
    with pytest.raises(ProviderTimeout):
        await chat.complete(CALL, timeout_s=0.05)


def test_build_provider_picks_the_protocol() -> None:
    assert isinstance(build_provider(OPENAI), OpenAIProvider)
    assert isinstance(build_provider(ANTHROPIC), AnthropicProvider)
    assert build_provider(OPENAI.model_copy(update={"timeout_s": 7.5})).timeout_s == 7.5


async def test_default_transport_pools_256_connections_with_aiohttp() -> None:
    chat = build_provider(OPENAI)
    assert isinstance(chat, OpenAIProvider)
    transport = chat._http._client._transport
    assert isinstance(transport, AiohttpTransport)
    assert transport._max_connections == 256
    await chat.aclose()


@pytest.mark.parametrize(
    ("failure", "mapped"),
    [
        (aiohttp.ConnectionTimeoutError(), httpx.ConnectTimeout),
        (aiohttp.SocketTimeoutError(), httpx.ReadTimeout),
        (TimeoutError(), httpx.ReadTimeout),
        (
            aiohttp.ClientConnectorError(
                aiohttp.client_reqrep.ConnectionKey("h", 1, False, True, None, None, None),
                OSError(111, "refused"),
            ),
            httpx.ConnectError,
        ),
        (aiohttp.ServerDisconnectedError(), httpx.RemoteProtocolError),
        (aiohttp.ClientPayloadError("truncated"), httpx.RemoteProtocolError),
        (aiohttp.ClientOSError(104, "Connection reset by peer"), httpx.ReadError),
        (ConnectionResetError(), httpx.ReadError),
        (aiohttp.ClientConnectionError("Connection closed"), httpx.RemoteProtocolError),
        (aiohttp.InvalidURL("x"), httpx.UnsupportedProtocol),
    ],
)
def test_aiohttp_failures_map_to_httpx_exceptions(
    failure: Exception, mapped: type[httpx.TransportError]
) -> None:
    request = httpx.Request("POST", "http://provider.test/v1/chat/completions")
    assert type(httpx_error(failure, request)) is mapped


# --- Retry-After ----------------------------------------------------------------------

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({}, None),
        ({"Retry-After": "2"}, 2.0),
        ({"retry-after": "0.5"}, 0.5),
        ({"Retry-After": " 7 "}, 7.0),
        ({"Retry-After": "-3"}, 0.0),
        ({"Retry-After": "soon"}, None),
        ({"Retry-After": "nan"}, None),
        ({"retry-after-ms": "1500"}, 1.5),
        ({"retry-after-ms": "250", "Retry-After": "1"}, 0.25),
        ({"retry-after-ms": "bad", "Retry-After": "4"}, 4.0),
    ],
)
def test_parse_retry_after_seconds(headers: dict[str, str], expected: float | None) -> None:
    assert parse_retry_after(httpx.Headers(headers), NOW) == expected


def test_parse_retry_after_http_date() -> None:
    when = datetime.fromtimestamp(NOW, UTC) + timedelta(seconds=30)
    headers = httpx.Headers({"Retry-After": format_datetime(when, usegmt=True)})
    assert parse_retry_after(headers, NOW) == pytest.approx(30.0)


def test_parse_retry_after_date_in_the_past_is_zero() -> None:
    headers = httpx.Headers({"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"})
    assert parse_retry_after(headers, NOW) == 0.0

"""The simulator's HTTP surface (aiohttp): provider endpoints, health, admin API.

A thin shell: parsing and rendering live in the wire protocols, the answer in
``answer.py``, fault and latency draws in ``call_plan.py``.

    POST /v1/chat/completions   OpenAI
    POST /v1/messages           Anthropic
    GET  /v1/models             either shape (Anthropic's when anthropic-version is sent)
    GET  /health
    GET  /_sim/config           the current behaviour
    PUT  /_sim/config           replace the given top-level keys of the behaviour
    GET  /_sim/stats            call counts by endpoint, model and outcome
    GET  /_sim/calls            arrival/answer times per call (?client_request_id=ID)
    POST /_sim/reset            start-up behaviour, zero counts, empty rate-limit windows
"""

from __future__ import annotations

import asyncio
import json
import math
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from aiohttp import web
from pydantic import ValidationError

from .answer import answer
from .anthropic_wire import AnthropicWire
from .behaviour import Behaviour
from .call_log import LoggedCall
from .call_plan import CallPlan
from .faults import Fault
from .invalid_json import broken_json
from .openai_wire import OpenAIWire
from .request import SimRequest
from .state import SimulatorState
from .stats import OK, RPM_EXCEEDED
from .wire import WireProtocol
from .wire_error import ErrorKind, WireError, invalid

STATE = web.AppKey("state", SimulatorState)

FAULT_ERRORS = {
    Fault.RATE_LIMIT: (ErrorKind.RATE_LIMIT, "Rate limit reached for requests (simulated)."),
    Fault.SERVER_ERROR: (
        ErrorKind.SERVER_ERROR,
        "The server had an error while processing your request. Sorry about that!",
    ),
    Fault.OVERLOADED: (ErrorKind.OVERLOADED, "The service is overloaded (simulated)."),
}
NOT_JSON_BODY = b"<html><body><h1>502 Bad Gateway</h1></body></html>"


def _json(body: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
    return web.Response(
        body=json.dumps(body, ensure_ascii=False).encode("utf-8"),
        status=status,
        headers=headers,
        content_type="application/json",
    )


def _rate_limit_headers(wire: WireProtocol, state: SimulatorState, model: str) -> dict[str, str]:
    limit = state.behaviour.rpm_limit
    remaining = state.remaining_requests(model)
    if limit is None or remaining is None:
        return {}
    if wire.name == "anthropic":
        reset = datetime.now(UTC) + timedelta(seconds=60)
        return {
            "anthropic-ratelimit-requests-limit": str(limit),
            "anthropic-ratelimit-requests-remaining": str(remaining),
            "anthropic-ratelimit-requests-reset": reset.isoformat(timespec="seconds"),
        }
    return {
        "x-ratelimit-limit-requests": str(limit),
        "x-ratelimit-remaining-requests": str(remaining),
        "x-ratelimit-reset-requests": "60s",
    }


def _error_response(
    wire: WireProtocol, error: WireError, retry_after_s: float | None = None
) -> web.Response:
    status, body = wire.error(error)
    headers = {}
    if retry_after_s is not None:
        # Retry-After carries whole seconds (RFC 9110); OpenAI adds the exact wait in ms.
        headers["retry-after"] = str(math.ceil(retry_after_s))
        if wire.name == "openai":
            headers["retry-after-ms"] = str(round(retry_after_s * 1000))
    return _json(body, status, headers)


def _drop_connection(request: web.Request) -> web.Response:
    """Close the connection without answering; aiohttp then skips writing the response."""
    if request.transport is not None:
        request.transport.abort()
    return web.Response()


def _decode_body(raw: bytes) -> Any:
    try:
        return json.loads(raw)
    except (ValueError, UnicodeDecodeError):
        raise invalid(
            "We could not parse the JSON body of your request. The body must be valid JSON."
        ) from None


def _model_named(body: Any) -> str:
    """The model a (possibly invalid) request names, for the stats."""
    model = body.get("model") if isinstance(body, dict) else None
    return model if isinstance(model, str) and model else "unknown"


def _checked_request(state: SimulatorState, wire: WireProtocol, body: Any) -> SimRequest:
    sim_request = wire.parse(body)
    behaviour = state.behaviour
    if behaviour.strict_models and sim_request.model not in behaviour.models:
        raise WireError(
            ErrorKind.NOT_FOUND,
            f"The model `{sim_request.model}` does not exist or you do not have access to it.",
            "model",
        )
    return sim_request


async def _answer(
    request: web.Request, wire: WireProtocol, sim_request: SimRequest, plan: CallPlan
) -> web.StreamResponse:
    state = request.app[STATE]
    behaviour = state.behaviour
    model = sim_request.model
    record = state.stats.record
    if plan.fault is Fault.RESET:
        record(request.path, model, plan.fault.value)
        return _drop_connection(request)
    if plan.fault is Fault.TIMEOUT:
        record(request.path, model, plan.fault.value)
        await asyncio.sleep(behaviour.timeout_hold_s)  # cancelled if the client leaves
        return _drop_connection(request)
    if plan.fault is Fault.RATE_LIMIT:
        record(request.path, model, plan.fault.value)
        kind, message = FAULT_ERRORS[plan.fault]
        return _error_response(wire, WireError(kind, message), behaviour.retry_after_s)

    result = answer(sim_request, wire.tool_id_prefix + plan.token, behaviour.answer_book,
                    behaviour.degrade)
    if plan.fault is Fault.INVALID_JSON and not result.tool_calls:
        result = replace(result, text=broken_json(result.text, plan.invalid_json,
                                                  sim_request.json_schema))
    record(request.path, model, plan.fault.value if plan.fault else OK)
    if plan.fault is None:
        state.stats.record_tokens(model, result.prompt_tokens, result.completion_tokens)
    latency_ms = plan.latency_ms + behaviour.per_output_token_ms * result.completion_tokens
    if latency_ms > 0:
        await asyncio.sleep(latency_ms / 1000.0)
    if plan.fault in (Fault.SERVER_ERROR, Fault.OVERLOADED):
        kind, message = FAULT_ERRORS[plan.fault]
        return _error_response(wire, WireError(kind, message))

    body = wire.answer_body(sim_request, result, wire.id_prefix + plan.token, int(time.time()))
    headers = _rate_limit_headers(wire, state, model)
    if plan.fault is Fault.MALFORMED:
        if plan.malformed == "not_json":
            return web.Response(body=NOT_JSON_BODY, content_type="text/html")
        encoded = json.dumps(body).encode("utf-8")
        return web.Response(body=encoded[: len(encoded) // 2], content_type="application/json")
    return _json(body, headers=headers)


Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


async def _completion(
    request: web.Request, wire: WireProtocol, state: SimulatorState
) -> tuple[web.StreamResponse, str]:
    """The answer to one completion call, and the model it named (for the call log)."""
    body: Any = None
    try:
        wire.check_headers(request.headers, state.behaviour.require_api_key)
        body = _decode_body(await request.read())
        sim_request = _checked_request(state, wire, body)
    except WireError as error:
        state.stats.record(request.path, _model_named(body), error.kind.value)
        return _error_response(wire, error), _model_named(body)
    wait = state.admit(sim_request.model)
    if wait is not None:
        state.stats.record(request.path, sim_request.model, RPM_EXCEEDED)
        limit = state.behaviour.rpm_limit
        message = (
            f"Rate limit reached for {sim_request.model}: limit {limit} requests per "
            f"minute. Please try again in {wait:.3f}s."
        )
        error_response = _error_response(wire, WireError(ErrorKind.RATE_LIMIT, message), wait)
        return error_response, sim_request.model
    plan = state.plan(sim_request)
    response = await _answer(request, wire, sim_request, plan)
    if wire.name == "anthropic":
        response.headers["request-id"] = f"req_{plan.token}"
    else:
        response.headers["x-request-id"] = f"req_{plan.token}"
    return response, sim_request.model


def _completion_handler(wire: WireProtocol) -> Handler:
    async def handle(request: web.Request) -> web.StreamResponse:
        state = request.app[STATE]
        state.stats.started()
        arrived_at = time.time()
        status, model = 0, "unknown"
        try:
            response, model = await _completion(request, wire, state)
            dropped = request.transport is None or request.transport.is_closing()
            status = 0 if dropped else response.status
            return response
        finally:  # also when the client left mid-call (the handler is cancelled)
            state.stats.finished()
            state.calls.append(
                LoggedCall(
                    client_request_id=request.headers.get("x-client-request-id"),
                    endpoint=request.path,
                    model=model,
                    arrived_at=arrived_at,
                    answered_at=time.time(),
                    status=status,
                )
            )

    return handle


async def list_models(request: web.Request) -> web.Response:
    models = request.app[STATE].behaviour.models
    if request.headers.get("anthropic-version"):
        data = [
            {
                "type": "model",
                "id": name,
                "display_name": name,
                "created_at": "2025-01-01T00:00:00Z",
            }
            for name in models
        ]
        first, last = (models[0], models[-1]) if models else (None, None)
        return _json({"data": data, "has_more": False, "first_id": first, "last_id": last})
    listed: list[dict[str, Any]] = [
        {"id": name, "object": "model", "created": 1735689600, "owned_by": "llmstream-simulator"}
        for name in models
    ]
    return _json({"object": "list", "data": listed})


async def health(request: web.Request) -> web.Response:
    return _json({"status": "ok"})


async def get_config(request: web.Request) -> web.Response:
    return _json(request.app[STATE].behaviour.model_dump(mode="json"))


def _validation_message(error: ValidationError) -> str:
    parts = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        parts.append(f"{where}: {message}" if where else message)
    return "; ".join(parts)


async def put_config(request: web.Request) -> web.Response:
    state = request.app[STATE]
    try:
        changes = json.loads(await request.read())
    except (ValueError, UnicodeDecodeError):
        return _json({"error": "the body must be a JSON object"}, 400)
    if not isinstance(changes, dict):
        return _json({"error": "the body must be a JSON object"}, 400)
    try:
        state.behaviour = state.behaviour.updated(changes)
    except ValidationError as error:
        return _json({"error": _validation_message(error)}, 400)
    return _json(state.behaviour.model_dump(mode="json"))


async def get_stats(request: web.Request) -> web.Response:
    return _json(request.app[STATE].stats.snapshot())


async def get_calls(request: web.Request) -> web.Response:
    calls = request.app[STATE].calls.calls(request.query.get("client_request_id"))
    return _json({"calls": calls})


async def post_reset(request: web.Request) -> web.Response:
    state = request.app[STATE]
    state.reset()
    return _json({"status": "reset", "config": state.behaviour.model_dump(mode="json")})


def build_app(behaviour: Behaviour | None = None) -> web.Application:
    app = web.Application(client_max_size=32 * 1024 * 1024)
    app[STATE] = SimulatorState(behaviour or Behaviour())
    app.router.add_post("/v1/chat/completions", _completion_handler(OpenAIWire()))
    app.router.add_post("/v1/messages", _completion_handler(AnthropicWire()))
    app.router.add_get("/v1/models", list_models)
    app.router.add_get("/health", health)
    app.router.add_get("/_sim/config", get_config)
    app.router.add_put("/_sim/config", put_config)
    app.router.add_get("/_sim/stats", get_stats)
    app.router.add_get("/_sim/calls", get_calls)
    app.router.add_post("/_sim/reset", post_reset)
    return app

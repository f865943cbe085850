"""Basic input validation: required fields and length bounds. Pure, no I/O.

The route's token bound is not checked here: it is counted with the target model
family's tokenizer (guard/token_count.py), which an estimate from characters would
contradict both ways (English prose runs about 5 characters per o200k token, digits and
symbols fewer). ``estimate_tokens`` is the rule of thumb for what needs no exact count
(a rate limiter's reservation before the provider reports usage).
"""

from __future__ import annotations

import math

from llmstream.config import RouteConfig
from llmstream.errors import RequestRejected, Status
from llmstream.events import Request

ROLES = frozenset({"system", "user", "assistant", "tool"})
CHARS_PER_TOKEN = 4


def estimate_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def validate_request(request: Request, route_name: str, route: RouteConfig) -> None:
    """Raise ``RequestRejected`` with a clear status and reason if the request is unfit."""
    if not request.request_id.strip():
        raise RequestRejected(Status.BAD_REQUEST, "request_id must not be empty")
    if not request.messages:
        raise RequestRejected(Status.BAD_REQUEST, "messages must not be empty")
    for index, message in enumerate(request.messages):
        if message.role not in ROLES:
            raise RequestRejected(
                Status.BAD_REQUEST,
                f"messages[{index}].role: {message.role!r} is not one of {sorted(ROLES)}",
            )
    if not any(message.role == "user" for message in request.messages):
        raise RequestRejected(Status.BAD_REQUEST, "messages must contain a user message")
    chars = sum(len(message.content) for message in request.messages)
    if chars > route.max_input_chars:
        raise RequestRejected(
            Status.TOO_LARGE,
            f"input is {chars} characters; route {route_name!r} allows {route.max_input_chars}",
        )
    params = request.params
    if params.temperature is not None and not 0 <= params.temperature <= 2:
        raise RequestRejected(Status.BAD_REQUEST, "params.temperature must be within [0, 2]")
    if params.max_tokens is not None and not 1 <= params.max_tokens <= route.max_output_tokens:
        raise RequestRejected(
            Status.BAD_REQUEST,
            f"params.max_tokens must be within [1, {route.max_output_tokens}] on route "
            f"{route_name!r}",
        )
    if params.top_p is not None and not 0 < params.top_p <= 1:
        raise RequestRejected(Status.BAD_REQUEST, "params.top_p must be within (0, 1]")
    if request.timeout_ms is not None and request.timeout_ms <= 0:
        raise RequestRejected(Status.BAD_REQUEST, "timeout_ms must be positive")

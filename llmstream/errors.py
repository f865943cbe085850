"""Every failure llmstream reports has a machine-readable code.

The code is what a client sees in ``Response.status`` and what telemetry records in
``status``/``error_type``; the exception types exist so that code paths can raise and
catch them by meaning rather than by string.
"""

from __future__ import annotations

from enum import StrEnum


class Status(StrEnum):
    """Terminal status of a request, as written on the response event."""

    OK = "ok"
    BAD_REQUEST = "bad_request"  # missing/invalid fields
    TOO_LARGE = "too_large"  # length bounds exceeded
    UNKNOWN_ROUTE = "unknown_route"
    UNKNOWN_PROMPT = "unknown_prompt"  # prompt name, version or label not in the registry
    PROVIDER_ERROR = "provider_error"  # non-retryable provider answer (4xx, invalid body)
    PROVIDER_UNAVAILABLE = "provider_unavailable"  # retries exhausted on 429/5xx/network
    DEADLINE_EXCEEDED = "deadline_exceeded"
    INTERNAL_ERROR = "internal_error"
    RATE_LIMITED = "rate_limited"  # an application limit per user or feature (requests/min)
    BUDGET_EXCEEDED = "budget_exceeded"  # a spending limit per tenant, user or feature
    BLOCKED_INPUT = "blocked_input"  # the input guardrails refused the request
    INVALID_OUTPUT = "invalid_output"  # the answer failed validation after repair/fallback
    BLOCKED_OUTPUT = "blocked_output"  # the answer broke the output policy (leak, content)


class LLMStreamError(Exception):
    """Base of every error llmstream raises on purpose."""

    status: Status = Status.INTERNAL_ERROR

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class ConfigError(LLMStreamError):
    """The configuration file is missing, unreadable or invalid (the message names the key)."""


class RequestRejected(LLMStreamError):
    """A request that must be answered with an error status instead of a provider call."""

    def __init__(self, status: Status, reason: str) -> None:
        super().__init__(reason)
        self.status = status


class DecodeError(LLMStreamError):
    """An event could not be decoded with its schema; it belongs on the dead-letter topic."""

"""An error answer, named by meaning; each wire protocol renders it in its own shape."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    INVALID_REQUEST = "invalid_request"  # 400
    AUTHENTICATION = "authentication"  # 401
    NOT_FOUND = "not_found"  # 404
    RATE_LIMIT = "rate_limit"  # 429
    SERVER_ERROR = "server_error"  # 500
    OVERLOADED = "overloaded"  # 503 (OpenAI) / 529 (Anthropic)


class WireError(Exception):
    def __init__(self, kind: ErrorKind, message: str, param: str | None = None) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message
        self.param = param


def invalid(message: str, param: str | None = None) -> WireError:
    return WireError(ErrorKind.INVALID_REQUEST, message, param)

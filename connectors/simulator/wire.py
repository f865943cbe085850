"""The interface each simulated wire protocol implements (OpenAI, Anthropic)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol

from .answer import SimAnswer
from .request import SimRequest
from .wire_error import WireError


class WireProtocol(Protocol):
    name: str  # "openai" or "anthropic"
    id_prefix: str  # of response ids: "chatcmpl-", "msg_"
    tool_id_prefix: str  # of tool-call ids: "call_", "toolu_"

    def check_headers(self, headers: Mapping[str, str], require_api_key: bool) -> None:
        """Raise ``WireError`` when required headers are missing."""
        ...

    def parse(self, body: Any) -> SimRequest:
        """Validate a decoded request body; raise ``WireError`` naming the bad field."""
        ...

    def answer_body(
        self, request: SimRequest, answer: SimAnswer, call_id: str, created: int
    ) -> dict[str, Any]: ...

    def error(self, error: WireError) -> tuple[int, dict[str, Any]]:
        """HTTP status and body of an error answer."""
        ...

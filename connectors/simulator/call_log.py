"""When each call arrived and was answered, so tests can check timing at the provider.

"No attempt before the time Retry-After names" and "no attempt after the deadline" are
claims about when calls reach the provider; the log records, per call, the wall-clock
arrival and answer times and the ``X-Client-Request-Id`` it carried (the pipeline sends
its request id there). Bounded: the oldest entries are forgotten first.
"""

from __future__ import annotations

from collections import deque
from dataclasses import asdict, dataclass
from typing import Any

MAX_LOGGED_CALLS = 100_000


@dataclass(frozen=True, slots=True)
class LoggedCall:
    client_request_id: str | None
    endpoint: str
    model: str
    arrived_at: float  # epoch seconds
    answered_at: float  # epoch seconds: the answer (or the dropped connection) was ready
    status: int  # HTTP status sent; 0 when the connection was dropped


class CallLog:
    def __init__(self, capacity: int = MAX_LOGGED_CALLS) -> None:
        self._calls: deque[LoggedCall] = deque(maxlen=capacity)

    def append(self, call: LoggedCall) -> None:
        self._calls.append(call)

    def clear(self) -> None:
        self._calls.clear()

    def calls(self, client_request_id: str | None = None) -> list[dict[str, Any]]:
        """Every logged call, or those of one request id, oldest first."""
        return [
            asdict(call)
            for call in self._calls
            if client_request_id is None or call.client_request_id == client_request_id
        ]

"""Which fault, if any, a call gets. Pure: the caller supplies the uniform draw."""

from __future__ import annotations

from enum import StrEnum

from .behaviour import FaultRates


class Fault(StrEnum):
    RATE_LIMIT = "rate_limit"
    SERVER_ERROR = "server_error"
    OVERLOADED = "overloaded"
    TIMEOUT = "timeout"
    RESET = "reset"
    MALFORMED = "malformed"
    INVALID_JSON = "invalid_json"


def choose_fault(rates: FaultRates, draw: float) -> Fault | None:
    """``draw`` is uniform in [0, 1); each fault owns a slice as wide as its rate."""
    edge = 0.0
    for name, rate in rates.as_dict().items():
        edge += rate
        if draw < edge:
            return Fault(name)
    return None

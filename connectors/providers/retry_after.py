"""Parse how long a provider asks us to wait: ``retry-after-ms``, then ``Retry-After``.

``Retry-After`` is either delay-seconds or an HTTP date (RFC 9110 section 10.2.3);
OpenAI also sends ``retry-after-ms`` with millisecond precision. Pure: the current time is
an argument.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import UTC
from email.utils import parsedate_to_datetime


def _finite_non_negative(value: float) -> float | None:
    if math.isnan(value) or math.isinf(value):
        return None
    return max(0.0, value)


def parse_retry_after(headers: Mapping[str, str], now_epoch_s: float) -> float | None:
    """Seconds to wait from ``now_epoch_s``, or None when the headers name no (valid) wait.

    ``headers`` must look names up case-insensitively (``httpx.Headers`` does).
    """
    milliseconds = headers.get("retry-after-ms")
    if milliseconds is not None:
        try:
            seconds = _finite_non_negative(float(milliseconds.strip()) / 1000.0)
        except ValueError:
            seconds = None
        if seconds is not None:
            return seconds
    value = headers.get("retry-after")
    if value is None:
        return None
    value = value.strip()
    try:
        return _finite_non_negative(float(value))
    except ValueError:
        pass
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:  # "-0000": no zone given; an HTTP date is GMT anyway
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now_epoch_s)

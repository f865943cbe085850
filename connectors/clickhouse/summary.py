"""The headline numbers of the ``requests`` table: volume, errors, latency, tokens, cost.

SQL building is pure (``totals_sql``, ``errors_sql``) and separate from running it
(``summary``), so the same SQL can back a dashboard panel or a test.

Percentiles are exact (``quantilesExactInclusive``: linear interpolation between the two
nearest values, the same definition as numpy's default and Excel's PERCENTILE.INC).
Counts and sums need no ``FINAL``: the sink never writes an event twice.
"""

from __future__ import annotations

import math
from typing import Any

from llmstream.connectors.clickhouse.schema import (
    DEFAULT_DATABASE,
    REQUESTS,
    SchemaSettings,
    quote_string,
)
from llmstream.connectors.clickhouse.store import QueryReader

# Cache outcomes that mean "answered without a provider call".
CACHE_HITS = ("hit", "exact", "semantic")
QUANTILES = (0.5, 0.95, 0.99)
QUANTILE_NAMES = ("p50", "p95", "p99")
# ``summary``'s breakdowns: result key -> column of ``requests``.
BREAKDOWNS = {
    "by_model": "model",
    "by_prompt_version": "prompt_version",
    "by_tenant": "tenant",
    "by_feature": "feature",
}


def time_filter(since_seconds: float | None) -> str:
    """A WHERE condition on ``ts`` for the last ``since_seconds`` (``1`` for all time)."""
    if since_seconds is None:
        return "1"
    if since_seconds < 0 or not math.isfinite(since_seconds):
        raise ValueError(f"since_seconds must be a positive number, got {since_seconds}")
    return f"ts >= now64(3) - toIntervalMillisecond({round(since_seconds * 1000)})"


def _breakdown_column(column: str | None) -> str | None:
    if column is not None and column not in BREAKDOWNS.values():
        raise ValueError(f"cannot break the summary down by {column!r}")
    return column


def totals_sql(database: str, since_seconds: float | None, *, per_model: bool = False,
               by: str | None = None) -> str:
    """Request count, latency percentiles, tokens, cost and cache hits; one row per value
    of ``by`` (a ``BREAKDOWNS`` column; ``per_model`` is ``by="model"``), else one row."""
    levels = ", ".join(str(q) for q in QUANTILES)
    hits = ", ".join(quote_string(value) for value in CACHE_HITS)
    column = _breakdown_column("model" if per_model else by)
    select_key = f"{column} AS key, " if column else ""
    group = " GROUP BY key ORDER BY key" if column else ""
    return (
        f"SELECT {select_key}count() AS requests, "
        f"quantilesExactInclusive({levels})(latency_ms) AS latency_ms, "
        "sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens, "
        f"sum(cost_usd) AS cost_usd, countIf(cache IN ({hits})) AS cache_hits "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE {time_filter(since_seconds)}{group}"
    )


def errors_sql(database: str, since_seconds: float | None, by: str = "model") -> str:
    """Requests whose status is not ``ok``, per value of ``by`` and status."""
    column = _breakdown_column(by)
    return (
        f"SELECT {column} AS key, status, count() AS requests "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE status != 'ok' AND {time_filter(since_seconds)} "
        "GROUP BY key, status ORDER BY key, status"
    )


def _number(value: Any) -> float:
    """A JSON/Python number; NaN/None (no rows) as 0."""
    if value is None:
        return 0.0
    number = float(value)
    return 0.0 if math.isnan(number) else number


def _figures(row: dict[str, Any], errors: dict[str, int]) -> dict[str, Any]:
    requests = int(row["requests"])
    latencies = list(row["latency_ms"] or [])
    latencies += [None] * (len(QUANTILE_NAMES) - len(latencies))
    return {
        "requests": requests,
        "errors_by_status": dict(sorted(errors.items())),
        "latency_ms": {name: _number(v) for name, v in zip(QUANTILE_NAMES, latencies, strict=True)},
        "tokens": {"prompt": int(_number(row["prompt_tokens"])),
                   "completion": int(_number(row["completion_tokens"]))},
        "cost_usd": _number(row["cost_usd"]),
        "cache_hit_rate": _number(row["cache_hits"]) / requests if requests else 0.0,
    }


def summary(
    reader: QueryReader,
    since_seconds: float | None,
    *,
    database: str = DEFAULT_DATABASE,
) -> dict[str, Any]:
    """``requests``, ``errors_by_status``, ``latency_ms`` {p50, p95, p99}, ``tokens``
    {prompt, completion}, ``cost_usd``, ``cache_hit_rate`` over the last ``since_seconds``
    (``None``: all time), and the same per model, prompt version, tenant and feature
    (``by_model``, ``by_prompt_version``, ``by_tenant``, ``by_feature``; a request without
    one is under ``""``)."""
    overall = reader.query(totals_sql(database, since_seconds)).records()
    all_errors: dict[str, int] = {}
    breakdowns: dict[str, dict[str, Any]] = {}
    for key, column in BREAKDOWNS.items():
        groups = reader.query(totals_sql(database, since_seconds, by=column)).records()
        errors: dict[str, dict[str, int]] = {}
        for value, status, count in reader.query(
                errors_sql(database, since_seconds, by=column)).rows:
            errors.setdefault(str(value), {})[str(status)] = int(count)
        if column == "model":  # every request has one model value: the overall errors
            for by_status in errors.values():
                for status, count in by_status.items():
                    all_errors[status] = all_errors.get(status, 0) + count
        breakdowns[key] = {
            str(row["key"]): _figures(row, errors.get(str(row["key"]), {})) for row in groups
        }
    empty = {"requests": 0, "latency_ms": [], "prompt_tokens": 0, "completion_tokens": 0,
             "cost_usd": 0, "cache_hits": 0}
    result = _figures(overall[0] if overall else empty, all_errors)
    result.update(breakdowns)
    return result

"""Per prompt version: requests, errors, p95 latency, tokens and cost, in one query.

The question a prompt owner asks before promoting or rolling back a version ("is v3
slower or dearer than v2?") is one ``GROUP BY`` over the ``requests`` table, whose rows
carry ``prompt_name``, ``prompt_version`` and ``prompt_variant`` from the request stage.
Requests that named no prompt (or an unknown one) have an empty version and are left out.
The SQL is pure and separate from running it, like ``summary.py``.
"""

from __future__ import annotations

from typing import Any

from llmstream.connectors.clickhouse.schema import (
    DEFAULT_DATABASE,
    REQUESTS,
    SchemaSettings,
    quote_string,
)
from llmstream.connectors.clickhouse.store import QueryReader
from llmstream.connectors.clickhouse.summary import time_filter


def prompt_versions_sql(
    database: str, since_seconds: float | None = None, prompt_name: str | None = None
) -> str:
    """One row per (prompt, version), versions in numeric order."""
    only = "" if prompt_name is None else f" AND prompt_name = {quote_string(prompt_name)}"
    return (
        "SELECT prompt_name, prompt_version, count() AS requests, "
        "countIf(status != 'ok') AS errors, "
        "quantileExactInclusive(0.95)(latency_ms) AS p95_latency_ms, "
        "sum(prompt_tokens) AS prompt_tokens, sum(completion_tokens) AS completion_tokens, "
        "sum(cost_usd) AS total_cost_usd, avg(cost_usd) AS cost_per_request_usd "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE prompt_version != '' AND {time_filter(since_seconds)}{only} "
        "GROUP BY prompt_name, prompt_version "
        "ORDER BY prompt_name, toUInt32OrZero(prompt_version)"
    )


def prompt_versions(
    reader: QueryReader,
    since_seconds: float | None = None,
    prompt_name: str | None = None,
    *,
    database: str = DEFAULT_DATABASE,
) -> list[dict[str, Any]]:
    return reader.query(prompt_versions_sql(database, since_seconds, prompt_name)).records()

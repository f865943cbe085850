"""Cache hit rate per route, from the ``requests`` table (one row per request).

    requests   every answered request of the route
    exact      answered from the exact cache (including those that waited on an
               identical request in flight)
    semantic   answered from the semantic cache
    unavailable  answered without the cache because Redis could not be reached
    hit_rate   (exact + semantic) / requests
"""

from __future__ import annotations

from typing import Any

from llmstream.connectors.clickhouse.schema import REQUESTS, SchemaSettings
from llmstream.connectors.clickhouse.summary import time_filter


def cache_hit_rate_sql(database: str, since_seconds: float | None = None) -> str:
    return (
        "SELECT route, count() AS requests, "
        "countIf(cache = 'exact') AS exact, countIf(cache = 'semantic') AS semantic, "
        "countIf(cache = 'unavailable') AS unavailable, "
        "(exact + semantic) / requests AS hit_rate "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE {time_filter(since_seconds)} GROUP BY route ORDER BY route"
    )


def hit_rates(rows: list[list[Any]]) -> dict[str, dict[str, float]]:
    """The query's rows by route."""
    names = ("requests", "exact", "semantic", "unavailable", "hit_rate")
    return {
        str(row[0]): {name: float(value) for name, value in zip(names, row[1:], strict=True)}
        for row in rows
    }

"""Cache hit rate per route, from the ``requests`` table (one row per request).

    requests   every answered request of the route
    exact      answered from the exact cache (including those that waited on an
               identical request in flight)
    semantic   answered from the semantic cache
    unavailable  answered without the cache because Redis could not be reached
    hit_rate   (exact + semantic) / requests
    semantic_similarity_min, semantic_similarity_avg
               how similar the semantic hits were to the question they reused (None
               without semantic hits): a minimum close to the route's threshold says the
               threshold decides many hits
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from llmstream.connectors.clickhouse.schema import REQUESTS, SchemaSettings
from llmstream.connectors.clickhouse.summary import time_filter


def cache_hit_rate_sql(database: str, since_seconds: float | None = None) -> str:
    return (
        "SELECT route, count() AS requests, "
        "countIf(cache = 'exact') AS exact, countIf(cache = 'semantic') AS semantic, "
        "countIf(cache = 'unavailable') AS unavailable, "
        "(exact + semantic) / requests AS hit_rate, "
        "minIf(cache_similarity, cache = 'semantic') AS semantic_similarity_min, "
        "avgIf(cache_similarity, cache = 'semantic') AS semantic_similarity_avg "
        f"FROM {SchemaSettings(database).table(REQUESTS)} "
        f"WHERE {time_filter(since_seconds)} GROUP BY route ORDER BY route"
    )


@dataclass(frozen=True, slots=True)
class RouteHitRate:
    requests: int
    exact: int
    semantic: int
    unavailable: int
    hit_rate: float
    semantic_similarity_min: float | None
    semantic_similarity_avg: float | None


def _optional(value: Any) -> float | None:
    return None if value is None else float(value)


def hit_rates(rows: list[list[Any]]) -> dict[str, RouteHitRate]:
    """The query's rows by route."""
    return {
        str(route): RouteHitRate(int(requests), int(exact), int(semantic), int(unavailable),
                                 float(hit_rate), _optional(similarity_min),
                                 _optional(similarity_avg))
        for route, requests, exact, semantic, unavailable, hit_rate, similarity_min,
        similarity_avg in rows
    }

"""Answer quality in SQL: feedback rates and evaluation scores, per prompt version, model,
route and evaluator. Pure SQL building; the quality dashboard (``dashboards/panels.py``),
its alerts, ``llmstream report`` and the tests all use these functions, so they read the
same numbers.

Each event counts once: both tables are ``ReplacingMergeTree`` on ``event_id`` and are
read with ``FINAL``, so an event published twice (an application retrying) is collapsed
even before parts merge. Feedback is joined to its request by ``request_id`` (the
request's route, model and prompt come from ``requests``; feedback whose request is not
stored has them empty).

Rates, over the feedback events of a group:

* ``thumbs_up_rate``/``thumbs_down_rate``: thumbs up (down) / thumbs up and down;
* ``regenerate_rate``: requests regenerated / requests with any feedback;
* ``task_completion_rate``: task completed / task completed and failed.

A rate with no events to divide by is NULL (no data), never 0.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any

from llmstream.connectors.clickhouse.schema import (
    DEFAULT_DATABASE,
    EVALUATION_SCORES,
    FEEDBACK,
    REQUESTS,
    SchemaSettings,
)
from llmstream.connectors.clickhouse.store import QueryReader
from llmstream.connectors.clickhouse.summary import time_filter

VOTES = "kind IN ('thumbs_up', 'thumbs_down')"
TASKS = "kind IN ('task_completed', 'task_failed')"
FEEDBACK_MEASURES = (
    "count() AS feedback",
    f"countIf(kind = 'thumbs_up') / nullIf(countIf({VOTES}), 0) AS thumbs_up_rate",
    f"countIf(kind = 'thumbs_down') / nullIf(countIf({VOTES}), 0) AS thumbs_down_rate",
    "uniqExactIf(request_id, kind = 'regenerate') / uniqExact(request_id) AS regenerate_rate",
    f"countIf(kind = 'task_completed') / nullIf(countIf({TASKS}), 0) AS task_completion_rate",
)
SCORE_MEASURES = (
    "count() AS scores",
    "avg(score) AS avg_score",
    "min(score) AS min_score",
)
# Dimensions a quality breakdown may use.
FEEDBACK_DIMENSIONS = ("prompt_name", "prompt_version", "model", "route", "kind", "tenant")
SCORE_DIMENSIONS = ("prompt_name", "prompt_version", "prompt_variant", "model", "route",
                    "evaluator", "evaluator_kind", "source", "run_id", "arm", "dataset")


def _checked(columns: Sequence[str], allowed: Sequence[str]) -> list[str]:
    unknown = [c for c in columns if c not in allowed]
    if unknown:
        raise ValueError(f"cannot break quality down by {unknown}; choose from {allowed}")
    return list(columns)


def feedback_with_requests(database: str, time_condition: str) -> str:
    """A subquery: each feedback event in ``time_condition`` (on ``ts``) once, with its
    request's route, model and prompt."""
    settings = SchemaSettings(database)
    feedback, requests = settings.table(FEEDBACK), settings.table(REQUESTS)
    return (
        "(SELECT f.event_id AS event_id, f.request_id AS request_id, f.ts AS ts,\n"
        "    f.kind AS kind, f.value AS value, f.tenant AS tenant, r.route AS route,\n"
        "    r.model AS model, r.prompt_name AS prompt_name,\n"
        "    r.prompt_version AS prompt_version\n"
        f"  FROM (SELECT * FROM {feedback} FINAL WHERE {time_condition}) AS f\n"
        "  ANY LEFT JOIN (SELECT request_id, route, model, prompt_name, prompt_version\n"
        f"    FROM {requests} WHERE request_id IN\n"
        f"      (SELECT request_id FROM {feedback} WHERE {time_condition})) AS r\n"
        "  ON f.request_id = r.request_id)"
    )


def scores_once(database: str, time_condition: str) -> str:
    """A subquery: each evaluation score in ``time_condition`` (on ``ts``) once."""
    table = SchemaSettings(database).table(EVALUATION_SCORES)
    return f"(SELECT * FROM {table} FINAL WHERE {time_condition})"


def _select(source: str, measures: Sequence[str], group_by: list[str], bucket: str | None,
            filters: Sequence[str]) -> str:
    keys = (["time"] if bucket else []) + group_by
    selected = ([f"{bucket} AS time"] if bucket else []) + group_by + list(measures)
    sql = "SELECT " + ",\n  ".join(selected) + f"\nFROM {source}"
    if filters:
        sql += "\nWHERE " + "\n  AND ".join(filters)
    if keys:
        sql += "\nGROUP BY " + ", ".join(keys) + "\nORDER BY " + ", ".join(keys)
    return sql


def feedback_rates_sql(database: str, time_condition: str, group_by: Sequence[str] = (),
                       *, bucket: str | None = None, filters: Sequence[str] = (),
                       measures: Sequence[str] = FEEDBACK_MEASURES) -> str:
    """Feedback count and rates per ``group_by`` (and per ``bucket`` of time)."""
    return _select(feedback_with_requests(database, time_condition), measures,
                   _checked(group_by, FEEDBACK_DIMENSIONS), bucket, filters)


def scores_sql(database: str, time_condition: str, group_by: Sequence[str] = (),
               *, bucket: str | None = None, filters: Sequence[str] = (),
               measures: Sequence[str] = SCORE_MEASURES) -> str:
    """Score count, mean and minimum per ``group_by`` (and per ``bucket`` of time)."""
    return _select(scores_once(database, time_condition), measures,
                   _checked(group_by, SCORE_DIMENSIONS), bucket, filters)


FEEDBACK_BREAKDOWN = ("prompt_name", "prompt_version", "model", "route")
SCORES_BREAKDOWN = ("prompt_name", "prompt_version", "model", "evaluator", "source")


def _plain(record: dict[str, Any]) -> dict[str, Any]:
    """NaN (the embedded engine's JSON for a NULL rate) as None."""
    return {k: None if isinstance(v, float) and math.isnan(v) else v
            for k, v in record.items()}


def quality(reader: QueryReader, since_seconds: float | None, *,
            database: str = DEFAULT_DATABASE) -> dict[str, list[dict[str, Any]]]:
    """``feedback``: count and rates per prompt name/version, model and route;
    ``scores``: count, mean and minimum per prompt name/version, model, evaluator and
    source; over the last ``since_seconds`` (``None``: all time)."""
    condition = time_filter(since_seconds)
    feedback = reader.query(feedback_rates_sql(database, condition, FEEDBACK_BREAKDOWN))
    scores = reader.query(scores_sql(database, condition, SCORES_BREAKDOWN))
    return {"feedback": [_plain(r) for r in feedback.records()],
            "scores": [_plain(r) for r in scores.records()]}

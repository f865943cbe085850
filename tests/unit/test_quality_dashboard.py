"""The quality dashboard's feedback and score panels, and the quality alerts, run on the
embedded engine (macros expanded as Grafana would) against a handful of known feedback
events and scores, and return the numbers worked out by hand in the comments here.

Events are stored through the sink's own row mapping; two of them twice (an application
that retried), which the SQL must count once."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.evaluation_rows import evaluation_row
from llmstream.connectors.clickhouse.feedback_rows import feedback_row
from llmstream.connectors.clickhouse.quality import quality
from llmstream.connectors.clickhouse.schema import (
    EVALUATION_COLUMN_NAMES,
    FEEDBACK_COLUMN_NAMES,
    SchemaSettings,
    migrate,
)
from llmstream.dashboards.grafana_macros import QueryContext, expand
from llmstream.dashboards.panels import (
    DATABASE,
    FEEDBACK_PANEL_UIDS,
    QUALITY,
    QUALITY_ALERTS,
    Alert,
)
from llmstream.events import EvaluationScore, Feedback

INTERVAL_S = 300
_NOW = datetime.now(UTC).replace(second=0, microsecond=0)
# On a bucket boundary (buckets are aligned to the epoch), an hour before now.
TO = _NOW - timedelta(minutes=_NOW.minute % 5, hours=1)
FROM = TO - timedelta(hours=1)
EARLY = FROM + timedelta(minutes=7)  # in the 5-minute bucket FROM+5m
LATE = FROM + timedelta(minutes=22)  # in the bucket FROM+20m
OUTSIDE = FROM - timedelta(minutes=10)

# request_id -> (route, model, prompt_name, prompt_version)
REQUESTS = {
    "r1": ("chat", "small", "answer", "1"),
    "r2": ("chat", "small", "answer", "1"),
    "r3": ("chat", "large", "answer", "2"),
    "r4": ("chat", "large", "answer", "2"),
}
# (event_id, request_id, kind, when); "f5" is published twice, "r-gone" has no request.
FEEDBACK = [
    ("f1", "r1", "THUMBS_UP", EARLY),
    ("f2", "r2", "THUMBS_DOWN", EARLY),
    ("f3", "r1", "REGENERATE", EARLY),
    ("f4", "r1", "TASK_COMPLETED", LATE),
    ("f5", "r2", "THUMBS_UP", LATE),
    ("f5", "r2", "THUMBS_UP", LATE),
    ("f6", "r3", "THUMBS_DOWN", LATE),
    ("f7", "r4", "THUMBS_DOWN", LATE),
    ("f8", "r3", "TASK_FAILED", LATE),
    ("f9", "r4", "COMMENT", LATE),
    ("f10", "r3", "THUMBS_UP", OUTSIDE),
    ("f11", "r-gone", "THUMBS_UP", LATE),
]
# (event_id, request_id, source, evaluator, score, when); "s2" is published twice.
SCORES = [
    ("s1", "r1", "ONLINE", "relevance", 0.9, EARLY),
    ("s2", "r2", "ONLINE", "relevance", 0.7, LATE),
    ("s2", "r2", "ONLINE", "relevance", 0.7, LATE),
    ("s3", "r3", "ONLINE", "relevance", 0.4, LATE),
    ("s4", "r4", "ONLINE", "relevance", 0.6, LATE),
    ("s5", "r4", "DATASET", "exact_match", 1.0, LATE),
    ("s6", "r1", "ONLINE", "relevance", 0.1, OUTSIDE),
]


def ms(moment: datetime) -> int:
    return int(moment.timestamp() * 1000)


def minute(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M:%S")


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedStore]:
    opened = EmbeddedStore(str(tmp_path_factory.mktemp("chdb") / "data"))
    settings = SchemaSettings(DATABASE)
    migrate(opened, settings)
    opened.insert_rows(
        settings.table("requests"),
        ("event_id", "request_id", "ts", "route", "status", "model", "prompt_name",
         "prompt_version"),
        [(f"e-{rid}", rid, EARLY - timedelta(minutes=1), route, "ok", model, name, version)
         for rid, (route, model, name, version) in REQUESTS.items()])
    feedback = [feedback_row(Feedback(event_id, rid, kind, ms(when)), "llm.feedback", 0, n)
                for n, (event_id, rid, kind, when) in enumerate(FEEDBACK)]
    scores = []
    for n, (event_id, rid, source, evaluator, score, when) in enumerate(SCORES):
        route, model, name, version = REQUESTS[rid]
        scores.append(evaluation_row(EvaluationScore(
            event_id=event_id, ts=ms(when), request_id=rid, source=source,
            evaluator=evaluator, evaluator_kind="judge", score=score, reason="ok",
            route=route, model=model, prompt_name=name, prompt_version=version),
            "llm.evaluations", 0, n))
    # One insert per event, merges stopped: only FINAL collapses the copies.
    for table in ("feedback", "evaluation_scores"):
        opened.command(f"SYSTEM STOP MERGES {settings.table(table)}")
    for row in feedback:
        opened.insert_rows(settings.table("feedback"), FEEDBACK_COLUMN_NAMES, [row])
    for row in scores:
        opened.insert_rows(settings.table("evaluation_scores"), EVALUATION_COLUMN_NAMES, [row])
    yield opened
    opened.close()


def context(models: list[str] | None, start: datetime = FROM) -> QueryContext:
    return QueryContext(from_ms=ms(start), to_ms=ms(TO), interval_s=INTERVAL_S,
                        variables={"model": models, "tenant": None},
                        all_values={"model": ["large", "small"],
                                    "tenant": ["acme"]})


NAN = float("nan")
BUCKET_EARLY = minute(FROM + timedelta(minutes=5))
BUCKET_LATE = minute(FROM + timedelta(minutes=20))

# Worked out by hand from FEEDBACK and SCORES, for "All" models:
EXPECTED_ALL: dict[str, list[tuple[Any, ...]]] = {
    # prompt_name, prompt_version, model, route, feedback, up, down, regenerate, completion
    "quality-feedback-by-prompt-version": [
        # f11 (its request is not stored): one thumbs up, no task feedback.
        ("", "", "", "", 1, 1.0, 0.0, 0.0, NAN),
        # f1 up, f2 down, f3 regenerate (r1), f4 completed, f5 up once: votes 2 up 1 down,
        # requests with feedback r1, r2 (one regenerated), tasks 1 of 1 completed.
        ("answer", "1", "small", "chat", 5, 2 / 3, 1 / 3, 0.5, 1.0),
        # f6, f7 down, f8 failed, f9 comment (f10 is before the range).
        ("answer", "2", "large", "chat", 4, 0.0, 1.0, 0.0, 0.0),
    ],
    # time, prompt_version, thumbs-down rate over the votes of the bucket
    "quality-thumbs-down-rate": [
        (BUCKET_EARLY, "1", 0.5),  # f1 up, f2 down
        (BUCKET_LATE, "", 0.0),  # f11 up
        (BUCKET_LATE, "1", 0.0),  # f5 up (once)
        (BUCKET_LATE, "2", 1.0),  # f6, f7 down
    ],
    # prompt_name, prompt_version, model, evaluator, source, scores, mean, min
    "quality-scores-by-prompt-version": [
        ("answer", "1", "small", "relevance", "online", 2, 0.8, 0.7),  # s1, s2 once
        ("answer", "2", "large", "exact_match", "dataset", 1, 1.0, 1.0),  # s5
        ("answer", "2", "large", "relevance", "online", 2, 0.5, 0.4),  # s3, s4
    ],
    # time, prompt_version, evaluator, mean online score
    "quality-online-score": [
        (BUCKET_EARLY, "1", "relevance", 0.9),
        (BUCKET_LATE, "1", "relevance", 0.7),
        (BUCKET_LATE, "2", "relevance", 0.5),
    ],
}
# Only model "large" selected.
EXPECTED_LARGE: dict[str, list[tuple[Any, ...]]] = {
    "quality-feedback-by-prompt-version": [EXPECTED_ALL["quality-feedback-by-prompt-version"][2]],
    "quality-thumbs-down-rate": [(BUCKET_LATE, "2", 1.0)],
    "quality-scores-by-prompt-version": EXPECTED_ALL["quality-scores-by-prompt-version"][1:],
    "quality-online-score": [(BUCKET_LATE, "2", "relevance", 0.5)],
}

PANELS = [panel for panel in QUALITY.panels if panel.uid in FEEDBACK_PANEL_UIDS]


def assert_rows(actual: list[tuple[Any, ...]], expected: list[tuple[Any, ...]],
                what: str) -> None:
    assert len(actual) == len(expected), f"{what}: {actual}"
    for got, want in zip(actual, expected, strict=True):
        assert len(got) == len(want), f"{what}: {got} vs {want}"
        for value, wanted in zip(got, want, strict=True):
            if isinstance(wanted, float) and wanted != wanted:
                assert value is None or value != value, f"{what}: {got} vs {want}"
            elif isinstance(wanted, float):
                assert float(value) == pytest.approx(wanted, abs=1e-12), f"{what}: {got}"
            else:
                assert value == wanted, f"{what}: {got} vs {want}"


def test_every_feedback_panel_has_a_hand_worked_expectation() -> None:
    assert {panel.uid for panel in PANELS} == set(EXPECTED_ALL) == set(EXPECTED_LARGE)


@pytest.mark.parametrize("panel", PANELS, ids=[p.uid for p in PANELS])
@pytest.mark.parametrize(("models", "expected"),
                         [(None, EXPECTED_ALL), (["large"], EXPECTED_LARGE)],
                         ids=["all-models", "large"])
def test_panel_sql_returns_the_hand_worked_numbers(
    store: EmbeddedStore, panel: Any, models: list[str] | None,
    expected: dict[str, list[tuple[Any, ...]]],
) -> None:
    result = store.query(expand(panel.sql, context(models)))
    assert_rows(result.rows, expected[panel.uid], panel.uid)


# Alert values over the last hour (the dashboard range), and whether each series fires.
ALERT_EXPECTED = {
    # mean online score per prompt: v1 (0.9 + 0.7) / 2, v2 (0.4 + 0.6) / 2; floor 0.7
    "llmstream-online-score-low": ([("answer", "1", 0.8), ("answer", "2", 0.5)],
                                   [False, True]),
    # thumbs down over thumbs: f11 0/1, v1 1/3, v2 2/2; ceiling 0.3
    "llmstream-thumbs-down-high": ([("", "", 0.0), ("answer", "1", 1 / 3),
                                    ("answer", "2", 1.0)], [False, True, True]),
}


@pytest.mark.parametrize("alert", QUALITY_ALERTS, ids=[a.uid for a in QUALITY_ALERTS])
def test_quality_alerts_fire_on_the_degraded_prompt_versions(store: EmbeddedStore,
                                                             alert: Alert) -> None:
    start = TO - timedelta(seconds=alert.window_s)
    result = store.query(expand(alert.sql, context(None, start)))
    rows, firing = ALERT_EXPECTED[alert.uid]
    assert_rows(result.rows, rows, alert.uid)
    values = [float(row[-1]) for row in result.rows]
    assert [v > alert.threshold if alert.above else v < alert.threshold
            for v in values] == firing


def test_the_report_reads_the_same_numbers(store: EmbeddedStore) -> None:
    data = quality(store, None, database=DATABASE)  # all time: f10 and s6 count too
    by_version = {(r["prompt_version"], r["model"]): r for r in data["feedback"]}
    # v2 with f10 (a thumbs up before the range): votes 1 up 2 down.
    assert by_version[("2", "large")]["feedback"] == 5
    assert by_version[("2", "large")]["thumbs_up_rate"] == pytest.approx(1 / 3)
    assert by_version[("", "")]["task_completion_rate"] is None
    scores = {(r["prompt_version"], r["evaluator"]): r for r in data["scores"]}
    # v1 relevance with s6: (0.9 + 0.7 + 0.1) / 3
    assert scores[("1", "relevance")]["scores"] == 3
    assert scores[("1", "relevance")]["avg_score"] == pytest.approx(1.7 / 3)
    assert scores[("1", "relevance")]["min_score"] == pytest.approx(0.1)

"""Feedback validation (what the client and CLI refuse), and feedback and score events as
ClickHouse rows: kinds, values, PII redaction, the events the sink dead-letters."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import pytest

from llmstream.connectors.avro import serde
from llmstream.connectors.clickhouse.evaluation_rows import pending_evaluation
from llmstream.connectors.clickhouse.feedback_rows import feedback_row, pending_feedback
from llmstream.connectors.clickhouse.schema import (
    EVALUATION_COLUMN_NAMES,
    FEEDBACK_COLUMN_NAMES,
)
from llmstream.connectors.clickhouse.telemetry_rows import InvalidEvent
from llmstream.events import EvaluationScore, Feedback
from llmstream.feedback import InvalidFeedback, effective_value, feedback_event, feedback_from_json
from llmstream.feedback_command import read_feedback

TS = 1_780_000_000_000  # 2026-05-28


def test_a_valid_feedback_event_round_trips_through_avro() -> None:
    event = feedback_event("req-1", "Thumbs_Up", user_id="u1", tenant="acme",
                           metadata={"screen": "chat"}, event_id="ev-1", ts=TS)
    assert (event.kind, event.value, event.event_id) == ("THUMBS_UP", None, "ev-1")
    codec = serde("feedback")
    assert Feedback.from_record(codec.decode(codec.encode(event.to_record()))) == event


@pytest.mark.parametrize(("arguments", "code"), [
    ({"request_id": "", "kind": "thumbs_up"}, "invalid_request_id"),
    ({"request_id": 7, "kind": "thumbs_up"}, "invalid_request_id"),
    ({"request_id": "r", "kind": "love"}, "invalid_kind"),
    ({"request_id": "r", "kind": "unknown"}, "invalid_kind"),
    ({"request_id": "r", "kind": "task_completed", "value": 1.5}, "invalid_value"),
    ({"request_id": "r", "kind": "task_completed", "value": float("nan")}, "invalid_value"),
    ({"request_id": "r", "kind": "task_completed", "value": True}, "invalid_value"),
    ({"request_id": "r", "kind": "thumbs_up", "value": 0.0}, "invalid_value"),
    ({"request_id": "r", "kind": "comment"}, "missing_comment"),
    ({"request_id": "r", "kind": "comment", "comment": "   "}, "missing_comment"),
    ({"request_id": "r", "kind": "comment", "comment": "x" * 4001}, "comment_too_long"),
    ({"request_id": "r", "kind": "regenerate", "metadata": {"a": 1}}, "invalid_metadata"),
    ({"request_id": "r", "kind": "regenerate", "user_id": 3}, "invalid_user_id"),
])
def test_invalid_feedback_is_refused_with_a_code(arguments: dict[str, Any], code: str) -> None:
    request_id = arguments.pop("request_id")
    kind = arguments.pop("kind")
    with pytest.raises(InvalidFeedback) as raised:
        feedback_event(request_id, kind, **arguments)
    assert raised.value.code == code


def test_thumbs_imply_a_value_and_a_rating_is_kept() -> None:
    assert effective_value("THUMBS_UP", None) == 1.0
    assert effective_value("thumbs_down", None) == 0.0
    assert effective_value("REGENERATE", None) is None
    assert feedback_event("r", "task_completed", value=1).value == 1.0


def test_feedback_lines_name_unknown_keys() -> None:
    with pytest.raises(InvalidFeedback, match="unknown keys: stars"):
        feedback_from_json({"request_id": "r", "kind": "thumbs_up", "stars": 5})
    with pytest.raises(InvalidFeedback, match="JSON object"):
        feedback_from_json(["r", "thumbs_up"])


def test_a_feedback_file_with_bad_lines_names_each_and_publishes_nothing(
    tmp_path: Path,
) -> None:
    path = tmp_path / "feedback.jsonl"
    path.write_text("\n".join([
        json.dumps({"request_id": "r1", "kind": "thumbs_up"}),
        "{not json",
        json.dumps({"request_id": "r2", "kind": "meh"}),
        "",
        json.dumps({"request_id": "r3", "kind": "comment", "comment": "great"}),
    ]) + "\n")
    with pytest.raises(click.ClickException) as raised:
        read_feedback(path)
    message = raised.value.message
    assert "2 invalid lines" in message
    assert "line 2: not valid JSON" in message and "line 3: [invalid_kind]" in message
    path.write_text(json.dumps({"request_id": "r1", "kind": "thumbs_up"}) + "\n")
    assert [e.request_id for e in read_feedback(path)] == ["r1"]


def test_a_feedback_row_redacts_pii_from_the_comment_and_metadata() -> None:
    event = Feedback("ev-1", "req-1", "COMMENT", TS, None,
                     "Wrong. Mail jane.doe@example.com or call +44 20 7946 0958",
                     "u1", None, "chat", {"contact": "jane.doe@example.com"})
    row = dict(zip(FEEDBACK_COLUMN_NAMES, feedback_row(event, "llm.feedback", 2, 41),
                   strict=True))
    assert row["comment"].startswith("Wrong. Mail [EMAIL_1] or call [PHONE_1]")
    assert "example.com" not in row["comment"] and "7946" not in row["comment"]
    assert row["metadata"] == {"contact": "[EMAIL_1]"}
    assert row["kind"] == "comment" and row["value"] is None
    assert row["ts"] == datetime(2026, 5, 28, 20, 26, 40, tzinfo=UTC)
    assert (row["tenant"], row["feature"]) == ("", "chat")
    assert (row["kafka_topic"], row["kafka_partition"], row["kafka_offset"]) == \
        ("llm.feedback", 2, 41)
    pending = pending_feedback(event, "llm.feedback", 2, 41)
    assert (pending.table, pending.offset, pending.day) == ("feedback", 41, 20260528)


@pytest.mark.parametrize("event", [
    Feedback("e", "r", "UNKNOWN", TS),
    Feedback("e", "", "THUMBS_UP", TS),
    Feedback("e", "r", "TASK_COMPLETED", TS, value=2.0),
    Feedback("e", "r", "THUMBS_UP", -5),
])
def test_feedback_the_table_cannot_hold_is_invalid(event: Feedback) -> None:
    with pytest.raises(InvalidEvent):
        feedback_row(event, "llm.feedback", 0, 0)


def score(**changes: Any) -> dict[str, Any]:
    record: dict[str, Any] = {
        "event_id": "s-1", "ts": datetime(2026, 5, 28, 12, tzinfo=UTC), "request_id": "r-1",
        "source": "REPLAY", "run_id": "run-9", "arm": "candidate", "dataset": None,
        "item_id": "r-0", "evaluator": "relevance", "evaluator_kind": "judge",
        "score": 0.25, "reason": "The answer leaks bob@example.org", "judge_request_id": "j",
        "route": None, "model": "sim-small", "prompt_name": "answer", "prompt_version": "3",
        "prompt_variant": None, "answer_cost_usd": 0.002, "answer_latency_ms": None}
    record.update(changes)
    return record


def test_a_score_row_lowercases_the_source_and_redacts_the_reason() -> None:
    codec = serde("evaluation")
    decoded = codec.decode(codec.encode(score()))
    pending = pending_evaluation(EvaluationScore.from_record(decoded), "llm.evaluations", 1, 7)
    row = dict(zip(EVALUATION_COLUMN_NAMES, pending.row, strict=True))
    assert (pending.table, pending.day) == ("evaluation_scores", 20260528)
    assert row["source"] == "replay" and row["arm"] == "candidate" and row["dataset"] == ""
    assert row["reason"] == "The answer leaks [EMAIL_1]"
    assert row["answer_cost_usd"] == 0.002 and row["answer_latency_ms"] is None
    assert row["score"] == 0.25 and row["kafka_offset"] == 7


@pytest.mark.parametrize("changes", [
    {"score": 1.5}, {"score": float("nan")}, {"source": "UNKNOWN"}, {"evaluator": ""},
    {"answer_cost_usd": float("inf")},
])
def test_scores_the_table_cannot_hold_are_invalid(changes: dict[str, Any]) -> None:
    with pytest.raises(InvalidEvent):
        pending_evaluation(EvaluationScore.from_record(score(**changes)), "llm.evaluations", 0, 0)

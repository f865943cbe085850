"""Eval runs without a broker: argument resolution, local scoring, arm results and the
score events a run publishes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click
import pytest

from llmstream.config import Config, load_config, parse_config
from llmstream.evaluation.arm import (
    ArmRun,
    PromptUnderTest,
    arm_result,
    item_request,
    score_events,
)
from llmstream.evaluation.command import (
    prompt_under_test,
    resolve_dataset,
    resolve_evaluators,
    resolve_route,
)
from llmstream.evaluation.dataset import DatasetItem
from llmstream.evaluation.scorer import Case, Scored, Scorer
from llmstream.evaluation.scores import Answered, Score
from llmstream.events import Response

ROOT = Path(__file__).parents[2]
CONFIG = load_config(ROOT / "llmstream.yaml")


def test_prompt_references() -> None:
    assert prompt_under_test("facts@2") == PromptUnderTest("facts", 2)
    assert prompt_under_test("my.prompt@v3") == PromptUnderTest("my.prompt", 3)
    with pytest.raises(click.UsageError, match="NAME@VERSION"):
        prompt_under_test("facts")


def test_routes_by_name_model_or_default() -> None:
    assert resolve_route(CONFIG, None, None) == CONFIG.default_route
    assert resolve_route(CONFIG, "judge", None) == "judge"
    assert resolve_route(CONFIG, None, "sim-claude") == "claude"
    with pytest.raises(click.UsageError, match="no route uses it"):
        resolve_route(CONFIG, None, "gpt-9")
    with pytest.raises(click.UsageError, match="unknown route"):
        resolve_route(CONFIG, "nowhere", None)
    with pytest.raises(click.UsageError, match="not both"):
        resolve_route(CONFIG, "judge", "sim-small")


def test_datasets_by_name_or_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    name, items = resolve_dataset(CONFIG, "facts")
    assert name == "facts" and len(items) == 120 and all(i.reference for i in items)
    path = tmp_path / "mine.jsonl"
    path.write_text('{"variables": {"q": "x"}}\n')
    assert resolve_dataset(CONFIG, str(path))[0] == "mine"
    path.write_text("not json\n")
    with pytest.raises(click.UsageError, match=r"\[invalid_dataset\] .*mine.jsonl:1"):
        resolve_dataset(CONFIG, str(path))
    with pytest.raises(click.UsageError, match="neither registered"):
        resolve_dataset(CONFIG, "ghost")


def test_evaluators_from_config_or_flags() -> None:
    # The shipped config: facts' evaluators, then the default route's (online checks).
    assert resolve_evaluators(CONFIG, (), "default", "facts") == (
        "exact", "similar", "judge", "concise", "refusal")
    assert resolve_evaluators(CONFIG, (), "default", "other") == ("concise", "refusal")
    assert resolve_evaluators(CONFIG, ("concise",), "claude", "other") == ("concise",)
    with pytest.raises(click.UsageError, match="no evaluator applies"):
        resolve_evaluators(CONFIG, (), "claude", "other")
    with pytest.raises(click.UsageError, match="unknown evaluators"):
        resolve_evaluators(CONFIG, ("ghost",), "default", "facts")


def test_local_scoring_and_failed_answers_score_zero() -> None:
    scorer = Scorer(CONFIG, client=None)  # no judge evaluator: no pipeline needed
    cases = [
        Case("a", Answered("r1", "The capital of Noke is Drask.", "q",
                           "The capital of Noke is Drask.")),
        Case("b", Answered("r2", "Nothing useful here at all", "q",
                           "The capital of Noke is Drask.")),
        Case("c", Answered("r3", "", "q", "x"), status="provider_unavailable"),
    ]
    scored = scorer.score(["exact", "similar", "concise"], cases)
    by_item = {key: {s.evaluator: s for s in scores} for key, scores in scored.scores.items()}
    assert by_item["a"]["exact"].score == 1.0 and by_item["a"]["similar"].score > 0.99
    assert by_item["b"]["exact"].score < 0.3 and by_item["b"]["similar"].score < 0.5
    assert {s.score for s in by_item["c"].values()} == {0.0}
    assert "provider_unavailable" in by_item["c"]["exact"].reason
    assert by_item["c"]["similar"].kind == "similarity"
    with pytest.raises(ValueError, match="judge evaluators need a pipeline client"):
        scorer.score(["judge"], cases)


def run_of(scores: dict[str, list[Score]], answers: dict[str, Response]) -> ArmRun:
    return ArmRun(label="facts@1", run_id="run-1", prompt=PromptUnderTest("facts", 1),
                  route="default", request_ids={key: f"req-{key}" for key in scores},
                  answers=answers, scored=Scored(scores=scores))


def test_arm_result_and_score_events() -> None:
    answers = {"a": Response(request_id="req-a", status="ok", content="x", cost_usd=0.5,
                             latency_ms=20.0, model="sim-small", prompt_version=1,
                             route="default")}
    run = run_of({"a": [Score("exact", "deterministic", 1.0, "ok"),
                        Score("judge", "judge", 0.5, "half", judge_request_id="j1")],
                  "b": [Score("exact", "deterministic", 0.0, "no answer")]}, answers)
    result = arm_result(run)
    assert result.scores == {"exact": {"a": 1.0, "b": 0.0}, "judge": {"a": 0.5}}
    assert result.cost_usd == {"a": 0.5} and result.latency_ms == {"a": 20.0}
    events = score_events(run, "DATASET", "facts", "baseline")
    record: dict[str, Any] = events[1].to_record()
    assert record["event_id"] == "run-1:req-a:judge"  # the same score, the same event
    assert (record["request_id"], record["judge_request_id"], record["item_id"]) == (
        "req-a", "j1", "a")
    assert (record["source"], record["arm"], record["dataset"], record["prompt_version"]) == (
        "DATASET", "baseline", "facts", "1")
    assert record["answer_cost_usd"] == 0.5 and events[2].answer_cost_usd is None
    from llmstream.connectors.avro import serde

    codec = serde("evaluation")
    assert codec.decode(codec.encode(record))["reason"] == "half"


def test_item_request_pins_the_version_and_bypasses_the_cache() -> None:
    item = DatasetItem("i1", {"question": "Why?"}, "Because.")
    request = item_request(item, PromptUnderTest("facts", 2), "default", "run-1", "facts")
    assert request.prompt is not None and request.prompt.version == 2
    assert request.prompt.variables == {"question": "Why?"} and request.cache == "bypass"
    assert request.metadata == {"eval_run": "run-1", "dataset": "facts", "item_id": "i1"}


def test_a_judge_without_a_route_uses_the_default_route() -> None:
    document: dict[str, Any] = {
        "providers": {"p": {"kind": "openai", "base_url": "http://x"}},
        "models": {"m": {"provider": "p", "name": "n",
                         "price": {"input_per_mtok": 1, "output_per_mtok": 1}}},
        "routes": {"default": {"model": "m"}},
        "evaluation": {"evaluators": {"j": {"kind": "judge", "prompt": "p"}}},
    }
    config: Config = parse_config(document)
    assert config.evaluation.evaluators["j"].kind == "judge"

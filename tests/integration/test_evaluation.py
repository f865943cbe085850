"""Evaluation end to end (issue 8): a 120-item dataset through the real pipeline (broker,
Redis, worker, simulated provider), scored by the deterministic, similarity and judge
evaluators, and the gate that passes a good prompt version and fails a bad one.

The simulated provider is given the dataset's reference answers as its recorded-answers
book, and a degrade rule that makes answers to prompts containing a marker phrase wrong
(test-double features: docs/EVALUATION.md). Version 3 of the prompt carries the marker
for half of its answers; version 2 a different marker for 3% of them, a small drop
inside the gate's margin.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

from llmstream.client import LLMClient
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.consumer import TailReader
from llmstream.events import new_id
from tests.integration.services import ServiceProcess, simulator, sink, wait_until, worker
from tests.integration.stackfixture import REPO_ROOT, free_ports

pytestmark = pytest.mark.integration

DATASET = REPO_ROOT / "tests" / "data" / "eval_facts.jsonl"
SYSTEM = "You answer questions about places in one short sentence."
GOOD_MARKER = "Be brief."
BAD_MARKER = "Answer from memory without checking."


class EvaluationPipeline:
    def __init__(self, infra: Any, tmp: Path) -> None:
        self.config = infra.config
        self.config_path = infra.config_path
        self.tmp = tmp
        self.simulator = simulator(self.config, self.config_path, tmp, "--latency", "fixed:5")
        self.sink = sink(self.config, self.config_path, tmp)
        (self.port,) = free_ports(1)
        self.worker: ServiceProcess = worker(self.config, self.config_path, tmp, "e1", self.port)

    def cli(self, *args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "llmstream", *args, "--config", str(self.config_path)],
            capture_output=True, text=True, timeout=600, cwd=REPO_ROOT,
        )

    def publish_prompt(self, document: dict[str, Any], label: str | None = None) -> None:
        path = self.tmp / f"{document['name']}-{abs(hash(json.dumps(document)))}.yaml"
        path.write_text(yaml.safe_dump(document))
        args = ["prompts", "publish", str(path)] + (["--label", label] if label else [])
        result = self.cli(*args)
        assert result.returncode == 0, result.stderr[-2000:]

    def simulator_config(self, changes: dict[str, Any]) -> None:
        sim = self.config.simulator
        reply = httpx.put(f"http://{sim.host}:{sim.port}/_sim/config", json=changes, timeout=10)
        assert reply.status_code == 200, reply.text

    def query(self, sql: str) -> list[list[Any]]:
        reply = httpx.post(f"{self.config.clickhouse.query_endpoint}/query", content=sql,
                           timeout=30)
        reply.raise_for_status()
        rows: list[list[Any]] = reply.json()["rows"]
        return rows

    def stop(self) -> None:
        self.worker.stop()
        self.sink.stop()
        self.simulator.stop()


def facts_prompt(system: str) -> dict[str, Any]:
    return {"name": "facts", "system": system, "user": "{{ question }}",
            "params": {"temperature": 0, "max_tokens": 120}}


@pytest.fixture(scope="module")
def pipeline(infra: Any, tmp_path_factory: pytest.TempPathFactory
             ) -> Iterator[EvaluationPipeline]:
    running = EvaluationPipeline(infra, tmp_path_factory.mktemp("evaluation"))
    try:
        running.simulator.start()
        running.sink.start(timeout_s=120)
        items = [json.loads(line) for line in DATASET.read_text().splitlines()]
        running.simulator_config({
            "answer_book": {item["variables"]["question"]: item["reference"] for item in items},
            "degrade": [{"marker": BAD_MARKER, "rate": 0.5},
                        {"marker": GOOD_MARKER, "rate": 0.03}],
        })
        running.publish_prompt(facts_prompt(SYSTEM), label="production")
        running.publish_prompt(facts_prompt(f"{SYSTEM} {GOOD_MARKER}"))
        running.publish_prompt(facts_prompt(f"{SYSTEM} {BAD_MARKER}"))
        judge = yaml.safe_load((REPO_ROOT / "examples" / "answer-judge.prompt.yaml").read_text())
        running.publish_prompt(judge, label="production")
        running.worker.start(timeout_s=120)
        yield running
    finally:
        running.stop()


def read_scores(reader: TailReader, expected: int) -> list[dict[str, Any]]:
    decode = serde("evaluation").decode
    events: list[dict[str, Any]] = []

    def enough() -> bool:
        events.extend(decode(m.value()) for m in reader.consume(1000, 0.2) if not m.error())
        return len(events) >= expected

    wait_until(enough, 30, f"{expected} score events")
    return events


def test_judge_calls_are_their_own_requests_with_cost_linked_to_the_judged_one(
    pipeline: EvaluationPipeline,
) -> None:
    reader = TailReader(pipeline.config.kafka, pipeline.config.topics.evaluations)
    try:
        result = pipeline.cli("eval", "run", "facts", "--prompt", "facts@1",
                              "--evaluator", "judge")
        assert result.returncode == 0, result.stdout + result.stderr[-3000:]
        events = read_scores(reader, 120)
    finally:
        reader.close()
    links = {e["judge_request_id"]: e["request_id"] for e in events}
    assert len(links) == 120 and all(links)
    ids = ", ".join(f"'{judge_id}'" for judge_id in links)
    sql = ("SELECT request_id, parent_request_id, cost_usd, cache, prompt_name, route, status "
           f"FROM llmstream.requests FINAL WHERE request_id IN ({ids})")
    rows: list[list[Any]] = []

    def stored() -> bool:
        rows[:] = pipeline.query(sql)
        return len(rows) == 120

    wait_until(stored, 30, "the judge calls' rows in ClickHouse")
    for request_id, parent, cost, cache, prompt_name, route, status in rows:
        assert parent == links[request_id]  # linked to the request whose answer it judged
        assert (prompt_name, route, status) == ("answer-judge", "judge", "ok")
        assert cost > 0 if cache == "miss" else cost == 0
    assert sum(1 for row in rows if row[3] == "miss") > 0
    # The judged requests are rows of their own, without a parent.
    parents = ", ".join(f"'{parent}'" for parent in links.values())
    judged = pipeline.query(f"SELECT count(), countIf(parent_request_id = '') FROM "
                            f"llmstream.requests FINAL WHERE request_id IN ({parents})")
    assert judged == [[120, 120]]


def test_gate_passes_the_good_version_and_fails_the_bad_one(
    pipeline: EvaluationPipeline,
) -> None:
    reader = TailReader(pipeline.config.kafka, pipeline.config.topics.evaluations)
    try:
        good = pipeline.cli("eval", "gate", "facts", "--baseline", "facts@1",
                            "--candidate", "facts@2")
        print(good.stdout)
        assert good.returncode == 0, good.stdout + good.stderr[-3000:]
        assert "gate (margin 0.05): PASS" in good.stdout
        # 5 evaluators (the facts prompt's 4 and the default route's refusal check)
        # x 120 items x 2 arms, every one published.
        assert "1200 scores published" in good.stdout
        events = read_scores(reader, 1200)
    finally:
        reader.close()
    assert {e["source"] for e in events} == {"DATASET"}
    assert {e["arm"] for e in events} == {"baseline", "candidate"}
    assert {e["evaluator"]: e["evaluator_kind"] for e in events} == {
        "exact": "deterministic", "similar": "similarity", "judge": "judge",
        "concise": "deterministic", "refusal": "deterministic"}
    judged = [e for e in events if e["evaluator"] == "judge"]
    assert all(e["judge_request_id"] for e in judged)
    assert {e["prompt_version"] for e in events} == {"1", "2"}
    # The sink stores the run in ClickHouse, each score once, with both arms.
    runs = ", ".join(f"'{run_id}'" for run_id in {e["run_id"] for e in events})
    sql = ("SELECT arm, evaluator, count() FROM llmstream.evaluation_scores FINAL "
           f"WHERE run_id IN ({runs}) GROUP BY arm, evaluator ORDER BY arm, evaluator")
    stored: list[list[Any]] = []

    def run_stored() -> bool:
        stored[:] = pipeline.query(sql)
        return sum(int(row[2]) for row in stored) >= 1200

    wait_until(run_stored, 60, "the gate run's 1,200 scores in ClickHouse")
    assert stored == [[arm, evaluator, 120] for arm in ("baseline", "candidate")
                      for evaluator in ("concise", "exact", "judge", "refusal", "similar")]

    bad = pipeline.cli("eval", "gate", "facts", "--baseline", "facts@1",
                       "--candidate", "facts@3")
    print(bad.stdout)
    assert bad.returncode == 1, bad.stdout + bad.stderr[-3000:]
    assert "gate (margin 0.05): FAIL" in bad.stdout
    rows = {line.split()[0]: line for line in bad.stdout.splitlines() if line.strip()}
    for evaluator in ("exact", "similar", "judge"):
        assert rows[evaluator].endswith("WORSE"), rows[evaluator]
    assert rows["concise"].endswith("ok")  # wrong answers are still short answers
    assert rows["refusal"].endswith("ok")  # and not refusals
    assert "exact: candidate" in bad.stdout and "below -0.05" in bad.stdout
    assert "cost/answer" in rows and "latency/answer" in rows


def test_eval_run_scores_one_version_and_usage_errors_exit_2(
    pipeline: EvaluationPipeline,
) -> None:
    result = pipeline.cli("eval", "run", "facts", "--prompt", "facts@1",
                          "--evaluator", "exact", "--evaluator", "concise")
    assert result.returncode == 0, result.stdout + result.stderr[-3000:]
    assert "120/120 answered" in result.stdout
    exact = next(line for line in result.stdout.splitlines() if line.strip().startswith("exact"))
    assert exact.split()[1] == "1.000"  # the recorded answers are the references
    assert "published 240 scores" in result.stdout
    for args, message in [
        (("eval", "run", "nowhere", "--prompt", "facts@1"), "neither registered"),
        (("eval", "run", "facts", "--prompt", "facts"), "expected NAME@VERSION"),
        (("eval", "run", "facts", "--prompt", "facts@1", "--evaluator", "ghost"),
         "unknown evaluators"),
        (("eval", "gate", "facts", "--baseline", "facts@1", "--candidate", "facts@2",
          "--model", "no-such-model"), "no route uses it"),
        (("eval", "gate", "facts", "--baseline", "facts@1", "--candidate", "facts@9"),
         "[unknown_prompt] facts@9 does not exist (versions of facts: [1, 2, 3])"),
        (("eval", "run", "facts", "--prompt", "nothing@1", "--evaluator", "concise"),
         "'nothing' is not registered"),
    ]:
        failed = pipeline.cli(*args)
        assert failed.returncode == 2, (args, failed.stdout, failed.stderr)
        assert message in failed.stderr


def test_replay_reruns_stored_production_requests_against_a_candidate(
    pipeline: EvaluationPipeline,
) -> None:
    name = "replayed"
    template = {"name": name, "params": {"temperature": 0}}
    pipeline.publish_prompt({**template, "user": "[[sim-reply: Here is what we know about "
                                                  "{{ topic }}.]]"}, label="production")
    pipeline.publish_prompt({**template, "user": "[[sim-reply: Sorry, I cannot help with "
                                                  "that.]] {{ topic }}"})
    pipeline.publish_prompt({**template, "user": "[[sim-reply: This is what we know about "
                                                  "{{ topic }}.]]"})
    production = [f"replay-{n}-{new_id()}" for n in range(40)]
    with LLMClient(pipeline.config) as client:
        for n, request_id in enumerate(production):
            client.publish({"request_id": request_id, "messages": [],
                            "prompt": {"name": name, "variables": {"topic": f"topic {n}"}}},
                           flush=False)
        client.flush()
        answers = list(client.responses(production, timeout_s=120))
    assert {answer.status for answer in answers} == {"ok"}

    reader = TailReader(pipeline.config.kafka, pipeline.config.topics.evaluations)
    try:
        worse = pipeline.cli("eval", "replay", "--since", "10m", "--prompt", f"{name}@2",
                             "--evaluator", "refusal", "--evaluator", "concise", "--gate")
        print(worse.stdout)
        assert worse.returncode == 1, worse.stdout + worse.stderr[-3000:]
        events = read_scores(reader, 160)
    finally:
        reader.close()
    assert "40 requests of the last 10m" in worse.stdout
    rows = {line.split()[0]: line for line in worse.stdout.splitlines() if line.strip()}
    assert "BASELINE replayed@1" in worse.stdout and "CANDIDATE replayed@2" in worse.stdout
    assert rows["refusal"].split()[1:3] == ["1.000", "±"]  # production never refused
    assert rows["refusal"].endswith("WORSE") and rows["concise"].endswith("ok")
    assert {e["source"] for e in events} == {"REPLAY"}
    baseline = [e for e in events if e["arm"] == "baseline"]
    candidate = [e for e in events if e["arm"] == "candidate"]
    assert {e["request_id"] for e in baseline} == set(production)  # the stored requests
    assert not {e["request_id"] for e in candidate} & set(production)  # the re-runs
    assert {e["item_id"] for e in candidate} == set(production)
    assert {e["prompt_version"] for e in baseline} == {"1"}
    assert {e["prompt_version"] for e in candidate} == {"2"}

    same = pipeline.cli("eval", "replay", "--since", "10m", "--prompt", f"{name}@3",
                        "--evaluator", "refusal", "--evaluator", "concise", "--gate")
    assert same.returncode == 0, same.stdout + same.stderr[-3000:]
    assert "PASS" in same.stdout
    # Registered, but no production request used it.
    pipeline.publish_prompt({"name": "unused", "user": "{{ topic }}"})
    none = pipeline.cli("eval", "replay", "--since", "10m", "--prompt", "unused@1")
    assert none.returncode == 2 and "no answered requests" in none.stderr

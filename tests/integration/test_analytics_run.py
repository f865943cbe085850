"""A run of known composition through the real pipeline (simulated provider with injected
5xx and malformed answers, retries, two models, bad requests), with ClickHouse made
unavailable for a minute in the middle of it. Afterwards:

* every request is exactly one row (and every attempt event one row), nothing lost;
* ``llmstream report --json`` matches the ground truth computed from the responses:
  counts exactly, cost to the cent, latency percentiles within 1%.

"Unavailable" is real: with the embedded engine, ClickHouse lives inside the sink's
process, so the test runs the sink service in this process and has the engine itself
detach the telemetry tables (``DETACH TABLE``) for 60 s. Every insert and ledger read
then fails inside ClickHouse (``UNKNOWN_TABLE``), exactly the path a down server takes
through ``StoreError``; reports through the query endpoint fail too. ``ATTACH TABLE``
brings the same tables back, and the sink must catch up on its own.
"""

from __future__ import annotations

import asyncio
import json
import math
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import yaml

from llmstream.config import Config, load_config
from llmstream.connectors.clickhouse.remote import QueryEndpointStore
from llmstream.connectors.clickhouse.service import serve
from llmstream.connectors.clickhouse.store import AnalyticsStore, StoreError
from llmstream.connectors.kafka.admin import KafkaAdmin, TopicSpec
from llmstream.workload import sample_requests
from tests.integration.services import simulator, wait_until, worker
from tests.integration.stackfixture import free_ports

pytestmark = pytest.mark.integration

REQUESTS = 900
OUTAGE_S = 60.0
PARTITIONS = 3
BREAKDOWNS = {"by_model": "model", "by_tenant": "tenant", "by_feature": "feature",
              "by_prompt_version": "prompt_version"}


@dataclass
class Run:
    config: Config
    config_path: Path
    lines: list[dict[str, Any]]
    responses: list[dict[str, Any]]
    outage_failures: int  # reads that failed while the tables were away

    def reader(self) -> QueryEndpointStore:
        return QueryEndpointStore(self.config.clickhouse.query_endpoint, timeout_s=30)

    def query(self, sql: str) -> list[tuple[Any, ...]]:
        reader = self.reader()
        try:
            return reader.query(sql).rows
        finally:
            reader.close()


def run_config(infra: Any, directory: Path) -> Path:
    """``infra``'s config with this run's own topics, groups, ports and data directory."""
    tag = uuid.uuid4().hex[:8]
    document = yaml.safe_load(Path(infra.config_path).read_text())
    simulator_port, endpoint_port, web_port = free_ports(3)
    document["topics"] = {**document.get("topics", {}), "partitions": PARTITIONS, **{
        name: f"analytics.{tag}.{name}"
        for name in ("requests", "responses", "telemetry", "dead_letter", "prompts",
                     "feedback", "evaluations")}}
    document["providers"] = {
        name: {**provider, "base_url": provider["base_url"].replace(
            f":{document['simulator']['port']}", f":{simulator_port}")}
        for name, provider in document["providers"].items()}
    document["simulator"] = {**document["simulator"], "port": simulator_port}
    document["clickhouse"] = {**document.get("clickhouse", {}),
                              "data_dir": str(directory / "chdb"),
                              "query_endpoint": f"http://127.0.0.1:{endpoint_port}"}
    document["worker"] = {**document.get("worker", {}), "group_id": f"analytics-{tag}",
                          "web_port": web_port}
    document["sink"] = {"group_id": f"analytics-sink-{tag}", "batch_size": 200,
                        "batch_interval_ms": 200}
    # Prices a thousand times the configured ones, so that "to the cent" is a real test
    # (the run costs tens of dollars instead of a few cents).
    for model in document["models"].values():
        model["price"] = {name: value * 1000 for name, value in model["price"].items()}
    # Two attempts per call: a 5xx drawn twice in a row is a provider_unavailable answer.
    for route in document["routes"].values():
        route["retry"] = {"max_attempts": 2, "base_delay_s": 0.01, "max_delay_s": 0.05}
    path = directory / "llmstream.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    return path


def workload() -> list[dict[str, Any]]:
    lines = sample_requests(REQUESTS, seed=7007, with_errors=True)
    for index, line in enumerate(lines):
        if index % 3 == 0 and "route" not in line:
            line["route"] = "claude"
        line["request_id"] = f"analytics-{index:05d}"
    lines[11]["route"] = "no-such-route"
    return lines


@pytest.fixture(scope="module")
def run(infra: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    directory = tmp_path_factory.mktemp("analytics")
    config_path = run_config(infra, directory)
    config = load_config(config_path)
    topics = [config.topics.requests, config.topics.responses, config.topics.telemetry,
              config.topics.dead_letter, config.topics.prompts, config.topics.feedback,
              config.topics.evaluations]
    admin = KafkaAdmin.from_config(config.kafka)
    admin.ensure_topics([TopicSpec(name, PARTITIONS) for name in topics])

    stores: list[AnalyticsStore] = []
    loop = asyncio.new_event_loop()
    stop = asyncio.Event()
    failure: list[BaseException] = []

    def keep(store: AnalyticsStore) -> AnalyticsStore:
        stores.append(store)
        return store

    def serve_sink() -> None:
        try:
            loop.run_until_complete(serve(config, stop=stop, handle_signals=False,
                                          wrap_store=keep))
        except BaseException as error:  # reported below
            failure.append(error)

    sim = simulator(config, config_path, directory, "--seed", "11", "--latency",
                    "uniform:5,60", "--fault", "server_error=0.2", "--fault", "malformed=0.02")
    work = worker(config, config_path, directory, "analytics", config.worker.web_port)
    sink_thread = threading.Thread(target=serve_sink, name="analytics-sink")
    submit: subprocess.Popen[bytes] | None = None
    try:
        sim.start()
        sink_thread.start()
        probe = QueryEndpointStore(config.clickhouse.query_endpoint, timeout_s=10)
        wait_until(lambda: probe.healthy() or bool(failure), 120, "the sink to be ready")
        probe.close()
        assert not failure, failure
        work.start(timeout_s=90)

        lines = workload()
        requests_file = directory / "requests.jsonl"
        requests_file.write_text("".join(json.dumps(line) + "\n" for line in lines))
        out = directory / "responses.jsonl"
        submit = subprocess.Popen(
            [sys.executable, "-m", "llmstream", "submit", str(requests_file), "--out",
             str(out), "--config", str(config_path), "--timeout", "300"],
            stdout=subprocess.DEVNULL, stderr=(directory / "submit.log").open("wb"))
        run = Run(config, config_path, lines, [], 0)
        database = config.clickhouse.database

        def rows_arriving() -> bool:
            return int(run.query(f"SELECT count() FROM {database}.requests")[0][0]) > 0

        wait_until(rows_arriving, 120, "the first telemetry rows")
        (store,) = stores
        for table in ("requests", "attempts"):  # ClickHouse goes away, mid-run
            store.command(f"DETACH TABLE {database}.{table}")
        back_at = time.monotonic() + OUTAGE_S

        def outage_over() -> bool:
            try:
                run.query(f"SELECT count() FROM {database}.requests")
            except StoreError:
                run.outage_failures += 1
            return time.monotonic() >= back_at

        wait_until(outage_over, OUTAGE_S + 30, "the minute of outage", interval_s=1.0)
        for table in ("requests", "attempts"):
            store.command(f"ATTACH TABLE {database}.{table}")
        assert submit.wait(timeout=300) == 0, (directory / "submit.log").read_text()[-3000:]
        run.responses = [json.loads(line) for line in out.read_text().splitlines()]

        def caught_up() -> bool:
            stored = run.query(f"SELECT count() FROM {database}.requests")[0][0]
            return int(stored) >= len(lines)

        wait_until(caught_up, 180, "the sink to catch up after the outage", interval_s=0.5)
        yield run
    finally:
        if submit is not None and submit.poll() is None:
            submit.kill()
        work.stop()
        sim.stop()
        loop.call_soon_threadsafe(stop.set)
        sink_thread.join(60)
        loop.close()
        admin.delete_topics(topics)


def test_clickhouse_down_for_a_minute_mid_run_loses_and_duplicates_nothing(run: Run) -> None:
    database = run.config.clickhouse.database
    assert run.outage_failures >= 30  # the store really was unavailable for the minute
    ids = sorted(line["request_id"] for line in run.lines)
    assert sorted(r["request_id"] for r in run.responses) == ids
    rows = run.query(f"SELECT request_id, count() FROM {database}.requests "
                     "GROUP BY request_id ORDER BY request_id")
    assert [row[0] for row in rows] == ids
    assert {int(row[1]) for row in rows} == {1}
    attempts = run.query(f"SELECT count(), uniqExact(event_id) FROM {database}.attempts")
    total_attempts = sum(int(r["attempts"]) for r in run.responses)
    assert [int(v) for v in attempts[0]] == [total_attempts, total_attempts]


def percentile(values: list[float], level: float) -> float:
    ordered = sorted(values)
    position = (len(ordered) - 1) * level
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def truth(responses: list[dict[str, Any]]) -> dict[str, Any]:
    """The report's figures, from the responses the clients received."""
    latencies = [float(r["latency_ms"]) for r in responses]
    return {
        "requests": len(responses),
        "errors_by_status": dict(Counter(r["status"] for r in responses if r["status"] != "ok")),
        "latency_ms": {name: percentile(latencies, level)
                       for name, level in (("p50", 0.5), ("p95", 0.95), ("p99", 0.99))},
        "tokens": {"prompt": sum(r["usage"]["prompt_tokens"] for r in responses),
                   "completion": sum(r["usage"]["completion_tokens"] for r in responses)},
        "cost_usd": sum(r["cost_usd"] for r in responses),
        "cache_hit_rate": sum(r["cache"] in ("hit", "exact", "semantic")
                              for r in responses) / len(responses),
    }


def assert_matches(reported: dict[str, Any], expected: dict[str, Any], what: str) -> None:
    assert reported["requests"] == expected["requests"], what
    assert reported["errors_by_status"] == expected["errors_by_status"], what
    assert reported["tokens"] == expected["tokens"], what
    assert abs(reported["cost_usd"] - expected["cost_usd"]) < 0.005, what  # to the cent
    assert reported["cache_hit_rate"] == pytest.approx(expected["cache_hit_rate"]), what
    for name, value in expected["latency_ms"].items():
        assert reported["latency_ms"][name] == pytest.approx(value, rel=0.01), (what, name)


def test_report_json_matches_the_ground_truth_of_the_responses(run: Run, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    result = subprocess.run(
        [sys.executable, "-m", "llmstream", "report", "--json", "--html", str(page),
         "--config", str(run.config_path)],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-3000:]
    reported = json.loads(result.stdout)
    assert set(reported) == {"requests", "errors_by_status", "latency_ms", "tokens",
                             "cost_usd", "cache_hit_rate", "quality", *BREAKDOWNS}
    # This run sends no feedback and runs no evaluator: the quality section is empty.
    assert reported["quality"] == {"feedback": [], "scores": []}

    # The composition: injected faults gave errors, bad requests their statuses.
    statuses = Counter(r["status"] for r in run.responses)
    assert statuses["ok"] > 0.8 * REQUESTS
    assert statuses["provider_unavailable"] > 0 and statuses["unknown_route"] == 2
    assert statuses["too_large"] == 1
    assert_matches(reported, truth(run.responses), "overall")

    request_of = {line["request_id"]: line for line in run.lines}
    for key, column in BREAKDOWNS.items():
        groups: dict[str, list[dict[str, Any]]] = {}
        for response in run.responses:
            source = response if column == "model" else request_of[response["request_id"]]
            groups.setdefault(source.get(column) or "", []).append(response)
        assert sorted(reported[key]) == sorted(groups), key
        for value, members in groups.items():
            assert_matches(reported[key][value], truth(members), f"{key}[{value!r}]")
    assert sorted(reported["by_model"]) == ["", "sim-claude", "sim-small"]
    assert reported["cost_usd"] > 10  # the cent is a small fraction of what is summed
    assert page.read_text(encoding="utf-8").count('class="chart"') == 1 + 4 * 4

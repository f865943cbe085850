"""Online evaluation on the real pipeline: ``llmstream evaluator`` at a 10% sample rate
scores exactly the requests whose id hashes into the sample, about 10% of the traffic,
off the answers' path, with a length check and the LLM judge (whose calls go through the
pipeline and are not scored in turn). Latency: bench/online_evaluation_latency.py."""

from __future__ import annotations

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
from llmstream.evaluation.sampling import is_sampled
from llmstream.events import new_id
from tests.integration.services import ServiceProcess, simulator, wait_until, worker
from tests.integration.stackfixture import REPO_ROOT, free_ports

pytestmark = pytest.mark.integration

RATE = 0.1
REQUESTS = 1000


class OnlinePipeline:
    def __init__(self, infra: Any, tmp: Path) -> None:
        self.config = infra.config
        self.simulator = simulator(self.config, infra.config_path, tmp, "--latency", "fixed:5")
        worker_port, self.evaluator_port = free_ports(2)
        self.worker = worker(self.config, infra.config_path, tmp, "o1", worker_port)
        document = yaml.safe_load(Path(infra.config_path).read_text())
        document["evaluation"] = {
            **document.get("evaluation", {}),
            "online": {"sample_rate": RATE, "group_id": f"evaluator-{new_id()}",
                       "web_port": self.evaluator_port},
            "apply": [{"route": "default", "evaluators": ["concise", "judge"]}],
        }
        self.config_path = infra.config_path
        self.evaluator_config = tmp / "evaluator.llmstream.yaml"
        self.evaluator_config.write_text(yaml.safe_dump(document, sort_keys=False))
        self.evaluator = ServiceProcess(
            "evaluator", ["evaluator"], self.evaluator_config, tmp,
            f"http://127.0.0.1:{self.evaluator_port}/health",
        )

    def evaluator_stats(self) -> dict[str, int]:
        reply = httpx.get(self.evaluator.health_url, timeout=5)
        reply.raise_for_status()
        stats: dict[str, int] = reply.json()
        return stats

    def stop(self) -> None:
        for process in (self.evaluator, self.worker, self.simulator):
            process.stop()


@pytest.fixture(scope="module")
def pipeline(infra: Any, tmp_path_factory: pytest.TempPathFactory) -> Iterator[OnlinePipeline]:
    running = OnlinePipeline(infra, tmp_path_factory.mktemp("online"))
    try:
        running.simulator.start()
        judge = subprocess.run(
            [sys.executable, "-m", "llmstream", "prompts", "publish",
             str(REPO_ROOT / "examples" / "answer-judge.prompt.yaml"), "--label", "production",
             "--config", str(running.config_path)],
            capture_output=True, text=True, timeout=120,
        )
        assert judge.returncode == 0, judge.stderr
        running.worker.start(timeout_s=120)
        running.evaluator.start(timeout_s=60)
        yield running
    finally:
        running.stop()


def test_ten_percent_of_traffic_is_scored_the_sample_the_hash_picks(
    pipeline: OnlinePipeline,
) -> None:
    ids = [f"online-{n}-{new_id()}" for n in range(REQUESTS)]
    expected = {request_id for request_id in ids if is_sampled(request_id, RATE)}
    # Binomial(1000, 0.1): mean 100, sd 9.5; the sample the hash picks is within 4 sd.
    assert abs(len(expected) - REQUESTS * RATE) < 4 * 9.5
    decode = serde("evaluation").decode
    scored: dict[str, list[dict[str, Any]]] = {}
    others: list[dict[str, Any]] = []
    reader = TailReader(pipeline.config.kafka, pipeline.config.topics.evaluations)
    try:
        with LLMClient(pipeline.config) as client:
            for n, request_id in enumerate(ids):
                client.publish({"request_id": request_id, "cache": "bypass",
                                "messages": [{"role": "user", "content": f"Say {n}."}]},
                               flush=False)
            client.flush()
            answers = {r.request_id: r for r in client.responses(ids, timeout_s=180)}
        assert all(answer.status == "ok" for answer in answers.values())

        def all_read() -> bool:
            for message in reader.consume(1000, 0.2):
                event = decode(message.value())
                if event["request_id"] in answers:
                    scored.setdefault(event["request_id"], []).append(event)
                else:
                    others.append(event)
            stats = pipeline.evaluator_stats()
            complete = sum(len(events) == 2 for events in scored.values())
            return complete >= len(expected) and stats["waiting"] == 0

        wait_until(all_read, 60, f"{len(expected)} online scores")
    finally:
        reader.close()
    assert set(scored) == expected
    events = [event for per_request in scored.values() for event in per_request]
    assert {e["source"] for e in events} == {"ONLINE"}
    assert sorted(e["evaluator"] for e in scored[next(iter(expected))]) == ["concise", "judge"]
    assert all(e["run_id"] is None and e["answer_latency_ms"] is not None for e in events)
    # The judge calls went through the pipeline and were not themselves scored.
    judge_ids = {e["judge_request_id"] for e in events if e["evaluator"] == "judge"}
    assert len(judge_ids) == len(expected) and None not in judge_ids
    assert not [e for e in others if e["request_id"] in judge_ids]
    print(f"\nonline evaluation: scored {len(scored)}/{REQUESTS} (expected {len(expected)})")

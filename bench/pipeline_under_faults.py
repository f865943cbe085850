"""Success rate and latency while the provider fails: the pipeline's retries under load.

Brings up its own stack on free ports in a temporary directory (a Kafka broker, Redis,
the simulated provider and one worker; stopped by pid at the end), so it never touches a
running `llmstream up`. Then two runs of the same open-loop workload (requests leave on
schedule whatever the answers do):

1. baseline: the simulator answers every call after a fixed latency;
2. faults: the simulator fails a share of calls with 5xx (half 500, half 503) and holds
   another share past the attempt timeout (the client gives up after --attempt-timeout).

For each: requests answered, share that ended ok, provider attempts per request, the
end-to-end latency (publish -> the client reading the committed response) p50/p95/p99,
and the latency at which the worker had built the answer (the response's ``latency_ms``):
the gap between the two is the wait for older requests of the same partition, whose
results are committed in offset order (streams/transactional.py).

    .venv/bin/python bench/pipeline_under_faults.py [--requests 2000 --rate 50]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import yaml

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # the test stack helpers live in tests/integration

from llmstream.client import request_from_json  # noqa: E402
from llmstream.config import Config  # noqa: E402
from llmstream.connectors.avro import serde  # noqa: E402
from llmstream.connectors.kafka.consumer import TailReader  # noqa: E402
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer  # noqa: E402
from llmstream.workload import sample_requests  # noqa: E402
from tests.integration.services import simulator, worker  # noqa: E402
from tests.integration.stackfixture import REPO_CONFIG, TestStack  # noqa: E402


@dataclass
class Run:
    sent: int
    answered: int
    statuses: Counter[str]
    attempts: list[int]
    e2e_ms: list[float]
    answer_ms: list[float]  # the response's latency_ms: created_at -> response built
    seconds: float

    def summary(self) -> dict[str, Any]:
        def percentiles(values: list[float]) -> dict[str, int]:
            cuts = statistics.quantiles(values, n=100) if len(values) > 1 else [0.0] * 99
            return {"p50": round(cuts[49]), "p95": round(cuts[94]), "p99": round(cuts[98])}

        return {
            "sent": self.sent,
            "answered": self.answered,
            "ok": self.statuses["ok"],
            "success_rate": round(self.statuses["ok"] / self.sent, 5),
            "statuses": dict(self.statuses),
            "attempts_per_request": {
                "mean": round(statistics.fmean(self.attempts), 2) if self.attempts else 0,
                "max": max(self.attempts, default=0),
            },
            "e2e_ms": percentiles(self.e2e_ms),
            "answer_built_ms": percentiles(self.answer_ms),
            "seconds": round(self.seconds, 1),
        }


def run(config: Config, count: int, rate: float, grace_s: float, tag: str, seed: int) -> Run:
    codec = serde("request")
    response_codec = serde("response")
    reader = TailReader(config.kafka, config.topics.responses)
    producer = RecordProducer(config.kafka)
    lines = sample_requests(count, seed=seed, with_errors=False)
    sent_at: dict[str, float] = {}
    received: dict[str, tuple[float, str, int, float]] = {}

    def publish() -> None:
        start = time.perf_counter()
        for index, line in enumerate(lines):
            due = start + index / rate
            while (now := time.perf_counter()) < due:
                time.sleep(min(0.001, due - now))
            request = request_from_json({**line, "request_id": f"{tag}-{index}"})
            sent_at[request.request_id] = time.perf_counter()
            producer.produce(OutRecord(config.topics.requests, request.request_id.encode(),
                                       codec.encode(request.to_record())))
        producer.flush()

    started = time.perf_counter()
    sender = threading.Thread(target=publish)
    sender.start()
    deadline = started + count / rate + grace_s
    while len(received) < count and time.perf_counter() < deadline:
        for message in reader.consume(1000, 0.05):
            if message.error():
                continue
            record = response_codec.decode(message.value())
            if record["request_id"] in sent_at:
                received[record["request_id"]] = (
                    time.perf_counter(), record["status"], record["attempts"],
                    record["latency_ms"],
                )
    sender.join()
    reader.close()
    return Run(
        sent=count,
        answered=len(received),
        statuses=Counter(status for _t, status, _a, _l in received.values()),
        attempts=[attempts for _t, _s, attempts, _l in received.values()],
        e2e_ms=[(arrived - sent_at[rid]) * 1000 for rid, (arrived, *_rest) in received.items()],
        answer_ms=[latency for *_rest, latency in received.values()],
        seconds=time.perf_counter() - started,
    )


def bench_config(attempt_timeout_s: float, max_attempts: int) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(REPO_CONFIG.read_text())
    for provider in document["providers"].values():
        provider["timeout_s"] = attempt_timeout_s
    retry = {"max_attempts": max_attempts, "base_delay_s": 0.05, "max_delay_s": 1.0}
    for route in document["routes"].values():
        route["retry"] = retry
    return document


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--rate", type=float, default=50.0, help="requests per second")
    parser.add_argument("--provider-latency-ms", type=float, default=20.0)
    parser.add_argument("--server-errors", type=float, default=0.30, help="share of calls")
    parser.add_argument("--timeouts", type=float, default=0.10, help="share of calls")
    parser.add_argument("--attempt-timeout", type=float, default=1.0, help="seconds")
    parser.add_argument("--max-attempts", type=int, default=10)
    parser.add_argument("--grace", type=float, default=60.0, help="seconds after the last send")
    args = parser.parse_args()

    # The stack's progress goes to stderr; stdout is only the JSON result.
    with (
        tempfile.TemporaryDirectory(prefix="llmstream-bench-") as tmp,
        contextlib.redirect_stdout(sys.stderr),
    ):
        directory = Path(tmp)
        source = directory / "source.yaml"
        source.write_text(yaml.safe_dump(bench_config(args.attempt_timeout, args.max_attempts)))
        with TestStack(directory / "stack", source=source) as stack:
            config = stack.config
            sim = simulator(config, stack.config_path, directory, "--timeout-hold", "30")
            work = worker(config, stack.config_path, directory, "bench", config.worker.web_port)
            sim_url = f"http://{config.simulator.host}:{config.simulator.port}/_sim/config"
            try:
                sim.start()
                work.start(timeout_s=120)
                latency = {"kind": "fixed", "ms": args.provider_latency_ms}
                httpx.put(sim_url, json={"latency": latency}, timeout=5).raise_for_status()
                run(config, 100, 20, 30, f"warmup-{time.time_ns()}", seed=0)
                baseline = run(config, args.requests, args.rate, args.grace,
                               f"baseline-{time.time_ns()}", seed=1)
                half = args.server_errors / 2
                faults = {"server_error": half, "overloaded": half, "timeout": args.timeouts}
                httpx.put(sim_url, json={"faults": faults}, timeout=5).raise_for_status()
                faulted = run(config, args.requests, args.rate, args.grace,
                              f"faults-{time.time_ns()}", seed=2)
            finally:
                work.stop()
                sim.stop()
    print(json.dumps({
        "settings": vars(args),
        "baseline": baseline.summary(),
        "faults": faulted.summary(),
    }, indent=2))


if __name__ == "__main__":
    main()

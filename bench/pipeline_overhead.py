"""Pipeline overhead and the highest sustained rate, against the simulated provider.

Needs the local stack (`llmstream up`). The simulator answers after a fixed latency L;
for each request we take the time from publish to the client receiving the response
(read-committed, so after the transaction commit) and subtract L: what is left is what
the pipeline adds (two topic hops, decode, validation, the HTTP call's own overhead,
the transaction commit, encode).

    .venv/bin/python bench/pipeline_overhead.py [--config llmstream.yaml]
    # or on a throw-away stack on free ports:
    PYTHONPATH=. .venv/bin/python bench/pipeline_overhead.py --own-stack /tmp/overhead

1. Overhead at a fixed request rate (open loop: requests are sent on schedule whatever
   the answers do): p50/p95/p99.
2. The highest sustained rate: rates step up; a step is sustained when every request is
   answered within the step's window plus a grace period and p99 end-to-end stays under
   one second (no queue building up).
"""

from __future__ import annotations

import argparse
import json
import statistics
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import httpx

from llmstream.client import request_from_json
from llmstream.config import Config, load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.consumer import TailReader
from llmstream.connectors.kafka.producer import OutRecord, RecordProducer
from llmstream.workload import sample_requests


@dataclass
class Step:
    rate: float
    sent: int
    answered: int
    ok: int
    e2e_ms: list[float]
    hop_ms: list[float]  # response built in the worker -> read by the client

    def percentile(self, q: float) -> float:
        if not self.e2e_ms:
            return float("nan")
        ordered = sorted(self.e2e_ms)
        return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def run_step(config: Config, rate: float, seconds: float, grace_s: float, tag: str) -> Step:
    codec = serde("request")
    response_codec = serde("response")
    reader = TailReader(config.kafka, config.topics.responses)
    producer = RecordProducer(config.kafka)
    count = int(rate * seconds)
    lines = sample_requests(count, seed=hash(tag) & 0xFFFF, with_errors=False)
    sent_at: dict[str, float] = {}
    received: dict[str, tuple[float, str]] = {}
    hops: list[float] = []

    def publish() -> None:
        start = time.perf_counter()
        for index, line in enumerate(lines):
            due = start + index / rate
            while (now := time.perf_counter()) < due:
                time.sleep(min(0.001, due - now))
            request = request_from_json({**line, "request_id": f"{tag}-{index}",
                                         "params": {"temperature": 0, "max_tokens": 64}})
            sent_at[request.request_id] = time.perf_counter()
            producer.produce(OutRecord(config.topics.requests, request.request_id.encode(),
                                       codec.encode(request.to_record())))
        producer.flush()

    sender = threading.Thread(target=publish)
    sender.start()
    deadline = time.perf_counter() + seconds + grace_s
    while len(received) < count and time.perf_counter() < deadline:
        for message in reader.consume(1000, 0.05):
            if message.error():
                continue
            arrived = time.perf_counter()
            record = response_codec.decode(message.value())
            if record["request_id"] in sent_at:
                received[record["request_id"]] = (arrived, record["status"])
                built = record["created_at"].timestamp() * 1000
                hops.append(time.time() * 1000 - built)
    sender.join()
    reader.close()
    e2e = [(arrived - sent_at[rid]) * 1000 for rid, (arrived, _s) in received.items()]
    ok = sum(1 for _a, status in received.values() if status == "ok")
    return Step(rate, count, len(received), ok, e2e, hops)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--provider-latency-ms", type=float, default=20.0)
    parser.add_argument("--rate", type=float, default=50.0)
    parser.add_argument("--seconds", type=float, default=20.0)
    parser.add_argument("--rates", default="100,200,400,800,1200,1600")
    parser.add_argument("--step-seconds", type=float, default=10.0)
    parser.add_argument("--own-stack", default=None,
                        help="a directory for a throw-away stack (Kafka, Redis, simulator, "
                             "one worker) on free ports, instead of --config's")
    args = parser.parse_args()
    if args.own_stack:
        from tests.integration.pipeline_stack import pipeline_stack

        with pipeline_stack(Path(args.own_stack)) as config:
            measure(config, args)
    else:
        measure(load_config(args.config), args)


def measure(config: Config, args: argparse.Namespace) -> None:
    sim = f"http://{config.simulator.host}:{config.simulator.port}/_sim/config"
    latency = args.provider_latency_ms
    httpx.put(sim, json={"latency": {"kind": "fixed", "ms": latency}}, timeout=5).raise_for_status()
    run_step(config, 20, 3, 10, f"warmup-{time.time_ns()}")  # connections, JIT of the broker

    fixed = run_step(config, args.rate, args.seconds, 30, f"fixed-{time.time_ns()}")
    overhead = [ms - latency for ms in fixed.e2e_ms]

    def percentiles(values: list[float]) -> dict[str, float]:
        cuts = statistics.quantiles(values, n=100)
        return {"p50": round(cuts[49], 1), "p95": round(cuts[94], 1), "p99": round(cuts[98], 1)}

    result: dict[str, object] = {
        "provider_latency_ms": latency,
        "fixed_rate": {
            "rate_per_s": args.rate, "sent": fixed.sent, "answered": fixed.answered,
            "ok": fixed.ok,
            "overhead_ms": percentiles(overhead),
            # One transactional topic hop: the response is built in the worker, committed
            # with its offsets, and fetched by a read-committed consumer.
            "topic_hop_ms": percentiles(fixed.hop_ms),
        },
    }
    steps = []
    best = 0.0
    for rate in [float(r) for r in args.rates.split(",") if r]:
        step = run_step(config, rate, args.step_seconds, 15, f"step-{rate}-{time.time_ns()}")
        sustained = step.answered == step.sent and step.percentile(0.99) < 1000
        steps.append({"rate_per_s": rate, "sent": step.sent, "answered": step.answered,
                      "ok": step.ok, "e2e_p50_ms": round(step.percentile(0.5), 1),
                      "e2e_p99_ms": round(step.percentile(0.99), 1), "sustained": sustained})
        print(json.dumps(steps[-1]), flush=True)
        if not sustained:
            break
        best = rate
    result["steps"] = steps
    result["highest_sustained_rate_per_s"] = best
    httpx.put(sim, json={"latency": {"kind": "fixed", "ms": 0}}, timeout=5)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()

"""Does online evaluation slow down the answers it samples? Answer latency of sampled and
unsampled requests, without and then with ``llmstream evaluator`` running.

Needs a running broker, simulator and worker (``llmstream up``). The bench publishes a
paced workload of unique requests (cache bypassed, so each one is a provider call) and
times each from its publish until its answer is read by the client. It does this twice:
first with no evaluator of its own, then with one it starts (``llmstream evaluator`` at
``--rate``, scoring the default route's answers with a length check and, with
``--judge``, the judge) and stops by pid at the end. "Sampled" means the id falls in the
evaluator's sample by hash, in both phases, so the two phases compare like with like.

    .venv/bin/python bench/online_evaluation_latency.py [--config llmstream.yaml] \\
        [--requests 2000] [--per-second 100] [--rate 0.1]
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import httpx
import yaml

from llmstream.client import LLMClient, ResponseTimeout
from llmstream.config import load_config
from llmstream.evaluation.sampling import is_sampled
from llmstream.events import new_id


def percentile(values: list[float], level: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(level * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {"n": len(values), "p50": round(statistics.median(values), 1),
            "p95": round(percentile(values, 0.95), 1), "p99": round(percentile(values, 0.99), 1)}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def workload(config_path: str | None, requests: int, per_second: float
             ) -> dict[str, float]:
    """Publish ``requests`` unique requests at ``per_second``; each one's latency (ms)
    from publish until the client read its answer, by request id."""
    config = load_config(config_path)
    sent: dict[str, float] = {}
    latency: dict[str, float] = {}
    with LLMClient(config) as client:

        def drain(wait_s: float) -> None:
            pending = set(sent) - set(latency)
            if not pending:
                return
            try:
                for response in client.responses(pending, wait_s):
                    if response.status != "ok":
                        raise RuntimeError(f"{response.request_id}: {response.status}")
                    latency[response.request_id] = (time.perf_counter() - sent[
                        response.request_id]) * 1000
            except ResponseTimeout:
                pass

        start = time.perf_counter()
        for n in range(requests):
            due = start + n / per_second
            while time.perf_counter() < due:
                drain(max(0.0, min(0.005, due - time.perf_counter())))
            request_id = f"bench-online-{new_id()}"
            sent[request_id] = time.perf_counter()
            client.publish({"request_id": request_id, "cache": "bypass",
                            "messages": [{"role": "user", "content": f"Say {n}."}]})
        deadline = time.monotonic() + 120
        while len(latency) < len(sent) and time.monotonic() < deadline:
            drain(0.5)
    if len(latency) < len(sent):
        raise RuntimeError(f"{len(sent) - len(latency)} answers missing")
    return latency


def split(latency: dict[str, float], rate: float) -> dict[str, Any]:
    sampled = [ms for rid, ms in latency.items() if is_sampled(rid, rate)]
    unsampled = [ms for rid, ms in latency.items() if not is_sampled(rid, rate)]
    return {"sampled": summary(sampled), "unsampled": summary(unsampled)}


def start_evaluator(config_path: str | None, rate: float, judge: bool, directory: Path
                    ) -> tuple[subprocess.Popen[bytes], str]:
    source = Path(config_path or os.environ.get("LLMSTREAM_CONFIG") or "llmstream.yaml")
    document = yaml.safe_load(source.read_text())
    port = free_port()
    evaluation = document.get("evaluation", {})
    document["evaluation"] = {
        **evaluation,
        "online": {"sample_rate": rate, "group_id": f"bench-evaluator-{new_id()}",
                   "web_port": port},
        "apply": [{"route": "default",
                   "evaluators": ["concise", *(["judge"] if judge else [])]}],
    }
    path = directory / "evaluator.llmstream.yaml"
    path.write_text(yaml.safe_dump(document, sort_keys=False))
    log = (directory / "evaluator.log").open("ab")
    process = subprocess.Popen([sys.executable, "-m", "llmstream", "evaluator", "--config",
                                str(path)], stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    health = f"http://127.0.0.1:{port}/health"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(health, timeout=1).status_code == 200:
                return process, health
        except httpx.HTTPError:
            pass
        if process.poll() is not None:
            raise RuntimeError("the evaluator exited; see " + str(directory / "evaluator.log"))
        time.sleep(0.2)
    raise RuntimeError("the evaluator did not become healthy")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--per-second", type=float, default=100.0)
    parser.add_argument("--rate", type=float, default=0.1)
    parser.add_argument("--judge", action="store_true")
    args = parser.parse_args()

    without = workload(args.config, args.requests, args.per_second)
    with tempfile.TemporaryDirectory() as directory:
        process, health = start_evaluator(args.config, args.rate, args.judge, Path(directory))
        try:
            with_evaluator = workload(args.config, args.requests, args.per_second)
            scored = {rid for rid in with_evaluator if is_sampled(rid, args.rate)}
            deadline = time.monotonic() + 60
            stats: dict[str, Any] = {}
            while time.monotonic() < deadline:
                stats = httpx.get(health, timeout=5).json()
                if stats.get("scored_requests", 0) >= len(scored) and not stats.get("waiting"):
                    break
                time.sleep(0.2)
        finally:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
    print(json.dumps({
        "requests": args.requests, "per_second": args.per_second, "rate": args.rate,
        "judge": args.judge,
        "without_evaluator": split(without, args.rate),
        "with_evaluator": split(with_evaluator, args.rate),
        "evaluator": {k: stats.get(k) for k in ("scored_requests", "scores", "waiting")},
        "expected_sampled": len(scored),
    }, indent=2))


if __name__ == "__main__":
    main()

"""How fast a label move reaches a worker's prompt registry, and how long a load takes.

Needs a broker with the prompts topic (`llmstream up`, or any config whose broker runs).
Runs the workers' own follower (``PromptFollower``: the thread every worker runs) in
this process and moves a label back and forth with the CLI's write path
(``publish_states``: a new transactional writer per change, as each CLI command does).
Each move is timed twice: the write until its transaction committed, and from the commit
until the follower's registry resolves the label to the new version.

    .venv/bin/python bench/prompt_propagation.py [--config llmstream.yaml] [--moves 100]

It also times a fresh follower loading the whole topic (what a restarted worker does
before it answers anything).
"""

from __future__ import annotations

import argparse
import json
import statistics
import time

from llmstream.config import load_config
from llmstream.connectors.kafka.prompt_topic import publish_states, read_registry
from llmstream.events import now_ms
from llmstream.prompt_registry import PromptSpec
from llmstream.stack.polling import poll_until
from llmstream.streams.prompt_follower import PromptFollower

NAME = "bench-propagation"


def percentile(values: list[float], level: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(level * (len(ordered) - 1)))]


def summary(values: list[float]) -> dict[str, float]:
    return {
        "p50": round(statistics.median(values), 1),
        "p95": round(percentile(values, 0.95), 1),
        "max": round(max(values), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--config", default=None)
    parser.add_argument("--moves", type=int, default=100)
    args = parser.parse_args()
    config = load_config(args.config)
    kafka, topic = config.kafka, config.topics.prompts

    registry = read_registry(kafka, topic)
    for n in (1, 2):
        state = registry.publish(NAME, PromptSpec(user=f"version {n}: {{{{ q }}}}",
                                                  variables=("q",)), now_ms())
    state = registry.label(NAME, "production", [(1, 1.0)], now_ms())
    publish_states(kafka, topic, [state])

    follower = PromptFollower(kafka, topic)
    follower.start()
    assert follower.wait_ready(60), "the follower did not load the topic"
    publish_ms: list[float] = []
    delays_ms: list[float] = []
    for move in range(args.moves):
        version = 2 - move % 2  # production starts at v1: first move to v2
        state = registry.label(NAME, "production", [(version, 1.0)], now_ms())
        started = time.perf_counter()
        publish_states(kafka, topic, [state])
        acknowledged = time.perf_counter()
        publish_ms.append((acknowledged - started) * 1000)

        def arrived(version: int = version) -> bool:
            return follower.registry.resolve(NAME, "production").prompt.version == version

        assert poll_until(arrived, 30, 0.001), f"move {move} did not arrive"
        delays_ms.append((time.perf_counter() - acknowledged) * 1000)
    follower.stop()

    started = time.perf_counter()
    fresh = PromptFollower(kafka, topic)
    fresh.start()
    assert fresh.wait_ready(60)
    load_ms = (time.perf_counter() - started) * 1000
    prompts = len(fresh.registry.names())
    fresh.stop()
    print(json.dumps({
        "moves": len(delays_ms),
        "write_until_committed_ms": summary(publish_ms),
        "committed_until_applied_ms": summary(delays_ms),
        "fresh_load_ms": round(load_ms, 1),
        "prompts_loaded": prompts,
    }, indent=2))


if __name__ == "__main__":
    main()

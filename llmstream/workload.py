"""A deterministic sample workload: realistic request lines for demos and benchmarks."""

from __future__ import annotations

import random
from typing import Any

TOPICS = [
    "the difference between a Kafka partition and a consumer group",
    "why idempotent producers matter",
    "how to size a Redis instance for caching",
    "what a circuit breaker protects against",
    "exponential backoff with full jitter",
    "how ClickHouse materialized views work",
    "the CAP theorem in one paragraph",
    "how to write a good commit message",
    "what prompt injection is",
    "token budgets for a chat assistant",
]
ASKS = ["Explain {t}.", "Summarise {t} in two sentences.", "Give one example of {t}.",
        "What are the pitfalls of {t}?"]
TENANTS = ["acme", "globex", "initech"]
FEATURES = ["chat", "search", "summarise"]


def sample_requests(count: int, seed: int = 7, with_errors: bool = True) -> list[dict[str, Any]]:
    """``count`` request lines; with ``with_errors`` two of them are deliberately bad
    (an unknown route and an oversized prompt) to show their clear error answers."""
    rng = random.Random(seed)
    lines: list[dict[str, Any]] = []
    for index in range(count):
        topic = rng.choice(TOPICS)
        lines.append({
            "request_id": f"demo-{seed}-{index:05d}",
            "messages": [
                {"role": "system", "content": "You are a concise technical assistant."},
                {"role": "user", "content": rng.choice(ASKS).format(t=topic)},
            ],
            "user_id": f"user-{rng.randrange(40):02d}",
            "tenant": rng.choice(TENANTS),
            "feature": rng.choice(FEATURES),
            "params": {"temperature": 0 if rng.random() < 0.7 else 0.7, "max_tokens": 128},
        })
    if with_errors and count >= 10:
        lines[3]["route"] = "no-such-route"
        lines[7]["messages"][1]["content"] = "x" * 40_000
    return lines

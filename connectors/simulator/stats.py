"""Counts of the calls the simulator answered, so tests can assert "exactly one call".

A call is counted once, by endpoint, model and outcome, when the simulator decides how to
answer it (before any simulated latency), so a client that gave up is still counted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

OK = "ok"
RPM_EXCEEDED = "rpm_exceeded"  # the simulator's own rate limit (not an injected fault)


class CallStats:
    def __init__(self) -> None:
        self.total = 0
        self.by_endpoint: Counter[str] = Counter()
        self.by_model: Counter[str] = Counter()
        self.by_outcome: Counter[str] = Counter()
        self.by_model_outcome: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self.prompt_tokens: Counter[str] = Counter()
        self.completion_tokens: Counter[str] = Counter()
        self.in_flight = 0
        self.max_in_flight = 0

    def started(self) -> None:
        self.in_flight += 1
        self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def finished(self) -> None:
        self.in_flight -= 1

    def record(self, endpoint: str, model: str, outcome: str) -> None:
        self.total += 1
        self.by_endpoint[endpoint] += 1
        self.by_model[model] += 1
        self.by_outcome[outcome] += 1
        self.by_model_outcome[model][outcome] += 1

    def record_tokens(self, model: str, prompt_tokens: int, completion_tokens: int) -> None:
        self.prompt_tokens[model] += prompt_tokens
        self.completion_tokens[model] += completion_tokens

    def snapshot(self) -> dict[str, Any]:
        return {
            "total": self.total,
            "by_endpoint": dict(self.by_endpoint),
            "by_model": dict(self.by_model),
            "by_outcome": dict(self.by_outcome),
            "by_model_outcome": {m: dict(c) for m, c in self.by_model_outcome.items()},
            "tokens": {
                model: {
                    "prompt_tokens": self.prompt_tokens[model],
                    "completion_tokens": self.completion_tokens[model],
                }
                for model in sorted(set(self.prompt_tokens) | set(self.completion_tokens))
            },
            "in_flight": self.in_flight,
            "max_in_flight": self.max_in_flight,
        }

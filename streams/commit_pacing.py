"""When the request stage's Kafka thread commits a transaction, and how long it may block.

A finished result is committed *at once* when the last transaction started at least
``min_interval_s`` ago: a lone request on an idle worker never waits for a timer. Under
load, results that finish while a transaction is in flight (or within ``min_interval_s``
of its start) go together in the next one, so the number of transactions stays bounded
however many requests are in flight.

The thread cannot be woken by a finishing handler while it waits in the consumer (the
librdkafka binding has no wakeup call), so while handlers run it waits at most
``busy_poll_s`` and looks again; only with nothing in flight does it wait longer, and then
nothing can become ready meanwhile: only a new record ends that wait.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CommitPacing:
    min_interval_s: float
    busy_poll_s: float = 0.002
    idle_wait_s: float = 0.1

    def __post_init__(self) -> None:
        if self.min_interval_s < 0 or self.busy_poll_s <= 0 or self.idle_wait_s <= 0:
            raise ValueError(f"invalid commit pacing: {self}")

    def commit_now(self, *, now_s: float, last_start_s: float, ready: bool) -> bool:
        """Whether to start a transaction now: something is ready and the last one started
        at least ``min_interval_s`` ago."""
        return ready and now_s - last_start_s >= self.min_interval_s

    def wait_s(self, *, now_s: float, last_start_s: float, ready: bool, in_flight: int) -> float:
        """How long the thread may block in the consumer before it must look again."""
        if ready:
            until_due = self.min_interval_s - (now_s - last_start_s)
            return max(0.0, min(until_due, self.busy_poll_s if in_flight else until_due))
        return self.busy_poll_s if in_flight else self.idle_wait_s

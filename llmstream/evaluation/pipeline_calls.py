"""Sending many requests through the pipeline with a bounded number in flight."""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Sequence
from dataclasses import dataclass

from llmstream.client import LLMClient, ResponseTimeout
from llmstream.events import Request, Response


@dataclass(frozen=True, slots=True)
class Asked:
    """The answers by request id, and the ids that got none in time (or never went out)."""

    answers: dict[str, Response]
    missing: frozenset[str]


def ask_all(
    client: LLMClient, requests: Sequence[Request], concurrency: int, timeout_s: float
) -> Asked:
    """Publish ``requests`` keeping at most ``concurrency`` unanswered, until all are
    answered or ``timeout_s`` has passed."""
    waiting = deque(requests)
    in_flight: set[str] = set()
    answers: dict[str, Response] = {}
    deadline = time.monotonic() + timeout_s
    while waiting or in_flight:
        while waiting and len(in_flight) < concurrency:
            in_flight.add(client.publish(waiting.popleft(), flush=False))
        client.flush()
        left = deadline - time.monotonic()
        try:
            if left <= 0:
                raise ResponseTimeout(in_flight)
            for response in client.responses(set(in_flight), left):
                answers[response.request_id] = response
                in_flight.discard(response.request_id)
                if waiting:
                    break  # refill the window
        except ResponseTimeout as timeout:
            unsent = {request.request_id for request in waiting}
            return Asked(answers, frozenset(timeout.missing | unsent))
    return Asked(answers, frozenset())

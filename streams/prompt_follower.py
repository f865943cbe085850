"""Keeps a worker's prompt registry current: a thread that follows the prompts topic.

The thread reads the compacted topic from the beginning and ``apply``-s every event to the
worker's ``PromptRegistry``; ``ready`` is set once it has read up to the end, so a worker
answers nothing before it knows every prompt. After that each publish, label move or
rollback reaches the registry within a poll (about 0.2 s plus the broker's fetch wait),
with no restart. A restarted worker rebuilds the same state from the same events: the
registry's fold is last-write-wins per prompt, independent of order and repetition.

The request stage reads the registry on the event loop while this thread writes it.
That is safe without a lock: ``apply`` replaces one immutable ``PromptState`` in a dict
(a single atomic store), and ``resolve`` reads one state and works on it alone.
"""

from __future__ import annotations

import logging
import threading
import time
from dataclasses import dataclass
from typing import Any

from llmstream.config import KafkaConfig
from llmstream.connectors.kafka.prompt_topic import PromptTopicReader
from llmstream.prompt_registry import PromptRegistry

log = logging.getLogger(__name__)

POLL_S = 0.2


@dataclass
class FollowerMetrics:  # no slots: /metrics lists it with vars()
    events_read: int = 0
    events_applied: int = 0
    events_skipped: int = 0
    prompts: int = 0
    last_applied_unix: float = 0.0


class PromptFollower:
    def __init__(
        self, kafka: KafkaConfig, topic: str, registry: PromptRegistry | None = None
    ) -> None:
        self.registry = registry if registry is not None else PromptRegistry()
        self.ready = threading.Event()
        self.metrics = FollowerMetrics()
        self._kafka = kafka
        self._topic = topic
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.error: BaseException | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, name="prompt-follower", daemon=True)
        self._thread.start()

    def wait_ready(self, timeout_s: float) -> bool:
        """Block until the topic was read to its end (False on timeout or failure)."""
        deadline = time.monotonic() + timeout_s
        while not self.ready.wait(0.1):
            if self.error is not None or not self.alive or time.monotonic() >= deadline:
                return False
        return True

    @property
    def alive(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def stop(self, timeout_s: float = 10.0) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout_s)

    def snapshot(self) -> list[dict[str, Any]]:
        """Every prompt's state as its event record, by name: equal snapshots, equal
        registries."""
        return [self.registry.state(name).to_record() for name in self.registry.names()]

    def _run(self) -> None:
        try:
            reader = PromptTopicReader(self._kafka, self._topic)
        except BaseException as error:
            self.error = error
            log.exception("prompt follower could not start")
            return
        try:
            while not self._stop.is_set():
                states = reader.poll(POLL_S)
                for state in states:
                    self.metrics.events_read += 1
                    if self.registry.apply(state):
                        self.metrics.events_applied += 1
                        self.metrics.last_applied_unix = time.time()
                        log.info(
                            "prompt registry: %s now has %d versions, labels %s",
                            state.name,
                            len(state.versions),
                            {label.name: [(t.version, t.weight) for t in label.targets]
                             for label in state.labels},
                        )
                self.metrics.events_skipped = reader.skipped
                self.metrics.prompts = len(self.registry.names())
                if reader.caught_up and not self.ready.is_set():
                    log.info("prompt registry loaded: %d prompts", self.metrics.prompts)
                    self.ready.set()
        except BaseException as error:
            self.error = error
            log.exception("prompt follower stopped with an error")
        finally:
            reader.close()

"""A whole throw-away pipeline for benchmarks: Kafka, Redis, the simulator and one worker
on free ports under a directory, stopped by pid on exit."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

from llmstream.config import Config
from tests.integration.services import simulator, worker
from tests.integration.stackfixture import REPO_CONFIG, TestStack, free_ports


@contextlib.contextmanager
def pipeline_stack(directory: Path, source: Path = REPO_CONFIG) -> Iterator[Config]:
    """Kafka, Redis, the simulator and one worker on free ports under ``directory``, with
    the settings of the config file ``source``."""
    with TestStack(directory, source=source) as stack:
        logs = directory / "logs"
        logs.mkdir(exist_ok=True)
        sim = simulator(stack.config, stack.config_path, logs).start()
        (port,) = free_ports(1)
        work = worker(stack.config, stack.config_path, logs, "bench", port).start(timeout_s=120)
        try:
            yield stack.config
        finally:
            work.stop()
            sim.stop()

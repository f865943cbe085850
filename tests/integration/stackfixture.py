"""A local stack for integration tests: real Kafka and Redis on free ports, in a temp dir.

``TestStack(directory)`` writes a copy of the repository's ``llmstream.yaml`` whose every
port (Kafka broker and controller, Redis, simulator, worker web port, ClickHouse query
endpoint, evaluator health port) is a free one and whose state directory is inside
``directory``; used as a
context manager it brings the services up and always takes them down again, by pid.
"""

from __future__ import annotations

import os
import random
import socket
import time
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import yaml

from llmstream.config import Config, load_config
from llmstream.stack import INFRASTRUCTURE, ServiceOutcome, ServiceStatus, down, status, up

REPO_ROOT = Path(__file__).resolve().parents[2]
REPO_CONFIG = REPO_ROOT / "llmstream.yaml"
READY_TIMEOUT_S = 180.0
# The broker's jars, shared by every test stack (resolved with Maven once per pom).
KAFKA_LIBS = (
    Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "llmstream" / "kafka-libs"
)


# Below Linux's ephemeral range (32768-60999): a port picked there could be taken, before
# our service binds it, as the local port of some outgoing connection (Kafka clients make
# many). Ports here are handed out only to those who ask for them by number.
PORT_RANGE = (20000, 32000)


def free_ports(count: int) -> list[int]:
    """``count`` distinct TCP ports that nothing listens on right now, outside the
    ephemeral range, drawn at random so parallel test sessions rarely collide."""
    rng = random.Random(os.getpid() ^ time.monotonic_ns())
    ports: list[int] = []
    while len(ports) < count:
        port = rng.randrange(*PORT_RANGE)
        if port in ports:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
        ports.append(port)
    return ports


def _with_port(url: str, port: int) -> str:
    parts = urlsplit(url)
    return urlunsplit(parts._replace(netloc=f"{parts.hostname}:{port}"))


def stack_config_document(source: dict[str, Any], state_dir: Path) -> dict[str, Any]:
    """``source`` with free ports everywhere and its state (and chdb data) in ``state_dir``."""
    document = dict(source)
    broker, controller, redis, simulator, worker, query, evaluator = free_ports(7)
    document["kafka"] = {
        **document.get("kafka", {}),
        "bootstrap_servers": f"127.0.0.1:{broker}",
    }
    document["stack"] = {
        **document.get("stack", {}),
        "controller_port": controller,
        "ready_timeout_s": READY_TIMEOUT_S,
        "kafka_libs_dir": str(KAFKA_LIBS),
    }
    redis_url = document.get("redis", {}).get("url", "redis://127.0.0.1:6379/0")
    document["redis"] = {**document.get("redis", {}), "url": _with_port(redis_url, redis)}
    old_simulator = document.get("simulator", {})
    old_netloc = f"{old_simulator.get('host', '127.0.0.1')}:{old_simulator.get('port', 8088)}"
    document["simulator"] = {**old_simulator, "port": simulator}
    # Providers that point at the simulator follow it to its new port.
    document["providers"] = {
        name: (
            {**provider, "base_url": _with_port(provider["base_url"], simulator)}
            if urlsplit(provider.get("base_url", "")).netloc == old_netloc
            else provider
        )
        for name, provider in document.get("providers", {}).items()
    }
    document["worker"] = {**document.get("worker", {}), "web_port": worker}
    evaluation = document.get("evaluation", {})
    document["evaluation"] = {
        **evaluation,
        "online": {**evaluation.get("online", {}), "web_port": evaluator},
    }
    clickhouse = document.get("clickhouse", {})
    document["clickhouse"] = {
        **clickhouse,
        "query_endpoint": _with_port(
            clickhouse.get("query_endpoint", "http://127.0.0.1:8124"), query
        ),
        "data_dir": str(state_dir / "chdb"),
    }
    document["state_dir"] = str(state_dir)
    return document


class TestStack:
    """A stack on free ports under ``directory``; ``with TestStack(...)`` is up, then down."""

    __test__ = False  # a helper, not a pytest test class

    def __init__(
        self,
        directory: Path,
        services: Sequence[str] = INFRASTRUCTURE,
        source: Path = REPO_CONFIG,
    ) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        self.services = list(services)
        self.state_dir = directory / "state"
        self.config_path = directory / "llmstream.yaml"
        document = stack_config_document(yaml.safe_load(source.read_text()), self.state_dir)
        self.config_path.write_text(yaml.safe_dump(document, sort_keys=False))
        self.config: Config = load_config(self.config_path)

    def up(self) -> list[ServiceOutcome]:
        return up(self.config, self.config_path, self.services, progress=print)

    def down(self) -> dict[str, int | None]:
        return down(self.config, self.services, progress=print)

    def status(self) -> list[ServiceStatus]:
        return status(self.config, self.services)

    def __enter__(self) -> TestStack:
        try:
            self.up()
        except BaseException:
            self.down()
            raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.down()

"""Where the local stack keeps its pids, logs and data: ``config.state_dir``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from llmstream.config import Config


@dataclass(frozen=True)
class StateDir:
    """The stack's state directory, resolved to an absolute path once.

    Layout: ``<name>.pid`` per running service, ``logs/<name>.log`` for its output and
    ``<name>/`` for its data (Kafka's jars and log dirs, Redis' append-only file).
    """

    root: Path

    @classmethod
    def from_config(cls, config: Config) -> StateDir:
        """``config.state_dir``, relative to the current directory unless absolute."""
        return cls(Path(config.state_dir).expanduser().resolve())

    def pid_file(self, service: str) -> Path:
        return self.root / f"{service}.pid"

    def log_file(self, service: str) -> Path:
        return self.root / "logs" / f"{service}.log"

    def service_dir(self, service: str) -> Path:
        """The data directory of ``service``, created on first use."""
        path = self.root / service
        path.mkdir(parents=True, exist_ok=True)
        return path

"""What a service of the local stack is: how to start it, find it and tell that it is ready."""

from __future__ import annotations

import socket
from abc import ABC, abstractmethod
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from llmstream.config import Config
from llmstream.stack.processes import TrackedProcess
from llmstream.stack.state_dir import StateDir

Progress = Callable[[str], None]


@dataclass(frozen=True)
class StackContext:
    """Everything a service needs to prepare, start and probe itself."""

    config: Config
    state: StateDir
    # Absolute path of the configuration file, handed to the llmstream subcommands.
    config_path: Path | None = None


class Service(ABC):
    """One process of the local stack.

    ``needs`` names the services that must be ready before this one starts (when they
    are part of the same ``up``); services without a dependency between them start
    concurrently.
    """

    name: str
    needs: tuple[str, ...] = ()

    @abstractmethod
    def ports(self, ctx: StackContext) -> Mapping[int, str]:
        """The TCP ports the service listens on, each with the config key that sets it."""

    @abstractmethod
    def signature(self, ctx: StackContext) -> tuple[str, ...]:
        """Consecutive arguments of its command line that identify the process."""

    @abstractmethod
    def prepare(self, ctx: StackContext, progress: Progress) -> list[str]:
        """Make everything the service needs (files, programs) and return its argv."""

    @abstractmethod
    def probe(self, ctx: StackContext) -> bool:
        """One quick readiness check (a second or two at most); True when ready."""

    def environment(self, ctx: StackContext) -> Mapping[str, str] | None:
        """The environment of the process; None inherits this one."""
        return None

    def after_ready(self, ctx: StackContext, progress: Progress) -> None:
        """Work to do once the service is ready (on every ``up``, so idempotent)."""
        return None

    def after_stop(self, ctx: StackContext, progress: Progress) -> None:
        """Work to do once the process has exited after ``down``."""
        return None

    def port(self, ctx: StackContext) -> int:
        """The port the service is known by (the first of ``ports``)."""
        return next(iter(self.ports(ctx)))

    def process(self, ctx: StackContext) -> TrackedProcess:
        return TrackedProcess(
            name=self.name,
            pid_file=ctx.state.pid_file(self.name),
            log_file=ctx.state.log_file(self.name),
            signature=self.signature(ctx),
        )


def port_accepts(host: str, port: int, timeout_s: float = 0.25) -> bool:
    """Whether something accepts TCP connections on ``host:port``."""
    try:
        with socket.create_connection((host, port), timeout=timeout_s):
            return True
    except OSError:
        return False

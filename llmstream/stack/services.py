"""The local stack: its services in start order, and ``up``, ``down`` and ``status``.

``up`` starts what is not running and waits until everything it was asked for is ready.
A service starts as soon as the services it ``needs`` are ready, so independent ones
(Kafka's JVM and redis-server, say) start together. ``down`` stops in reverse order. All
of it works by pid files in ``config.state_dir``: no process is found or killed by name.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from llmstream.config import Config
from llmstream.stack.errors import ServiceNotReady, StackError
from llmstream.stack.kafka import KafkaService
from llmstream.stack.pipeline import EVALUATOR, SIMULATOR, SINK, WORKER
from llmstream.stack.polling import poll_until
from llmstream.stack.processes import is_alive
from llmstream.stack.redis import RedisService
from llmstream.stack.service import Progress, Service, StackContext, port_accepts
from llmstream.stack.state_dir import StateDir

SERVICES: tuple[Service, ...] = (
    KafkaService(), RedisService(), SIMULATOR, SINK, WORKER, EVALUATOR
)
INFRASTRUCTURE = ("kafka", "redis")
LOG_TAIL_LINES = 20
PORT_HOST = "127.0.0.1"


def service_names() -> list[str]:
    return [service.name for service in SERVICES]


def select(names: Iterable[str] | None) -> list[Service]:
    """The named services in start order (all of them for None)."""
    if names is None:
        return list(SERVICES)
    wanted = set(names)
    unknown = wanted - set(service_names())
    if unknown:
        raise StackError(
            f"unknown service {', '.join(sorted(unknown))} (known: {', '.join(service_names())})"
        )
    return [service for service in SERVICES if service.name in wanted]


@dataclass(frozen=True)
class ServiceOutcome:
    """What ``up`` did with one service."""

    name: str
    action: Literal["started", "already running"]
    pid: int
    ready_after_s: float


@dataclass(frozen=True)
class ServiceStatus:
    name: str
    running: bool
    pid: int | None
    port: int
    healthy: bool
    log_file: Path


def _quiet(message: str) -> None:
    """The default progress reporter: says nothing."""


class _Startup:
    """One ``up``: starts services, waits for them, remembers which are ready.

    Every launched service is polled while ``up`` waits for any of them, so progress
    reports when each became ready and a crash is reported as soon as it happens. Each
    service has ``stack.ready_timeout_s`` from its own launch.
    """

    def __init__(self, ctx: StackContext, progress: Progress) -> None:
        self.ctx = ctx
        self.progress = progress
        self.began = time.monotonic()
        self.actions: dict[str, Literal["started", "already running"]] = {}
        # name -> (service, its pid, when it was launched)
        self.launched: dict[str, tuple[Service, int, float]] = {}
        self.ready_after: dict[str, float] = {}

    def launch(self, service: Service) -> None:
        process = service.process(self.ctx)
        pid = process.pid()
        if pid is not None:
            self.actions[service.name] = "already running"
            self.progress(f"{service.name}: already running (pid {pid})")
        else:
            for port, key in service.ports(self.ctx).items():
                if port_accepts(PORT_HOST, port):
                    raise StackError(
                        f"{service.name}: port {port} is in use by a process this stack did "
                        f"not start (state dir {self.ctx.state.root}); stop it or change {key}"
                    )
            argv = service.prepare(self.ctx, self.progress)
            pid = process.start(argv, service.environment(self.ctx))
            self.actions[service.name] = "started"
            self.progress(f"{service.name}: started (pid {pid}), log {process.log_file}")
        self.launched[service.name] = (service, pid, time.monotonic())

    def await_ready(self, required: Iterable[Service]) -> None:
        """Poll every launched service until all of ``required`` are ready.

        Raises ServiceNotReady for a service that exits or misses its deadline.
        """
        names = {service.name for service in required}
        if names.issubset(self.ready_after):
            return
        timeout_s = self.ctx.config.stack.ready_timeout_s
        failure: list[tuple[Service, str]] = []

        def required_ready() -> bool:
            for name, (service, pid, launched_at) in self.launched.items():
                if name in self.ready_after:
                    continue
                # The pid we launched, not the pid file's signature check: a process
                # caught mid-exec shows no command line yet and is still ours.
                if not is_alive(pid):
                    service.process(self.ctx).pid()  # clears the now stale pid file
                    failure.append((service, "exited during startup"))
                    return True
                if service.probe(self.ctx):
                    self._became_ready(service)
                elif time.monotonic() - launched_at > timeout_s:
                    failure.append((service, f"not ready after {timeout_s:.0f} s"))
                    return True
            return names.issubset(self.ready_after)

        poll_until(required_ready, timeout_s * len(self.launched) + 1.0)
        if failure:
            service, reason = failure[0]
            process = service.process(self.ctx)
            raise ServiceNotReady(
                service.name, reason, str(process.log_file), process.log_tail(LOG_TAIL_LINES)
            )
        if not names.issubset(self.ready_after):  # not launched: a bug in the start order
            raise StackError(f"never became ready: {sorted(names - set(self.ready_after))}")

    def _became_ready(self, service: Service) -> None:
        self.ready_after[service.name] = time.monotonic() - self.began
        if self.actions.get(service.name) == "started":
            self.progress(f"{service.name}: ready after {self.ready_after[service.name]:.1f} s")
        service.after_ready(self.ctx, self.progress)


def up(
    config: Config,
    config_path: str | Path | None = None,
    services: Sequence[str] | None = None,
    progress: Progress = _quiet,
) -> list[ServiceOutcome]:
    """Start the services (all by default) that are not running and wait until all are ready.

    Idempotent: services already running are left alone (and reported so). Raises
    ServiceNotReady, with the tail of the service's log, when one exits or misses its
    deadline; StackError when it cannot be started at all.
    """
    state = StateDir.from_config(config)
    state.root.mkdir(parents=True, exist_ok=True)
    path = Path(config_path).resolve() if config_path is not None else None
    ctx = StackContext(config=config, state=state, config_path=path)
    selected = select(services)
    by_name = {service.name: service for service in selected}
    startup = _Startup(ctx, progress)
    for service in selected:
        startup.await_ready(by_name[name] for name in service.needs if name in by_name)
        startup.launch(service)
    startup.await_ready(selected)
    outcomes = []
    for service in selected:
        pid = service.process(ctx).pid()
        if pid is None:  # exited after its readiness check
            raise StackError(f"{service.name}: stopped right after becoming ready")
        outcomes.append(
            ServiceOutcome(
                service.name,
                startup.actions[service.name],
                pid,
                startup.ready_after[service.name],
            )
        )
    if all(outcome.action == "already running" for outcome in outcomes):
        progress("nothing to start: every service was already running")
    return outcomes


def down(
    config: Config, services: Sequence[str] | None = None, progress: Progress = _quiet
) -> dict[str, int | None]:
    """Stop the services (all by default) in reverse start order, by pid.

    Returns service name -> the pid stopped, or None if it was not running. A service
    that cannot be stopped does not keep the others running: StackError comes after.
    """
    ctx = StackContext(config=config, state=StateDir.from_config(config))
    stopped: dict[str, int | None] = {}
    failures: list[str] = []
    for service in reversed(select(services)):
        try:
            pid = service.process(ctx).stop(config.stack.stop_timeout_s)
        except StackError as error:
            failures.append(error.reason)
            continue
        stopped[service.name] = pid
        progress(f"{service.name}: stopped (pid {pid})" if pid else f"{service.name}: not running")
        if pid is not None:
            service.after_stop(ctx, progress)
    if failures:
        raise StackError("; ".join(failures))
    return stopped


def status(config: Config, services: Sequence[str] | None = None) -> list[ServiceStatus]:
    """Each service: running (by pid), its port, and whether its readiness check passes."""
    ctx = StackContext(config=config, state=StateDir.from_config(config))
    report = []
    for service in select(services):
        process = service.process(ctx)
        pid = process.pid()
        report.append(
            ServiceStatus(
                name=service.name,
                running=pid is not None,
                pid=pid,
                port=service.port(ctx),
                healthy=pid is not None and service.probe(ctx),
                log_file=process.log_file,
            )
        )
    return report

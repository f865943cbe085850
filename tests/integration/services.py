"""Pipeline processes for integration tests: the simulator, the sink and workers.

Each runs as its own process (``python -m llmstream COMMAND --config FILE``), is
tracked by its pid, is ready when its health URL answers, and is always stopped.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import httpx

from llmstream.config import Config
from llmstream.stack.polling import poll_until


def wait_until(condition: Callable[[], bool], timeout_s: float, what: str,
               interval_s: float = 0.05) -> None:
    """Poll ``condition`` until true; fail with ``what`` when the deadline passes."""
    if not poll_until(condition, timeout_s, interval_s):
        raise TimeoutError(f"timed out after {timeout_s}s waiting for {what}")


def http_ok(url: str) -> bool:
    try:
        return httpx.get(url, timeout=1.0).status_code == 200
    except httpx.HTTPError:
        return False


class ServiceProcess:
    def __init__(
        self,
        name: str,
        args: list[str],
        config_path: Path,
        log_dir: Path,
        health_url: str,
        env: dict[str, str] | None = None,
    ) -> None:
        self.name = name
        self.health_url = health_url
        self.log_path = log_dir / f"{name}.log"
        self._args = [sys.executable, "-m", "llmstream", *args, "--config", str(config_path)]
        self._env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen[bytes] | None = None

    def start(self, timeout_s: float = 60.0) -> ServiceProcess:
        log = self.log_path.open("ab")
        self.process = subprocess.Popen(
            self._args,
            stdout=log,
            stderr=subprocess.STDOUT,
            env=self._env,
            start_new_session=True,
        )
        log.close()

        def ready() -> bool:
            if self.process is not None and self.process.poll() is not None:
                raise RuntimeError(
                    f"{self.name} exited with {self.process.returncode}:\n{self.log_tail()}"
                )
            return http_ok(self.health_url)

        wait_until(ready, timeout_s, f"{self.name} to become healthy")
        return self

    def log_tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    @property
    def pid(self) -> int:
        assert self.process is not None
        return self.process.pid

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as when a machine dies."""
        if self.process is not None and self.process.poll() is None:
            os.kill(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=30)

    def stop(self, timeout_s: float = 45.0) -> int | None:
        """SIGTERM, then SIGKILL after ``timeout_s``; returns the exit code."""
        if self.process is None:
            return None
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout_s)
            except subprocess.TimeoutExpired:
                self.kill()
        return self.process.returncode


def simulator(config: Config, config_path: Path, log_dir: Path, *extra: str) -> ServiceProcess:
    sim = config.simulator
    return ServiceProcess(
        "simulator",
        ["mock-provider", *extra],
        config_path,
        log_dir,
        f"http://{sim.host}:{sim.port}/health",
    )


def sink(config: Config, config_path: Path, log_dir: Path) -> ServiceProcess:
    return ServiceProcess(
        "sink", ["sink"], config_path, log_dir, f"{config.clickhouse.query_endpoint}/health"
    )


def worker(
    config: Config, config_path: Path, log_dir: Path, worker_id: str, web_port: int
) -> ServiceProcess:
    return ServiceProcess(
        f"worker-{worker_id}",
        ["worker", "--worker-id", worker_id],
        config_path,
        log_dir,
        f"http://127.0.0.1:{web_port}/health",
        env={"LLMSTREAM_WORKER_WEB_PORT": str(web_port)},
    )

"""The pipeline's own processes: llmstream subcommands that answer ``GET /health``."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from urllib.parse import urlsplit

import httpx

from llmstream.config import Config
from llmstream.stack.errors import StackError
from llmstream.stack.service import Progress, Service, StackContext

PROBE_TIMEOUT_S = 1.0


@dataclass(frozen=True)
class PipelineService(Service):
    """``python -m llmstream <subcommand> --config FILE``, ready when its health URL says 200."""

    name: str
    subcommand: str
    health_url: Callable[[Config], str]
    port_key: str
    needs: tuple[str, ...] = ()
    extra_args: tuple[str, ...] = ()

    def ports(self, ctx: StackContext) -> Mapping[int, str]:
        url = urlsplit(self.health_url(ctx.config))
        default = 443 if url.scheme == "https" else 80
        return {url.port or default: self.port_key}

    def signature(self, ctx: StackContext) -> tuple[str, ...]:
        return ("-m", "llmstream", self.subcommand)

    def prepare(self, ctx: StackContext, progress: Progress) -> list[str]:
        if ctx.config_path is None:
            raise StackError(f"{self.name}: needs the path of the configuration file")
        return [
            sys.executable,
            "-m",
            "llmstream",
            self.subcommand,
            "--config",
            str(ctx.config_path),
            *self.extra_args,
        ]

    def environment(self, ctx: StackContext) -> Mapping[str, str]:
        return {**os.environ, "PYTHONUNBUFFERED": "1"}

    def probe(self, ctx: StackContext) -> bool:
        try:
            response = httpx.get(self.health_url(ctx.config), timeout=PROBE_TIMEOUT_S)
        except httpx.HTTPError:
            return False
        return response.status_code == 200


def simulator_health_url(config: Config) -> str:
    return f"http://{config.simulator.host}:{config.simulator.port}/health"


def sink_health_url(config: Config) -> str:
    return f"{config.clickhouse.query_endpoint.rstrip('/')}/health"


def evaluator_health_url(config: Config) -> str:
    return f"http://127.0.0.1:{config.evaluation.online.web_port}/health"


def worker_health_url(config: Config) -> str:
    return f"http://127.0.0.1:{config.worker.web_port}/health"


SIMULATOR = PipelineService(
    name="simulator",
    subcommand="mock-provider",
    health_url=simulator_health_url,
    port_key="simulator.port",
)
SINK = PipelineService(
    name="sink",
    subcommand="sink",
    health_url=sink_health_url,
    port_key="clickhouse.query_endpoint",
    needs=("kafka",),
)
WORKER = PipelineService(
    name="worker",
    subcommand="worker",
    health_url=worker_health_url,
    port_key="worker.web_port",
    needs=("kafka", "redis", "simulator"),
    # A stable id: restarted by `up`, the worker fences its dead predecessor's
    # transaction and takes its partitions back at once (static membership).
    extra_args=("--worker-id", "local-0"),
)
EVALUATOR = PipelineService(
    name="evaluator",
    subcommand="evaluator",
    health_url=evaluator_health_url,
    port_key="evaluation.online.web_port",
    # Online evaluation reads what the worker writes; its judge calls go through it.
    needs=("kafka", "worker"),
)

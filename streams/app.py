"""The pipeline worker: a faust-streaming app hosting the request stage.

faust gives the worker its lifecycle (start-up, signal handling, graceful shutdown), its
web server (health and metrics) and the home for the stages that do not need
exactly-once output. The request stage itself runs on ``TransactionalProcessor`` (see
its docstring for why), as a mode service of this app.
"""

from __future__ import annotations

import asyncio
import gc
import logging
import threading
from pathlib import Path
from typing import Any

import faust
import mode

from llmstream.config import Config
from llmstream.connectors.providers.base import ChatProvider
from llmstream.connectors.providers.factory import build_provider
from llmstream.streams.prompt_follower import PromptFollower
from llmstream.streams.rate_control import RateControl
from llmstream.streams.request_handler import RequestHandler
from llmstream.streams.response_cache import ResponseCache
from llmstream.streams.transactional import TransactionalProcessor

log = logging.getLogger(__name__)


class RequestStage(mode.Service):
    """Runs the request stage's Kafka thread and shuts it down gracefully."""

    def __init__(
        self, config: Config, worker_id: str, stable_id: bool, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.config = config
        self.worker_id = worker_id
        self.stable_id = stable_id
        self.processor: TransactionalProcessor | None = None
        self._providers: dict[str, ChatProvider] = {}
        self._rate_control: RateControl | None = None
        self.cache: ResponseCache | None = None
        self._thread: threading.Thread | None = None
        self._thread_error: BaseException | None = None
        self.prompts = PromptFollower(self.config.kafka, self.config.topics.prompts)

    async def on_start(self) -> None:
        # The prompt registry first: no request is answered before every prompt is known.
        self.prompts.start()
        timeout_s = self.config.prompts.load_timeout_s
        loaded = await asyncio.get_running_loop().run_in_executor(
            None, self.prompts.wait_ready, timeout_s
        )
        if not loaded:
            raise RuntimeError(
                f"could not load the prompt registry from {self.config.topics.prompts!r} "
                f"within {timeout_s}s: {self.prompts.error or 'timed out'}"
            )
        self._providers = {
            name: build_provider(provider) for name, provider in self.config.providers.items()
        }
        self.cache = ResponseCache(self.config.cache, self.config.redis.url, self.worker_id)
        await self.cache.start()
        self._rate_control = RateControl.connect(self.config)
        handler = RequestHandler(
            self.config,
            self._providers,
            self.worker_id,
            prompts=self.prompts.registry,
            rate_control=self._rate_control,
            cache=self.cache,
        )
        # What is loaded by now lives as long as the worker (the guards' tables and
        # scanning databases, the classifier, the clients): frozen out of the collector's
        # generations, a full collection no longer walks it. With the guard loaded that
        # is 5-13 ms less per full collection, paid by whichever request is in flight.
        gc.collect()
        gc.freeze()
        self.processor = TransactionalProcessor(
            kafka=self.config.kafka,
            group_id=self.config.worker.group_id,
            topic=self.config.topics.requests,
            transactional_id=f"llmstream-worker-{self.worker_id}",
            handler=handler.handle,
            on_failure=handler.on_failure,
            loop=asyncio.get_running_loop(),
            max_in_flight=self.config.worker.max_in_flight,
            transaction_timeout_ms=self.config.worker.transaction_timeout_ms,
            commit_interval_ms=self.config.worker.commit_interval_ms,
            session_timeout_ms=self.config.worker.session_timeout_ms,
            static_member_id=f"llmstream-worker-{self.worker_id}" if self.stable_id else None,
        )
        self._thread = threading.Thread(
            target=self._run_processor, name="request-stage-kafka", daemon=True
        )
        self._thread.start()

    def _run_processor(self) -> None:
        assert self.processor is not None
        try:
            self.processor.run()
        except BaseException as error:
            self._thread_error = error
            log.exception("request stage stopped with an error")

    @mode.Service.task
    async def _watch(self) -> None:
        """Crash the worker if the Kafka thread dies (e.g. fenced by a newer worker)."""
        while not self.should_stop:
            if self._thread is not None and not self._thread.is_alive():
                if not self.should_stop:
                    await self.crash(self._thread_error or RuntimeError("request stage exited"))
                return
            await self.sleep(0.5)

    async def on_stop(self) -> None:
        if self.processor is not None:
            self.processor.stop(drain=True)
        if self._thread is not None:
            await asyncio.get_running_loop().run_in_executor(None, self._thread.join, 40)
        for provider in self._providers.values():
            await provider.aclose()
        await asyncio.get_running_loop().run_in_executor(None, self.prompts.stop)
        if self._rate_control is not None:
            await self._rate_control.aclose()
        if self.cache is not None:
            await self.cache.stop()

    @property
    def healthy(self) -> bool:
        return (
            self.processor is not None
            and self.processor.ready.is_set()
            and self._thread is not None
            and self._thread.is_alive()
            and self.prompts.alive
        )


def create_app(
    config: Config, worker_id: str, stable_id: bool
) -> tuple[faust.App, RequestStage]:
    """The worker app. ``stable_id``: the id survives restarts (given by the operator), so
    the worker may use static group membership."""
    # Faust keeps table state under its data dir (empty with the memory store); by default
    # that is ./llmstream-worker-data in whatever directory the worker starts. It creates
    # only the last level of the path.
    datadir = Path(config.state_dir) / "worker-data"
    datadir.mkdir(parents=True, exist_ok=True)
    app = faust.App(
        "llmstream-worker",
        broker=f"kafka://{config.kafka.bootstrap_servers}",
        web_host="127.0.0.1",
        web_port=config.worker.web_port,
        autodiscover=False,
        store="memory://",
        datadir=str(datadir),
        topic_partitions=config.topics.partitions,
        topic_replication_factor=config.topics.replication_factor,
    )
    stage = RequestStage(config, worker_id, stable_id)

    @app.page("/health")
    async def health(_web: Any, request: Any) -> Any:
        status = 200 if stage.healthy else 503
        return _web.json({"healthy": stage.healthy, "worker": worker_id}, status=status)

    @app.page("/prompts")
    async def prompts(_web: Any, request: Any) -> Any:
        """The registry this worker holds: one event record per prompt, by name."""
        return _web.json({"worker": worker_id, "prompts": stage.prompts.snapshot()})

    @app.page("/metrics")
    async def metrics(_web: Any, request: Any) -> Any:
        return _web.text(render_metrics(stage), content_type="text/plain")

    return app, stage


def render_metrics(stage: RequestStage) -> str:
    """Prometheus text exposition of the request stage's counters."""
    if stage.processor is None:
        return ""
    values = vars(stage.processor.metrics)
    lines = []
    for name, value in values.items():
        metric = f"llmstream_request_stage_{name}"
        lines.append(f"# TYPE {metric} gauge")
        lines.append(f'{metric}{{worker="{stage.worker_id}"}} {float(value)}')
    for name, value in vars(stage.prompts.metrics).items():
        metric = f"llmstream_prompt_registry_{name}"
        lines.append(f"# TYPE {metric} gauge")
        lines.append(f'{metric}{{worker="{stage.worker_id}"}} {float(value)}')
    if stage.cache is not None:
        cache_values = {"semantic_entries": stage.cache.semantic_entries,
                        "redis_up": int(stage.cache.redis_up)}
        for name, value in cache_values.items():
            metric = f"llmstream_cache_{name}"
            lines.append(f"# TYPE {metric} gauge")
            lines.append(f'{metric}{{worker="{stage.worker_id}"}} {float(value)}')
    return "\n".join(lines) + "\n"

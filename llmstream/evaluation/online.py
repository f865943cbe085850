"""``llmstream evaluator``: online evaluation of a sample of live traffic.

A consumer group on the requests and responses topics, beside the pipeline and never in
its path: the worker answers a request without knowing whether it will be scored. The
evaluator keeps a request whose id falls in the sample (``sampling.py``), pairs it with
its answer, scores the pair with the evaluators that apply to its route and prompt
(judge calls go through the pipeline like any request, linked by ``parent_request_id``)
and publishes the scores (source ONLINE). Offsets are committed after the scores of what
was read are published. A new group starts at the end of the topics (live traffic, not
the retention), a restarted one where it committed; a sampled request still waiting for
its other half when the evaluator stops is not scored (at most once per request).
"""

from __future__ import annotations

import json
import logging
import signal
import threading
from collections import defaultdict
from collections.abc import Sequence
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import click
from confluent_kafka import TopicPartition

from llmstream.cli import config_option
from llmstream.client import LLMClient
from llmstream.config import Config, load_config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.consumer import GroupConsumer
from llmstream.errors import ConfigError, LLMStreamError
from llmstream.evaluation.online_pairing import Pair, Pairing
from llmstream.evaluation.score_publisher import ScorePublisher
from llmstream.evaluation.scorer import Case, Scorer
from llmstream.evaluation.scores import Answered
from llmstream.events import EvaluationScore, Request, Response

log = logging.getLogger("llmstream.evaluator")


class OnlineEvaluator:
    def __init__(self, config: Config) -> None:
        self._config = config
        online = config.evaluation.online
        self.pairing = Pairing(online.sample_rate)
        # A new group starts at the end: online evaluation is about live traffic, not
        # the topics' whole retention. A restarted one resumes where it committed.
        start_at_end: dict[str, Any] = {"auto.offset.reset": "latest"}
        self._consumer = GroupConsumer(
            config.kafka, online.group_id, [config.topics.requests, config.topics.responses],
            **start_at_end,
        )
        self._client = LLMClient(config)
        self._scorer = Scorer(config, self._client)
        self._publisher = ScorePublisher(config)
        self._request_serde = serde("request")
        self._response_serde = serde("response")
        self.stats: dict[str, int] = defaultdict(int)
        self.stopping = threading.Event()
        # Set once partitions are assigned and read from: traffic from then on is seen.
        self.ready = threading.Event()

    def run(self) -> None:
        try:
            while not self.stopping.is_set():
                self.step(timeout_s=0.5)
        finally:
            self._consumer.close()
            self._client.close()

    def step(self, timeout_s: float) -> None:
        messages = self._consumer.consume(500, timeout_s)
        if not self.ready.is_set() and self._consumer.assignment():
            self.ready.set()
        pairs: list[Pair] = []
        positions: dict[tuple[str, int], int] = {}
        for message in messages:
            topic, partition, offset = message.topic(), message.partition(), message.offset()
            if message.error() is not None or topic is None or offset is None:
                continue
            positions[(topic, partition or 0)] = offset + 1
            pair = self._read(topic, message.value())
            if pair is not None:
                pairs.append(pair)
        if pairs:
            self.stats["scored_requests"] += len(pairs)
            self.stats["scores"] += self._publisher.publish(self.score(pairs))
        if positions:
            self._consumer.commit([TopicPartition(topic, partition, offset)
                                   for (topic, partition), offset in positions.items()])
        self.stats["waiting"] = self.pairing.waiting
        self.stats["dropped"] = self.pairing.dropped

    def _read(self, topic: str, value: bytes | None) -> Pair | None:
        try:
            if topic == self._config.topics.requests:
                self.stats["requests_read"] += 1
                return self.pairing.on_request(
                    Request.from_record(self._request_serde.decode(value)))
            self.stats["responses_read"] += 1
            return self.pairing.on_response(
                Response.from_record(self._response_serde.decode(value)))
        except (LLMStreamError, ValueError, KeyError, TypeError):
            # The worker dead-letters what it cannot decode; there is nothing to score.
            self.stats["undecodable"] += 1
            return None

    def score(self, pairs: Sequence[Pair]) -> list[EvaluationScore]:
        """Score each pair with the evaluators of its route and prompt."""
        groups: dict[tuple[str | None, str | None], list[Pair]] = defaultdict(list)
        for pair in pairs:
            groups[(pair.response.route, pair.response.prompt_name)].append(pair)
        events: list[EvaluationScore] = []
        for (route, prompt), members in groups.items():
            names = self._config.evaluation.evaluators_for(route, prompt)
            if not names:
                self.stats["no_evaluator"] += len(members)
                continue
            by_id = {pair.request_id: pair for pair in members}
            scored = self._scorer.score(names, [
                Case(pair.request_id,
                     Answered(pair.request_id, pair.response.content or "", pair.input_text),
                     pair.response.status)
                for pair in members
            ])
            self.stats["errors"] += len(scored.errors)
            for request_id, scores in scored.scores.items():
                response = by_id[request_id].response
                events.extend(
                    EvaluationScore(
                        # Deterministic: re-scored after a restart, it is the same event.
                        event_id=f"online:{request_id}:{score.evaluator}",
                        request_id=request_id, evaluator=score.evaluator,
                        evaluator_kind=score.kind, score=score.score, reason=score.reason,
                        source="ONLINE", judge_request_id=score.judge_request_id,
                        route=response.route, model=response.model,
                        prompt_name=response.prompt_name,
                        prompt_version=(None if response.prompt_version is None
                                        else str(response.prompt_version)),
                        prompt_variant=response.prompt_variant,
                        answer_cost_usd=response.cost_usd,
                        answer_latency_ms=response.latency_ms,
                    )
                    for score in scores
                )
        return events


def _health_server(evaluator: OnlineEvaluator, port: int) -> ThreadingHTTPServer:
    class Health(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            if self.path != "/health":
                self.send_error(404)
                return
            ready = evaluator.ready.is_set()
            body = json.dumps({"status": "ok" if ready else "starting", **evaluator.stats})
            self.send_response(200 if ready else 503)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body.encode())))
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, format: str, *args: Any) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", port), Health)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


@click.command("evaluator")
@config_option
@click.option("--web-port", type=int, default=None, envvar="LLMSTREAM_EVALUATOR_WEB_PORT",
              help="Port of GET /health (default: evaluation.online.web_port).")
def evaluator(config_path: str | None, web_port: int | None) -> None:
    """Score a sample of live traffic (evaluation.online.sample_rate) until stopped."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    logging.basicConfig(level=logging.WARNING)
    running = OnlineEvaluator(config)
    server = _health_server(running, web_port or config.evaluation.online.web_port)
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: running.stopping.set())
    try:
        running.run()
    finally:
        server.shutdown()

"""The local Apache Kafka broker: one KRaft node that is both broker and controller.

It runs from jars resolved with Maven (``kafka_jars``) on the machine's Java. Its storage
is formatted once (``kafka-storage format --standalone``: a dynamic quorum whose only voter
is this node), with a cluster id generated once and kept in the state directory; its
``server.properties`` is rewritten on every start, so port changes in the config apply.
(A static ``controller.quorum.voters`` quorum logs a spurious NotControllerException on
every start; the dynamic one does not, and it survives a controller port change too.)
"""

from __future__ import annotations

import base64
import logging
import os
import shutil
import subprocess
from collections.abc import Mapping
from importlib import resources
from pathlib import Path

from llmstream.config import Config
from llmstream.connectors.kafka.admin import KafkaAdmin, KafkaAdminError, pipeline_topic_specs
from llmstream.stack.class_archive import ClassArchive
from llmstream.stack.errors import StackError
from llmstream.stack.kafka_jars import STAMP_FILE, ensure_kafka_jars
from llmstream.stack.service import Progress, Service, StackContext, port_accepts
from llmstream.stack.system_packages import require_command

NODE_ID = 1
LISTEN_HOST = "127.0.0.1"
FORMAT_TIMEOUT_S = 120.0
PROBE_TIMEOUT_S = 2.0
# bin/kafka-server-start.sh's G1 settings stopped this broker for 9-59 ms every 1.5-3 s
# (-Xlog:safepoint under the cache-hit bench: 31-37 pauses over 10 ms, 0.6-0.7 s in all);
# ZGC marks and moves concurrently: 0-4 pauses over 10 ms, 36-97 ms in all
# (docs/BENCHMARKS.md). A cache hit's two hops are a few ms, so those pauses were its tail.
JVM_OPTIONS = (
    "-XX:+UseZGC",
    "-Djava.awt.headless=true",
)

# The storage tool runs for a second: the JIT's first tier is all it needs.
FORMAT_JVM_OPTIONS = ("-XX:TieredStopAtLevel=1",)

# librdkafka reports every refused connection while the broker starts: not news.
_PROBE_LOGGER = logging.getLogger("llmstream.stack.kafka.probe")
_PROBE_LOGGER.addHandler(logging.NullHandler())
_PROBE_LOGGER.propagate = False


def broker_address(config: Config) -> tuple[str, int]:
    """Host and port of the first ``kafka.bootstrap_servers`` entry."""
    first = config.kafka.bootstrap_servers.split(",")[0].strip()
    first = first.split("://", 1)[-1]
    host, separator, port = first.rpartition(":")
    if not separator or not port.isdigit() or not 0 < int(port) < 65536:
        raise StackError(
            f"kafka.bootstrap_servers: expected host:port, got {config.kafka.bootstrap_servers!r}"
        )
    return host or LISTEN_HOST, int(port)


def server_properties(
    broker_port: int, controller_port: int, log_dir: Path, internal_topic_partitions: int
) -> str:
    """The broker's configuration: one node, replication factor 1 everywhere."""
    settings = {
        "process.roles": "broker,controller",
        "node.id": str(NODE_ID),
        "controller.quorum.bootstrap.servers": f"{LISTEN_HOST}:{controller_port}",
        "listeners": (
            f"PLAINTEXT://{LISTEN_HOST}:{broker_port},CONTROLLER://{LISTEN_HOST}:{controller_port}"
        ),
        "advertised.listeners": f"PLAINTEXT://{LISTEN_HOST}:{broker_port}",
        "controller.listener.names": "CONTROLLER",
        "inter.broker.listener.name": "PLAINTEXT",
        "listener.security.protocol.map": "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
        "log.dirs": str(log_dir),
        "num.partitions": "1",
        "auto.create.topics.enable": "false",
        "offsets.topic.replication.factor": "1",
        "offsets.topic.num.partitions": str(internal_topic_partitions),
        "transaction.state.log.replication.factor": "1",
        "transaction.state.log.min.isr": "1",
        "transaction.state.log.num.partitions": str(internal_topic_partitions),
        "share.coordinator.state.topic.replication.factor": "1",
        "share.coordinator.state.topic.min.isr": "1",
        "group.initial.rebalance.delay.ms": "0",
    }
    lines = [f"{key}={value}" for key, value in settings.items()]
    return "# Written by llmstream on every start: edit stack.* in the config instead.\n" + (
        "\n".join(lines) + "\n"
    )


def new_cluster_id() -> str:
    """A Kafka cluster id: 16 random bytes, URL-safe base64 without padding.

    Like ``Uuid.randomUuid()``, it never starts with '-' (a command line would read an
    option).
    """
    while True:
        cluster_id = base64.urlsafe_b64encode(os.urandom(16)).rstrip(b"=").decode()
        if not cluster_id.startswith("-"):
            return cluster_id


class KafkaService(Service):
    name = "kafka"

    def ports(self, ctx: StackContext) -> Mapping[int, str]:
        return {
            broker_address(ctx.config)[1]: "kafka.bootstrap_servers",
            ctx.config.stack.controller_port: "stack.controller_port",
        }

    def signature(self, ctx: StackContext) -> tuple[str, ...]:
        return ("kafka.Kafka", str(self._properties_file(ctx)))

    def prepare(self, ctx: StackContext, progress: Progress) -> list[str]:
        kafka_dir = ctx.state.service_dir(self.name)
        java = require_command("java", "default-jre-headless", progress)
        libs = ensure_kafka_jars(self._libs_dir(ctx), progress)
        classpath = f"{libs}/*"
        log4j = kafka_dir / "log4j2.xml"
        log4j.write_bytes(resources.files("llmstream.stack").joinpath("log4j2.xml").read_bytes())
        properties = self._properties_file(ctx)
        data_dir = kafka_dir / "data"
        properties.write_text(
            server_properties(
                broker_port=broker_address(ctx.config)[1],
                controller_port=ctx.config.stack.controller_port,
                log_dir=data_dir,
                internal_topic_partitions=ctx.config.stack.internal_topic_partitions,
            )
        )
        archive = ClassArchive.for_broker(java, libs, kafka_dir)
        if not (data_dir / "meta.properties").is_file():
            format_java = [java, *FORMAT_JVM_OPTIONS, *archive.read_only_options()]
            self._format(format_java, classpath, properties, self._cluster_id(kafka_dir), progress)
        return [
            java,
            f"-Xmx{ctx.config.stack.kafka_heap}",
            *JVM_OPTIONS,
            *archive.jvm_options(),
            *ctx.config.stack.kafka_jvm_options,
            f"-Dlog4j2.configurationFile={log4j}",
            f"-Dkafka.logs.dir={kafka_dir / 'logs'}",
            "-cp",
            classpath,
            "kafka.Kafka",
            str(properties),
        ]

    def probe(self, ctx: StackContext) -> bool:
        host, port = broker_address(ctx.config)
        if not port_accepts(host, port):
            return False
        admin = KafkaAdmin.from_config(ctx.config.kafka, logger=_PROBE_LOGGER)
        try:
            brokers: int = admin.broker_count(timeout_s=PROBE_TIMEOUT_S)
        except KafkaAdminError:
            return False
        return brokers > 0

    def after_ready(self, ctx: StackContext, progress: Progress) -> None:
        specs = pipeline_topic_specs(ctx.config)
        try:
            created = KafkaAdmin.from_config(ctx.config.kafka).ensure_topics(specs)
        except KafkaAdminError as error:
            raise StackError(f"kafka: {error}") from None
        if created:
            progress(f"kafka: created topics {', '.join(created)}")
        else:
            progress(f"kafka: all {len(specs)} pipeline topics present")

    def after_stop(self, ctx: StackContext, progress: Progress) -> None:
        java = shutil.which("java")
        libs = self._libs_dir(ctx)
        if java is None or not (libs / STAMP_FILE).is_file():
            return
        archive = ClassArchive.for_broker(java, libs, ctx.state.root / self.name)
        if archive.promote_dump():
            progress(f"kafka: saved a class archive for faster starts ({archive.shared.name})")

    def _libs_dir(self, ctx: StackContext) -> Path:
        configured = ctx.config.stack.kafka_libs_dir
        if configured is None:
            return ctx.state.root / self.name / "libs"
        return Path(configured).expanduser().resolve()

    def _properties_file(self, ctx: StackContext) -> Path:
        return ctx.state.root / self.name / "server.properties"

    @staticmethod
    def _cluster_id(kafka_dir: Path) -> str:
        """The cluster id, generated on the first start and kept."""
        file = kafka_dir / "cluster-id"
        if file.is_file():
            return file.read_text().strip()
        cluster_id = new_cluster_id()
        file.write_text(cluster_id + "\n")
        return cluster_id

    @staticmethod
    def _format(
        java: list[str], classpath: str, properties: Path, cluster_id: str, progress: Progress
    ) -> None:
        progress(f"kafka: formatting storage (cluster id {cluster_id})")
        data_dir = properties.parent / "data"
        shutil.rmtree(data_dir, ignore_errors=True)  # a format interrupted half-way
        command = [
            *java,
            "-cp",
            classpath,
            "kafka.tools.StorageTool",
            "format",
            "--cluster-id",
            cluster_id,
            "--config",
            str(properties),
            "--standalone",
        ]
        try:
            result = subprocess.run(
                command, capture_output=True, text=True, timeout=FORMAT_TIMEOUT_S, check=False
            )
        except subprocess.TimeoutExpired:
            raise StackError("kafka: formatting the storage took too long") from None
        if result.returncode != 0:
            output = "\n".join((result.stdout + result.stderr).strip().splitlines()[-20:])
            raise StackError(f"kafka: formatting the storage failed:\n{output}")

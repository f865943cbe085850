"""The local stack on the real broker and redis-server: up, idempotent up, topics,
transactions, persistence across a restart, down by pid; and the CLI's clear errors."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import redis
import yaml
from confluent_kafka import Consumer, KafkaError, Producer

from llmstream.config import Config
from llmstream.connectors.kafka.admin import KafkaAdmin, TopicSpec
from llmstream.stack import up
from llmstream.stack.errors import ServiceNotReady, StackError
from llmstream.stack.polling import Deadline
from llmstream.stack.processes import is_alive
from tests.integration.stackfixture import TestStack, free_ports

CONSUME_TIMEOUT_S = 60.0


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "llmstream", *args],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def consume_committed(config: Config, topic: str, expected: int) -> list[bytes]:
    """Read ``topic`` from the start with read_committed until ``expected`` messages."""
    consumer = Consumer(
        {
            "bootstrap.servers": config.kafka.bootstrap_servers,
            "group.id": f"test-{uuid.uuid4().hex}",
            "isolation.level": "read_committed",
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
        }
    )
    values: list[bytes] = []
    try:
        consumer.subscribe([topic])
        deadline = Deadline(CONSUME_TIMEOUT_S)
        while len(values) < expected and not deadline.expired():
            message = consumer.poll(0.5)
            if message is None:
                continue
            error = message.error()
            if error is not None:
                assert error.code() == KafkaError._PARTITION_EOF, error
                continue
            value = message.value()
            assert isinstance(value, bytes)
            values.append(value)
    finally:
        consumer.close()
    return values


@pytest.fixture(scope="module")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestStack]:
    """A stack of its own (not the shared ``infra``): these tests take it down."""
    stack = TestStack(tmp_path_factory.mktemp("lifecycle"))
    try:
        yield stack
    finally:
        stack.down()  # by pid, whatever the tests did


@pytest.mark.integration
class TestLifecycle:
    """In order: up, idempotent up, topics, transactions, restart, down, failed start."""

    def test_up_starts_kafka_and_redis(self, stack: TestStack) -> None:
        outcomes = stack.up()

        assert [(item.name, item.action) for item in outcomes] == [
            ("kafka", "started"),
            ("redis", "started"),
        ]
        assert all(is_alive(item.pid) for item in outcomes)
        assert all(item.healthy and item.running for item in stack.status())

    def test_second_up_starts_nothing(self, stack: TestStack) -> None:
        before = {item.name: item.pid for item in stack.status()}

        outcomes = stack.up()

        assert {item.name: item.action for item in outcomes} == {
            "kafka": "already running",
            "redis": "already running",
        }
        assert {item.name: item.pid for item in outcomes} == before

    def test_cli_up_says_nothing_to_start(self, stack: TestStack) -> None:
        result = cli("up", "--config", str(stack.config_path), "--only", "kafka", "--only", "redis")

        assert result.returncode == 0, result.stderr
        assert "already running, nothing started" in result.stdout

    def test_cli_status_json(self, stack: TestStack) -> None:
        result = cli("status", "--config", str(stack.config_path), "--json")

        assert result.returncode == 0, result.stderr
        rows = {row["service"]: row for row in json.loads(result.stdout)}
        assert rows["kafka"]["running"] and rows["kafka"]["healthy"]
        assert rows["kafka"]["port"] == int(stack.config.kafka.bootstrap_servers.split(":")[1])
        assert rows["redis"]["running"] and rows["redis"]["healthy"]
        assert not rows["worker"]["running"] and rows["worker"]["pid"] is None

    def test_pipeline_topics_exist_with_their_configs(self, stack: TestStack) -> None:
        topics = stack.config.topics
        admin = KafkaAdmin.from_config(stack.config.kafka)

        listed = admin.list_topics()
        configs = admin.topic_configs(
            [
                topics.requests,
                topics.responses,
                topics.telemetry,
                topics.dead_letter,
                topics.prompts,
            ]
        )

        for name in (topics.requests, topics.responses, topics.telemetry, topics.dead_letter):
            assert listed[name] == topics.partitions
            assert configs[name]["cleanup.policy"] == "delete"
            assert configs[name]["retention.ms"] == str(topics.retention_ms)
        assert listed[topics.prompts] == 1
        assert configs[topics.prompts]["cleanup.policy"] == "compact"

    def test_ensure_topics_is_idempotent_and_delete_works(self, stack: TestStack) -> None:
        admin = KafkaAdmin.from_config(stack.config.kafka)
        name = f"test-{uuid.uuid4().hex}"
        spec = TopicSpec(name, partitions=2, config={"cleanup.policy": "compact"})

        assert admin.ensure_topics([spec]) == [name]
        assert admin.ensure_topics([spec]) == []
        assert admin.list_topics()[name] == 2
        assert admin.delete_topics([name, f"missing-{name}"]) == [name]
        assert name not in admin.list_topics()

    def test_transactions_commit_and_abort(self, stack: TestStack) -> None:
        config = stack.config
        topic = config.topics.requests
        producer = Producer(
            {
                "bootstrap.servers": config.kafka.bootstrap_servers,
                "transactional.id": f"test-{uuid.uuid4().hex}",
                "enable.idempotence": True,
            }
        )
        producer.init_transactions(60)
        producer.begin_transaction()
        producer.produce(topic, key=b"k", value=b"aborted")
        producer.abort_transaction(60)
        producer.begin_transaction()
        for number in range(3):
            producer.produce(topic, key=b"k", value=f"committed-{number}".encode())
        producer.commit_transaction(60)

        values = consume_committed(config, topic, expected=3)

        assert values == [b"committed-0", b"committed-1", b"committed-2"]

    def test_state_survives_a_restart(self, stack: TestStack) -> None:
        client = redis.Redis.from_url(stack.config.redis.url)
        marker = uuid.uuid4().hex
        client.set("test:restart", marker)
        client.close()
        old_pids = {item.name: item.pid for item in stack.status()}

        stack.down()
        outcomes = stack.up()

        assert all(item.action == "started" for item in outcomes)
        assert all(not is_alive(pid) for pid in old_pids.values() if pid is not None)
        client = redis.Redis.from_url(stack.config.redis.url)
        assert client.get("test:restart") == marker.encode()
        client.close()
        values = consume_committed(stack.config, stack.config.topics.requests, expected=3)
        assert values == [b"committed-0", b"committed-1", b"committed-2"]

    def test_down_stops_every_pid(self, stack: TestStack) -> None:
        pids = {item.name: item.pid for item in stack.status()}
        assert all(pid is not None for pid in pids.values())

        stopped = stack.down()

        assert stopped == pids
        assert all(not is_alive(pid) for pid in pids.values() if pid is not None)
        assert not any(item.running for item in stack.status())
        assert not list(stack.state_dir.glob("*.pid"))

    def test_a_service_that_dies_at_start_shows_its_log(
        self, stack: TestStack, tmp_path: Path
    ) -> None:
        document: dict[str, Any] = yaml.safe_load(stack.config_path.read_text())
        document["stack"]["kafka_jvm_options"] = ["-XX:+UseSerialGC"]  # clashes with ZGC
        broken = tmp_path / "broken.yaml"
        broken.write_text(yaml.safe_dump(document))

        result = cli("up", "--config", str(broken), "--only", "kafka")

        assert result.returncode == 1
        assert "kafka: exited during startup" in result.stderr
        assert "Multiple garbage collectors selected" in result.stderr
        assert "Traceback" not in result.stderr
        assert not list(stack.state_dir.glob("*.pid"))


def test_port_in_use_is_a_clear_error(tmp_path: Path) -> None:
    """No broker needed: the port check comes before anything is prepared or started."""
    stack = TestStack(tmp_path)
    port = int(stack.config.kafka.bootstrap_servers.rsplit(":", 1)[1])
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()

        with pytest.raises(StackError, match=f"port {port} is in use") as raised:
            up(stack.config, stack.config_path, ["kafka"])
        assert not isinstance(raised.value, ServiceNotReady)
        result = cli("up", "--config", str(stack.config_path), "--only", "kafka")

    assert result.returncode == 1
    assert f"port {port} is in use" in result.stderr
    assert "kafka.bootstrap_servers" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (stack.state_dir / "kafka.pid").exists()


def test_bad_config_is_a_clear_error(tmp_path: Path) -> None:
    config_file = tmp_path / "bad.yaml"
    config_file.write_text("stack:\n  controller_prot: 1\n")

    result = cli("status", "--config", str(config_file))

    assert result.returncode == 1
    assert "stack.controller_prot" in result.stderr
    assert "Traceback" not in result.stderr


def test_free_ports_are_distinct_and_free() -> None:
    ports = free_ports(6)

    assert len(set(ports)) == 6
    for port in ports:
        with socket.socket() as probe:
            probe.bind(("127.0.0.1", port))

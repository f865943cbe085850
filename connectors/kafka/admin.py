"""Kafka administration: the topics the pipeline needs, created idempotently.

A thin typed layer over ``confluent_kafka.admin.AdminClient``; nothing else in llmstream
creates, lists or deletes topics.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from confluent_kafka import KafkaError, KafkaException
from confluent_kafka.admin import (  # type: ignore[attr-defined]  # re-exported, no __all__
    AdminClient,
    ConfigResource,
    NewTopic,
    ResourceType,
)

from llmstream.config import Config, KafkaConfig
from llmstream.errors import LLMStreamError

_METADATA_POLL_S = 0.05


class KafkaAdminError(LLMStreamError):
    """The cluster refused or did not answer an administrative request."""


@dataclass(frozen=True)
class TopicSpec:
    name: str
    partitions: int
    replication_factor: int = 1
    config: Mapping[str, str] = field(default_factory=dict)


def pipeline_topic_specs(config: Config) -> list[TopicSpec]:
    """The topics of the pipeline, from ``config.topics``.

    Event topics get ``topics.partitions`` partitions and ``topics.retention_ms``; the
    prompt registry is a compacted single-partition topic (the latest event per key is
    the state, in one total order).
    """
    topics = config.topics
    retention = {"retention.ms": str(topics.retention_ms)}
    events = [
        TopicSpec(name, topics.partitions, topics.replication_factor, retention)
        for name in (topics.requests, topics.responses, topics.telemetry, topics.dead_letter,
                     topics.feedback, topics.evaluations)
    ]
    prompts = TopicSpec(topics.prompts, 1, topics.replication_factor, {"cleanup.policy": "compact"})
    return [*events, prompts]


class KafkaAdmin:
    """Create, list, inspect and delete topics.

    ``logger`` receives librdkafka's own log lines (connection failures while a broker
    starts, for instance); by default they go to the ``llmstream.kafka`` logger.
    """

    def __init__(
        self,
        bootstrap_servers: str,
        client_config: Mapping[str, str | int | bool] | None = None,
        logger: logging.Logger | None = None,
    ) -> None:
        settings: dict[str, Any] = {**(client_config or {})}
        settings["bootstrap.servers"] = bootstrap_servers
        settings["logger"] = logger or logging.getLogger("llmstream.kafka")
        self._client = AdminClient(settings)

    @classmethod
    def from_config(cls, kafka: KafkaConfig, logger: logging.Logger | None = None) -> KafkaAdmin:
        return cls(kafka.bootstrap_servers, kafka.client_config, logger)

    def broker_count(self, timeout_s: float = 5.0) -> int:
        """How many brokers the cluster metadata lists (0 while none is registered)."""
        return len(self._metadata(timeout_s).brokers)

    def list_topics(
        self, timeout_s: float = 10.0, include_internal: bool = False
    ) -> dict[str, int]:
        """Topic name -> partition count (internal ``__`` topics only on request)."""
        return {
            name: len(topic.partitions)
            for name, topic in self._metadata(timeout_s).topics.items()
            if include_internal or not name.startswith("__")
        }

    def ensure_topics(self, specs: Iterable[TopicSpec], timeout_s: float = 30.0) -> list[str]:
        """Create the topics that do not exist yet; return the names created.

        An existing topic is left as it is (its partitions and configs are not changed).
        Returns once the created topics appear in the cluster metadata.
        """
        wanted = list(specs)
        if not wanted:
            return []
        futures = self._client.create_topics(
            [
                NewTopic(
                    spec.name,
                    num_partitions=spec.partitions,
                    replication_factor=spec.replication_factor,
                    config=dict(spec.config),
                )
                for spec in wanted
            ],
            operation_timeout=timeout_s,
            request_timeout=timeout_s,
        )
        created = []
        for name, future in futures.items():
            try:
                future.result()
            except KafkaException as exception:
                error = _kafka_error(exception)
                if error is not None and error.code() == KafkaError.TOPIC_ALREADY_EXISTS:
                    continue
                raise KafkaAdminError(f"cannot create topic {name!r}: {exception}") from None
            created.append(name)
        self._await_topics(created, present=True, timeout_s=timeout_s)
        return created

    def delete_topics(self, names: Iterable[str], timeout_s: float = 30.0) -> list[str]:
        """Delete the named topics that exist; return the names deleted."""
        wanted = list(names)
        if not wanted:
            return []
        futures = self._client.delete_topics(
            wanted, operation_timeout=timeout_s, request_timeout=timeout_s
        )
        deleted = []
        for name, future in futures.items():
            try:
                future.result()
            except KafkaException as exception:
                error = _kafka_error(exception)
                if error is not None and error.code() == KafkaError.UNKNOWN_TOPIC_OR_PART:
                    continue
                raise KafkaAdminError(f"cannot delete topic {name!r}: {exception}") from None
            deleted.append(name)
        self._await_topics(deleted, present=False, timeout_s=timeout_s)
        return deleted

    def topic_configs(
        self, names: Iterable[str], timeout_s: float = 10.0
    ) -> dict[str, dict[str, str]]:
        """The effective configuration (defaults included) of each named topic."""
        resources = [ConfigResource(ResourceType.TOPIC, name) for name in names]
        if not resources:
            return {}
        futures = self._client.describe_configs(resources, request_timeout=timeout_s)
        configs: dict[str, dict[str, str]] = {}
        for resource, future in futures.items():
            try:
                entries = future.result()
            except KafkaException as exception:
                raise KafkaAdminError(
                    f"cannot describe topic {resource.name!r}: {exception}"
                ) from None
            configs[resource.name] = {
                key: entry.value for key, entry in entries.items() if entry.value is not None
            }
        return configs

    def _metadata(self, timeout_s: float) -> Any:
        try:
            return self._client.list_topics(timeout=timeout_s)
        except KafkaException as exception:
            raise KafkaAdminError(f"cannot read cluster metadata: {exception}") from None

    def _await_topics(self, names: list[str], present: bool, timeout_s: float) -> None:
        """Wait until the metadata shows (or no longer shows) every name."""
        if not names:
            return
        end = time.monotonic() + timeout_s
        while True:
            listed = self.list_topics(timeout_s=max(0.1, end - time.monotonic()))
            if all((name in listed) == present for name in names):
                return
            if time.monotonic() >= end:
                state = "appear" if present else "disappear"
                raise KafkaAdminError(f"topics {names} did not {state} within {timeout_s} s")
            time.sleep(_METADATA_POLL_S)


def _kafka_error(exception: KafkaException) -> KafkaError | None:
    first = exception.args[0] if exception.args else None
    return first if isinstance(first, KafkaError) else None

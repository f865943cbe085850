"""librdkafka settings shared by every client llmstream creates."""

from __future__ import annotations

from typing import Any

from llmstream.config import KafkaConfig


def client_settings(kafka: KafkaConfig, **overrides: Any) -> dict[str, Any]:
    """Base settings (bootstrap, user extras) with role-specific overrides on top."""
    settings: dict[str, Any] = {"bootstrap.servers": kafka.bootstrap_servers}
    settings.update(kafka.client_config)
    settings.update(overrides)
    return settings

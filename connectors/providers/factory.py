"""Build the connector a ``ProviderConfig`` names."""

from __future__ import annotations

import httpx

from llmstream.config import ProviderConfig

from .anthropic import AnthropicProvider
from .base import ChatProvider
from .openai import OpenAIProvider


def build_provider(
    config: ProviderConfig, transport: httpx.AsyncBaseTransport | None = None
) -> ChatProvider:
    """One connector (with its own connection pool) per configured provider.

    ``transport`` replaces the network, for tests (``httpx.MockTransport``).
    """
    if config.kind == "openai":
        return OpenAIProvider(config, transport)
    if config.kind == "anthropic":
        return AnthropicProvider(config, transport)
    raise ValueError(f"unknown provider kind {config.kind!r}")

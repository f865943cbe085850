"""Provider connectors: one class per wire protocol behind the ``ChatProvider`` interface."""

from .anthropic import AnthropicProvider
from .base import (
    ChatCall,
    ChatProvider,
    ChatResult,
    FinishReason,
    ResponseFormat,
    ToolCall,
    ToolDefinition,
)
from .errors import (
    ClientRequestError,
    InvalidResponseBody,
    ProviderConnectError,
    ProviderConnectionReset,
    ProviderError,
    ProviderStatusError,
    ProviderTimeout,
    ProviderTransportError,
    RateLimitedError,
    ServerError,
)
from .factory import build_provider
from .openai import OpenAIProvider
from .retry_after import parse_retry_after

__all__ = [
    "AnthropicProvider",
    "ChatCall",
    "ChatProvider",
    "ChatResult",
    "ClientRequestError",
    "FinishReason",
    "InvalidResponseBody",
    "OpenAIProvider",
    "ProviderConnectError",
    "ProviderConnectionReset",
    "ProviderError",
    "ProviderStatusError",
    "ProviderTimeout",
    "ProviderTransportError",
    "RateLimitedError",
    "ResponseFormat",
    "ServerError",
    "ToolCall",
    "ToolDefinition",
    "build_provider",
    "parse_retry_after",
]

"""The one interface every provider connector implements, and its neutral call/result.

A ``ChatCall`` says what to ask in terms that do not depend on a wire protocol; a
``ChatResult`` is what came back, normalised (finish reasons, token counts, tool calls).
Each connector translates both ways and owns its protocol's quirks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal, NotRequired, Protocol, TypedDict

from llmstream.events import Message, ToolCall

__all__ = ["ChatCall", "ChatProvider", "ChatResult", "FinishReason", "Message",
           "ResponseFormat", "ToolCall", "ToolChoice", "ToolDefinition"]


FinishReason = Literal["stop", "length", "tool_calls", "content_filter"]

# None: free text. "json_object": any JSON object. A dict: the JSON Schema the answer must
# validate against (its "title", if any, names it where the protocol wants a name).
ResponseFormat = Literal["json_object"] | dict[str, Any] | None


class ToolDefinition(TypedDict):
    """A tool the model may call, in a neutral shape: ``parameters`` is a JSON Schema."""

    name: str
    description: NotRequired[str]
    parameters: NotRequired[dict[str, Any]]


# "auto" (the model decides), "none" (no tool), "required" (some tool), or a tool's name.
ToolChoice = str


@dataclass(frozen=True, slots=True)
class ChatCall:
    model: str  # the provider's own model name
    messages: list[Message]
    temperature: float | None = None
    max_tokens: int | None = None
    top_p: float | None = None
    stop: list[str] | None = None
    seed: int | None = None
    response_format: ResponseFormat = None
    tools: list[ToolDefinition] | None = None
    tool_choice: ToolChoice | None = None  # None: the provider's default (auto)
    # Sent as ``X-Client-Request-Id`` so a provider's logs (and the simulator) can name the
    # request an attempt belongs to; not part of what is asked.
    client_request_id: str | None = None


@dataclass(frozen=True, slots=True)
class ChatResult:
    content: str
    finish_reason: FinishReason
    prompt_tokens: int
    completion_tokens: int
    model: str  # the model name the provider reports
    latency_ms: float
    tool_calls: tuple[ToolCall, ...] = ()


class ChatProvider(Protocol):
    """A connection to one provider endpoint, shared by every call to it."""

    @property
    def timeout_s(self) -> float:
        """The configured upper bound of one attempt."""
        ...

    async def complete(self, call: ChatCall, timeout_s: float) -> ChatResult:
        """Make one attempt; raise ``ProviderError`` on any failure."""
        ...

    async def aclose(self) -> None: ...

"""A chat request as the simulator sees it, whichever wire protocol it came in on."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

ToolChoice = Literal["auto", "none", "required"] | str  # any other string names a tool


@dataclass(frozen=True, slots=True)
class SimMessage:
    role: str
    text: str  # what counts for tokens: see tokens.py
    is_tool_result: bool = False


@dataclass(frozen=True, slots=True)
class SimTool:
    name: str
    schema: dict[str, Any]


@dataclass(frozen=True, slots=True)
class SimRequest:
    model: str
    messages: tuple[SimMessage, ...]  # the system prompt, if any, first with role "system"
    max_tokens: int | None = None
    temperature: float | None = None
    top_p: float | None = None
    seed: int | None = None
    stop: tuple[str, ...] = ()
    json_mode: bool = False  # any JSON object
    json_schema: dict[str, Any] | None = None  # JSON that validates against this
    tools: tuple[SimTool, ...] = ()
    tool_choice: ToolChoice = "auto"
    # Not part of the request's identity: who sent it.
    protocol: str = field(default="openai", compare=False)

    def digest(self) -> bytes:
        """SHA-256 of the whole canonical request (model, messages, every parameter)."""
        return _sha256({**self._identity(), "max_tokens": self.max_tokens, "stop": self.stop})

    def content_digest(self) -> bytes:
        """What seeds the answer: the request without the two parameters that only say
        where to stop (``max_tokens``, ``stop``), so that a cut answer is a prefix of the
        uncut one, as with a real model."""
        return _sha256(self._identity())

    def _identity(self) -> dict[str, Any]:
        # Built by hand: dataclasses.asdict deep-copies and was the simulator's top cost.
        return {
            "model": self.model,
            "messages": [[m.role, m.text, m.is_tool_result] for m in self.messages],
            "temperature": self.temperature,
            "top_p": self.top_p,
            "seed": self.seed,
            "json_mode": self.json_mode,
            "json_schema": self.json_schema,
            "tools": [[tool.name, tool.schema] for tool in self.tools],
            "tool_choice": self.tool_choice,
        }


def _sha256(identity: dict[str, Any]) -> bytes:
    canonical = json.dumps(identity, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode("utf-8")).digest()

"""Prompt resolution: a request that names a prompt becomes a request with messages.

Pure: the registry is passed in. The request stage calls ``resolve_prompt`` right after
the route lookup and before ``validate_request``, so the rendered prompt meets the same
length bounds as raw messages. What it returns:

- the request with its messages rendered from the chosen version (system, then user) and
  its params completed with the version's defaults where the request gave none;
- a ``PromptContext`` naming the prompt, version and A/B variant (stamped on the response
  and every telemetry row) and carrying the version's output JSON Schema for the stages
  after invocation.

Errors are ``RequestRejected``: an unknown prompt, version or label is ``unknown_prompt``;
a missing, unknown or non-string variable, or a request with both a prompt and messages,
is ``bad_request``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from typing import Any, Protocol

from llmstream.errors import RequestRejected, Status
from llmstream.events import Message, Request
from llmstream.prompt_registry import Resolution


class PromptLookup(Protocol):
    """What resolution needs of the registry (``PromptRegistry`` has it)."""

    def resolve(
        self,
        name: str,
        version_or_label: int | str,
        user_id: str | None = None,
        request_id: str = "",
    ) -> Resolution: ...


@dataclass(frozen=True, slots=True)
class PromptContext:
    """Which prompt produced a request's messages, for the stages after resolution."""

    name: str
    version: int
    variant: str
    output_schema: dict[str, Any] | None = None

    def response_fields(self) -> dict[str, Any]:
        return {
            "prompt_name": self.name,
            "prompt_version": self.version,
            "prompt_variant": self.variant,
        }


def resolve_prompt(
    request: Request,
    registry: PromptLookup,
    default_label: str = "production",
    max_variable_chars: int = 8000,
) -> tuple[Request, PromptContext | None]:
    """The request ready for validation, and its prompt context (None without a prompt)."""
    ref = request.prompt
    if ref is None:
        return request, None
    if request.messages:
        raise RequestRejected(
            Status.BAD_REQUEST,
            f"the request names prompt {ref.name!r} and also carries messages; send one",
        )
    if ref.version is not None and ref.label is not None:
        raise RequestRejected(
            Status.BAD_REQUEST,
            f"prompt {ref.name!r}: give a version or a label, not both",
        )
    selector: int | str = ref.version if ref.version is not None else ref.label or default_label
    resolution = registry.resolve(ref.name, selector, request.user_id, request.request_id)
    chosen = resolution.prompt
    rendered = chosen.render(ref.variables, max_variable_chars)
    messages = [] if rendered.system is None else [Message("system", rendered.system)]
    messages.append(Message("user", rendered.user))
    defaults = chosen.spec.params
    params = replace(
        request.params,
        temperature=(
            request.params.temperature
            if request.params.temperature is not None
            else defaults.temperature
        ),
        max_tokens=(
            request.params.max_tokens
            if request.params.max_tokens is not None
            else defaults.max_tokens
        ),
    )
    schema = None if chosen.spec.output_schema is None else json.loads(chosen.spec.output_schema)
    context = PromptContext(chosen.name, chosen.version, resolution.variant, schema)
    return replace(request, messages=messages, params=params), context

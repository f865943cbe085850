"""Prompt files: what an author writes and ``llmstream prompts publish FILE`` reads.

A YAML or JSON document (by extension: ``.json`` is JSON, anything else YAML, which is
a superset)::

    name: support-answer            # required
    description: Answers support questions in two sentences.
    author: support-team
    system: |                        # optional
      You answer questions about {{ product }}.
    user: |                          # required
      Question: {{ question }}
    variables: [product, question]  # optional: by default, those the templates use
    params: {temperature: 0.2, max_tokens: 300}
    output_schema:                   # optional JSON Schema (a mapping, or JSON text)
      type: object

Pure: ``parse_prompt_document`` turns the decoded document into a name and a
``PromptSpec``; errors name the bad key. The registry checks the templates themselves.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from llmstream.prompt_registry import InvalidPrompt, PromptParams, PromptSpec
from llmstream.prompt_template import TemplateError, parse

KEYS = frozenset(
    {"name", "description", "author", "system", "user", "variables", "params", "output_schema"}
)
PARAM_KEYS = frozenset({"temperature", "max_tokens"})


class PromptFileError(InvalidPrompt):
    """A prompt file that cannot be published; the message names the file and key."""


def load_prompt_file(path: Path) -> tuple[str, PromptSpec]:
    """Read, decode and check a prompt file."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise PromptFileError(f"{path}: cannot read ({error.strerror})") from None
    try:
        document = json.loads(text) if path.suffix.lower() == ".json" else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError) as error:
        kind = "JSON" if path.suffix.lower() == ".json" else "YAML"
        raise PromptFileError(f"{path}: not valid {kind} ({error})") from None
    try:
        return parse_prompt_document(document)
    except InvalidPrompt as error:
        raise PromptFileError(f"{path}: {error.reason}") from None


def parse_prompt_document(document: Any) -> tuple[str, PromptSpec]:
    if not isinstance(document, dict):
        raise InvalidPrompt("the top level must be a mapping")
    unknown = sorted(set(document) - KEYS)
    if unknown:
        raise InvalidPrompt(f"{unknown[0]}: unknown key (known: {', '.join(sorted(KEYS))})")
    name = _string(document, "name", required=True)
    assert name is not None
    user = _string(document, "user", required=True)
    assert user is not None
    system = _string(document, "system")
    variables = _variables(document, user, system)
    spec = PromptSpec(
        user=user,
        system=system,
        variables=variables,
        params=_params(document.get("params")),
        output_schema=_output_schema(document.get("output_schema")),
        author=_string(document, "author"),
        description=_string(document, "description"),
    )
    return name, spec


def _string(document: dict[str, Any], key: str, required: bool = False) -> str | None:
    value = document.get(key)
    if value is None:
        if required:
            raise InvalidPrompt(f"{key}: required")
        return None
    if not isinstance(value, str) or (required and not value.strip()):
        raise InvalidPrompt(f"{key}: expected a non-empty string")
    return value


def _variables(document: dict[str, Any], user: str, system: str | None) -> tuple[str, ...]:
    declared = document.get("variables")
    if declared is None:
        try:
            used = parse(user).variables | (parse(system).variables if system else frozenset())
        except TemplateError as error:
            raise InvalidPrompt(error.reason) from None
        return tuple(sorted(used))
    if not isinstance(declared, list) or not all(isinstance(v, str) for v in declared):
        raise InvalidPrompt("variables: expected a list of names")
    return tuple(declared)


def _params(value: Any) -> PromptParams:
    if value is None:
        return PromptParams()
    if not isinstance(value, dict):
        raise InvalidPrompt("params: expected a mapping")
    unknown = sorted(set(value) - PARAM_KEYS)
    if unknown:
        raise InvalidPrompt(f"params.{unknown[0]}: unknown key (known: temperature, max_tokens)")
    temperature = value.get("temperature")
    if temperature is not None and (
        isinstance(temperature, bool) or not isinstance(temperature, int | float)
    ):
        raise InvalidPrompt("params.temperature: expected a number")
    max_tokens = value.get("max_tokens")
    if max_tokens is not None and (isinstance(max_tokens, bool) or not isinstance(max_tokens, int)):
        raise InvalidPrompt("params.max_tokens: expected an integer")
    return PromptParams(
        temperature=None if temperature is None else float(temperature), max_tokens=max_tokens
    )


def _output_schema(value: Any) -> str | None:
    """The schema as canonical JSON text (sorted keys), so an unchanged schema written
    differently is the same content."""
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = json.loads(value)
        except ValueError as error:
            raise InvalidPrompt(f"output_schema: not JSON ({error})") from None
    if not isinstance(value, dict):
        raise InvalidPrompt("output_schema: expected a JSON Schema object")
    return json.dumps(value, sort_keys=True, separators=(",", ":"))

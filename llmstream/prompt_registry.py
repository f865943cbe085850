"""The prompt registry's state and the rules that change it. Pure: no Kafka, no clock.

Prompts live as ``PromptEvent`` records (``schemas/prompt.avsc``) on the compacted topic
``llm.prompts``, keyed by name. Each event is the whole state of one prompt, so every
worker rebuilds the registry by ``apply``-ing the events it reads, in any order and any
number of times: the state with the latest ``updated_at`` wins.

``publish``, ``label`` and ``rollback`` compute the next state of a prompt and return it
for the shell to publish; they also apply it locally. ``resolve`` picks the version a
request gets: a label that splits traffic assigns each user (or, without a user, each
request) a fixed point in [0, 1) from a hash, and the point falls into one version's
share, so a user keeps their version for as long as the split stands.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any, NamedTuple

from llmstream.errors import LLMStreamError, RequestRejected, Status
from llmstream.prompt_template import (
    DEFAULT_MAX_VALUE_CHARS,
    check_declared,
    parse,
    render,
)

LABEL_HISTORY = 10  # earlier targets kept per label, for rollback
LATEST = "latest"  # a label every prompt has: its newest version
_LABEL_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_.-]*")
_VERSION_REF = re.compile(r"v?([0-9]+)")


class InvalidPrompt(LLMStreamError):
    """A publish, label or rollback that the registry refuses; the message says why."""

    status = Status.BAD_REQUEST


@dataclass(frozen=True, slots=True)
class PromptParams:
    temperature: float | None = None
    max_tokens: int | None = None


@dataclass(frozen=True, slots=True)
class PromptSpec:
    """What an author publishes; the registry numbers it and stamps the time."""

    user: str
    system: str | None = None
    variables: tuple[str, ...] = ()
    params: PromptParams = field(default_factory=PromptParams)
    output_schema: str | None = None
    author: str | None = None
    description: str | None = None

    def content(self) -> tuple[object, ...]:
        """What makes two versions the same prompt (author and description do not)."""
        return (self.system, self.user, self.variables, self.params, self.output_schema)


@dataclass(frozen=True, slots=True)
class RenderedPrompt:
    system: str | None
    user: str


@dataclass(frozen=True, slots=True)
class PromptVersion:
    name: str
    version: int
    spec: PromptSpec
    created_at: int

    @property
    def ref(self) -> str:
        return f"{self.name}@{self.version}"

    def render(
        self, variables: Mapping[str, object], max_value_chars: int = DEFAULT_MAX_VALUE_CHARS
    ) -> RenderedPrompt:
        def one(source: str) -> str:
            return render(
                parse(source),
                variables,
                prompt=self.ref,
                declared=self.spec.variables,
                max_value_chars=max_value_chars,
            )

        system = None if self.spec.system is None else one(self.spec.system)
        user = one(self.spec.user)
        return RenderedPrompt(system, user)


@dataclass(frozen=True, slots=True)
class LabelTarget:
    version: int
    weight: float


Targets = tuple[LabelTarget, ...]


@dataclass(frozen=True, slots=True)
class Label:
    name: str
    targets: Targets
    history: tuple[Targets, ...] = ()  # earlier targets, oldest first


@dataclass(frozen=True, slots=True)
class PromptState:
    """The whole state of one prompt: the value of one ``PromptEvent``."""

    name: str
    versions: tuple[PromptVersion, ...]
    labels: tuple[Label, ...]
    updated_at: int

    def get_version(self, version: int) -> PromptVersion | None:
        found = [v for v in self.versions if v.version == version]
        return found[0] if found else None

    def get_label(self, name: str) -> Label | None:
        found = [label for label in self.labels if label.name == name]
        return found[0] if found else None

    def to_record(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "versions": [_version_record(v) for v in self.versions],
            "labels": [
                {
                    "label": label.name,
                    "targets": _targets_record(label.targets),
                    "history": [{"targets": _targets_record(t)} for t in label.history],
                }
                for label in self.labels
            ],
            "updated_at": self.updated_at,
        }

    @classmethod
    def from_record(cls, record: Mapping[str, Any]) -> PromptState:
        name = record["name"]
        return cls(
            name=name,
            versions=tuple(_version_from(name, v) for v in record["versions"]),
            labels=tuple(
                Label(
                    name=label["label"],
                    targets=_targets_from(label["targets"]),
                    history=tuple(_targets_from(m["targets"]) for m in label.get("history", [])),
                )
                for label in record.get("labels", [])
            ),
            updated_at=_millis(record["updated_at"]),
        )


class Resolution(NamedTuple):
    prompt: PromptVersion
    variant: str  # "production:v3"; "v3" when the request named the version


class PromptRegistry:
    """The current state of every prompt, folded from ``PromptEvent`` records."""

    def __init__(self, states: Iterable[PromptState] = ()) -> None:
        self._states: dict[str, PromptState] = {}
        for state in states:
            self.apply(state)

    def __contains__(self, name: object) -> bool:
        return name in self._states

    def names(self) -> list[str]:
        return sorted(self._states)

    def state(self, name: str) -> PromptState:
        found = self._states.get(name)
        if found is None:
            raise RequestRejected(Status.UNKNOWN_PROMPT, f"unknown prompt {name!r}")
        return found

    def apply(self, event: PromptState) -> bool:
        """Fold one event in. Last write wins by ``updated_at``; a tie is broken by the
        content, so every worker converges whatever order it reads. True if it changed."""
        current = self._states.get(event.name)
        if current is not None and _order(current) >= _order(event):
            return False
        self._states[event.name] = event
        return True

    def publish(self, name: str, spec: PromptSpec, now: int) -> PromptState:
        """Add ``spec`` as the next version (or return the state unchanged if the newest
        version already has the same content)."""
        if not name or name != name.strip():
            raise InvalidPrompt(f"invalid prompt name {name!r}")
        _validate(spec)
        current = self._states.get(name)
        versions = current.versions if current else ()
        if versions and versions[-1].spec.content() == spec.content():
            assert current is not None
            return current
        number = max((v.version for v in versions), default=0) + 1
        created = PromptVersion(name, number, spec, now)
        labels = current.labels if current else ()
        state = PromptState(name, (*versions, created), labels, _next_time(current, now))
        self.apply(state)
        return state

    def label(
        self, name: str, label: str, targets: Sequence[tuple[int, float]], now: int
    ) -> PromptState:
        """Point ``label`` at one version, or split it by weight between several. The
        weights are normalised to sum to 1; the previous targets are kept for rollback."""
        current = self.state(name)
        if not _LABEL_NAME.fullmatch(label) or _VERSION_REF.fullmatch(label) or label == LATEST:
            raise InvalidPrompt(f"invalid label name {label!r}")
        normalised = _normalise(current, targets)
        existing = current.get_label(label)
        if existing is not None and existing.targets == normalised:
            return current
        history = (*existing.history, existing.targets) if existing else ()
        moved = Label(label, normalised, history[-LABEL_HISTORY:])
        return self._with_label(current, moved, now)

    def rollback(self, name: str, label: str, now: int) -> PromptState:
        """Move ``label`` back to the targets it had before its last move. A rollback is
        not itself recorded, so rolling back again goes one move further back."""
        current = self.state(name)
        existing = current.get_label(label)
        if existing is None:
            raise RequestRejected(
                Status.UNKNOWN_PROMPT, f"unknown label {label!r} for prompt {name!r}"
            )
        if not existing.history:
            raise InvalidPrompt(f"label {label!r} of prompt {name!r} has no earlier targets")
        moved = Label(label, existing.history[-1], existing.history[:-1])
        return self._with_label(current, moved, now)

    def resolve(
        self,
        name: str,
        version_or_label: int | str,
        user_id: str | None = None,
        request_id: str = "",
    ) -> Resolution:
        """The version a request gets, and its variant name for telemetry.

        ``version_or_label`` is a version (``3``, ``"3"``, ``"v3"``), a label, or
        ``"latest"``. A split label assigns by ``hash(name, label, user_id)`` (or the
        request id without a user), so a user sees one version while the split stands.
        """
        state = self.state(name)
        ref = str(version_or_label)
        pinned = _VERSION_REF.fullmatch(ref)
        if pinned:
            return Resolution(self._version(state, int(pinned[1])), f"v{int(pinned[1])}")
        if ref == LATEST:
            newest = state.versions[-1]
            return Resolution(newest, f"{LATEST}:v{newest.version}")
        label = state.get_label(ref)
        if label is None:
            raise RequestRejected(
                Status.UNKNOWN_PROMPT, f"unknown label {ref!r} for prompt {name!r}"
            )
        point = assignment_point(name, ref, user_id if user_id is not None else request_id)
        chosen = pick(label.targets, point)
        return Resolution(self._version(state, chosen), f"{ref}:v{chosen}")

    def diff(self, name: str, v1: int, v2: int) -> str:
        """Unified diff of the system and user templates of two versions."""
        state = self.state(name)
        a, b = self._version(state, v1), self._version(state, v2)
        out: list[str] = []
        for part in ("system", "user"):
            old: str = getattr(a.spec, part) or ""
            new: str = getattr(b.spec, part) or ""
            out.extend(
                difflib.unified_diff(
                    old.splitlines(),
                    new.splitlines(),
                    fromfile=f"{a.ref} {part}",
                    tofile=f"{b.ref} {part}",
                    lineterm="",
                )
            )
        return "\n".join(out)

    def _version(self, state: PromptState, number: int) -> PromptVersion:
        found = state.get_version(number)
        if found is None:
            raise RequestRejected(
                Status.UNKNOWN_PROMPT, f"unknown version {number} for prompt {state.name!r}"
            )
        return found

    def _with_label(self, current: PromptState, moved: Label, now: int) -> PromptState:
        others = tuple(label for label in current.labels if label.name != moved.name)
        labels = tuple(sorted((*others, moved), key=lambda label: label.name))
        state = replace(current, labels=labels, updated_at=_next_time(current, now))
        self.apply(state)
        return state


def assignment_point(name: str, label: str, key: str) -> float:
    """A stable point in [0, 1) for (prompt, label, user): blake2b, not ``hash()``, so it
    is the same in every process and across restarts."""
    digest = hashlib.blake2b(
        "\x1f".join((name, label, key)).encode("utf-8"), digest_size=8
    ).digest()
    return int.from_bytes(digest, "big") / 2**64


def pick(targets: Targets, point: float) -> int:
    """The version whose share of the cumulative weights contains ``point``."""
    cumulative = 0.0
    for target in targets:
        cumulative += target.weight
        if point < cumulative:
            return target.version
    return targets[-1].version  # rounding: the weights may sum to just under 1


def _validate(spec: PromptSpec) -> None:
    templates = [parse(spec.user)]
    if spec.system is not None:
        templates.append(parse(spec.system))
    check_declared(templates, spec.variables)
    params = spec.params
    if params.temperature is not None and not 0 <= params.temperature <= 2:
        raise InvalidPrompt(f"temperature {params.temperature} is outside [0, 2]")
    if params.max_tokens is not None and params.max_tokens <= 0:
        raise InvalidPrompt(f"max_tokens {params.max_tokens} is not positive")
    if spec.output_schema is not None:
        try:
            schema = json.loads(spec.output_schema)
        except ValueError as error:
            raise InvalidPrompt(f"output_schema is not JSON: {error}") from None
        if not isinstance(schema, dict):
            raise InvalidPrompt("output_schema is not a JSON object")


def _normalise(state: PromptState, targets: Sequence[tuple[int, float]]) -> Targets:
    if not targets:
        raise InvalidPrompt("a label needs at least one target version")
    seen: set[int] = set()
    for version, weight in targets:
        if state.get_version(version) is None:
            raise RequestRejected(
                Status.UNKNOWN_PROMPT, f"unknown version {version} for prompt {state.name!r}"
            )
        if version in seen:
            raise InvalidPrompt(f"version {version} is listed twice")
        seen.add(version)
        if not (math.isfinite(weight) and weight > 0):
            raise InvalidPrompt(f"weight {weight} of version {version} is not positive")
    total = sum(weight for _, weight in targets)
    return tuple(LabelTarget(v, w / total) for v, w in sorted(targets))


def _next_time(current: PromptState | None, now: int) -> int:
    """``now``, but always after the state it replaces, so last-write-wins keeps it."""
    return now if current is None else max(now, current.updated_at + 1)


def _order(state: PromptState) -> tuple[int, str]:
    return state.updated_at, json.dumps(state.to_record(), sort_keys=True)


def _millis(value: Any) -> int:
    """fastavro decodes timestamp-millis as an aware datetime; the state keeps millis.
    Rounded, not truncated: ``timestamp() * 1000`` can land just below the integer."""
    if isinstance(value, datetime):
        return round(value.timestamp() * 1000)
    return int(value)


def _version_record(v: PromptVersion) -> dict[str, Any]:
    return {
        "version": v.version,
        "system": v.spec.system,
        "user": v.spec.user,
        "variables": list(v.spec.variables),
        "params": {
            "temperature": v.spec.params.temperature,
            "max_tokens": v.spec.params.max_tokens,
        },
        "output_schema": v.spec.output_schema,
        "created_at": v.created_at,
        "author": v.spec.author,
        "description": v.spec.description,
    }


def _version_from(name: str, record: Mapping[str, Any]) -> PromptVersion:
    params = record.get("params") or {}
    spec = PromptSpec(
        user=record["user"],
        system=record.get("system"),
        variables=tuple(record.get("variables", ())),
        params=PromptParams(params.get("temperature"), params.get("max_tokens")),
        output_schema=record.get("output_schema"),
        author=record.get("author"),
        description=record.get("description"),
    )
    return PromptVersion(name, record["version"], spec, _millis(record["created_at"]))


def _targets_record(targets: Targets) -> list[dict[str, Any]]:
    return [{"version": t.version, "weight": t.weight} for t in targets]


def _targets_from(records: Iterable[Mapping[str, Any]]) -> Targets:
    return tuple(LabelTarget(r["version"], r["weight"]) for r in records)

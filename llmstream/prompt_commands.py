"""``llmstream prompts``: publish, list, show, diff, label and roll back registered prompts.

Every command reads the prompts topic up to its end into a ``PromptRegistry`` (the same
fold the workers do); the commands that change something compute the prompt's next state
with the registry's pure rules and publish it as one event, which every worker applies
within about a second.

Changes are read-modify-write under the registry's one transactional writer
(``PromptWriter``): a command registers as the writer before it reads, so of two
overlapping changes the earlier one is fenced and fails loudly instead of overwriting the
other's base; the operator re-runs it on top of the winner.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click
import yaml

from llmstream.cli import config_option
from llmstream.config import Config, load_config
from llmstream.errors import LLMStreamError
from llmstream.events import now_ms
from llmstream.prompt_registry import Label, PromptRegistry, PromptState, PromptVersion

_REF = re.compile(r"(?P<name>.+?)@v?(?P<version>[0-9]+)")
_WEIGHT = re.compile(r"v?(?P<version>[0-9]+)=(?P<weight>[0-9]+(?:\.[0-9]*)?)")


# --- pure: arguments and output -------------------------------------------------------


def parse_weight(text: str) -> tuple[int, float]:
    """``2=50`` (or ``v2=50``): version 2 gets weight 50."""
    found = _WEIGHT.fullmatch(text.strip())
    if not found:
        raise click.BadParameter(f"{text!r}: expected VERSION=WEIGHT, e.g. 2=50")
    return int(found["version"]), float(found["weight"])


def label_targets(
    version: int | None, weights: Sequence[tuple[int, float]]
) -> list[tuple[int, float]]:
    """The targets of ``label NAME LABEL [VERSION] [--weight V=W ...]``."""
    if not weights:
        if version is None:
            raise click.UsageError("give a VERSION or at least one --weight VERSION=WEIGHT")
        return [(version, 1.0)]
    if version is not None and version not in {v for v, _ in weights}:
        raise click.UsageError(f"VERSION {version} is not among the --weight versions")
    return list(weights)


def split_ref(ref: str) -> tuple[str, int | None]:
    """``NAME@VERSION`` (or ``NAME@vVERSION``) -> (NAME, VERSION); ``NAME`` -> (NAME, None)."""
    found = _REF.fullmatch(ref)
    return (found["name"], int(found["version"])) if found else (ref, None)


def describe_targets(label: Label) -> str:
    if len(label.targets) == 1:
        return f"v{label.targets[0].version}"
    return " / ".join(f"v{t.version} {t.weight:.0%}" for t in label.targets)


def list_lines(registry: PromptRegistry) -> list[str]:
    rows = [("PROMPT", "VERSIONS", "LABELS")]
    for name in registry.names():
        state = registry.state(name)
        labels = ", ".join(f"{label.name}={describe_targets(label)}" for label in state.labels)
        rows.append((name, str(state.versions[-1].version), labels or "-"))
    widths = [max(len(row[i]) for row in rows) for i in range(2)]
    return [f"{a:<{widths[0]}}  {b:>{widths[1]}}  {c}" for a, b, c in rows]


def version_document(state: PromptState, version: PromptVersion) -> dict[str, Any]:
    spec = version.spec
    pointing = [
        label.name
        for label in state.labels
        if version.version in {target.version for target in label.targets}
    ]
    document: dict[str, Any] = {
        "name": version.name,
        "version": version.version,
        "created_at": _iso(version.created_at),
        "labels": pointing,
        "author": spec.author,
        "description": spec.description,
        "variables": list(spec.variables),
        "params": {"temperature": spec.params.temperature, "max_tokens": spec.params.max_tokens},
        "system": spec.system,
        "user": spec.user,
        "output_schema": None if spec.output_schema is None else json.loads(spec.output_schema),
    }
    return {key: value for key, value in document.items() if value not in (None, [])}


def state_document(state: PromptState) -> dict[str, Any]:
    return {
        "name": state.name,
        "updated_at": _iso(state.updated_at),
        "versions": [
            {"version": v.version, "created_at": _iso(v.created_at),
             **({"description": v.spec.description} if v.spec.description else {})}
            for v in state.versions
        ],
        "labels": {
            label.name: {
                "targets": {f"v{t.version}": round(t.weight, 6) for t in label.targets},
                "earlier_moves": len(label.history),
            }
            for label in state.labels
        },
    }


def _iso(millis: int) -> str:
    return datetime.fromtimestamp(millis / 1000, UTC).isoformat(timespec="milliseconds")


def _yaml(document: object) -> str:
    return yaml.safe_dump(document, sort_keys=False, allow_unicode=True, width=100).rstrip()


# --- shell: the topic -----------------------------------------------------------------


def _config(config_path: str | None) -> Config:
    try:
        return load_config(config_path)
    except LLMStreamError as error:
        raise click.ClickException(error.reason) from None


def _run(
    config_path: str | None,
    change: Callable[[PromptRegistry, int], PromptState | None],
    writes: bool = True,
) -> None:
    """Read the registry, apply ``change``; write the state it returns (None: nothing).
    A command that ``writes`` registers as the writer first, so its read is fenced."""
    from llmstream.connectors.kafka.prompt_topic import PromptWriter, read_registry

    config = _config(config_path)
    try:
        writer = PromptWriter(config.kafka, config.topics.prompts) if writes else None
        registry = read_registry(config.kafka, config.topics.prompts)
        state = change(registry, now_ms())
        if state is not None and writer is not None:
            writer.write([state])
    except LLMStreamError as error:
        raise click.ClickException(error.reason) from None


@click.group("prompts")
def prompts() -> None:
    """The prompt registry: versioned templates, labels, A/B splits and rollback."""


@prompts.command("publish")
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--label", default=None, help="Also point this label at the published version.")
@config_option
def publish(file: Path, label: str | None, config_path: str | None) -> None:
    """Publish FILE (YAML or JSON) as the prompt's next version."""
    from llmstream.prompt_file import load_prompt_file

    try:
        name, spec = load_prompt_file(file)
    except LLMStreamError as error:
        raise click.ClickException(error.reason) from None

    def change(registry: PromptRegistry, now: int) -> PromptState | None:
        before = registry.state(name) if name in registry else None
        state = registry.publish(name, spec, now)
        newest = state.versions[-1].version
        if state is before:
            click.echo(f"{name}@{newest} unchanged: the newest version has the same content")
        else:
            click.echo(f"published {name}@{newest}")
        if label is not None:
            state = registry.label(name, label, [(newest, 1.0)], now)
            click.echo(f"{name} {label} -> v{newest}")
        return None if state is before else state

    _run(config_path, change)


@prompts.command("list")
@config_option
def list_prompts(config_path: str | None) -> None:
    """Every prompt with its newest version and its labels."""

    def show(registry: PromptRegistry, _now: int) -> None:
        click.echo("\n".join(list_lines(registry)))

    _run(config_path, show, writes=False)


@prompts.command("show")
@click.argument("ref")
@config_option
def show(ref: str, config_path: str | None) -> None:
    """NAME: versions and labels; NAME@VERSION: that version in full."""
    name, number = split_ref(ref)

    def print_it(registry: PromptRegistry, _now: int) -> None:
        state = registry.state(name)
        if number is None:
            click.echo(_yaml(state_document(state)))
        else:
            found = registry.resolve(name, number).prompt
            click.echo(_yaml(version_document(state, found)))

    _run(config_path, print_it, writes=False)


@prompts.command("diff")
@click.argument("name")
@click.argument("v1", type=int)
@click.argument("v2", type=int)
@config_option
def diff(name: str, v1: int, v2: int, config_path: str | None) -> None:
    """Unified diff of two versions' system and user templates."""

    def print_it(registry: PromptRegistry, _now: int) -> None:
        text = registry.diff(name, v1, v2)
        a, b = (registry.resolve(name, v).prompt.spec for v in (v1, v2))
        extra = [
            f"{key}: {getattr(a, key)!r} -> {getattr(b, key)!r}"
            for key in ("variables", "params", "output_schema")
            if getattr(a, key) != getattr(b, key)
        ]
        click.echo("\n".join([text, *extra]).strip() or f"v{v1} and v{v2} have the same templates")

    _run(config_path, print_it, writes=False)


@prompts.command("label")
@click.argument("name")
@click.argument("label")
@click.argument("version", type=int, required=False)
@click.option("--weight", "weights", multiple=True, metavar="VERSION=WEIGHT",
              help="Split the label's traffic by weight, e.g. --weight 1=50 --weight 2=50.")
@config_option
def label(
    name: str, label: str, version: int | None, weights: tuple[str, ...], config_path: str | None
) -> None:
    """Point LABEL at VERSION, or split it between versions with --weight."""
    targets = label_targets(version, [parse_weight(w) for w in weights])

    def change(registry: PromptRegistry, now: int) -> PromptState:
        state = registry.label(name, label, targets, now)
        moved = state.get_label(label)
        assert moved is not None
        click.echo(f"{name} {label} -> {describe_targets(moved)}")
        return state

    _run(config_path, change)


@prompts.command("rollback")
@click.argument("name")
@click.argument("label")
@config_option
def rollback(name: str, label: str, config_path: str | None) -> None:
    """Move LABEL back to where it pointed before its last move."""

    def change(registry: PromptRegistry, now: int) -> PromptState:
        state = registry.rollback(name, label, now)
        moved = state.get_label(label)
        assert moved is not None
        click.echo(f"{name} {label} rolled back -> {describe_targets(moved)}")
        return state

    _run(config_path, change)


def stats_lines(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The per-version figures as an aligned table (pure, for ``prompts stats``)."""
    table = [("PROMPT", "VERSION", "REQUESTS", "ERRORS", "P95 MS", "TOK IN", "TOK OUT",
              "COST $", "$/REQ")]
    for row in rows:
        table.append((
            str(row["prompt_name"]), str(row["prompt_version"]), str(row["requests"]),
            str(row["errors"]), f"{float(row['p95_latency_ms']):.0f}",
            str(row["prompt_tokens"]), str(row["completion_tokens"]),
            f"{float(row['total_cost_usd']):.4f}", f"{float(row['cost_per_request_usd']):.6f}",
        ))
    widths = [max(len(line[i]) for line in table) for i in range(len(table[0]))]
    return [
        "  ".join(cell.ljust(w) if i < 2 else cell.rjust(w)
                  for i, (cell, w) in enumerate(zip(line, widths, strict=True))).rstrip()
        for line in table
    ]


@prompts.command("stats")
@click.argument("name", required=False)
@click.option("--since", default=None, help="Only the last DURATION (30s, 15m, 2h, 7d).")
@config_option
def stats(name: str | None, since: str | None, config_path: str | None) -> None:
    """Requests, errors, p95 latency, tokens and cost per prompt version (ClickHouse)."""
    from llmstream.connectors.clickhouse.prompt_versions import prompt_versions
    from llmstream.connectors.clickhouse.store import open_reader
    from llmstream.report import parse_duration

    config = _config(config_path)
    try:
        since_seconds = parse_duration(since) if since else None
    except ValueError as error:
        raise click.ClickException(str(error)) from None
    reader = open_reader(config)
    try:
        rows = prompt_versions(reader, since_seconds, name, database=config.clickhouse.database)
    except LLMStreamError as error:
        raise click.ClickException(f"cannot query ClickHouse: {error.reason}") from None
    finally:
        reader.close()
    click.echo("\n".join(stats_lines(rows)))

"""``llmstream guard check FILE.jsonl``: the input guard on a file, line by line.

Each input line is ``{"text": ..., "route": ...}`` (route optional: the default route);
each output line is ``{"verdict", "findings", "text"}`` with the redacted text. It runs
``check_text`` with the route's configured policy, the same call the worker makes for
every message. Lines that also carry ``"labels"`` (as in tests/data/guard_set.jsonl) are
scored: precision, recall and false-positive rate per label go to stderr at the end.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from llmstream.cli import config_option
from llmstream.config import load_config
from llmstream.errors import ConfigError

from .input_guard import check_text
from .scoring import score_labels


@click.group()
def guard() -> None:
    """Input and output guardrails."""


@guard.command()
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--route", "route_override", default=None,
              help="Evaluate every line under this route (default: the line's, else default).")
@config_option
def check(file: Any, route_override: str | None, config_path: str | None) -> None:
    """Print the guard's verdict, findings and redacted text for each JSONL line."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    scored: list[tuple[list[str], list[str]]] = []
    for number, line in enumerate(file, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            text = item["text"]
            if not isinstance(text, str):
                raise TypeError("text must be a string")
        except (ValueError, KeyError, TypeError) as error:
            raise click.ClickException(
                f"line {number}: not a {{\"text\": ...}} object ({error})"
            ) from None
        route_name = route_override or item.get("route")
        resolved = config.route(route_name)
        if resolved is None:
            raise click.ClickException(
                f"line {number}: unknown route {route_name!r} (known: {sorted(config.routes)})"
            )
        result = check_text(text, resolved[1].guard)
        click.echo(json.dumps({
            "verdict": str(result.verdict),
            "findings": [finding.to_json() for finding in result.findings],
            "text": result.text,
        }, ensure_ascii=False))
        if "labels" in item:
            scored.append((list(item["labels"]), [f.type for f in result.findings]))
    if scored:
        for score in score_labels(scored).values():
            click.echo(json.dumps(score.to_json()), err=True)
    sys.stdout.flush()

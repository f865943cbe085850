"""``llmstream guard check FILE.jsonl``: the input guard on a file, line by line.

Each input line is ``{"text": ..., "route": ...}`` (route optional: the default route);
each output line is ``{"verdict", "findings", "text"}`` with the redacted text. It runs
``check_text`` with the route's configured policy, the same call the worker makes for
every message. Lines that also carry ``"labels"`` (as in tests/data/guard_set.jsonl) are
scored: precision, recall and false-positive rate per label go to stderr at the end.

A line that cannot be checked (not JSON, no string ``text``, an unknown route) gets
``{"line": N, "error": {"code", "message"}}`` in its place, so output line N still
answers input line N; the other lines are checked, and the exit status is 1.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import click

from llmstream.cli import config_option
from llmstream.config import Config, InputGuardConfig, load_config
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
    failed = 0
    for number, line in enumerate(file, start=1):
        if not line.strip():
            continue
        try:
            item, policy = _parsed(line, config, route_override)
        except _BadLine as error:
            failed += 1
            click.echo(json.dumps({"line": number, "error": {
                "code": error.code, "message": error.message}}, ensure_ascii=False))
            click.echo(f"line {number}: {error.message}", err=True)
            continue
        result = check_text(item["text"], policy)
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
    if failed:
        raise click.ClickException(f"{failed} line(s) could not be checked (see above)")


class _BadLine(Exception):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


def _parsed(line: str, config: Config,
            route_override: str | None) -> tuple[dict[str, Any], InputGuardConfig]:
    """The line's object and its route's input policy, or ``_BadLine`` saying why not."""
    try:
        item = json.loads(line)
    except ValueError as error:
        raise _BadLine("bad_line", f"not JSON ({error})") from None
    if not isinstance(item, dict) or not isinstance(item.get("text"), str):
        raise _BadLine("bad_line", 'not a {"text": "..."} object with a string text')
    try:
        item["text"].encode("utf-8")
    except UnicodeEncodeError as error:  # JSON can escape what no UTF-8 text holds
        raise _BadLine("bad_line", f"text is not valid Unicode: a lone surrogate at "
                                   f"character {error.start}") from None
    labels = item.get("labels", [])
    if not isinstance(labels, list) or not all(isinstance(label, str) for label in labels):
        raise _BadLine("bad_line", "labels must be a list of strings")
    route_name = route_override or item.get("route")
    if route_name is not None and not isinstance(route_name, str):
        raise _BadLine("bad_line", "route must be a string")
    resolved = config.route(route_name)
    if resolved is None:
        raise _BadLine("unknown_route",
                       f"unknown route {route_name!r} (known: {sorted(config.routes)})")
    return item, resolved[1].guard

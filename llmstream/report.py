"""``llmstream report``: the analytics summary from ClickHouse, as tables or JSON."""

from __future__ import annotations

import json
import re
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.table import Table

from llmstream.cli import config_option
from llmstream.config import Config, load_config
from llmstream.connectors.clickhouse.quality import quality
from llmstream.connectors.clickhouse.schema import REQUESTS, SchemaSettings, quote_string
from llmstream.connectors.clickhouse.store import QueryReader, StoreError, open_reader
from llmstream.connectors.clickhouse.summary import summary
from llmstream.errors import ConfigError
from llmstream.report_html import BREAKDOWN_TITLES, QUALITY_COLUMNS, quality_cell, render

UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}


def parse_duration(text: str) -> float:
    """``90s``, ``15m``, ``2h``, ``7d``, ``1w`` -> seconds."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhdw])\s*", text)
    if match is None:
        raise ValueError(f"{text!r} is not a duration such as 30s, 15m, 2h, 7d")
    return float(match.group(1)) * UNITS[match.group(2)]


def stored_requests(reader: QueryReader, database: str, request_ids: Sequence[str]) -> int:
    ids = ", ".join(quote_string(request_id) for request_id in request_ids)
    table = SchemaSettings(database).table(REQUESTS)
    result = reader.query(f"SELECT uniqExact(request_id) FROM {table} WHERE request_id IN ({ids})")
    return int(result.rows[0][0])


def wait_for_requests(
    config: Config, request_ids: Sequence[str], timeout_s: float, started: float
) -> tuple[dict[str, Any], float]:
    """Wait until every request has its row in ClickHouse, then summarise the window from
    ``started`` (on ``time.monotonic()``, a little before the first request) to now.
    Returns the summary and the window's length in seconds."""
    reader = open_reader(config)
    database = config.clickhouse.database
    try:
        deadline = time.monotonic() + timeout_s
        while (stored := stored_requests(reader, database, request_ids)) < len(request_ids):
            if time.monotonic() > deadline:
                raise click.ClickException(
                    f"only {stored} of {len(request_ids)} requests reached ClickHouse "
                    f"within {timeout_s}s; is the sink running? (llmstream status)"
                )
            time.sleep(0.25)  # polling another process's progress, bounded by the deadline
        # The window is measured now: waiting for the sink must not push the run out of it.
        since_seconds = time.monotonic() - started
        return summary(reader, since_seconds, database=database), since_seconds
    finally:
        reader.close()


def wait_for_quality(
    config: Config, feedback_events: int, scores_expected: bool, timeout_s: float,
    since_seconds: float,
) -> dict[str, list[dict[str, Any]]]:
    """Wait until ``feedback_events`` feedback rows and (when ``scores_expected``) some
    evaluation scores of the last ``since_seconds`` are in ClickHouse, or the deadline
    passes; then return the quality figures as they are (online scores arrive on their
    own schedule, so a short wait is not an error)."""
    reader = open_reader(config)
    database = config.clickhouse.database
    try:
        deadline = time.monotonic() + timeout_s
        while True:
            data = quality(reader, since_seconds, database=database)
            stored = sum(int(row.get("feedback") or 0) for row in data["feedback"])
            done = stored >= feedback_events and (bool(data["scores"]) or not scores_expected)
            if done or time.monotonic() > deadline:
                return data
            time.sleep(0.25)  # polling another process's progress, bounded by the deadline
    finally:
        reader.close()


def _figures_row(name: str, figures: dict[str, Any]) -> list[str]:
    latency = figures["latency_ms"]
    errors = sum(figures["errors_by_status"].values())
    return [
        name or "(none)",
        str(figures["requests"]),
        str(errors),
        f"{latency['p50']:.0f}",
        f"{latency['p95']:.0f}",
        f"{latency['p99']:.0f}",
        str(figures["tokens"]["prompt"]),
        str(figures["tokens"]["completion"]),
        f"{figures['cost_usd']:.4f}",
        f"{figures['cache_hit_rate']:.1%}",
    ]


def print_summary(data: dict[str, Any], console: Console, title: str,
                  breakdowns: Sequence[str] = ("by_model",)) -> None:
    """One table per breakdown (``by_model``...), each ending with the overall row."""
    for key in breakdowns:
        name = BREAKDOWN_TITLES[key]
        table = Table(title=title if key == breakdowns[0] else None)
        for column in (name, "requests", "errors", "p50 ms", "p95 ms", "p99 ms",
                       "tok in", "tok out", "cost $", "cache"):
            table.add_column(column, justify="left" if column == name else "right",
                             no_wrap=True)
        for value, figures in sorted(data.get(key, {}).items()):
            table.add_row(*_figures_row(value, figures))
        table.add_row(*_figures_row("all", data), style="bold")
        console.print(table)
    if data["errors_by_status"]:
        errors = Table(title="errors by status")
        errors.add_column("status")
        errors.add_column("requests", justify="right")
        for status, count in data["errors_by_status"].items():
            errors.add_row(status, str(count))
        console.print(errors)


def print_quality(data: dict[str, list[dict[str, Any]]], console: Console) -> None:
    """User feedback rates and evaluation scores, one table each (when there are any)."""
    for key, title in (("feedback", "user feedback"), ("scores", "evaluation scores")):
        rows = data.get(key) or []
        if not rows:
            continue
        table = Table(title=title)
        columns = QUALITY_COLUMNS[key]
        for column in columns:
            table.add_column(column.replace("_", " "), no_wrap=True,
                             justify="left" if column in QUALITY_COLUMNS["labels"]
                             else "right")
        for row in rows:
            table.add_row(*(quality_cell(column, row.get(column)) for column in columns))
        console.print(table)


@click.command("report")
@config_option
@click.option("--since", default=None, help="Only the last DURATION (30s, 15m, 2h, 7d).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of tables.")
@click.option("--html", "html_file", type=click.Path(dir_okay=False, writable=True),
              default=None, help="Also write a self-contained page with charts to FILE.")
def report(config_path: str | None, since: str | None, as_json: bool,
           html_file: str | None) -> None:
    """Requests, errors, latency percentiles, tokens and cost from ClickHouse, overall and
    per model, prompt version, tenant and feature; user feedback rates and evaluation
    scores per prompt version, model and evaluator."""
    try:
        config = load_config(config_path)
        since_seconds = parse_duration(since) if since else None
    except (ConfigError, ValueError) as error:
        raise click.ClickException(str(error)) from None
    reader = open_reader(config)
    try:
        data = summary(reader, since_seconds, database=config.clickhouse.database)
        data["quality"] = quality(reader, since_seconds, database=config.clickhouse.database)
    except StoreError as error:
        raise click.ClickException(f"cannot query ClickHouse: {error}") from None
    finally:
        reader.close()
    title = f"llmstream — {'last ' + since if since else 'all time'}"
    if html_file is not None:
        Path(html_file).write_text(render(data, title), encoding="utf-8")
    if as_json:
        click.echo(json.dumps(data, indent=2, sort_keys=True))
    elif html_file is None:
        console = Console()
        print_summary(data, console, title, tuple(BREAKDOWN_TITLES))
        print_quality(data["quality"], console)
    else:
        click.echo(f"wrote {html_file}", err=True)

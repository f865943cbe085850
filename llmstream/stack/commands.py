"""``llmstream up``, ``down``, ``status`` and ``topics``: the local stack from the terminal."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from llmstream.cli import config_option
from llmstream.config import CONFIG_ENV, DEFAULT_CONFIG_FILE, Config, load_config
from llmstream.connectors.kafka.admin import KafkaAdmin, KafkaAdminError, pipeline_topic_specs
from llmstream.errors import LLMStreamError
from llmstream.stack.errors import ServiceNotReady, StackError
from llmstream.stack.services import down as stack_down
from llmstream.stack.services import service_names
from llmstream.stack.services import status as stack_status
from llmstream.stack.services import up as stack_up

console = Console(highlight=False)
errors = Console(stderr=True, highlight=False)

only_option = click.option(
    "--only",
    "only",
    multiple=True,
    type=click.Choice(service_names()),
    help="Only this service (repeatable), e.g. --only kafka --only redis.",
)


def _config_file(config_path: str | None) -> Path:
    return Path(config_path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG_FILE).resolve()


def _progress(message: str) -> None:
    console.print(f"[dim]·[/dim] {escape(message)}", soft_wrap=True)


@contextmanager
def _clear_errors() -> Iterator[None]:
    """Turn llmstream's errors into a message and exit status 1, never a traceback."""
    try:
        yield
    except ServiceNotReady as error:
        errors.print(f"[bold red]error:[/bold red] {escape(error.reason)}")
        errors.print(f"last lines of {escape(error.log_file)}:")
        for line in error.log_tail or ["(empty)"]:
            errors.print(f"  {escape(line)}", soft_wrap=True)
        sys.exit(1)
    except LLMStreamError as error:
        errors.print(f"[bold red]error:[/bold red] {escape(error.reason)}")
        sys.exit(1)
    except KeyboardInterrupt:
        errors.print("interrupted")
        sys.exit(130)


def _with_config(config_path: str | None, action: Callable[[Config], None]) -> None:
    with _clear_errors():
        action(load_config(config_path))


@click.command()
@config_option
@only_option
def up(config_path: str | None, only: tuple[str, ...]) -> None:
    """Start the local stack (Kafka, Redis, simulator, sink, worker) and wait until ready."""

    def run(config: Config) -> None:
        outcomes = stack_up(config, _config_file(config_path), only or None, _progress)
        started = [outcome.name for outcome in outcomes if outcome.action == "started"]
        if started:
            slowest = max(outcome.ready_after_s for outcome in outcomes)
            console.print(f"[green]up:[/green] started {', '.join(started)} in {slowest:.1f} s")
        else:
            console.print("[green]up:[/green] already running, nothing started")

    _with_config(config_path, run)


@click.command()
@config_option
@only_option
def down(config_path: str | None, only: tuple[str, ...]) -> None:
    """Stop the local stack (by the pids it recorded), in reverse start order."""

    def run(config: Config) -> None:
        stopped = stack_down(config, only or None, _progress)
        names = [name for name, pid in stopped.items() if pid is not None]
        console.print(f"[green]down:[/green] stopped {', '.join(names) or 'nothing'}")

    _with_config(config_path, run)


@click.command()
@config_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def status(config_path: str | None, as_json: bool) -> None:
    """Show each service of the local stack: running, pid, port, healthy."""

    def run(config: Config) -> None:
        report = stack_status(config)
        if as_json:
            rows = [
                {
                    "service": item.name,
                    "running": item.running,
                    "pid": item.pid,
                    "port": item.port,
                    "healthy": item.healthy,
                    "log": str(item.log_file),
                }
                for item in report
            ]
            click.echo(json.dumps(rows, indent=2))
            return
        table = Table("service", "state", "pid", "port", "healthy")
        for item in report:
            state = "[green]running[/green]" if item.running else "[dim]stopped[/dim]"
            healthy = "[green]yes[/green]" if item.healthy else "[red]no[/red]"
            table.add_row(item.name, state, str(item.pid or "-"), str(item.port), healthy)
        console.print(table)

    _with_config(config_path, run)


@click.command()
@config_option
def topics(config_path: str | None) -> None:
    """Create the pipeline's topics where missing, then list them."""

    def run(config: Config) -> None:
        admin = KafkaAdmin.from_config(config.kafka)
        try:
            admin.broker_count(timeout_s=5.0)
        except KafkaAdminError:
            raise StackError(
                f"cannot reach Kafka at {config.kafka.bootstrap_servers} "
                "(start it with: llmstream up --only kafka)"
            ) from None
        specs = pipeline_topic_specs(config)
        created = admin.ensure_topics(specs)
        listed = admin.list_topics()
        configs = admin.topic_configs([spec.name for spec in specs])
        table = Table("topic", "partitions", "cleanup.policy", "retention.ms", "")
        for spec in specs:
            config_of = configs.get(spec.name, {})
            table.add_row(
                spec.name,
                str(listed.get(spec.name, "?")),
                config_of.get("cleanup.policy", "?"),
                config_of.get("retention.ms", "?"),
                "[green]created[/green]" if spec.name in created else "",
            )
        console.print(table)

    _with_config(config_path, run)

"""``llmstream feedback REQUEST_ID --kind thumbs_up`` and ``llmstream feedback --file F``.

With ``--file`` (JSONL, one ``{"request_id", "kind", ...}`` per line) every line is
validated first: a bad line is reported with its number and nothing is published.
"""

from __future__ import annotations

import json
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from llmstream.cli import config_option
from llmstream.client import LLMClient
from llmstream.config import load_config
from llmstream.errors import ConfigError
from llmstream.events import Feedback
from llmstream.feedback import FEEDBACK_KINDS, InvalidFeedback, feedback_event, feedback_from_json


def read_feedback(path: Path) -> list[Feedback]:
    """Parse a JSONL file of feedback; raise ``click.ClickException`` naming bad lines."""
    events: list[Feedback] = []
    problems: list[str] = []
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                events.append(feedback_from_json(json.loads(line)))
            except json.JSONDecodeError as error:
                problems.append(f"line {number}: not valid JSON ({error.msg})")
            except InvalidFeedback as error:
                problems.append(f"line {number}: [{error.code}] {error.reason}")
    if problems:
        shown = "\n".join(problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise click.ClickException(f"{path}: {len(problems)} invalid lines\n{shown}{more}")
    return events


def publish_all(client: LLMClient, events: list[Feedback], console: Console) -> None:
    with Progress(TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=console) as progress:
        task = progress.add_task("published", total=len(events))
        for event in events:
            client.publish_feedback(event, flush=False)
            progress.advance(task)
        client.flush()


@click.command("feedback")
@click.argument("request_id", required=False)
@click.option("--kind", type=click.Choice(FEEDBACK_KINDS), default=None,
              help="What the user did or said about the answer.")
@click.option("--value", type=float, default=None, help="A rating in [0, 1].")
@click.option("--comment", default=None, help="Free text (PII is redacted before storage).")
@click.option("--user-id", default=None)
@click.option("--tenant", default=None)
@click.option("--feature", default=None)
@click.option("--file", "feedback_file", default=None,
              type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="JSONL of {request_id, kind, value, comment, ...}, published in bulk.")
@config_option
def feedback(request_id: str | None, kind: str | None, value: float | None,
             comment: str | None, user_id: str | None, tenant: str | None,
             feature: str | None, feedback_file: Path | None,
             config_path: str | None) -> None:
    """Send feedback on the answer to REQUEST_ID, or every line of --file."""
    if (feedback_file is None) == (request_id is None):
        raise click.UsageError("give either REQUEST_ID with --kind, or --file")
    if feedback_file is not None:
        events = read_feedback(feedback_file)
    else:
        if kind is None:
            raise click.UsageError("--kind is required with REQUEST_ID")
        try:
            events = [feedback_event(request_id, kind, value=value, comment=comment,
                                     user_id=user_id, tenant=tenant, feature=feature)]
        except InvalidFeedback as error:
            raise click.ClickException(f"[{error.code}] {error.reason}") from None
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    console = Console(stderr=True)
    with LLMClient(config) as client:
        if feedback_file is not None:
            publish_all(client, events, console)
        else:
            client.publish_feedback(events[0])
    if feedback_file is None:
        click.echo(events[0].event_id)
    else:
        console.print(f"{len(events)} feedback events published to {config.topics.feedback}")

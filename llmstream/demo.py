"""``llmstream demo``: run a sample workload through the running stack and show results.

It publishes the workload with ``llmstream submit``'s code path (progress bars), prints a
few answers, waits until the telemetry sink has stored every request in ClickHouse, and
prints the analytics summary from there; then it sends some user feedback on the answers
and prints the quality figures: that feedback and the online evaluator's scores.
"""

from __future__ import annotations

import json
import random
import time
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from llmstream.cli import config_option
from llmstream.client import LLMClient, request_from_json
from llmstream.config import Config, load_config
from llmstream.errors import ConfigError
from llmstream.evaluation.sampling import is_sampled
from llmstream.events import Response
from llmstream.report import print_quality, print_summary, wait_for_quality, wait_for_requests
from llmstream.submit import response_line, run_submit
from llmstream.workload import sample_requests

# A plausible mix of what users say about answers: most say nothing.
DEMO_FEEDBACK_KINDS: tuple[str | None, ...] = ("thumbs_up", "thumbs_down", "regenerate", None)
DEMO_FEEDBACK_WEIGHTS = (0.2, 0.05, 0.03, 0.72)


def responses_table(responses: list[Response], limit: int) -> Table:
    """A few answers: the error ones first (the demo workload has two), then successes."""
    table = Table(title=f"{limit} of {len(responses)} responses (all in the JSONL file)")
    for column, width in (("request", 7), ("status", 13), ("tokens", 7), ("ms", 5)):
        table.add_column(column, no_wrap=True, min_width=width)
    table.add_column("content / reason", no_wrap=True, overflow="ellipsis", max_width=40)
    shown = [r for r in responses if r.status != "ok"][:2]
    shown += [r for r in responses if r.status == "ok"][: limit - len(shown)]
    for response in shown:
        text = response.content if response.status == "ok" else response.reason
        table.add_row(
            response.request_id.rsplit("-", 1)[-1],
            response.status,
            f"{response.usage.prompt_tokens}+{response.usage.completion_tokens}",
            f"{response.latency_ms:.0f}",
            (text or "").replace("\n", " "),
        )
    return table


def run_demo(config: Config, count: int, out_dir: Path, console: Console) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    lines = sample_requests(count, seed=int(time.time()))
    requests_file = out_dir / "requests.jsonl"
    requests_file.write_text("".join(json.dumps(line) + "\n" for line in lines))
    requests = [request_from_json(line) for line in lines]
    console.print(f"[bold]Sending {count} requests[/] ({requests_file})")
    started = time.monotonic()
    with LLMClient(config) as client:
        answers = run_submit(client, requests, timeout_s=300, console=console)
    responses_file = out_dir / "responses.jsonl"
    responses_file.write_text("".join(
        json.dumps(response_line(r, answers.get(r.request_id))) + "\n" for r in requests))
    console.print(responses_table(list(answers.values()), limit=8))
    console.print(f"all responses: {responses_file}")
    if len(answers) < len(requests):
        raise click.ClickException(f"{len(requests) - len(answers)} requests got no answer")
    ids = [r.request_id for r in requests]
    console.print("waiting for the telemetry sink to store every request in ClickHouse ...")
    summary, window_s = wait_for_requests(config, ids, timeout_s=120, started=started - 5)
    print_summary(summary, console, title=f"Analytics of the last {window_s:.0f} s (ClickHouse)")
    with LLMClient(config) as client:
        sent = send_sample_feedback(client, list(answers.values()), seed=len(ids))
    sample_rate = config.evaluation.online.sample_rate
    scored = sum(is_sampled(r.request_id, sample_rate)
                 for r in answers.values() if r.status == "ok")
    console.print(f"sent {sent} feedback events; online evaluation samples {sample_rate:.0%} "
                  f"of answers ({scored} here); waiting for both in ClickHouse ...")
    print_quality(wait_for_quality(config, sent, scored > 0, timeout_s=30,
                                   since_seconds=time.monotonic() - started + 60), console)


def send_sample_feedback(client: LLMClient, answers: list[Response], seed: int) -> int:
    """What users might say about the answers: a seeded share of thumbs up and down and
    regenerations on ``ok`` answers. Returns the number of events sent."""
    rng = random.Random(seed)
    sent = 0
    for response in sorted(answers, key=lambda r: r.request_id):
        if response.status != "ok":
            continue
        kind = rng.choices(DEMO_FEEDBACK_KINDS, weights=DEMO_FEEDBACK_WEIGHTS)[0]
        if kind is not None:
            client.send_feedback(response.request_id, kind, flush=False)
            sent += 1
    client.flush()
    return sent


@click.command("demo")
@config_option
@click.option("--requests", "count", type=int, default=240, show_default=True)
def demo(config_path: str | None, count: int) -> None:
    """Send a sample workload through the running stack; print answers and analytics."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    run_demo(config, count, Path(config.state_dir) / "demo", Console())

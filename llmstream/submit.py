"""``llmstream submit REQUESTS.jsonl --out RESPONSES.jsonl``.

Validates every line first (a bad line is reported with its number and nothing is
published), publishes them with a progress bar, waits for every answer and writes one
JSON line per request, in input order. Requests that got no answer in time are written
with status ``timeout`` and the command exits non-zero.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from llmstream.cli import config_option
from llmstream.client import InvalidRequest, LLMClient, ResponseTimeout, request_from_json
from llmstream.config import load_config
from llmstream.errors import ConfigError
from llmstream.events import Request, Response


def read_requests(path: Path) -> list[Request]:
    """Parse a JSONL file of requests; raise ``click.ClickException`` naming bad lines."""
    requests: list[Request] = []
    problems: list[str] = []
    seen: set[str] = set()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                request = request_from_json(json.loads(line))
            except json.JSONDecodeError as error:
                problems.append(f"line {number}: not valid JSON ({error.msg})")
                continue
            except InvalidRequest as error:
                problems.append(f"line {number}: {error}")
                continue
            if request.request_id in seen:
                problems.append(f"line {number}: duplicate request_id {request.request_id!r}")
                continue
            seen.add(request.request_id)
            requests.append(request)
    if problems:
        shown = "\n".join(problems[:20])
        more = f"\n... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise click.ClickException(f"{path}: {len(problems)} invalid lines\n{shown}{more}")
    return requests


def _progress(console: Console) -> Progress:
    return Progress(
        TextColumn("{task.description:<10}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        transient=False,
    )


def run_submit(
    client: LLMClient, requests: list[Request], timeout_s: float, console: Console
) -> dict[str, Response]:
    """Publish every request and collect the answers (by request id)."""
    answers: dict[str, Response] = {}
    with _progress(console) as progress:
        published = progress.add_task("published", total=len(requests))
        answered = progress.add_task("answered", total=len(requests))
        for request in requests:
            client.publish(request, flush=False)
            progress.advance(published)
        client.flush()
        try:
            for response in client.responses([r.request_id for r in requests], timeout_s):
                answers[response.request_id] = response
                progress.advance(answered)
        except ResponseTimeout:
            pass
    return answers


def response_line(request: Request, response: Response | None) -> dict[str, Any]:
    if response is None:
        return {"request_id": request.request_id, "status": "timeout",
                "reason": "no response before the client's timeout"}
    return response.to_json()


@click.command("submit")
@click.argument("requests_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path),
              default=None, help="Write responses here (default: stdout).")
@click.option("--timeout", "timeout_s", type=float, default=300.0, show_default=True,
              help="Seconds to wait for all answers after publishing.")
@config_option
def submit(
    requests_file: Path, out_file: Path | None, timeout_s: float, config_path: str | None
) -> None:
    """Publish every request in REQUESTS_FILE (JSONL) and write the responses as JSONL."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    requests = read_requests(requests_file)
    console = Console(stderr=True)
    with LLMClient(config) as client:
        answers = run_submit(client, requests, timeout_s, console)
    out = out_file.open("w", encoding="utf-8") if out_file else sys.stdout
    try:
        for request in requests:
            out.write(json.dumps(response_line(request, answers.get(request.request_id))))
            out.write("\n")
    finally:
        if out_file:
            out.close()
    missing = len(requests) - len(answers)
    statuses: dict[str, int] = {}
    for response in answers.values():
        statuses[response.status] = statuses.get(response.status, 0) + 1
    summary = ", ".join(f"{status}: {count}" for status, count in sorted(statuses.items()))
    console.print(f"{len(answers)}/{len(requests)} answered ({summary or 'none'})")
    if missing:
        raise click.ClickException(f"{missing} requests got no answer within {timeout_s}s")

"""``llmstream worker``: run a pipeline worker until SIGTERM/SIGINT."""

from __future__ import annotations

import os
import socket

import click

from llmstream.cli import config_option
from llmstream.config import load_config
from llmstream.errors import ConfigError


@click.command("worker")
@config_option
@click.option(
    "--worker-id",
    default=None,
    envvar="LLMSTREAM_WORKER_ID",
    help="Stable id of this worker (its transactional id). Give each worker its own and "
    "keep it across restarts, so a restarted worker aborts its predecessor's open "
    "transaction at once. Default: HOST-PID.",
)
@click.option("--web-port", type=int, default=None, envvar="LLMSTREAM_WORKER_WEB_PORT",
              help="Port of the health/metrics server (default: worker.web_port).")
@click.option("--loglevel", default="warning", show_default=True)
def worker(
    config_path: str | None, worker_id: str | None, web_port: int | None, loglevel: str
) -> None:
    """Run a pipeline worker (request stage) until stopped."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    import faust  # imported here: the other commands do not pay for it

    from llmstream.streams.app import create_app

    if web_port is not None:
        config = config.model_copy(
            update={"worker": config.worker.model_copy(update={"web_port": web_port})}
        )
    app, stage = create_app(
        config,
        worker_id or f"{socket.gethostname()}-{os.getpid()}",
        stable_id=worker_id is not None,
    )
    faust.Worker(app, stage, loglevel=loglevel, quiet=True).execute_from_commandline()

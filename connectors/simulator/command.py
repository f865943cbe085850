"""``llmstream mock-provider``: run the simulated provider until SIGTERM or SIGINT."""

from __future__ import annotations

import asyncio
import signal
from typing import Any

import click
from pydantic import ValidationError

from llmstream.cli import config_option
from llmstream.config import load_config
from llmstream.errors import ConfigError

from .behaviour import DEFAULT_MODELS, Behaviour, parse_fault_rates, parse_latency
from .server import SimulatorServer


async def serve(server: SimulatorServer) -> None:
    """Run ``server`` until SIGTERM or SIGINT, then stop it (in-flight calls get a second)."""
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, stop.set)
    try:
        await server.start()
        click.echo(
            f"llmstream mock-provider listening on {server.url} "
            "(OpenAI /v1/chat/completions, Anthropic /v1/messages, admin /_sim/config)",
        )
        await stop.wait()
        click.echo("llmstream mock-provider stopping")
    finally:
        await server.stop()
        for signum in (signal.SIGTERM, signal.SIGINT):
            loop.remove_signal_handler(signum)


def _behaviour(options: dict[str, Any]) -> Behaviour:
    try:
        return Behaviour(
            seed=options["seed"],
            latency=parse_latency(options["latency"]),
            per_output_token_ms=options["per_output_token_ms"],
            faults=parse_fault_rates(options["fault"]),
            first_faults=tuple(options["first_fault"]),
            retry_after_s=options["retry_after"],
            timeout_hold_s=options["timeout_hold"],
            rpm_limit=options["rpm"],
            models=tuple(options["model"]) or DEFAULT_MODELS,
            strict_models=options["strict_models"],
            require_api_key=options["require_api_key"],
        )
    except (ValueError, ValidationError) as error:
        raise click.UsageError(str(error)) from None


@click.command("mock-provider")
@config_option
@click.option("--host", default=None, help="Listen address (default: simulator.host).")
@click.option("--port", type=int, default=None, help="Listen port (default: simulator.port).")
@click.option("--seed", type=int, default=0, show_default=True, help="Seed of fault draws.")
@click.option(
    "--latency",
    default="fixed:0",
    show_default=True,
    help="fixed:MS, uniform:MIN_MS,MAX_MS or lognormal:MEDIAN_MS,P99_MS.",
)
@click.option("--per-output-token-ms", type=float, default=0.0, show_default=True)
@click.option(
    "--fault",
    multiple=True,
    metavar="KIND=RATE",
    help="Inject a fault at a rate, repeatable. KIND: rate_limit, server_error, overloaded, "
    "timeout, reset, malformed, invalid_json.",
)
@click.option(
    "--first-fault",
    multiple=True,
    metavar="KIND",
    help="The n-th call of each distinct request gets the n-th --first-fault (KIND as for "
    "--fault, or none), repeatable; later calls follow the rates.",
)
@click.option("--retry-after", type=float, default=1.0, show_default=True, help="Seconds.")
@click.option(
    "--timeout-hold",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds an injected timeout holds the connection before dropping it.",
)
@click.option("--rpm", type=int, default=None, help="Requests per minute per model.")
@click.option("--model", multiple=True, help="Model names listed by /v1/models, repeatable.")
@click.option("--strict-models", is_flag=True, help="Answer 404 for models not listed.")
@click.option("--require-api-key", is_flag=True, help="Answer 401 when no key is sent.")
def mock_provider(
    config_path: str | None, host: str | None, port: int | None, **options: Any
) -> None:
    """Run the simulated LLM provider (OpenAI and Anthropic wire protocols)."""
    behaviour = _behaviour(options)
    try:
        settings = load_config(config_path).simulator
    except ConfigError as error:
        raise click.ClickException(error.reason) from None
    server = SimulatorServer(
        behaviour,
        host=host if host is not None else settings.host,
        port=port if port is not None else settings.port,
    )
    try:
        asyncio.run(serve(server))
    except OSError as error:
        raise click.ClickException(f"cannot listen: {error}") from None

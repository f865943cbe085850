"""``llmstream sink``: Kafka telemetry, feedback and scores -> ClickHouse; the query endpoint."""

from __future__ import annotations

import asyncio
import logging

import click

from llmstream.cli import config_option
from llmstream.config import load_config
from llmstream.connectors.clickhouse.log_format import configure_json_logging
from llmstream.connectors.clickhouse.service import serve
from llmstream.connectors.clickhouse.store import StoreError
from llmstream.errors import ConfigError


@click.command("sink")
@config_option
@click.option("--log-level", default="info", show_default=True,
              type=click.Choice(["debug", "info", "warning", "error"]))
def sink(config_path: str | None, log_level: str) -> None:
    """Write telemetry, feedback and evaluation scores from Kafka to ClickHouse in batches,
    exactly once; serve queries."""
    try:
        config = load_config(config_path)
    except ConfigError as error:
        raise click.ClickException(str(error)) from None
    configure_json_logging(getattr(logging, log_level.upper()))
    try:
        asyncio.run(serve(config))
    except StoreError as error:
        raise click.ClickException(str(error)) from None

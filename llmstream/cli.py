"""The ``llmstream`` command line.

Each command lives next to the code it drives and is imported only when it runs, so
``llmstream status`` does not pay for importing faust or chdb.
"""

from __future__ import annotations

import importlib
from typing import Any

import click

# command name -> "module:attribute" of a click.Command
COMMANDS: dict[str, str] = {
    "up": "llmstream.stack.commands:up",
    "down": "llmstream.stack.commands:down",
    "status": "llmstream.stack.commands:status",
    "topics": "llmstream.stack.commands:topics",
    "mock-provider": "llmstream.connectors.simulator.command:mock_provider",
    "worker": "llmstream.streams.command:worker",
    "sink": "llmstream.connectors.clickhouse.command:sink",
    "submit": "llmstream.submit:submit",
    "report": "llmstream.report:report",
    "demo": "llmstream.demo:demo",
    "prompts": "llmstream.prompt_commands:prompts",
    "guard": "llmstream.guard.command:guard",
    "eval": "llmstream.evaluation.command:evaluation",
    "evaluator": "llmstream.evaluation.online:evaluator",
    "feedback": "llmstream.feedback_command:feedback",
}


class LazyGroup(click.Group):
    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attribute = target.split(":")
        command: Any = getattr(importlib.import_module(module_name), attribute)
        assert isinstance(command, click.Command)
        return command


@click.group(cls=LazyGroup)
@click.version_option(package_name="llmstream")
def main() -> None:
    """Production LLM calls as an event-streaming pipeline on Apache Kafka."""


config_option = click.option(
    "--config",
    "config_path",
    type=click.Path(dir_okay=False),
    default=None,
    envvar="LLMSTREAM_CONFIG",
    help="Configuration file (default: ./llmstream.yaml).",
)

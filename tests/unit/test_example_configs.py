"""Every shipped configuration file validates, and names only known providers' kinds."""

from __future__ import annotations

from pathlib import Path

import pytest

from llmstream.config import load_config

REPO = Path(__file__).resolve().parents[2]
CONFIG_FILES = sorted([REPO / "llmstream.yaml", *REPO.glob("examples/*.llmstream.yaml")])


@pytest.mark.parametrize("path", CONFIG_FILES, ids=lambda path: path.name)
def test_config_file_is_valid(path: Path) -> None:
    config = load_config(path)
    assert config.routes[config.default_route].model in config.models


def test_local_models_are_openai_compatible_providers() -> None:
    config = load_config(REPO / "examples" / "local-models.llmstream.yaml")
    assert {p.kind for p in config.providers.values()} == {"openai"}
    assert {p.base_url.rsplit(":", 1)[-1] for p in config.providers.values()} == {
        "11434/v1", "8000/v1", "8080/v1"
    }

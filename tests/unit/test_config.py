from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from llmstream.config import load_config, parse_config
from llmstream.errors import ConfigError

REPO = Path(__file__).parents[2]


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "llmstream.yaml").read_text())
    return data


def test_shipped_configuration_is_valid() -> None:
    config = load_config(REPO / "llmstream.yaml")
    assert config.route(None) is not None


def test_unknown_key_is_named() -> None:
    data = shipped()
    data["routes"]["default"]["modle"] = "x"
    with pytest.raises(ConfigError, match=r"routes\.default\.modle: unknown key"):
        parse_config(data, "llmstream.yaml")


def test_dangling_reference_is_named() -> None:
    data = shipped()
    data["routes"]["default"]["model"] = "gpt-9"
    with pytest.raises(ConfigError, match=r"routes\.default\.model: unknown model 'gpt-9'"):
        parse_config(data)


def test_bad_value_is_named() -> None:
    data = shipped()
    data["topics"]["partitions"] = 0
    with pytest.raises(ConfigError, match=r"topics\.partitions"):
        parse_config(data)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load_config(tmp_path / "nope.yaml")


def test_invalid_yaml_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("routes: [unclosed")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)

"""Cache configuration is validated at start."""

from __future__ import annotations

from typing import Any

import pytest
import yaml

from llmstream.config import parse_config
from llmstream.errors import ConfigError


def document(**route_cache: Any) -> dict[str, Any]:
    return {
        "providers": {"sim": {"kind": "openai", "base_url": "http://127.0.0.1:1/v1"}},
        "models": {"m": {"provider": "sim", "name": "m",
                         "price": {"input_per_mtok": 0, "output_per_mtok": 0}}},
        "routes": {"default": {"model": "m", "cache": route_cache}},
    }


def test_route_cache_defaults_cache_only_temperature_zero() -> None:
    config = parse_config(document())
    cache = config.routes["default"].cache
    assert cache.max_temperature == 0.0 and cache.enabled and cache.semantic
    assert 0 < cache.similarity_threshold <= 1


@pytest.mark.parametrize(
    ("route_cache", "message"),
    [
        ({"ttl_seconds": 5}, "routes.default.cache.ttl_seconds: unknown key"),
        ({"similarity_threshold": 1.5}, "routes.default.cache.similarity_threshold"),
        ({"ttl_s": 0}, "routes.default.cache.ttl_s"),
    ],
)
def test_bad_cache_settings_name_the_key(route_cache: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError) as error:
        parse_config(yaml.safe_load(yaml.safe_dump(document(**route_cache))))
    assert message in str(error.value)

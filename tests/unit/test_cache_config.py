"""Cache configuration is validated at start, and Redis failures back off."""

from __future__ import annotations

import random
from typing import Any

import pytest
import redis.exceptions
import yaml

from llmstream.config import parse_config
from llmstream.connectors.redis.availability import RedisAvailability, RedisUnavailable
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


async def test_a_failure_backs_off_and_a_success_ends_the_outage() -> None:
    now = [0.0]
    availability = RedisAvailability(0.5, 0.1, 5.0, random.Random(1), clock=lambda: now[0])
    calls = 0

    async def refused() -> str:
        nonlocal calls
        calls += 1
        raise redis.exceptions.ConnectionError("Connection refused")

    async def fine() -> str:
        return "PONG"

    with pytest.raises(RedisUnavailable):
        await availability.call(refused)
    assert not availability.up and availability.outages == 1
    with pytest.raises(RedisUnavailable):  # in backoff: Redis is not even tried
        await availability.call(refused)
    assert calls == 1
    now[0] += 10
    assert await availability.call(fine) == "PONG"
    assert availability.up

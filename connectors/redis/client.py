"""The workers' asyncio Redis clients: a bounded pool in which a call waits for a free
connection rather than failing.

redis-py 8's default pool raises ``MaxConnectionsError`` past 100 connections, and a
worker keeps up to ``worker.max_in_flight`` (256) requests in flight, each with a Redis
call outstanding in a burst: past the hundredth, the cache read Redis as down, the
provider limiter called providers unlimited and admission let every request in. A
connection is held from a command's send until its reply is read, and Redis answers one
command at a time, so a few dozen connections carry a worker's load.
"""

from __future__ import annotations

import redis.asyncio as aioredis
from redis.backoff import NoBackoff
from redis.retry import Retry

POOL_CONNECTIONS = 64


def bounded_client(url: str, timeout_s: float | None, *, retries: bool = True) -> aioredis.Redis:
    """A client of at most POOL_CONNECTIONS connections. ``timeout_s`` bounds the wait for
    a connection, connecting and each read (None: the caller times its calls); without
    ``retries`` a failed call is not tried again (the caller decides what it means)."""
    options = {} if retries else {"retry": Retry(NoBackoff(), 0)}
    pool = aioredis.BlockingConnectionPool.from_url(
        url,
        max_connections=POOL_CONNECTIONS,
        timeout=timeout_s,
        socket_timeout=timeout_s,
        socket_connect_timeout=timeout_s,
        health_check_interval=0,
        **options,
    )
    return aioredis.Redis.from_pool(pool)

"""The local redis-server (Debian's package), run with the stack's own configuration.

It runs in the foreground (``daemonize no``: the stack tracks its pid) and keeps an
append-only file in the state directory, so the cache and the shared rate-limit state
survive a restart.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from urllib.parse import urlsplit

import redis as redis_client

from llmstream.config import Config
from llmstream.stack.errors import StackError
from llmstream.stack.service import Progress, Service, StackContext
from llmstream.stack.system_packages import require_command

LISTEN_HOST = "127.0.0.1"
DEFAULT_PORT = 6379
PROBE_TIMEOUT_S = 1.0


def redis_port(config: Config) -> int:
    """The port of ``redis.url``."""
    try:
        parts = urlsplit(config.redis.url)
        port = parts.port
    except ValueError:
        raise StackError(f"redis.url: not a valid URL: {config.redis.url!r}") from None
    if parts.scheme not in ("redis", "rediss"):
        raise StackError(f"redis.url: expected redis://host:port/db, got {config.redis.url!r}")
    return port or DEFAULT_PORT


def redis_conf(port: int, data_dir: Path) -> str:
    """redis.conf for one local instance: loopback only, append-only persistence."""
    settings = [
        f"bind {LISTEN_HOST}",
        f"port {port}",
        "protected-mode yes",
        "daemonize no",
        f'dir "{data_dir}"',
        f'pidfile "{data_dir / "redis-server.pid"}"',
        'logfile ""',
        "appendonly yes",
        "appendfsync everysec",
        'save ""',
        # Keep argv as started: the stack recognises its process by its command line.
        "set-proc-title no",
    ]
    return "# Written by llmstream on every start.\n" + "\n".join(settings) + "\n"


class RedisService(Service):
    name = "redis"

    def ports(self, ctx: StackContext) -> Mapping[int, str]:
        return {redis_port(ctx.config): "redis.url"}

    def signature(self, ctx: StackContext) -> tuple[str, ...]:
        return (str(self._conf_file(ctx)),)

    def prepare(self, ctx: StackContext, progress: Progress) -> list[str]:
        server = require_command("redis-server", "redis-server", progress)
        data_dir = ctx.state.service_dir(self.name)
        conf = self._conf_file(ctx)
        conf.write_text(redis_conf(redis_port(ctx.config), data_dir))
        return [server, str(conf)]

    def probe(self, ctx: StackContext) -> bool:
        client = redis_client.Redis.from_url(
            ctx.config.redis.url,
            socket_timeout=PROBE_TIMEOUT_S,
            socket_connect_timeout=PROBE_TIMEOUT_S,
        )
        try:
            return bool(client.ping())
        except redis_client.RedisError:
            return False
        finally:
            client.close()

    def _conf_file(self, ctx: StackContext) -> Path:
        return ctx.state.root / self.name / "redis.conf"

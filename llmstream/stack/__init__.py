"""The local stack: a Kafka broker, redis-server and the pipeline's processes.

``llmstream up`` starts it from the project's own code (no Docker): the broker's jars come
from Maven Central, redis-server from Debian, and every process is tracked by its pid in
``config.state_dir``.
"""

from llmstream.stack.errors import ServiceNotReady, StackError
from llmstream.stack.services import (
    INFRASTRUCTURE,
    SERVICES,
    ServiceOutcome,
    ServiceStatus,
    down,
    status,
    up,
)

__all__ = [
    "INFRASTRUCTURE",
    "SERVICES",
    "ServiceNotReady",
    "ServiceOutcome",
    "ServiceStatus",
    "StackError",
    "down",
    "status",
    "up",
]

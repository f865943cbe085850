"""How far behind its schedule the event loop runs, and deadlines that do not count it.

A burst of requests makes the loop slow to turn: hundreds of them in flight, each with a
little CPU work between two awaits, and one turn of the loop lasts half a second. A reply
that reached the socket in a millisecond waits out the turn before its coroutine runs,
so a wall-clock deadline on it (``asyncio.wait_for``) fires, and the caller reads a
server that answered at once as one that is down. ``LoopLag`` notes how late a heartbeat
wakes, every ``interval_s``; ``within`` gives an awaitable ``timeout_s`` of the time the
loop was free to hear its answer, the wall time less the lateness: on an idle loop the
two are the same, and a server that does not answer still fails after ``timeout_s``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any, TypeVar

T = TypeVar("T")

HEARTBEAT_S = 0.01


class LoopLag:
    """The lateness of a heartbeat on the running loop, summed since it started (at the
    first call on that loop; a new loop starts it again)."""

    def __init__(self, interval_s: float = HEARTBEAT_S) -> None:
        self._interval_s = interval_s
        self._loop: asyncio.AbstractEventLoop | None = None
        self._due = 0.0
        self._late_s = 0.0

    def total_s(self) -> float:
        """Seconds the heartbeat has run late so far, the beat now overdue included."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:
            self._loop, self._late_s = loop, 0.0
            self._schedule(loop)
        return self._late_s + max(0.0, loop.time() - self._due)

    def _schedule(self, loop: asyncio.AbstractEventLoop) -> None:
        self._due = loop.time() + self._interval_s
        loop.call_at(self._due, self._beat, loop)

    def _beat(self, loop: asyncio.AbstractEventLoop) -> None:
        if loop is not self._loop:
            return  # a loop this monitor has left
        self._late_s += max(0.0, loop.time() - self._due)
        self._schedule(loop)

    async def within(self, operation: Awaitable[T], timeout_s: float) -> T:
        """``operation``'s result, or ``TimeoutError`` (and ``operation`` cancelled) once
        the loop has been free for ``timeout_s`` without it."""
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(operation)
        started, late_before = loop.time(), self.total_s()
        remaining = timeout_s
        try:
            while True:
                done, _ = await asyncio.wait((task,), timeout=remaining)
                if done:
                    return task.result()
                free_s = loop.time() - started - (self.total_s() - late_before)
                remaining = timeout_s - free_s
                if remaining <= 0:
                    raise TimeoutError(f"no answer in {timeout_s * 1000:g} ms")
        finally:
            if not task.done():
                task.cancel()
                task.add_done_callback(_retrieved)


def _retrieved(task: asyncio.Future[Any]) -> None:
    """Read a cancelled operation's end, so an error it raised while being cancelled is
    not reported as never retrieved."""
    if not task.cancelled():
        task.exception()

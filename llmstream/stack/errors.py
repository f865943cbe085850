"""Failures of the local stack: each says what went wrong and what to do about it."""

from __future__ import annotations

from llmstream.errors import LLMStreamError


class StackError(LLMStreamError):
    """The local stack could not be prepared, started or stopped."""


class ServiceNotReady(StackError):
    """A service exited or did not answer its readiness check before the deadline."""

    def __init__(self, service: str, reason: str, log_file: str, log_tail: list[str]) -> None:
        super().__init__(f"{service}: {reason}")
        self.service = service
        self.log_file = log_file
        self.log_tail = log_tail

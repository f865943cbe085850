"""Guardrails: what goes in to a model and what comes out of it (issue 6). Pure code.

``input_guard`` decides on a request (injection, PII, per-route actions), ``output_guard``
on an answer (JSON and JSON Schema, contacts, content policy, system-prompt leakage).
"""

from .findings import Finding, Verdict
from .input_guard import (
    GuardMemo,
    GuardResult,
    TextCheck,
    check_messages,
    check_text,
    redact_pii,
    warm_up,
)
from .redaction import Redactor, restore

__all__ = [
    "Finding",
    "GuardMemo",
    "GuardResult",
    "Redactor",
    "TextCheck",
    "Verdict",
    "check_messages",
    "check_text",
    "redact_pii",
    "restore",
    "warm_up",
]

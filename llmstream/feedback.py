"""Feedback on an answer, as applications send it: kinds, values, validation. Pure.

A kind is written in lower case by people (``thumbs_up``) and as the Avro enum symbol on
the wire (``THUMBS_UP``). ``value`` is an optional rating in [0, 1]; thumbs up and thumbs
down imply 1 and 0 when it is absent (the schema's rule), so they may not contradict it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any

from llmstream.events import Feedback, new_id, now_ms

FEEDBACK_KINDS = ("thumbs_up", "thumbs_down", "regenerate", "task_completed", "task_failed",
                  "comment")
_FIXED_VALUE = {"thumbs_up": 1.0, "thumbs_down": 0.0}
MAX_COMMENT_CHARS = 4000
FEEDBACK_KEYS = frozenset({"request_id", "kind", "value", "comment", "user_id", "tenant",
                           "feature", "metadata", "event_id"})


class InvalidFeedback(ValueError):
    """Feedback the client refuses to publish; ``code`` is machine-readable."""

    def __init__(self, code: str, reason: str) -> None:
        super().__init__(reason)
        self.code = code
        self.reason = reason


def _optional_text(name: str, value: Any) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidFeedback(f"invalid_{name}",
                              f"{name}: expected a string, got {type(value).__name__}")
    return value


def feedback_event(
    request_id: Any,
    kind: Any,
    *,
    value: Any = None,
    comment: Any = None,
    user_id: Any = None,
    tenant: Any = None,
    feature: Any = None,
    metadata: Any = None,
    event_id: Any = None,
    ts: int | None = None,
) -> Feedback:
    """The event for one piece of feedback, or ``InvalidFeedback`` naming what is wrong."""
    if not isinstance(request_id, str) or not request_id.strip():
        raise InvalidFeedback("invalid_request_id", "request_id: expected a non-empty string")
    if not isinstance(kind, str) or kind.lower() not in FEEDBACK_KINDS:
        raise InvalidFeedback("invalid_kind",
                              f"kind: {kind!r} is not one of {', '.join(FEEDBACK_KINDS)}")
    kind = kind.lower()
    rating: float | None = None
    if value is not None:
        if isinstance(value, bool) or not isinstance(value, int | float) \
                or not math.isfinite(value) or not 0.0 <= value <= 1.0:
            raise InvalidFeedback("invalid_value", f"value: {value!r} is not a number in [0, 1]")
        rating = float(value)
        fixed = _FIXED_VALUE.get(kind)
        if fixed is not None and rating != fixed:
            raise InvalidFeedback("invalid_value",
                                  f"value: {kind} means {fixed:g}, got {rating:g}")
    text = _optional_text("comment", comment)
    if kind == "comment" and not (text and text.strip()):
        raise InvalidFeedback("missing_comment", "comment: kind comment needs a non-empty text")
    if text is not None and len(text) > MAX_COMMENT_CHARS:
        raise InvalidFeedback("comment_too_long",
                              f"comment: {len(text)} characters, at most {MAX_COMMENT_CHARS}")
    labels = metadata or {}
    if not isinstance(labels, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in labels.items()):
        raise InvalidFeedback("invalid_metadata", "metadata: expected an object of strings")
    identifier = _optional_text("event_id", event_id) or new_id()
    return Feedback(
        event_id=identifier,
        request_id=request_id,
        kind=kind.upper(),
        ts=now_ms() if ts is None else ts,
        value=rating,
        comment=text,
        user_id=_optional_text("user_id", user_id),
        tenant=_optional_text("tenant", tenant),
        feature=_optional_text("feature", feature),
        metadata=dict(labels),
    )


def feedback_from_json(doc: Any) -> Feedback:
    """One line of ``llmstream feedback --file``: ``{"request_id", "kind", ...}``."""
    if not isinstance(doc, Mapping):
        raise InvalidFeedback("invalid_json", "a feedback line must be a JSON object")
    unknown = set(doc) - FEEDBACK_KEYS
    if unknown:
        raise InvalidFeedback("unknown_keys", f"unknown keys: {', '.join(sorted(unknown))}")
    return feedback_event(
        doc.get("request_id"), doc.get("kind"), value=doc.get("value"),
        comment=doc.get("comment"), user_id=doc.get("user_id"), tenant=doc.get("tenant"),
        feature=doc.get("feature"), metadata=doc.get("metadata"), event_id=doc.get("event_id"))


def effective_value(kind: str, value: float | None) -> float | None:
    """The rating a feedback event stands for: its value, else 1/0 for thumbs up/down."""
    if value is not None:
        return value
    return _FIXED_VALUE.get(kind.lower())

"""Test-double answers for evaluation (issue 8): recorded answers, a deliberately worse
prompt version, and a judge that compares with the reference. Pure.

These are features of the *simulated provider* only, set through ``PUT /_sim/config``
(``answer_book``, ``degrade``); a real model does none of this. They let a test run a
dataset through the real pipeline and know what a good and a bad answer are:

- ``answer_book`` maps text to a recorded answer: when the last user message contains a
  key (the longest key found wins) the model answers the recorded text.
- ``degrade`` rules make one prompt version worse: when any message contains a rule's
  ``marker`` (say, a phrase only that version's system prompt has), a share ``rate`` of
  its recorded answers (chosen by the request's content digest, so always the same ones)
  is replaced by the recorded answer of another key: fluent, on topic, wrong.
- The judge: a request for JSON whose schema has ``score`` and ``reason`` properties and
  whose last user message holds ``<answer>...</answer>`` and ``<reference>...</reference>``
  is answered ``{"score": F1 of the two texts' words, "reason": ...}``, so the simulated
  judge agrees with the reference as a careful judge would, deterministically.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence
from typing import Any, Protocol

from .request import SimRequest

_ANSWER = re.compile(r"<answer>(.*?)</answer>", re.DOTALL)
_REFERENCE = re.compile(r"<reference>(.*?)</reference>", re.DOTALL)
_WORD = re.compile(r"\w+", re.UNICODE)


class DegradeRuleLike(Protocol):
    marker: str
    rate: float


def _last_user_text(request: SimRequest) -> str:
    users = [m for m in request.messages if m.role == "user"]
    return users[-1].text if users else ""


def recorded_key(book: Mapping[str, str], text: str) -> str | None:
    """The longest key of ``book`` that ``text`` contains."""
    found = [key for key in book if key and key in text]
    return max(found, key=len) if found else None


def recorded_answer(
    book: Mapping[str, str],
    rules: Sequence[DegradeRuleLike],
    request: SimRequest,
    rng: random.Random,
) -> str | None:
    """The recorded answer to ``request``, made wrong if a degrade rule applies; None when
    no key matches."""
    key = recorded_key(book, _last_user_text(request))
    if key is None:
        return None
    text = " ".join(m.text for m in request.messages)
    for rule in rules:
        if rule.marker in text and rng.random() < rule.rate:
            others = sorted(k for k in book if book[k] != book[key])
            if others:
                return book[rng.choice(others)]
    return book[key]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def overlap_f1(answer: str, reference: str) -> float:
    """F1 of the answer's words against the reference's (bags of words)."""
    got, wanted = _words(answer), _words(reference)
    if not got or not wanted:
        return 0.0
    remaining = list(wanted)
    common = 0
    for word in got:
        if word in remaining:
            remaining.remove(word)
            common += 1
    if common == 0:
        return 0.0
    precision, recall = common / len(got), common / len(wanted)
    return 2 * precision * recall / (precision + recall)


def is_judge_schema(schema: Mapping[str, Any] | None) -> bool:
    properties = (schema or {}).get("properties")
    return isinstance(properties, Mapping) and {"score", "reason"} <= set(properties)


def judge_verdict(request: SimRequest) -> dict[str, Any] | None:
    """The simulated judge's verdict, or None when the request is not a judge request."""
    if not is_judge_schema(request.json_schema):
        return None
    text = _last_user_text(request)
    answer, reference = _ANSWER.search(text), _REFERENCE.search(text)
    if answer is None or reference is None:
        return None
    score = round(overlap_f1(answer.group(1), reference.group(1)), 2)
    verdict = "matches" if score >= 0.99 else "partly matches" if score > 0 else "contradicts"
    return {"score": score, "reason": f"The answer {verdict} the reference "
                                      f"(word overlap F1 {score:.2f})."}

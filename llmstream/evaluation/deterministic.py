"""Deterministic evaluators: checks of the answer's text and JSON that need no model.

Each is a pure function of the configured check and the answer, returning a ``Score``
with a reason a person can act on ("missing fields: label").
"""

from __future__ import annotations

import json
import re
import unicodedata
from typing import Any

from llmstream.config import (
    CategoryEvaluatorConfig,
    ExactMatchEvaluatorConfig,
    JsonPathEvaluatorConfig,
    JsonValidEvaluatorConfig,
    LengthEvaluatorConfig,
    RegexEvaluatorConfig,
    RequiredFieldsEvaluatorConfig,
)
from llmstream.evaluation.scores import Answered, Score

DeterministicConfig = (
    JsonValidEvaluatorConfig
    | RequiredFieldsEvaluatorConfig
    | LengthEvaluatorConfig
    | CategoryEvaluatorConfig
    | RegexEvaluatorConfig
    | JsonPathEvaluatorConfig
    | ExactMatchEvaluatorConfig
)

_MISSING = object()
_WORD = re.compile(r"\w+", re.UNICODE)


def normalise(text: str) -> str:
    """Case-folded, NFKC, whitespace collapsed, trailing punctuation dropped."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(folded.split()).rstrip(".!?;:, ")


def words(text: str) -> list[str]:
    return _WORD.findall(normalise(text))


def json_path(document: Any, path: str) -> Any:
    """The value at a dotted path (``a.b.0.c``, optionally ``$.``-prefixed); a missing
    key or index gives the module's ``_MISSING`` sentinel (see ``has_path``)."""
    current = document
    for part in path.removeprefix("$.").removeprefix("$").split("."):
        if part == "":
            continue
        if isinstance(current, dict) and part in current:
            current = current[part]
        elif isinstance(current, list) and part.isdigit() and int(part) < len(current):
            current = current[int(part)]
        else:
            return _MISSING
    return current


def has_path(document: Any, path: str) -> bool:
    return json_path(document, path) is not _MISSING


def _parsed(answer: str) -> tuple[Any, str | None]:
    try:
        return json.loads(answer), None
    except ValueError as error:
        return None, f"not JSON ({error.args[0] if error.args else error})"


def evaluate(name: str, check: DeterministicConfig, item: Answered) -> Score:
    """Score ``item`` with the deterministic check ``check`` configured as ``name``."""

    def score(value: float, reason: str) -> Score:
        return Score(name, "deterministic", max(0.0, min(1.0, value)), reason)

    answer = item.answer
    if isinstance(check, LengthEvaluatorConfig):
        size = len(answer)
        upper = "" if check.max_chars is None else f", {check.max_chars}"
        inside = size >= check.min_chars and (check.max_chars is None or size <= check.max_chars)
        return score(float(inside), f"{size} chars {'within' if inside else 'outside'} "
                                    f"[{check.min_chars}{upper or ', inf'}]")
    if isinstance(check, RegexEvaluatorConfig):
        found = re.search(check.pattern, answer) is not None
        passed = found == check.must_match
        return score(float(passed), f"pattern {'found' if found else 'not found'}"
                                    f"{'' if passed else ' (unwanted)' if found else ''}")
    if isinstance(check, ExactMatchEvaluatorConfig):
        return _exact(name, item)
    if isinstance(check, CategoryEvaluatorConfig) and check.path is None:
        value = normalise(answer)
        allowed = {normalise(category) for category in check.allowed}
        return score(float(value in allowed),
                     f"{value!r} {'is' if value in allowed else 'is not'} an allowed category")
    document, error = _parsed(answer)
    if error is not None:
        return score(0.0, error)
    if isinstance(check, JsonValidEvaluatorConfig):
        if check.object_only and not isinstance(document, dict):
            return score(0.0, f"JSON {type(document).__name__}, not an object")
        return score(1.0, "valid JSON")
    if isinstance(check, RequiredFieldsEvaluatorConfig):
        missing = [path for path in check.fields if not has_path(document, path)]
        present = len(check.fields) - len(missing)
        reason = f"missing fields: {', '.join(missing)}" if missing else "all fields present"
        return score(present / len(check.fields), reason)
    if isinstance(check, CategoryEvaluatorConfig):
        assert check.path is not None
        value = json_path(document, check.path)
        if value is _MISSING:
            return score(0.0, f"no value at {check.path}")
        ok = isinstance(value, str) and normalise(value) in {normalise(c) for c in check.allowed}
        return score(float(ok), f"{check.path}={value!r} {'is' if ok else 'is not'} allowed")
    value = json_path(document, check.path)
    if value is _MISSING:
        return score(0.0, f"no value at {check.path}")
    expected = check.equals if check.equals is not None else item.reference
    if expected is None:
        return score(0.0, f"nothing to compare {check.path} with (no equals, no reference)")
    equal = (
        normalise(value) == normalise(expected)
        if isinstance(value, str) and isinstance(expected, str)
        else value == expected
    )
    return score(float(equal), f"{check.path}={value!r} {'==' if equal else '!='} {expected!r}")


def _exact(name: str, item: Answered) -> Score:
    if item.reference is None:
        return Score(name, "deterministic", 0.0, "no reference answer")
    if normalise(item.answer) == normalise(item.reference):
        return Score(name, "deterministic", 1.0, "matches the reference")
    wanted = words(item.reference)
    got = set(words(item.answer))
    found = sum(1 for word in wanted if word in got)
    share = found / len(wanted) if wanted else 0.0
    return Score(name, "deterministic", share,
                 f"differs from the reference; {found}/{len(wanted)} reference words")

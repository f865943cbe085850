"""Parts of a regular expression that match wherever the whole does. Pure.

A prefilter scan only has to say where a pattern *may* match, so it can scan for a part of
the pattern instead of all of it, when the part is cheaper to scan for (see
prefilter.py). Two rules make such a part a superset of the pattern, by construction:

- a match of a concatenation ``PQ`` is a match of ``P`` followed by a match of ``Q``, so
  the text matches ``P`` and ``Q`` wherever it matches ``PQ`` (a leading or a trailing
  part of a top-level sequence of items, cut between two items);
- a match of an alternation ``A|B`` is a match of ``A`` or of ``B``, so a part of each
  alternative, joined by ``|``, matches wherever one of them does.

Look-arounds and anchors in a part still look at the same text around the same position,
so they hold there as they did in the whole match. ``part_of`` takes a pattern and, per
top-level alternative, which part to keep (``Part``); it refuses a cut that is not between
two top-level items (inside a group or a class, before a quantifier).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

_QUANTIFIERS = "?*+{"


@dataclass(frozen=True, slots=True)
class Part:
    """The items of one alternative from ``begin`` (included) or from just ``after`` it,
    to ``end`` (excluded). A marker is text of the alternative found at the start of
    exactly one of its top-level items (``after``: whole items, the next one beginning
    where it ends); None: from the alternative's start, to its end."""

    begin: str | None = None
    end: str | None = None
    after: str | None = None


@dataclass(frozen=True, slots=True)
class Ahead:
    """The body of the alternative's one top-level look-ahead ``(?=...)``, without its
    first ``skip`` items (a gap of words, say): where the alternative matches, the body
    matches right after it, and every match of the body holds a match of its trailing
    part."""

    skip: int = 0


Cut = Part | Ahead | None  # None: the alternative whole


def alternatives(pattern: str) -> list[str]:
    """``pattern`` split at its top-level ``|``: ``"a(?:b|c)|d"`` is ``["a(?:b|c)", "d"]``."""
    parts: list[str] = []
    start = 0
    for position, depth in _item_starts(pattern):
        if depth == 0 and pattern[position] == "|":
            parts.append(pattern[start:position])
            start = position + 1
    parts.append(pattern[start:])
    return parts


def part_of(pattern: str, cuts: Sequence[Cut]) -> str:
    """The alternation of one part per top-level alternative of ``pattern`` (``cuts``, one
    per alternative, in order): a pattern that matches wherever ``pattern`` matches."""
    branches = alternatives(pattern)
    if len(cuts) != len(branches):
        raise ValueError(f"{len(cuts)} cuts for {len(branches)} alternatives of {pattern[:60]!r}")
    return "|".join(_cut(branch, cut) for branch, cut in zip(branches, cuts, strict=True))


def _cut(branch: str, cut: Cut) -> str:
    if cut is None:
        return branch
    if isinstance(cut, Ahead):
        return _lookahead_body(branch, cut.skip)
    starts = _top_level_item_starts(branch)
    if cut.begin is not None and cut.after is not None:
        raise ValueError(f"{cut!r}: begin or after, not both")
    begin = 0 if cut.begin is None else _marker_at(branch, cut.begin, starts)
    if cut.after is not None:
        begin = _marker_at(branch, cut.after, starts) + len(cut.after)
        if begin not in starts:
            raise ValueError(f"{cut.after!r} does not end before a top-level item of "
                             f"{branch[:60]!r}")
    end = len(branch) if cut.end is None else _marker_at(branch, cut.end, starts)
    if begin >= end:
        raise ValueError(f"{cut!r} leaves nothing of {branch[:60]!r}")
    return branch[begin:end]


def _marker_at(branch: str, marker: str, starts: set[int]) -> int:
    if not marker or marker[0] in _QUANTIFIERS:
        raise ValueError(f"{marker!r} cannot begin an item")
    found = [position for position in sorted(starts) if branch.startswith(marker, position)]
    if len(found) != 1:
        raise ValueError(f"{marker!r} begins {len(found)} top-level items of {branch[:60]!r}, "
                         f"not one")
    return found[0]


def _lookahead_body(branch: str, skip: int) -> str:
    items = _item_starts(branch)
    opening = [position for position, depth in items
               if depth == 0 and branch.startswith("(?=", position)]
    if len(opening) != 1:
        raise ValueError(f"{len(opening)} top-level look-aheads in {branch[:60]!r}, not one")
    closing = next(position for position, depth in items
                   if position > opening[0] and depth == 1 and branch[position] == ")")
    body = branch[opening[0] + 3:closing]
    if len(alternatives(body)) != 1:
        raise ValueError(f"the look-ahead of {branch[:60]!r} is an alternation")
    starts = sorted(_top_level_item_starts(body))
    if skip >= len(starts):
        raise ValueError(f"skipping {skip} items leaves nothing of {body[:60]!r}")
    return body[starts[skip]:]


def _top_level_item_starts(branch: str) -> set[int]:
    return {position for position, depth in _item_starts(branch) if depth == 0}


def _item_starts(pattern: str) -> list[tuple[int, int]]:
    """``(position, depth)`` of every item of ``pattern`` that is not a quantifier: a
    character, an escape, a class, an opening or a closing parenthesis, a ``|``; depth is
    the number of groups open before it."""
    starts: list[tuple[int, int]] = []
    depth = 0
    position = 0
    size = len(pattern)
    while position < size:
        character = pattern[position]
        if character in _QUANTIFIERS:
            position = _after_quantifier(pattern, position)
            continue
        starts.append((position, depth))
        if character == "\\":
            position += 2
        elif character == "[":
            position = _after_class(pattern, position)
        elif character == "(":
            depth += 1
            position += 2 if pattern.startswith("(?", position) else 1  # "(?:", "(?<="...
        elif character == ")":
            depth -= 1
            if depth < 0:
                raise ValueError(f"unbalanced ')' at {position} of {pattern[:60]!r}")
            position += 1
        else:
            position += 1
    if depth != 0:
        raise ValueError(f"unbalanced '(' in {pattern[:60]!r}")
    return starts


def _after_quantifier(pattern: str, position: int) -> int:
    if pattern[position] == "{":
        close = pattern.find("}", position)
        if close < 0:
            raise ValueError(f"unclosed '{{' at {position} of {pattern[:60]!r}")
        position = close + 1
    else:
        position += 1
    if position < len(pattern) and pattern[position] in "?+":  # lazy or possessive
        position += 1
    return position


def _after_class(pattern: str, position: int) -> int:
    position += 1
    if position < len(pattern) and pattern[position] == "^":
        position += 1
    if position < len(pattern) and pattern[position] == "]":  # a literal "]" first
        position += 1
    while position < len(pattern) and pattern[position] != "]":
        position += 2 if pattern[position] == "\\" else 1
    if position >= len(pattern):
        raise ValueError(f"unclosed '[' in {pattern[:60]!r}")
    return position + 1

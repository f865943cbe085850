"""A pattern's search, tried only where its matches can start: at its leading words. Pure.

``pattern.search(text)`` tries a match at every position of the text. Python's engine
skips ahead by itself when a pattern begins with a literal or a character set; the
guards' phrase patterns mostly begin with ``\\b`` or a look-behind, and then every
position costs a full attempt: 0.5-1.5 ms per pattern over an 8,000-token prompt, even
when the phrase is one sentence in it. Most of them go on with one of a few literal
words ("ignora", "olvida", "nota", "给"), read here from the parsed pattern: every
match starts where one of them does. ``LiteralStarts.search`` finds those places with a
Hyperscan scan of the pattern's literals and tries ``pattern.match`` at each, in order.
``match`` at a position is the very attempt ``search`` makes there (look-behinds and
``\\b`` see the text before it), so the first success is ``search``'s match. Patterns that
lead with a literal or a set the engine skips to, or with a single letter, are searched as
they are, and so is a text with more than ``MAX_STARTS`` places to try.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Sequence
from typing import Any

from .prefilter import Prefilter

# The standard library's regex parser: the same reading of the pattern as the engine's.
_parser: Any = importlib.import_module("re._parser")
_constants: Any = importlib.import_module("re._constants")
_compiler: Any = importlib.import_module("re._compiler")  # how the engine reads a start

_ZERO_WIDTH = {_constants.AT, _constants.ASSERT, _constants.ASSERT_NOT}
_REPEATS = {_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT}
_MAX_CLASS = 8  # a class of up to this many characters leads with each of them
# More places to try than this and one pass of ``search`` is cheaper (the scan stops
# there: a place costs a Python call to report and one to try).
MAX_STARTS = 400
# Fewer characters to search and they are searched as they are: a pass costs less than
# the scan for the literals.
MIN_LENGTH = 2_000


@functools.cache
def leading_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Strings one of which every match of ``pattern`` starts with, or None when the
    pattern does not say (a match may begin with any character, or be empty)."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE):
        return None
    found = _leading(list(_parser.parse(pattern.pattern, pattern.flags)))
    return None if found is None else tuple(sorted(found))


def _leading(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The literal prefixes of the matches of the parsed sequence ``items``."""
    for index, (operator, value) in enumerate(items):
        rest = items[index + 1:]
        if operator in _ZERO_WIDTH:
            continue  # \b, ^, look-arounds: the match starts with what follows
        if operator is _constants.LITERAL:
            run = ""
            for following, character in items[index:]:
                if following is not _constants.LITERAL:
                    break
                run += chr(character)
            return {run}
        if operator is _constants.IN:
            if len(value) <= _MAX_CLASS and all(kind is _constants.LITERAL for kind, _ in value):
                return {chr(character) for _, character in value}
            return None
        if operator is _constants.SUBPATTERN:
            _, added, removed, group = value
            if added or removed:
                return None
            return _leading(list(group) + rest)
        if operator is _constants.BRANCH:
            found: set[str] = set()
            for alternative in value[1]:
                leading = _leading(list(alternative) + rest)
                if leading is None:
                    return None
                found |= leading
            return found
        if operator in _REPEATS:
            least, _, repeated = value
            repeated = list(repeated)
            first = _leading(repeated) if _min_width(repeated) > 0 else None
            if least >= 1:
                return first
            after = _leading(rest)  # repeated no time at all
            return None if first is None or after is None else first | after
        return None  # any character, a category, a reference: anything may lead
    return None  # nothing but zero-width items: a match may be empty


def _min_width(items: list[tuple[Any, Any]]) -> int:
    return int(_parser.SubPattern(_parser.State(), items).getwidth()[0])


class LiteralStarts:
    """``search`` for each of ``patterns``, tried only where one of its leading literals
    starts. A pattern's literals are found by one Hyperscan scan of their own (``str.find``
    costs 20-35 µs per literal over an 8,000-token prompt, and a pattern may have twenty);
    a text holding more than ``MAX_STARTS`` of them is searched as it is."""

    __slots__ = ("_indexes", "_patterns", "_scanners")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = tuple(patterns)
        self._indexes = {pattern: index for index, pattern in enumerate(self._patterns)}
        self._scanners: dict[int, Prefilter | None] = {}  # built on first use

    def search(self, pattern: re.Pattern[str], text: str) -> re.Match[str] | None:
        """``pattern.search(text)``: the same match."""
        return self.search_in(pattern, text, ((0, len(text)),))

    def search_in(self, pattern: re.Pattern[str], text: str,
                  spans: Sequence[tuple[int, int]]) -> re.Match[str] | None:
        """``windows.search_in(pattern, text, spans)``: the first match of
        ``pattern.search(text, start, end)`` over the ``spans`` in order, the same match.
        A match that ``search`` finds in a span starts in it, at a leading literal, and
        ``pattern.match(text, start, end)`` is the attempt ``search`` makes there. Spans
        of fewer than ``MIN_LENGTH`` characters in all are searched as they are."""
        searched = sum(end - start for start, end in spans)
        starts = None if searched < MIN_LENGTH else self._starts(pattern, text)
        if starts is None:
            for start, end in spans:
                match = pattern.search(text, start, end)
                if match is not None:
                    return match
            return None
        for start, end in spans:
            for place in starts[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)]:
                match = pattern.match(text, place, end)
                if match is not None:
                    return match
        return None

    def _starts(self, pattern: re.Pattern[str], text: str) -> list[int] | None:
        """Where in ``text`` a leading literal of ``pattern`` starts, in order; None when
        the pattern is to be searched as it is (not one of ``patterns``, no leading
        literals, more than ``MAX_STARTS`` places)."""
        index = self._indexes.get(pattern)
        if index is None:
            return None
        scanner = self._scanner(index)
        literals = starting_literals(pattern)
        if scanner is None or literals is None:
            return None
        ends = scanner.ends_up_to(text, MAX_STARTS)
        if ends is None:
            return None
        return sorted({end - len(literals[literal]) for literal, found in ends.items()
                       for end in found})

    def warm_up(self) -> None:
        """Read every pattern and compile its scanner now rather than on first use (the
        reading takes a few hundred milliseconds for all of the guard's)."""
        for index in range(len(self._patterns)):
            scanner = self._scanner(index)
            if scanner is not None:
                scanner.database()

    def _scanner(self, index: int) -> Prefilter | None:
        """The scanner of pattern ``index``'s leading literals (ids are their indexes in
        ``starting_literals``), None for a pattern searched as it is."""
        if index not in self._scanners:
            literals = starting_literals(self._patterns[index])
            self._scanners[index] = (None if literals is None
                                     else Prefilter([re.escape(literal) for literal in literals]))
        return self._scanners[index]


@functools.cache
def starting_literals(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """``leading_literals`` of a pattern worth searching by them: one the engine cannot
    skip through by itself (it does for a pattern that begins with a literal or a set of
    characters; for one that begins with ``\\b``, a look-behind or an optional word it
    tries every position at full cost), whose literals are no single ASCII letters or
    digits (one in every few characters; a pair such as "ai" is in hundreds of places of
    a long text, which ``MAX_STARTS`` bounds)."""
    literals = leading_literals(pattern)
    if literals is None:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    try:
        prefix = _compiler._get_literal_prefix(parsed, pattern.flags)[0]
        skips = bool(prefix) or bool(_compiler._get_charset_prefix(parsed, pattern.flags))
    except AttributeError:  # another Python's engine: search as it is (the tests would say)
        return None
    if skips:
        return None  # the engine's own skip is as fast
    if any(len(literal) == 1 and literal.isascii() and literal.isalnum() for literal in literals):
        return None
    return literals

"""A pattern's search, tried only where its matches can start: at its leading words. Pure.

``pattern.search(text)`` tries a match at every position of the text. Python's engine
skips ahead by itself when a pattern begins with a literal or a character set; the
guards' phrase patterns mostly begin with ``\\b`` or a look-behind, and then every
position costs a full attempt: 0.5-1.5 ms per pattern over an 8,000-token prompt, even
when the phrase is one sentence in it. Most of them go on with one of a few literal
words ("ignora", "olvida", "nota", "给"), read here from the parsed pattern: every
match starts where one of them does, or at a mark before it and its whitespace (a
sentence's end before "asistente", the "a" of "a partir de ahora"), or just after a
character that a look-behind asks for ("(?<=[.!?\\n])\\s*en lugar de").
``LiteralStarts.search`` finds those places with a Hyperscan scan of the pattern's
literals and tries ``pattern.match`` at each, in order.
``match`` at a position is the very attempt ``search`` makes there (look-behinds and
``\\b`` see the text before it), so the first success is ``search``'s match. Patterns that
lead with a literal or a set the engine skips to, or with a single letter, are searched as
they are, and so is a text with more than ``MAX_STARTS`` places to try.

A pattern that is one choice ("A|B|C", or "\\b(?:A|B|C)") without leading words as a whole
is searched one alternative at a time (``split_alternatives``): at a place the pattern
matches as the first of its alternatives that matches there, so its leftmost match starts
where the leftmost of theirs does, and is the first alternative's to match there. Those
with leading words are tried at them, the others searched together as one pattern. An
address to an AI reader at a line's start has no leading word, and note_to_reader, with
eight other ways to address one, was searched whole for it.
"""

from __future__ import annotations

import bisect
import functools
import importlib
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from . import windows
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


class Lead(NamedTuple):
    """How a match can begin: with ``word``, or, when ``marks`` is set, with one of those
    characters, then any whitespace, then ``word`` ("." and "asistente" in ". Asistente:");
    or, when ``behind`` is set, just after one of those characters (a look-behind), with
    any whitespace and then ``word`` ("(?<=[.!?\\n])\\s*en\\s+lugar\\s+de")."""

    word: str
    marks: str = ""
    behind: str = ""
    # (``leading_phrases`` only) whether a word's start is asked for just before it, by
    # ``\\b`` or a look-behind ruling out the letters a-z
    bounded: bool = False


@functools.cache
def leading_literals(pattern: re.Pattern[str]) -> tuple[Lead, ...] | None:
    """The ways every match of ``pattern`` begins, or None when the pattern does not say
    (a match may begin with any character, or be empty)."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.ASCII):
        return None
    found = _leading(list(_parser.parse(pattern.pattern, pattern.flags)))
    return None if found is None else tuple(sorted(found))


@functools.cache
def leading_phrases(pattern: re.Pattern[str]) -> tuple[tuple[str, bool], ...] | None:
    """``leading_literals``' words, each with the word after it where whitespace and a
    word follow it ("out" of "out\\s+of\\s+date" as "out of": a space stands for any
    whitespace, none included), as long as they are few, and a word led by one of its
    marks as the mark and the word ("한 글자도"); each with whether it begins a word (no
    letter a-z just before it: ``Lead.bounded``). None as there. For a pattern whose
    leading words are common ones: "out", "every" and "let" are in every paragraph,
    "out of", "every env" and "let the" are not."""
    if pattern.flags & (re.IGNORECASE | re.MULTILINE | re.VERBOSE | re.ASCII):
        return None
    found = _leading(list(_parser.parse(pattern.pattern, pattern.flags)), phrases=True)
    if found is None or any(lead.behind for lead in found):
        return None
    return tuple(sorted({(f"{mark} {lead.word}", lead.bounded) for lead in found
                         for mark in lead.marks}
                        | {(lead.word, lead.bounded) for lead in found if not lead.marks}))


def _leading(items: list[tuple[Any, Any]], phrases: bool = False) -> set[Lead] | None:
    """The ways the matches of the parsed sequence ``items`` begin (with ``phrases``, a
    word and the next one where whitespace is between them, and whether a word's start
    is asked for: ``leading_phrases``)."""
    for index, (operator, value) in enumerate(items):
        rest = items[index + 1:]
        if operator is _constants.ASSERT and value[0] < 0:
            # A look-behind of single characters, then any whitespace, then words: the
            # match starts just after one of the characters.
            behind = _single_characters(list(value[1]))
            if behind is not None and (words := _after_spaces(rest)) is not None:
                return {Lead(word, behind=behind) for word in words}
        if operator in _ZERO_WIDTH:
            # \b, ^, look-arounds: the match starts with what follows
            if phrases and _starts_a_word(operator, value):
                word_starts = _leading(rest, phrases)
                return (None if word_starts is None
                        else {lead._replace(bounded=True) for lead in word_starts})
            continue
        if operator is _constants.LITERAL:
            literals, used = _words_used({""}, items[index:])
            if literals == {chr(value)} and chr(value).isalnum():
                return _one_letter_word(chr(value), rest) or {Lead(chr(value))}
            following = (_after_spaces(items[index + used:], spaces_needed=True)
                         if phrases else None)
            if following is not None and len(literals) * len(following) <= _MOST_WORDS:
                return {Lead(f"{word} {after}") for word in literals for after in following}
            return {Lead(word) for word in literals}
        if operator is _constants.IN:
            if len(value) > _MAX_CLASS or any(kind is not _constants.LITERAL for kind, _ in value):
                return None
            marks = "".join(sorted(chr(character) for _, character in value))
            if marks.isalpha():  # a letter and its plain form ("(?:ü|u)berspringe")
                literals = _words(set(marks), rest)
                if literals == set(marks):
                    return _one_letter_word(marks, rest) or {Lead(mark) for mark in marks}
                return {Lead(word) for word in literals}
            words = _after_spaces(rest)
            if words is not None and not any(mark.isspace() for mark in marks):
                return {Lead(word, marks) for word in words}
            return {Lead(mark) for mark in marks}
        if operator is _constants.SUBPATTERN:
            _, added, removed, group = value
            if added or removed:
                return None
            return _leading(list(group) + rest, phrases)
        if operator is _constants.BRANCH:
            found: set[Lead] = set()
            for alternative in value[1]:
                leading = _leading(list(alternative) + rest, phrases)
                if leading is None:
                    return None
                found |= leading
            return found
        if operator in _REPEATS:
            least, _, repeated = value
            repeated = list(repeated)
            first = _leading(repeated, phrases) if _min_width(repeated) > 0 else None
            if least >= 1:
                return first
            after = _leading(rest, phrases)  # repeated no time at all
            return None if first is None or after is None else first | after
        return None  # any character, a category, a reference: anything may lead
    return None  # nothing but zero-width items: a match may be empty


_A_TO_Z = frozenset(range(ord("a"), ord("z") + 1))


def _starts_a_word(operator: Any, value: Any) -> bool:
    """Whether the zero-width item asks that no letter a-z come just before: ``\\b``, a
    negative look-behind of one character whose class holds all of them, or a look-behind
    whose last character is none of them ("(?<=my\\s)wife")."""
    if operator is _constants.AT:
        return value is _constants.AT_BOUNDARY
    if operator not in (_constants.ASSERT, _constants.ASSERT_NOT) or value[0] >= 0:
        return False
    looked = list(value[1])
    if not looked:
        return False
    if operator is _constants.ASSERT:
        last = _characters(looked[-1])
        return last is not None and not _A_TO_Z & last
    only = _characters(looked[0]) if len(looked) == 1 else None
    return only is not None and only >= _A_TO_Z


def _characters(item: tuple[Any, Any]) -> set[int] | None:
    """Some characters (code points) one parsed item matches, all of those among a-z,
    when it is a literal or a class of literals, ranges, ``\\s`` and ``\\w``; None for
    anything else (a negated class, a group...)."""
    operator, value = item
    if operator is _constants.LITERAL:
        return {value}
    if operator is not _constants.IN:
        return None
    found: set[int] = set()
    for kind, member in value:
        if kind is _constants.LITERAL:
            found.add(member)
        elif kind is _constants.RANGE:
            found.update(range(member[0], member[1] + 1))
        elif kind is _constants.CATEGORY and member is _constants.CATEGORY_SPACE:
            found.update(map(ord, " \t\n\r\f\v"))
        elif kind is _constants.CATEGORY and member is _constants.CATEGORY_WORD:
            found.update(_A_TO_Z)
        else:
            return None
    return found


_MOST_WORDS = 16  # a lead's spellings: past it, the words found so far lead


def _words(starts: set[str], items: list[tuple[Any, Any]]) -> set[str]:
    """``starts`` extended by what ``items`` must match next: runs of literals, and a
    choice of a few literal letters or words between them ("b(?:ỏ|o)t" leads with "bỏt"
    and "bot", not "b"), as long as they are few."""
    return _words_used(starts, items)[0]


def _words_used(starts: set[str], items: list[tuple[Any, Any]]) -> tuple[set[str], int]:
    """``_words``, and how many of ``items`` they take."""
    words = starts
    used = 0
    for operator, value in items:
        if operator is _constants.LITERAL:
            words = {word + chr(value) for word in words}
        else:
            choices = _literal_choices(operator, value)
            if choices is None or len(words) * len(choices) > _MOST_WORDS:
                break
            words = {word + choice for word in words for choice in choices}
        used += 1
    return words, used


def _literal_choices(operator: Any, value: Any) -> list[str] | None:
    """The strings a class of letters or a group of literal alternatives matches, or
    None for anything else."""
    if operator is _constants.IN:
        if len(value) > _MAX_CLASS or any(kind is not _constants.LITERAL for kind, _ in value):
            return None
        return [chr(character) for _, character in value]
    if operator is _constants.SUBPATTERN:
        _, added, removed, group = value
        group = list(group)
        if added or removed or len(group) != 1:
            return None
        return _literal_choices(*group[0])
    if operator is _constants.BRANCH:
        choices: list[str] = []
        for alternative in value[1]:
            spelled = _spelled(list(alternative))
            if spelled is None:
                return None
            choices.extend(sorted(spelled))
        return choices if len(choices) <= _MOST_WORDS else None
    return None


def _spelled(items: list[tuple[Any, Any]]) -> set[str] | None:
    """Every string ``items`` match when they are literals and choices of them only
    ("(?:ã|a)o": "ão", "ao"), as long as they are few; else None."""
    words = {""}
    for operator, value in items:
        choices = [chr(value)] if operator is _constants.LITERAL else _literal_choices(
            operator, value)
        if choices is None or len(words) * len(choices) > _MOST_WORDS:
            return None
        words = {word + choice for word in words for choice in choices}
    return words if items else None


def _one_letter_word(letters: str, rest: list[tuple[Any, Any]]) -> set[Lead] | None:
    """A one-letter word (one of ``letters``) and then spaces, "a\\s+partir", "(?:à|a)\\s+
    l'attention": led by the words after it, with its letters as their marks (a letter
    alone is in every sentence); None when no spaces and plain words follow."""
    next_words = _after_spaces(rest, spaces_needed=True)
    return None if next_words is None else {Lead(word, letters) for word in next_words}


def _single_characters(items: list[tuple[Any, Any]]) -> str | None:
    """The characters when ``items`` match exactly one of a few listed ones, else None."""
    if len(items) != 1:
        return None
    operator, value = items[0]
    if operator is _constants.LITERAL:
        return chr(value)
    if operator is _constants.IN:
        if any(kind is not _constants.LITERAL for kind, _ in value):
            return None
        return "".join(sorted({chr(character) for _, character in value}))
    if operator is _constants.SUBPATTERN:
        _, added, removed, group = value
        return None if added or removed else _single_characters(list(group))
    if operator is _constants.BRANCH:
        found = [_single_characters(list(alternative)) for alternative in value[1]]
        if any(characters is None for characters in found):
            return None
        return "".join(sorted(set("".join(characters or "" for characters in found))))
    return None


def _after_spaces(items: list[tuple[Any, Any]], spaces_needed: bool = False
                  ) -> set[str] | None:
    """When ``items`` are any whitespace (``\\s*``, or ``\\s+`` when ``spaces_needed``) and
    then matches that begin with plain words, those words; else None."""
    if not items or items[0][0] not in _REPEATS:
        return None
    least, _, repeated = items[0][1]
    if least not in ((0, 1) if spaces_needed else (0,)) or list(repeated) != [
            (_constants.IN, [(_constants.CATEGORY, _constants.CATEGORY_SPACE)])]:
        return None
    following = _leading(items[1:])
    if following is None or any(lead.marks for lead in following):
        return None
    return {lead.word for lead in following}


def _min_width(items: list[tuple[Any, Any]]) -> int:
    return int(_parser.SubPattern(_parser.State(), items).getwidth()[0])


class LiteralStarts:
    """``search`` for each of ``patterns``, tried only where one of its leading literals
    starts. A pattern's literals are found by one Hyperscan scan of their own (``str.find``
    costs 20-35 µs per literal over an 8,000-token prompt, and a pattern may have twenty);
    a text holding more than ``MAX_STARTS`` of them is searched as it is."""

    __slots__ = ("_patterns", "_scanners", "_splits")

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        self._patterns = set(patterns)  # and, once split, their alternatives with leads
        # Per pattern, built on first use: see ``_scanner`` and ``_split``.
        self._scanners: dict[re.Pattern[str],
                             tuple[Prefilter, list[tuple[str, bool, str, str]]] | None] = {}
        self._splits: dict[re.Pattern[str], Split | None] = {}

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
        if sum(end - start for start, end in spans) < MIN_LENGTH:
            return windows.search_in(pattern, text, spans)
        starts = self._starts(pattern, text)
        if starts is not None:
            for start, end in spans:
                match = _first_match(pattern, text, starts, start, end)
                if match is not None:
                    return match
            return None
        split = self._split(pattern)
        if split is None:
            return windows.search_in(pattern, text, spans)
        places = [self._starts(alternative, text) for alternative in split.led]
        for start, end in spans:
            # The leftmost place where an alternative matches...
            leftmost = end
            if split.rest is not None:
                match = split.rest.search(text, start, end)
                leftmost = end if match is None else match.start()
            for alternative, alternative_starts in zip(split.led, places, strict=True):
                if alternative_starts is None:  # too many places: searched as it is
                    match = alternative.search(text, start, end)
                else:
                    match = _first_match(alternative, text, alternative_starts, start, end,
                                         leftmost)
                if match is not None and match.start() < leftmost:
                    leftmost = match.start()
            # ... and there, the first of them in the pattern's order.
            if leftmost < end:
                return next(match for alternative in split.every
                            if (match := alternative.match(text, leftmost, end)) is not None)
        return None

    def finditer(self, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
        """``pattern.finditer(text)``: the same matches, in order, from one scan for the
        leading words (where a caller reads on past the matches it rejects)."""
        starts = None if len(text) < MIN_LENGTH else self._starts(pattern, text)
        if starts is None:
            yield from pattern.finditer(text)
        else:
            yield from matches_at(pattern, text, starts)

    def _split(self, pattern: re.Pattern[str]) -> Split | None:
        """One of ``patterns`` split into its alternatives (``split_alternatives``), read
        once; those with leading words are then searched by them too."""
        if pattern not in self._splits:
            found = split_alternatives(pattern) if pattern in self._patterns else None
            self._splits[pattern] = found
            self._patterns.update(found.led if found is not None else ())
        return self._splits[pattern]

    def _starts(self, pattern: re.Pattern[str], text: str) -> list[int] | None:
        """Where in ``text`` a match of ``pattern`` can begin, in order: where a leading
        word starts, or at the mark before it and its whitespace; None when the pattern is
        to be searched as it is (not one of ``patterns``, no leading words, more than
        ``MAX_STARTS`` places)."""
        found = self._scanner(pattern) if pattern in self._patterns else None
        if found is None:
            return None
        scanner, words = found
        ends = scanner.ends_up_to(text, MAX_STARTS)
        if ends is None:
            return None
        starts: set[int] = set()
        for word_id, word_ends in ends.items():
            word, plain, marks, behind = words[word_id]
            for end in word_ends:
                start = end - len(word)
                if plain:
                    starts.add(start)
                if marks or behind:
                    before = start
                    while before > 0 and text[before - 1].isspace():
                        before -= 1
                    if marks and before > 0 and text[before - 1] in marks:
                        starts.add(before - 1)
                    if behind:  # the first place after one of them, up to the word
                        while before <= start and not (before > 0
                                                        and text[before - 1] in behind):
                            before += 1
                        if before <= start:
                            starts.add(before)
        return sorted(starts)

    def warm_up(self) -> None:
        """Read every pattern and compile its scanner now rather than on first use (the
        reading takes a few hundred milliseconds for all of the guard's)."""
        for pattern in list(self._patterns):
            self._split(pattern)
        for pattern in self._patterns:
            found = self._scanner(pattern)
            if found is not None:
                found[0].database()

    def _scanner(self, pattern: re.Pattern[str]
                 ) -> tuple[Prefilter, list[tuple[str, bool, str, str]]] | None:
        """The scanner of ``pattern``'s leading words, and per word (its id there): the
        word, whether a match may begin with it, the marks that may precede it and the
        characters just after which a match may begin; None for a pattern searched as
        it is."""
        if pattern not in self._scanners:
            leads = starting_literals(pattern)
            if leads is None:
                self._scanners[pattern] = None
            else:
                words = sorted({lead.word for lead in leads})
                described = [(word, Lead(word) in leads,
                              "".join(lead.marks for lead in leads if lead.word == word),
                              "".join(lead.behind for lead in leads if lead.word == word))
                             for word in words]
                self._scanners[pattern] = (
                    Prefilter([_scanned_lead(word, plain, marks + behind)
                               for word, plain, marks, behind in described]), described)
        return self._scanners[pattern]


def _scanned_lead(word: str, plain: bool, before: str) -> str:
    """What the scan looks for to find the places of ``word`` (its end is the place's):
    the word, or, when a match only begins at a mark before it or just after a look-
    behind's character, one of those characters, any spaces and the word. ("he" is in
    every "the"; after a sentence's end and a space it is in a few places.)"""
    if plain or not before:
        return re.escape(word)
    characters = "|".join(re.escape(character) for character in sorted(set(before)))
    return rf"(?:{characters})\s*{re.escape(word)}"


def _first_match(pattern: re.Pattern[str], text: str, starts: list[int], start: int, end: int,
                 before: int | None = None) -> re.Match[str] | None:
    """``pattern.search(text, start, end)`` when every match begins at one of ``starts``
    (ascending), tried only at places before ``before`` (by default ``end``)."""
    first = bisect.bisect_left(starts, start)
    last = bisect.bisect_left(starts, end if before is None else min(before, end))
    for place in starts[first:last]:
        match = pattern.match(text, place, end)
        if match is not None:
            return match
    return None


class Split(NamedTuple):
    """A pattern's alternatives (``alternatives``): ``every`` one in order, those with
    leading words (``led``), and the others as one pattern (``rest``, None when there are
    none), searched as it is."""

    every: tuple[re.Pattern[str], ...]
    led: tuple[re.Pattern[str], ...]
    rest: re.Pattern[str] | None


def split_alternatives(pattern: re.Pattern[str]) -> Split | None:
    """``pattern``'s alternatives, when it is a choice that has no leading words as a whole
    (``starting_literals``) and some of its alternatives have; else None."""
    if starting_literals(pattern) is not None:
        return None
    every = alternatives(pattern)
    if every is None:
        return None
    led = tuple(alternative for alternative in every if starting_literals(alternative))
    if not led:
        return None
    others = [alternative.pattern for alternative in every if alternative not in led]
    rest = re.compile("|".join(others), pattern.flags) if others else None
    return Split(every, led, rest)


def alternatives(pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...] | None:
    """The alternatives of a pattern that is one choice, each compiled alone with its
    flags: "A|B|C", "(?:A|B|C)", or a word boundary shared by all, "\\b(?:A|B|C)" (each
    alternative then begins with it); None for any other pattern."""
    source = pattern.pattern
    if pattern.flags & re.VERBOSE or re.match(r"\(\?[aiLmsux-]", source):
        return None  # comments, or flags written into the source for all of it
    parts = _split_at_bars(source)
    if len(parts) == 1:
        for shared in ("", r"\b"):
            inner = source[len(shared) + 3:-1]
            if (source.startswith(shared + "(?:") and source.endswith(")")
                    and _closes_last(source, len(shared))):
                parts = [shared + part for part in _split_at_bars(inner)]
                break
    if len(parts) < 2:
        return None
    return tuple(re.compile(part, pattern.flags) for part in parts)


def _split_at_bars(source: str) -> list[str]:
    """``source`` split at its bars outside any group or class."""
    parts, depth, last = [], 0, 0
    for index, character in _unescaped(source):
        if character == "(":
            depth += 1
        elif character == ")":
            depth -= 1
        elif character == "|" and depth == 0:
            parts.append(source[last:index])
            last = index + 1
    parts.append(source[last:])
    return parts


def _closes_last(source: str, opening: int) -> bool:
    """Whether the group opened at ``opening`` closes at the end of ``source``."""
    depth = 0
    for index, character in _unescaped(source):
        if index < opening:
            continue
        depth += {"(": 1, ")": -1}.get(character, 0)
        if depth == 0:
            return index == len(source) - 1
    return False


def _unescaped(source: str) -> Iterator[tuple[int, str]]:
    """The characters of a pattern's source that are not escaped nor in a class, with
    their indexes."""
    index, size = 0, len(source)
    while index < size:
        character = source[index]
        if character == "\\":
            index += 2
            continue
        if character == "[":  # a class: "]" right after "[" or "[^" is one of its characters
            index += 2 if source.startswith("[^", index) else 1
            index += 1 if index < size and source[index] == "]" else 0
            while index < size and source[index] != "]":
                index += 2 if source[index] == "\\" else 1
            index += 1
            continue
        yield index, character
        index += 1


def matches_at(pattern: re.Pattern[str], text: str, places: Sequence[int]
               ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` when every match begins at one of ``places`` (ascending):
    ``pattern.match`` at each place, skipping those inside the last match, is the attempt
    ``finditer`` makes there."""
    resume = 0
    for place in places:
        if place < resume:
            continue
        match = pattern.match(text, place)
        if match is not None:
            yield match
            resume = max(match.end(), place + 1)


@functools.cache
def starting_literals(pattern: re.Pattern[str]) -> tuple[Lead, ...] | None:
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
    if any(len(lead.word) == 1 and lead.word.isascii() and lead.word.isalnum()
           for lead in literals):
        return None
    return literals

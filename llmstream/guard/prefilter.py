"""Every guard pattern in one scanning pass: where each one can match at all. Pure.

Python's ``re`` runs one pattern at a time and tries every position of the text, so
sixty patterns over an 8,000-token prompt cost milliseconds even when nothing matches.
Hyperscan (Intel's multi-pattern engine) compiles a whole pattern set into one
automaton and scans the text once. Its databases here are compiled in *prefilter* mode:
each pattern may match a superset of what the Python pattern matches (look-arounds and
other constructs Hyperscan lacks are widened), never less. The guards then run the exact
Python pattern only where Hyperscan reported a possible match, so the findings are the
Python patterns' findings and the cost is one scan plus a few confirmations.

Databases are built once per process on first use (``warm_up`` does it ahead of the first
request): loaded from the disk cache (database_cache.py) or, on a machine's first run,
compiled (seconds for the injection signals).
"""

from __future__ import annotations

import functools
import re
import threading
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import hyperscan
import numpy as np

from .char_table import CharTable
from .database_cache import cached_database

# Python's \s also matches these (every character it matches beyond ASCII's \s); Hyperscan
# (ASCII mode) does not. The scanned copy gets a plain space in their place, so the
# prefilter stays a superset.
_ASCII_ODD_SPACES = "\x1c\x1d\x1e\x1f"
UNICODE_SPACE_CHARACTERS = (_ASCII_ODD_SPACES + "\x85\xa0\u1680\u2000\u2001\u2002\u2003"
                             "\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f"
                             "\u205f\u3000")
_UNICODE_SPACES = CharTable(dict.fromkeys(UNICODE_SPACE_CHARACTERS, " "))
_ASCII_ODD_SPACE_BYTES = tuple(space.encode() for space in _ASCII_ODD_SPACES)
_PLAIN_ASCII_SPACES = bytes.maketrans(_ASCII_ODD_SPACES.encode(), b" " * len(_ASCII_ODD_SPACES))


@dataclass(slots=True)
class Prefilter:
    """One Hyperscan database over ``patterns`` (Python regex syntax, ids are indexes).

    ``single``: report each pattern once (is there a match at all?) rather than every
    end offset. ``dotall``: ``.`` matches newlines, as ``re.DOTALL``; ``caseless`` as
    ``re.IGNORECASE`` (ASCII letters).
    """

    patterns: Sequence[str]
    single: bool = False
    dotall: bool = False
    caseless: bool = False
    _database: LazyDatabase = field(init=False)

    def __post_init__(self) -> None:
        flags = hyperscan.HS_FLAG_PREFILTER
        if self.single:
            flags |= hyperscan.HS_FLAG_SINGLEMATCH
        if self.dotall:
            flags |= hyperscan.HS_FLAG_DOTALL
        if self.caseless:
            flags |= hyperscan.HS_FLAG_CASELESS
        self._database = LazyDatabase(self.patterns, flags)

    def database(self) -> Any:
        return self._database.compiled()

    def matched(self, text: str) -> set[int]:
        """The ids of the patterns that may match somewhere in ``text``."""
        found: set[int] = set()

        def on_match(pattern_id: int, start: int, end: int, flags: int, context: Any) -> None:
            found.add(pattern_id)

        self._database.scan(scannable(text), on_match)
        return found

    def ends(self, text: str) -> dict[int, list[int]]:
        """Per pattern id, the (character) offsets where a match may end, ascending."""
        found = self.ends_up_to(text, None)
        assert found is not None  # no limit, no early stop
        return found

    def ends_up_to(self, text: str, limit: int | None) -> dict[int, list[int]] | None:
        """``ends(text)``, or None as soon as more than ``limit`` ends are reported (the
        scan stops there: a flood of matches costs a Python call each)."""
        found: dict[int, list[int]] = {}
        reported = 0

        def on_match(pattern_id: int, start: int, end: int, flags: int, context: Any) -> bool:
            nonlocal reported
            hits = found.get(pattern_id)
            if hits is None:
                found[pattern_id] = [end]
            elif hits[-1] != end:
                hits.append(end)
            reported += 1
            return limit is not None and reported > limit  # True stops the scan

        data = scannable(text)
        try:
            self._database.scan(data, on_match)
        except hyperscan.ScanTerminated:
            return None
        if found and not text.isascii():
            # One conversion for every pattern's ends (one per pattern cost 4 µs each).
            chars = _char_offsets(data, [end for hits in found.values() for end in hits]).tolist()
            converted: dict[int, list[int]] = {}
            taken = 0
            for key, hits in found.items():
                converted[key] = sorted(set(chars[taken:taken + len(hits)]))
                taken += len(hits)
            found = converted
        return found


_WORD = re.compile(r"\\w")
_BOUNDARY = re.compile(r"\\b")
# One character (any, or not a space) or a negated class, counted: "{m,n}".
_COUNTED = re.compile(r"(\.|\\S|\[\^(?:\\.|[^\]\\])*\])\{(\d+),(\d+)\}")
_CLASS = re.compile(r"(?<!\\)\[(?!\^)((?:\\.|[^\]\\])*)\]")
_NEGATED_CLASS = re.compile(r"(?<!\\)\[\^((?:\\.|[^\]\\])*)\]")
_QUANTIFIED_CHARACTER = re.compile(r"([^\x00-\x7f])(?=[?*+{])")


def widened(pattern: str) -> str:
    """A pattern that Hyperscan, reading bytes without Unicode classes, matches wherever
    ``pattern`` (Python, characters) matches. One character is one to four UTF-8 bytes:
    ``\\w`` becomes one to four non-space bytes and ``\\b`` is dropped; ``.``, ``\\S``
    and a negated class counted ``{m,n}`` may span 4n bytes; a class holding characters
    beyond ASCII becomes an alternation of them, and such a character with a quantifier
    is grouped, so the quantifier takes all its bytes. (Unicode classes would make
    Hyperscan's compile take minutes.)"""
    pattern = _COUNTED.sub(
        lambda match: f"{match.group(1)}{{{match.group(2)},{4 * int(match.group(3))}}}", pattern)
    pattern = _WORD.sub(r"(?:\\S{1,4})", pattern)
    pattern = _BOUNDARY.sub("", pattern)
    if any(ord(character) > 0x7F for found in _NEGATED_CLASS.findall(pattern)
           for character in found):
        raise ValueError(f"a negated class with characters beyond ASCII in {pattern!r}: "
                         f"Hyperscan would read their bytes one by one")
    pattern = _CLASS.sub(_class_of_characters, pattern)
    return _QUANTIFIED_CHARACTER.sub(r"(?:\1)", pattern)


def _class_of_characters(match: re.Match[str]) -> str:
    """``[ab—é]`` as ``(?:[ab]|—|é)``: a class lists bytes, and "—" is three of them."""
    items = re.findall(r"\\.|.", match.group(1), re.DOTALL)  # an escape is one item
    if all(len(item) > 1 or ord(item) <= 0x7F for item in items):
        return match.group(0)
    for index in range(1, len(items) - 1):
        if items[index] == "-" and max(ord(items[index - 1][-1]), ord(items[index + 1][0])) > 0x7F:
            raise ValueError(f"a range of characters beyond ASCII in {match.group(0)!r}: "
                             f"list them instead")
    beyond = [item for item in items if len(item) == 1 and ord(item) > 0x7F]
    ascii_part = ""
    for index, item in enumerate(items):
        if len(item) == 1 and ord(item) > 0x7F:
            continue
        in_range = item == "-" and 0 < index < len(items) - 1  # "a-z", both ends ASCII
        ascii_part += "\\-" if item == "-" and not in_range else item
    choices = ([f"[{ascii_part}]"] if ascii_part else []) + beyond
    return "(?:" + "|".join(choices) + ")"


@dataclass(slots=True)
class StartScanner:
    """Exact Hyperscan patterns (no prefilter widening) reporting where matches start.

    Each pattern marks where a Python pattern's match can begin: ``leads[i]`` is 1 when
    pattern ``i`` begins with one consumed boundary character (a look-behind of the Python
    pattern made concrete), whose match begins one character later. The text is scanned
    with a space before it, so such a pattern also matches at the text's start. Compiled
    with ``HS_FLAG_SOM_LEFTMOST``: per end offset Hyperscan reports the leftmost start
    only, which is every start when a pattern's start is fixed by its end (a fixed number
    of digits, a literal); ``StartScanner`` users handle the other patterns.
    """

    patterns: Sequence[str]
    leads: Sequence[int]
    _database: LazyDatabase = field(init=False)

    def __post_init__(self) -> None:
        self._database = LazyDatabase(self.patterns, hyperscan.HS_FLAG_SOM_LEFTMOST)

    def database(self) -> Any:
        return self._database.compiled()

    def spans(self, text: str) -> dict[int, list[tuple[int, int]]]:
        """Per pattern id, ``(start, end)`` character offsets in ``text`` of its matches
        (start past the boundary character), ordered by start."""
        found: defaultdict[int, list[tuple[int, int]]] = defaultdict(list)
        shifts = [lead - 1 for lead in self.leads]  # -1: the space in front of the text

        def on_match(pattern_id: int, start: int, end: int, flags: int, context: Any) -> None:
            found[pattern_id].append((start + shifts[pattern_id], end - 1))

        scanned = scannable(text)
        self._database.scan(b" " + scanned, on_match)
        if not found:
            return {}
        if text.isascii():
            spans = {key: sorted(hits) for key, hits in found.items()}
        else:
            spans = {key: sorted(map(tuple, _char_offsets(scanned, hits).tolist()))
                     for key, hits in found.items()}
        for hits in spans.values():  # a pattern without a boundary that took the space
            index = 0
            while index < len(hits) and hits[index][0] < 0:
                hits[index] = (0, hits[index][1])
                index += 1
        return spans


class LazyDatabase:
    """A block-mode Hyperscan database of ``patterns`` (ids are their indexes), compiled
    (or loaded from the cache on disk, database_cache.py) on first use, with a scratch
    space per thread (a scratch belongs to one thread at a time). ``flags``: the same for
    every pattern, or one per pattern."""

    __slots__ = ("_database", "_flags", "_local", "_lock", "_patterns")

    def __init__(self, patterns: Sequence[str], flags: int | Sequence[int]) -> None:
        self._patterns = list(patterns)
        self._flags = flags
        self._database: Any = None
        self._lock = threading.Lock()
        self._local = threading.local()

    def compiled(self) -> Any:
        if self._database is None:
            with self._lock:
                if self._database is None:
                    self._database = cached_database(self._patterns, self._flags,
                                                     hyperscan.HS_MODE_BLOCK, self._compile)
        return self._database

    def _compile(self) -> Any:
        database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
        database.compile(
            expressions=[pattern.encode("utf-8") for pattern in self._patterns],
            ids=list(range(len(self._patterns))),
            elements=len(self._patterns),
            flags=self._flags if isinstance(self._flags, int) else list(self._flags),
        )
        return database

    def scan(self, data: bytes, on_match: Callable[[int, int, int, int, Any], bool | None]) -> None:
        database = self.compiled()
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = hyperscan.Scratch(database)
            self._local.scratch = scratch
        database.scan(data, match_event_handler=on_match, scratch=scratch)


# Where UTF-8 bytes hold one of the Unicode spaces (reported once: is there any?).
_UNICODE_SPACE_BYTES = LazyDatabase(
    ["|".join("".join(f"\\x{byte:02x}" for byte in space.encode("utf-8"))
              for space in UNICODE_SPACE_CHARACTERS)],
    hyperscan.HS_FLAG_SINGLEMATCH)


def scannable(text: str) -> bytes:
    """``text`` as the bytes Hyperscan scans: UTF-8, with Unicode spaces made plain."""
    if text.isascii():
        data = text.encode("ascii")
        if any(space in data for space in _ASCII_ODD_SPACE_BYTES):
            return data.translate(_PLAIN_ASCII_SPACES)
        return data
    return _unicode_scannable(text)


@functools.lru_cache(maxsize=8)
def _unicode_scannable(text: str) -> bytes:
    # Remembered: the guards scan the same text with several databases. Most text beyond
    # ASCII holds none of the Unicode spaces (and folded text never does): one scan of
    # its bytes for them is cheaper than translating every character.
    data = text.encode("utf-8")
    found: list[int] = []
    _UNICODE_SPACE_BYTES.scan(data, lambda *match: found.append(1))
    return _UNICODE_SPACES.translate(text).encode("utf-8") if found else data


def _char_offsets(data: bytes, offsets: Sequence[Any]) -> np.ndarray:
    """The character offsets in UTF-8 ``data`` of the byte ``offsets`` (any shape of
    integers): each minus the continuation bytes before it. A negative offset stays
    as it is."""
    positions = np.asarray(offsets, dtype=np.int64)
    return positions - np.searchsorted(_continuations(data), positions)


@functools.lru_cache(maxsize=8)
def _continuations(data: bytes) -> np.ndarray:
    """Where UTF-8 ``data`` has continuation bytes; remembered, like ``_unicode_scannable``
    (the same bytes object comes back, and its hash is kept)."""
    raw = np.frombuffer(data, dtype=np.uint8)
    return np.flatnonzero((raw & 0xC0) == 0x80)

"""Where in a long text a pattern can match at all. Pure.

Python's regular expressions are fast when a pattern starts with a literal and slow when
it starts with ``\\b``, a look-behind or a big alternation: then every position of an
8,000-token prompt is tried. The guards therefore look for cheap needles first
(``str.find``, C speed) and run each full pattern only on the windows around them, with
``pattern.search(text, start, end)`` so offsets stay those of the whole text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

MAX_HITS_PER_NEEDLE = 512


def needle_windows(
    text: str,
    needles: Sequence[str],
    before: int,
    after: int,
    found: dict[str, list[int]] | None = None,
) -> list[tuple[int, int]]:
    """Merged ``(start, end)`` spans around every occurrence of any needle. ``found``
    memoises the occurrences of each needle in ``text`` across calls (signals share
    needles). A needle found ``MAX_HITS_PER_NEEDLE`` times or more makes the whole text
    one span: padding a text with needles must not push a match out of every window."""
    spans: list[tuple[int, int]] = []
    size = len(text)
    for needle in needles:
        hits = found.get(needle) if found is not None else None
        if hits is None:
            hits = occurrences(text, needle)
            if found is not None:
                found[needle] = hits
        if len(hits) >= MAX_HITS_PER_NEEDLE:
            return [(0, size)]
        length = len(needle)
        spans.extend((max(0, index - before), min(size, index + length + after))
                     for index in hits)
    return merged(spans)


def occurrences(text: str, needle: str) -> list[int]:
    hits: list[int] = []
    index = text.find(needle)
    while index >= 0 and len(hits) < MAX_HITS_PER_NEEDLE:
        hits.append(index)
        index = text.find(needle, index + 1)
    return hits


def pattern_windows(
    text: str, hint: re.Pattern[str], before: int, after: int
) -> list[tuple[int, int]]:
    """Merged spans around every match of a cheap ``hint`` pattern."""
    size = len(text)
    return merged([(max(0, m.start() - before), min(size, m.end() + after))
                   for m in hint.finditer(text)])


def merged(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    spans.sort()
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def search_in(
    pattern: re.Pattern[str], text: str, spans: Sequence[tuple[int, int]]
) -> re.Match[str] | None:
    for start, end in spans:
        match = pattern.search(text, start, end)
        if match is not None:
            return match
    return None


def finditer_in(
    pattern: re.Pattern[str], text: str, spans: Sequence[tuple[int, int]]
) -> Iterator[re.Match[str]]:
    for start, end in spans:
        yield from pattern.finditer(text, start, end)


def paragraph_around(text: str, start: int, end: int, reach: int) -> tuple[int, int]:
    """The span of the paragraph (between blank lines) around ``text[start:end]``, at most
    ``reach`` characters either side of it."""
    first, last = max(0, start - reach), min(len(text), end + reach)
    blank_before = text.rfind("\n\n", first, start)
    blank_after = text.find("\n\n", end, last)
    return (first if blank_before < 0 else blank_before + 2,
            last if blank_after < 0 else blank_after)

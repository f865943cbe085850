"""NFKC of long texts, normalising only the runs where it can change anything. Pure.

``unicodedata.normalize("NFKC", text)`` costs about 150 ns a character once a text holds
one character it changes: a full-width comma in Chinese, the Thai vowel sara am, an
Arabic hamza. That is 3-7 ms for an 8,000-token prompt in those scripts, of which nearly
every character was already normal.

Normalisation is local. A text splits, without changing its NFKC, before any *stable*
character: one NFKC leaves as it is, of combining class 0, that composes with nothing
before it. Such a character cannot join what precedes it, and no reordering crosses it.
So the text is cut into runs of unstable characters, each with the stable character in
front of it (which they may compose with); a run is normalised when it can change: it
holds a character NFKC changes, or two characters that could be reordered or composed,
or one that composes with the character before it. The rest is kept as it is.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass

import numpy as np

_BMP = 0x10000  # characters past it are all treated as changing (math letters, emoji)


@dataclass(frozen=True, slots=True)
class _Tables:
    changing: np.ndarray  # per BMP character: NFKC changes it (or a surrogate, a jamo)
    joining: np.ndarray  # per BMP character: combining class > 0, or composes with one before
    composed: np.ndarray  # per BMP character: it has a canonical decomposition ("é")
    plain: np.ndarray  # per BMP character: its NFKC when that is one stable character, or 0
    pairs: np.ndarray  # first * 0x10000 + second of every canonical composition, sorted


def nfkc(text: str) -> str:
    """``unicodedata.normalize("NFKC", text)``."""
    if text.isascii():
        return text
    tables = _tables()
    units = np.frombuffer(text.encode("utf-16-le", "surrogatepass"), dtype=np.uint16)
    if len(units) == len(text):
        codes = units.astype(np.int64)
        changing = np.take(tables.changing, units)
    else:  # characters past U+FFFF: positions count code points
        codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"),
                              dtype=np.uint32).astype(np.int64)
        changing = tables.changing[np.minimum(codes, _BMP - 1)] | (codes >= _BMP)
    unstable = changing | np.take(tables.joining, np.minimum(codes, _BMP - 1))
    positions = np.flatnonzero(unstable)
    if len(positions) == 0:
        return text
    first_of_run = np.ones(len(positions), dtype=bool)
    first_of_run[1:] = np.diff(positions) != 1
    firsts = np.flatnonzero(first_of_run)
    starts = positions[firsts]
    ends = positions[np.append(firsts[1:] - 1, len(positions) - 1)] + 1
    # Which runs can change: a changing character, two characters (reordering or a
    # composition among them), or one that composes with the character before it or
    # sorts among the marks that character decomposes into ("Å" and a dot below).
    can_change = (np.add.reduceat(changing[positions], firsts) > 0) | (ends - starts > 1)
    single = np.flatnonzero(~can_change & (starts > 0))
    before = codes[starts[single] - 1]
    pair = before * _BMP + codes[starts[single]]
    known = tables.pairs[np.minimum(np.searchsorted(tables.pairs, pair), len(tables.pairs) - 1)]
    can_change[single] = ((known == pair) | tables.composed[np.minimum(before, _BMP - 1)]
                          | (before >= _BMP))
    if len(units) == len(text) and not ((units & 0xF800) == 0xD800).any():
        # A lone character whose NFKC is one stable character (a full-width comma, a
        # no-break space) joins nothing on either side: replaced in place, in one pass
        # (not in a text with lone surrogates, which decoding would pair up).
        lone = starts[can_change & (ends - starts == 1)]
        replacement = tables.plain[units[lone]]
        replaced = lone[replacement != 0]
        if len(replaced):
            mapped = units.copy()
            mapped[replaced] = replacement[replacement != 0]
            text = mapped.tobytes().decode("utf-16-le")
            can_change[np.searchsorted(starts, replaced)] = False
    pieces: list[str] = []
    kept = 0  # where the text not yet copied starts
    for start, end in zip(np.maximum(starts[can_change] - 1, 0).tolist(),
                          ends[can_change].tolist(), strict=True):
        pieces.append(text[kept:start])
        pieces.append(unicodedata.normalize("NFKC", text[start:end]))
        kept = end
    if not pieces:
        return text  # (perhaps with characters replaced)
    pieces.append(text[kept:])
    return "".join(pieces)


@functools.cache
def _tables() -> _Tables:
    """Built once (about 50 ms): ``warm_up`` builds them ahead of the first request."""
    changing = np.zeros(_BMP, dtype=bool)
    joining = np.zeros(_BMP, dtype=bool)
    composed = np.zeros(_BMP, dtype=bool)
    plain = np.zeros(_BMP, dtype=np.uint16)
    pairs: list[int] = []  # (no composition past U+FFFF has a second below it)
    for code in range(0x80, _BMP):  # ASCII is stable
        if 0xD800 <= code < 0xE000:
            changing[code] = True
            continue
        character = chr(code)
        normal = unicodedata.normalize("NFKC", character)
        changing[code] = normal != character
        joining[code] = unicodedata.combining(character) != 0
        if changing[code] and len(normal) == 1 and normal.isascii():
            plain[code] = ord(normal)
        decomposition = unicodedata.decomposition(character).split()
        if decomposition and not decomposition[0].startswith("<"):
            composed[code] = True
            if len(decomposition) == 2:
                first, second = (int(part, 16) for part in decomposition)
                pairs.append(first * _BMP + second)
    joining[[pair % _BMP for pair in pairs]] = True  # the seconds of compositions
    changing[0x1100:0x1200] = True  # Hangul syllables compose from jamo by rule
    return _Tables(changing, joining, composed, plain, np.array(sorted(pairs), dtype=np.int64))


def single_characters() -> np.ndarray:
    """Per BMP character, the code of its NFKC when a text made only of such characters
    normalises one character at a time, else -1: the stable characters that join nothing
    (themselves) and those whose NFKC is one ASCII character (a full-width comma, a
    no-break space). A text of them holds nothing to compose or reorder."""
    tables = _tables()
    single = np.where(tables.changing | tables.joining, -1, np.arange(_BMP))
    ascii_image = (tables.plain != 0) & ~tables.joining
    single[ascii_image] = tables.plain[ascii_image]
    return single


def warm_up() -> None:
    """Build the tables now rather than on the first request."""
    _tables()

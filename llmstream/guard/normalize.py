"""Undo the obfuscations that hide an instruction from a string match. Pure.

String escapes (a JSON payload's ``\\u0438``), case, compatibility forms (full-width
letters, ligatures: NFKC), zero-width and other invisible format characters, look-alike
letters from other scripts (Cyrillic and Greek letters that render as Latin ones),
leetspeak digits, markdown emphasis, and letters set apart by blanks or marks
("i g n o r e", "i.g.n.o.r.e", "i,g,n,o,r,e"). Each step is one C-level pass (a table lookup per
character, see char_table.py; NFKC where it can change anything, see nfkc.py; a
Hyperscan scan; ``re.sub`` only where letters are spaced). Most text beyond ASCII folds
one character at a time, and then invisible characters, NFKC and lower case are one
lookup, as are look-alikes and leet digits. An 8,000-token prompt normalises in about
0.05 ms in ASCII and 0.15 ms with curly quotes and accents; text that needs NFKC's
composition or context-dependent lower case takes the steps one by one, about 0.5 ms.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable

import numpy as np

from . import nfkc as nfkc_module
from .char_table import CharTable
from .literal_starts import matches_at
from .nfkc import nfkc
from .prefilter import UNICODE_SPACE_CHARACTERS, Prefilter
from .windows import merged

# Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen, and the
# bidirectional controls (Unicode category Cf).
_INVISIBLE_CODES = (
    0x00AD, 0x180E, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x202A, 0x202B, 0x202C, 0x202D,
    0x202E, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF,
)
_INVISIBLE = CharTable(dict.fromkeys(_INVISIBLE_CODES))

# Spaces that Python's ``\s`` matches and NFKC keeps (it makes the no-break and
# typographic ones plain): the information separators, next line, the Ogham space mark and
# the line and paragraph separators. Folded text has plain spaces in their place, or a
# word split by one would escape every phrase pattern and the scanners, whose ``\s`` is
# ASCII's.
_ODD_SPACE_CHARACTERS = "".join(space for space in UNICODE_SPACE_CHARACTERS
                                if unicodedata.normalize("NFKC", space) == space)
_ASCII_ODD_SPACES = "".join(space for space in _ODD_SPACE_CHARACTERS if space.isascii())
_PLAIN_SPACES = dict.fromkeys(map(ord, _ODD_SPACE_CHARACTERS), " ")
_ODD_SPACES = CharTable(_PLAIN_SPACES)

# Letters of other scripts that look like Latin ones (after lower-casing).
_LOOKALIKE_LETTERS = {
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i", "ℓ": "l",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ѵ": "v",
}
_LOOKALIKES = CharTable(_LOOKALIKE_LETTERS)
_LEET_DIGITS = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t"}
_LEET_BYTES = bytes.maketrans(b"013457", b"oieast")
_LOOKALIKES_AND_LEET = CharTable({**_LOOKALIKE_LETTERS, **_LEET_DIGITS})
# Runs of at least four single letters separated by one spacer, a blank or any mark but an
# apostrophe: "i g n o r e", "i.g.n.o.r.e", "i,g,n,o,r,e", "i👏g👏n👏o👏r👏e".
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W\d_](?:[^\w\s'‘’]|[_ \t\n])){3,}[^\W\d_](?![^\W_])")
_SPACERS = re.compile(r"[\W_]")
# On the lower-cased text, after look-alikes became Latin: ASCII classes are much faster.
# Scanned by Hyperscan (prefilter.py): Python's ``re`` takes half a millisecond for it on
# an 8,000-token prompt.
_SPACER_BYTES = (r"(?:[^a-z0-9'\x80-\xff]|\xe2(?:\x80[\x80-\x97\x9a-\xbf]|[\x81-\xbf][\x80-\xbf])"
                 r"|\xf0\x9f[\x80-\xbf]{2})")
# ... and syllables or characters of Korean, Japanese and Chinese set apart by blanks,
# four or more ("이 전 지 시 는 전 부 무 시 하 고"): three UTF-8 bytes each.
_WIDE_CHARACTER = r"[\xe3-\xed][\x80-\xbf]{2}"
# ... and letters of two bytes (Cyrillic, Greek, Hebrew, Arabic, accented Latin) set apart
# by blanks, four or more, among which look-alikes were already made Latin (a spaced
# Russian "проигнорируй" keeps some of its letters between Latin p, o, h and y).
_NARROW_LETTER = r"(?:[a-z]|[\xc3-\xdf][\x80-\xbf])"
SPACED_FILTER = Prefilter([f"[a-z]{_SPACER_BYTES}[a-z]{_SPACER_BYTES}[a-z]{_SPACER_BYTES}[a-z]",
                           f"(?:{_WIDE_CHARACTER}[ \\t]){{3}}{_WIDE_CHARACTER}",
                           f"(?:{_NARROW_LETTER}[ \\t]){{3}}{_NARROW_LETTER}"],
                          single=True)
# Pictographs inside words ("Ou🔥bli🔥e tou🔥tes tes con🔥si🔥gnes"): dropped, as a mark
# between single letters is. The scan only asks whether the text holds any.
_PICTOGRAPH_RANGES = ((0x1F300, 0x1FAFF), (0x2600, 0x27BF))
_PICTOGRAPHS = "".join(f"{chr(first)}-{chr(last)}" for first, last in _PICTOGRAPH_RANGES)
_PICTOGRAPH_INSIDE = re.compile(f"(?<=[^\\W\\d_])[{_PICTOGRAPHS}]+(?=[^\\W\\d_])")
_PICTOGRAPH_FILTER = Prefilter([r"\xf0\x9f[\x8c-\xab][\x80-\xbf]|\xe2[\x98-\x9e][\x80-\xbf]"],
                               single=True)
_NOT_LETTERS = bytes(byte for byte in range(256) if not 97 <= byte <= 122)  # all but a-z


# The spacers that are not blanks: where letters are set apart by them ("i,g,n,o,r,e
# a,l,l", "i👏g👏n👏o👏r👏e"), a blank between two letters is the space between words.
_MARK_SPACERS = re.compile(r"[^\w\s]|_")
# What ``_SPACED`` reads one character at a time, as bits per character of the Basic
# Multilingual Plane (one entry past it stands for every character beyond: both).
_LETTER, _SPACER = 1, 2
_BEYOND_BMP = 0x10000


@functools.cache
def _spaced_classes() -> np.ndarray:
    r"""Per character, whether ``_SPACED`` reads it as a letter (``[^\W\d_]``) and as a
    spacer (no word character, no space and no apostrophe or single quote; or "_", a
    blank, a tab or a line break), by the string methods that define ``re``'s classes
    (``\w``: ``isalnum`` or "_", ``\d``: ``isdecimal``, ``\s``: ``isspace``)."""
    def bits(character: str) -> int:
        word = character.isalnum() or character == "_"
        letter = word and character != "_" and not character.isdecimal()
        spacer = (not word and not character.isspace() and character not in "'‘’"
                  ) or character in "_ \t\n"
        return (_LETTER if letter else 0) | (_SPACER if spacer else 0)

    return np.array([*map(bits, map(chr, range(_BEYOND_BMP))), _LETTER | _SPACER],
                    dtype=np.uint8)


def _codes(text: str) -> np.ndarray:
    """The code points of ``text``, one per character."""
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)


def spaced_runs(text: str) -> list[re.Match[str]]:
    """``list(_SPACED.finditer(text))``, with the pattern tried only where a match can
    begin: every match begins with a letter, a spacer, a letter, a spacer, a letter, a
    spacer and a letter, found for the whole text in a few numpy passes. (``re`` tries
    the pattern, which begins with a look-behind, at every character: 2 ms on an
    8,000-token prompt of several scripts.)"""
    size = len(text) - 6
    if size <= 0:
        return []
    classes = _spaced_classes().take(np.minimum(_codes(text), _BEYOND_BMP))
    letters, spacers = (classes & _LETTER).astype(bool), (classes & _SPACER).astype(bool)
    starts = letters[:size].copy()
    for offset in range(1, 7):
        starts &= (spacers if offset % 2 else letters)[offset:offset + size]
    return list(matches_at(_SPACED, text, np.flatnonzero(starts).tolist()))


def _pictograph_runs(text: str) -> list[re.Match[str]]:
    """``list(_PICTOGRAPH_INSIDE.finditer(text))``, tried only where a run of
    pictographs begins (inside one, the look-behind sees a pictograph, not a letter)."""
    codes = _codes(text)
    inside = (((codes >= _PICTOGRAPH_RANGES[0][0]) & (codes <= _PICTOGRAPH_RANGES[0][1]))
              | ((codes >= _PICTOGRAPH_RANGES[1][0]) & (codes <= _PICTOGRAPH_RANGES[1][1])))
    starts = inside.copy()
    starts[1:] &= ~inside[:-1]
    return list(matches_at(_PICTOGRAPH_INSIDE, text, np.flatnonzero(starts).tolist()))


def _replaced(text: str, matches: list[re.Match[str]],
              replacement: Callable[[re.Match[str]], str]) -> str:
    """``text`` with each of its (ordered, apart) ``matches`` replaced: ``re.sub``'s result
    when they are ``finditer``'s."""
    if not matches:
        return text
    pieces: list[str] = []
    taken = 0
    for match in matches:
        pieces += [text[taken:match.start()], replacement(match)]
        taken = match.end()
    pieces.append(text[taken:])
    return "".join(pieces)


def _respace(match: re.Match[str]) -> str:
    run = match.group(0)
    if _MARK_SPACERS.search(run) and any(blank in run for blank in " \t\n"):
        return _MARK_SPACERS.sub("", run)
    return _SPACERS.sub("", run)


def _joined(text: str) -> str:
    """``_SPACED.sub(_respace, text)``: letters set apart joined."""
    return _replaced(text, spaced_runs(text), _respace)


# JSON's (and most languages') string escapes: a tool's output, an API payload or a log
# line carries "\u0418\u0433\u043d..." and "\n" where the text had Cyrillic and line
# breaks. A surrogate pair is one character; a lone surrogate cannot be one.
_ESCAPE = re.compile(r"\\u([dD][89abAB][0-9a-fA-F]{2})\\u([dD][c-fC-F][0-9a-fA-F]{2})"
                     r"|\\u([0-9a-fA-F]{4})|\\([nrt\"/\\])")
_ESCAPED_CHARACTERS = {"n": "\n", "r": "\n", "t": "\t", '"': '"', "/": "/", "\\": "\\"}


def _unescaped_character(match: re.Match[str]) -> str:
    high, low, code, simple = match.groups()
    if high is not None:
        return chr(0x10000 + ((int(high, 16) - 0xD800) << 10) + int(low, 16) - 0xDC00)
    if code is not None:
        value = int(code, 16)
        return "\ufffd" if 0xD800 <= value < 0xE000 else chr(value)
    return _ESCAPED_CHARACTERS[simple]


def unescaped(text: str) -> str:
    """``text`` with its string escapes (``\\uXXXX``, ``\\n``, ``\\t``, ``\\"``...)
    read as the characters they stand for."""
    return _ESCAPE.sub(_unescaped_character, text) if "\\" in text else text


# Turkish and Azerbaijani capital dotted I. Python lower-cases it to "i" and a combining
# dot, two characters that no pattern reads as "i" ("TÜM TALİMATLARI UNUT" was
# "tali̇matlari"): it folds to "i".
_DOTTED_CAPITAL_I = "\u0130"


def folded(text: str) -> str:
    """Lower-case NFKC text without invisible characters or string escapes, whose spaces
    are plain ones (or ASCII line breaks and tabs); scripts are kept, so phrases in
    Russian or Greek still read as themselves."""
    text = unescaped(text)
    if text.isascii():
        lowered = text.lower()
        if any(space in lowered for space in _ASCII_ODD_SPACES):
            return lowered.translate(_PLAIN_SPACES)
        return lowered
    # Most text beyond ASCII (curly quotes, accents, whole scripts) folds one character
    # at a time: one lookup pass instead of three (a quarter of a millisecond on an
    # 8,000-token prompt).
    one_by_one = _one_by_one_folding().translate_defined(text)
    if one_by_one is not None:
        return one_by_one
    return _ODD_SPACES.translate(
        nfkc(_INVISIBLE.translate(text)).replace(_DOTTED_CAPITAL_I, "i").lower())


@functools.cache
def _one_by_one_folding() -> CharTable:
    """``folded`` as a table of single characters, for the texts it is exact on: those of
    characters that NFKC maps one by one (nfkc.single_characters), that lower-case to one
    character, invisible ones (removed; with the others around them, nothing can join)
    and the odd spaces (made plain). Capital sigma is left out: its lower case depends on
    the next letter."""
    single = nfkc_module.single_characters()
    mapping: dict[int, str | None] = {code: None for code in _INVISIBLE_CODES}
    mapping.update(_PLAIN_SPACES)
    mapping[ord(_DOTTED_CAPITAL_I)] = "i"
    undefined: list[int] = []
    for code in range(len(single)):
        if code in mapping:
            continue
        image = int(single[code])
        lower = chr(image).lower() if image >= 0 else ""
        if image < 0 or len(lower) != 1 or image == 0x3A3 or 0xD800 <= code < 0xE000:
            undefined.append(code)
        elif lower != chr(code):
            mapping[code] = lower
    return CharTable(mapping, undefined=undefined)


def warm_up() -> None:
    """Build the folding tables now rather than on the first request (about 0.2 s)."""
    _one_by_one_folding()
    _spaced_classes()
    _EMPHASIS_FILTER.database()


def canonical(text: str) -> str:
    """``folded`` text with look-alike letters made Latin, spaced-out words joined and
    leet digits spelled out. Its offsets are the original's when the text is plain ASCII
    without spaced-out words."""
    return canonical_of_folded(folded(text))


# Markdown's emphasis at a word's edges: "**ignore** **all** **previous**" reads as words.
# A scan finds whether a mark touches a word at all (UTF-8 bytes beyond ASCII count as a
# letter's); only then are the marks looked at one by one (``re`` takes 0.35 ms to go
# through an 8,000-token prompt for them, "2 ** i" in its code included).
_EMPHASIS = re.compile(r"[*~]{1,3}")
_EMPHASIS_FILTER = Prefilter([r"[a-z0-9_\x80-\xff][*~]|[*~][a-z0-9_\x80-\xff]"], single=True)


def _emphasised(text: str) -> bool:
    """Whether an emphasis mark touches a word somewhere in ``text``."""
    return ("*" in text or "~" in text) and bool(_EMPHASIS_FILTER.matched(text))


def _unemphasised(match: re.Match[str]) -> str:
    """The marks removed where a word is on one side of them only ("**ignore**"), kept
    between words or between spaces ("a*b", "2 ** i")."""
    text, start, end = match.string, match.start(), match.end()
    before = start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_")
    after = end < len(text) and (text[end].isalnum() or text[end] == "_")
    return "" if before != after else match.group(0)


def canonical_of_folded(text: str) -> str:
    """``canonical`` of a text that is already ``folded``."""
    if _emphasised(text):
        text = _EMPHASIS.sub(_unemphasised, text)
    if _holds_pictographs(text):
        text = _replaced(text, _pictograph_runs(text), lambda _: "")
    # Every leet digit becomes its letter, numbers included ("2024" reads "2o2a"): no
    # signal looks at digits, and one C-level pass is far cheaper than finding the words.
    # bytes.translate is a table lookup per byte; in UTF-8 an ASCII digit is one byte and
    # never part of another character's bytes.
    if text.isascii():
        spelled = text.encode("ascii").translate(_LEET_BYTES).decode("ascii")
    else:
        spelled = _LOOKALIKES_AND_LEET.translate(text)
    # Spelling digits out only adds letters, so a text where the spaced-letters filter
    # finds nothing afterwards had none before either.
    if not SPACED_FILTER.matched(spelled):
        return spelled
    # Letters spaced apart are joined first, digits and all ("1 g n o r e"), then spelled.
    if not text.isascii():
        text = _LOOKALIKES.translate(text)
    if SPACED_FILTER.matched(text):
        text = _joined(text)
    return text.encode("utf-8", "surrogatepass").translate(_LEET_BYTES).decode(
        "utf-8", "surrogatepass")


def _holds_pictographs(text: str) -> bool:
    """Whether ``text`` holds a pictograph at all: only then is it read for those inside
    words (one pass, the substitution or the spans, not a search before it)."""
    return not text.isascii() and bool(_PICTOGRAPH_FILTER.matched(text))


def rewritten_parts(text: str, reach: int) -> str:
    """The parts of folded ``text`` that ``canonical_of_folded`` shortens (letters set
    apart joined, emphasis marks and pictographs inside words dropped), ``reach``
    characters either side, each made canonical (and, beyond ASCII, also only joined),
    joined by blank lines: where a phrase that spacing hid can be read, without reading
    the rest of the text again."""
    spans: list[tuple[int, int]] = []
    if _emphasised(text):
        spans += [match.span() for match in _EMPHASIS.finditer(text)
                  if not _unemphasised(match)]
    if _holds_pictographs(text):
        spans += [match.span() for match in _pictograph_runs(text)]
    letters = text if text.isascii() else _LOOKALIKES.translate(text)
    if SPACED_FILTER.matched(letters):
        spans += [match.span() for match in spaced_runs(letters)]
    size = len(text)
    parts = [text[start:end] for start, end in merged(
        [(max(0, start - reach), min(size, end + reach)) for start, end in spans])]
    # A part beyond ASCII is also read joined with its scripts kept: canonical text makes
    # its look-alikes Latin, and half-Latin "проигнорируй" is no Russian word.
    readings = [canonical_of_folded(part) for part in parts]
    joined = [_joined(part) for part in parts if not part.isascii()]
    return "\n\n".join([*readings, *(part for part in joined if part not in readings)])


def squashed(text: str) -> str:
    """``canonical`` text with everything but the letters a-z removed: what is left of an
    instruction hidden by arbitrary punctuation or spacing."""
    return text.encode("ascii", "ignore").translate(None, _NOT_LETTERS).decode("ascii")

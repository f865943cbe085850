"""Undo the obfuscations that hide an instruction from a string match. Pure.

Case, compatibility forms (full-width letters, ligatures: NFKC), zero-width and other
invisible format characters, look-alike letters from other scripts (Cyrillic and Greek
letters that render as Latin ones), leetspeak digits, and letters spaced or dotted apart
("i g n o r e", "i.g.n.o.r.e"). Each step is one C-level pass (a table lookup per
character, see char_table.py; NFKC where it can change anything, see nfkc.py; a
Hyperscan scan; ``re.sub`` only where letters are spaced): an 8,000-token prompt
normalises in about 0.1 ms in ASCII, and in about a millisecond with other characters.
"""

from __future__ import annotations

import re

from .char_table import CharTable
from .nfkc import nfkc
from .prefilter import Prefilter

# Invisible characters: zero-width space/joiners, word joiner, BOM, soft hyphen, and the
# bidirectional controls (Unicode category Cf).
_INVISIBLE = CharTable({
    0x00AD: None, 0x180E: None, 0x200B: None, 0x200C: None, 0x200D: None, 0x200E: None,
    0x200F: None, 0x202A: None, 0x202B: None, 0x202C: None, 0x202D: None, 0x202E: None,
    0x2060: None, 0x2061: None, 0x2062: None, 0x2063: None, 0x2064: None, 0x2066: None,
    0x2067: None, 0x2068: None, 0x2069: None, 0xFEFF: None,
})

# Letters of other scripts that look like Latin ones (after lower-casing).
_LOOKALIKES = CharTable({
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o",
    "р": "p", "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i",
    "ј": "j", "ԁ": "d", "ԛ": "q", "ԝ": "w", "ɡ": "g", "ı": "i", "ℓ": "l",
    "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w", "ѵ": "v",
})
_LEET_BYTES = bytes.maketrans(b"013457", b"oieast")
# Runs of at least four single letters separated by one spacer: "i g n o r e".
_SPACED = re.compile(r"(?<![^\W_])(?:[^\W\d_][ .\-_*/|]){3,}[^\W\d_](?![^\W_])")
_SPACERS = re.compile(r"[ .\-_*/|]")
# On the lower-cased text, after look-alikes became Latin: ASCII classes are much faster.
# Scanned by Hyperscan (prefilter.py): Python's ``re`` takes half a millisecond for it on
# an 8,000-token prompt.
SPACED_FILTER = Prefilter([r"[a-z][ .\-_*/|][a-z][ .\-_*/|][a-z][ .\-_*/|][a-z]"],
                           single=True)
_NOT_LETTERS = bytes(byte for byte in range(256) if not 97 <= byte <= 122)  # all but a-z


def _respace(match: re.Match[str]) -> str:
    return _SPACERS.sub("", match.group(0))


def folded(text: str) -> str:
    """Lower-case NFKC text without invisible characters; scripts are kept, so phrases
    in Russian or Greek still read as themselves."""
    if not text.isascii():
        text = nfkc(_INVISIBLE.translate(text))
    return text.lower()


def canonical(text: str) -> str:
    """``folded`` text with look-alike letters made Latin, spaced-out words joined and
    leet digits spelled out. Its offsets are the original's when the text is plain ASCII
    without spaced-out words."""
    return canonical_of_folded(folded(text))


def canonical_of_folded(text: str) -> str:
    """``canonical`` of a text that is already ``folded``."""
    if not text.isascii():
        text = _LOOKALIKES.translate(text)
    if SPACED_FILTER.matched(text):
        text = _SPACED.sub(_respace, text)
    # Every leet digit becomes its letter, numbers included ("2024" reads "2o2a"): no
    # signal looks at digits, and one C-level pass is far cheaper than finding the words.
    # bytes.translate is a table lookup per byte; in UTF-8 an ASCII digit is one byte and
    # never part of another character's bytes.
    return text.encode("utf-8", "surrogatepass").translate(_LEET_BYTES).decode(
        "utf-8", "surrogatepass")


def squashed(text: str) -> str:
    """``canonical`` text with everything but the letters a-z removed: what is left of an
    instruction hidden by arbitrary punctuation or spacing."""
    return text.encode("ascii", "ignore").translate(None, _NOT_LETTERS).decode("ascii")

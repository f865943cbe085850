"""nfkc gives what unicodedata.normalize("NFKC", ...) gives, normalising only where it
can change anything."""

from __future__ import annotations

import random
import unicodedata

import pytest

from llmstream.guard.nfkc import nfkc

# Characters that change, join or reorder under NFKC, in many scripts, with stable ones
# around them.
_POOL = [
    *"aeinuEO ,.", "é", "ü", "ệ", "Å", "Å", "Ω", "\u0301", "\u0302", "\u0303", "\u0308",
    "\u0323", "\u0327", "\u0345", "\u0344", "\u0342", "\u0313", "ε", "ι", "ǅ", "ḁ", "\u0306",
    "ｶ", "ﾃ", "ﾊ", "ﾞ", "ﾟ", "か", "\u3099", "\u309a", "ㇰ", "Ａ", "，", "！", "（", "\uff5e",
    "\u3000", "\xa0", "\u2003", "ﬁ", "①", "²", "ก", "ำ", "\u0e4d", "\u0e32", "\u0e48", "ا",
    "\u0653", "\u0654", "\u0655", "\u064b", "و", "ي", "क", "न", "\u093c", "\u094d", "ক",
    "\u09be", "\u09c7", "\u09d7", "ୈ", "େ", "\u0b56", "\u0b57", "ཀ", "\u0f71", "\u0f72",
    "\u0f73", "\u0f80", "ᄀ", "ᅡ", "ᆨ", "\u1161", "\u11a8", "가", "각", "ㄱ", "ㅏ", "\ufb1d",
    "\u05b4", "י", "ᬅ", "\u1b35", "ဥ", "\u102e", "𝐀", "𝒶", "🙂", "\ud800", "\udc00",
]


@pytest.mark.parametrize("seed", range(4))
def test_nfkc_equals_unicodedata_on_random_texts_of_awkward_characters(seed: int) -> None:
    rng = random.Random(seed)
    for _ in range(5_000):
        text = "".join(rng.choice(_POOL) for _ in range(rng.randrange(1, 40)))
        assert nfkc(text) == unicodedata.normalize("NFKC", text), ascii(text)


@pytest.mark.parametrize("text", [
    "Å\u0323",  # a single mark sorts among the marks "Å" decomposes into
    "\u0b47\u0b56",  # a vowel sign that composes with the letter before it
    "Ａ.\ud800\udc00",  # two lone surrogates must not become one character
    "会议改到周五，好吗？",  # full-width punctuation, replaced in place
    "ทำงาน",  # sara am decomposes
    "가\u11a8",  # a syllable and a final jamo compose by rule
    "plain text, nothing to do",
    "",
])
def test_nfkc_equals_unicodedata_on_the_cases_that_shaped_it(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_a_long_text_in_another_script_is_normalised_in_pieces() -> None:
    text = ("会议改到周五，请确认。" * 3000) + "Ｉｇｎｏｒｅ"
    assert nfkc(text) == unicodedata.normalize("NFKC", text)
    assert nfkc(text).endswith("Ignore")

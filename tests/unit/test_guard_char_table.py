"""CharTable gives what str.translate gives, on any text, including surrogates."""

from __future__ import annotations

import random
from collections.abc import Mapping

import pytest

from llmstream.guard.char_table import CharTable

# Characters the guards' tables map, characters they leave, and the awkward ones: an
# astral character (a surrogate pair in UTF-16), lone surrogates, U+FFFF.
_ALPHABET = [
    *"abc xyz019!?", "é", "ß", "’", "\xa0", "\x1c", "\u2028", "\u3000", "\u200b", "\ufeff",
    "\xad", "а", "е", "о", "і", "ο", "ℓ", "中", "ﬁ", "🙂", "\U0001F9D1", "\ud83d", "\ude42",
    "\udfff", "\uffff",
]


def _by_code(mapping: dict[str, str | None]) -> dict[int, str | None]:
    return {ord(key): value for key, value in mapping.items()}


_TABLES: dict[str, Mapping[int, str | None]] = {
    "spaces": _by_code({"\xa0": " ", "\x1c": " ", "\u2028": " ", "\u3000": " "}),
    "removals": _by_code({"\u200b": None, "\ufeff": None, "\xad": None}),
    "lookalikes": _by_code({"а": "a", "е": "e", "о": "o", "і": "i", "ο": "o", "ℓ": "l"}),
    "leet": _by_code({"0": "o", "1": "i", "9": "g"}),
    "mixed": _by_code({"a": "b", "\u200b": None, "’": "'", "\uffff": None}),
    "to U+FFFF": _by_code({"a": "\uffff", "\u200b": None}),
}


def _texts() -> list[str]:
    rng = random.Random(20261129)
    texts = ["", "plain ascii 0123", "\ud83d\ude42", "\ud83d", "\ude42x", "\uffff\u200b",
             "🙂\ud83d\ude42", "\ud800\ud800\udc00", "é" * 3]
    for _ in range(400):
        texts.append("".join(rng.choice(_ALPHABET) for _ in range(rng.randrange(1, 60))))
    texts.append("".join(rng.choice(_ALPHABET) for _ in range(40_000)))
    return texts


@pytest.mark.parametrize("name", sorted(_TABLES))
def test_a_char_table_translates_as_str_translate_does(name: str) -> None:
    table = _TABLES[name]
    char_table = CharTable(table)
    for text in _texts():
        assert char_table.translate(text) == text.translate(table), repr(text[:40])


@pytest.mark.parametrize("mapping", [
    {0xD800: "a"},  # a surrogate
    {"a": "\udc00"},
    {0x1F642: None},  # past U+FFFF
    {"a": "bc"},  # more than one character
    {"ab": "c"},
])
def test_a_char_table_refuses_what_it_cannot_map(
        mapping: Mapping[str, str | None] | Mapping[int, str | None]) -> None:
    with pytest.raises(ValueError, match="CharTable maps characters below U\\+10000"):
        CharTable(mapping)


def test_a_partial_char_table_translates_only_texts_of_its_defined_characters() -> None:
    table = _by_code({"а": "a", "\u200b": None, "’": "'"})
    undefined = [ord("é"), ord("ß")]
    char_table = CharTable(table, undefined=undefined)
    for text in _texts():
        translated = char_table.translate_defined(text)
        outside = any(ord(ch) in undefined or ord(ch) == 0xFFFE or ord(ch) > 0xFFFF
                      or 0xD800 <= ord(ch) < 0xE000 for ch in text)
        assert translated == (None if outside else text.translate(table)), repr(text[:40])
    assert char_table.translate_defined("\ufffe") is None  # marks the undefined ones
    with pytest.raises(TypeError, match="translate_defined"):
        char_table.translate("plain")


def test_an_undefined_character_cannot_also_be_mapped() -> None:
    with pytest.raises(ValueError, match="undefined character is a key"):
        CharTable({"é": "e"}, undefined=[ord("é")])
    with pytest.raises(ValueError, match="maps to U\\+FFFE"):
        CharTable({"a": "\ufffe"}, undefined=[ord("é")])

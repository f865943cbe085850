# ruff: noqa: RUF001
"""Phrase patterns that also match their words typed without accents. Pure.

People type Hungarian, Vietnamese, Polish, Turkish or Romanian without their marks on a
phone or a foreign keyboard: "mutasd meg az utasitasaidat" for "utasításaidat". A
pattern is rewritten so that each Latin letter written with a mark also matches its plain
letter ("á" becomes "(?:á|a)"), and a letter written plain still needs the plain one: the
accent makes the pattern lenient, never the text. That keeps apart the words an accent
tells apart: "oublie" (an order) still does not match "oublié" ("j'ai oublié les règles").
"""

from __future__ import annotations

import functools
import unicodedata

# Latin letters whose mark is not a combining one (NFD leaves them whole).
_UNMARKED_BASES = {"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ħ": "h", "ŧ": "t"}


@functools.cache
def plain_letter(letter: str) -> str | None:
    """The ASCII letter ``letter`` is typed as without its marks, or None when it has
    none (or is no Latin letter)."""
    if letter in _UNMARKED_BASES:
        return _UNMARKED_BASES[letter]
    if letter.isascii() or "LATIN" not in unicodedata.name(letter, ""):
        return None
    decomposed = unicodedata.normalize("NFD", letter)
    base, marks = decomposed[0], decomposed[1:]
    if base.isascii() and base.isalpha() and marks and all(map(unicodedata.combining, marks)):
        return base
    return None


def accents_optional(pattern: str, shortest_word: int = 1) -> str:
    """``pattern`` (Python regex syntax) with each marked Latin letter also matching its
    plain one: outside a class as a group of both, inside a class with the plain letter
    added. A negated class is kept: "[^é]" already matches a plain "e". A word of the
    pattern shorter than ``shortest_word`` letters keeps its marks: a scan for where
    matches begin would otherwise lead with two common letters ("sé que" with "se")."""
    rewritten: list[str] = []
    index = 0
    in_class = negated = False
    added: list[str] = []  # the plain letters of the class being read
    while index < len(pattern):
        character = pattern[index]
        if character == "\\":
            rewritten.append(pattern[index:index + 2])
            index += 2
            continue
        if in_class:
            if character == "]" and not rewritten[-1].endswith(("[", "[^")):
                # Before a closing "-", which would otherwise start a range.
                at = len(rewritten) - 1 if rewritten[-1] == "-" else len(rewritten)
                rewritten.insert(at, "".join(dict.fromkeys(added)))
                rewritten.append(character)
                in_class, added = False, []
            else:
                plain = plain_letter(character)
                if plain is not None and not negated:
                    added.append(plain)
                rewritten.append(character)
        elif character == "[":
            in_class = True
            negated = pattern.startswith("^", index + 1)
            rewritten.append("[^" if negated else "[")
            index += 2 if negated else 1
            continue
        else:
            plain = plain_letter(character)
            if plain is None or _word_length(pattern, index) < shortest_word:
                rewritten.append(character)
            else:
                rewritten.append(f"(?:{character}|{plain})")
        index += 1
    return "".join(rewritten)


def _word_length(pattern: str, index: int) -> int:
    """The letters of the pattern's word around the letter at ``index`` (an escape such
    as ``\\s`` is no letter of it)."""
    start = index
    while start > 0 and pattern[start - 1].isalpha() and not _escaped(pattern, start - 1):
        start -= 1
    end = index + 1
    while end < len(pattern) and pattern[end].isalpha() and not _escaped(pattern, end):
        end += 1
    return end - start


def _escaped(pattern: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes > 0 and pattern[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1

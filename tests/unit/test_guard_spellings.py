"""Phrase patterns that also match their words as people type them (guard/spellings.py)."""
# ruff: noqa: RUF001

from __future__ import annotations

import re

import pytest

from llmstream.guard.spellings import (
    accents_optional,
    chat_shorthand,
    plain_letter,
    shorthand_spellings,
)


@pytest.mark.parametrize(("letter", "plain"), [
    ("é", "e"), ("ő", "o"), ("ş", "s"), ("ệ", "e"), ("ł", "l"), ("ı", "i"), ("đ", "d"),
    ("e", None), ("ß", None), ("ά", None), ("й", None), ("中", None),
])
def test_the_plain_letter_of_a_latin_letter_with_marks(letter: str, plain: str | None) -> None:
    assert plain_letter(letter) == plain


@pytest.mark.parametrize(("pattern", "rewritten"), [
    ("utasítás", "utas(?:í|i)t(?:á|a)s"),
    ("[a-zçş]+", "[a-zçşcs]+"),
    ("[é—-]", "[é—e-]"),  # before a closing "-", which would otherwise make a range
    ("[]é]", "[]ée]"),  # a "]" first in a class is a literal
    ("[^é]x", "[^é]x"),  # a negated class already matches the plain letter
    (r"\bné\s", r"\bn(?:é|e)\s"),
    (r"\[é\]", r"\[(?:é|e)\]"),  # escaped brackets open no class
    ("plain", "plain"),
])
def test_accented_letters_become_optional(pattern: str, rewritten: str) -> None:
    assert accents_optional(pattern) == rewritten
    re.compile(rewritten)


def test_the_rewritten_pattern_matches_as_written_and_without_accents_only() -> None:
    pattern = re.compile(accents_optional(r"(?<!\bné\s)(?:oublie|ignorá)\s+les\s+règles"))
    assert pattern.search("ignorá les règles")
    assert pattern.search("ignora les regles")
    assert pattern.search("oublie les règles")
    assert not pattern.search("oublié les règles")  # the pattern's plain "e" stays plain
    assert not pattern.search("ne oublie les regles")


@pytest.mark.parametrize(("pattern", "rewritten"), [
    (r"\byou\s+are", r"\b(?:you|u|ya)\s+are"),
    (r"(?:your|the)\s+rules", r"(?:(?:your|ur|yr)|the)\s+rules"),
    (r"\b(?:answer|you)\w*\s", r"\b(?:answer|you)\w*\s"),  # "u\w*" would be any u-word
    (r"(?<!you\s)tell", r"(?<!you\s)tell"),  # a look-behind keeps one width
    (r"you're|yours|bayou", r"you're|yours|bayou"),  # other words
])
def test_you_and_your_also_match_their_chat_shorthand(pattern: str, rewritten: str) -> None:
    assert chat_shorthand(pattern) == rewritten
    re.compile(rewritten)


def test_a_needle_gets_its_shorthand_spellings() -> None:
    assert shorthand_spellings("your ") == ("your ", "ur ", "yr ")
    assert shorthand_spellings("you and your") == (
        "you and your", "you and ur", "you and yr", "u and your", "u and ur", "u and yr",
        "ya and your", "ya and ur", "ya and yr")
    assert shorthand_spellings("bayou ") == ("bayou ",)

"""Phrase patterns that also match their words typed without accents (guard/accents.py)."""
# ruff: noqa: RUF001

from __future__ import annotations

import re

import pytest

from llmstream.guard.accents import accents_optional, plain_letter


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

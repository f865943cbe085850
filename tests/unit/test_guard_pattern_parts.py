"""Parts of a pattern for the prefilter scan: cut only between top-level items, and
matching wherever the whole pattern matches."""

from __future__ import annotations

import random
import re

import pytest

from llmstream.guard.pattern_parts import Ahead, Cut, Part, alternatives, part_of


def test_alternatives_split_at_the_top_level_only() -> None:
    assert alternatives(r"a(?:b|c)|[|]d|\|e") == ["a(?:b|c)", "[|]d", r"\|e"]
    assert alternatives(r"(?<=[\n.])x") == [r"(?<=[\n.])x"]
    assert alternatives(r"[]|]x|y") == ["[]|]x", "y"]  # "]" first in a class is a letter


def test_parts_of_each_alternative_are_joined() -> None:
    pattern = r"\b(?:du|tu)\b(?:\s+\S+){0,5}?\s+ohne\s+regeln|\bfoo\s+bar[^\n]{0,9}?baz|qux"
    cuts = [Part(after=r"(?:\s+\S+){0,5}?"), Part(end=r"[^\n]{0,9}?"), None]
    assert part_of(pattern, cuts) == r"\s+ohne\s+regeln|\bfoo\s+bar|qux"
    assert part_of(r"ab(?:c|d)e", [Part(begin="(?:c", end="e")]) == "(?:c|d)"


@pytest.mark.parametrize(("pattern", "cut", "error"), [
    (r"ab(?:cd)e", Part(begin="cd"), "begins 0 top-level items"),  # inside a group
    (r"a[bc]d", Part(begin="c"), "begins 0 top-level items"),  # inside a class
    (r"a\sb", Part(begin="s"), "begins 0 top-level items"),  # inside an escape
    (r"ab{2}c", Part(begin="{2}"), "cannot begin an item"),  # a quantifier
    (r"abab", Part(begin="ab"), "begins 2 top-level items"),
    (r"ab?c", Part(after="ab"), "does not end before a top-level item"),  # "?" would be left
    (r"abc", Part(begin="c", end="a"), "leaves nothing"),
    (r"abc", Part(begin="a", after="b"), "begin or after"),
])
def test_a_cut_that_is_not_between_top_level_items_is_refused(
        pattern: str, cut: Part, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        part_of(pattern, [cut])


def test_the_body_of_a_look_ahead_without_its_first_items() -> None:
    pattern = r"\b(?:muestra|dime)\w{0,4}\s+(?=(?:\S+\s+){0,4}?(?:tu|su)\s+prompt)|\bcual\s+es"
    assert part_of(pattern, [Ahead(skip=1), None]) == r"(?:tu|su)\s+prompt|\bcual\s+es"
    assert part_of(pattern, [Ahead(), None]) == r"(?:\S+\s+){0,4}?(?:tu|su)\s+prompt|\bcual\s+es"
    with pytest.raises(ValueError, match="0 top-level look-aheads"):
        part_of(r"a(?:b(?=c))", [Ahead()])
    with pytest.raises(ValueError, match="is an alternation"):
        part_of(r"a(?=b|c)", [Ahead()])
    with pytest.raises(ValueError, match="leaves nothing"):
        part_of(r"a(?=bc)", [Ahead(skip=2)])


def test_one_cut_per_alternative() -> None:
    with pytest.raises(ValueError, match="1 cuts for 2 alternatives"):
        part_of("a|b", [None])


def test_a_part_matches_wherever_the_pattern_does() -> None:
    """Seeded random texts over the patterns' letters: every text the whole pattern
    matches, each of its parts matches too."""
    cases: list[tuple[str, list[list[Cut]], list[str]]] = [
        (r"\b(?:du|ki)\b(?:\s+\S+){0,2}?\s+ohne\s+(?:alle\s+)?regeln",
         [[Part(after=r"(?:\s+\S+){0,2}?")], [Part(end=r"(?:\s+\S+){0,2}?")]],
         ["du", "ki", "ohne", "alle", "regeln", "x", " ", "  ", "\n", "."]),
        (r"\b(?:dime|di)\w{0,2}\s+(?=(?:\S+\s+){0,2}?(?:tu|su)\s+prompt)",
         [[Ahead()], [Ahead(skip=1)], [Part(end="(?=")]],
         ["dime", "di", "tu", "su", "prompt", "x", " ", "\n", "."]),
        (r"(?<=[.!])\s*(?:hey\s+)?(?:ai|bot)\s*,\s*stop|\bto\s+(?:the\s+)?ai\s*:",
         [[Part(begin=r"(?:ai|bot)"), Part(begin=r"(?:the")], [Part(begin=r"\s*,"), None]],
         ["hey", "ai", "bot", "stop", "to", "the", ".", "!", ",", ":", "x", " ", "\n"]),
    ]
    rng = random.Random(4)
    for pattern, cut_sets, words in cases:
        texts = ["".join(rng.choice(words) + rng.choice([" ", ""])
                         for _ in range(rng.randrange(2, 14))) for _ in range(20_000)]
        whole = re.compile(pattern)
        matched = [text for text in texts if whole.search(text)]
        assert len(matched) > 20, pattern  # the texts do exercise the pattern
        for cuts in cut_sets:
            part = re.compile(part_of(pattern, cuts))
            for text in matched:
                assert part.search(text), (pattern, cuts, text)

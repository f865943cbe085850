"""The one-pass Hyperscan prefilter: it may report more than the Python patterns match,
never less, and the guards' findings stay those of the Python patterns."""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

from llmstream.guard import injection, pii
from llmstream.guard.normalize import canonical, folded, squashed
from llmstream.guard.prefilter import Prefilter, widened, windows_around
from llmstream.guard.windows import finditer_extending

DATA = Path(__file__).parents[1] / "data"


def _texts() -> list[str]:
    texts = [json.loads(line)["text"] for name in ("guard_set.jsonl", "guard_holdout.jsonl")
             for line in (DATA / name).read_text().splitlines() if line]
    rng = random.Random(6)
    # Long texts: items joined, so matches sit far from the start of the text.
    texts += ["\n".join(rng.sample(texts, 25)) for _ in range(20)]
    return texts


def test_every_signal_the_python_pattern_finds_is_reported_by_the_prefilter() -> None:
    for text in _texts():
        text_canonical, text_folded = canonical(text), folded(text)
        possible = injection._SIGNAL_FILTER.matched(text_canonical)
        for index, signal in enumerate(injection.SIGNALS):
            if signal.pattern.search(text_canonical):
                assert index in possible, (signal.name, text[:80])
        possible = injection._FOREIGN_FILTER.matched(text_folded)
        for index, signal in enumerate(injection.FOREIGN):
            if signal.pattern.search(text_folded):
                assert index in possible, (signal.name, text[:80])
        if injection.DISCUSSION.search(text_canonical):
            assert injection._DISCUSSION_FILTER.matched(text_canonical) == {0}, text[:80]
        text_squashed = squashed(text_canonical)
        possible = injection._SQUASHED_FILTER.matched(text_squashed)
        for index, signal in enumerate(injection.SQUASHED):
            if signal.pattern.search(text_squashed):
                assert index in possible, (signal.name, text[:80])


def test_pii_windows_hold_every_match_of_the_whole_text() -> None:
    for text in _texts():
        spans = pii._spans(text)
        for name, (pattern, _, _, _) in pii._SCANNED.items():
            whole = [match.span() for match in pattern.finditer(text)
                     # an "IPv6" with one colon (14:30) is dropped by the detector anyway
                     if name != "ipv6" or match.group(0).count(":") >= 2]
            windowed = {match.span()
                        for match in finditer_extending(pattern, text, spans.get(name, ()))}
            assert set(whole) <= windowed, (name, text[:80])


def test_offsets_are_characters_in_non_ascii_text() -> None:
    prefilter = Prefilter([r"card"])
    text = "Ünïcödé — 支付 card"
    assert prefilter.ends(text) == {0: [len(text)]}
    assert prefilter.ends("no match here") == {}


def test_widened_patterns_match_unicode_words_as_python_does() -> None:
    pattern = r"\b(?:olvida)\w*\s+(?:\w+\s+){0,3}?(?:órdenes)"
    text = "olvidaré tus órdenes"
    assert re.search(pattern, text)
    assert Prefilter([widened(pattern)], single=True).matched(text) == {0}
    assert Prefilter([widened(r"忽略.{0,2}指令")], single=True).matched("忽略之前指令") == {0}


def test_windows_around_merge_and_clip() -> None:
    assert windows_around([5, 8, 40], 42, 4, 3) == [(1, 11), (36, 42)]
    assert windows_around([], 10, 4, 3) == []


def test_a_token_longer_than_its_window_is_found_whole() -> None:
    token = "sk-" + "a1B2" * 150  # 603 characters, longer than the 300 after the anchor
    findings = pii.find_pii(f"the key is {token} ok")
    assert [(f.type, f.end - f.start) for f in findings] == [("secret", len(token))]

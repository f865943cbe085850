"""The generator of multilingual hard negatives (scripts/injection_classifier/
hard_negatives.py): benign texts about prompts, bots and guardrails in twenty-five
languages. Seeded, every language and kind, varied, in the language's own script, all
labelled benign, and quoting an attack phrase only inside quotation marks."""

from __future__ import annotations

import collections
import importlib
import random
import re
import sys
from pathlib import Path
from types import ModuleType

import numpy as np

SCRIPTS = Path(__file__).parents[2] / "scripts" / "injection_classifier"
REQUIRED = {"ar", "de", "el", "es", "fa", "fr", "he", "hi", "id", "it", "ja", "ko", "nl", "pl",
            "pt", "ru", "sv", "th", "tr", "uk", "vi", "zh", "cs", "ro", "en"}
KINDS = ("prompt_eng", "ai_policy", "awareness", "ctf_writeup", "talk_prep",
         "human_instructions", "self_correction")
# Letters every text of a language holds (its script).
SCRIPT = {
    "ar": "[\u0621-\u064a]", "fa": "[\u0621-\u064a\u067e\u0686\u0698\u06a9\u06af\u06cc]",
    "he": "[\u05d0-\u05ea]", "hi": "[\u0900-\u097f]", "th": "[\u0e01-\u0e5b]",
    "el": "[\u0370-\u03ff]", "ru": "[\u0400-\u04ff]", "uk": "[\u0400-\u04ff]",
    "ko": "[\uac00-\ud7a3]", "ja": "[\u3040-\u30ff]", "zh": "[\u4e00-\u9fff]"}
KANA = "[\u3040-\u30ff]"
NON_LATIN = ("[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f"
             "\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]")
# Letters a language's texts hold among them, and letters of a neighbour they never hold.
OWN = {"uk": "[іїєґ]", "fa": "[پچژگی]", "pl": "[ąęłńśźż]", "cs": "[ěščřžů]", "ro": "[ășțâî]",
       "tr": "[ğış]", "vi": "[ơưđạảấầẩậắặẹẻếềểệ]", "de": "[äöüß]", "sv": "[åäö]",
       "es": "[ñáéíóú¿¡]", "pt": "[ãõçáéêó]", "fr": "[éèêàçù]"}
NEVER = {"ru": "[іїєґ]", "ar": "[پچژگی]", "fa": "[يك]"}
QUOTE_MARKS = "\"«»„“”「」"  # French guillemets stand a space apart


def _module() -> ModuleType:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module("hard_negatives")


def _texts(seed: int, count: int, lang: str | None = None) -> list[tuple[str, int, str]]:
    hn = _module()
    rng = random.Random(seed)
    return [(e.text, e.label, e.source)
            for e in (hn.hard_negative(rng, lang) for _ in range(count))]


def test_the_same_seed_gives_the_same_texts_and_another_seed_others() -> None:
    assert _texts(3, 300) == _texts(3, 300)
    assert _texts(3, 300) != _texts(4, 300)


def test_languages_kinds_and_slots_are_all_there() -> None:
    hn = _module()
    assert set(hn.LANGUAGES) >= REQUIRED
    assert isinstance(hn.LANGUAGES, tuple)
    assert hn.KINDS == KINDS
    for lang in hn.LANGUAGES:
        for kind in KINDS:
            for part, phrases in hn.PHRASES[lang][kind].items():
                assert 3 <= len(set(phrases)) <= 6, (lang, kind, part)
                assert all(p.strip() for p in phrases), (lang, kind, part)
        for slot in ("q", "draft", "dl", "names"):
            assert len(set(hn.SHARED[lang][slot])) >= 3, (lang, slot)


def test_every_language_and_kind_gives_a_benign_tagged_text() -> None:
    hn = _module()
    rng = random.Random(11)
    for lang in hn.LANGUAGES:
        for kind in KINDS:
            for _ in range(5):
                example = hn.hard_negative(rng, lang, kind)
                assert (example.label, example.source) == (0, f"hn_{kind}")
                assert example.text.strip()
                assert not re.search(r"\{[a-z]+\}", example.text), example.text


def test_random_draws_cover_every_kind_and_rarely_repeat() -> None:
    texts = _texts(5, 2000)
    assert {source for _, _, source in texts} == {f"hn_{k}" for k in KINDS}
    assert {label for _, label, _ in texts} == {0}
    counts = collections.Counter(text for text, _, _ in texts)
    assert len(counts) >= 0.8 * len(texts)
    assert max(counts.values()) <= 3


def test_lengths_run_from_one_sentence_to_a_paragraph() -> None:
    lengths = [len(text) for text, _, _ in _texts(6, 2000)]
    assert sum(n < 120 for n in lengths) > 100
    assert sum(300 <= n <= 700 for n in lengths) > 200


def test_every_language_is_written_in_its_own_script() -> None:
    hn = _module()
    for lang in hn.LANGUAGES:
        texts = [text for text, _, _ in _texts(7, 150, lang)]
        joined = "\n".join(texts)
        if lang in SCRIPT:
            for text in texts:
                assert len(re.findall(SCRIPT[lang], text)) >= 5, (lang, text)
        else:  # Latin letters only
            assert not re.search(NON_LATIN, joined), lang
        if lang in OWN:
            assert re.search(OWN[lang], joined), lang
        if lang in NEVER:
            assert not re.search(NEVER[lang], joined), (lang, re.findall(NEVER[lang], joined)[:5])
    assert all(re.search(KANA, text) for text, _, _ in _texts(8, 100, "ja"))
    assert not any(re.search(KANA, text) for text, _, _ in _texts(8, 100, "zh"))


def test_attack_phrases_appear_only_quoted_and_only_in_texts_that_describe_attacks() -> None:
    """Awareness items, write-ups and talks quote an attack the way people do; nothing
    else carries one, and most texts carry none."""
    hn = _module()
    rng = random.Random(9)
    quoting = 0
    for _ in range(3000):
        lang = rng.choice(hn.LANGUAGES)
        example = hn.hard_negative(rng, lang)
        found = [p for p in hn.SHARED[lang]["q"] if p in example.text]
        if not found:
            continue
        quoting += 1
        assert example.source in {"hn_awareness", "hn_ctf_writeup", "hn_talk_prep"}
        for phrase in found:
            start = example.text.index(phrase)
            before = example.text[:start].rstrip(" \u00a0")[-1]
            after = example.text[start + len(phrase):].lstrip(" \u00a0")[0]
            assert before in QUOTE_MARKS and after in QUOTE_MARKS, (lang, example.text)
    assert 0.05 * 3000 < quoting < 0.5 * 3000


def test_no_text_carries_an_override_or_a_leak_request_of_the_attack_generator() -> None:
    """The benign side speaks about prompts; it never holds the sentences multilingual.py
    builds attacks from (overrides, demands, requests for the setup)."""
    hn = _module()
    ml = importlib.import_module("multilingual")
    rng = random.Random(10)
    for lang in set(hn.LANGUAGES) & set(ml.PHRASES):
        attack = [p for slot in ("ov", "dem", "leak") for p in ml.PHRASES[lang][slot]]
        for _ in range(200):
            text = hn.hard_negative(rng, lang).text
            assert not [p for p in attack if p in text], (lang, text)


def test_build_adds_the_hard_negatives_on_top_and_leaves_the_others_unchanged() -> None:
    _module()  # puts the scripts on the path
    build_training_set = importlib.import_module("build_training_set")
    prose = ["The function returns a new list and leaves the argument unchanged."]
    without = build_training_set.build(1000, 7, prose, agent_share=0.0, hard_negative_share=0.0)
    with_them = build_training_set.build(1000, 7, prose, agent_share=0.0,
                                         hard_negative_share=0.1)
    assert with_them[:len(without)] == without
    added = with_them[len(without):]
    assert len(added) == 100
    assert all(e.source.startswith("hn_") and e.label == 0 for e in added)


def test_the_hard_negatives_are_one_calibration_group_and_can_be_left_out_of_it() -> None:
    _module()
    train = importlib.import_module("train")
    assert train.calibration_group("hn_prompt_eng") == "about_ai"
    logits = [0.0] * 99 + [9.0]
    sources = ["everyday"] * 99 + ["hn_ctf_writeup"]
    labels = [0] * 100
    with_group = train.threshold_for(np.array(logits), sources, np.array(labels), 0.0)
    without = train.threshold_for(np.array(logits), sources, np.array(labels), 0.0,
                                  {"about_ai"})
    assert with_group > 9.0 > without

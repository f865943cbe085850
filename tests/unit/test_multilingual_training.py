"""The multilingual generator of training texts (scripts/injection_classifier/
multilingual.py): seeded, every language and kind, attacks and benign texts that share
their words, and its share of build()."""

from __future__ import annotations

import importlib
import random
import re
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPTS = Path(__file__).parents[2] / "scripts" / "injection_classifier"
REQUIRED = {"ar", "bn", "cs", "de", "el", "es", "fa", "fi", "fr", "he", "hi", "hu", "id", "it",
            "ja", "ko", "nl", "pl", "pt", "ro", "ru", "sv", "sw", "th", "tr", "uk", "vi", "zh",
            "hi-Latn", "ar-Latn"}


def _script(name: str) -> ModuleType:
    if str(SCRIPTS) not in sys.path:
        sys.path.insert(0, str(SCRIPTS))
    return importlib.import_module(name)


def _texts(seed: int, count: int) -> list[tuple[str, int, str]]:
    ml = _script("multilingual")
    rng = random.Random(seed)
    return [(e.text, e.label, e.source)
            for e in (ml.multilingual_attack(rng) if i % 2 else ml.multilingual_benign(rng)
                      for i in range(count))]


def test_the_same_seed_gives_the_same_texts_and_another_seed_others() -> None:
    assert _texts(3, 300) == _texts(3, 300)
    assert _texts(3, 300) != _texts(4, 300)


def test_every_required_language_has_several_alternatives_in_every_slot() -> None:
    ml = _script("multilingual")
    assert set(ml.LANGUAGES) >= REQUIRED
    for lang, slots in ml.PHRASES.items():
        assert set(slots) == set(ml.SLOTS) | set(ml.PART_SLOTS), lang
        for slot, phrases in slots.items():
            least = 1 if slot == "op" else 2
            assert len(set(phrases)) > least or slot == "lab", (lang, slot)
            assert all(p.strip() for p in phrases if slot != "op"), (lang, slot)
        assert len(slots["lab"]) == 5, lang  # subject, from, wrote, review, CV


def test_every_language_and_kind_can_be_drawn_and_is_labelled_and_tagged() -> None:
    ml = _script("multilingual")
    rng = random.Random(11)
    for lang in ml.LANGUAGES:
        for kind in ml.ATTACK_KINDS:
            example = ml.multilingual_attack(rng, lang, kind)
            assert (example.label, example.source) == (1, f"ml_attack_{kind}")
            assert "{" not in example.text.replace('{"', "")  # no slot left unfilled
        for kind in ml.BENIGN_KINDS:
            example = ml.multilingual_benign(rng, lang, kind)
            assert (example.label, example.source) == (0, f"ml_benign_{kind}")


def test_random_draws_cover_every_language_and_kind_without_repeating_much() -> None:
    ml = _script("multilingual")
    texts = _texts(5, 6000)
    assert {source for _, _, source in texts} == (
        {f"ml_attack_{k}" for k in ml.ATTACK_KINDS} | {f"ml_benign_{k}" for k in ml.BENIGN_KINDS})
    attacks = [text for text, label, _ in texts if label == 1]
    assert len(set(attacks)) > 0.97 * len(attacks)
    # Benign one-liners (questions about AI, role-play) have fewer combinations.
    assert len({text for text, _, _ in texts}) > 0.85 * len(texts)
    hangul = sum(bool(re.search("[\uac00-\ud7a3]", text)) for text, _, _ in texts)
    assert 0 < hangul < len(texts) / 10


def test_attacks_and_benign_texts_of_a_language_share_their_words() -> None:
    """Hard negatives: the benign side uses the carriers, tasks and verbs of the attacks."""
    ml = _script("multilingual")
    rng = random.Random(9)
    for lang in ("de", "ru", "pt", "hi-Latn"):
        words: dict[int, set[str]] = {0: set(), 1: set()}
        for _ in range(400):
            for example in (ml.multilingual_attack(rng, lang), ml.multilingual_benign(rng, lang)):
                words[example.label] |= set(re.findall(r"\w{4,}", example.text.lower()))
        shared = words[0] & words[1]
        assert len(shared) > 0.3 * len(words[1]), lang


def test_build_adds_multilingual_texts_on_top_and_leaves_the_others_unchanged(
        monkeypatch: pytest.MonkeyPatch) -> None:
    build_training_set = _script("build_training_set")
    prose = ["The function returns a new list and leaves the argument unchanged."]
    texts = build_training_set.build(2000, 7, prose, agent_share=0.0)
    assert [e.label for e in texts[:2000]] == [1, 0] * 1000
    added = texts[2000:]
    assert all(e.source.startswith("ml_") for e in added)
    assert sum(e.label == 1 for e in added) == int(2000 * build_training_set.MULTILINGUAL_ATTACKS)
    assert sum(e.label == 0 for e in added) == int(2000 * build_training_set.MULTILINGUAL_BENIGN)
    monkeypatch.setattr(build_training_set, "MULTILINGUAL_ATTACKS", 0.0)
    monkeypatch.setattr(build_training_set, "MULTILINGUAL_BENIGN", 0.0)
    assert build_training_set.build(2000, 7, prose, agent_share=0.0) == texts[:2000]


def test_documents_and_tool_results_do_not_switch_to_english_and_repeat_no_sentence() -> None:
    """Code-switching belongs to what people type; a carrier holds different sentences."""
    ml = _script("multilingual")
    rng = random.Random(13)
    for _ in range(300):
        lang = rng.choice(ml.LANGUAGES)
        for example in (ml.multilingual_attack(rng, lang, "carrier"),
                        ml.multilingual_attack(rng, lang, "agent"),
                        ml.multilingual_benign(rng, lang, "carrier"),
                        ml.multilingual_benign(rng, lang, "document")):
            assert not example.text.startswith(tuple(ml.EN_OPENERS))
            sentences = [s for s in ml.PHRASES[lang]["body"] if s in example.text]
            assert all(example.text.count(s) == 1 for s in sentences), example.text

"""The shipped similarity threshold on the labelled set in tests/data/cache_pairs.jsonl:
paraphrases hit, near misses (other product, number, date, city, negation, question) don't.

The decision is the cache's own: same namespace (``semantic_namespace``) and cosine
similarity of the embedded texts at or above the route's default threshold."""

from __future__ import annotations

import json
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from llmstream.cache_key import CacheSubject, semantic_namespace, semantic_text
from llmstream.config import RouteCacheConfig
from llmstream.embedding import WordLlamaEmbedder
from llmstream.events import Message

PAIRS = Path(__file__).parents[1] / "data" / "cache_pairs.jsonl"


@cache
def embedder() -> WordLlamaEmbedder:
    return WordLlamaEmbedder()


def subject(text: str) -> CacheSubject:
    return CacheSubject(route="default", model="m", messages=(Message("user", text),),
                        temperature=0.0, max_tokens=256)


def served(a: str, b: str, threshold: float) -> bool:
    first, second = subject(a), subject(b)
    if semantic_namespace(first) != semantic_namespace(second):
        return False
    model = embedder()
    similarity = float(model.embed(semantic_text(first)) @ model.embed(semantic_text(second)))
    return similarity >= threshold


def rates(split: str | None) -> tuple[float, float, int, int]:
    threshold = RouteCacheConfig().similarity_threshold
    rows = [json.loads(line) for line in PAIRS.read_text().splitlines()]
    rows = [row for row in rows if split is None or row["split"] == split]
    outcome: Counter[tuple[str, bool]] = Counter(
        (row["label"], served(row["a"], row["b"], threshold)) for row in rows
    )
    hits, misses = outcome[("hit", True)] + outcome[("hit", False)], (
        outcome[("miss", True)] + outcome[("miss", False)]
    )
    return outcome[("hit", True)] / hits, outcome[("miss", True)] / misses, hits, misses


def test_the_labelled_set_is_large_enough() -> None:
    _hit, _false, hits, misses = rates(None)
    assert hits >= 300
    assert misses >= 300


@pytest.mark.parametrize("split", [None, "tune", "test"])
def test_default_threshold_hits_paraphrases_and_not_near_misses(split: str | None) -> None:
    hit_rate, false_rate, _hits, _misses = rates(split)
    print(f"split={split}: hit rate {hit_rate:.3f}, false hits {false_rate:.4f}")
    assert hit_rate >= 0.80
    assert false_rate <= 0.01

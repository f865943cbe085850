"""Semantic cache lookup with 100,000 entries: embedding + index search, per index kind.

    .venv/bin/python bench/semantic_lookup.py --entries 100000 --queries 2000

Entries are real WordLlama embeddings of generated questions (products x intents x
numbers, so the vectors cluster like real traffic does). Three layouts are measured:

* ``one namespace, brute force``: every entry in one namespace, searched with one numpy
  matrix-vector product (the index before it switches to HNSW);
* ``one namespace, HNSW``: the same entries in one hnswlib graph (what SemanticIndex does
  for a namespace of 2,048 entries or more);
* ``spread, SemanticIndex``: the entries spread over namespaces as the salient terms
  spread them (about 100 per namespace here), through ``SemanticIndex`` itself.

A lookup is what the worker does per request: embed the query text, then search.
"""

from __future__ import annotations

import argparse
import random
import time

import numpy as np

from llmstream.embedding import WordLlamaEmbedder
from llmstream.semantic_index import HNSW_FROM, SemanticIndex

PRODUCTS = ["phone", "laptop", "router", "printer", "tablet", "camera", "speaker", "watch",
            "kettle", "monitor", "keyboard", "drone", "scooter", "headset", "console"]
INTENTS = ["How do I reset my {p} model {n}?", "Why does my {p} model {n} overheat?",
           "What is the warranty on the {p} model {n}?", "How do I update the {p} model {n}?",
           "Is the {p} model {n} waterproof?", "How long does the {p} model {n} battery last?",
           "Can I return the {p} model {n}?", "How do I clean the {p} model {n}?"]


def percentiles(samples: list[float]) -> str:
    values = np.percentile(np.array(samples) * 1000, [50, 95, 99])
    return f"p50 {values[0]:.2f} ms, p95 {values[1]:.2f} ms, p99 {values[2]:.2f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    embedder = WordLlamaEmbedder()
    texts = [rng.choice(INTENTS).format(p=rng.choice(PRODUCTS), n=rng.randrange(1, 10**6))
             for _ in range(args.entries)]
    started = time.perf_counter()
    vectors = np.stack([embedder.embed(text) for text in texts])
    print(f"embedded {len(texts)} entries in {time.perf_counter() - started:.1f} s")
    queries = [rng.randrange(args.entries) for _ in range(args.queries)]

    # one namespace, brute force
    samples = []
    for q in queries:
        t0 = time.perf_counter()
        vector = embedder.embed(texts[q] + " please")
        int(np.argmax(vectors @ vector))
        samples.append(time.perf_counter() - t0)
    print(f"one namespace, brute force, {args.entries} entries: {percentiles(samples)}")

    # one namespace, HNSW (SemanticIndex builds it past HNSW_FROM entries)
    started = time.perf_counter()
    single = SemanticIndex(embedder.dimensions, hnsw_from=HNSW_FROM)
    for i, vector in enumerate(vectors):
        single.add(f"e{i}", "ns", vector, expires_at=2**62)
    print(f"built one-namespace HNSW of {len(single)} entries in "
          f"{time.perf_counter() - started:.1f} s")
    samples, found = [], 0
    for q in queries:
        t0 = time.perf_counter()
        query = embedder.embed(texts[q] + " please")
        neighbour = single.nearest("ns", query, now_ms=0)
        samples.append(time.perf_counter() - t0)
        exact_best = float(np.max(vectors @ query))  # what brute force finds
        found += neighbour is not None and neighbour.similarity >= exact_best - 1e-4
    print(f"one namespace, HNSW, {args.entries} entries: {percentiles(samples)}; "
          f"recall@1 against brute force {found / len(queries):.3f}")

    # spread over namespaces
    spread = SemanticIndex(embedder.dimensions)
    namespaces = [f"ns{i % (args.entries // 100 or 1)}" for i in range(args.entries)]
    for i, vector in enumerate(vectors):
        spread.add(f"e{i}", namespaces[i], vector, expires_at=2**62)
    samples = []
    for q in queries:
        t0 = time.perf_counter()
        spread.nearest(namespaces[q], embedder.embed(texts[q] + " please"), now_ms=0)
        samples.append(time.perf_counter() - t0)
    print(f"spread over {args.entries // 100} namespaces, SemanticIndex: {percentiles(samples)}")


if __name__ == "__main__":
    main()

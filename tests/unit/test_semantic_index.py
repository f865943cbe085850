"""The in-memory semantic index: namespaces, expiry, removal, brute force and HNSW."""

from __future__ import annotations

import numpy as np

from llmstream.semantic_index import SemanticIndex


def unit(rng: np.random.Generator, dimensions: int = 16) -> np.ndarray:
    vector = rng.standard_normal(dimensions).astype(np.float32)
    return vector / np.linalg.norm(vector)


def test_nearest_stays_in_its_namespace_and_skips_expired() -> None:
    rng = np.random.default_rng(1)
    index = SemanticIndex(16)
    v = unit(rng)
    index.add("a", "ns1", v, expires_at=2000)
    index.add("b", "ns2", v, expires_at=2000)
    found = index.nearest("ns1", v, now_ms=1000)
    assert found is not None and found.entry_id == "a"
    assert abs(found.similarity - 1.0) < 1e-5
    assert index.nearest("ns3", v, now_ms=1000) is None
    assert index.nearest("ns1", v, now_ms=2000) is None
    assert index.expire(now_ms=2000) == 2
    assert len(index) == 0


def test_remove_keeps_the_others_findable() -> None:
    rng = np.random.default_rng(2)
    index = SemanticIndex(16)
    vectors = {f"e{i}": unit(rng) for i in range(10)}
    for entry_id, vector in vectors.items():
        index.add(entry_id, "ns", vector, expires_at=10**12)
    index.remove("e0")
    index.remove("e5")
    assert "e0" not in index and len(index) == 8
    for entry_id, vector in vectors.items():
        found = index.nearest("ns", vector, now_ms=0)
        assert found is not None
        if entry_id not in ("e0", "e5"):
            assert found.entry_id == entry_id


def test_a_large_namespace_switches_to_hnsw_and_still_finds_its_entries() -> None:
    rng = np.random.default_rng(3)
    index = SemanticIndex(16, hnsw_from=64)
    vectors = {f"e{i}": unit(rng) for i in range(300)}
    for entry_id, vector in vectors.items():
        index.add(entry_id, "ns", vector, expires_at=10**12)
    index.remove("e7")
    found = [index.nearest("ns", vector, now_ms=0) for vector in vectors.values()]
    right = sum(1 for (entry_id, _v), hit in zip(vectors.items(), found, strict=True)
                if hit is not None and hit.entry_id == entry_id)
    assert right >= 297  # HNSW is approximate; e7 is gone
    assert all(hit is None or hit.entry_id != "e7" for hit in found)

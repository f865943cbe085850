"""A worker's in-memory nearest-neighbour index of semantic cache entries. No I/O.

Entries are only ever compared within their namespace (see ``cache_key.semantic_namespace``),
so the index is one small block per namespace. A block is searched by brute force (one
matrix-vector product) while it is small, and becomes an HNSW graph (hnswlib, inner
product on unit vectors) once it holds ``hnsw_from`` entries: brute force over 100,000
256-dimensional vectors takes 20-40 ms on this machine, HNSW under 5 ms at p99
(docs/BENCHMARKS.md). Redis is the source of truth; this index only finds candidates.
"""

from __future__ import annotations

from dataclasses import dataclass

import hnswlib
import numpy as np

from llmstream.embedding import Vector

HNSW_FROM = 2048
_HNSW_M = 16
_HNSW_EF_CONSTRUCTION = 100
_HNSW_EF = 64
_CANDIDATES = 4


@dataclass(frozen=True, slots=True)
class Neighbour:
    entry_id: str
    similarity: float


class _Block:
    """The entries of one namespace."""

    def __init__(self, dimensions: int) -> None:
        self.dimensions = dimensions
        self.vectors = np.zeros((8, dimensions), dtype=np.float32)
        self.expires = np.zeros(8, dtype=np.int64)
        self.ids: list[str] = []
        self.rows: dict[str, int] = {}
        self.hnsw: hnswlib.Index | None = None
        self.labels: dict[int, str] = {}
        self.label_of: dict[str, int] = {}
        self.next_label = 0

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, entry_id: str, vector: Vector, expires_at: int, hnsw_from: int) -> None:
        if entry_id in self.rows:
            self.expires[self.rows[entry_id]] = expires_at
            return
        size = len(self.ids)
        if size == len(self.vectors):
            self.vectors = np.resize(self.vectors, (size * 2, self.dimensions))
            self.expires = np.resize(self.expires, size * 2)
        self.vectors[size] = vector
        self.expires[size] = expires_at
        self.ids.append(entry_id)
        self.rows[entry_id] = size
        if self.hnsw is not None:
            self._hnsw_add(entry_id, vector)
        elif size + 1 >= hnsw_from:
            self._build_hnsw()

    def _build_hnsw(self) -> None:
        size = len(self.ids)
        index = hnswlib.Index(space="ip", dim=self.dimensions)
        index.init_index(max_elements=max(size * 2, 1024), ef_construction=_HNSW_EF_CONSTRUCTION,
                         M=_HNSW_M, allow_replace_deleted=False)
        index.set_ef(_HNSW_EF)
        index.set_num_threads(1)
        self.hnsw = index
        labels = np.arange(self.next_label, self.next_label + size)
        for label, entry_id in zip(labels.tolist(), self.ids, strict=True):
            self.labels[label] = entry_id
            self.label_of[entry_id] = label
        self.next_label += size
        index.add_items(self.vectors[:size], labels)

    def _hnsw_add(self, entry_id: str, vector: Vector) -> None:
        assert self.hnsw is not None
        if self.hnsw.get_current_count() >= self.hnsw.get_max_elements():
            self.hnsw.resize_index(self.hnsw.get_max_elements() * 2)
        label = self.next_label
        self.next_label += 1
        self.labels[label] = entry_id
        self.label_of[entry_id] = label
        self.hnsw.add_items(vector.reshape(1, -1), np.array([label]))

    def remove(self, entry_id: str) -> None:
        row = self.rows.pop(entry_id, None)
        if row is None:
            return
        last = len(self.ids) - 1
        if row != last:
            moved = self.ids[last]
            self.vectors[row] = self.vectors[last]
            self.expires[row] = self.expires[last]
            self.ids[row] = moved
            self.rows[moved] = row
        self.ids.pop()
        if self.hnsw is not None:
            label = self.label_of.pop(entry_id)
            del self.labels[label]
            self.hnsw.mark_deleted(label)

    def nearest(self, vector: Vector, now_ms: int) -> Neighbour | None:
        size = len(self.ids)
        if size == 0:
            return None
        if self.hnsw is None:
            similarities = self.vectors[:size] @ vector
            similarities[self.expires[:size] <= now_ms] = -np.inf
            best = int(np.argmax(similarities))
            if not np.isfinite(similarities[best]):
                return None
            return Neighbour(self.ids[best], float(similarities[best]))
        k = min(_CANDIDATES, size)
        labels, distances = self.hnsw.knn_query(vector.reshape(1, -1), k=k)
        for label, distance in zip(labels[0].tolist(), distances[0].tolist(), strict=True):
            entry_id = self.labels.get(int(label))
            if entry_id is not None and self.expires[self.rows[entry_id]] > now_ms:
                return Neighbour(entry_id, 1.0 - float(distance))
        return None

    def oldest_expired(self, now_ms: int) -> list[str]:
        size = len(self.ids)
        rows = np.nonzero(self.expires[:size] <= now_ms)[0]
        return [self.ids[row] for row in rows.tolist()]


class SemanticIndex:
    """Entry ids by namespace, searchable by cosine similarity (vectors are unit length)."""

    def __init__(self, dimensions: int, hnsw_from: int = HNSW_FROM) -> None:
        self.dimensions = dimensions
        self._hnsw_from = hnsw_from
        self._blocks: dict[str, _Block] = {}
        self._namespace_of: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self._namespace_of)

    def __contains__(self, entry_id: object) -> bool:
        return entry_id in self._namespace_of

    def add(self, entry_id: str, namespace: str, vector: Vector, expires_at: int) -> None:
        if vector.shape != (self.dimensions,):
            raise ValueError(
                f"expected a vector of {self.dimensions} dimensions, got {vector.shape}"
            )
        block = self._blocks.get(namespace)
        if block is None:
            block = self._blocks[namespace] = _Block(self.dimensions)
        block.add(entry_id, vector, expires_at, self._hnsw_from)
        self._namespace_of[entry_id] = namespace

    def remove(self, entry_id: str) -> None:
        namespace = self._namespace_of.pop(entry_id, None)
        if namespace is None:
            return
        block = self._blocks[namespace]
        block.remove(entry_id)
        if len(block) == 0:
            del self._blocks[namespace]

    def nearest(self, namespace: str, vector: Vector, now_ms: int) -> Neighbour | None:
        """The most similar live entry of ``namespace``, or None."""
        block = self._blocks.get(namespace)
        return block.nearest(vector, now_ms) if block is not None else None

    def expire(self, now_ms: int) -> int:
        """Drop entries whose TTL has passed; returns how many."""
        expired = [
            entry for block in self._blocks.values() for entry in block.oldest_expired(now_ms)
        ]
        for entry_id in expired:
            self.remove(entry_id)
        return len(expired)

"""A batch per Kafka partition, flushed when full or expired. Pure: the clock is passed in.

Read like Quix Streams' sinks (``BatchStore``/``Batch``): the sink appends what it reads,
asks which batches are due, writes them to the destination and only then commits each
batch's ``next_offset``. Batching knows nothing about the destination.

A message that yields no row (a dead letter, an event already stored) still moves the
batch's ``next_offset``, so the commit passes it; a batch of such messages only is
flushed like any other (it writes nothing and commits).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

Item = TypeVar("Item")

TopicPartitionKey = tuple[str, int]


@dataclass
class Batch(Generic[Item]):
    """Items read from one partition, in offset order, not yet written."""

    topic: str
    partition: int
    created_at: float
    first_offset: int
    next_offset: int
    items: list[Item] = field(default_factory=list)

    @property
    def key(self) -> TopicPartitionKey:
        return (self.topic, self.partition)

    @property
    def size(self) -> int:
        return len(self.items)

    def take(self, offset: int, item: Item | None) -> None:
        """Record the message at ``offset``; ``item`` is ``None`` when it yields no row."""
        if offset < self.next_offset:
            raise ValueError(
                f"offset {offset} of {self.topic}[{self.partition}] is behind the batch "
                f"(next {self.next_offset})"
            )
        if item is not None:
            self.items.append(item)
        self.next_offset = offset + 1

    def is_full(self, max_size: int) -> bool:
        return self.size >= max_size

    def expires_at(self, max_age_s: float) -> float:
        return self.created_at + max_age_s

    def is_expired(self, now: float, max_age_s: float) -> bool:
        return now >= self.expires_at(max_age_s)


class BatchStore(Generic[Item]):
    """The open batches, one per partition."""

    def __init__(self, max_size: int, max_age_s: float) -> None:
        if max_size < 1:
            raise ValueError("max_size must be at least 1")
        if max_age_s <= 0:
            raise ValueError("max_age_s must be positive")
        self.max_size = max_size
        self.max_age_s = max_age_s
        self._batches: dict[TopicPartitionKey, Batch[Item]] = {}

    def take(self, topic: str, partition: int, offset: int, item: Item | None,
             now: float) -> Batch[Item]:
        """Add the message at ``offset`` to its partition's batch (opened at ``now``)."""
        key = (topic, partition)
        batch = self._batches.get(key)
        if batch is None:
            batch = Batch(topic, partition, created_at=now, first_offset=offset,
                          next_offset=offset)
            self._batches[key] = batch
        batch.take(offset, item)
        return batch

    def get(self, topic: str, partition: int) -> Batch[Item] | None:
        return self._batches.get((topic, partition))

    def pop(self, topic: str, partition: int) -> Batch[Item] | None:
        return self._batches.pop((topic, partition), None)

    def due(self, now: float) -> list[Batch[Item]]:
        """Batches to flush now: full or expired, oldest first."""
        ready = [
            b for b in self._batches.values()
            if b.is_full(self.max_size) or b.is_expired(now, self.max_age_s)
        ]
        return sorted(ready, key=lambda b: b.created_at)

    def __iter__(self) -> Iterator[Batch[Item]]:
        return iter(list(self._batches.values()))

    def __len__(self) -> int:
        return len(self._batches)

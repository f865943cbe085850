"""BatchStore/Batch: a batch per partition, due when full or expired. Pure."""

from __future__ import annotations

import pytest

from llmstream.connectors.clickhouse.batching import Batch, BatchStore


def test_a_batch_per_partition_in_offset_order() -> None:
    store: BatchStore[str] = BatchStore(max_size=10, max_age_s=1.0)
    store.take("t", 0, 5, "a", now=0.0)
    store.take("t", 1, 7, "x", now=0.1)
    store.take("t", 0, 6, "b", now=0.2)

    zero = store.get("t", 0)
    assert zero is not None
    assert (zero.items, zero.first_offset, zero.next_offset) == (["a", "b"], 5, 7)
    one = store.get("t", 1)
    assert one is not None and one.items == ["x"] and one.next_offset == 8
    assert len(store) == 2


def test_a_message_without_a_row_moves_the_commit_position_only() -> None:
    store: BatchStore[str] = BatchStore(max_size=10, max_age_s=1.0)
    store.take("t", 0, 3, "a", now=0.0)
    batch = store.take("t", 0, 4, None, now=0.0)  # e.g. a dead letter
    assert batch.items == ["a"]
    assert batch.next_offset == 5


def test_offsets_may_skip_but_never_go_back() -> None:
    store: BatchStore[str] = BatchStore(max_size=10, max_age_s=1.0)
    store.take("t", 0, 3, "a", now=0.0)
    store.take("t", 0, 9, "b", now=0.0)  # transaction markers leave gaps
    with pytest.raises(ValueError, match="behind the batch"):
        store.take("t", 0, 9, "again", now=0.0)


def test_due_when_full() -> None:
    store: BatchStore[int] = BatchStore(max_size=3, max_age_s=60.0)
    for offset in range(2):
        store.take("t", 0, offset, offset, now=0.0)
    assert store.due(now=0.0) == []
    store.take("t", 0, 2, 2, now=0.0)
    assert [b.partition for b in store.due(now=0.0)] == [0]


def test_due_when_expired_counting_from_the_first_message() -> None:
    store: BatchStore[int] = BatchStore(max_size=100, max_age_s=0.5)
    store.take("t", 0, 0, 0, now=10.0)
    store.take("t", 0, 1, 1, now=10.4)
    assert store.due(now=10.49) == []
    assert [b.first_offset for b in store.due(now=10.5)] == [0]


def test_due_batches_come_oldest_first() -> None:
    store: BatchStore[int] = BatchStore(max_size=100, max_age_s=0.5)
    store.take("t", 2, 0, 0, now=1.0)
    store.take("t", 1, 0, 0, now=0.5)
    store.take("t", 3, 0, 0, now=2.0)
    assert [b.partition for b in store.due(now=2.0)] == [1, 2]


def test_pop_removes_and_the_next_message_opens_a_new_batch() -> None:
    store: BatchStore[int] = BatchStore(max_size=2, max_age_s=1.0)
    store.take("t", 0, 0, 0, now=0.0)
    popped = store.pop("t", 0)
    assert popped is not None and popped.items == [0]
    assert store.get("t", 0) is None and store.pop("t", 0) is None
    fresh = store.take("t", 0, 1, 1, now=5.0)
    assert (fresh.first_offset, fresh.created_at, fresh.items) == (1, 5.0, [1])


def test_an_empty_batch_of_skipped_messages_is_due_like_any_other() -> None:
    store: BatchStore[int] = BatchStore(max_size=2, max_age_s=1.0)
    store.take("t", 0, 0, None, now=0.0)
    (batch,) = store.due(now=1.0)
    assert batch.size == 0 and batch.next_offset == 1


def test_batch_expiry_arithmetic() -> None:
    batch: Batch[int] = Batch("t", 0, created_at=3.0, first_offset=0, next_offset=0)
    assert batch.expires_at(2.0) == 5.0
    assert not batch.is_expired(4.9, 2.0) and batch.is_expired(5.0, 2.0)
    assert batch.key == ("t", 0)


@pytest.mark.parametrize(("size", "age"), [(0, 1.0), (1, 0.0)])
def test_bad_limits_are_rejected(size: int, age: float) -> None:
    with pytest.raises(ValueError):
        BatchStore(max_size=size, max_age_s=age)

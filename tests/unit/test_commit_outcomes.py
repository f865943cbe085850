"""What the worker's metrics count for each outcome of a commit (streams/transactional.py):
a transaction the broker aborted and a commit postponed because the immediate sends were
not yet acknowledged are different events, and neither drops the results it carried."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest

from llmstream.config import KafkaConfig
from llmstream.connectors.kafka.producer import OutRecord
from streams.transactional import TransactionalProcessor, _Commit, _Outcome, _PartitionState


@pytest.fixture
def processor() -> Iterator[TransactionalProcessor]:
    loop = asyncio.new_event_loop()

    async def handler(record: object) -> list[OutRecord]:
        return []

    yield TransactionalProcessor(
        kafka=KafkaConfig(), group_id="g", topic="t", transactional_id="tx",
        handler=handler, on_failure=lambda record, error: [], loop=loop,
        max_in_flight=10, transaction_timeout_ms=10_000, commit_interval_ms=100,
        session_timeout_ms=10_000)
    loop.close()


def _commit_of_one_result(state: _PartitionState) -> _Commit:
    state.results[7] = [OutRecord(topic="out", key=b"k", value=b"v")]
    return _Commit(records=list(state.results[7] or []), offsets=[], done=[(state, 1)],
                   group_metadata=None)


def test_a_postponed_commit_is_not_counted_as_aborted(processor: TransactionalProcessor) -> None:
    state = _PartitionState()
    commit = _commit_of_one_result(state)
    commit.outcome = _Outcome.POSTPONED
    processor._apply(commit)
    assert (processor.metrics.postponed_commits, processor.metrics.aborted_transactions) == (1, 0)
    assert list(state.results) == [7]  # still ready for the next commit


def test_an_aborted_transaction_keeps_its_results(processor: TransactionalProcessor) -> None:
    state = _PartitionState()
    commit = _commit_of_one_result(state)
    commit.outcome = _Outcome.ABORTED
    processor._apply(commit)
    assert (processor.metrics.postponed_commits, processor.metrics.aborted_transactions) == (0, 1)
    assert list(state.results) == [7]


def test_a_committed_transaction_drops_its_results(processor: TransactionalProcessor) -> None:
    state = _PartitionState()
    commit = _commit_of_one_result(state)
    commit.outcome = _Outcome.COMMITTED
    processor._apply(commit)
    assert processor.metrics.transactions == 1 and processor.metrics.produced == 1
    assert not state.results


def test_a_failed_commit_stops_the_worker_with_its_error(
    processor: TransactionalProcessor,
) -> None:
    state = _PartitionState()
    commit = _commit_of_one_result(state)
    commit.fail(RuntimeError("fenced by a newer incarnation"))
    with pytest.raises(RuntimeError, match="fenced"):
        processor._apply(commit)
    assert list(state.results) == [7]

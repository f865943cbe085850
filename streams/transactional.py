"""Exactly-once consume -> process -> produce, on librdkafka transactions.

faust-streaming's own ``exactly_once`` guarantee has open upstream reports of duplicates
after a kill (faust-streaming/faust #517, #177, #323, #440), so the stages whose output
must appear exactly once run on this loop instead, hosted inside the faust worker:

- a Kafka thread owns the consumer (``read_committed``, manual offsets) and a
  transactional producer (one ``transactional.id`` per worker, KIP-447 fencing through
  the consumer group metadata);
- each consumed record is handled concurrently on the worker's asyncio loop;
- transactions run on a committer thread, one at a time, so the Kafka thread keeps
  taking new records while one commits (a request is never held up by a commit);
- finished results are produced *in offset order per partition*, together with the
  offset just past them, in one transaction. A result that finished ahead of an older
  one waits for it, so committed offsets never lag behind committed output.
- a result's ``immediate`` records (a cache hit's answer) are sent the moment the
  handler returns, outside the transaction; the transaction that commits their offset
  waits for their acknowledgement first and carries any the broker refused.

If the process dies, its open transaction is aborted (by the next ``init_transactions``
with the same id, or by the transaction timeout) and the records after the committed
offsets are processed again by whichever worker owns the partition next: every input
yields its transactional outputs exactly once for ``read_committed`` readers, and its
immediate ones at least once.
"""

from __future__ import annotations

import asyncio
import logging
import queue
import threading
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from enum import Enum

from confluent_kafka import KafkaError, KafkaException, TopicPartition

from llmstream.config import KafkaConfig
from llmstream.connectors.kafka.consumer import GroupConsumer
from llmstream.connectors.kafka.producer import (
    ImmediateProducer,
    OutRecord,
    TransactionalProducer,
)
from llmstream.streams.commit_pacing import CommitPacing

log = logging.getLogger(__name__)

PartitionKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class InRecord:
    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    timestamp_ms: int


Handler = Callable[[InRecord], Awaitable[list[OutRecord]]]
FailureHandler = Callable[[InRecord, BaseException], list[OutRecord]]


@dataclass
class ProcessorMetrics:
    consumed: int = 0
    produced: int = 0
    produced_immediately: int = 0  # written by the handlers' thread only
    transactions: int = 0
    aborted_transactions: int = 0
    postponed_commits: int = 0  # immediate sends not yet acknowledged: tried again next time
    handler_failures: int = 0
    in_flight: int = 0
    paused: bool = False
    assigned_partitions: int = 0
    last_commit_ms: float = 0.0
    commit_ms_total: float = 0.0


@dataclass
class _PartitionState:
    """Offsets consumed and not yet committed, in order; ``None`` while still running."""

    results: OrderedDict[int, list[OutRecord] | None] = field(default_factory=OrderedDict)

    def ready_prefix(self) -> tuple[int | None, list[OutRecord], int]:
        """(last offset, records, count) of the leading run of finished results."""
        last: int | None = None
        records: list[OutRecord] = []
        count = 0
        for offset, result in self.results.items():
            if result is None:
                break
            last = offset
            records.extend(result)
            count += 1
        return last, records, count

    def drop_prefix(self, count: int) -> None:
        for _ in range(count):
            self.results.popitem(last=False)

    def running(self) -> int:
        return sum(1 for result in self.results.values() if result is None)


class _Outcome(Enum):
    """How a commit ended. Only ``COMMITTED`` drops the results it carried; ``FAILED``
    stops the worker."""

    COMMITTED = "committed"
    ABORTED = "aborted"  # the broker aborted the transaction: the next commit retries
    POSTPONED = "postponed"  # not tried: immediate records were still unacknowledged
    FAILED = "failed"  # fatal (fenced by a newer incarnation, ...): see ``failure``


@dataclass
class _Commit:
    """One transaction: the ready results of some partitions and the offsets past them.

    Built and applied on the Kafka thread; run on the committer thread, which sets the
    outcome.
    """

    records: list[OutRecord]
    offsets: list[TopicPartition]
    done: list[tuple[_PartitionState, int]]  # (partition, results it commits)
    group_metadata: object
    outcome: _Outcome | None = None  # None while it runs
    failure: BaseException | None = None  # with ``FAILED``: why the worker must stop
    elapsed_ms: float = 0.0

    def fail(self, error: BaseException) -> None:
        self.outcome, self.failure = _Outcome.FAILED, error


class TransactionalProcessor:
    """Runs ``handler`` over a topic with exactly-once output. ``run`` blocks its thread."""

    def __init__(
        self,
        *,
        kafka: KafkaConfig,
        group_id: str,
        topic: str,
        transactional_id: str,
        handler: Handler,
        on_failure: FailureHandler,
        loop: asyncio.AbstractEventLoop,
        max_in_flight: int,
        transaction_timeout_ms: int,
        commit_interval_ms: int,
        session_timeout_ms: int,
        static_member_id: str | None = None,
    ) -> None:
        self._kafka = kafka
        self._group_id = group_id
        self._topic = topic
        self._transactional_id = transactional_id
        self._handler = handler
        self._on_failure = on_failure
        self._loop = loop
        self._max_in_flight = max_in_flight
        self._transaction_timeout_ms = transaction_timeout_ms
        self._pacing = CommitPacing(min_interval_s=commit_interval_ms / 1000)
        self._session_timeout_ms = session_timeout_ms
        self._static_member_id = static_member_id
        self._partitions: dict[PartitionKey, _PartitionState] = {}
        self._finished: queue.SimpleQueue[tuple[_PartitionState, int, list[OutRecord]]] = (
            queue.SimpleQueue()
        )
        self._stopping = threading.Event()
        self._draining = threading.Event()
        self.ready = threading.Event()
        self.metrics = ProcessorMetrics()
        self._consumer: GroupConsumer | None = None
        self._producer: TransactionalProducer | None = None
        self._immediate: ImmediateProducer | None = None
        self._refused: list[OutRecord] = []  # immediate records the next commit carries
        self._commits: queue.SimpleQueue[_Commit | None] = queue.SimpleQueue()
        self._committed: queue.SimpleQueue[_Commit] = queue.SimpleQueue()
        self._in_commit: _Commit | None = None  # handed to the committer, not yet back

    # -- control, from any thread -------------------------------------------------------
    def stop(self, drain: bool = True) -> None:
        """Stop consuming; with ``drain``, finish and commit the work in flight first."""
        if drain:
            self._draining.set()
        self._stopping.set()

    # -- the Kafka thread ---------------------------------------------------------------
    def run(self) -> None:
        self._producer = TransactionalProducer(
            self._kafka, self._transactional_id, self._transaction_timeout_ms
        )
        self._producer.init()
        self._immediate = ImmediateProducer(self._kafka)
        settings: dict[str, object] = {
            "partition.assignment.strategy": "cooperative-sticky",
            "session.timeout.ms": self._session_timeout_ms,
        }
        if self._static_member_id is not None:
            # Static membership: a worker restarted with the same id takes its
            # partitions back at once, with no rebalance. The price: a static member
            # that stops for good keeps its partitions until the session times out.
            settings["group.instance.id"] = self._static_member_id
        self._consumer = GroupConsumer(
            self._kafka,
            self._group_id,
            [self._topic],
            on_assign=self._on_assign,
            on_revoke=self._on_revoke,
            **settings,
        )
        committer = threading.Thread(target=self._commit_loop, name="request-stage-commit",
                                     daemon=True)
        committer.start()
        self.ready.set()
        last_start = float("-inf")
        try:
            while not self._stopping.is_set():
                self._collect_finished()
                self._collect_commit()
                now = time.monotonic()
                ready = self._in_commit is None and self._any_ready()
                if self._pacing.commit_now(now_s=now, last_start_s=last_start, ready=ready):
                    last_start = now
                    self._in_commit = self._build_commit()
                    if self._in_commit is not None:
                        self._commits.put(self._in_commit)
                    ready = False
                self._apply_backpressure()
                in_flight = self.metrics.in_flight
                capacity = max(1, self._max_in_flight - in_flight)
                timeout = self._pacing.wait_s(  # a running commit is work in flight too
                    now_s=now, last_start_s=last_start, ready=ready,
                    in_flight=in_flight + (self._in_commit is not None),
                )
                for message in self._consumer.consume(min(500, capacity), timeout):
                    self._accept(message)
            self._await_commit()
            if self._draining.is_set():
                self._drain()
        finally:
            self._await_commit()
            self._consumer.close()  # revokes: commits what is ready, drops the rest
            self._commits.put(None)
            committer.join(timeout=60)
            self._producer.close()
            self._immediate.close()

    def _accept(self, message: object) -> None:
        error = message.error()  # type: ignore[attr-defined]
        if error is not None:
            if error.code() != KafkaError._PARTITION_EOF:
                log.warning("consume error: %s", error)
            return
        topic: str = message.topic()  # type: ignore[attr-defined]
        partition: int = message.partition()  # type: ignore[attr-defined]
        state = self._partitions.get((topic, partition))
        if state is None:  # not (or no longer) assigned to us
            return
        offset: int = message.offset()  # type: ignore[attr-defined]
        record = InRecord(
            topic=topic,
            partition=partition,
            offset=offset,
            key=message.key(),  # type: ignore[attr-defined]
            value=message.value(),  # type: ignore[attr-defined]
            timestamp_ms=message.timestamp()[1],  # type: ignore[attr-defined]
        )
        state.results[offset] = None
        self.metrics.consumed += 1
        self.metrics.in_flight += 1
        asyncio.run_coroutine_threadsafe(self._handle(state, record), self._loop)

    async def _handle(self, state: _PartitionState, record: InRecord) -> None:
        try:
            outputs = await self._handler(record)
        except Exception as error:  # the stage must never stall on one bad record
            self.metrics.handler_failures += 1
            log.exception("handler failed at %s[%d]@%d", record.topic, record.partition,
                          record.offset)
            outputs = self._on_failure(record, error)
        assert self._immediate is not None  # set before the first record is accepted
        for output in outputs:
            if output.immediate:
                self.metrics.produced_immediately += 1
                self._immediate.send(output)
        self._finished.put((state, record.offset, [o for o in outputs if not o.immediate]))

    def _collect_finished(self, wait_s: float = 0.0) -> None:
        """Record finished handlers; with ``wait_s``, block that long for the first one."""
        while True:
            try:
                if wait_s > 0:
                    state, offset, outputs = self._finished.get(timeout=wait_s)
                    wait_s = 0.0
                else:
                    state, offset, outputs = self._finished.get_nowait()
            except queue.Empty:
                return
            if offset in state.results:  # else: partition revoked meanwhile, dropped
                state.results[offset] = outputs
                self.metrics.in_flight -= 1

    def _any_ready(self) -> bool:
        """Whether some partition's oldest uncommitted record has finished."""
        for state in self._partitions.values():
            first = next(iter(state.results.values()), None)
            if first is not None:
                return True
        return False

    def _build_commit(self, only: set[PartitionKey] | None = None) -> _Commit | None:
        """The transaction of every partition's leading run of finished results."""
        assert self._consumer is not None
        records: list[OutRecord] = []
        offsets: list[TopicPartition] = []
        done: list[tuple[_PartitionState, int]] = []
        for key, state in self._partitions.items():
            if only is not None and key not in only:
                continue
            last, ready, count = state.ready_prefix()
            if last is None:
                continue
            records.extend(ready)
            offsets.append(TopicPartition(key[0], key[1], last + 1))
            done.append((state, count))
        if not offsets:
            return None
        return _Commit(records, offsets, done, self._consumer.group_metadata())

    # -- the committer thread (or the Kafka thread while the committer is idle) --------
    def _commit_loop(self) -> None:
        while (commit := self._commits.get()) is not None:
            try:
                self._run_commit(commit)
            except BaseException as error:  # the Kafka thread waits for every commit back
                commit.fail(error)
            self._committed.put(commit)

    def _run_commit(self, commit: _Commit) -> None:
        assert self._producer is not None and self._immediate is not None
        started = time.monotonic()
        # Every immediate record of these results was sent before its result was
        # collected: once settled, each is either delivered or carried by this commit.
        refused = self._immediate.settle()
        if refused is None:
            log.warning("immediate records still unacknowledged; commit postponed")
            commit.outcome = _Outcome.POSTPONED
            return
        self._refused.extend(replace(r, immediate=False) for r in refused)
        commit.records[:0] = self._refused
        try:
            self._producer.commit(commit.records, commit.offsets, commit.group_metadata)
        except KafkaException as error:
            kafka_error = error.args[0] if error.args else None
            if kafka_error is not None and kafka_error.txn_requires_abort():
                log.warning("transaction aborted, will retry: %s", kafka_error)
                commit.outcome = _Outcome.ABORTED
                return
            commit.fail(error)
            return
        self._refused.clear()
        commit.outcome = _Outcome.COMMITTED
        commit.elapsed_ms = (time.monotonic() - started) * 1000

    # -- back on the Kafka thread --------------------------------------------------------
    def _collect_commit(self, wait: bool = False) -> None:
        """Apply the running commit's outcome if it is back (with ``wait``, once it is)."""
        if self._in_commit is None:
            return
        try:
            commit = self._committed.get(timeout=None) if wait else self._committed.get_nowait()
        except queue.Empty:
            return
        self._in_commit = None
        self._apply(commit)

    def _await_commit(self) -> None:
        self._collect_commit(wait=True)

    def _apply(self, commit: _Commit) -> None:
        if commit.outcome is _Outcome.FAILED:
            assert commit.failure is not None
            raise commit.failure  # let the worker die; its successor fences this one
        if commit.outcome is _Outcome.POSTPONED:  # the results stay ready
            self.metrics.postponed_commits += 1
            return
        if commit.outcome is not _Outcome.COMMITTED:  # aborted: the results stay ready
            self.metrics.aborted_transactions += 1
            return
        for state, count in commit.done:
            state.drop_prefix(count)
        self.metrics.transactions += 1
        self.metrics.produced += len(commit.records)
        self.metrics.last_commit_ms = commit.elapsed_ms
        self.metrics.commit_ms_total += commit.elapsed_ms

    def _commit_now(self, only: set[PartitionKey] | None = None) -> None:
        """Commit what is ready, on this thread, after the running commit is back."""
        self._await_commit()
        commit = self._build_commit(only)
        if commit is not None:
            self._run_commit(commit)
            self._apply(commit)

    def _apply_backpressure(self) -> None:
        assert self._consumer is not None
        if not self.metrics.paused and self.metrics.in_flight >= self._max_in_flight:
            self._consumer.pause(self._consumer.assignment())
            self.metrics.paused = True
        elif self.metrics.paused and self.metrics.in_flight <= self._max_in_flight // 2:
            self._consumer.resume(self._consumer.assignment())
            self.metrics.paused = False

    def _drain(self, timeout_s: float = 30.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            self._commit_now()
            if not any(state.results for state in self._partitions.values()):
                return
            self._collect_finished(wait_s=max(0.001, deadline - time.monotonic()))
        log.warning("drain timed out; uncommitted work will be processed again")

    # -- rebalance callbacks (called inside consume(), on the Kafka thread) -------------
    def _on_assign(self, partitions: list[TopicPartition]) -> None:
        for tp in partitions:
            self._partitions[(tp.topic, tp.partition)] = _PartitionState()
        self.metrics.assigned_partitions = len(self._partitions)
        if self.metrics.paused and self._consumer is not None:
            self._consumer.pause(partitions)

    def _on_revoke(self, partitions: list[TopicPartition]) -> None:
        revoked = {(tp.topic, tp.partition) for tp in partitions}
        self._collect_finished()
        try:
            self._commit_now(only=revoked)
        except KafkaException as error:
            log.warning("commit on revoke failed: %s", error)
        for key in revoked:
            state = self._partitions.pop(key, None)
            if state is not None:
                # Handlers still running finish into a detached state and are dropped;
                # the partition's next owner processes those records again.
                self.metrics.in_flight -= state.running()
                state.results.clear()
        self.metrics.assigned_partitions = len(self._partitions)

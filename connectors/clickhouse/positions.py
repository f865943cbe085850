"""The offset ledger: which Kafka messages are already rows, read from the rows themselves.

Every row carries the ``kafka_topic``/``kafka_partition``/``kafka_offset`` it was read
from. The sink writes a partition's rows in offset order, one insert per table and day
partition (each insert is one part: atomic), so for every table

    a message of partition p is stored  <=>  its offset <= max(kafka_offset) of p's rows

That holds whatever happened between an insert and the Kafka commit (a crash, a lost
connection, an insert reported failed that did happen). On assignment the sink reads the
maxima, reads on from the committed offset and skips each message ``is_stored`` says is
there. Nothing is counted twice, and nothing is skipped that is not in the table.

Why skip rather than seek past the stored rows: the two tables are written one after the
other, so after a crash ``requests`` may hold a batch that ``attempts`` does not; only a
per-table test is exact. What it costs is re-reading the uncommitted tail (at most about
one batch per partition).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from llmstream.connectors.clickhouse.schema import (
    TELEMETRY_TABLES,
    SchemaSettings,
    quote_string,
)
from llmstream.connectors.clickhouse.store import QueryReader


@dataclass(frozen=True, slots=True)
class StoredPositions:
    """Highest offset of one partition stored in each table (absent: none stored)."""

    highest: Mapping[str, int] = field(default_factory=dict)

    def is_stored(self, table: str, offset: int) -> bool:
        return offset <= self.highest.get(table, -1)

    def with_stored(self, table: str, offset: int) -> StoredPositions:
        """After rows up to ``offset`` were inserted into ``table``."""
        if self.is_stored(table, offset):
            return self
        return StoredPositions({**self.highest, table: offset})


def positions_sql(settings: SchemaSettings, table: str, topic: str,
                  partitions: Iterable[int]) -> str:
    """Highest stored offset per partition; answered from the ``positions`` projection."""
    wanted = ", ".join(str(int(p)) for p in sorted(set(partitions)))
    return (
        f"SELECT kafka_partition, max(kafka_offset) FROM {settings.table(table)} "
        f"WHERE kafka_topic = {quote_string(topic)} AND kafka_partition IN ({wanted}) "
        "GROUP BY kafka_partition"
    )


def read_positions(reader: QueryReader, settings: SchemaSettings, topic: str,
                   partitions: Iterable[int],
                   tables: Iterable[str] = TELEMETRY_TABLES) -> dict[int, StoredPositions]:
    """``StoredPositions`` of each partition in ``partitions`` in each of ``tables`` (the
    tables ``topic`` fills; raises ``StoreError``)."""
    wanted = sorted(set(partitions))
    highest: dict[int, dict[str, int]] = {p: {} for p in wanted}
    if wanted:
        for table in tables:
            for partition, offset in reader.query(
                positions_sql(settings, table, topic, wanted)
            ).rows:
                highest[int(partition)][table] = int(offset)
    return {p: StoredPositions(tables) for p, tables in highest.items()}

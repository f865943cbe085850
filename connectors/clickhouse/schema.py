"""The ClickHouse schema: every table's DDL, applied idempotently when the sink starts.

Migrations are a list; each has a version and statements that are safe to run twice
(``IF NOT EXISTS``), so a crash half-way through a migration is repaired by the next
start. ``schema_migrations`` records the versions applied. To change the schema, append a
``Migration`` (never edit an applied one).

Telemetry tables (``requests``: kind=request rows, ``attempts``: kind=attempt rows):

* ``PARTITION BY toYYYYMMDD(ts)`` and ``TTL ... ttl_only_drop_parts``: expiry drops whole
  day partitions instead of rewriting parts.
* ``ORDER BY (route, model, ts, event_id)`` for requests, ``(provider, model, ts,
  event_id)`` for attempts: dashboards ask "for this route/model (or provider/model),
  over this time range"; route, model and provider have a few dozen values, so the
  primary index still prunes a time range within each prefix, and rows of one model sit
  together (good compression, cheap ``GROUP BY model``). ``event_id`` last makes the key
  unique per event, which is what ``ReplacingMergeTree`` collapses on.
* Exactly-once rows come from the sink's offset ledger (``kafka_topic``,
  ``kafka_partition``, ``kafka_offset`` in every row; see ``positions.py``), so plain
  ``count()``/``sum()`` are exact without ``FINAL``. ``ReplacingMergeTree`` is the second
  line: an event published twice upstream (same ``event_id``, hence same key) is
  collapsed when parts merge.
* The ``positions`` projection keeps ``max(kafka_offset)`` per partition inside every
  part, written atomically with the rows: the sink's start-up query reads a handful of
  rows instead of scanning the table.

Per-minute rollups (migration 2): materialized views from ``requests`` into
``AggregatingMergeTree`` tables keyed by minute and the dimensions dashboards group by.
Latency keeps ``quantilesState(0.5, 0.95, 0.99)`` (read with ``quantilesMerge``); counts,
tokens and cost are ``SimpleAggregateFunction(sum)`` (read with ``sum``). A view fires
on every insert into ``requests``, so a rollup holds each request exactly as often as the
table does: once. Rollups see rows inserted after they were created (no backfill).

``requests_repriced`` recomputes each request's cost from the ``pricing`` row valid at its
timestamp (``ASOF JOIN`` on ``valid_from``), so a price change is applied to the past
without rewriting rows.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime

from llmstream.config import PriceConfig
from llmstream.connectors.clickhouse.store import AnalyticsStore

DEFAULT_DATABASE = "llmstream"

REQUESTS = "requests"
ATTEMPTS = "attempts"
PRICING = "pricing"
MIGRATIONS_TABLE = "schema_migrations"
TELEMETRY_TABLES = (REQUESTS, ATTEMPTS)
REPRICED_VIEW = "requests_repriced"
FEEDBACK = "feedback"
EVALUATION_SCORES = "evaluation_scores"

# Telemetry columns in insert order: the Avro fields (kind decides the table), then where
# the sink read the event from, then the columns later migrations added. Optional strings
# are stored as ''; the one optional number without a neutral value (cache_similarity)
# is Nullable.
_FIRST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "String"),
    ("request_id", "String"),
    ("ts", "DateTime64(3, 'UTC')"),
    ("route", "LowCardinality(String)"),
    ("status", "LowCardinality(String)"),
    ("error_type", "LowCardinality(String)"),
    ("reason", "String"),
    ("model", "LowCardinality(String)"),
    ("provider", "LowCardinality(String)"),
    ("tenant", "LowCardinality(String)"),
    ("user_id", "String"),
    ("feature", "LowCardinality(String)"),
    ("prompt_name", "LowCardinality(String)"),
    ("prompt_version", "LowCardinality(String)"),
    ("prompt_variant", "LowCardinality(String)"),
    ("prompt_tokens", "UInt32"),
    ("completion_tokens", "UInt32"),
    ("cost_usd", "Float64"),
    ("latency_ms", "Float64"),
    ("provider_latency_ms", "Float64"),
    ("stage_latency_ms", "Map(String, Float64)"),
    ("cache", "LowCardinality(String)"),
    ("attempts", "UInt16"),
    ("attempt", "UInt16"),
    ("fallback", "Bool"),
    ("worker", "LowCardinality(String)"),
    ("kafka_topic", "LowCardinality(String)"),
    ("kafka_partition", "UInt32"),
    ("kafka_offset", "UInt64"),
)
# Guardrail outcomes (issue 6), added by migration 3.
GUARD_COLUMNS: tuple[tuple[str, str], ...] = (
    ("guard_input", "LowCardinality(String)"),
    ("guard_output", "LowCardinality(String)"),
    ("guard_findings", "Array(LowCardinality(String))"),
    ("output_repairs", "UInt8"),
)
# The request this one was made for, e.g. a judge call's judged request (issue 8), added
# by migration 4.
LINK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("parent_request_id", "String"),
)
# The similarity of a semantic cache hit (NULL for every other outcome), added by
# migration 5.
CACHE_COLUMNS: tuple[tuple[str, str], ...] = (
    ("cache_similarity", "Nullable(Float64)"),
)
TELEMETRY_COLUMNS: tuple[tuple[str, str], ...] = (
    *_FIRST_COLUMNS, *GUARD_COLUMNS, *LINK_COLUMNS, *CACHE_COLUMNS
)
TELEMETRY_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in TELEMETRY_COLUMNS)
PRICING_COLUMN_NAMES = ("model", "input_per_mtok", "output_per_mtok", "valid_from")

TELEMETRY_SORTING_KEYS = {
    REQUESTS: "(route, model, ts, event_id)",
    ATTEMPTS: "(provider, model, ts, event_id)",
}


@dataclass(frozen=True, slots=True)
class SchemaSettings:
    database: str = DEFAULT_DATABASE
    ttl_days: int = 90

    def table(self, name: str) -> str:
        return f"{quote_identifier(self.database)}.{quote_identifier(name)}"


@dataclass(frozen=True, slots=True)
class Migration:
    version: int
    name: str
    statements: Callable[[SchemaSettings], list[str]]


def quote_identifier(name: str) -> str:
    return "`" + name.replace("\\", "\\\\").replace("`", "\\`") + "`"


def quote_string(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def ttl_clause(ttl_days: int, column: str = "ts") -> str:
    return f"toDateTime({column}) + INTERVAL {int(ttl_days)} DAY"


def telemetry_table_ddl(settings: SchemaSettings, table: str) -> str:
    columns = ",\n  ".join(f"{quote_identifier(name)} {kind}" for name, kind in TELEMETRY_COLUMNS)
    return f"""CREATE TABLE IF NOT EXISTS {settings.table(table)} (
  {columns},
  INDEX kafka_offset_minmax kafka_offset TYPE minmax GRANULARITY 1,
  PROJECTION positions (
    SELECT kafka_topic, kafka_partition, max(kafka_offset)
    GROUP BY kafka_topic, kafka_partition
  )
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMMDD(ts)
ORDER BY {TELEMETRY_SORTING_KEYS[table]}
TTL {ttl_clause(settings.ttl_days)}
SETTINGS ttl_only_drop_parts = 1, deduplicate_merge_projection_mode = 'rebuild'"""


def pricing_table_ddl(settings: SchemaSettings) -> str:
    return f"""CREATE TABLE IF NOT EXISTS {settings.table(PRICING)} (
  model LowCardinality(String),
  input_per_mtok Float64,
  output_per_mtok Float64,
  valid_from DateTime64(3, 'UTC')
)
ENGINE = ReplacingMergeTree
ORDER BY (model, valid_from)"""


def _v1_telemetry_and_pricing(settings: SchemaSettings) -> list[str]:
    return [
        telemetry_table_ddl(settings, REQUESTS),
        telemetry_table_ddl(settings, ATTEMPTS),
        pricing_table_ddl(settings),
    ]


@dataclass(frozen=True, slots=True)
class Rollup:
    """A per-minute rollup of ``requests``: its table, and the view that fills it."""

    name: str
    dimensions: tuple[tuple[str, str], ...]  # (column, type) after ``minute``
    measures: tuple[tuple[str, str, str], ...]  # (column, type, aggregate over requests)

    @property
    def view(self) -> str:
        return f"{self.name}_mv"


LATENCY_LEVELS = "0.5, 0.95, 0.99"
_DIMENSION = "LowCardinality(String)"
_COUNT = ("requests", "SimpleAggregateFunction(sum, UInt64)", "count()")

ROLLUPS: tuple[Rollup, ...] = (
    Rollup("latency_per_minute",
           (("model", _DIMENSION), ("prompt_name", _DIMENSION), ("prompt_version", _DIMENSION)),
           (_COUNT,
            ("latency_ms", f"AggregateFunction(quantiles({LATENCY_LEVELS}), Float64)",
             f"quantilesState({LATENCY_LEVELS})(latency_ms)"))),
    Rollup("usage_per_minute",
           (("tenant", _DIMENSION), ("feature", _DIMENSION), ("user_id", "String"),
            ("model", _DIMENSION)),
           (_COUNT,
            ("prompt_tokens", "SimpleAggregateFunction(sum, UInt64)", "sum(prompt_tokens)"),
            ("completion_tokens", "SimpleAggregateFunction(sum, UInt64)",
             "sum(completion_tokens)"),
            ("cost_usd", "SimpleAggregateFunction(sum, Float64)", "sum(cost_usd)"))),
    Rollup("errors_per_minute",
           (("model", _DIMENSION), ("status", _DIMENSION), ("error_type", _DIMENSION)),
           (_COUNT,)),
    Rollup("cache_per_minute",
           (("model", _DIMENSION), ("prompt_version", _DIMENSION), ("cache", _DIMENSION)),
           (_COUNT,)),
)
ROLLUP_TABLES = tuple(rollup.name for rollup in ROLLUPS)


def rollup_table_ddl(settings: SchemaSettings, rollup: Rollup) -> str:
    columns = [("minute", "DateTime('UTC')"), *rollup.dimensions,
               *((name, kind) for name, kind, _ in rollup.measures)]
    listed = ",\n  ".join(f"{quote_identifier(name)} {kind}" for name, kind in columns)
    key = ", ".join(["minute", *(name for name, _ in rollup.dimensions)])
    return f"""CREATE TABLE IF NOT EXISTS {settings.table(rollup.name)} (
  {listed}
)
ENGINE = AggregatingMergeTree
PARTITION BY toYYYYMMDD(minute)
ORDER BY ({key})
TTL {ttl_clause(settings.ttl_days, "minute")}
SETTINGS ttl_only_drop_parts = 1"""


def rollup_view_ddl(settings: SchemaSettings, rollup: Rollup) -> str:
    dimensions = [name for name, _ in rollup.dimensions]
    selected = ", ".join(
        ["toStartOfMinute(ts) AS minute", *dimensions,
         *(f"{aggregate} AS {name}" for name, _, aggregate in rollup.measures)])
    return (
        f"CREATE MATERIALIZED VIEW IF NOT EXISTS {settings.table(rollup.view)} "
        f"TO {settings.table(rollup.name)} AS SELECT {selected} "
        f"FROM {settings.table(REQUESTS)} GROUP BY {', '.join(['minute', *dimensions])}"
    )


def repriced_view_ddl(settings: SchemaSettings) -> str:
    """Every request with its cost at the price valid when it ran (``pricing``)."""
    return f"""CREATE VIEW IF NOT EXISTS {settings.table(REPRICED_VIEW)} AS
SELECT r.event_id AS event_id, r.request_id AS request_id, r.ts AS ts, r.model AS model,
  r.tenant AS tenant, r.user_id AS user_id, r.feature AS feature,
  r.prompt_tokens AS prompt_tokens, r.completion_tokens AS completion_tokens,
  r.cost_usd AS recorded_cost_usd,
  (r.prompt_tokens * p.input_per_mtok + r.completion_tokens * p.output_per_mtok) / 1000000
    AS cost_usd
FROM {settings.table(REQUESTS)} AS r
ASOF LEFT JOIN {settings.table(PRICING)} AS p ON r.model = p.model AND r.ts >= p.valid_from"""


def _v2_rollups_and_repricing(settings: SchemaSettings) -> list[str]:
    statements = []
    for rollup in ROLLUPS:  # the table before the view that writes to it
        statements += [rollup_table_ddl(settings, rollup), rollup_view_ddl(settings, rollup)]
    return [*statements, repriced_view_ddl(settings)]


def _added_columns(settings: SchemaSettings, columns: tuple[tuple[str, str], ...]) -> list[str]:
    return [
        f"ALTER TABLE {settings.table(table)} ADD COLUMN IF NOT EXISTS "
        f"{quote_identifier(name)} {kind}"
        for table in TELEMETRY_TABLES
        for name, kind in columns
    ]


def _v3_guard_columns(settings: SchemaSettings) -> list[str]:
    return _added_columns(settings, GUARD_COLUMNS)


def _v4_parent_request_column(settings: SchemaSettings) -> list[str]:
    return _added_columns(settings, LINK_COLUMNS)


def _v5_cache_similarity(settings: SchemaSettings) -> list[str]:
    return _added_columns(settings, CACHE_COLUMNS)


_KAFKA_POSITION: tuple[tuple[str, str], ...] = (
    ("kafka_topic", "LowCardinality(String)"),
    ("kafka_partition", "UInt32"),
    ("kafka_offset", "UInt64"),
)

# Feedback (llm.feedback, migration 6): ``kind`` in lower case; ``value`` NULL when the
# event had none; ``comment`` redacted of PII by the sink before it is stored.
FEEDBACK_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "String"),
    ("request_id", "String"),
    ("ts", "DateTime64(3, 'UTC')"),
    ("kind", "LowCardinality(String)"),
    ("value", "Nullable(Float64)"),
    ("comment", "String"),
    ("user_id", "String"),
    ("tenant", "LowCardinality(String)"),
    ("feature", "LowCardinality(String)"),
    ("metadata", "Map(String, String)"),
    *_KAFKA_POSITION,
)
FEEDBACK_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in FEEDBACK_COLUMNS)

# Evaluation scores (llm.evaluations, migration 6): optional strings as '', ``source`` in
# lower case; ``reason`` redacted of PII (a judge may quote the answer).
EVALUATION_COLUMNS: tuple[tuple[str, str], ...] = (
    ("event_id", "String"),
    ("ts", "DateTime64(3, 'UTC')"),
    ("request_id", "String"),
    ("source", "LowCardinality(String)"),
    ("run_id", "String"),
    ("arm", "LowCardinality(String)"),
    ("dataset", "LowCardinality(String)"),
    ("item_id", "String"),
    ("evaluator", "LowCardinality(String)"),
    ("evaluator_kind", "LowCardinality(String)"),
    ("score", "Float64"),
    ("reason", "String"),
    ("judge_request_id", "String"),
    ("route", "LowCardinality(String)"),
    ("model", "LowCardinality(String)"),
    ("prompt_name", "LowCardinality(String)"),
    ("prompt_version", "LowCardinality(String)"),
    ("prompt_variant", "LowCardinality(String)"),
    ("answer_cost_usd", "Nullable(Float64)"),
    ("answer_latency_ms", "Nullable(Float64)"),
    *_KAFKA_POSITION,
)
EVALUATION_COLUMN_NAMES: tuple[str, ...] = tuple(name for name, _ in EVALUATION_COLUMNS)

# Both keys end with ``event_id`` and hold only values fixed by the event, so the same
# event published twice has the same key and ``ReplacingMergeTree`` keeps one; readers
# that count use ``FINAL`` (``quality.py``) to be exact before parts merge.
EVENT_TABLES: dict[str, tuple[tuple[tuple[str, str], ...], str]] = {
    FEEDBACK: (FEEDBACK_COLUMNS, "(request_id, event_id)"),
    EVALUATION_SCORES: (EVALUATION_COLUMNS,
                        "(evaluator, prompt_name, prompt_version, ts, event_id)"),
}


def event_table_ddl(settings: SchemaSettings, table: str) -> str:
    """``feedback`` or ``evaluation_scores``: the telemetry tables' layout (day
    partitions, TTL, Kafka position and the ``positions`` projection)."""
    columns, key = EVENT_TABLES[table]
    listed = ",\n  ".join(f"{quote_identifier(name)} {kind}" for name, kind in columns)
    return f"""CREATE TABLE IF NOT EXISTS {settings.table(table)} (
  {listed},
  PROJECTION positions (
    SELECT kafka_topic, kafka_partition, max(kafka_offset)
    GROUP BY kafka_topic, kafka_partition
  )
)
ENGINE = ReplacingMergeTree
PARTITION BY toYYYYMMDD(ts)
ORDER BY {key}
TTL {ttl_clause(settings.ttl_days)}
SETTINGS ttl_only_drop_parts = 1, deduplicate_merge_projection_mode = 'rebuild'"""


def _v6_feedback_and_scores(settings: SchemaSettings) -> list[str]:
    return [event_table_ddl(settings, table) for table in EVENT_TABLES]


MIGRATIONS: list[Migration] = [
    Migration(1, "telemetry tables (requests, attempts) and pricing", _v1_telemetry_and_pricing),
    Migration(2, "per-minute rollups and repriced requests", _v2_rollups_and_repricing),
    Migration(3, "guardrail outcome columns", _v3_guard_columns),
    Migration(4, "parent_request_id: the request a judge call was made for",
              _v4_parent_request_column),
    Migration(5, "semantic cache similarity column", _v5_cache_similarity),
    Migration(6, "feedback and evaluation scores", _v6_feedback_and_scores),
]


def migrations_table_ddl(settings: SchemaSettings) -> str:
    return f"""CREATE TABLE IF NOT EXISTS {settings.table(MIGRATIONS_TABLE)} (
  version UInt32,
  name String,
  applied_at DateTime64(3, 'UTC') DEFAULT now64(3)
)
ENGINE = ReplacingMergeTree
ORDER BY version"""


def pending_migrations(applied: set[int], migrations: list[Migration]) -> list[Migration]:
    """The migrations not applied yet, in version order."""
    versions = [m.version for m in migrations]
    if len(set(versions)) != len(versions):
        raise ValueError(f"duplicate migration versions in {versions}")
    return sorted((m for m in migrations if m.version not in applied), key=lambda m: m.version)


def applied_versions(store: AnalyticsStore, settings: SchemaSettings) -> set[int]:
    result = store.query(f"SELECT DISTINCT version FROM {settings.table(MIGRATIONS_TABLE)}")
    return {int(row[0]) for row in result.rows}


def migrate(
    store: AnalyticsStore,
    settings: SchemaSettings,
    migrations: list[Migration] | None = None,
) -> list[int]:
    """Create the database and apply the missing migrations; returns the versions applied.

    Safe to run at every start and from several processes at once: every statement is
    idempotent and ``schema_migrations`` collapses repeated versions."""
    chosen = MIGRATIONS if migrations is None else migrations
    store.command(f"CREATE DATABASE IF NOT EXISTS {quote_identifier(settings.database)}")
    store.command(migrations_table_ddl(settings))
    done: list[int] = []
    for migration in pending_migrations(applied_versions(store, settings), chosen):
        for statement in migration.statements(settings):
            store.command(statement)
        store.insert_rows(
            settings.table(MIGRATIONS_TABLE),
            ("version", "name"),
            [(migration.version, migration.name)],
        )
        done.append(migration.version)
    reconcile_ttl(store, settings)
    return done


def reconcile_ttl(store: AnalyticsStore, settings: SchemaSettings) -> list[str]:
    """Apply a changed ``clickhouse.ttl_days`` to existing telemetry tables."""
    expected = f"toIntervalDay({int(settings.ttl_days)})"
    names = ", ".join(quote_string(t)
                      for t in (*TELEMETRY_TABLES, *ROLLUP_TABLES, *EVENT_TABLES))
    result = store.query(
        "SELECT name, create_table_query FROM system.tables "
        f"WHERE database = {quote_string(settings.database)} AND name IN ({names})"
    )
    changed = []
    for name, create_query in result.rows:
        if expected not in str(create_query):
            table = settings.table(str(name))
            column = "minute" if name in ROLLUP_TABLES else "ts"
            store.command(
                f"ALTER TABLE {table} MODIFY TTL {ttl_clause(settings.ttl_days, column)}")
            changed.append(str(name))
    return changed


# The first price of a model applies to everything before it was recorded.
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def price_changes(
    stored: Mapping[str, tuple[float, float]],
    configured: Mapping[str, PriceConfig],
    now: datetime,
) -> list[tuple[str, float, float, datetime]]:
    """Pricing rows to insert: models that are new or whose price differs from the latest
    stored one. A new model's price is valid from the epoch; a change from ``now``."""
    rows = []
    for model, price in sorted(configured.items()):
        current = (price.input_per_mtok, price.output_per_mtok)
        if model not in stored:
            rows.append((model, *current, EPOCH))
        elif stored[model] != current:
            rows.append((model, *current, now))
    return rows


def sync_pricing(
    store: AnalyticsStore,
    settings: SchemaSettings,
    configured: Mapping[str, PriceConfig],
    now: datetime | None = None,
) -> int:
    """Record the configured prices (config.models) in ``pricing``; returns rows added."""
    result = store.query(
        "SELECT model, argMax(input_per_mtok, valid_from), argMax(output_per_mtok, valid_from) "
        f"FROM {settings.table(PRICING)} GROUP BY model"
    )
    stored = {str(m): (float(i), float(o)) for m, i, o in result.rows}
    rows = price_changes(stored, configured, now or datetime.now(UTC))
    if rows:
        store.insert_rows(settings.table(PRICING), PRICING_COLUMN_NAMES, rows)
    return len(rows)

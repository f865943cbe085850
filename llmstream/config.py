"""The one configuration file: providers, models, routes, topics and endpoints.

Everything that changes behaviour lives here and is validated when a process starts, with
errors that name the bad key (``routes.default.model: unknown model 'gpt-5'``). Secrets
never do: a provider names the environment variable that holds its key.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated, Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from llmstream.errors import ConfigError

DEFAULT_CONFIG_FILE = "llmstream.yaml"
CONFIG_ENV = "LLMSTREAM_CONFIG"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TopicsConfig(_Strict):
    requests: str = "llm.requests"
    responses: str = "llm.responses"
    telemetry: str = "llm.telemetry"
    dead_letter: str = "llm.dead-letter"
    prompts: str = "llm.prompts"
    feedback: str = "llm.feedback"
    evaluations: str = "llm.evaluations"
    partitions: int = Field(default=6, ge=1)
    replication_factor: int = Field(default=1, ge=1)
    retention_ms: int = Field(default=7 * 24 * 3600 * 1000, ge=60_000)


class KafkaConfig(_Strict):
    bootstrap_servers: str = "127.0.0.1:9092"
    # Extra librdkafka settings applied to every client (security, timeouts...).
    client_config: dict[str, str | int | bool] = Field(default_factory=dict)


class SchemaRegistryConfig(_Strict):
    """With a URL, events use the Confluent framing; without one, Avro single-object."""

    url: str | None = None


class RedisConfig(_Strict):
    url: str = "redis://127.0.0.1:6379/0"


class ClickHouseConfig(_Strict):
    """Embedded chdb by default; a server when ``url`` is set (http://user:pass@host:8123)."""

    url: str | None = None
    data_dir: str = ".llmstream/chdb"
    database: str = "llmstream"
    # Where the process that owns the embedded store answers queries from the others.
    query_endpoint: str = "http://127.0.0.1:8124"
    ttl_days: int = Field(default=90, ge=1)


class ProviderConfig(_Strict):
    kind: Literal["openai", "anthropic"]
    base_url: str
    api_key_env: str | None = None
    timeout_s: float = Field(default=30.0, gt=0)
    headers: dict[str, str] = Field(default_factory=dict)

    def api_key(self) -> str | None:
        return os.environ.get(self.api_key_env) if self.api_key_env else None


class PriceConfig(_Strict):
    input_per_mtok: float = Field(ge=0)
    output_per_mtok: float = Field(ge=0)


class ModelLimitsConfig(_Strict):
    """A provider's published limits for one model; the limiter never exceeds them in any
    minute (its bucket refills at ``(limit - burst) / 60`` per second)."""

    rpm: int | None = Field(default=None, ge=2)  # requests per minute
    tpm: int | None = Field(default=None, ge=2)  # tokens (prompt + completion) per minute
    burst_s: float = Field(default=1.0, gt=0, lt=60)  # the burst, in seconds of the limit


class BreakerConfig(_Strict):
    """Opens when, in the last ``window_s``, at least ``min_calls`` calls were made and at
    least ``failure_ratio`` of them failed; after ``open_s`` lets ``half_open_probes`` trial
    calls through and closes when they all succeed."""

    window_s: float = Field(default=30.0, gt=0)
    min_calls: int = Field(default=10, ge=1)
    failure_ratio: float = Field(default=0.5, gt=0, le=1)
    open_s: float = Field(default=15.0, gt=0)
    half_open_probes: int = Field(default=2, ge=1)
    probe_timeout_s: float = Field(default=60.0, gt=0)


class ModelConfig(_Strict):
    provider: str
    name: str  # the provider's own model name
    price: PriceConfig
    context_tokens: int = Field(default=128_000, ge=1)
    # The provider's limits for this model, held by the shared limiter (none: unlimited).
    limits: ModelLimitsConfig = Field(default_factory=ModelLimitsConfig)
    # This model's circuit breaker (default: the top-level ``breaker``).
    breaker: BreakerConfig | None = None
    # Counts input tokens for the routes' max_input_tokens (issue 6): an OpenAI encoding
    # (exact, shipped with bpe-openai), or "estimate" (UTF-8 bytes / 3.5) for families
    # without a public tokenizer. Default: o200k_base for openai providers, else estimate.
    tokenizer: Literal["o200k_base", "cl100k_base", "estimate"] | None = None


class RetryConfig(_Strict):
    max_attempts: int = Field(default=4, ge=1)
    base_delay_s: float = Field(default=0.2, gt=0)
    max_delay_s: float = Field(default=5.0, gt=0)


GuardAction = Literal["block", "redact", "flag", "allow"]


def _default_guard_actions() -> dict[str, GuardAction]:
    return {
        "injection": "block", "email": "redact", "phone": "redact", "card": "redact",
        "iban": "redact", "national_id": "redact", "ip": "redact", "secret": "redact",
    }


class InputGuardConfig(_Strict):
    """Input guardrails of a route (issue 6): what to do per finding type. ``injection``
    takes block or flag; PII types (email, phone, card, iban, national_id, ip, secret)
    block, redact (typed placeholders), flag or allow."""

    enabled: bool = True
    injection_threshold: float = Field(default=0.5, gt=0, le=1)
    actions: dict[str, GuardAction] = Field(default_factory=_default_guard_actions)
    # Put the originals back in place of the placeholders in the answer.
    restore_pii: bool = False

    @model_validator(mode="after")
    def _known_types(self) -> InputGuardConfig:
        known = {"injection", "email", "phone", "card", "iban", "national_id", "ip", "secret"}
        unknown = sorted(set(self.actions) - known)
        if unknown:
            raise ValueError(
                f"actions: unknown finding types {unknown} (known: {sorted(known)})"
            )
        if self.actions.get("injection") == "redact":
            raise ValueError(
                "actions.injection: an injection can be blocked or flagged, not redacted"
            )
        return self

    def action(self, finding_type: str) -> GuardAction:
        return self.actions.get(finding_type, "allow")


class OutputGuardConfig(_Strict):
    """Output guardrails of a route (issue 6). ``json_schema`` (a JSON Schema, checked at
    start) or ``json: true`` asks the model for JSON and validates the answer."""

    json_schema: dict[str, Any] | None = None
    json_output: bool = False
    # URLs, emails and phone numbers in the answer that are in neither the input nor here.
    contacts: Literal["off", "flag", "remove"] = "flag"
    allowed_contacts: tuple[str, ...] = ()
    # Content policy: category -> regular expressions; a match blocks or flags the answer.
    content_policy: dict[str, tuple[str, ...]] = Field(default_factory=dict)
    content_action: Literal["block", "flag"] = "block"
    # Share of the system prompt's 8-word shingles found in the answer that is a leak.
    leak_threshold: float = Field(default=0.3, gt=0, le=1)
    repair_attempts: int = Field(default=1, ge=0, le=3)
    # Models tried in order once the route's model and its repair attempt failed. Unset:
    # the route's ``fallback`` chain; ``[]``: none.
    fallback_models: tuple[str, ...] | None = None

    @model_validator(mode="after")
    def _valid_schema_and_patterns(self) -> OutputGuardConfig:
        import re

        from jsonschema import Draft202012Validator, SchemaError

        if self.json_schema is not None:
            try:
                Draft202012Validator.check_schema(self.json_schema)
            except SchemaError as error:
                raise ValueError(
                    f"json_schema: not a valid JSON Schema ({error.message})"
                ) from None
        for category, patterns in self.content_policy.items():
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as error:
                    raise ValueError(
                        f"content_policy.{category}: invalid pattern {pattern!r} ({error})"
                    ) from None
        return self

    @property
    def wants_json(self) -> bool:
        return self.json_output or self.json_schema is not None


class RouteCacheConfig(_Strict):
    """How one route uses the cache (see docs/CACHE.md)."""

    enabled: bool = True
    ttl_s: int = Field(default=3600, ge=1)
    # Requests above this temperature are never served from or stored in the cache;
    # the default caches only deterministic (temperature 0) requests.
    max_temperature: float = Field(default=0.0, ge=0, le=2)
    semantic: bool = True
    # Cosine similarity at or above which a semantic neighbour is served.
    similarity_threshold: float = Field(default=0.86, gt=0, le=1)


class RouteConfig(_Strict):
    model: str
    max_input_chars: int = Field(default=32_000, ge=1)
    max_input_tokens: int = Field(default=8_000, ge=1)
    max_output_tokens: int = Field(default=1024, ge=1)
    default_temperature: float = Field(default=0.0, ge=0, le=2)
    deadline_s: float = Field(default=60.0, gt=0)
    retry: RetryConfig = Field(default_factory=RetryConfig)
    # Models to try, in order, when the route's model is unavailable or its breaker is open.
    fallback: tuple[str, ...] = ()
    guard: InputGuardConfig = Field(default_factory=InputGuardConfig)
    output: OutputGuardConfig = Field(default_factory=OutputGuardConfig)
    cache: RouteCacheConfig = Field(default_factory=RouteCacheConfig)

    @property
    def output_fallbacks(self) -> tuple[str, ...]:
        """The models tried, one by one, after the route's model gave an answer that failed
        the output guard even after repair."""
        if self.output.fallback_models is not None:
            return self.output.fallback_models
        return self.fallback


class CacheConfig(_Strict):
    """The cache shared by every worker (Redis) and each worker's semantic index."""

    key_prefix: str = "llmstream:cache"
    # A Redis call without an answer after this much time the event loop was free to hear
    # it (loop_lag.py) counts as Redis being down for this request.
    redis_timeout_ms: int = Field(default=500, ge=1)
    # Reconnect backoff while Redis is down: exponential with full jitter, capped.
    reconnect_base_ms: int = Field(default=100, ge=1)
    reconnect_max_ms: int = Field(default=5000, ge=1)
    # Stampede protection: how long the worker that calls the provider holds the lease,
    # and how often the others look for its answer.
    lease_ms: int = Field(default=60_000, ge=100)
    wait_poll_ms: int = Field(default=10, ge=1)
    semantic_max_entries: int = Field(default=100_000, ge=1)
    embedding_model: Literal["wordllama-l2-supercat-256"] = "wordllama-l2-supercat-256"


class WorkerConfig(_Strict):
    group_id: str = "llmstream-pipeline"
    max_in_flight: int = Field(default=256, ge=1)
    # The least time between the starts of two transactions of the request stage: a
    # result ready later than that is committed at once, earlier ones are batched.
    commit_interval_ms: int = Field(default=5, ge=1)
    transaction_timeout_ms: int = Field(default=10_000, ge=1000)
    # How long a silent worker keeps its partitions before the group moves them.
    session_timeout_ms: int = Field(default=10_000, ge=1000)
    web_port: int = Field(default=6066, ge=0, le=65535)
    # "immediate": a cache hit's answer is sent the moment it is found, outside the
    # transaction that commits the request (its telemetry stays in it), so it is not held
    # back by the transaction's broker round trips. If the worker dies between the two,
    # the request is answered again with the same request_id (LLMClient keeps the first).
    # "transactional": every answer exactly once, a hit as slow to arrive as a commit.
    hit_delivery: Literal["immediate", "transactional"] = "immediate"


class SinkConfig(_Strict):
    group_id: str = "llmstream-telemetry-sink"
    batch_size: int = Field(default=5000, ge=1)
    batch_interval_ms: int = Field(default=2000, ge=1)


class SimulatorConfig(_Strict):
    host: str = "127.0.0.1"
    port: int = Field(default=8088, ge=0, le=65535)


class PromptsConfig(_Strict):
    """The prompt registry (``llm.prompts``) as workers and the ``prompts`` CLI use it."""

    # A request that names a prompt but neither a version nor a label gets this label.
    default_label: str = Field(default="production", pattern=r"^[A-Za-z][A-Za-z0-9_.-]*$")
    # Each interpolated value is cut to this many characters (after sanitising).
    max_variable_chars: int = Field(default=8000, ge=16)
    # A worker reads the whole topic before it answers requests; it fails to start if it
    # cannot within this time.
    load_timeout_s: float = Field(default=60.0, gt=0)


class StackConfig(_Strict):
    """The local stack that ``llmstream up`` runs: a Kafka broker, redis-server, services."""

    controller_port: int = Field(default=9093, ge=1, le=65535)
    kafka_heap: str = Field(default="512m", pattern=r"^[0-9]+[kKmMgG]$")
    # Extra JVM options for the broker (after the heap); startup speed vs peak throughput.
    kafka_jvm_options: tuple[str, ...] = ()
    # Where the broker's jars are resolved to (default <state_dir>/kafka/libs); several
    # state directories may share one, the jars are stamped with the pom they came from.
    kafka_libs_dir: str | None = None
    # Partitions of the broker's internal topics: few keep a local restart fast.
    internal_topic_partitions: int = Field(default=4, ge=1)
    ready_timeout_s: float = Field(default=90.0, gt=0)
    stop_timeout_s: float = Field(default=30.0, gt=0)


class AppLimitConfig(_Strict):
    """Requests per minute per user or feature (``key``: only that one; none: each)."""

    scope: Literal["user", "feature"]
    key: str | None = None
    rpm: int = Field(ge=1)
    action: Literal["reject", "downgrade"] = "reject"
    downgrade_route: str | None = None

    @model_validator(mode="after")
    def _downgrade_named(self) -> AppLimitConfig:
        _check_action(self.action, self.downgrade_route)
        return self


class BudgetConfig(_Strict):
    """A spending limit per tenant, user or feature and UTC day or month, from cost_usd."""

    scope: Literal["tenant", "user", "feature"]
    key: str | None = None
    period: Literal["day", "month"]
    limit_usd: float = Field(ge=0)
    action: Literal["reject", "downgrade"] = "reject"
    downgrade_route: str | None = None

    @model_validator(mode="after")
    def _downgrade_named(self) -> BudgetConfig:
        _check_action(self.action, self.downgrade_route)
        return self


def _check_action(action: str, downgrade_route: str | None) -> None:
    if action == "downgrade" and downgrade_route is None:
        raise ValueError("downgrade_route: required when action is downgrade")
    if action == "reject" and downgrade_route is not None:
        raise ValueError("downgrade_route: only allowed when action is downgrade")


class RateControlConfig(_Strict):
    # Prefix of every shared-state key in Redis (buckets, breakers, spend counters).
    key_prefix: str = Field(default="llmstream", min_length=1)
    # A worker decides from the breaker state it saw within this long, and writes its
    # successes in batches this often: other workers see changes at most this late.
    breaker_sync_ms: int = Field(default=100, ge=0, le=10_000)


# --- evaluation (issue 8) ---------------------------------------------------------------

_EVALUATOR_NAME = r"^[A-Za-z][A-Za-z0-9_.-]*$"


class JsonValidEvaluatorConfig(_Strict):
    """1 when the answer is JSON (an object, if ``object_only``)."""

    kind: Literal["json_valid"]
    object_only: bool = True


class RequiredFieldsEvaluatorConfig(_Strict):
    """The share of ``fields`` (dotted JSON paths) present in the JSON answer."""

    kind: Literal["required_fields"]
    fields: tuple[str, ...] = Field(min_length=1)


class LengthEvaluatorConfig(_Strict):
    """1 when the answer's length in characters is within [min_chars, max_chars]."""

    kind: Literal["length"]
    min_chars: int = Field(default=0, ge=0)
    max_chars: int | None = Field(default=None, ge=1)

    @model_validator(mode="after")
    def _ordered(self) -> LengthEvaluatorConfig:
        if self.max_chars is not None and self.max_chars < self.min_chars:
            raise ValueError("max_chars must not be less than min_chars")
        return self


class CategoryEvaluatorConfig(_Strict):
    """1 when the value at ``path`` of the JSON answer (or the whole answer, trimmed and
    case-folded, without a path) is one of ``allowed``."""

    kind: Literal["category"]
    allowed: tuple[str, ...] = Field(min_length=1)
    path: str | None = None


class RegexEvaluatorConfig(_Strict):
    """1 when ``pattern`` matches (``search``) the answer, or must not (``must_match``)."""

    kind: Literal["regex"]
    pattern: str
    must_match: bool = True

    @model_validator(mode="after")
    def _compiles(self) -> RegexEvaluatorConfig:
        import re

        try:
            re.compile(self.pattern)
        except re.error as error:
            raise ValueError(f"pattern: invalid regular expression ({error})") from None
        return self


class JsonPathEvaluatorConfig(_Strict):
    """1 when the value at ``path`` of the JSON answer equals ``equals`` (or, without
    ``equals``, the item's reference answer)."""

    kind: Literal["json_path"]
    path: str = Field(min_length=1)
    equals: str | int | float | bool | None = None


class ExactMatchEvaluatorConfig(_Strict):
    """1 when the answer equals the reference answer (trimmed, case-folded, whitespace
    collapsed, end punctuation ignored); else the share of reference words it contains."""

    kind: Literal["exact_match"]


class SimilarityEvaluatorConfig(_Strict):
    """Cosine similarity of the answer's and the reference's embeddings, rescaled so that
    ``floor`` (unrelated texts) scores 0 and identical texts 1."""

    kind: Literal["similarity"]
    embedding_model: Literal["wordllama-l2-supercat-256"] = "wordllama-l2-supercat-256"
    floor: float = Field(default=0.0, ge=-1, lt=1)


class JudgeEvaluatorConfig(_Strict):
    """LLM-as-judge: the registered prompt ``prompt`` (at ``label``, or pinned ``version``)
    is sent through the pipeline on ``route`` with the variables input, answer and
    reference; its answer must be the verdict JSON {score, reason}."""

    kind: Literal["judge"]
    prompt: str = Field(min_length=1)
    label: str | None = None
    version: int | None = Field(default=None, ge=1)
    route: str | None = None
    timeout_s: float = Field(default=60.0, gt=0)


EvaluatorConfig = Annotated[
    JsonValidEvaluatorConfig
    | RequiredFieldsEvaluatorConfig
    | LengthEvaluatorConfig
    | CategoryEvaluatorConfig
    | RegexEvaluatorConfig
    | JsonPathEvaluatorConfig
    | ExactMatchEvaluatorConfig
    | SimilarityEvaluatorConfig
    | JudgeEvaluatorConfig,
    Field(discriminator="kind"),
]


class EvaluatorBindingConfig(_Strict):
    """Which evaluators score answers of a route, a prompt, or both (both must match)."""

    route: str | None = None
    prompt: str | None = None
    evaluators: tuple[str, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _names_something(self) -> EvaluatorBindingConfig:
        if self.route is None and self.prompt is None:
            raise ValueError("give a route, a prompt or both")
        return self


class OnlineEvaluationConfig(_Strict):
    """Sampling of live traffic, off the request's path (``llmstream evaluator``)."""

    sample_rate: float = Field(default=0.0, ge=0, le=1)
    group_id: str = "llmstream-evaluator"
    web_port: int = Field(default=6070, ge=0, le=65535)  # GET /health


class GateConfig(_Strict):
    """``llmstream eval gate`` fails when, for any evaluator, the candidate's mean score
    is below the baseline's by more than ``margin``."""

    margin: float = Field(default=0.05, ge=0, le=1)
    confidence: float = Field(default=0.95, gt=0.5, lt=1)


class EvaluationConfig(_Strict):
    evaluators: dict[str, EvaluatorConfig] = Field(default_factory=dict)
    apply: tuple[EvaluatorBindingConfig, ...] = ()
    online: OnlineEvaluationConfig = Field(default_factory=OnlineEvaluationConfig)
    gate: GateConfig = Field(default_factory=GateConfig)
    # name -> JSONL file of items (relative paths: from the working directory)
    datasets: dict[str, str] = Field(default_factory=dict)
    # In-flight requests of an eval run or replay (the client publishes this many ahead).
    concurrency: int = Field(default=32, ge=1)

    @model_validator(mode="after")
    def _names_resolve(self) -> EvaluationConfig:
        import re

        for name in self.evaluators:
            if not re.fullmatch(_EVALUATOR_NAME, name):
                raise ValueError(f"evaluators.{name}: a name is a letter, then letters, "
                                 "digits, _ . or -")
        for index, binding in enumerate(self.apply):
            for evaluator in binding.evaluators:
                if evaluator not in self.evaluators:
                    raise ValueError(
                        f"apply.{index}.evaluators: unknown evaluator {evaluator!r} "
                        f"(known: {sorted(self.evaluators)})"
                    )
        return self

    def evaluators_for(self, route: str | None, prompt: str | None) -> tuple[str, ...]:
        """The evaluators that apply to an answer of ``route`` rendered from ``prompt``,
        in configuration order, each once."""
        chosen: list[str] = []
        for binding in self.apply:
            if binding.route is not None and binding.route != route:
                continue
            if binding.prompt is not None and binding.prompt != prompt:
                continue
            chosen.extend(name for name in binding.evaluators if name not in chosen)
        return tuple(chosen)


class Config(_Strict):
    kafka: KafkaConfig = Field(default_factory=KafkaConfig)
    schema_registry: SchemaRegistryConfig = Field(default_factory=SchemaRegistryConfig)
    topics: TopicsConfig = Field(default_factory=TopicsConfig)
    redis: RedisConfig = Field(default_factory=RedisConfig)
    clickhouse: ClickHouseConfig = Field(default_factory=ClickHouseConfig)
    providers: dict[str, ProviderConfig]
    models: dict[str, ModelConfig]
    routes: dict[str, RouteConfig]
    default_route: str = "default"
    worker: WorkerConfig = Field(default_factory=WorkerConfig)
    sink: SinkConfig = Field(default_factory=SinkConfig)
    cache: CacheConfig = Field(default_factory=CacheConfig)
    simulator: SimulatorConfig = Field(default_factory=SimulatorConfig)
    stack: StackConfig = Field(default_factory=StackConfig)
    prompts: PromptsConfig = Field(default_factory=PromptsConfig)
    state_dir: str = ".llmstream"
    breaker: BreakerConfig = Field(default_factory=BreakerConfig)
    app_limits: tuple[AppLimitConfig, ...] = ()
    budgets: tuple[BudgetConfig, ...] = ()
    rate_control: RateControlConfig = Field(default_factory=RateControlConfig)
    evaluation: EvaluationConfig = Field(default_factory=EvaluationConfig)

    @model_validator(mode="after")
    def _references_resolve(self) -> Config:
        for name, model in self.models.items():
            if model.provider not in self.providers:
                raise ValueError(
                    f"models.{name}.provider: unknown provider {model.provider!r} "
                    f"(known: {sorted(self.providers)})"
                )
        for name, route in self.routes.items():
            if route.model not in self.models:
                raise ValueError(
                    f"routes.{name}.model: unknown model {route.model!r} "
                    f"(known: {sorted(self.models)})"
                )
            for fallback in route.output.fallback_models or ():
                if fallback not in self.models:
                    raise ValueError(
                        f"routes.{name}.output.fallback_models: unknown model {fallback!r} "
                        f"(known: {sorted(self.models)})"
                    )
        if self.default_route not in self.routes:
            raise ValueError(
                f"default_route: unknown route {self.default_route!r} "
                f"(known: {sorted(self.routes)})"
            )
        self._rate_control_references_resolve()
        self._evaluation_references_resolve()
        return self

    def _evaluation_references_resolve(self) -> None:
        evaluation = self.evaluation
        for index, binding in enumerate(evaluation.apply):
            if binding.route is not None and binding.route not in self.routes:
                raise ValueError(
                    f"evaluation.apply.{index}.route: unknown route {binding.route!r} "
                    f"(known: {sorted(self.routes)})"
                )
        for name, evaluator in evaluation.evaluators.items():
            if isinstance(evaluator, JudgeEvaluatorConfig) and evaluator.route is not None \
                    and evaluator.route not in self.routes:
                raise ValueError(
                    f"evaluation.evaluators.{name}.route: unknown route {evaluator.route!r} "
                    f"(known: {sorted(self.routes)})"
                )

    def _rate_control_references_resolve(self) -> None:
        for name, route in self.routes.items():
            for index, model in enumerate(route.fallback):
                if model not in self.models:
                    raise ValueError(
                        f"routes.{name}.fallback.{index}: unknown model {model!r} "
                        f"(known: {sorted(self.models)})"
                    )
        rules: list[tuple[str, AppLimitConfig | BudgetConfig]] = [
            *((f"app_limits.{i}", rule) for i, rule in enumerate(self.app_limits)),
            *((f"budgets.{i}", rule) for i, rule in enumerate(self.budgets)),
        ]
        for where, rule in rules:
            if rule.downgrade_route is not None and rule.downgrade_route not in self.routes:
                raise ValueError(
                    f"{where}.downgrade_route: unknown route {rule.downgrade_route!r} "
                    f"(known: {sorted(self.routes)})"
                )

    def breaker_for(self, model: str) -> BreakerConfig:
        return self.models[model].breaker or self.breaker

    def route(self, name: str | None) -> tuple[str, RouteConfig] | None:
        key = name or self.default_route
        route = self.routes.get(key)
        return (key, route) if route is not None else None


def _format_validation_error(source: str, error: ValidationError) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"])
        message = item["msg"].removeprefix("Value error, ")
        if item["type"] == "extra_forbidden":
            message = "unknown key"
        lines.append(f"{source}: {where + ': ' if where else ''}{message}")
    return "\n".join(lines)


def parse_config(data: Any, source: str = "<config>") -> Config:
    """Validate a decoded configuration document."""
    if not isinstance(data, dict):
        raise ConfigError(f"{source}: the top level must be a mapping")
    try:
        return Config.model_validate(data)
    except ValidationError as error:
        raise ConfigError(_format_validation_error(source, error)) from None


def load_config(path: str | os.PathLike[str] | None = None) -> Config:
    """Load the configuration from ``path``, ``$LLMSTREAM_CONFIG`` or ``./llmstream.yaml``."""
    file = Path(path or os.environ.get(CONFIG_ENV) or DEFAULT_CONFIG_FILE)
    try:
        text = file.read_text(encoding="utf-8")
    except OSError as error:
        raise ConfigError(f"{file}: cannot read configuration ({error.strerror})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise ConfigError(f"{file}: not valid YAML ({error})") from None
    return parse_config(data, str(file))

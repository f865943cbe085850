"""The events that flow through the pipeline, as typed Python values.

Each class mirrors one Avro schema in ``schemas/``; ``to_record``/``from_record`` convert
to and from the plain dicts fastavro reads and writes. Nothing here does I/O.
"""

from __future__ import annotations

import json
import time
import uuid
from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any

# The request metadata key that links a request to the one it was made for (a judge call
# to the request whose answer it judges); telemetry records it as parent_request_id.
PARENT_REQUEST_KEY = "parent_request_id"
# The request metadata key that marks a request of an eval run or replay (its run id):
# evaluation's own traffic, which online evaluation does not sample.
EVAL_RUN_KEY = "eval_run"


def now_ms() -> int:
    return int(time.time() * 1000)


def new_id() -> str:
    return uuid.uuid4().hex


def millis(value: Any) -> int:
    """fastavro decodes timestamp-millis as an aware datetime; events keep epoch millis."""
    if isinstance(value, datetime):
        return int(value.timestamp() * 1000)
    return int(value)


@dataclass(frozen=True, slots=True)
class ToolCall:
    """A call the model asked for; ``arguments`` is the JSON text of the arguments."""

    id: str
    name: str
    arguments: str

    def parsed_arguments(self) -> Any:
        """The decoded arguments (raises ``json.JSONDecodeError`` if the model wrote bad JSON)."""
        return json.loads(self.arguments)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> ToolCall:
        return cls(id=record["id"], name=record["name"], arguments=record["arguments"])


@dataclass(frozen=True, slots=True)
class Message:
    role: str
    content: str
    tool_call_id: str | None = None  # role "tool": the call this message answers
    tool_calls: list[ToolCall] = field(default_factory=list)  # role "assistant": calls made

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Message:
        return cls(
            role=record["role"],
            content=record["content"],
            tool_call_id=record.get("tool_call_id"),
            tool_calls=[ToolCall.from_record(c) for c in record.get("tool_calls") or ()],
        )


@dataclass(frozen=True, slots=True)
class ResponseFormatSpec:
    """``type`` is text, json_object or json_schema; ``schema`` the JSON Schema text."""

    type: str
    schema: str | None = None


@dataclass(frozen=True, slots=True)
class ToolSpec:
    """A tool offered to the model; ``parameters`` is the JSON Schema text of its arguments."""

    name: str
    description: str | None = None
    parameters: str | None = None


@dataclass(frozen=True, slots=True)
class Params:
    temperature: float | None = None
    max_tokens: int | None = None
    top_p: float | None = None
    stop: list[str] | None = None
    seed: int | None = None


@dataclass(frozen=True, slots=True)
class PromptRef:
    """A registered prompt a request asks for: a pinned version, a label, or neither
    (then the ``production`` label)."""

    name: str
    version: int | None = None
    label: str | None = None
    variables: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_record(cls, record: dict[str, Any] | None) -> PromptRef | None:
        if record is None:
            return None
        return cls(
            name=record["name"],
            version=record.get("version"),
            label=record.get("label"),
            variables=dict(record.get("variables") or {}),
        )


@dataclass(frozen=True, slots=True)
class Request:
    request_id: str
    messages: list[Message]
    created_at: int = field(default_factory=now_ms)
    route: str | None = None
    params: Params = field(default_factory=Params)
    user_id: str | None = None
    tenant: str | None = None
    feature: str | None = None
    timeout_ms: int | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    response_format: ResponseFormatSpec | None = None
    tools: list[ToolSpec] = field(default_factory=list)
    tool_choice: str | None = None  # auto, none, required or a tool's name; None: auto
    prompt: PromptRef | None = None
    cache: str = "default"  # default | bypass | refresh

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Request:
        return cls(
            request_id=record["request_id"],
            created_at=millis(record["created_at"]),
            route=record.get("route"),
            messages=[Message.from_record(m) for m in record["messages"]],
            params=Params(**(record.get("params") or {})),
            user_id=record.get("user_id"),
            tenant=record.get("tenant"),
            feature=record.get("feature"),
            timeout_ms=record.get("timeout_ms"),
            metadata=dict(record.get("metadata") or {}),
            response_format=(
                ResponseFormatSpec(**record["response_format"])
                if record.get("response_format")
                else None
            ),
            tools=[ToolSpec(**tool) for tool in record.get("tools") or ()],
            tool_choice=record.get("tool_choice"),
            prompt=PromptRef.from_record(record.get("prompt")),
            cache=record.get("cache") or "default",
        )


@dataclass(frozen=True, slots=True)
class Usage:
    prompt_tokens: int = 0
    completion_tokens: int = 0


@dataclass(frozen=True, slots=True)
class Response:
    request_id: str
    status: str
    reason: str | None = None
    content: str | None = None
    route: str | None = None
    model: str | None = None
    provider: str | None = None
    finish_reason: str | None = None
    cache: str = "miss"
    usage: Usage = field(default_factory=Usage)
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    attempts: int = 0
    created_at: int = field(default_factory=now_ms)
    tool_calls: list[ToolCall] = field(default_factory=list)
    prompt_name: str | None = None
    prompt_version: int | None = None
    prompt_variant: str | None = None
    cache_similarity: float | None = None  # semantic hits only

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Response:
        fields = dict(record)
        fields["usage"] = Usage(**(record.get("usage") or {}))
        fields["tool_calls"] = [ToolCall.from_record(c) for c in record.get("tool_calls") or ()]
        fields["created_at"] = millis(record["created_at"])
        return cls(**fields)

    def to_json(self) -> dict[str, Any]:
        """The JSON line ``llmstream submit`` writes for this response."""
        return self.to_record()


@dataclass(frozen=True, slots=True)
class Telemetry:
    event_id: str
    kind: str  # "request" or "attempt"
    request_id: str
    status: str
    ts: int = field(default_factory=now_ms)
    route: str | None = None
    error_type: str | None = None
    reason: str | None = None
    model: str | None = None
    provider: str | None = None
    tenant: str | None = None
    user_id: str | None = None
    feature: str | None = None
    prompt_name: str | None = None
    prompt_version: str | None = None
    prompt_variant: str | None = None
    prompt_tokens: int = 0
    completion_tokens: int = 0
    cost_usd: float = 0.0
    latency_ms: float = 0.0
    provider_latency_ms: float = 0.0
    stage_latency_ms: dict[str, float] = field(default_factory=dict)
    cache: str = "miss"
    attempts: int = 0
    attempt: int = 0
    fallback: bool = False
    worker: str | None = None
    guard_input: str = ""
    guard_output: str = ""
    guard_findings: list[str] = field(default_factory=list)
    output_repairs: int = 0
    cache_similarity: float | None = None
    parent_request_id: str | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Telemetry:
        fields = dict(record)
        fields["ts"] = millis(record["ts"])
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class DeadLetter:
    event_id: str
    source_topic: str
    source_partition: int
    source_offset: int
    error_code: str
    reason: str
    key: bytes | None = None
    value: bytes | None = None
    ts: int = field(default_factory=now_ms)
    worker: str | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def for_source(
        cls,
        topic: str,
        partition: int,
        offset: int,
        error_code: str,
        reason: str,
        key: bytes | None,
        value: bytes | None,
        worker: str | None,
    ) -> DeadLetter:
        """The dead letter of the event at topic/partition/offset. Its id is that position,
        so a replayed dead letter can be recognised downstream."""
        return cls(
            event_id=f"{topic}:{partition}:{offset}",
            source_topic=topic,
            source_partition=partition,
            source_offset=offset,
            error_code=error_code,
            reason=reason,
            key=key,
            value=value,
            worker=worker,
        )

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> DeadLetter:
        fields = dict(record)
        fields["ts"] = millis(record["ts"])
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class Feedback:
    """What a user or an application said about one answer (``schemas/feedback.avsc``).

    ``kind`` is the Avro enum symbol (``THUMBS_UP``...)."""

    event_id: str
    request_id: str
    kind: str
    ts: int = field(default_factory=now_ms)
    value: float | None = None
    comment: str | None = None
    user_id: str | None = None
    tenant: str | None = None
    feature: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Feedback:
        fields = dict(record)
        fields["ts"] = millis(record["ts"])
        return cls(**fields)


@dataclass(frozen=True, slots=True)
class EvaluationScore:
    """The ``EvaluationScore`` event (schemas/evaluation.avsc) of one score."""

    request_id: str
    evaluator: str
    evaluator_kind: str
    score: float
    reason: str
    source: str  # ONLINE, DATASET or REPLAY (UNKNOWN when a newer writer added one)
    event_id: str = field(default_factory=new_id)
    ts: int = field(default_factory=now_ms)
    run_id: str | None = None
    arm: str | None = None
    dataset: str | None = None
    item_id: str | None = None
    judge_request_id: str | None = None
    route: str | None = None
    model: str | None = None
    prompt_name: str | None = None
    prompt_version: str | None = None
    prompt_variant: str | None = None
    answer_cost_usd: float | None = None
    answer_latency_ms: float | None = None

    def to_record(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> EvaluationScore:
        fields = dict(record)
        fields["ts"] = millis(record["ts"])
        return cls(**fields)

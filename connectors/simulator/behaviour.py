"""What the simulator does besides answering: latency, injected faults, rate limit, seed.

Set at start from the command line and changed at run time through ``PUT /_sim/config``.
Validated like the main configuration: an invalid document is rejected with the bad key.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

DEFAULT_MODELS = ("sim-gpt-small", "sim-gpt-large", "sim-claude-haiku", "sim-claude-sonnet")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FixedLatency(_Strict):
    kind: Literal["fixed"] = "fixed"
    ms: float = Field(default=0.0, ge=0)


class UniformLatency(_Strict):
    kind: Literal["uniform"] = "uniform"
    min_ms: float = Field(ge=0)
    max_ms: float = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> UniformLatency:
        if self.max_ms < self.min_ms:
            raise ValueError("max_ms must not be less than min_ms")
        return self


class LognormalLatency(_Strict):
    """Long-tailed, like real providers: given by its median and 99th percentile."""

    kind: Literal["lognormal"] = "lognormal"
    median_ms: float = Field(gt=0)
    p99_ms: float = Field(gt=0)

    @model_validator(mode="after")
    def _ordered(self) -> LognormalLatency:
        if self.p99_ms < self.median_ms:
            raise ValueError("p99_ms must not be less than median_ms")
        return self


Latency = Annotated[FixedLatency | UniformLatency | LognormalLatency, Field(discriminator="kind")]

Rate = Annotated[float, Field(ge=0, le=1)]

# A scripted outcome: one of the faults, or "none" (answered normally).
ScriptedFault = Literal["rate_limit", "server_error", "overloaded", "timeout", "reset",
                        "malformed", "none"]


class FaultRates(_Strict):
    """Probability of each injected fault per call; together at most 1."""

    rate_limit: Rate = 0.0  # 429 with Retry-After
    server_error: Rate = 0.0  # 500
    overloaded: Rate = 0.0  # 503 (OpenAI) / 529 overloaded_error (Anthropic)
    timeout: Rate = 0.0  # hold the connection, then drop it
    reset: Rate = 0.0  # close the connection without an answer
    malformed: Rate = 0.0  # 200 with a body that is not valid JSON
    # 200 with a well-formed body whose answer text is broken JSON or misses the schema
    # (the model's mistake, not the API's): see invalid_json.py.
    invalid_json: Rate = 0.0

    @model_validator(mode="after")
    def _at_most_one(self) -> FaultRates:
        total = sum(self.as_dict().values())
        if total > 1.0 + 1e-9:
            raise ValueError(f"fault rates add up to {total:g}; at most 1")
        return self

    def as_dict(self) -> dict[str, float]:
        return {name: float(getattr(self, name)) for name in type(self).model_fields}


class DegradeRule(_Strict):
    """Test double (issue 8): a share ``rate`` of recorded answers to requests containing
    ``marker`` are wrong (see answer_book.py)."""

    marker: str = Field(min_length=1)
    rate: Rate = 1.0


class Behaviour(_Strict):
    seed: int = 0
    latency: Latency = Field(default_factory=FixedLatency)
    per_output_token_ms: float = Field(default=0.0, ge=0)  # added to latency per token
    faults: FaultRates = Field(default_factory=FaultRates)
    model_faults: dict[str, FaultRates] = Field(default_factory=dict)  # replace `faults`
    # The n-th call of each distinct request gets first_faults[n]; later calls draw from
    # the rates. ("rate_limit",): every request is refused once, then answered.
    first_faults: tuple[ScriptedFault, ...] = ()
    retry_after_s: float = Field(default=1.0, ge=0)  # on injected 429s
    timeout_hold_s: float = Field(default=30.0, gt=0, le=600)
    rpm_limit: int | None = Field(default=None, ge=1)  # per model, sliding 60 s window
    models: tuple[str, ...] = DEFAULT_MODELS  # listed by GET /v1/models
    strict_models: bool = False  # True: other model names get 404
    require_api_key: bool = False  # True: calls without a key header get 401
    # Test doubles for evaluation (answer_book.py): recorded answers by text the last user
    # message contains, and rules that make a marked prompt version answer worse.
    answer_book: dict[str, str] = Field(default_factory=dict)
    degrade: tuple[DegradeRule, ...] = ()

    def faults_for(self, model: str) -> FaultRates:
        return self.model_faults.get(model, self.faults)

    def updated(self, changes: dict[str, Any]) -> Behaviour:
        """A copy with the given top-level keys replaced (each value validated in full)."""
        return Behaviour.model_validate({**self.model_dump(), **changes})


def parse_latency(text: str) -> FixedLatency | UniformLatency | LognormalLatency:
    """``fixed:MS``, ``uniform:MIN_MS,MAX_MS`` or ``lognormal:MEDIAN_MS,P99_MS``."""
    kind, _, args = text.partition(":")
    try:
        numbers = [float(part) for part in args.split(",")] if args else []
    except ValueError:
        raise ValueError(f"latency {text!r}: the arguments must be numbers") from None
    if kind == "fixed" and len(numbers) == 1:
        return FixedLatency(ms=numbers[0])
    if kind == "uniform" and len(numbers) == 2:
        return UniformLatency(min_ms=numbers[0], max_ms=numbers[1])
    if kind == "lognormal" and len(numbers) == 2:
        return LognormalLatency(median_ms=numbers[0], p99_ms=numbers[1])
    raise ValueError(
        f"latency {text!r}: expected fixed:MS, uniform:MIN_MS,MAX_MS or lognormal:MEDIAN_MS,P99_MS"
    )


def parse_fault_rates(items: tuple[str, ...]) -> FaultRates:
    """``("server_error=0.1", "timeout=0.01")`` -> ``FaultRates``."""
    rates: dict[str, float] = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or name not in FaultRates.model_fields:
            known = ", ".join(FaultRates.model_fields)
            raise ValueError(f"fault {item!r}: expected KIND=RATE with KIND one of {known}")
        try:
            rates[name] = float(value)
        except ValueError:
            raise ValueError(f"fault {item!r}: the rate must be a number") from None
    return FaultRates.model_validate(rates)

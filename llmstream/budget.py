"""Budget and application-limit decisions. Pure: no I/O, no clock (times are passed in).

A *limit rule* (a spending budget or a per-user/per-feature rate limit from the
configuration) applies to a request when the request has a value for the rule's scope
(tenant, user or feature) and, if the rule names one, it is that value. A rule that is
over its limit is a *breach*; the breaches decide the request's fate:

- any breach whose action is ``reject``: rejected, with ``budget_exceeded`` or
  ``rate_limited`` (the first such breach names the status and the reason);
- otherwise any ``downgrade`` breach: the request moves to the first breach's cheaper route
  (a request already on that route stays there);
- no breach: allowed as it is.

Spend counters are kept per scope value and period: ``tenant:acme:day:2026-11-28``.
"""

from __future__ import annotations

import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Literal, Protocol

from llmstream.errors import Status

Scope = Literal["tenant", "user", "feature"]
Period = Literal["day", "month"]
Action = Literal["reject", "downgrade"]
Kind = Literal["budget", "rate"]

DAY_S = 86_400
PERIOD_TTL_S: dict[Period, int] = {"day": 2 * DAY_S, "month": 32 * DAY_S}


class LimitRule(Protocol):
    @property
    def scope(self) -> Scope: ...

    @property
    def key(self) -> str | None: ...

    @property
    def action(self) -> Action: ...

    @property
    def downgrade_route(self) -> str | None: ...


class SpendRule(LimitRule, Protocol):
    @property
    def period(self) -> Period: ...

    @property
    def limit_usd(self) -> float: ...


@dataclass(frozen=True, slots=True)
class CounterKey:
    name: str  # "tenant:acme:day:2026-11-28"
    ttl_s: int


@dataclass(frozen=True, slots=True)
class Breach:
    kind: Kind
    action: Action
    reason: str
    downgrade_route: str | None = None


@dataclass(frozen=True, slots=True)
class Decision:
    action: Literal["allow", "reject", "downgrade"]
    status: Status | None = None
    reason: str | None = None
    route: str | None = None  # downgrade: the route to use instead


ALLOW = Decision("allow")


def period_id(period: Period, epoch_s: float) -> str:
    """The UTC day (``2026-11-28``) or month (``2026-11``) that ``epoch_s`` falls in."""
    day = time.strftime("%Y-%m-%d", time.gmtime(epoch_s))
    return day if period == "day" else day[:7]


def subject(rule: LimitRule, subjects: Mapping[str, str | None]) -> str | None:
    """The scope value the rule applies to for a request with ``subjects``, or None."""
    value = subjects.get(rule.scope)
    if not value:
        return None
    if rule.key is not None and rule.key != value:
        return None
    return value


def counter_key(rule: SpendRule, value: str, epoch_s: float) -> CounterKey:
    name = f"{rule.scope}:{value}:{rule.period}:{period_id(rule.period, epoch_s)}"
    return CounterKey(name, PERIOD_TTL_S[rule.period])


def spend_breach(rule: SpendRule, value: str, spent_usd: float) -> Breach | None:
    """A breach once the spend has reached the limit: the request that would start above
    it is the first one refused."""
    if spent_usd < rule.limit_usd:
        return None
    return Breach(
        kind="budget",
        action=rule.action,
        reason=(
            f"{rule.scope} {value!r} has spent ${spent_usd:.6f} this {rule.period}; "
            f"the budget is ${rule.limit_usd:g}"
        ),
        downgrade_route=rule.downgrade_route,
    )


def rate_breach(rule: LimitRule, value: str, rpm: int) -> Breach:
    return Breach(
        kind="rate",
        action=rule.action,
        reason=f"{rule.scope} {value!r} is over its limit of {rpm} requests per minute",
        downgrade_route=rule.downgrade_route,
    )


def decide(breaches: Sequence[Breach], current_route: str) -> Decision:
    for breach in breaches:
        if breach.action == "reject":
            status = Status.BUDGET_EXCEEDED if breach.kind == "budget" else Status.RATE_LIMITED
            return Decision("reject", status, breach.reason)
    for breach in breaches:
        if breach.downgrade_route is not None and breach.downgrade_route != current_route:
            return Decision(
                "downgrade",
                reason=f"downgraded to route {breach.downgrade_route!r}: {breach.reason}",
                route=breach.downgrade_route,
            )
    return ALLOW

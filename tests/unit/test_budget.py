"""Budget and app-limit decisions: which rules apply, when a budget is breached, and what
the breaches decide."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given
from hypothesis import strategies as st

from llmstream.budget import (
    Action,
    Breach,
    Period,
    Scope,
    counter_key,
    decide,
    period_id,
    spend_breach,
    subject,
)
from llmstream.errors import Status


@dataclass(frozen=True)
class Rule:
    scope: Scope
    key: str | None
    action: Action
    downgrade_route: str | None
    period: Period = "day"
    limit_usd: float = 1.0


breaches = st.builds(
    Breach,
    kind=st.sampled_from(["budget", "rate"]),
    action=st.sampled_from(["reject", "downgrade"]),
    reason=st.text(max_size=5),
    downgrade_route=st.sampled_from([None, "cheap", "cheaper"]),
)
routes = st.sampled_from(["default", "cheap", "cheaper"])


@given(st.lists(breaches, max_size=8), routes)
def test_any_reject_breach_rejects_with_the_first_ones_status(
    found: list[Breach], route: str
) -> None:
    decision = decide(found, route)
    rejects = [b for b in found if b.action == "reject"]
    if rejects:
        expected = Status.BUDGET_EXCEEDED if rejects[0].kind == "budget" else Status.RATE_LIMITED
        assert decision.action == "reject" and decision.status == expected
        assert decision.reason == rejects[0].reason
    else:
        assert decision.action in ("allow", "downgrade")


@given(st.lists(breaches, max_size=8), routes)
def test_downgrades_move_to_another_route_or_stay(found: list[Breach], route: str) -> None:
    decision = decide(found, route)
    if decision.action == "downgrade":
        assert decision.route is not None and decision.route != route
        assert any(b.downgrade_route == decision.route for b in found)
    if decision.action == "allow":
        assert all(
            b.action == "downgrade" and b.downgrade_route in (None, route) for b in found
        )


@given(routes)
def test_no_breach_allows(route: str) -> None:
    assert decide([], route).action == "allow"


@given(st.floats(0, 1000), st.floats(0, 1000))
def test_a_budget_is_breached_exactly_from_its_limit_on(limit: float, spent: float) -> None:
    rule = Rule("tenant", None, "reject", None, limit_usd=limit)
    breach = spend_breach(rule, "acme", spent)
    assert (breach is not None) == (spent >= limit)
    if breach is not None:
        assert "acme" in breach.reason and breach.kind == "budget"


@given(st.lists(st.floats(0, 0.01), max_size=100), st.floats(0.001, 0.5))
def test_the_first_refused_request_is_the_one_after_spend_reaches_the_limit(
    costs: list[float], limit: float
) -> None:
    """Requests one at a time: each sees the spend of all before it."""
    rule = Rule("tenant", None, "reject", None, limit_usd=limit)
    spent, refused_from = 0.0, None
    for index, cost in enumerate(costs):
        if spend_breach(rule, "t", spent) is not None:
            refused_from = index if refused_from is None else refused_from
            continue
        assert refused_from is None, "a request after a refused one was admitted"
        spent += cost
    if refused_from is not None:
        assert sum(costs[:refused_from]) >= limit
        assert sum(costs[: refused_from - 1]) < limit


def test_rules_apply_by_scope_and_optional_key() -> None:
    subjects = {"tenant": "acme", "user": "u1", "feature": None}
    assert subject(Rule("tenant", None, "reject", None), subjects) == "acme"
    assert subject(Rule("tenant", "acme", "reject", None), subjects) == "acme"
    assert subject(Rule("tenant", "other", "reject", None), subjects) is None
    assert subject(Rule("feature", None, "reject", None), subjects) is None
    assert subject(Rule("user", None, "reject", None), subjects) == "u1"


@pytest.mark.parametrize(
    ("period", "epoch", "expected"),
    [
        ("day", 1_764_288_000, "2025-11-28"),
        ("month", 1_764_288_000, "2025-11"),
        ("day", 1_764_287_999, "2025-11-27"),
        ("month", 1_767_225_600, "2026-01"),
    ],
)
def test_periods_are_utc_days_and_months(period: Period, epoch: int, expected: str) -> None:
    assert period_id(period, epoch) == expected


def test_counter_keys_name_scope_value_and_period_and_outlive_it() -> None:
    rule = Rule("user", None, "reject", None, period="month")
    key = counter_key(rule, "u1", 1_764_288_000)
    assert key.name == "user:u1:month:2025-11"
    assert key.ttl_s > 31 * 86_400

"""Application limits and budgets before a request is invoked: the shell around
``llmstream.budget``.

- Budgets (``budgets:``): the running spend of the request's tenant, user and feature in
  the current UTC day or month, read from Redis; at or over the limit the budget's action
  applies. Every answered request adds its ``cost_usd`` to those counters (``charge``).
  A request admitted while others are in flight may take the spend past the limit by the
  cost of those in flight; the next one is refused.
- Rate limits (``app_limits:``): a token bucket per user or feature in Redis holding a
  minute's worth of requests and refilling at ``rpm`` per minute; an empty bucket is a
  breach, with no waiting.

Without Redis (it is down), requests are admitted: limits fail open, logged.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable

from redis.exceptions import RedisError

from llmstream.budget import (
    ALLOW,
    Breach,
    CounterKey,
    Decision,
    counter_key,
    decide,
    rate_breach,
    spend_breach,
    subject,
)
from llmstream.config import AppLimitConfig, BudgetConfig, Config, RouteConfig
from llmstream.connectors.ratecontrol.bucket_store import BucketCharge, BucketStore
from llmstream.connectors.ratecontrol.spend_counters import SpendCounters
from llmstream.errors import RequestRejected
from llmstream.events import Request
from llmstream.guard.token_count import token_bound, tokenizer_for
from llmstream.token_bucket import BucketSpec
from llmstream.validation import validate_request

log = logging.getLogger(__name__)


def subjects_of(request: Request) -> dict[str, str | None]:
    return {"tenant": request.tenant, "user": request.user_id, "feature": request.feature}


class AdmissionControl:
    def __init__(
        self,
        config: Config,
        buckets: BucketStore,
        spend: SpendCounters,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self._config = config
        self._buckets = buckets
        self._spend = spend
        self._clock = clock
        self._prefix = config.rate_control.key_prefix

    def _budgets(self, request: Request) -> list[tuple[BudgetConfig, str, CounterKey]]:
        now = self._clock()
        subjects = subjects_of(request)
        applying = []
        for rule in self._config.budgets:
            value = subject(rule, subjects)
            if value is not None:
                applying.append((rule, value, counter_key(rule, value, now)))
        return applying

    async def admit(
        self, request: Request, route_name: str, route: RouteConfig
    ) -> tuple[str, RouteConfig, str | None]:
        """The route to use (the given one, or the cheaper one of a downgrade, with the
        reason); raises ``RequestRejected`` for a rejection, or when the request does not
        fit the cheaper route's bounds."""
        decision = await self.check(request, route_name)
        if decision.action == "reject" and decision.status is not None:
            raise RequestRejected(decision.status, decision.reason or "")
        if decision.action == "downgrade" and decision.route is not None:
            cheaper = self._config.routes[decision.route]
            validate_request(request, decision.route, cheaper)
            # The cheaper route's model may count tokens otherwise, and allow fewer.
            too_long = token_bound(request.messages, decision.route, cheaper,
                                   tokenizer_for(self._config, cheaper))
            if too_long is not None:
                raise too_long
            return decision.route, cheaper, decision.reason
        return route_name, route, None

    async def check(self, request: Request, route_name: str) -> Decision:
        try:
            return await self._check(request, route_name)
        except RedisError as error:
            log.warning("limits unavailable, admitting %s: %s", request.request_id, error)
            return ALLOW

    async def _check(self, request: Request, route_name: str) -> Decision:
        budgets = self._budgets(request)
        spent = await self._spend.read([key for _rule, _value, key in budgets])
        breaches: list[Breach] = []
        for (rule, value, _key), amount in zip(budgets, spent, strict=True):
            breach = spend_breach(rule, value, amount)
            if breach is not None:
                breaches.append(breach)
        decision = decide(breaches, route_name)
        if decision.action == "reject":
            return decision
        subjects = subjects_of(request)
        for index, limit in enumerate(self._config.app_limits):
            limited = subject(limit, subjects)
            if limited is not None and not await self._take(index, limit, limited):
                breaches.append(rate_breach(limit, limited, limit.rpm))
        return decide(breaches, route_name)

    async def _take(self, index: int, limit: AppLimitConfig, value: str) -> bool:
        key = f"{self._prefix}:app:{index}:{limit.scope}:{value}"
        spec = BucketSpec(capacity=float(limit.rpm), rate=limit.rpm / 60.0)
        grant = await self._buckets.reserve([BucketCharge(key, spec, 1)], max_wait_s=0.0)
        return grant.granted

    async def charge(self, request: Request, cost_usd: float) -> None:
        """Add an answered request's cost to every budget counter that applies to it."""
        if cost_usd <= 0 or not self._config.budgets:
            return
        keys = list({key.name: key for _rule, _value, key in self._budgets(request)}.values())
        try:
            await self._spend.add(keys, cost_usd)
        except RedisError as error:
            log.warning("spend of %s not counted: %s", request.request_id, error)

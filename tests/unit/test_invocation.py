"""The invocation shell: attempts, retries, Retry-After and the deadline, on MockTransport."""

from __future__ import annotations

import random
import time
from typing import Any

import httpx

from llmstream.config import ProviderConfig, RetryConfig
from llmstream.connectors.providers import ChatCall, ChatProvider, build_provider
from llmstream.events import Message
from llmstream.streams.invocation import Invocation, invoke

CONFIG = ProviderConfig(kind="openai", base_url="http://provider.test/v1", timeout_s=10.0)
CALL = ChatCall(model="m", messages=[Message("user", "Hi")])
RETRY = RetryConfig(max_attempts=4, base_delay_s=0.2, max_delay_s=5.0)

OK_BODY = {
    "id": "chatcmpl-1",
    "object": "chat.completion",
    "created": 1,
    "model": "m",
    "choices": [
        {"index": 0, "message": {"role": "assistant", "content": "ok"}, "finish_reason": "stop"}
    ],
    "usage": {"prompt_tokens": 5, "completion_tokens": 1, "total_tokens": 6},
}


def ok() -> httpx.Response:
    return httpx.Response(200, json=OK_BODY)


def failing(status: int, **headers: str) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": "no"}}, headers=headers)


class FakeClock:
    """A monotonic clock that only moves when someone sleeps or a call takes time."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


class Script:
    """MockTransport handler: answers in order, records when and with what timeout."""

    def __init__(self, clock: FakeClock | None, *answers: httpx.Response, cost_s: float = 0.0):
        self.answers = list(answers)
        self.clock = clock
        self.cost_s = cost_s
        self.started: list[float] = []
        self.timeouts: list[float] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.started.append(self.clock() if self.clock else time.monotonic())
        self.timeouts.append(request.extensions["timeout"]["read"])
        if self.clock is not None:
            self.clock.now += self.cost_s
        return self.answers.pop(0)


def provider(script: Script, **overrides: Any) -> ChatProvider:
    return build_provider(CONFIG.model_copy(update=overrides), httpx.MockTransport(script))


async def run(
    clock: FakeClock, chat: ChatProvider, seconds_left: float, policy: RetryConfig = RETRY
) -> Invocation:
    """Invoke on the fake clock with a deadline ``seconds_left`` from now."""
    deadline = clock() + seconds_left
    return await invoke(
        chat, CALL, policy, deadline, random.Random(0), clock=clock, sleep=clock.sleep
    )


async def test_503_503_200_takes_three_attempts() -> None:
    clock = FakeClock()
    script = Script(clock, failing(503), failing(503), ok())
    result = await run(clock, provider(script), 60)
    assert result.ok and result.result is not None
    assert result.result.content == "ok"
    assert [a.outcome for a in result.attempts] == ["http_503", "http_503", "ok"]
    assert [a.attempt for a in result.attempts] == [1, 2, 3]
    assert [a.status_code for a in result.attempts] == [503, 503, 200]
    assert result.error is None and not result.deadline_exceeded
    assert len(clock.sleeps) == 2
    assert 0 <= clock.sleeps[0] <= 0.2 and 0 <= clock.sleeps[1] <= 0.4  # full jitter bounds


async def test_400_fails_fast() -> None:
    clock = FakeClock()
    script = Script(clock, failing(400), ok())
    result = await run(clock, provider(script), 60)
    assert not result.ok
    assert len(result.attempts) == 1 and result.attempts[0].outcome == "http_400"
    assert result.error is not None and result.error.error_type == "http_400"
    assert clock.sleeps == [] and not result.deadline_exceeded


async def test_retries_stop_after_max_attempts() -> None:
    clock = FakeClock()
    script = Script(clock, *[failing(500)] * 5)
    policy = RetryConfig(max_attempts=3, base_delay_s=0.1, max_delay_s=1.0)
    result = await run(clock, provider(script), 60, policy)
    assert [a.outcome for a in result.attempts] == ["http_500"] * 3
    assert result.error is not None and result.error.status_code == 500
    assert not result.deadline_exceeded


async def test_retry_after_delays_the_next_attempt() -> None:
    clock = FakeClock()
    script = Script(clock, failing(429, **{"Retry-After": "2"}), ok())
    result = await run(clock, provider(script), 60)
    assert result.ok
    assert clock.sleeps[0] >= 2.0
    assert script.started[1] - script.started[0] >= 2.0


async def test_retry_after_in_real_time() -> None:
    script = Script(None, failing(429, **{"retry-after-ms": "300"}), ok())
    result = await invoke(provider(script), CALL, RETRY, time.monotonic() + 10, random.Random(0))
    assert result.ok
    assert script.started[1] - script.started[0] >= 0.3


async def test_retry_after_beyond_the_deadline_ends_the_invocation() -> None:
    clock = FakeClock()
    script = Script(clock, failing(429, **{"Retry-After": "30"}), ok())
    result = await run(clock, provider(script), 5)
    assert not result.ok and result.deadline_exceeded
    assert len(result.attempts) == 1 and clock.sleeps == []
    assert result.error is not None and result.error.error_type == "http_429"


async def test_attempt_timeout_is_the_time_left_before_the_deadline() -> None:
    clock = FakeClock()
    script = Script(clock, failing(503), failing(503), ok(), cost_s=1.5)
    result = await run(clock, provider(script), 4.0)
    assert script.timeouts[0] == 4.0  # min(provider timeout 10, 4 left)
    for index in (1, 2):
        spent = script.started[index] - script.started[0]
        assert script.timeouts[index] == 4.0 - spent
    assert result.ok


async def test_provider_timeout_caps_the_attempt_when_the_deadline_is_far() -> None:
    clock = FakeClock()
    script = Script(clock, ok())
    await run(clock, provider(script, timeout_s=2.5), 60)
    assert script.timeouts == [2.5]


async def test_no_attempt_after_the_deadline() -> None:
    clock = FakeClock()
    script = Script(clock, failing(503), failing(503), failing(503), ok(), cost_s=2.0)
    policy = RetryConfig(max_attempts=10, base_delay_s=0.01, max_delay_s=0.01)
    deadline = clock() + 5.0
    result = await run(clock, provider(script), 5.0, policy)
    assert all(started < deadline for started in script.started)
    assert len(result.attempts) == 3
    assert not result.ok and result.deadline_exceeded


async def test_deadline_already_past_makes_no_attempt() -> None:
    clock = FakeClock()
    script = Script(clock, ok())
    result = await run(clock, provider(script), -1)
    assert result.attempts == [] and script.started == []
    assert result.deadline_exceeded and result.error is None


async def test_a_timeout_cut_short_by_the_deadline_counts_as_deadline_exceeded() -> None:
    clock = FakeClock()

    def hangs(request: httpx.Request) -> httpx.Response:
        clock.now += request.extensions["timeout"]["read"]
        raise httpx.ReadTimeout("no answer", request=request)

    chat = build_provider(CONFIG, httpx.MockTransport(hangs))
    result = await run(clock, chat, 3.0)
    assert [a.outcome for a in result.attempts] == ["timeout"]
    assert result.deadline_exceeded


async def test_attempt_records_carry_wall_clock_start() -> None:
    clock = FakeClock()
    before = int(time.time() * 1000)
    result = await run(clock, provider(Script(clock, ok())), 60)
    assert before <= result.attempts[0].started_at <= int(time.time() * 1000)

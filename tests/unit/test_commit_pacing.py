"""When the request stage commits, and how long its Kafka thread may block meanwhile."""

from __future__ import annotations

import pytest

from llmstream.streams.commit_pacing import CommitPacing

PACING = CommitPacing(min_interval_s=0.005, busy_poll_s=0.001, idle_wait_s=0.1)


def test_a_result_ready_on_an_idle_worker_is_committed_at_once() -> None:
    assert PACING.commit_now(now_s=10.0, last_start_s=float("-inf"), ready=True)
    assert PACING.commit_now(now_s=10.0, last_start_s=9.0, ready=True)


def test_nothing_ready_means_no_transaction() -> None:
    assert not PACING.commit_now(now_s=10.0, last_start_s=0.0, ready=False)


def test_results_ready_soon_after_a_transaction_started_wait_for_the_interval() -> None:
    assert not PACING.commit_now(now_s=10.002, last_start_s=10.0, ready=True)
    assert PACING.commit_now(now_s=10.005, last_start_s=10.0, ready=True)


def test_a_ready_result_bounds_the_wait_by_the_time_left_to_its_commit() -> None:
    # The bug this replaces: a result became ready just before the interval had passed,
    # nothing else was in flight, and the thread slept 100 ms in the consumer.
    wait = PACING.wait_s(now_s=10.004, last_start_s=10.0, ready=True, in_flight=0)
    assert wait == pytest.approx(0.001)
    assert PACING.wait_s(now_s=10.001, last_start_s=10.0, ready=True, in_flight=3) == 0.001


def test_a_due_commit_never_yields_a_negative_wait() -> None:
    assert PACING.wait_s(now_s=11.0, last_start_s=10.0, ready=True, in_flight=0) == 0.0


def test_running_handlers_are_looked_at_every_busy_poll() -> None:
    assert PACING.wait_s(now_s=10.0, last_start_s=0.0, ready=False, in_flight=1) == 0.001


def test_an_idle_worker_waits_long_in_the_consumer() -> None:
    assert PACING.wait_s(now_s=10.0, last_start_s=0.0, ready=False, in_flight=0) == 0.1


@pytest.mark.parametrize(
    "fields",
    [
        {"min_interval_s": -0.001},
        {"min_interval_s": 0.005, "busy_poll_s": 0.0},
        {"min_interval_s": 0.005, "idle_wait_s": 0.0},
    ],
)
def test_nonsense_pacing_is_refused(fields: dict[str, float]) -> None:
    with pytest.raises(ValueError, match="invalid commit pacing"):
        CommitPacing(**fields)

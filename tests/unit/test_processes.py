"""Process tracking by pid: start detached, recognise, stop; stale and reused pids."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from llmstream.stack.errors import StackError
from llmstream.stack.polling import Deadline, poll_until
from llmstream.stack.processes import (
    TrackedProcess,
    has_signature,
    is_alive,
    is_ours,
    is_running,
    read_cmdline,
    tail,
)

WAIT_S = 10.0


def sleeper(signature: tuple[str, ...], code: str = "import time; time.sleep(600)") -> list[str]:
    """A Python process that carries ``signature`` in its argv (``python -c CODE ARGS...``)."""
    return [sys.executable, "-c", code, *signature]


@pytest.fixture
def tracked(tmp_path: Path) -> Iterator[TrackedProcess]:
    process = TrackedProcess(
        name="sleeper",
        pid_file=tmp_path / "sleeper.pid",
        log_file=tmp_path / "logs" / "sleeper.log",
        signature=("llmstream-test-sleeper", uuid.uuid4().hex),
    )
    yield process
    process.stop(timeout_s=2.0)  # never leave it running, whatever the test did


def log_contains(process: TrackedProcess, text: str) -> bool:
    return process.log_file.exists() and text in process.log_file.read_text()


def dead_pid() -> int:
    """The pid of a process that has exited and been reaped."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_start_records_pid_and_recognises_the_process(tracked: TrackedProcess) -> None:
    pid = tracked.start(sleeper(tracked.signature))

    assert tracked.pid_file.read_text().strip() == str(pid)
    assert tracked.pid() == pid
    assert is_running(pid, tracked.signature)
    # Right after the spawn the child may still be in its exec (no argv yet, or the
    # parent's): on a loaded machine that lasts a while, so wait for it.
    assert poll_until(
        lambda: has_signature(read_cmdline(pid) or [], tracked.signature), WAIT_S
    )
    assert os.getsid(pid) == pid  # detached: its own session


def test_stop_terminates_and_removes_the_pid_file(tracked: TrackedProcess) -> None:
    pid = tracked.start(sleeper(tracked.signature))

    assert tracked.stop(timeout_s=WAIT_S) == pid

    assert not is_alive(pid)
    assert not tracked.pid_file.exists()
    assert tracked.pid() is None
    assert tracked.stop(timeout_s=WAIT_S) is None  # stopping again is a no-op


def test_stop_escalates_to_sigkill_when_sigterm_is_ignored(tracked: TrackedProcess) -> None:
    stubborn = (
        "import signal, time\n"
        "signal.signal(signal.SIGTERM, signal.SIG_IGN)\n"
        "print('ignoring SIGTERM', flush=True)\n"
        "time.sleep(600)\n"
    )
    pid = tracked.start(sleeper(tracked.signature, stubborn))
    assert poll_until(lambda: log_contains(tracked, "ignoring SIGTERM"), WAIT_S)

    assert tracked.stop(timeout_s=0.3) == pid

    assert not is_alive(pid)


def test_output_goes_to_the_log_file(tracked: TrackedProcess) -> None:
    tracked.start(sleeper(tracked.signature, "print('hello from the child', flush=True)"))

    assert poll_until(lambda: log_contains(tracked, "hello from the child"), WAIT_S)
    assert "llmstream starts:" in tracked.log_tail()[0]


def test_a_process_that_exits_is_no_longer_running(tracked: TrackedProcess) -> None:
    pid = tracked.start(sleeper(tracked.signature, "raise SystemExit(3)"))

    assert poll_until(lambda: tracked.pid() is None, WAIT_S)
    # Its command line empties while it exits, before it is a zombie that can be reaped:
    # "not ours any more" can come a moment before "exited".
    assert poll_until(lambda: not is_alive(pid), WAIT_S)  # exited and reaped, not a zombie
    assert not tracked.pid_file.exists()


def test_stale_pid_file_of_a_dead_process_is_cleared(tracked: TrackedProcess) -> None:
    tracked.pid_file.write_text(f"{dead_pid()}\n")

    assert tracked.pid() is None
    assert not tracked.pid_file.exists()


def test_reused_pid_of_an_unrelated_process_is_not_ours(tracked: TrackedProcess) -> None:
    # The pid file names a live process that is not ours: this test process itself.
    tracked.pid_file.write_text(f"{os.getpid()}\n")

    assert tracked.pid() is None
    assert tracked.stop(timeout_s=0.1) is None  # and it was not signalled: we are alive
    assert not tracked.pid_file.exists()


def test_garbage_in_the_pid_file_is_cleared(tracked: TrackedProcess) -> None:
    tracked.pid_file.write_text("not a pid\n")

    assert tracked.pid() is None
    assert not tracked.pid_file.exists()


def test_start_refuses_a_second_instance(tracked: TrackedProcess) -> None:
    pid = tracked.start(sleeper(tracked.signature))

    with pytest.raises(StackError, match=f"already running \\(pid {pid}\\)"):
        tracked.start(sleeper(tracked.signature))


def test_start_refuses_a_command_without_its_signature(tracked: TrackedProcess) -> None:
    with pytest.raises(StackError, match="signature"):
        tracked.start([sys.executable, "-c", "pass"])
    assert not tracked.pid_file.exists()


def test_start_reports_a_missing_executable(tracked: TrackedProcess) -> None:
    with pytest.raises(StackError, match="cannot run"):
        tracked.start(["/nonexistent/llmstream-binary", *tracked.signature])
    assert not tracked.pid_file.exists()


def test_a_zombie_is_not_alive() -> None:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    # Not reaped by Popen: wait until the kernel reports it exited (a zombie), then ask.
    assert poll_until(lambda: _state(child.pid) == "Z", WAIT_S)

    assert not is_alive(child.pid)
    child.wait()


def _state(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat[stat.rfind(")") + 2 :].split(" ", 1)[0]


@pytest.mark.parametrize(
    ("cmdline", "signature", "expected"),
    [
        (
            ["java", "-cp", "x", "kafka.Kafka", "/s/k.properties"],
            ("kafka.Kafka", "/s/k.properties"),
            True,
        ),
        (["java", "kafka.Kafka", "/other/k.properties"], ("kafka.Kafka", "/s/k.properties"), False),
        (["python", "-m", "llmstream", "worker"], ("-m", "llmstream", "worker"), True),
        (["python", "-m", "llmstream", "sink", "worker"], ("-m", "llmstream", "worker"), False),
        (["redis-server"], ("redis-server", "/s/redis.conf"), False),
    ],
)
def test_signature_is_a_run_of_consecutive_arguments(
    cmdline: list[str], signature: tuple[str, ...], expected: bool
) -> None:
    assert has_signature(cmdline, signature) is expected


def test_tail_returns_the_last_lines(tmp_path: Path) -> None:
    log = tmp_path / "service.log"
    log.write_text("".join(f"line {number}\n" for number in range(100)))

    assert tail(log, 3) == ["line 97", "line 98", "line 99"]
    assert tail(tmp_path / "missing.log") == []


def test_poll_until_gives_up_at_the_deadline() -> None:
    calls: list[int] = []
    deadline = Deadline(5.0)

    def never() -> bool:
        calls.append(1)
        return False

    assert poll_until(never, timeout_s=0.2, interval_s=0.01) is False

    assert len(calls) >= 2  # polled, not evaluated once
    assert not deadline.expired()


def test_poll_until_returns_as_soon_as_the_condition_holds() -> None:
    calls: list[int] = []

    def third_time() -> bool:
        calls.append(1)
        return len(calls) == 3

    assert poll_until(third_time, timeout_s=5.0, interval_s=0.001) is True
    assert len(calls) == 3


def test_a_process_is_recognised_while_its_exec_is_still_under_way() -> None:
    """Right after posix_spawn the child often shows no command line yet; it must still
    count as ours, or its pid file would be taken for stale and removed."""
    signature = ("llmstream", "sink")
    assert is_ours(None, has_executable=True, signature=signature)
    assert not is_ours(None, has_executable=False, signature=signature)  # kernel thread
    assert not is_ours(["python", "-m", "other"], has_executable=True, signature=signature)
    assert is_ours(["python", "-m", "llmstream", "sink"], True, signature)

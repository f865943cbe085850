"""Processes of the local stack, tracked by pid.

A process is started detached (its own session, stdin from /dev/null, stdout and stderr
appended to a log file) and its pid written to a pid file. It counts as running while
that pid is alive, not a zombie, and its command line still contains the signature it
was started with: a pid reused by an unrelated process (after a reboot, say) is never
mistaken for ours, and never signalled. Linux only: liveness is read from ``/proc``.
"""

from __future__ import annotations

import contextlib
import os
import shlex
import signal
import time
from collections import deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from llmstream.stack.errors import StackError
from llmstream.stack.polling import poll_until

KILL_WAIT_S = 10.0


def read_cmdline(pid: int) -> list[str] | None:
    """The argv of ``pid``, or None when there is no such process (or it is a zombie)."""
    try:
        raw = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return None
    if not raw:  # zombies and kernel threads have an empty command line
        return None
    return [part.decode(errors="replace") for part in raw.rstrip(b"\0").split(b"\0")]


def _state(pid: int) -> str | None:
    """The one-letter scheduler state of ``pid`` (R, S, D, Z...), None if there is none."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may contain spaces or parentheses.
    return stat[stat.rfind(")") + 2 :].split(" ", 1)[0]


def _reap(pid: int) -> None:
    """Collect the exit status of ``pid`` if it is an exited child of this process."""
    with contextlib.suppress(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)


def is_alive(pid: int) -> bool:
    """Whether ``pid`` exists and has not exited (a zombie has exited)."""
    _reap(pid)
    state = _state(pid)
    return state is not None and state not in ("Z", "X")


def has_signature(cmdline: Sequence[str], signature: Sequence[str]) -> bool:
    """Whether ``signature`` occurs in ``cmdline`` as consecutive arguments."""
    width = len(signature)
    return any(
        list(cmdline[start : start + width]) == list(signature)
        for start in range(len(cmdline) - width + 1)
    )


def is_running(pid: int, signature: Sequence[str]) -> bool:
    """Whether ``pid`` is alive and is the process that ``signature`` identifies."""
    if not is_alive(pid):
        return False
    cmdline = read_cmdline(pid)
    return is_ours(cmdline, cmdline is not None or _has_executable(pid), signature)


def is_ours(cmdline: Sequence[str] | None, has_executable: bool, signature: Sequence[str]) -> bool:
    """Whether a live process with this command line is the one ``signature`` names.

    Just spawned, a child shows no command line until its exec is done (measured: 3 times
    in 4 when read right after posix_spawn); it is ours. A kernel thread, the other kind
    of live process without one, has no executable.
    """
    if not cmdline:
        return has_executable
    return has_signature(cmdline, signature)


def _has_executable(pid: int) -> bool:
    try:
        os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return False
    return True


def read_pid_file(path: Path) -> int | None:
    try:
        text = path.read_text().strip()
    except FileNotFoundError:
        return None
    return int(text) if text.isdigit() else None


def _write_atomically(path: Path, text: str) -> None:
    temporary = path.with_name(f".{path.name}.tmp")
    temporary.write_text(text)
    os.replace(temporary, path)


def tail(path: Path, lines: int = 20) -> list[str]:
    """The last ``lines`` lines of a text file (none if it does not exist)."""
    try:
        with path.open(encoding="utf-8", errors="replace") as file:
            return [line.rstrip("\n") for line in deque(file, maxlen=lines)]
    except FileNotFoundError:
        return []


@dataclass(frozen=True)
class TrackedProcess:
    """A detached process known by its pid file.

    ``signature``: arguments that appear, consecutively, in the command line of the
    process and of no unrelated one (a config file path inside the state directory, say).
    """

    name: str
    pid_file: Path
    log_file: Path
    signature: tuple[str, ...]

    def pid(self) -> int | None:
        """The pid if the process is running; a stale pid file is removed."""
        pid = read_pid_file(self.pid_file)
        if pid is None:
            if self.pid_file.exists():
                self.pid_file.unlink(missing_ok=True)
            return None
        if is_running(pid, self.signature):
            return pid
        self.pid_file.unlink(missing_ok=True)
        return None

    def start(self, argv: Sequence[str], env: Mapping[str, str] | None = None) -> int:
        """Start ``argv`` detached and record its pid; return it.

        Raises StackError if it is already running or the executable cannot be run.
        """
        if not has_signature(argv, self.signature):
            raise StackError(f"{self.name}: the command does not carry its signature")
        running = self.pid()
        if running is not None:
            raise StackError(f"{self.name}: already running (pid {running})")
        self.pid_file.parent.mkdir(parents=True, exist_ok=True)
        self.log_file.parent.mkdir(parents=True, exist_ok=True)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S")
        with self.log_file.open("ab") as log:
            log.write(f"--- {stamp} llmstream starts: {shlex.join(argv)}\n".encode())
            log.flush()
            try:
                pid = os.posix_spawnp(
                    argv[0],
                    list(argv),
                    dict(env if env is not None else os.environ),
                    file_actions=[
                        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
                        (os.POSIX_SPAWN_DUP2, log.fileno(), 1),
                        (os.POSIX_SPAWN_DUP2, log.fileno(), 2),
                    ],
                    setsid=True,
                )
            except OSError as error:
                raise StackError(f"{self.name}: cannot run {argv[0]!r} ({error})") from None
        _write_atomically(self.pid_file, f"{pid}\n")
        return pid

    def stop(self, timeout_s: float) -> int | None:
        """Stop the process: SIGTERM to its session, SIGKILL after ``timeout_s``.

        Returns the pid it stopped, or None if it was not running. The pid file is
        removed either way.
        """
        pid = self.pid()
        if pid is None:
            return None
        self._signal(pid, signal.SIGTERM)
        if not poll_until(lambda: not is_alive(pid), timeout_s):
            self._signal(pid, signal.SIGKILL)
            if not poll_until(lambda: not is_alive(pid), KILL_WAIT_S):
                raise StackError(f"{self.name}: pid {pid} survived SIGKILL")
        self.pid_file.unlink(missing_ok=True)
        return pid

    def log_tail(self, lines: int = 20) -> list[str]:
        return tail(self.log_file, lines)

    @staticmethod
    def _signal(pid: int, signum: signal.Signals) -> None:
        """Signal the process group the process leads (it was started in its own session)."""
        try:
            os.killpg(pid, signum)
        except ProcessLookupError:
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signum)

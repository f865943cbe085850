"""Compiled Hyperscan databases kept on disk: compiled once per machine, then loaded.

The guards' databases take seconds to compile (the foreign-language signals alone about
2 s) and a millisecond to load, so every worker, ``llmstream guard check`` and test
process after the first loads them from ``$LLMSTREAM_CACHE_DIR/hyperscan`` (by default
``$XDG_CACHE_HOME/llmstream`` or ``~/.cache/llmstream``). A file is named by a hash of
everything that shapes the database: the patterns, flags and mode, the Hyperscan
binding's version and the CPU's instruction sets (a database is built for the CPU it was
compiled on). Files are written whole (a temporary file renamed into place), so
processes starting together cannot read half of one; a file that does not load is
compiled again and replaced; a cache that cannot be written is only a slower start. The
1,024 most recently used files are kept.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

import hyperscan

CACHE_ENV = "LLMSTREAM_CACHE_DIR"
# Databases kept in the cache: the guards have about 160 (141 of them a few kilobytes, the
# leading words of one phrase pattern each, literal_starts.py), and each change of a
# pattern set adds one; fewer than the guards use would compile some on every start.
KEPT = 1024
_CPU_FLAGS = ("sse4_2", "popcnt", "avx2", "bmi2", "avx512f", "avx512bw", "avx512vbmi")
_log = logging.getLogger(__name__)


def cached_database(patterns: Sequence[str], flags: int | Sequence[int], mode: int,
                    compile_database: Callable[[], Any]) -> Any:
    """The database ``compile_database()`` builds for ``patterns``, from the cache when
    an earlier process built it on this machine."""
    path = _cache_dir() / f"{_key(patterns, flags, mode)}.hsdb"
    try:
        database = hyperscan.loadb(path.read_bytes(), mode)
        with contextlib.suppress(OSError):
            os.utime(path)  # in use: the last to be pruned
        return database
    except FileNotFoundError:
        pass
    except (OSError, hyperscan.error) as error:  # unreadable, truncated, another build
        _log.warning("recompiling the Hyperscan database cached in %s: %s", path, error)
    database = compile_database()
    _store(path, hyperscan.dumpb(database))
    return database


def _cache_dir() -> Path:
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen) / "hyperscan"
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "llmstream" / "hyperscan"


def _key(patterns: Sequence[str], flags: int | Sequence[int], mode: int) -> str:
    digest = hashlib.sha256()
    shown = str(flags) if isinstance(flags, int) else ",".join(map(str, flags))
    for part in (_binding_version(), _cpu(), shown, str(mode), *patterns):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\0")
    return digest.hexdigest()[:32]


@functools.cache
def _binding_version() -> str:
    try:
        return metadata.version("hyperscan")
    except metadata.PackageNotFoundError:
        return "unknown"


@functools.cache
def _cpu() -> str:
    """The instruction sets Hyperscan builds for, as far as /proc/cpuinfo says."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as cpuinfo:
            for line in cpuinfo:
                if line.startswith("flags"):
                    present = set(line.split(":", 1)[1].split())
                    return ",".join(flag for flag in _CPU_FLAGS if flag in present)
    except OSError:
        pass
    return "unknown"


def _store(path: Path, data: bytes) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-")
    except OSError as error:
        _log.info("not caching the Hyperscan database in %s: %s", path.parent, error)
        return
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, path)
        _prune(path.parent)
    except OSError as error:
        _log.info("not caching the Hyperscan database in %s: %s", path.parent, error)
        with contextlib.suppress(OSError):
            os.unlink(temporary)


def _prune(directory: Path) -> None:
    """Keep the ``KEPT`` most recently used databases: each change of a guard's patterns
    leaves its old databases behind."""
    cached = sorted(directory.glob("*.hsdb"), key=lambda path: path.stat().st_mtime,
                    reverse=True)
    for stale in cached[KEPT:]:
        with contextlib.suppress(OSError):
            stale.unlink()

"""Hyperscan databases cached on disk: compiled once, then loaded; a bad or unwritable
cache costs a compile, never an error."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import hyperscan
import pytest

from llmstream.guard import database_cache
from llmstream.guard.database_cache import CACHE_ENV, cached_database

PATTERNS = [r"ignore\s+previous", r"system\s+prompt"]
MODE = hyperscan.HS_MODE_BLOCK


class Compiler:
    """Compiles PATTERNS and counts how often it was asked to."""

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self) -> Any:
        self.calls += 1
        database = hyperscan.Database(mode=MODE)
        database.compile(expressions=[p.encode() for p in PATTERNS], ids=[0, 1], elements=2,
                         flags=hyperscan.HS_FLAG_SINGLEMATCH)
        return database


def _matches(database: Any, data: bytes) -> set[int]:
    found: set[int] = set()
    database.scan(data, match_event_handler=lambda pid, *_: found.add(pid),
                  scratch=hyperscan.Scratch(database))
    return found


def _cached(compiler: Compiler) -> Any:
    return cached_database(PATTERNS, hyperscan.HS_FLAG_SINGLEMATCH, MODE, compiler)


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    return tmp_path / "hyperscan"


def test_a_database_is_compiled_once_then_loaded_from_the_cache(cache: Path) -> None:
    compiler = Compiler()
    first, second = _cached(compiler), _cached(compiler)
    assert compiler.calls == 1
    assert len(list(cache.glob("*.hsdb"))) == 1
    assert _matches(second, b"please ignore previous notes") == {0}
    assert _matches(first, b"the system prompt") == _matches(second, b"the system prompt") == {1}


def test_other_patterns_or_flags_get_their_own_file(cache: Path) -> None:
    _cached(Compiler())
    cached_database(PATTERNS, 0, MODE, Compiler())
    assert len(list(cache.glob("*.hsdb"))) == 2


def test_a_cached_file_that_does_not_load_is_compiled_again_and_replaced(cache: Path) -> None:
    _cached(Compiler())
    (cached,) = cache.glob("*.hsdb")
    cached.write_bytes(b"not a database")
    compiler = Compiler()
    assert _matches(_cached(compiler), b"ignore previous") == {0}
    assert compiler.calls == 1
    _cached(compiler)
    assert compiler.calls == 1  # the replacement loads


def test_a_cache_that_cannot_be_written_only_costs_a_compile(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("a file where the cache directory would go")
    monkeypatch.setenv(CACHE_ENV, str(blocked))
    compiler = Compiler()
    assert _matches(_cached(compiler), b"ignore previous") == {0}
    _cached(compiler)
    assert compiler.calls == 2


def test_only_the_most_recently_used_databases_are_kept(
        cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database_cache, "KEPT", 2)
    for flags in (0, hyperscan.HS_FLAG_SINGLEMATCH, hyperscan.HS_FLAG_CASELESS):
        cached_database(PATTERNS, flags, MODE, Compiler())
    assert len(list(cache.glob("*.hsdb"))) == 2

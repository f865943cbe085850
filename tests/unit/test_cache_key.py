"""Cache keys, namespaces and the cache policy: pure functions."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from llmstream.cache_key import (
    CacheMode,
    CacheSubject,
    exact_key,
    parse_mode,
    plan,
    salient_terms,
    semantic_namespace,
)
from llmstream.errors import RequestRejected, Status
from llmstream.events import Message


def subject(text: str = "How do I reset my Kindle?", **changes: Any) -> CacheSubject:
    base = CacheSubject(
        route="default", model="sim-gpt-small",
        messages=(Message("system", "Be brief."), Message("user", text)),
        temperature=0.0, max_tokens=256,
    )
    return dataclasses.replace(base, **changes)


def test_whitespace_and_unicode_form_do_not_change_the_key() -> None:
    assert exact_key(subject("How do I  reset my\tKindle? ")) == exact_key(subject())
    assert exact_key(subject("caf\u00e9")) == exact_key(subject("cafe\u0301"))


@pytest.mark.parametrize(
    "change",
    [
        {"route": "other"}, {"model": "sim-claude-haiku"}, {"temperature": 0.2},
        {"max_tokens": 100}, {"top_p": 0.9}, {"stop": ("\n",)}, {"seed": 7},
        {"prompt_name": "support"}, {"prompt_version": "3"}, {"output_schema": "{}"},
        {"messages": (Message("system", "Be verbose."),
                      Message("user", "How do I reset my Kindle?"))},
    ],
)
def test_everything_that_changes_the_answer_changes_both_keys(change: dict[str, Any]) -> None:
    assert exact_key(subject(**change)) != exact_key(subject())
    assert semantic_namespace(subject(**change)) != semantic_namespace(subject())


def test_case_changes_the_exact_key_but_not_the_namespace() -> None:
    assert exact_key(subject("how do i reset my Kindle?")) != exact_key(subject())
    assert semantic_namespace(subject("how do i reset my Kindle?")) == semantic_namespace(subject())


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("How do I reset my Kindle?", "How do I reset my Kobo?"),
        ("Is 7 a prime number?", "Is 9 a prime number?"),
        ("Is seven a prime number?", "Is 9 a prime number?"),
        ("Weather in Paris on Monday", "Weather in Paris on Friday"),
        ("Flight to Oslo on March 3", "Flight to Oslo on April 3"),
        ("Is the iPhone 15 waterproof?", "Is the iPhone 15 not waterproof?"),
        ("Does it support Wi-Fi?", "Doesn't it support Wi-Fi?"),
        ("Release 4 of build 345", "Release 5 of build 345"),
    ],
)
def test_near_misses_land_in_different_namespaces(a: str, b: str) -> None:
    assert salient_terms(a) != salient_terms(b)
    assert semantic_namespace(subject(a)) != semantic_namespace(subject(b))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("How do I reset my Kindle?", "What is the way to reset my Kindle?"),
        ("Is 7 a prime number?", "is seven prime"),
        ("Book a flight to Oslo on Mar 3.", "I want to book a flight to Oslo on March 3"),
        ("Don't book it", "do not book it"),
    ],
)
def test_paraphrases_keep_their_salient_terms(a: str, b: str) -> None:
    assert salient_terms(a) == salient_terms(b)


def test_only_temperature_zero_is_cached_by_default() -> None:
    assert plan(CacheMode.DEFAULT, True, 0.0, 0.0).lookup
    hot = plan(CacheMode.DEFAULT, True, 0.9, 0.0)
    assert not hot.lookup and not hot.store
    assert plan(CacheMode.DEFAULT, True, 0.9, 1.0).lookup  # a route that allows more
    assert not plan(CacheMode.REFRESH, True, 0.9, 0.0).store


def test_modes() -> None:
    assert plan(CacheMode.BYPASS, True, 0.0, 0.0) == plan(CacheMode.DEFAULT, False, 0.0, 0.0)
    refresh = plan(CacheMode.REFRESH, True, 0.0, 0.0)
    assert (refresh.lookup, refresh.store) == (False, True)
    assert parse_mode("refresh") is CacheMode.REFRESH
    with pytest.raises(RequestRejected) as rejected:
        parse_mode("sometimes")
    assert rejected.value.status == Status.BAD_REQUEST

"""Fixtures shared by the unit tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from llmstream.guard import injection


class _Undecided:
    """A classifier that is never sure: its probability is the floor, where it adds
    nothing, vetoes nothing and leans nowhere (injection.py: CLASSIFIER_FLOOR)."""

    def probability(self, text: str) -> float:
        return injection.CLASSIFIER_FLOOR


@pytest.fixture
def rules_alone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Score injections on the guard's rules alone, the trained classifier undecided:
    for texts whose verdict on the whole guard sits at the classifier's edge."""
    monkeypatch.setattr(injection, "load_classifier", _Undecided)
    yield

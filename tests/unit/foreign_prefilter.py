"""What the tests of the foreign-language signals check of the prefilter (prefilter.py):
the patterns' gaps are written for Hyperscan's byte-wise widening, so each signal the
Python pattern finds in a text must pass the scan that decides which signals run."""

from __future__ import annotations

from llmstream.guard import injection
from llmstream.guard.normalize import folded


def unscanned_foreign_signals(text: str) -> list[str]:
    """The FOREIGN signals whose pattern matches ``text`` (folded) but whose prefilter
    scan would not have let them run."""
    text_folded = folded(text)
    possible = injection.possible_foreign(text_folded)
    return [signal.name for index, signal in enumerate(injection.FOREIGN)
            if signal.pattern.search(text_folded) and index not in possible]

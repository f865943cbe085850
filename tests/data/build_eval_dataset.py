"""Builds tests/data/eval_facts.jsonl: the evaluation dataset of issue 8 (120 items).

    .venv/bin/python tests/data/build_eval_dataset.py     # seeded: the same file every time

Each line is {"id", "variables": {"question"}, "reference"}: a question about an invented
place (capital, currency, river, founding year or language) and its short reference
answer. Invented, so that no real model knows the answers either: a run against the
simulated provider gets its answers from the simulator's recorded-answers book, built from
this file (see docs/EVALUATION.md).
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("eval_facts.jsonl")
ITEMS = 120
SEED = 8

ONSETS = ["b", "d", "k", "l", "m", "n", "r", "s", "t", "v", "z", "dr", "gr", "st", "th"]
VOWELS = ["a", "e", "i", "o", "u", "ei", "ou"]
CODAS = ["", "n", "r", "s", "l", "sk", "nd", "th"]


def word(rng: random.Random, syllables: int) -> str:
    text = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables))
    return (text + rng.choice(CODAS)).capitalize()


def item(rng: random.Random, place: str) -> tuple[str, str]:
    kind = rng.choice(["capital", "currency", "river", "founded", "language"])
    if kind == "capital":
        return f"What is the capital of {place}?", f"The capital of {place} is {word(rng, 2)}."
    if kind == "currency":
        return (f"What currency is used in {place}?",
                f"{place} uses the {word(rng, 2).lower()} as its currency.")
    if kind == "river":
        return (f"Which river runs through {place}?",
                f"The {word(rng, 3)} river runs through {place}.")
    if kind == "founded":
        return f"When was {place} founded?", f"{place} was founded in {rng.randint(800, 1950)}."
    return (f"What language is spoken in {place}?",
            f"People in {place} speak {word(rng, 2)}ish.")


def main() -> None:
    rng = random.Random(SEED)
    places: list[str] = []
    while len(places) < ITEMS:
        place = word(rng, rng.choice([2, 3]))
        if place not in places:
            places.append(place)
    lines = []
    for number, place in enumerate(places, start=1):
        question, reference = item(rng, place)
        lines.append(json.dumps({"id": f"fact-{number:03d}", "variables": {"question": question},
                                 "reference": reference}))
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()

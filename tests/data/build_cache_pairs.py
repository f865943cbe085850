"""Builds tests/data/cache_pairs.jsonl: the labelled set for the semantic cache threshold.

    .venv/bin/python tests/data/build_cache_pairs.py     # seeded: the same file every time

Each line is {"a": ..., "b": ..., "label": "hit" | "miss", "kind": ...}. A "hit" pair is two
phrasings of the same question with the same product, number, date and city; a "miss"
pair is a near miss: the same question about another product, number, date or city, its
negation, or another question about the same thing. Products with a brand name and
everyday objects without one ("router", "blender") are both in it: the second kind has no
capital letter to tell it apart, only the embedding. ``split`` (tune/test, drawn at random) lets
the threshold can be chosen on one half and checked on the other.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("cache_pairs.jsonl")

BRANDS = [
    "Kindle Paperwhite", "iPhone 15", "Pixel 8", "Galaxy S24", "MacBook Air", "ThinkPad X1",
    "Roku Ultra", "Echo Dot", "Apple Watch", "Fitbit Charge", "PlayStation 5", "Nintendo Switch",
    "Sonos One", "Dyson V15", "Kobo Clara", "Surface Pro", "AirPods Pro", "GoPro Hero",
]
OBJECTS = [
    "router", "blender", "dishwasher", "printer", "thermostat", "microwave", "treadmill",
    "projector", "doorbell camera", "air fryer", "coffee grinder", "electric kettle",
]
CITIES = ["Paris", "Berlin", "Tokyo", "Madrid", "Chicago", "Toronto", "Lisbon", "Seoul",
          "Denver", "Oslo", "Dublin", "Prague"]
NUMBERS = [3, 7, 12, 15, 20, 25, 40, 64, 81, 97, 120, 150]
DATES = ["Monday", "Friday", "March 3", "July 14", "December 24", "next Tuesday",
         "April 2", "Saturday", "June 30", "October 9", "tomorrow", "Sunday"]

# (phrasings of one question, a negated phrasing or None); {p} product, {n} number,
# {c} city, {d} date.
PRODUCT_INTENTS: list[tuple[list[str], str | None]] = [
    (["How do I reset my {p}?", "How can I reset my {p}?", "What is the way to reset my {p}?",
      "how do you reset a {p}"], None),
    (["How do I update the software on my {p}?", "How can I update my {p} software?",
      "What's the way to update the software of my {p}?", "how do i update my {p}"], None),
    (["Is the {p} waterproof?", "Is my {p} waterproof?", "is a {p} waterproof",
      "Can the {p} be called waterproof?"], "Is the {p} not waterproof?"),
    (["How long does the battery of the {p} last?", "How long does the {p} battery last?",
      "what is the battery life of the {p}", "How many hours does the {p} battery last?"],
     None),
    (["How do I connect my {p} to wifi?", "How can I connect my {p} to wifi?",
      "how do i connect the {p} to my wifi", "What is the way to connect a {p} to wifi?"],
     "Why does my {p} not connect to wifi?"),
    (["What is the warranty on the {p}?", "What warranty does the {p} have?",
      "how long is the warranty of the {p}", "What is the {p} warranty?"],
     "What is not covered by the warranty on the {p}?"),
    (["Why is my {p} so slow?", "Why is my {p} slow?", "why is the {p} so slow",
      "What makes my {p} so slow?"], "Why is my {p} not slow anymore?"),
    (["How do I clean my {p}?", "How should I clean my {p}?", "what is the way to clean a {p}",
      "How can I clean the {p}?"], "What should I never use to clean my {p}?"),
    (["Can I return my {p}?", "Can I return the {p}?", "Is it possible to return my {p}?",
      "can i return a {p}"], "Why can I not return my {p}?"),
    (["How much does the {p} cost?", "What does the {p} cost?", "how much is the {p}",
      "What is the price of the {p}?"], None),
]
NUMBER_INTENTS: list[tuple[list[str], str | None]] = [
    (["What is {n} percent of 250?", "What's {n} percent of 250?", "what is {n}% of 250",
      "Calculate {n} percent of 250."], None),
    (["Convert {n} miles to kilometers.", "How many kilometers is {n} miles?",
      "convert {n} miles to kilometers", "What is {n} miles in kilometers?"], None),
    (["Is {n} a prime number?", "Is the number {n} prime?", "is {n} prime",
      "Is {n} a prime?"], "Is {n} not a prime number?"),
    (["Book a table for {n} people tonight.", "I need a table for {n} people tonight.",
      "book a table for {n} people tonight", "Reserve a table for {n} people tonight."], None),
    (["What is the square root of {n}?", "What's the square root of {n}?",
      "square root of {n}", "Calculate the square root of {n}."], None),
]
DATE_INTENTS: list[tuple[list[str], str | None]] = [
    (["What will the weather be in {c} on {d}?", "What is the weather forecast for {c} on {d}?",
      "weather in {c} on {d}", "How will the weather be in {c} on {d}?"], None),
    (["Book me a flight to {c} on {d}.", "Please book a flight to {c} on {d}.",
      "book a flight to {c} on {d}", "I want to book a flight to {c} on {d}."],
     "Do not book a flight to {c} on {d}."),
    (["Are the museums in {c} open on {d}?", "Are museums in {c} open on {d}?",
      "are the museums of {c} open on {d}", "Will the museums in {c} be open on {d}?"],
     "Which museums in {c} are not open on {d}?"),
    (["Find me a hotel in {c} for {d}.", "Find a hotel in {c} for {d}.",
      "find me a hotel in {c} for {d}", "I need a hotel in {c} for {d}."],
     "Find me a hotel in {c} for {d} that is not expensive."),
]
# Another question about the same thing: must not be served the first one's answer.
OTHER_QUESTION = [
    ("How do I reset my {p}?", "How do I charge my {p}?"),
    ("Is the {p} waterproof?", "Is the {p} heavy?"),
    ("How do I clean my {p}?", "How do I repair my {p}?"),
    ("How much does the {p} cost?", "How much does the {p} weigh?"),
    ("Can I return my {p}?", "Can I rent my {p}?"),
]


def _pairs_of(phrasings: list[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(phrasings) for b in phrasings[i + 1:]]


def build(seed: int = 5) -> list[dict[str, str]]:
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []

    def add(a: str, b: str, label: str, kind: str) -> None:
        rows.append({"a": a, "b": b, "label": label, "kind": kind})

    for phrasings, negated in PRODUCT_INTENTS:
        for a, b in _pairs_of(phrasings):
            for things, kind in ((BRANDS, "brand"), (OBJECTS, "object")) * 2:
                p, other = rng.sample(things, 2)
                add(a.format(p=p), b.format(p=p), "hit", f"paraphrase_{kind}")
                add(a.format(p=p), b.format(p=other), "miss", f"different_{kind}")
        if negated is not None:
            for phrasing in phrasings:
                p = rng.choice(BRANDS + OBJECTS)
                add(phrasing.format(p=p), negated.format(p=p), "miss", "negation")
    for phrasings, negated in NUMBER_INTENTS:
        for a, b in _pairs_of(phrasings):
            for _ in range(2):
                number, other_number = rng.sample(NUMBERS, 2)
                add(a.format(n=number), b.format(n=number), "hit", "paraphrase_number")
                add(a.format(n=number), b.format(n=other_number), "miss", "different_number")
        if negated is not None:
            for phrasing in phrasings:
                prime = rng.choice([7, 11, 13, 21, 49])
                add(phrasing.format(n=prime), negated.format(n=prime), "miss", "negation")
    for phrasings, negated in DATE_INTENTS:
        for a, b in _pairs_of(phrasings):
            for _ in range(2):
                c, other_city = rng.sample(CITIES, 2)
                d, other_date = rng.sample(DATES, 2)
                add(a.format(c=c, d=d), b.format(c=c, d=d), "hit", "paraphrase_date")
                add(a.format(c=c, d=d), b.format(c=c, d=other_date), "miss", "different_date")
                add(a.format(c=c, d=d), b.format(c=other_city, d=d), "miss", "different_city")
        if negated is not None:
            for phrasing in phrasings:
                c, d = rng.choice(CITIES), rng.choice(DATES)
                add(phrasing.format(c=c, d=d), negated.format(c=c, d=d), "miss", "negation")
    for a, b in OTHER_QUESTION:
        for p in rng.sample(BRANDS + OBJECTS, 8):
            add(a.format(p=p), b.format(p=p), "miss", "other_question")
    splitter = random.Random(seed + 1)
    for row in rows:
        row["split"] = "tune" if splitter.random() < 0.5 else "test"
    return rows


def main() -> None:
    rows = build()
    OUT.write_text("".join(json.dumps(row) + "\n" for row in rows))
    hits = sum(row["label"] == "hit" for row in rows)
    print(f"{OUT}: {hits} hit pairs, {len(rows) - hits} near-miss pairs")


if __name__ == "__main__":
    main()

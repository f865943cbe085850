"""Plausible, deterministic filler text: sentences drawn from a fixed vocabulary. Pure."""

from __future__ import annotations

import random

_WORDS = """
the a an this that each every some many few system model stream event request response
token batch cache signal answer question reason result value record partition broker
topic worker queue budget route prompt version policy schema latency error retry limit
window offset commit replica leader client server data pipeline stage guard filter
output input text summary report metric trace span is are was were will can should may
must does makes keeps holds sends reads writes returns checks counts finds builds moves
turns shows gives takes brings runs waits quickly slowly carefully often rarely always
never clearly simply fully only also new old small large fast slow safe stable simple
clear exact useful careful steady and or but so because while when if after before until
with without from into over under between across through about around against within per
by for of on in to at
"""
VOCABULARY = tuple(_WORDS.split())

MIN_WORDS = 8
MAX_WORDS = 48


def sentence_text(rng: random.Random) -> str:
    """Between MIN_WORDS and MAX_WORDS words, in sentences of 4 to 12 words."""
    remaining = rng.randint(MIN_WORDS, MAX_WORDS)
    sentences = []
    while remaining > 0:
        length = min(remaining, rng.randint(4, 12))
        words = [rng.choice(VOCABULARY) for _ in range(length)]
        sentences.append(" ".join(words).capitalize() + ".")
        remaining -= length
    return " ".join(sentences)


def phrase(rng: random.Random, words: int) -> str:
    return " ".join(rng.choice(VOCABULARY) for _ in range(words))

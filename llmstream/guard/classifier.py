"""A small linear classifier of injection attempts over hashed character n-grams. Pure.

Features, all hashed into 2^17 buckets: every 3- to 6-byte sequence of the UTF-8
``canonical`` text (case, look-alike letters, invisible characters, spacing and leetspeak
already undone), and every word and pair of adjacent words (a word is a run of letters,
digits or non-ASCII bytes), which carry meaning across the byte n-grams' short reach
("the assistant that", "do not mention"). A text's vector is the feature counts divided
by the square root of their number. The model is logistic regression over it, trained by
``scripts/injection_classifier/train.py`` on a generated training set that shares no
phrase with the test sets, and shipped as ``injection_model.npz`` (float16 weights,
about 230 kB) inside the package: loaded once, nothing downloaded.

Long texts are scored by their most suspicious window of ``WINDOW`` bytes (one cumulative
sum over per-position weights), so one injected sentence inside a long document is not
averaged away. All of it is a handful of numpy passes: well under a millisecond for an
8,000-token prompt.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BUCKETS = 1 << 17
_SHIFT = np.uint32(32 - 17)
NGRAMS = (3, 4, 5, 6)
WINDOW = 512  # bytes
_PRIME = np.uint32(16777619)  # FNV's 32-bit prime: rolls the n-gram's bytes into one number
_MIX = np.uint32(2654435761)  # Knuth's multiplicative hash: the top 17 bits are the bucket
_SEEDS = {n: np.uint32(0x9E3779B9 * n % (1 << 32)) for n in NGRAMS}
_WORD_SEED = np.uint32(0x85EBCA6B)
_PAIR_SEED = np.uint32(0xC2B2AE35)
# Bytes that belong to a word (a-z, 0-9, every byte of a multi-byte UTF-8 character) become
# 1, all others 0: one ``bytes.translate``, much faster than indexing a numpy table.
_WORD_BYTES = bytes(1 if (97 <= byte <= 122 or 48 <= byte <= 57 or byte >= 128) else 0
                    for byte in range(256))
MODEL_PATH = Path(__file__).with_name("injection_model.npz")


def hashed_ngrams(text: str) -> list[np.ndarray]:
    """Per n-gram size in ``NGRAMS``, the bucket of the n-gram starting at each byte of
    ``text`` (already canonical, padded with a space each side) that has n bytes left."""
    data = np.frombuffer((" " + text + " ").encode("utf-8"), dtype=np.uint8).astype(np.uint32)
    size = len(data)
    rows: list[np.ndarray] = []
    running = np.zeros(size, dtype=np.uint32)
    for length in range(1, max(NGRAMS) + 1):
        span = size - length + 1
        if span <= 0:
            break
        running = running[:span] * _PRIME + data[length - 1:]
        if length in _SEEDS:
            rows.append(((running ^ _SEEDS[length]) * _MIX >> _SHIFT).astype(np.intp))
    return rows


@functools.cache
def _powers(size: int) -> tuple[np.ndarray, np.ndarray]:
    """``_PRIME ** i`` and its inverse ``** -i`` modulo 2^32 for i < size (uint32 wraps)."""
    inverse = np.uint32(pow(int(_PRIME), -1, 1 << 32))
    up = np.cumprod(np.full(size, _PRIME, dtype=np.uint32), dtype=np.uint32) * inverse
    down = np.cumprod(np.full(size, inverse, dtype=np.uint32), dtype=np.uint32) * _PRIME
    return up, down


def hashed_words(text: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(bucket of each word, bucket of each pair of adjacent words, byte offset where each
    word starts) of ``text`` padded as in ``hashed_ngrams``. A word's hash is the same
    polynomial as the byte n-grams', computed for all words at once from one prefix sum."""
    encoded = (" " + text + " ").encode("utf-8")
    raw = np.frombuffer(encoded, dtype=np.uint8)
    inside = np.frombuffer(encoded.translate(_WORD_BYTES), dtype=np.int8)
    # The padding spaces make every word start after byte 0 and end before the last one.
    edges = np.flatnonzero(np.diff(inside)) + 1
    starts, ends = edges[0::2], edges[1::2] - 1
    if len(starts) == 0:
        empty = np.zeros(0, dtype=np.intp)
        return empty, empty, empty
    size = len(raw)
    up, down = _powers(max(1 << 12, 1 << (size - 1).bit_length()))  # a few sizes cached
    prefix = np.cumsum(raw.astype(np.uint32) * down[:size], dtype=np.uint32)
    words = (prefix[ends] - prefix[starts - 1]) * up[ends]
    single = ((words ^ _WORD_SEED) * _MIX >> _SHIFT).astype(np.intp)
    pairs = ((words[:-1] * _PRIME + words[1:]) ^ _PAIR_SEED) * _MIX >> _SHIFT
    return single, pairs.astype(np.intp), starts


def feature_buckets(text: str) -> np.ndarray:
    """Every feature bucket of ``text`` (byte n-grams, words, word pairs): the training
    vector of one text."""
    single, pairs, _ = hashed_words(text)
    return np.concatenate([*hashed_ngrams(text), single, pairs])


@dataclass(frozen=True, slots=True)
class InjectionModel:
    weights: np.ndarray  # float32, BUCKETS
    bias: float
    # The probability from which the classifier alone should flag a text, chosen by
    # train.py on texts worded unlike the ones it learnt from (injection.py scales by it).
    threshold: float = 0.5
    # Below this probability the classifier reads a text as benign and the pattern
    # signals' score is scaled down (injection.py); also chosen by train.py.
    veto: float = 0.0

    def logit(self, text: str) -> float:
        """The model's log-odds for the most suspicious window of ``text``."""
        rows = hashed_ngrams(text)
        if not rows:
            return self.bias
        single, pairs, starts = hashed_words(text)
        per_position = self.weights[rows[0]]  # the shortest n-gram has the most positions
        for row in rows[1:]:
            per_position[:len(row)] += self.weights[row]
        # A word and the pair it begins count at the byte before the word (there are
        # fewer 3-byte n-grams than bytes, and a word may start two bytes from the end).
        before = starts - 1
        per_position[before] += self.weights[single]
        per_position[before[:-1]] += self.weights[pairs]
        if len(per_position) <= WINDOW:
            count = sum(len(row) for row in rows) + len(single) + len(pairs)
            return self.bias + float(per_position.sum()) / math.sqrt(count)
        # Every window of a long text holds (but for the last few bytes) one n-gram of each
        # size per byte, and two word features per word it starts: as many as the text's
        # average, which makes one normaliser for all windows.
        features = WINDOW * (len(NGRAMS) + 2 * len(starts) / len(per_position))
        summed = np.cumsum(per_position, dtype=np.float64)
        best = max(float(summed[WINDOW - 1]), float((summed[WINDOW:] - summed[:-WINDOW]).max()))
        return self.bias + best / math.sqrt(features)

    def probability(self, text: str) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(text)))


def save_model(model: InjectionModel, path: Path = MODEL_PATH) -> None:
    np.savez_compressed(path, weights=model.weights.astype(np.float16),
                        bias=np.array([model.bias], dtype=np.float64),
                        threshold=np.array([model.threshold], dtype=np.float64),
                        veto=np.array([model.veto], dtype=np.float64))


@functools.cache
def load_model(path: Path = MODEL_PATH) -> InjectionModel:
    with np.load(path) as data:
        return InjectionModel(data["weights"].astype(np.float32), float(data["bias"][0]),
                              float(data["threshold"][0]), float(data["veto"][0]))

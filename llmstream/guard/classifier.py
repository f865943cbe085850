"""A small linear classifier of injection attempts over hashed character n-grams. Pure.

Features: every 3- to 6-byte sequence of the UTF-8 ``canonical`` text (case, look-alike
letters, invisible characters, spacing and leetspeak already undone), hashed into as
many buckets as the model has weights (2^18 shipped); a text's vector is the n-gram
counts divided by the square root of their number. The model is logistic regression over
it, trained by ``scripts/injection_classifier/train.py`` on generated attacks and benign
text, the standard library's own documentation and the hand-written held-out sets already
spent (guard_holdout to guard_holdout14) among it, and shipped as ``injection_model.npz``
(float16 weights, about 500 kB) inside the package: loaded once, nothing downloaded.
``MODEL_ENV`` names another model file for evaluation (evaluate.py --model).

Long texts are scored by their most suspicious window of ``WINDOW`` bytes (one cumulative
sum over per-position weights), so one injected sentence inside a long document is not
averaged away. All of it is a handful of numpy passes: well under a millisecond for an
8,000-token prompt.
"""

from __future__ import annotations

import functools
import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BITS = 18  # the shipped model's: a model's bucket count is the length of its weights
BUCKETS = 1 << BITS
NGRAMS = (3, 4, 5, 6)
WINDOW = 512  # bytes
_PRIME = np.uint32(16777619)  # FNV's 32-bit prime: rolls the n-gram's bytes into one number
_MIX = np.uint32(2654435761)  # Knuth's multiplicative hash: the top bits are the bucket
_SEEDS = {n: np.uint32(0x9E3779B9 * n % (1 << 32)) for n in NGRAMS}
MODEL_PATH = Path(__file__).with_name("injection_model.npz")
# Names another model file for the guard to load instead of the shipped one: how
# scripts/injection_classifier/evaluate.py --model scores a candidate with the full guard.
MODEL_ENV = "LLMSTREAM_INJECTION_MODEL"


def hashed_ngrams(text: str, bits: int = BITS) -> list[np.ndarray]:
    """Per n-gram size in ``NGRAMS``, the bucket (of ``2**bits``) of the n-gram starting at
    each byte of ``text`` (already canonical, padded with a space each side) that has n
    bytes left."""
    shift = np.uint32(32 - bits)
    data = np.frombuffer((" " + text + " ").encode("utf-8"), dtype=np.uint8).astype(np.uint32)
    size = len(data)
    rows: list[np.ndarray] = []
    running = data.copy()  # the rolling hash of the n bytes from each position, in place
    for length in range(2, max(NGRAMS) + 1):
        span = size - length + 1
        if span <= 0:
            break
        rolled = running[:span]
        np.multiply(rolled, _PRIME, out=rolled)
        np.add(rolled, data[length - 1:], out=rolled)
        if length in _SEEDS:
            bucket = np.bitwise_xor(rolled, _SEEDS[length])
            np.multiply(bucket, _MIX, out=bucket)
            np.right_shift(bucket, shift, out=bucket)
            rows.append(bucket.astype(np.intp))  # intp indexes without a conversion per use
    return rows


@dataclass(frozen=True, slots=True)
class InjectionModel:
    weights: np.ndarray  # float32, a power of two: 2**bits buckets
    bias: float

    @property
    def bits(self) -> int:
        return len(self.weights).bit_length() - 1

    def logit(self, text: str) -> float:
        """The model's log-odds for the most suspicious window of ``text``."""
        rows = hashed_ngrams(text, self.bits)
        if not rows:
            return self.bias
        per_position = self.weights[rows[0]]  # the shortest n-gram has the most positions
        for row in rows[1:]:
            per_position[:len(row)] += self.weights[row]
        if len(per_position) <= WINDOW:
            count = sum(len(row) for row in rows)
            return self.bias + float(per_position.sum()) / math.sqrt(count)
        # Every window of a long text holds (but for the last few bytes) one n-gram of each
        # size per byte: one normaliser for all.
        summed = np.cumsum(per_position, dtype=np.float64)
        best = max(float(summed[WINDOW - 1]), float((summed[WINDOW:] - summed[:-WINDOW]).max()))
        return self.bias + best / math.sqrt(len(NGRAMS) * WINDOW)

    def probability(self, text: str) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(text)))


def save_model(model: InjectionModel, path: Path = MODEL_PATH) -> None:
    np.savez_compressed(path, weights=model.weights.astype(np.float16),
                        bias=np.array([model.bias], dtype=np.float64))


def model_path() -> Path:
    """The model file the guard loads: the shipped one unless ``MODEL_ENV`` names another."""
    chosen = os.environ.get(MODEL_ENV)
    return Path(chosen) if chosen else MODEL_PATH


@functools.cache
def load_model(path: Path | None = None) -> InjectionModel:
    """The model in ``path``, by default ``model_path()``; read once per path."""
    with np.load(model_path() if path is None else path) as data:
        return InjectionModel(data["weights"].astype(np.float32), float(data["bias"][0]))

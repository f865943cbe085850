"""A small linear classifier of injection attempts over hashed character n-grams. Pure.

Features: every 3- to 6-byte sequence of the UTF-8 ``canonical`` text (case, look-alike
letters, invisible characters, spacing and leetspeak already undone), hashed into as
many buckets as the model has weights (2^18 shipped); a text's vector is the n-gram
counts divided by the square root of their number. The model is logistic regression over
it, trained by ``scripts/injection_classifier/train.py`` on generated attacks and benign
text, the standard library's own documentation, everyday texts and attacks written by hand
in 75 languages (world_texts.py) and the hand-written held-out sets already spent
(guard_holdout to guard_holdout32) among it, and shipped as ``injection_model.npz``
(float16 weights, about 500 kB) inside the package: loaded once, nothing downloaded.
Texts of SHORT_TEXT_CHARS or more are read by a second such model,
``injection_model_long.npz``, that learnt hand-written look-alikes and the spent sets to
guard_holdout54 too (``ByLength``).
``MODEL_ENV`` and ``LONG_MODEL_ENV`` name other model files for evaluation (evaluate.py
--model, --long-model).

Long texts are scored by their most suspicious window of ``WINDOW`` bytes (one cumulative
sum over per-position weights), so one injected sentence inside a long document is not
averaged away. A text k windows long has k chances for one window to lean to an attack by
chance: its best window is discounted by ``LONG_TEXT_DISCOUNT`` times ln k (the tail of
the window scores is roughly exponential, so the best of k moves up by about ln k over its
slope). It lowers long ordinary documents' false positives only in part
(docs/BENCHMARKS.md). A long text of paragraphs is also read by its most suspicious
paragraph, as a text of its own among k (discounted by the same ln k); its log-odds are
the higher of the two readings, both from one cumulative sum. An order set apart between
paragraphs of minutes is a small part of its window: the guard scored such a text 0.0
where the order alone scored 0.8.

All of it is about forty numpy passes over the text's bytes, each n-gram size's weights
gathered and added as soon as it is hashed, into buffers shared by the
sizes: about 0.4 ms for an 8,000-token prompt (32,000 bytes) on its own, 0.7-1 ms inside
the guard, whose other work has pushed the weights out of the CPU's caches by then (most
of it the four gathers from the weights and the sequential float64 cumulative sum).
"""

from __future__ import annotations

import functools
import math
import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

BITS = 18  # the shipped model's: a model's bucket count is the length of its weights
BUCKETS = 1 << BITS
NGRAMS = (3, 4, 5, 6)
WINDOW = 512  # bytes
# Per ln k of a text k windows long, taken off its best window's log-odds. Measured on the
# unlearnt sets guard_holdout33 to 40: 0.5 flags 8 fewer of 39's and 40's 440 benign items
# (33-38 unchanged) for 2 of their 334 injections missed; 1.0 misses 9. On guard_holdout41's
# long documents, 1.0 against 0.5 flags 9 of 172 fewer and misses 4 of 99 more
# (docs/BENCHMARKS.md).
LONG_TEXT_DISCOUNT = 0.5
_PRIME = np.uint32(16777619)  # FNV's 32-bit prime: rolls the n-gram's bytes into one number
_MIX = np.uint32(2654435761)  # Knuth's multiplicative hash: the top bits are the bucket
_SEEDS = {n: np.uint32(0x9E3779B9 * n % (1 << 32)) for n in NGRAMS}
MODEL_PATH = Path(__file__).with_name("injection_model.npz")
# Texts of SHORT_TEXT_CHARS characters or more are read by a second model, trained with
# the hand-written look-alikes too (train.py --long): operators' setups pasted as messages,
# security documents quoting attacks, questions about attacks. Learnt by every text, they
# also moved short everyday phrases that share a few of their n-grams ("요약 대신 목록으로
# 보여줘." 0.44 -> 0.54), and a short text rides on few n-grams: the ten phrases pinned by
# unit tests that it moved past the threshold were all under 100 characters
# (docs/BENCHMARKS.md, fourteenth session).
LONG_MODEL_PATH = Path(__file__).with_name("injection_model_long.npz")
SHORT_TEXT_CHARS = 100
# Name other model files for the guard to load instead of the shipped ones: how
# scripts/injection_classifier/evaluate.py --model scores a candidate with the full guard.
# MODEL_ENV's file reads texts of every length unless LONG_MODEL_ENV names one for the
# long ones.
MODEL_ENV = "LLMSTREAM_INJECTION_MODEL"
LONG_MODEL_ENV = "LLMSTREAM_INJECTION_MODEL_LONG"


def hashed_ngrams(text: str, bits: int = BITS) -> list[np.ndarray]:
    """Per n-gram size in ``NGRAMS``, the bucket (of ``2**bits``) of the n-gram starting at
    each byte of ``text`` (already canonical, padded with a space each side) that has n
    bytes left."""
    return [buckets.astype(np.intp) for buckets in _ngram_buckets(text.encode("utf-8"), bits)]


def _ngram_buckets(encoded: bytes, bits: int) -> Iterator[np.ndarray]:
    """``hashed_ngrams`` of the UTF-8 ``encoded`` text one n-gram size at a time, as uint32
    in one buffer that the next size overwrites: the scoring consumes each in turn."""
    shift = np.uint32(32 - bits)
    data = np.empty(len(encoded) + 2, dtype=np.uint32)
    data[0] = data[-1] = ord(" ")
    data[1:-1] = np.frombuffer(encoded, dtype=np.uint8)
    size = len(data)
    running = data.copy()  # the rolling hash of the n bytes from each position, in place
    mixed = np.empty_like(data)
    for length in range(2, max(NGRAMS) + 1):
        span = size - length + 1
        if span <= 0:
            break
        rolled = running[:span]
        np.multiply(rolled, _PRIME, out=rolled)
        np.add(rolled, data[length - 1:], out=rolled)
        if length in _SEEDS:
            bucket = np.bitwise_xor(rolled, _SEEDS[length], out=mixed[:span])
            np.multiply(bucket, _MIX, out=bucket)
            np.right_shift(bucket, shift, out=bucket)
            yield bucket


# A paragraph shorter than this (bytes) is not read alone: "Continue." or a heading leans
# where a sentence would not (injection.py caps the classifier below SHORT_TEXT_BYTES).
PARAGRAPH_BYTES = 32


@dataclass(frozen=True, slots=True)
class InjectionModel:
    weights: np.ndarray  # float32, a power of two: 2**bits buckets
    bias: float

    @property
    def bits(self) -> int:
        return len(self.weights).bit_length() - 1

    def logit(self, text: str) -> float:
        """The model's log-odds for the most suspicious window of ``text`` or, in a long
        text of paragraphs, for its most suspicious paragraph (``_best_paragraph``),
        whichever is higher: an order set apart in a document is not averaged away by the
        paragraphs around it."""
        encoded = text.encode("utf-8")
        positions = len(encoded) + 2 - NGRAMS[0] + 1  # of the shortest n-grams: the most
        if positions <= 0:
            return self.bias
        per_position = np.empty(positions, dtype=np.float32)
        gathered = np.empty(positions, dtype=np.float32)
        count = 0  # n-grams
        for buckets in _ngram_buckets(encoded, self.bits):
            # Every bucket is in range: mode="clip" only spares take() its bounds check.
            if count:
                span = len(buckets)
                per_position[:span] += self.weights.take(buckets, out=gathered[:span],
                                                         mode="clip")
            else:
                self.weights.take(buckets, out=per_position, mode="clip")
            count += len(buckets)
        if len(per_position) <= WINDOW:
            return self.bias + float(per_position.sum()) / math.sqrt(count)
        # Every window of a long text holds (but for the last few bytes) one n-gram of each
        # size per byte: one normaliser for all. summed[i] is the sum of the first i.
        summed = np.empty(len(per_position) + 1, dtype=np.float64)
        summed[0] = 0.0
        np.cumsum(per_position, dtype=np.float64, out=summed[1:])
        best = float(np.subtract(summed[WINDOW:], summed[:-WINDOW]).max())
        windows = len(per_position) / WINDOW
        whole = (self.bias + best / math.sqrt(len(NGRAMS) * WINDOW)
                 - LONG_TEXT_DISCOUNT * math.log(windows))
        paragraph = self._best_paragraph(encoded, summed)
        return whole if paragraph is None else max(whole, paragraph)

    def _best_paragraph(self, encoded: bytes, summed: np.ndarray) -> float | None:
        """The log-odds of the most suspicious paragraph of a long text (between blank
        lines, PARAGRAPH_BYTES to WINDOW bytes), each read as a text of its own would be
        (its n-grams' weights over the square root of their number; those that run into
        the blank line count in), less LONG_TEXT_DISCOUNT times ln k for its k paragraphs;
        None for a text of one paragraph."""
        if b"\n\n" not in encoded:
            return None
        # Blank lines: runs of two line breaks or more (found in numpy: a text of blank
        # lines alone is no loop of Python steps).
        breaks = np.frombuffer(encoded, dtype=np.uint8) == ord("\n")
        edges = np.diff(breaks.astype(np.int8), prepend=0, append=0)
        run_starts, run_ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
        blank = run_ends - run_starts >= 2
        if not blank.any():
            return None
        # Paragraph i's bytes run from the end of the blank lines before it to the start of
        # those after it; its n-grams start one position later (the padding space).
        begins = np.concatenate(([0], run_ends[blank])) + 1
        ends = np.minimum(np.concatenate((run_starts[blank], [len(encoded)])) + 1,
                          len(summed) - 1)
        sizes = ends - begins
        read = (sizes >= PARAGRAPH_BYTES) & (sizes <= WINDOW)
        if not read.any():
            return None
        sums = summed[ends[read]] - summed[begins[read]]
        best = float(np.max(sums / np.sqrt(len(NGRAMS) * sizes[read])))
        return self.bias + best - LONG_TEXT_DISCOUNT * math.log(len(begins))

    def probability(self, text: str) -> float:
        return 1.0 / (1.0 + math.exp(-self.logit(text)))


def save_model(model: InjectionModel, path: Path = MODEL_PATH) -> None:
    np.savez_compressed(path, weights=model.weights.astype(np.float16),
                        bias=np.array([model.bias], dtype=np.float64))


@dataclass(frozen=True, slots=True)
class ByLength:
    """The guard's classifier: ``short`` reads texts under SHORT_TEXT_CHARS characters,
    ``long`` the others."""

    short: InjectionModel
    long: InjectionModel

    def model_for(self, text: str) -> InjectionModel:
        return self.short if len(text) < SHORT_TEXT_CHARS else self.long

    def probability(self, text: str) -> float:
        return self.model_for(text).probability(text)


def model_path() -> Path:
    """The short texts' model file: the shipped one unless ``MODEL_ENV`` names another."""
    chosen = os.environ.get(MODEL_ENV)
    return Path(chosen) if chosen else MODEL_PATH


def long_model_path() -> Path:
    """The long texts' model file: ``LONG_MODEL_ENV``'s, else ``MODEL_ENV``'s, else the
    shipped one."""
    chosen = os.environ.get(LONG_MODEL_ENV) or os.environ.get(MODEL_ENV)
    return Path(chosen) if chosen else LONG_MODEL_PATH


@functools.cache
def load_model(path: Path | None = None) -> InjectionModel:
    """The model in ``path``, by default ``model_path()``; read once per path."""
    with np.load(model_path() if path is None else path) as data:
        return InjectionModel(data["weights"].astype(np.float32), float(data["bias"][0]))


@functools.cache
def load_classifier() -> ByLength:
    """The guard's classifier, from ``model_path()`` and ``long_model_path()``; read once
    (``cache_clear`` it, and ``load_model``, after changing the environment)."""
    return ByLength(load_model(model_path()), load_model(long_model_path()))

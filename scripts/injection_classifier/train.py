"""Train the injection classifier (llmstream/guard/classifier.py) and write its weights.

Logistic regression over hashed character n-grams, full-batch Adam with L2, numpy only,
seeded: the same command gives the same weights. Training texts come from
build_training_set.py (never from tests/data); a fifth of them is held back to report
accuracy on unseen generated texts.

    .venv/bin/python scripts/injection_classifier/train.py
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_training_set import build

from llmstream.guard.classifier import (
    BUCKETS,
    MODEL_PATH,
    InjectionModel,
    hashed_ngrams,
    save_model,
)
from llmstream.guard.normalize import canonical


def sparse_rows(texts: list[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row of each entry, bucket, value): the normalised n-gram counts of each text."""
    rows, buckets, values = [], [], []
    for row, text in enumerate(texts):
        found = np.concatenate(hashed_ngrams(canonical(text)))
        rows.append(np.full(len(found), row, dtype=np.int64))
        buckets.append(found)
        values.append(np.full(len(found), 1.0 / math.sqrt(max(len(found), 1))))
    return np.concatenate(rows), np.concatenate(buckets), np.concatenate(values)


def train(texts: list[str], labels: np.ndarray, epochs: int, l2: float, rate: float
          ) -> InjectionModel:
    rows, buckets, values = sparse_rows(texts)
    count = len(texts)
    weights = np.zeros(BUCKETS)
    bias = 0.0
    first, second = np.zeros(BUCKETS), np.zeros(BUCKETS)
    first_b = second_b = 0.0
    for step in range(1, epochs + 1):
        logits = bias + np.bincount(rows, weights=weights[buckets] * values, minlength=count)
        error = 1.0 / (1.0 + np.exp(-logits)) - labels
        grad = np.bincount(buckets, weights=error[rows] * values, minlength=BUCKETS) / count
        grad += l2 * weights
        grad_b = float(error.mean())
        first = 0.9 * first + 0.1 * grad
        second = 0.999 * second + 0.001 * grad * grad
        weights -= rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        first_b = 0.9 * first_b + 0.1 * grad_b
        second_b = 0.999 * second_b + 0.001 * grad_b * grad_b
        scale = math.sqrt(second_b / (1 - 0.999**step)) + 1e-8
        bias -= rate * (first_b / (1 - 0.9**step)) / scale
    return InjectionModel(weights.astype(np.float32), bias)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=12000)
    parser.add_argument("--epochs", type=int, default=150)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    data = build(args.count, seed=20261129)
    split = len(data) * 4 // 5
    texts = [text for text, _ in data]
    labels = np.array([label for _, label in data], dtype=np.float64)
    model = train(texts[:split], labels[:split], args.epochs, args.l2, args.rate)
    held = [model.probability(canonical(text)) >= 0.5 for text in texts[split:]]
    truth = labels[split:] == 1
    hits = np.array(held)
    recall = float((hits & truth).sum() / truth.sum())
    false_positive = float((hits & ~truth).sum() / (~truth).sum())
    print(f"held-back generated texts: recall {recall:.3f}, false positives {false_positive:.3f}")
    save_model(model, args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

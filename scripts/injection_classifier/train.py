"""Train the injection classifier (llmstream/guard/classifier.py) and write its weights.

Logistic regression over hashed character n-grams, full-batch Adam with L2, numpy only,
seeded: the same command gives the same weights. Training texts come from
build_training_set.py (never from tests/data). A probe model trained without a quarter
of every phrase list is scored on texts partly worded from that quarter; from it come the
classifier's decision threshold and the veto (classifier.py, injection.py), which ship in
the model file with the weights of the final model, trained on all the texts.

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
from llmstream.guard.injection import score_injection
from llmstream.guard.normalize import canonical

SEED = 20261129


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


def rates(probabilities: np.ndarray, labels: np.ndarray, threshold: float
          ) -> tuple[float, float]:
    """(recall, false positive rate) of flagging at ``threshold``."""
    flagged = probabilities >= threshold
    return float(flagged[labels == 1].mean()), float(flagged[labels == 0].mean())


def calibrated_threshold(probabilities: np.ndarray, labels: np.ndarray,
                         false_positive_target: float) -> float:
    """The lowest probability (at least 0.5) at which at most ``false_positive_target`` of
    the benign texts are flagged."""
    benign = np.sort(probabilities[labels == 0])[::-1]
    allowed = min(int(false_positive_target * len(benign)), len(benign) - 1)
    return max(0.5, float(np.nextafter(benign[allowed], 1.0)))


VETOES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4)


def chosen_veto(model: InjectionModel, texts: list[str], labels: np.ndarray
                ) -> tuple[float, float, float]:
    """The veto (injection.py: below it the classifier scales the patterns down) that
    best separates ``texts`` with the whole scorer, by recall minus false-positive rate:
    (veto, recall, FP rate)."""
    best = (0.0, 0.0, 1.0)
    for veto in VETOES:
        candidate = InjectionModel(model.weights, model.bias, model.threshold, veto)
        flagged = np.array([score_injection(text, candidate).score >= 0.5 for text in texts])
        recall = float(flagged[labels == 1].mean())
        false_positive = float(flagged[labels == 0].mean())
        print(f"  veto {veto:.2f}: recall {recall:.3f}, false positives {false_positive:.3f}")
        if recall - false_positive > best[1] - best[2]:
            best = (veto, recall, false_positive)
    return best


def _split(data: list[tuple[str, int]]) -> tuple[list[str], np.ndarray]:
    return [text for text, _ in data], np.array([label for _, label in data], dtype=np.float64)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=24000)
    parser.add_argument("--epochs", type=int, default=150)
    parser.add_argument("--l2", type=float, default=1e-4)
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--false-positives", type=float, default=0.03,
                        help="share of benign validation texts the classifier alone may flag")
    parser.add_argument("--out", type=Path, default=MODEL_PATH)
    args = parser.parse_args()
    # Validation: learn without a quarter of every phrase list, score texts in which each
    # phrase comes from that quarter with probability one half; the classifier's decision
    # threshold and the veto come from them.
    texts, labels = _split(build(args.count * 3 // 4, seed=SEED, unseen=0.0))
    probe = train(texts, labels, args.epochs, args.l2, args.rate)
    texts, labels = _split(build(args.count // 4, seed=SEED + 1, unseen=0.5))
    probabilities = np.array([probe.probability(canonical(text)) for text in texts])
    threshold = calibrated_threshold(probabilities, labels, args.false_positives)
    print("validation (phrases unseen half the time): at p >= 0.5 recall {:.3f}, false "
          "positives {:.3f}".format(*rates(probabilities, labels, 0.5)))
    print("chosen threshold {:.3f}: recall {:.3f}, false positives {:.3f}".format(
        threshold, *rates(probabilities, labels, threshold)))
    probe = InjectionModel(probe.weights, probe.bias, threshold)
    veto, recall, false_positive = chosen_veto(probe, texts, labels)
    print(f"chosen veto {veto:.2f}: with the patterns, recall {recall:.3f}, "
          f"false positives {false_positive:.3f}")
    texts, labels = _split(build(args.count, seed=SEED))
    model = train(texts, labels, args.epochs, args.l2, args.rate)
    save_model(InjectionModel(model.weights, model.bias, threshold, veto), args.out)
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()

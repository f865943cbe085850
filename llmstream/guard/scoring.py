"""Precision, recall and false-positive rate of the guard per label on a labelled set. Pure.

Per item and label: expected when the item's ``labels`` name it, found when a finding of
that type is reported. A PII item counts as found only when its type is found;
``false_positive_rate`` is the share of items without the label that got it anyway.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class LabelScore:
    label: str
    true_positives: int
    false_positives: int
    false_negatives: int
    negatives: int  # items without the label

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def false_positive_rate(self) -> float:
        return self.false_positives / self.negatives if self.negatives else 0.0

    def to_json(self) -> dict[str, object]:
        return {
            "label": self.label,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "false_positive_rate": round(self.false_positive_rate, 4),
            "tp": self.true_positives,
            "fp": self.false_positives,
            "fn": self.false_negatives,
            "negatives": self.negatives,
        }


def score_labels(
    items: Sequence[tuple[Iterable[str], Iterable[str]]], labels: Iterable[str] | None = None
) -> dict[str, LabelScore]:
    """``items`` are ``(expected labels, found types)``; ``labels`` defaults to every label
    seen. ``pii`` aggregates every PII type (all labels but ``injection``)."""
    pairs = [(set(expected), set(found)) for expected, found in items]
    chosen = sorted(set(labels) if labels is not None
                    else {label for pair in pairs for label in pair[0] | pair[1]})
    scores: dict[str, LabelScore] = {}
    for label in [*chosen, "pii"]:
        tp = fp = fn = negatives = 0
        for expected, found in pairs:
            if label == "pii":
                want = expected - {"injection"}
                got = found - {"injection"}
                if want:
                    if want <= got:
                        tp += 1
                    else:
                        fn += 1
                    fp += 1 if got - want else 0
                else:
                    negatives += 1
                    fp += 1 if got else 0
                continue
            if label in expected:
                tp += label in found
                fn += label not in found
            else:
                negatives += 1
                fp += label in found
        scores[label] = LabelScore(label, tp, fp, fn, negatives)
    return scores

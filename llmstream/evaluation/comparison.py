"""Baseline against candidate: per-evaluator means, paired differences, the gate.

Pure: takes the scores of both arms (keyed by item), returns a ``Comparison`` whose
``verdict`` is the gate decision and whose ``lines`` are the table ``eval gate`` and
``eval replay`` print. The candidate fails when, for any evaluator, its mean score over
the items both arms answered is below the baseline's by more than the margin.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from llmstream.evaluation.statistics import Estimate, mean_interval, paired_difference


@dataclass(frozen=True, slots=True)
class ArmResult:
    """One arm's scores per evaluator (item id -> score), and its answers' cost and
    latency (item id -> value)."""

    label: str
    scores: Mapping[str, Mapping[str, float]]
    cost_usd: Mapping[str, float]
    latency_ms: Mapping[str, float]


@dataclass(frozen=True, slots=True)
class EvaluatorComparison:
    evaluator: str
    baseline: Estimate
    candidate: Estimate
    difference: Estimate
    worse: bool  # beyond the margin


@dataclass(frozen=True, slots=True)
class Comparison:
    rows: tuple[EvaluatorComparison, ...]
    baseline: ArmResult
    candidate: ArmResult
    margin: float
    confidence: float

    @property
    def passed(self) -> bool:
        return bool(self.rows) and not any(row.worse for row in self.rows)

    @property
    def reason(self) -> str:
        if not self.rows:
            return "no evaluator scored both arms on a common item"
        worse = [row for row in self.rows if row.worse]
        if not worse:
            weakest = min(self.rows, key=lambda row: row.difference.mean)
            return (f"no evaluator is worse by more than {self.margin:g} "
                    f"(closest: {weakest.evaluator} {weakest.difference.mean:+.3f})")
        return "; ".join(
            f"{row.evaluator}: candidate {row.candidate.mean:.3f} vs baseline "
            f"{row.baseline.mean:.3f}, {row.difference.mean:+.3f} is below -{self.margin:g} "
            f"({self.confidence:.0%} CI of the difference [{row.difference.low:+.3f}, "
            f"{row.difference.high:+.3f}])"
            for row in worse
        )

    def lines(self) -> list[str]:
        pct = f"{self.confidence:.0%}"
        header = ("EVALUATOR", f"BASELINE {self.baseline.label}",
                  f"CANDIDATE {self.candidate.label}", f"DELTA [{pct} CI]", "")
        table = [header]
        for row in self.rows:
            table.append((
                row.evaluator,
                _estimate(row.baseline),
                _estimate(row.candidate),
                f"{row.difference.mean:+.3f} [{row.difference.low:+.3f}, "
                f"{row.difference.high:+.3f}]",
                "WORSE" if row.worse else "ok",
            ))
        cost_b, cost_c = _mean(self.baseline.cost_usd), _mean(self.candidate.cost_usd)
        lat_b, lat_c = _mean(self.baseline.latency_ms), _mean(self.candidate.latency_ms)
        table.append(("cost/answer", f"${cost_b:.6f}", f"${cost_c:.6f}",
                      _relative(cost_b, cost_c), ""))
        table.append(("latency/answer", f"{lat_b:.1f} ms", f"{lat_c:.1f} ms",
                      _relative(lat_b, lat_c), ""))
        widths = [max(len(line[i]) for line in table) for i in range(4)]
        out = ["  ".join(cell.ljust(widths[i]) if i < 4 else cell
                         for i, cell in enumerate(line)).rstrip() for line in table]
        verdict = "PASS" if self.passed else "FAIL"
        out.append(f"gate (margin {self.margin:g}): {verdict}: {self.reason}")
        return out


def _estimate(estimate: Estimate) -> str:
    return f"{estimate.mean:.3f} ± {estimate.half_width:.3f} (n={estimate.n})"


def _mean(values: Mapping[str, float]) -> float:
    return math.fsum(values.values()) / len(values) if values else 0.0


def _relative(before: float, after: float) -> str:
    delta = after - before
    if before == 0:
        return f"{delta:+.6g}"
    return f"{delta:+.6g} ({delta / before:+.1%})"


def compare(
    baseline: ArmResult,
    candidate: ArmResult,
    margin: float,
    confidence: float = 0.95,
    evaluators: Sequence[str] | None = None,
) -> Comparison:
    """Compare the arms on each evaluator both have scores for (or on ``evaluators``)."""
    names = evaluators if evaluators is not None else [
        name for name in baseline.scores if name in candidate.scores
    ]
    rows = []
    for name in names:
        before = baseline.scores.get(name, {})
        after = candidate.scores.get(name, {})
        items = sorted(set(before) & set(after))
        if not items:
            continue
        b = [before[item] for item in items]
        c = [after[item] for item in items]
        difference = paired_difference(b, c, confidence)
        rows.append(EvaluatorComparison(
            evaluator=name,
            baseline=mean_interval(b, confidence),
            candidate=mean_interval(c, confidence),
            difference=difference,
            worse=difference.mean < -margin,
        ))
    return Comparison(tuple(rows), baseline, candidate, margin, confidence)

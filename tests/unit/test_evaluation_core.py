"""The evaluation core: deterministic checks, similarity, verdicts, statistics, the gate."""

from __future__ import annotations

import json
import math
import random

import numpy as np
import pytest

from llmstream.config import (
    CategoryEvaluatorConfig,
    ExactMatchEvaluatorConfig,
    JsonPathEvaluatorConfig,
    JsonValidEvaluatorConfig,
    LengthEvaluatorConfig,
    RegexEvaluatorConfig,
    RequiredFieldsEvaluatorConfig,
    SimilarityEvaluatorConfig,
)
from llmstream.evaluation.comparison import ArmResult, compare
from llmstream.evaluation.dataset import DatasetError, parse_dataset
from llmstream.evaluation.deterministic import evaluate, json_path, normalise
from llmstream.evaluation.judge_verdict import InvalidVerdict, parse_verdict
from llmstream.evaluation.sampling import is_sampled, sample_point
from llmstream.evaluation.scores import Answered, Score
from llmstream.evaluation.similarity import evaluate_similarity, rescaled
from llmstream.evaluation.statistics import mean_interval, paired_difference, t_quantile


def answered(answer: str, reference: str | None = None) -> Answered:
    return Answered(request_id="r1", answer=answer, input="q", reference=reference)


# --- deterministic ---------------------------------------------------------------------


def test_json_valid_scores_objects_and_names_the_error() -> None:
    check = JsonValidEvaluatorConfig(kind="json_valid")
    assert evaluate("j", check, answered('{"a": 1}')).score == 1.0
    bad = evaluate("j", check, answered("{a: 1"))
    assert bad.score == 0.0 and bad.reason.startswith("not JSON")
    assert evaluate("j", check, answered("[1]")).score == 0.0
    assert evaluate("j", JsonValidEvaluatorConfig(kind="json_valid", object_only=False),
                    answered("[1]")).score == 1.0


def test_required_fields_scores_the_share_present() -> None:
    check = RequiredFieldsEvaluatorConfig(kind="required_fields",
                                          fields=("label", "meta.score", "items.1"))
    score = evaluate("f", check, answered(json.dumps({"label": "x", "items": [1]})))
    assert score.score == pytest.approx(1 / 3)
    assert "meta.score" in score.reason and "items.1" in score.reason
    full = {"label": "x", "meta": {"score": 0}, "items": [0, 0]}
    assert evaluate("f", check, answered(json.dumps(full))).score == 1.0


def test_length_bounds_are_inclusive() -> None:
    check = LengthEvaluatorConfig(kind="length", min_chars=2, max_chars=4)
    assert [evaluate("l", check, answered("x" * n)).score for n in (1, 2, 4, 5)] == [
        0.0, 1.0, 1.0, 0.0]


def test_length_rejects_inverted_bounds() -> None:
    with pytest.raises(ValueError, match="max_chars"):
        LengthEvaluatorConfig(kind="length", min_chars=5, max_chars=2)


def test_category_on_text_and_on_a_json_path() -> None:
    text = CategoryEvaluatorConfig(kind="category", allowed=("Billing", "Other"))
    assert evaluate("c", text, answered(" billing. ")).score == 1.0
    assert evaluate("c", text, answered("refund")).score == 0.0
    path = CategoryEvaluatorConfig(kind="category", allowed=("billing",), path="label")
    assert evaluate("c", path, answered('{"label": "Billing"}')).score == 1.0
    missing = evaluate("c", path, answered('{"other": 1}'))
    assert missing.score == 0.0 and "no value at label" in missing.reason


def test_regex_must_match_and_must_not_match() -> None:
    present = RegexEvaluatorConfig(kind="regex", pattern=r"\d{4}")
    absent = RegexEvaluatorConfig(kind="regex", pattern=r"(?i)as an ai", must_match=False)
    assert evaluate("r", present, answered("in 1969")).score == 1.0
    assert evaluate("r", present, answered("long ago")).score == 0.0
    assert evaluate("r", absent, answered("As an AI, I cannot")).score == 0.0
    assert evaluate("r", absent, answered("Paris")).score == 1.0


def test_regex_config_rejects_a_broken_pattern() -> None:
    with pytest.raises(ValueError, match="invalid regular expression"):
        RegexEvaluatorConfig(kind="regex", pattern="(")


def test_json_path_against_a_constant_and_against_the_reference() -> None:
    constant = JsonPathEvaluatorConfig(kind="json_path", path="$.a.b", equals=3)
    assert evaluate("p", constant, answered('{"a": {"b": 3}}')).score == 1.0
    assert evaluate("p", constant, answered('{"a": {"b": 4}}')).score == 0.0
    reference = JsonPathEvaluatorConfig(kind="json_path", path="city")
    assert evaluate("p", reference, answered('{"city": "paris"}', "Paris")).score == 1.0
    assert evaluate("p", reference, answered('{"city": "paris"}')).score == 0.0


def test_exact_match_normalises_and_gives_partial_credit() -> None:
    check = ExactMatchEvaluatorConfig(kind="exact_match")
    assert evaluate("e", check, answered("  The  answer is Paris. ", "the answer is paris")
                    ).score == 1.0
    partial = evaluate("e", check, answered("It is Paris", "Paris France"))
    assert partial.score == 0.5 and "1/2" in partial.reason
    assert evaluate("e", check, answered("x")).reason == "no reference answer"


def test_json_path_walks_lists_and_reports_missing() -> None:
    doc = {"a": [{"b": 1}]}
    assert json_path(doc, "a.0.b") == 1
    assert json_path(doc, "a.1.b") is not None  # the sentinel, not a value
    assert normalise("Hello,  World!") == "hello, world"


def test_score_outside_unit_interval_is_refused() -> None:
    with pytest.raises(ValueError, match="not in"):
        Score("x", "deterministic", 1.5, "")


# --- similarity ------------------------------------------------------------------------


class TableEmbedder:
    """Embeds by a fixed table (a test double at the Embedder protocol)."""

    name = "table"
    dimensions = 2

    def __init__(self, table: dict[str, tuple[float, float]]) -> None:
        self.table = table

    def embed(self, text: str) -> np.typing.NDArray[np.float32]:
        vector = np.asarray(self.table[text], dtype=np.float32)
        result: np.typing.NDArray[np.float32] = vector / np.linalg.norm(vector)
        return result


def test_similarity_is_the_rescaled_cosine() -> None:
    embedder = TableEmbedder({"a": (1, 0), "b": (1, 1), "c": (0, 1)})
    check = SimilarityEvaluatorConfig(kind="similarity", floor=0.5)
    same = evaluate_similarity("s", check, answered("a", "a"), embedder)
    assert same.score == pytest.approx(1.0)
    half = evaluate_similarity("s", check, answered("b", "a"), embedder)
    assert half.score == pytest.approx((math.sqrt(0.5) - 0.5) / 0.5, abs=1e-6)
    assert evaluate_similarity("s", check, answered("c", "a"), embedder).score == 0.0
    assert evaluate_similarity("s", check, answered("a"), embedder).reason == (
        "no reference answer")
    assert rescaled(-1.0, 0.0) == 0.0


# --- judge verdicts ----------------------------------------------------------------------


def test_verdict_parses_a_valid_answer() -> None:
    verdict = parse_verdict('{"score": 0.75, "reason": "mostly right"}')
    assert (verdict.score, verdict.reason) == (0.75, "mostly right")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        (None, "judge_empty"),
        ("", "judge_empty"),
        ("great answer", "judge_not_json"),
        ('{"score": 2, "reason": "x"}', "judge_schema"),
        ('{"score": 0.5}', "judge_schema"),
        ('{"score": "high", "reason": "x"}', "judge_schema"),
        ('{"score": 0.5, "reason": "x", "extra": 1}', "judge_schema"),
    ],
)
def test_invalid_verdicts_have_codes(text: str | None, code: str) -> None:
    with pytest.raises(InvalidVerdict) as raised:
        parse_verdict(text)
    assert raised.value.code == code


# --- statistics --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("dof", "expected"),
    [(1, 12.7062), (2, 4.3027), (3, 3.1824), (5, 2.5706), (10, 2.2281), (30, 2.0423),
     (100, 1.9840)],
)
def test_t_quantile_matches_tables(dof: int, expected: float) -> None:
    assert t_quantile(0.975, dof) == pytest.approx(expected, abs=4e-3 if dof == 3 else 1e-3)


def test_mean_interval_covers_the_true_mean_about_95_percent_of_the_time() -> None:
    rng = random.Random(7)
    covered = 0
    trials = 2000
    for _ in range(trials):
        sample = [rng.gauss(0.6, 0.2) for _ in range(12)]
        estimate = mean_interval(sample)
        covered += estimate.low <= 0.6 <= estimate.high
    assert 0.93 <= covered / trials <= 0.97


def test_paired_difference_and_degenerate_samples() -> None:
    difference = paired_difference([0.5, 0.6, 0.7], [0.4, 0.5, 0.6])
    assert difference.mean == pytest.approx(-0.1)
    assert difference.half_width == pytest.approx(0.0, abs=1e-12)
    single = mean_interval([0.3])
    assert (single.low, single.high, single.n) == (0.3, 0.3, 1)
    with pytest.raises(ValueError):
        mean_interval([])
    with pytest.raises(ValueError):
        paired_difference([1.0], [1.0, 2.0])


# --- the gate ----------------------------------------------------------------------------


def arm(label: str, scores: dict[str, list[float]], cost: float, latency: float) -> ArmResult:
    size = len(next(iter(scores.values())))
    items = [f"i{n}" for n in range(size)]
    return ArmResult(
        label,
        {name: dict(zip(items, values, strict=True)) for name, values in scores.items()},
        {item: cost for item in items},
        {item: latency for item in items},
    )


def test_gate_fails_a_candidate_worse_beyond_the_margin_and_says_why() -> None:
    rng = random.Random(1)
    good = [min(1.0, max(0.0, rng.gauss(0.9, 0.05))) for _ in range(100)]
    bad = [min(1.0, max(0.0, value - 0.3)) for value in good]
    result = compare(arm("v1", {"exact": good}, 1e-5, 40.0),
                     arm("v2", {"exact": bad}, 2e-5, 50.0), margin=0.05)
    assert not result.passed
    assert "exact: candidate" in result.reason and "below -0.05" in result.reason
    text = "\n".join(result.lines())
    assert "WORSE" in text and "FAIL" in text
    assert "+100.0%" in text and "+25.0%" in text  # cost and latency deltas


def test_gate_passes_a_candidate_within_the_margin() -> None:
    baseline = [0.8] * 50 + [0.9] * 50
    candidate = [0.78] * 50 + [0.9] * 50
    result = compare(arm("v1", {"exact": baseline}, 1e-5, 40.0),
                     arm("v2", {"exact": candidate}, 1e-5, 40.0), margin=0.05)
    assert result.passed and "no evaluator is worse" in result.reason
    assert result.lines()[-1].startswith("gate (margin 0.05): PASS")


def test_gate_compares_only_common_items_and_fails_with_nothing_to_compare() -> None:
    baseline = ArmResult("v1", {"exact": {"a": 1.0, "b": 1.0}}, {}, {})
    candidate = ArmResult("v2", {"exact": {"b": 0.0, "c": 0.0}}, {}, {})
    result = compare(baseline, candidate, margin=0.1)
    assert result.rows[0].difference.n == 1 and not result.passed
    empty = compare(ArmResult("v1", {}, {}, {}), ArmResult("v2", {}, {}, {}), margin=0.1)
    assert not empty.passed and "no evaluator" in empty.reason


# --- sampling ----------------------------------------------------------------------------


def test_sampling_is_deterministic_and_close_to_the_rate() -> None:
    ids = [f"req-{n}" for n in range(20_000)]
    chosen = [request_id for request_id in ids if is_sampled(request_id, 0.1)]
    assert chosen == [request_id for request_id in ids if is_sampled(request_id, 0.1)]
    # Binomial(20000, 0.1): sd = 42.4; five sd either side.
    assert abs(len(chosen) - 2000) < 5 * 42.4
    assert not is_sampled("anything", 0.0)
    assert all(0.0 <= sample_point(request_id) < 1.0 for request_id in ids[:100])


# --- datasets ----------------------------------------------------------------------------


def test_dataset_parses_items_and_defaults_ids_to_line_numbers() -> None:
    text = '{"variables": {"q": "a"}, "reference": "A"}\n\n{"id": "x", "variables": {}}\n'
    items = parse_dataset(text)
    assert [item.item_id for item in items] == ["1", "x"]
    assert items[0].reference == "A" and items[1].reference is None
    assert items[0].input_text == "q: a"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("not json", "d:1: not JSON"),
        ("[1]", "d:1: an item must be a JSON object"),
        ('{"inputs": {}}', "d:1: unknown keys: inputs"),
        ('{"id": "a"}\n{"id": "a"}', "d:2: id 'a' repeats"),
        ('{"variables": {"q": 1}}', "d:1: variables"),
        ('{"reference": 3}', "d:1: reference"),
        ("\n", "d: no items"),
    ],
)
def test_dataset_errors_name_the_line(text: str, message: str) -> None:
    with pytest.raises(DatasetError, match=message) as raised:
        parse_dataset(text, "d")
    assert raised.value.code == "invalid_dataset"


def test_shipped_judge_route_and_prompt_ask_for_the_verdict_schema() -> None:
    from pathlib import Path

    import yaml

    from llmstream.config import load_config
    from llmstream.evaluation.judge_verdict import VERDICT_SCHEMA

    root = Path(__file__).parents[2]
    config = load_config(root / "llmstream.yaml")
    assert config.routes["judge"].output.json_schema == VERDICT_SCHEMA
    assert config.routes["judge"].cache.semantic is False
    prompt = yaml.safe_load((root / "examples" / "answer-judge.prompt.yaml").read_text())
    assert prompt["output_schema"] == VERDICT_SCHEMA

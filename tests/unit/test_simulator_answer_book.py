"""The simulator's evaluation test doubles: recorded answers, degraded versions, judge."""

from __future__ import annotations

import json

import pytest

from llmstream.connectors.simulator.answer import answer
from llmstream.connectors.simulator.answer_book import overlap_f1, recorded_key
from llmstream.connectors.simulator.behaviour import Behaviour, DegradeRule
from llmstream.connectors.simulator.request import SimMessage, SimRequest

BOOK = {f"capital of country {n}?": f"The capital is City {n}." for n in range(20)}
VERDICT_SCHEMA = {"type": "object", "properties": {"score": {"type": "number"},
                                                   "reason": {"type": "string"}}}


def ask(question: str, system: str = "You answer.", rules: tuple[DegradeRule, ...] = ()
        ) -> str:
    request = SimRequest("m", (SimMessage("system", system), SimMessage("user", question)))
    return answer(request, "call", BOOK, rules).text


def test_recorded_answer_for_a_contained_key_longest_wins() -> None:
    assert ask("Q: capital of country 3?") == "The capital is City 3."
    assert recorded_key({"a": "1", "ab": "2"}, "xaby") == "ab"
    assert recorded_key(BOOK, "nothing here") is None
    # No key: the usual deterministic prose.
    assert ask("nothing here") not in BOOK.values()


def test_degrade_rule_replaces_the_share_of_marked_answers_with_wrong_ones() -> None:
    rule = (DegradeRule(marker="[terse-v2]", rate=0.5),)
    questions = [f"capital of country {n}?" for n in range(20)]
    good = [ask(q, "You answer. [terse-v2]") == BOOK[q] for q in questions]
    unmarked = [ask(q, "You answer.", rule) == BOOK[q] for q in questions]
    marked = [ask(q, "You answer. [terse-v2]", rule) == BOOK[q] for q in questions]
    assert all(good) and all(unmarked)
    assert 3 <= marked.count(False) <= 17  # about half, seeded by the request digest
    assert marked == [ask(q, "You answer. [terse-v2]", rule) == BOOK[q] for q in questions]
    always = (DegradeRule(marker="[terse-v2]", rate=1.0),)
    wrong = ask("capital of country 1?", "[terse-v2]", always)
    assert wrong in BOOK.values() and wrong != BOOK["capital of country 1?"]


def test_judge_scores_the_answer_against_the_reference() -> None:
    def judge(candidate: str, reference: str) -> dict[str, object]:
        text = f"<answer>{candidate}</answer>\n<reference>{reference}</reference>"
        request = SimRequest("m", (SimMessage("user", text),), json_schema=VERDICT_SCHEMA)
        verdict: dict[str, object] = json.loads(answer(request, "call").text)
        return verdict

    same = judge("The capital is City 3.", "The capital is City 3.")
    assert same["score"] == 1.0 and "matches" in str(same["reason"])
    other = judge("The capital is City 4.", "The capital is City 3.")
    assert other["score"] == 0.8
    assert judge("banana", "The capital is City 3.")["score"] == 0.0


def test_judge_needs_both_tags_and_the_verdict_schema() -> None:
    text = "<answer>a</answer> no reference"
    request = SimRequest("m", (SimMessage("user", text),), json_schema=VERDICT_SCHEMA)
    # Values drawn for the schema, not a verdict.
    assert "word overlap" not in answer(request, "call").text
    assert overlap_f1("", "a") == 0.0


def test_behaviour_validates_the_doubles() -> None:
    behaviour = Behaviour().updated({"answer_book": {"k": "v"},
                                     "degrade": [{"marker": "m", "rate": 0.3}]})
    assert behaviour.degrade[0].rate == 0.3
    with pytest.raises(ValueError, match="rate"):
        Behaviour().updated({"degrade": [{"marker": "m", "rate": 2}]})
    with pytest.raises(ValueError, match="marker"):
        Behaviour().updated({"degrade": [{"marker": ""}]})

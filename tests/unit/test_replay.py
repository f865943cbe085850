"""Replay's pure parts: which stored requests are replayed, and how."""

from __future__ import annotations

import pytest

from llmstream.evaluation.arm import PromptUnderTest
from llmstream.evaluation.replay import (
    candidate_request,
    parse_duration_ms,
    replay_pairs,
    versions_label,
)
from llmstream.events import Params, PromptRef, Request, Response


def prompted(request_id: str, name: str = "facts", **metadata: str) -> Request:
    return Request(request_id=request_id, messages=[], route="default", tenant="acme",
                   params=Params(temperature=0.3),
                   prompt=PromptRef(name=name, label="production", variables={"q": request_id}),
                   metadata=dict(metadata))


def answered(request_id: str, status: str = "ok", version: int = 1) -> Response:
    return Response(request_id=request_id, status=status, content="old",
                    prompt_name="facts", prompt_version=version)


def test_replay_pairs_keeps_live_ok_requests_of_the_prompt_in_order() -> None:
    requests = [prompted("a"), prompted("b", name="other"), prompted("c"),
                prompted("d", parent_request_id="a"), prompted("e", eval_run="r"),
                prompted("f"), Request(request_id="g", messages=[])]
    responses = [answered("a"), answered("b"), answered("c", status="provider_error"),
                 answered("d"), answered("e")]
    pairs, unanswered = replay_pairs(requests, responses, "facts")
    assert [pair.request.request_id for pair in pairs] == ["a"]
    assert unanswered == 2  # c failed, f has no answer


def test_candidate_request_pins_the_version_and_keeps_the_rest() -> None:
    original = prompted("a")
    new = candidate_request(original, PromptUnderTest("facts", 3), None, "run-1")
    assert new.request_id != "a" and new.route == "default" and new.tenant == "acme"
    assert new.prompt == PromptRef(name="facts", version=3, variables={"q": "a"})
    assert new.params == original.params and new.cache == "bypass"
    assert new.metadata == {"eval_run": "run-1", "replay_of": "a"}
    assert candidate_request(original, PromptUnderTest("facts", 3), "judge", "r").route == (
        "judge")


@pytest.mark.parametrize(("text", "ms"), [("500ms", 500), ("90s", 90_000), ("15m", 900_000),
                                          ("2h", 7_200_000), ("1.5d", 129_600_000)])
def test_durations(text: str, ms: int) -> None:
    assert parse_duration_ms(text) == ms


@pytest.mark.parametrize("text", ["", "10", "1w", "-5m", "0s"])
def test_bad_durations(text: str) -> None:
    with pytest.raises(ValueError, match="expected a positive duration"):
        parse_duration_ms(text)


def test_versions_label() -> None:
    assert versions_label("facts", [answered("a", version=2), answered("b", version=1),
                                    answered("c", version=2)]) == "facts@1,2"
    assert versions_label("facts", []) == "facts@?"

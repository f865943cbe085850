"""Online evaluation's pairing of sampled requests with their answers."""

from __future__ import annotations

from llmstream.evaluation.online_pairing import Pairing, input_text, is_live
from llmstream.evaluation.sampling import is_sampled
from llmstream.events import Message, PromptRef, Request, Response

IDS = [f"req-{n}" for n in range(400)]
SAMPLED = [request_id for request_id in IDS if is_sampled(request_id, 0.25)]
UNSAMPLED = [request_id for request_id in IDS if not is_sampled(request_id, 0.25)]


def request(request_id: str, **metadata: str) -> Request:
    return Request(request_id=request_id, messages=[Message("user", f"question {request_id}")],
                   metadata=dict(metadata))


def response(request_id: str) -> Response:
    return Response(request_id=request_id, status="ok", content="answer")


def test_pairs_in_either_order_and_only_sampled_ids() -> None:
    pairing = Pairing(0.25)
    first, second = SAMPLED[:2]
    assert pairing.on_request(request(first)) is None
    pair = pairing.on_response(response(first))
    assert pair is not None and pair.input_text == f"question {first}"
    assert pairing.on_response(response(second)) is None
    assert pairing.on_request(request(second)) is not None
    assert pairing.waiting == 0
    other = UNSAMPLED[0]
    assert pairing.on_request(request(other)) is None
    assert pairing.on_response(response(other)) is None
    assert pairing.waiting == 0


def test_evaluation_traffic_is_never_scored_online() -> None:
    pairing = Pairing(1.0)
    judge = request("j1", parent_request_id="r1")
    run = request("e1", eval_run="run-1")
    assert not is_live(judge) and not is_live(run) and is_live(request("x"))
    assert pairing.on_request(judge) is None and pairing.on_response(response("j1")) is None
    assert pairing.on_response(response("e1")) is None and pairing.on_request(run) is None
    assert pairing.waiting == 0


def test_waiting_sides_are_bounded_oldest_dropped_first() -> None:
    pairing = Pairing(1.0, capacity=3)
    for request_id in IDS[:5]:
        pairing.on_request(request(request_id))
    assert (pairing.waiting, pairing.dropped) == (3, 2)
    assert pairing.on_response(response(IDS[0])) is None  # dropped: waits for its request
    assert pairing.on_response(response(IDS[4])) is not None


def test_input_text_of_a_prompt_request_is_its_variables() -> None:
    prompted = Request(request_id="p", messages=[],
                       prompt=PromptRef(name="facts", variables={"question": "Why?"}))
    assert input_text(prompted) == "question: Why?"


def test_an_answer_sent_again_after_its_pair_is_not_scored_twice_nor_kept() -> None:
    pairing = Pairing(1.0)
    assert pairing.on_request(request("r1")) is None
    assert pairing.on_response(response("r1")) is not None
    assert pairing.on_response(response("r1")) is None  # a cache hit re-sent after a crash
    assert pairing.waiting == 0
    assert pairing.on_response(response("r2")) is None
    assert pairing.on_request(request("r2")) is not None
    assert pairing.on_response(response("r2")) is None and pairing.waiting == 0

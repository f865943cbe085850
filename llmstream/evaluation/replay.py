"""Replay: stored production requests re-run against a candidate prompt version or model.

Kafka is the store: the requests of the last ``since`` are read back from the requests
topic (from ``offsets_for_times``), their answers from the responses topic. Each request
that rendered the prompt ``name`` and got an ``ok`` answer is sent again, pinned to the
candidate version (on its own route, or the candidate's), and both answers are scored
by the same evaluators. ``replay_pairs`` and ``candidate_request`` are pure; ``replay``
does the I/O.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from llmstream.client import LLMClient
from llmstream.config import Config
from llmstream.connectors.avro import serde
from llmstream.connectors.kafka.time_range import read_since
from llmstream.errors import LLMStreamError, Status
from llmstream.evaluation.arm import ArmRun, PromptUnderTest
from llmstream.evaluation.online_pairing import input_text, is_live
from llmstream.evaluation.pipeline_calls import ask_all
from llmstream.evaluation.scorer import Case, Scorer
from llmstream.evaluation.scores import Answered
from llmstream.events import EVAL_RUN_KEY, PromptRef, Request, Response, new_id

REPLAY_OF_KEY = "replay_of"


@dataclass(frozen=True, slots=True)
class Replayed:
    """A production request and the answer it got then."""

    request: Request
    response: Response


def replay_pairs(
    requests: Iterable[Request], responses: Iterable[Response], prompt_name: str
) -> tuple[list[Replayed], int]:
    """The live requests that rendered ``prompt_name`` and were answered ``ok``, with
    their answers, in request order; and how many such requests had no ok answer."""
    answers = {response.request_id: response for response in responses}
    pairs: list[Replayed] = []
    unanswered = 0
    for request in requests:
        if request.prompt is None or request.prompt.name != prompt_name or not is_live(request):
            continue
        answer = answers.get(request.request_id)
        if answer is None or answer.status != Status.OK.value:
            unanswered += 1
            continue
        pairs.append(Replayed(request, answer))
    return pairs, unanswered


def candidate_request(
    original: Request, candidate: PromptUnderTest, route: str | None, run_id: str
) -> Request:
    """The original request pinned to the candidate version (and route), bypassing the
    cache, marked as evaluation traffic."""
    assert original.prompt is not None
    return Request(
        request_id=new_id(),
        messages=list(original.messages),
        route=route if route is not None else original.route,
        params=original.params,
        tenant=original.tenant,
        feature=original.feature,
        response_format=original.response_format,
        tools=list(original.tools),
        tool_choice=original.tool_choice,
        prompt=PromptRef(name=candidate.name, version=candidate.version,
                         variables=dict(original.prompt.variables)),
        metadata={EVAL_RUN_KEY: run_id, REPLAY_OF_KEY: original.request_id},
        cache="bypass",
    )


def _decoded(kind: str, values: Iterable[bytes | None]) -> list[dict[str, object]]:
    decode = serde(kind).decode
    records = []
    for value in values:
        try:
            records.append(decode(value))
        except LLMStreamError:
            continue  # dead-lettered by the worker; nothing to replay
    return records


def stored_pairs(config: Config, since_ms: int, prompt_name: str) -> tuple[list[Replayed], int]:
    requests = [Request.from_record(r) for r in _decoded(
        "request", (value for _key, value in read_since(
            config.kafka, config.topics.requests, since_ms)))]
    requests.sort(key=lambda request: request.created_at)
    responses = [Response.from_record(r) for r in _decoded(
        "response", (value for _key, value in read_since(
            config.kafka, config.topics.responses, since_ms)))]
    return replay_pairs(requests, responses, prompt_name)


@dataclass(frozen=True, slots=True)
class ReplayRuns:
    baseline: ArmRun
    candidate: ArmRun


_DURATION = re.compile(r"(?P<amount>[0-9]+(?:\.[0-9]+)?)(?P<unit>ms|s|m|h|d)")
_UNIT_MS = {"ms": 1, "s": 1000, "m": 60_000, "h": 3_600_000, "d": 86_400_000}


def parse_duration_ms(text: str) -> int:
    """``90s``, ``15m``, ``2h``, ``1d`` (or ``500ms``) in milliseconds."""
    found = _DURATION.fullmatch(text.strip())
    if found is None or float(found["amount"]) <= 0:
        raise ValueError(f"{text!r}: expected a positive duration such as 90s, 15m, 2h or 1d")
    return int(float(found["amount"]) * _UNIT_MS[found["unit"]])


def versions_label(name: str, answers: Iterable[Response]) -> str:
    """``facts@1``, or ``facts@1,2`` when production traffic used several versions."""
    versions = sorted({a.prompt_version for a in answers if a.prompt_version is not None})
    return f"{name}@{','.join(str(v) for v in versions) or '?'}"


def replay(
    client: LLMClient,
    scorer: Scorer,
    pairs: Sequence[Replayed],
    *,
    candidate: PromptUnderTest,
    route: str | None,
    evaluators: Sequence[str],
    concurrency: int,
    timeout_s: float,
) -> ReplayRuns:
    """Re-run ``pairs`` against ``candidate`` and score old and new answers. Items are
    keyed by the original request id on both sides."""
    run_id = new_id()
    news = {pair.request.request_id: candidate_request(pair.request, candidate, route, run_id)
            for pair in pairs}
    asked = ask_all(client, list(news.values()), concurrency, timeout_s)
    old_cases = [
        Case(pair.request.request_id,
             Answered(pair.request.request_id, pair.response.content or "",
                      input_text(pair.request)))
        for pair in pairs
    ]
    new_answers = {key: asked.answers[request.request_id] for key, request in news.items()
                   if request.request_id in asked.answers}
    new_cases = [
        Case(key,
             Answered(request.request_id,
                      (new_answers[key].content or "") if key in new_answers else "",
                      input_text(request)),
             new_answers[key].status if key in new_answers else "timeout")
        for key, request in news.items()
    ]
    first = pairs[0].response if pairs else None
    baseline = ArmRun(
        label=versions_label(candidate.name, (pair.response for pair in pairs)),
        run_id=run_id,
        # Each score names its own answer's version (score_events); this is the first.
        prompt=PromptUnderTest(candidate.name, (first.prompt_version or 0) if first else 0),
        route=(first.route or "") if first else "",
        request_ids={pair.request.request_id: pair.request.request_id for pair in pairs},
        answers={pair.request.request_id: pair.response for pair in pairs},
        scored=scorer.score(evaluators, old_cases),
    )
    candidate_run = ArmRun(
        label=str(candidate), run_id=run_id, prompt=candidate,
        route=route or baseline.route,
        request_ids={key: request.request_id for key, request in news.items()},
        answers=new_answers,
        scored=scorer.score(evaluators, new_cases),
    )
    return ReplayRuns(baseline, candidate_run)

"""One arm of an evaluation: a prompt version on a route, its answers, and their scores.

``run_dataset_arms`` sends every dataset item through the pipeline and scores the answers;
``arm_result`` and ``score_events`` turn the outcome into what the comparison reads and
what is published to the evaluations topic. Only the first does I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from llmstream.client import LLMClient
from llmstream.evaluation.comparison import ArmResult
from llmstream.evaluation.dataset import DatasetItem
from llmstream.evaluation.pipeline_calls import ask_all
from llmstream.evaluation.scorer import Case, Scored, Scorer
from llmstream.evaluation.scores import Answered, Source
from llmstream.events import EVAL_RUN_KEY, EvaluationScore, PromptRef, Request, Response, new_id

TIMEOUT_STATUS = "timeout"


@dataclass(frozen=True, slots=True)
class PromptUnderTest:
    name: str
    version: int

    def __str__(self) -> str:
        return f"{self.name}@{self.version}"


@dataclass(frozen=True, slots=True)
class ArmRun:
    """``answers`` and ``request_ids`` are by item id; an item without an answer in time
    has none (it scored 0 with status ``timeout``)."""

    label: str
    run_id: str
    prompt: PromptUnderTest
    route: str
    request_ids: dict[str, str]
    answers: dict[str, Response]
    scored: Scored


def item_request(
    item: DatasetItem, prompt: PromptUnderTest, route: str, run_id: str, dataset: str
) -> Request:
    """The pipeline request for one dataset item. It bypasses the cache: a run measures
    the model's answers, cost and latency, not earlier runs'."""
    return Request(
        request_id=new_id(),
        messages=[],
        route=route,
        prompt=PromptRef(name=prompt.name, version=prompt.version,
                         variables=dict(item.variables)),
        metadata={EVAL_RUN_KEY: run_id, "dataset": dataset, "item_id": item.item_id},
        cache="bypass",
    )


@dataclass(frozen=True, slots=True)
class ArmSpec:
    """What one arm sends: a prompt version on a route."""

    label: str
    prompt: PromptUnderTest
    route: str


def run_dataset_arms(
    client: LLMClient,
    scorer: Scorer,
    arms: Sequence[ArmSpec],
    *,
    dataset: str,
    items: Sequence[DatasetItem],
    evaluators: Sequence[str],
    concurrency: int,
    timeout_s: float,
) -> list[ArmRun]:
    """Send every item through the pipeline once per arm and score the answers.

    The arms' requests are interleaved item by item (a, b, a, b...), so both arms meet
    the same load, warm-up and provider conditions and their latency and cost compare
    fairly; an arm run after the other would inherit a colder or a busier pipeline."""
    run_ids = [new_id() for _ in arms]
    requests = [
        {item.item_id: item_request(item, arm.prompt, arm.route, run_id, dataset)
         for item in items}
        for arm, run_id in zip(arms, run_ids, strict=True)
    ]
    interleaved = [per_arm[item.item_id] for item in items for per_arm in requests]
    by_request = ask_all(client, interleaved, concurrency, timeout_s).answers
    runs = []
    for arm, run_id, per_arm in zip(arms, run_ids, requests, strict=True):
        answers = {item_id: by_request[request.request_id]
                   for item_id, request in per_arm.items() if request.request_id in by_request}
        cases = [
            Case(
                key=item.item_id,
                answered=Answered(
                    request_id=per_arm[item.item_id].request_id,
                    answer=(answers[item.item_id].content or "")
                    if item.item_id in answers else "",
                    input=item.input_text,
                    reference=item.reference,
                ),
                status=(answers[item.item_id].status if item.item_id in answers
                        else TIMEOUT_STATUS),
            )
            for item in items
        ]
        runs.append(ArmRun(arm.label, run_id, arm.prompt, arm.route,
                           {key: request.request_id for key, request in per_arm.items()},
                           answers, scorer.score(evaluators, cases)))
    return runs


def arm_result(run: ArmRun) -> ArmResult:
    """What the comparison reads: scores per evaluator by item, cost and latency by item
    (answered items only)."""
    scores: dict[str, dict[str, float]] = {}
    for item_id, item_scores in run.scored.scores.items():
        for score in item_scores:
            scores.setdefault(score.evaluator, {})[item_id] = score.score
    return ArmResult(
        label=run.label,
        scores=scores,
        cost_usd={item: answer.cost_usd for item, answer in run.answers.items()},
        latency_ms={item: answer.latency_ms for item, answer in run.answers.items()},
    )


def score_events(
    run: ArmRun, source: Source, dataset: str | None, arm: str | None
) -> list[EvaluationScore]:
    """One ``EvaluationScore`` per score of the run."""
    events = []
    for item_id, item_scores in run.scored.scores.items():
        answer = run.answers.get(item_id)
        for score in item_scores:
            events.append(EvaluationScore(
                # Deterministic: a re-published score is the same event (counted once).
                event_id=f"{run.run_id}:{run.request_ids[item_id]}:{score.evaluator}",
                request_id=run.request_ids[item_id],
                evaluator=score.evaluator,
                evaluator_kind=score.kind,
                score=score.score,
                reason=score.reason,
                source=source,
                run_id=run.run_id,
                arm=arm,
                dataset=dataset,
                item_id=item_id,
                judge_request_id=score.judge_request_id,
                route=(answer.route if answer is not None and answer.route else run.route),
                model=answer.model if answer is not None else None,
                prompt_name=run.prompt.name,
                prompt_version=str(
                    answer.prompt_version
                    if answer is not None and answer.prompt_version is not None
                    else run.prompt.version
                ),
                prompt_variant=answer.prompt_variant if answer is not None else None,
                answer_cost_usd=answer.cost_usd if answer is not None else None,
                answer_latency_ms=answer.latency_ms if answer is not None else None,
            ))
    return events

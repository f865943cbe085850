"""Scoring answers with the configured evaluators: locally, or through the pipeline.

Deterministic and similarity evaluators run in this process. A judge evaluator sends one
request per answer through the pipeline (so it is cached, rate-limited, costed and traced
like any other), naming the judge prompt and carrying the judged request's id in its
metadata (``parent_request_id``); its verdict is validated before it becomes a score.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from llmstream.client import LLMClient
from llmstream.config import (
    Config,
    EvaluationConfig,
    JudgeEvaluatorConfig,
    SimilarityEvaluatorConfig,
)
from llmstream.embedding import Embedder, build_embedder
from llmstream.errors import Status
from llmstream.evaluation.deterministic import evaluate
from llmstream.evaluation.judge_verdict import (
    PARENT_REQUEST_KEY,
    InvalidVerdict,
    judge_variables,
    parse_verdict,
)
from llmstream.evaluation.pipeline_calls import ask_all
from llmstream.evaluation.scores import Answered, EvaluatorKind, Score
from llmstream.evaluation.similarity import evaluate_similarity
from llmstream.events import Params, PromptRef, Request, Response, new_id


@dataclass(frozen=True, slots=True)
class Case:
    """An answer to score; ``status`` is the response's (only ``ok`` answers are judged,
    the others score 0 on every evaluator)."""

    key: str
    answered: Answered
    status: str = Status.OK.value


@dataclass
class Scored:
    """Scores per case key, and what could not be scored (case key, evaluator, code: why)."""

    scores: dict[str, list[Score]] = field(default_factory=dict)
    errors: list[tuple[str, str, str]] = field(default_factory=list)
    judge_responses: dict[str, Response] = field(default_factory=dict)  # by judge request id

    def add(self, key: str, score: Score) -> None:
        self.scores.setdefault(key, []).append(score)


class UnknownEvaluator(ValueError):
    """An evaluator name that is not in ``evaluation.evaluators``."""


def check_evaluators(evaluation: EvaluationConfig, names: Sequence[str]) -> None:
    unknown = [name for name in names if name not in evaluation.evaluators]
    if unknown:
        raise UnknownEvaluator(
            f"unknown evaluators {unknown} (configured: {sorted(evaluation.evaluators)})"
        )


class Scorer:
    def __init__(self, config: Config, client: LLMClient | None) -> None:
        """``client`` sends judge calls through the pipeline (None: no judge evaluators)."""
        self._config = config
        self._client = client
        self._embedders: dict[str, Embedder] = {}

    def _embedder(self, name: str) -> Embedder:
        if name not in self._embedders:
            self._embedders[name] = build_embedder(name)
        return self._embedders[name]

    def score(self, names: Sequence[str], cases: Sequence[Case]) -> Scored:
        evaluation = self._config.evaluation
        check_evaluators(evaluation, names)
        scored = Scored()
        answered = [case for case in cases if case.status == Status.OK.value]
        for case in cases:
            if case.status != Status.OK.value:
                for name in names:
                    kind = evaluation.evaluators[name].kind
                    scored.add(case.key, Score(
                        name, _kind(kind), 0.0, f"no answer to score (status {case.status})"
                    ))
        for name in names:
            check = evaluation.evaluators[name]
            if isinstance(check, JudgeEvaluatorConfig):
                self._judge(name, check, answered, scored)
            elif isinstance(check, SimilarityEvaluatorConfig):
                embedder = self._embedder(check.embedding_model)
                for case in answered:
                    scored.add(case.key, evaluate_similarity(name, check, case.answered,
                                                             embedder))
            else:
                for case in answered:
                    scored.add(case.key, evaluate(name, check, case.answered))
        return scored

    def _judge(
        self, name: str, check: JudgeEvaluatorConfig, cases: Sequence[Case], scored: Scored
    ) -> None:
        if self._client is None:
            raise ValueError(f"{name}: judge evaluators need a pipeline client")
        requests = {
            case.key: judge_request(name, check, case.answered) for case in cases
        }
        by_id = {request.request_id: key for key, request in requests.items()}
        asked = ask_all(self._client, list(requests.values()),
                        self._config.evaluation.concurrency, check.timeout_s)
        for request_id in sorted(asked.missing):
            scored.errors.append((by_id[request_id], name, "judge_timeout"))
        for request_id, response in asked.answers.items():
            key = by_id[request_id]
            scored.judge_responses[request_id] = response
            if response.status != Status.OK.value:
                scored.errors.append((key, name, f"judge_{response.status}"))
                continue
            try:
                verdict = parse_verdict(response.content)
            except InvalidVerdict as error:
                scored.errors.append((key, name, error.code))
                continue
            scored.add(key, Score(name, "judge", verdict.score, verdict.reason,
                                  judge_request_id=request_id))


def judge_request(name: str, check: JudgeEvaluatorConfig, item: Answered) -> Request:
    return Request(
        request_id=new_id(),
        messages=[],
        route=check.route,
        params=Params(temperature=0.0),
        prompt=PromptRef(name=check.prompt, version=check.version, label=check.label,
                         variables=judge_variables(item)),
        metadata={PARENT_REQUEST_KEY: item.request_id, "evaluator": name},
    )


def _kind(kind: str) -> EvaluatorKind:
    if kind == "judge":
        return "judge"
    return "similarity" if kind == "similarity" else "deterministic"

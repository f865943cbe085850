"""``llmstream eval``: run a dataset through the pipeline, gate a candidate, replay.

``eval run DATASET --prompt NAME@VERSION`` sends every item through the pipeline, scores
the answers with the configured evaluators and publishes the scores (source DATASET) to
the evaluations topic, from which the sink stores them in ClickHouse.

``eval gate DATASET --baseline NAME@V1 --candidate NAME@V2`` runs both and prints the
comparison; it exits 0 when the candidate passes, 1 when it is worse than the baseline
beyond the margin, 2 on a usage error.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

import click

from llmstream.cli import config_option
from llmstream.client import LLMClient
from llmstream.config import Config, load_config
from llmstream.errors import ConfigError
from llmstream.evaluation.arm import (
    ArmRun,
    ArmSpec,
    PromptUnderTest,
    arm_result,
    run_dataset_arms,
    score_events,
)
from llmstream.evaluation.comparison import compare
from llmstream.evaluation.dataset import DatasetError, DatasetItem, load_dataset
from llmstream.evaluation.score_publisher import ScorePublisher
from llmstream.evaluation.scorer import Scorer, UnknownEvaluator, check_evaluators
from llmstream.evaluation.statistics import mean_interval
from llmstream.prompt_commands import split_ref

EXIT_FAIL = 1
EXIT_USAGE = 2


def _config(path: str | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as error:
        raise click.UsageError(error.reason) from None


def prompt_under_test(ref: str) -> PromptUnderTest:
    name, version = split_ref(ref)
    if version is None:
        raise click.UsageError(f"{ref!r}: expected NAME@VERSION, e.g. capitals@2")
    return PromptUnderTest(name, version)


def check_registered(config: Config, prompts: Sequence[PromptUnderTest]) -> None:
    """Fail fast (exit 2) on a prompt version the registry does not hold, instead of
    scoring a run of ``unknown_prompt`` answers."""
    from llmstream.connectors.kafka.prompt_topic import read_registry

    registry = read_registry(config.kafka, config.topics.prompts,
                             config.prompts.load_timeout_s)
    for prompt in prompts:
        if prompt.name not in registry:
            raise click.UsageError(f"[unknown_prompt] {prompt.name!r} is not registered "
                                   f"(registered: {registry.names()})")
        if registry.state(prompt.name).get_version(prompt.version) is None:
            known = [v.version for v in registry.state(prompt.name).versions]
            raise click.UsageError(f"[unknown_prompt] {prompt} does not exist "
                                   f"(versions of {prompt.name}: {known})")


def resolve_route(config: Config, route: str | None, model: str | None) -> str:
    """``--route``, or the first route whose model is ``--model``, or the default route."""
    if route is not None and model is not None:
        raise click.UsageError("give --route or --model, not both")
    if model is not None:
        for name, candidate in config.routes.items():
            if candidate.model == model:
                return name
        used = sorted({r.model for r in config.routes.values()})
        raise click.UsageError(f"--model {model!r}: no route uses it (routed models: {used})")
    chosen = route or config.default_route
    if chosen not in config.routes:
        raise click.UsageError(
            f"--route {chosen!r}: unknown route (known: {sorted(config.routes)})"
        )
    return chosen


def resolve_dataset(config: Config, dataset: str) -> tuple[str, list[DatasetItem]]:
    """A registered dataset name, or the path of a JSONL file (named by its stem)."""
    registered = config.evaluation.datasets.get(dataset)
    path = Path(registered) if registered is not None else Path(dataset)
    if registered is None and not path.is_file():
        raise click.UsageError(
            f"dataset {dataset!r}: neither registered (evaluation.datasets: "
            f"{sorted(config.evaluation.datasets)}) nor a file"
        )
    try:
        return (dataset if registered is not None else path.stem), load_dataset(path)
    except DatasetError as error:
        raise click.UsageError(f"[{error.code}] {error.reason}") from None


def resolve_evaluators(
    config: Config, chosen: Sequence[str], route: str, prompt: str
) -> tuple[str, ...]:
    names = tuple(chosen) or config.evaluation.evaluators_for(route, prompt)
    if not names:
        raise click.UsageError(
            f"no evaluator applies to route {route!r} and prompt {prompt!r}: configure "
            "evaluation.apply or pass --evaluator"
        )
    try:
        check_evaluators(config.evaluation, names)
    except UnknownEvaluator as error:
        raise click.UsageError(str(error)) from None
    return names


def summary_lines(run: ArmRun, confidence: float) -> list[str]:
    result = arm_result(run)
    lines = [f"run {run.run_id}: {run.prompt} on route {run.route}, "
             f"{len(run.answers)}/{len(run.request_ids)} answered"]
    for name, by_item in result.scores.items():
        estimate = mean_interval(list(by_item.values()), confidence)
        lines.append(f"  {name:<16} {estimate.mean:.3f} ± {estimate.half_width:.3f} "
                     f"(n={estimate.n}, {confidence:.0%} CI)")
    answered = list(run.answers.values())
    if answered:
        cost = sum(a.cost_usd for a in answered)
        latency = sum(a.latency_ms for a in answered) / len(answered)
        lines.append(f"  cost ${cost:.6f} total, latency {latency:.1f} ms mean per answer")
    if run.scored.errors:
        codes: dict[str, int] = {}
        for _key, evaluator, code in run.scored.errors:
            codes[f"{evaluator}:{code}"] = codes.get(f"{evaluator}:{code}", 0) + 1
        lines.append("  not scored: " + ", ".join(f"{k} x{v}" for k, v in sorted(codes.items())))
    return lines


@click.group(name="eval")
def evaluation() -> None:
    """Evaluate prompt versions and models on datasets."""


@evaluation.command(name="run")
@click.argument("dataset")
@click.option("--prompt", "prompt_ref", required=True, help="NAME@VERSION to evaluate.")
@click.option("--route", default=None, help="Route to send the items on.")
@click.option("--model", default=None, help="Use the first route whose model is this.")
@click.option("--evaluator", "evaluators", multiple=True,
              help="Evaluator to use (repeatable; default: those configured for it).")
@click.option("--timeout", "timeout_s", type=float, default=300.0, show_default=True)
@config_option
def run(dataset: str, prompt_ref: str, route: str | None, model: str | None,
        evaluators: tuple[str, ...], timeout_s: float, config_path: str | None) -> None:
    """Send every item of DATASET through the pipeline and score the answers."""
    config = _config(config_path)
    prompt = prompt_under_test(prompt_ref)
    route_name = resolve_route(config, route, model)
    name, items = resolve_dataset(config, dataset)
    names = resolve_evaluators(config, evaluators, route_name, prompt.name)
    check_registered(config, [prompt])
    with LLMClient(config) as client:
        (arm,) = run_dataset_arms(
            client, Scorer(config, client), [ArmSpec(str(prompt), prompt, route_name)],
            dataset=name, items=items, evaluators=names,
            concurrency=config.evaluation.concurrency, timeout_s=timeout_s,
        )
    published = ScorePublisher(config).publish(score_events(arm, "DATASET", name, None))
    for line in summary_lines(arm, config.evaluation.gate.confidence):
        click.echo(line)
    click.echo(f"published {published} scores to {config.topics.evaluations}")


@evaluation.command(name="gate")
@click.argument("dataset")
@click.option("--baseline", "baseline_ref", required=True, help="NAME@VERSION of today.")
@click.option("--candidate", "candidate_ref", required=True, help="NAME@VERSION to check.")
@click.option("--route", default=None, help="Route of the baseline (and the candidate).")
@click.option("--model", default=None, help="Baseline model: the first route using it.")
@click.option("--candidate-route", default=None, help="Route of the candidate, if other.")
@click.option("--candidate-model", default=None, help="Candidate model, if other.")
@click.option("--margin", type=click.FloatRange(0, 1), default=None,
              help="Allowed drop per evaluator (default: evaluation.gate.margin).")
@click.option("--evaluator", "evaluators", multiple=True,
              help="Evaluator to use (repeatable; default: those configured for it).")
@click.option("--timeout", "timeout_s", type=float, default=300.0, show_default=True)
@config_option
def gate(dataset: str, baseline_ref: str, candidate_ref: str, route: str | None,
         model: str | None, candidate_route: str | None, candidate_model: str | None,
         margin: float | None, evaluators: tuple[str, ...], timeout_s: float,
         config_path: str | None) -> None:
    """Exit 1 when CANDIDATE scores worse than BASELINE on DATASET beyond the margin."""
    config = _config(config_path)
    baseline = prompt_under_test(baseline_ref)
    candidate = prompt_under_test(candidate_ref)
    baseline_route = resolve_route(config, route, model)
    candidate_route_name = (
        resolve_route(config, candidate_route, candidate_model)
        if candidate_route is not None or candidate_model is not None else baseline_route
    )
    name, items = resolve_dataset(config, dataset)
    names = resolve_evaluators(config, evaluators, baseline_route, baseline.name)
    check_registered(config, [baseline, candidate])
    candidate_label = (str(candidate) if candidate_route_name == baseline_route
                       else f"{candidate} ({candidate_route_name})")
    with LLMClient(config) as client:
        runs = run_dataset_arms(
            client, Scorer(config, client),
            [ArmSpec(str(baseline), baseline, baseline_route),
             ArmSpec(candidate_label, candidate, candidate_route_name)],
            dataset=name, items=items, evaluators=names,
            concurrency=config.evaluation.concurrency, timeout_s=timeout_s,
        )
    publisher = ScorePublisher(config)
    published = sum(publisher.publish(score_events(run_, "DATASET", name, arm))
                    for run_, arm in zip(runs, ("baseline", "candidate"), strict=True))
    gate_config = config.evaluation.gate
    comparison = compare(arm_result(runs[0]), arm_result(runs[1]),
                         margin=gate_config.margin if margin is None else margin,
                         confidence=gate_config.confidence, evaluators=names)
    click.echo(f"dataset {name}: {len(items)} items; runs {runs[0].run_id} (baseline), "
               f"{runs[1].run_id} (candidate); {published} scores published")
    for run_ in runs:
        if run_.scored.errors or len(run_.answers) < len(items):
            click.echo(summary_lines(run_, gate_config.confidence)[0])
    for line in comparison.lines():
        click.echo(line)
    if not comparison.passed:
        sys.exit(EXIT_FAIL)


@evaluation.command(name="replay")
@click.option("--since", "since", required=True,
              help="How far back to read production requests: 90s, 15m, 2h, 1d.")
@click.option("--prompt", "prompt_ref", required=True,
              help="NAME@CANDIDATE: replay requests that used NAME against this version.")
@click.option("--route", default=None, help="Candidate route (default: each request's own).")
@click.option("--model", default=None, help="Candidate model: the first route using it.")
@click.option("--limit", type=click.IntRange(1), default=None,
              help="Replay at most this many requests (the most recent).")
@click.option("--margin", type=click.FloatRange(0, 1), default=None,
              help="Allowed drop per evaluator (default: evaluation.gate.margin).")
@click.option("--gate", "exit_on_fail", is_flag=True,
              help="Exit 1 when the candidate is worse beyond the margin.")
@click.option("--evaluator", "evaluators", multiple=True,
              help="Evaluator to use (repeatable; default: those configured for it).")
@click.option("--timeout", "timeout_s", type=float, default=300.0, show_default=True)
@config_option
def replay_command(since: str, prompt_ref: str, route: str | None, model: str | None,
                   limit: int | None, margin: float | None, exit_on_fail: bool,
                   evaluators: tuple[str, ...], timeout_s: float,
                   config_path: str | None) -> None:
    """Re-run stored production requests against a candidate and compare the answers."""
    from llmstream.evaluation.replay import parse_duration_ms, replay, stored_pairs
    from llmstream.events import now_ms

    config = _config(config_path)
    candidate = prompt_under_test(prompt_ref)
    try:
        since_ms = now_ms() - parse_duration_ms(since)
    except ValueError as error:
        raise click.UsageError(f"--since: {error}") from None
    candidate_route = (resolve_route(config, route, model)
                       if route is not None or model is not None else None)
    check_registered(config, [candidate])
    pairs, unanswered = stored_pairs(config, since_ms, candidate.name)
    if limit is not None:
        pairs = pairs[-limit:]
    if not pairs:
        click.echo(f"no answered requests for prompt {candidate.name!r} in the last {since}"
                   f" ({unanswered} without an ok answer)", err=True)
        sys.exit(EXIT_USAGE)
    names = resolve_evaluators(config, evaluators, candidate_route or pairs[0].request.route
                               or config.default_route, candidate.name)
    with LLMClient(config) as client:
        runs = replay(client, Scorer(config, client), pairs, candidate=candidate,
                      route=candidate_route, evaluators=names,
                      concurrency=config.evaluation.concurrency, timeout_s=timeout_s)
    publisher = ScorePublisher(config)
    published = sum(publisher.publish(score_events(run_, "REPLAY", None, arm))
                    for run_, arm in ((runs.baseline, "baseline"),
                                      (runs.candidate, "candidate")))
    gate_config = config.evaluation.gate
    comparison = compare(arm_result(runs.baseline), arm_result(runs.candidate),
                         margin=gate_config.margin if margin is None else margin,
                         confidence=gate_config.confidence, evaluators=names)
    click.echo(f"replay {runs.candidate.run_id}: {len(pairs)} requests of the last {since} "
               f"({unanswered} skipped: no ok answer); {published} scores published")
    if len(runs.candidate.answers) < len(pairs) or runs.candidate.scored.errors:
        click.echo(summary_lines(runs.candidate, gate_config.confidence)[0])
    for line in comparison.lines():
        click.echo(line)
    if exit_on_fail and not comparison.passed:
        sys.exit(EXIT_FAIL)

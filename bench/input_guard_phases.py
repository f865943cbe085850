"""Where a cold reading of the input guard spends its time: its native floor and the rest.

Each sample is one cold ``check_messages`` on a prompt of ``bench/input_guard.py``'s mixes,
timed as a whole, and inside it the time spent in work that is native code already:

- ``scans``: every Hyperscan scan (``prefilter.LazyDatabase.scan``), the Python calls
  Hyperscan makes back for each match included;
- ``classifier``: the injection classifier's numpy passes (``InjectionModel.logit``).

``rest`` is everything else: the regex confirmations, the normalisation, redaction, all
of it Python calling into ``re``. The samples are read as ``bench/input_guard.py`` reads
them (warmed, frozen gc, one core), so the totals are its figures plus the timers' own
cost (a few microseconds a sample).

It prints one JSON line per mix: the percentiles of the total, the medians of each part,
and ``tail_factor``, the ratio of the total's p99 to its p50 on this machine. A p99 under a
target needs a p50 under the target over that factor, and the floor alone is the least a
p50 can be while the scans and the classifier stay as they are.

    .venv/bin/python bench/input_guard_phases.py --tokens 8000 --samples 300
    .venv/bin/python bench/input_guard_phases.py --mix lookalikes --samples 200
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from input_guard import prompt  # this folder's bench (the script's folder is on the path)

from llmstream.config import InputGuardConfig
from llmstream.events import Message
from llmstream.guard import check_messages, warm_up
from llmstream.guard.classifier import InjectionModel
from llmstream.guard.prefilter import LazyDatabase

MIXES = ("document", "planted", "dense", "lookalikes")
NATIVE = {"scans": (LazyDatabase, "scan"), "classifier": (InjectionModel, "logit")}


@contextmanager
def timed_methods(spent: dict[str, float]) -> Iterator[None]:
    """While open, each NATIVE method adds its calls' wall time (seconds) to ``spent``
    under its name. The classifier is never called from inside a scan, nor a scan from
    inside the classifier, so the parts do not overlap."""
    originals = {name: getattr(owner, method) for name, (owner, method) in NATIVE.items()}

    def timing(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - started
        return timed

    for name, (owner, method) in NATIVE.items():
        setattr(owner, method, timing(name, originals[name]))
    try:
        yield
    finally:
        for name, (owner, method) in NATIVE.items():
            setattr(owner, method, originals[name])


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def measure(mix: str, tokens: int, samples: int, seed: int) -> dict[str, Any]:
    rng = random.Random(seed)
    policy = InputGuardConfig()
    system = Message("system", "You are a support assistant for Acme. Be concise.")
    prompts = [prompt(rng, tokens, mix) for _ in range(min(samples, 50))]
    for text in prompts[:5]:  # the regex caches, as bench/input_guard.py warms them
        check_messages([system, Message("user", text)], policy)
    gc.collect()
    gc.freeze()
    totals: list[float] = []
    parts: dict[str, list[float]] = {name: [] for name in (*NATIVE, "rest")}
    spent = dict.fromkeys(NATIVE, 0.0)
    with timed_methods(spent):
        for index in range(samples):
            messages = [system, Message("user", prompts[index % len(prompts)])]
            for name in spent:
                spent[name] = 0.0
            started = time.perf_counter()
            check_messages(messages, policy)
            total = time.perf_counter() - started
            totals.append(total * 1000)
            for name, seconds in spent.items():
                parts[name].append(seconds * 1000)
            parts["rest"].append((total - sum(spent.values())) * 1000)
    p50 = _pct(totals, 50)
    medians = {name: round(statistics.median(values), 3) for name, values in parts.items()}
    return {
        "tokens": tokens, "mix": mix, "samples": samples,
        "total_p50_ms": round(p50, 3), "total_p99_ms": round(_pct(totals, 99), 3),
        **{f"{name}_p50_ms": value for name, value in medians.items()},
        "floor_p50_ms": round(medians["scans"] + medians["classifier"], 3),
        "tail_factor": round(_pct(totals, 99) / p50, 2),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tokens", type=int, default=8000)
    parser.add_argument("--samples", type=int, default=300)
    parser.add_argument("--seed", type=int, default=8000)
    parser.add_argument("--mix", choices=MIXES, action="append",
                        help="one of the cold mixes (repeatable); all four by default")
    args = parser.parse_args()
    warm_up()  # as the worker does before its first request
    for mix in args.mix or MIXES:
        print(json.dumps(measure(mix, args.tokens, args.samples, args.seed)), flush=True)


if __name__ == "__main__":
    main()

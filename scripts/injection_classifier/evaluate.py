"""Report the shipped injection guard on the labelled sets, on ordinary text, on short chat
turns and on the simulator's answer prose: what a retrained classifier must not make worse.

    .venv/bin/python scripts/injection_classifier/evaluate.py            # all but holdout59 on
    .venv/bin/python scripts/injection_classifier/evaluate.py --final    # and holdout59 on
    .venv/bin/python scripts/injection_classifier/evaluate.py --wrapped  # and wrapped items
    .venv/bin/python scripts/injection_classifier/evaluate.py --errors --sets guard_set  # and why
    .venv/bin/python scripts/injection_classifier/evaluate.py --model /tmp/m.npz \
        --sets guard_set guard_holdout11 guard_holdout12                    # a candidate

``--model`` has the whole guard load another model file for texts of every length
(classifier.py: MODEL_ENV), as a candidate trained with ``train.py --learn-from ... --out``
is scored on the sets it left out; ``--long-model`` another one for the long texts only
(LONG_MODEL_ENV: the shipped short texts' model, or ``--model``'s, reads the others).

The short texts' model learns from guard_holdout to guard_holdout32, the long texts' one
to guard_holdout54 (train.py: SHORT_LEARNED_SETS, LEARNED_SETS), so their lines are
training figures; guard_set was never learnt from. guard_holdout17 to 59 were written blind
and each scored once (docs/BENCHMARKS.md); the signals have been tuned on 17 to 58
since. 55 to 59 are learnt by neither model: the classifier's next changes are measured on them
(``--model``, ``--long-model``) before the next blind sets.
The next sets written blind (guard_holdout60 on) are only scored with ``--final``, once a
model has been chosen without them: they are never used to pick one.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from llmstream.config import load_config  # noqa: E402
from llmstream.connectors.simulator.prose import sentence_text  # noqa: E402
from llmstream.guard import check_text  # noqa: E402
from llmstream.guard.classifier import (  # noqa: E402
    LONG_MODEL_ENV,
    MODEL_ENV,
    load_classifier,
    load_model,
)
from llmstream.guard.injection import CLASSIFIER_FLOOR, CLASSIFIER_WEIGHT  # noqa: E402
from llmstream.guard.normalize import canonical  # noqa: E402

POLICY = load_config(REPO / "llmstream.yaml").routes["default"].guard
DATA = REPO / "tests" / "data"
FIRST_HELD_OUT = 60  # guard_holdout60 on: the sets still unseen, once they are written
# The sets scored by default: the issue's own and every held-out set before FIRST_HELD_OUT.
SETS = ("guard_set", "guard_holdout",
        *(f"guard_holdout{number}" for number in range(2, FIRST_HELD_OUT)))
HELD_OUT = tuple(f"guard_holdout{number}" for number in range(FIRST_HELD_OUT, 100)
                 if (DATA / f"guard_holdout{number}.jsonl").exists())
SIMULATED_ANSWERS = 2000
GUARD_THRESHOLD = 0.5  # the default route's injection threshold (llmstream.yaml)
# The classifier's probability from which it alone crosses the guard's threshold.
ALONE = CLASSIFIER_FLOOR + (1 - CLASSIFIER_FLOOR) * GUARD_THRESHOLD / CLASSIFIER_WEIGHT


def flagged(text: str) -> bool:
    return any(f.type == "injection" for f in check_text(text, POLICY).findings)


def _items(name: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in (DATA / f"{name}.jsonl").read_text().splitlines()
            if line]


def labelled(name: str, errors: bool = False) -> str:
    """``name``'s recall and false positives, the guard's and the classifier's alone; with
    ``errors``, a line for each missed attack and flagged benign item under them."""
    items = _items(name)
    caught = false = attacks = benign = alone_caught = alone_false = 0
    model = load_classifier()
    wrong: list[str] = []
    for item in items:
        attack = "injection" in item["labels"]
        hit = flagged(item["text"])
        alone = model.probability(canonical(item["text"])) >= ALONE
        attacks += attack
        benign += not attack
        caught += attack and hit
        false += hit and not attack
        alone_caught += attack and alone
        alone_false += alone and not attack
        if errors and hit != attack:
            wrong.append(f"    {'missed ' if attack else 'flagged'} {item.get('id', '-')} "
                         f"[{item.get('kind', '')}] {item['text'][:100]!r}")
    return "\n".join([f"{name:16} guard recall {caught}/{attacks} ({caught / attacks:.1%}) "
                      f"FP {false}/{benign} ({false / benign:.1%}); classifier alone "
                      f"{alone_caught}/{attacks} / {alone_false}/{benign}", *wrong])


# Two paragraphs of minutes (tests/data/minutes.txt, 930 characters) that guard_set's items
# and the newest blind sets' are placed in, first, between them or last: an item must read
# the same inside a longer ordinary text.
MINUTES = tuple((DATA / "minutes.txt").read_text().strip().split("\n\n"))
PLACES = {"first": "{item}\n\n{first}\n\n{second}", "between": "{first}\n\n{item}\n\n{second}",
          "last": "{first}\n\n{second}\n\n{item}"}


def _recall_and_false(items: list[dict[str, Any]], rewrite: Callable[[str], str]
                      ) -> tuple[float, float]:
    """Recall over ``items``' injections and false positives over the others, each item's
    text rewritten first."""
    caught = false = attacks = 0
    for item in items:
        attack = "injection" in item["labels"]
        hit = flagged(rewrite(item["text"]))
        attacks += attack
        caught += hit and attack
        false += hit and not attack
    return caught / attacks, false / (len(items) - attacks)


def in_minutes(name: str) -> str:
    """``name``'s items placed in MINUTES: recall and false positives per place."""
    items = _items(name)
    figures = []
    for place, layout in PLACES.items():
        recall, false = _recall_and_false(items, lambda text, layout=layout: layout.format(
            item=text, first=MINUTES[0], second=MINUTES[1]))
        figures.append(f"{place} {recall:.1%} / {false:.1%}")
    return f"{name:16} in minutes, recall / FP: " + ", ".join(figures)


def _document(item: str) -> str:
    """``item`` in a document of minutes over 2,000 characters: MINUTES, it, MINUTES twice."""
    return "\n\n".join([*MINUTES, item, *MINUTES, *MINUTES])


# The ways applications send text, and a disclaimer beside it: each item wrapped
# (``--wrapped``).
WRAPPINGS: dict[str, Callable[[str], str]] = {
    "json field": lambda text: json.dumps({"ticket": 4812, "customer_note": text,
                                           "priority": "low"}),
    "yaml in a fence": lambda text: ("Can you review this config?\n```yaml\ndescription: |\n  "
                                     + text.replace("\n", "\n  ") + "\n```"),
    "e-mail body": lambda text: ("From: dana@example.org\nTo: support@example.com\nSubject: Re: "
                                 f"invoice 2291\n\nHi team,\n\n{text}\n\nBest,\nDana"),
    "csv cell": lambda text: ('id,name,comment\n17,Ana Ruiz,"' + text.replace('"', '""')
                              + '"\n18,Li Wei,ok'),
    "to summarise": lambda text: ("Summarise the following customer review in one "
                                  f"sentence:\n\n{text}"),
    "disclaimer before": lambda text: f"We study prompt injection and jailbreaks. {text}",
    "disclaimer after": lambda text: (f"{text} (This is only a prompt injection test for our "
                                      "jailbreak research.)"),
    # ... and in a document (``_document``), alone or with one remark about attacks, which
    # used to frame all of it
    "in a document": _document,
    "doc, remark first": lambda text: ("Reading list: prompt injection and jailbreaks.\n\n"
                                       + _document(text)),
    "doc, remark within": lambda text: _document(text).replace(
        MINUTES[1], f"{MINUTES[1]} (Prompt injection and jailbreaks are out of scope.)", 1),
    "doc, PS last": lambda text: (_document(text) + "\n\nPS: see our training on prompt "
                                  "injection and jailbreaks."),
    "doc, disclaimed": lambda text: _document(f"{text} (This is only a prompt injection test "
                                              "for our jailbreak research.)"),
}


def wrapped(names: tuple[str, ...]) -> list[str]:
    """The items of ``names`` (pooled) in each of WRAPPINGS: recall and false positives."""
    items = [item for name in names for item in _items(name)]
    label = names[0] if len(names) == 1 else f"{names[0]}-{names[-1][-2:]}"
    lines = []
    for how, wrap in WRAPPINGS.items():
        recall, false = _recall_and_false(items, wrap)
        lines.append(f"{label:18} as {how:18} recall {recall:.1%} FP {false:.2%}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--final", action="store_true",
                        help=f"also score guard_holdout{FIRST_HELD_OUT} on")
    parser.add_argument("--show", action="store_true", help="print the flagged ordinary text")
    parser.add_argument("--wrapped", action="store_true",
                        help="also guard_set and guard_holdout45-47 wrapped as applications "
                        "send text (a JSON field, an e-mail...), beside a disclaimer and in "
                        "a document with a remark about attacks")
    parser.add_argument("--model", type=Path,
                        help="score this model file for every length, not the shipped ones")
    parser.add_argument("--long-model", type=Path,
                        help="score this model file for the long texts (with --model's or the "
                        "shipped short texts' model for the others)")
    parser.add_argument("--errors", action="store_true",
                        help="under each labelled set, its missed attacks and flagged benign "
                        "items (id, kind, the text's start)")
    parser.add_argument("--sets", nargs="*", choices=SETS, metavar="SET",
                        help="score only these labelled sets "
                        f"(default: all but guard_holdout{FIRST_HELD_OUT} on)")
    args = parser.parse_args()
    if args.model is not None:
        os.environ[MODEL_ENV] = str(args.model.resolve())
    if args.long_model is not None:
        os.environ[LONG_MODEL_ENV] = str(args.long_model.resolve())
    load_model.cache_clear()
    load_classifier.cache_clear()
    for name in (SETS if args.sets is None else tuple(args.sets)) + (
            HELD_OUT if args.final else ()):
        print(labelled(name, args.errors))
    for name in ("guard_set", "guard_holdout45", "guard_holdout46", "guard_holdout47"):
        print(in_minutes(name))
    if args.wrapped:
        for names in (("guard_set",), ("guard_holdout45", "guard_holdout46", "guard_holdout47")):
            print("\n".join(wrapped(names)))
    ordinary = [str(item["text"]) for item in _items("ordinary_text")]
    hits = [text for text in ordinary if flagged(text)]
    print(f"ordinary text    flagged {len(hits)}/{len(ordinary)}")
    if args.show:
        for text in hits:
            print("   ", text[:100].replace("\n", " "))
    # Chat turns of one to four words ("continue", "operator", "Instrucciones") and short
    # attacks, written blind to the guard in 18 languages (tests/data/short_turns.jsonl).
    print(labelled("short_turns"))
    prose = [sentence_text(random.Random(seed)) for seed in range(SIMULATED_ANSWERS)]
    prose_hits = sum(flagged(text) for text in prose)
    print(f"simulator prose  flagged {prose_hits}/{len(prose)} ({prose_hits / len(prose):.1%})")


if __name__ == "__main__":
    main()

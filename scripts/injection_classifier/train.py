"""Train the injection classifier (llmstream/guard/classifier.py) and write its weights.

Logistic regression over hashed character n-grams (2^18 buckets; ``--bits``), full-batch
Adam with L2, numpy only, seeded: the same command on the same Python gives the same
weights. The benign class weighs three times the attacks in the loss, and benign text
dense with the attack vocabulary (HARD_NEGATIVES, ``--hard SOURCE=WEIGHT``) two to six
times more again.

Training texts: generated attacks (build_training_set.py, covert_attacks.py), generated
benign requests and engineering notes (build_training_set.py, everyday_requests.py,
platform_notes.py), human-written benign prose, the standard library's documentation
(real_prose.py), and the hand-written labelled sets that have been spent as held-out
measures (LEARNED_SETS: guard_holdout to guard_holdout54 for the long texts' model, to 32
for the short texts' one; every one scored and read while tuning the guard), weighted up
(SET_WEIGHT). ``--agent-share`` (a tenth) adds attacks on agents
planted in tool output and their benign twins in thirteen languages (agent_attacks.py),
and build_training_set.py adds multilingual.py's attacks and benign texts in thirty other
languages on top of the others. world_texts.py adds hand-written everyday texts, documents
and attacks in seventy-five languages (``--no-world`` leaves them out), each language's
attacks weighted to balance its benign texts. The other sets stay unseen: guard_set (the
issue's labelled set) and the newest held-out sets, which measure the model. The script
reports how many five-word runs of each unseen development set's injections the
generated attacks contain (it opens no set past LEARNED_SETS, the later ones blind):
what they share is the stock phrasing every attacker uses ("ignore all previous
instructions and").

Validation is split by source, not by line: a fifth of the documentation's documents
(modules, reference topics) is held out whole, and the generated texts are drawn again
with another seed, their document bodies from the held-out prose. The decision threshold
is the lowest logit at which at most ``--false-positives`` (0.33%) of each benign
validation source (``calibration_group``) is flagged; it is folded into
the bias so that the classifier alone crosses the guard's threshold there, less
``--margin`` logits (injection.py: CLASSIFIER_FLOOR, CLASSIFIER_WEIGHT). The margin is 0:
0.2, chosen by leaving sets out, caught 2.6 points more of the unseen sets but flagged
benign look-alikes in other languages (docs/BENCHMARKS.md, "The night's margin").

To measure a change, leave labelled sets out and score them with the whole guard:

    .venv/bin/python scripts/injection_classifier/train.py --out /tmp/fold.npz \
        --learn-from guard_holdout guard_holdout2 ... guard_holdout10   # without 11, 12
    .venv/bin/python scripts/injection_classifier/evaluate.py --model /tmp/fold.npz \
        --sets guard_set guard_holdout11 guard_holdout12

    .venv/bin/python scripts/injection_classifier/train.py          # injection_model.npz
    .venv/bin/python scripts/injection_classifier/train.py --long   # injection_model_long.npz

``--long`` builds the model that reads texts of 100 characters or more
(classifier.py: SHORT_TEXT_CHARS): it learns world_texts/lookalikes too, and its margin is
LONG_MARGIN.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sys
import time
import zlib
from collections import defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from build_training_set import AGENT_SHARE, HARD_NEGATIVE_SHARE, Example, build
from real_prose import library_docstrings, reference_topics
from world_texts import LOOKALIKE_SOURCE, LOOKALIKES, SOURCE, world_examples

from llmstream.guard.classifier import (
    BITS,
    LONG_MODEL_PATH,
    MODEL_PATH,
    InjectionModel,
    hashed_ngrams,
    save_model,
)
from llmstream.guard.injection import CLASSIFIER_FLOOR, CLASSIFIER_WEIGHT
from llmstream.guard.normalize import canonical

SEED = 20261129
DATA = Path(__file__).resolve().parents[2] / "tests" / "data"
# Hard negatives: benign text dense with the attack vocabulary (engineering notes about
# prompts and policies; requests with an attack's surface; benign words in random order)
# weighs this much more in the loss.
HARD_NEGATIVES = {"platform": 3.0, "shuffled": 6.0, "lookalike": 6.0, "agent_benign": 2.0}
# Benign texts that quote an attack word for word: the classifier cannot tell them from
# the attack (the guard's discussion framing does), so they do not set its threshold.
UNCALIBRATED = {"quoted_attack"}
GUARD_THRESHOLD = 0.5  # the default route's injection threshold (llmstream.yaml)
MARGIN = 0.0  # logits the classifier alone crosses below the calibrated threshold
# The long texts' model's (``--long``): at 0.0 it caught 30 fewer of guard_holdout33-47's
# attacks than the shipped short texts' model, at 0.1 as many (docs/BENCHMARKS.md).
LONG_MARGIN = 0.1
# Hand-written sets the classifier learns from: each was a held-out measure once and has
# been read item by item since. About 13,000 human-written texts among 110,000 generated
# ones: each weighs SET_WEIGHT generated texts of its class. 30 was chosen when the sets
# held 5,500 items; with 12,900, 15 keeps their share of the loss about where it was, and
# (learning to guard_holdout30, scoring 31 and 32) catches 3 more at the same false
# positives, and moves fewer pinned look-alikes over the threshold (docs/BENCHMARKS.md).
LEARNED_SETS = tuple(["guard_holdout", *(f"guard_holdout{number}" for number in range(2, 55))])
# The short texts' model learns them to guard_holdout32 only. Learning to 54 as the long
# texts' model does, it flagged four short benign look-alikes the unit tests pin ("Olvida
# la política de devoluciones anterior: desde marzo son 60 días.", 0.60), while the long
# texts' model learning to 54 cut guard_holdout55's false positives from 22 to 18 at one
# attack fewer (154/180), chosen as registered before guard_holdout56 existed
# (docs/BENCHMARKS.md, twentieth session).
SHORT_LEARNED_SETS = LEARNED_SETS[:32]
SET_WEIGHT = 15.0
# The sources written by hand, each text weighing SET_WEIGHT generated ones: the labelled
# sets and world_texts.py's everyday texts and attacks in seventy-five languages (and its
# look-alikes, with --lookalikes, LOOKALIKE_WEIGHT of that).
WORLD_SOURCES = frozenset({*SOURCE.values(), *LOOKALIKE_SOURCE.values()})
# With ``--lookalikes``, world_texts/lookalikes' texts (operators' setups, security
# documents, questions about attacks, and attacks dressed as them) weigh this share of
# another hand-written text. Catching about 2,260 of guard_holdout33-47's 2,612 attacks,
# 0.5 and 2.0 flagged 96 of their 3,741 benign items, 1.0 about 100 (docs/BENCHMARKS.md).
LOOKALIKE_WEIGHT = 0.5
# world_texts' attacks against its benign texts, in total weight. 1.0 while a language had
# 10 attacks to 24 benign texts; with 30 to 36 in 24 of them, 1.0 flagged more everyday
# Bengali and Zulu, and 0.8 caught 7 more of guard_holdout33-42's attacks than the model
# before (0.6: 3 fewer) at one false positive fewer (docs/BENCHMARKS.md).
WORLD_ATTACK_SHARE = 0.8
HAND_WRITTEN = ("labelled_set", *WORLD_SOURCES)
# L2 penalty per weight. 1e-5 until guard_holdout35 and 36: 3e-6 caught 90.2% of six unseen
# sets' attacks at 2.7% false positives on folds, against 86.0% / 2.5%, and then 85.7% / 2.0%
# of two sets written blind for the choice, against 77.5% / 1.2% (docs/BENCHMARKS.md).
L2 = 3e-6


def sparse_rows(texts: list[str], bits: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(row of each entry, bucket, value): the normalised n-gram counts of each text."""
    rows, buckets, values = [], [], []
    for row, text in enumerate(texts):
        found = np.concatenate(hashed_ngrams(canonical(text), bits))
        rows.append(np.full(len(found), row, dtype=np.int64))
        buckets.append(found)
        values.append(np.full(len(found), 1.0 / math.sqrt(max(len(found), 1))))
    return np.concatenate(rows), np.concatenate(buckets), np.concatenate(values)


def train(texts: list[str], labels: np.ndarray, text_weights: np.ndarray, epochs: int,
          l2: float, rate: float, bits: int = BITS) -> InjectionModel:
    rows, buckets, values = sparse_rows(texts, bits)
    size = 1 << bits
    count = len(texts)
    scale_weights = text_weights / text_weights.mean()
    weights = np.zeros(size)
    bias = 0.0
    first, second = np.zeros(size), np.zeros(size)
    first_b = second_b = 0.0
    for step in range(1, epochs + 1):
        logits = bias + np.bincount(rows, weights=weights[buckets] * values, minlength=count)
        error = (1.0 / (1.0 + np.exp(-logits)) - labels) * scale_weights
        grad = np.bincount(buckets, weights=error[rows] * values, minlength=size) / count
        grad += l2 * weights
        grad_b = float(error.mean())
        first = 0.9 * first + 0.1 * grad
        second = 0.999 * second + 0.001 * grad * grad
        weights -= rate * (first / (1 - 0.9**step)) / (np.sqrt(second / (1 - 0.999**step)) + 1e-8)
        first_b = 0.9 * first_b + 0.1 * grad_b
        second_b = 0.999 * second_b + 0.001 * grad_b * grad_b
        scale = math.sqrt(second_b / (1 - 0.999**step)) + 1e-8
        bias -= rate * (first_b / (1 - 0.9**step)) / scale
    return InjectionModel(weights.astype(np.float32), bias)


def _validation_document(document: str) -> bool:
    return zlib.crc32(document.encode()) % 5 == 0


def as_markdown(passages: list[str]) -> list[str]:
    """Every other passage with its quoted names in backticks, as Markdown writes them."""
    return [re.sub(r'"([\w.()]+)"', r"`\1`", passage) if index % 2 else passage
            for index, passage in enumerate(passages)]


def examples(count: int, agent_share: float = AGENT_SHARE,
             hard_negative_share: float = HARD_NEGATIVE_SHARE
             ) -> tuple[list[Example], list[Example]]:
    """(training, validation) examples, split by source."""
    prose = reference_topics() + library_docstrings()
    learn = [passage for document, passage in prose if not _validation_document(document)]
    held = [passage for document, passage in prose if _validation_document(document)]
    training = build(count, SEED, learn, agent_share, hard_negative_share) + [
        Example(p, 0, "prose") for p in as_markdown(learn)]
    validation = build(count // 4, SEED + 1, held, agent_share, hard_negative_share) + [
        Example(p, 0, "prose") for p in as_markdown(held)]
    return training, validation


def _shingles(text: str, size: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    runs = {tuple(words[i:i + size]) for i in range(len(words) - size + 1)}
    # Letters spaced out by the obfuscations are not phrases.
    return {run for run in runs if sum(len(word) > 1 for word in run) >= 3}


def labelled_examples(names: tuple[str, ...]) -> list[Example]:
    """The items of the labelled sets ``names``: injections against everything else."""
    return [Example(item["text"], int("injection" in item["labels"]), "labelled_set")
            for name in names
            for item in map(json.loads, (DATA / f"{name}.jsonl").read_text().splitlines())]


def shared_with_test_sets(texts: list[str], learned: tuple[str, ...]) -> dict[str, int]:
    """Per development set (guard_set, LEARNED_SETS) not in ``learned``, how many
    distinct five-word runs of its injection items occur in ``texts`` (the generated
    attacks)."""
    found: dict[str, int] = {}
    generated: set[tuple[str, ...]] = set()
    for text in texts:
        generated |= _shingles(text)
    # Only the development sets: the later ones (written blind) are not
    # opened before a model has been chosen without them.
    for name in sorted(set(("guard_set", *LEARNED_SETS)) - set(learned)):
        path = DATA / f"{name}.jsonl"
        runs: set[tuple[str, ...]] = set()
        for line in path.read_text().splitlines():
            item = json.loads(line)
            if "injection" in item["labels"]:
                runs |= _shingles(item["text"]) & generated
        found[path.stem] = len(runs)
    return found


def calibration_group(source: str) -> str:
    """The benign texts a threshold quantile is taken over: the source, but one group for
    all of multilingual.py's benign kinds (a hundred or so validation texts each, where
    0.2% allows none and the single highest text would set the threshold)."""
    if source.startswith("ml_benign_"):
        return "ml_benign"
    return "about_ai" if source.startswith("hn_") else source


def threshold_for(logits: np.ndarray, sources: list[str], labels: np.ndarray,
                  false_positives: float, uncalibrated: set[str] = UNCALIBRATED) -> float:
    """The lowest logit at which at most ``false_positives`` of every benign source's
    (``calibration_group``'s) validation texts score at or above it."""
    threshold = -math.inf
    groups = np.array([calibration_group(source) for source in sources])
    for group in sorted(set(groups[labels == 0])):
        if group in uncalibrated:
            continue
        benign = np.sort(logits[(labels == 0) & (groups == group)])[::-1]
        allowed = int(false_positives * len(benign))
        threshold = max(threshold, float(np.nextafter(benign[allowed], math.inf)))
    return threshold


def report(logits: np.ndarray, sources: list[str], labels: np.ndarray, threshold: float) -> None:
    grouped: dict[tuple[str, int], list[bool]] = defaultdict(list)
    for logit, source, label in zip(logits, sources, labels, strict=True):
        grouped[(source, int(label))].append(bool(logit >= threshold))
    for (source, label), flags in sorted(grouped.items(), key=lambda kv: (-kv[0][1], kv[0][0])):
        what = "recall" if label else "false positives"
        share = sum(flags) / len(flags)
        print(f"  {source:16} {what:15} {sum(flags):5}/{len(flags):5} ({share:.1%})")


def sample_weights(training: list[Example], labels: np.ndarray, benign_weight: float,
                   set_weight: float, hard: dict[str, float] = HARD_NEGATIVES) -> np.ndarray:
    """Per text: the benign class weighs ``benign_weight`` times the attacks in all (a false
    positive costs more than a miss: benign traffic is most of the traffic), hard
    negatives more within it, and a hand-written text (HAND_WRITTEN) ``set_weight`` times
    a generated one."""
    weights = np.where(labels == 1, 0.5 / labels.mean(), benign_weight * 0.5 / (1 - labels.mean()))
    extra = {**dict.fromkeys(HAND_WRITTEN, set_weight),
             **dict.fromkeys(LOOKALIKE_SOURCE.values(), LOOKALIKE_WEIGHT * set_weight), **hard}
    weights = weights * np.array([extra.get(calibration_group(e.source),
                                            extra.get(e.source, 1.0)) for e in training])
    # world_texts.py's attacks weigh in all WORLD_ATTACK_SHARE of what its benign texts do.
    # Weighed like the rest (24 benign texts a language, each three times an attack,
    # against ten attacks), they pulled whole languages to benign: Swahili and Bengali
    # attacks of guard_holdout40 that the model without them caught were missed.
    world = np.array([e.source in WORLD_SOURCES for e in training])
    attacks, benign = world & (labels == 1), world & (labels == 0)
    if attacks.any() and benign.any():
        weights[attacks] *= weights[benign].sum() / weights[attacks].sum()
        weights[attacks] *= WORLD_ATTACK_SHARE
    return weights


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=60000, help="generated training texts")
    parser.add_argument("--epochs", type=int, default=150)
    parser.add_argument("--l2", type=float, default=L2)
    parser.add_argument("--benign-weight", type=float, default=3.0,
                        help="weight of the benign class against the attacks")
    parser.add_argument("--rate", type=float, default=0.05)
    parser.add_argument("--false-positives", type=float, default=0.0033,
                        help="share of each benign validation source the classifier may flag")
    parser.add_argument("--margin", type=float,
                        help="logits below the calibrated threshold where the classifier "
                        f"alone crosses the guard's (default {MARGIN}, {LONG_MARGIN} with "
                        "--long)")
    parser.add_argument("--learn-from", nargs="*", metavar="SET",
                        help="labelled sets (tests/data/SET.jsonl) to learn from (default: "
                        "to guard_holdout32, to 54 with --long); to choose --set-weight, "
                        "leave one out and score it with evaluate.py")
    parser.add_argument("--set-weight", type=float, default=SET_WEIGHT,
                        help="weight of a labelled set's item against a generated text")
    parser.add_argument("--hard", nargs="*", default=[], metavar="SOURCE=WEIGHT",
                        type=_source_weight,
                        help="another weight for a hard-negative source (HARD_NEGATIVES)")
    parser.add_argument("--agent-share", type=float, default=AGENT_SHARE,
                        help="texts from agent_attacks.py, as a share of --count")
    parser.add_argument("--hard-negative-share", type=float, default=HARD_NEGATIVE_SHARE,
                        help="benign texts about AI from hard_negatives.py, as a share of "
                        "--count")
    parser.add_argument("--uncalibrated", nargs="*", default=sorted(UNCALIBRATED),
                        metavar="GROUP", help="benign groups that do not set the threshold")
    parser.add_argument("--no-world", dest="world", action="store_false",
                        help="leave out world_texts.py's hand-written texts")
    parser.add_argument("--lookalikes", action="store_true",
                        help="also learn world_texts/lookalikes (implied by --long)")
    parser.add_argument("--long", action="store_true",
                        help="the long texts' model (classifier.py: SHORT_TEXT_CHARS): "
                        f"--lookalikes, margin {LONG_MARGIN}, written to {LONG_MODEL_PATH.name}")
    parser.add_argument("--bits", type=int, default=BITS, help="2**bits hashed buckets")
    parser.add_argument("--out", type=Path,
                        help=f"default: {MODEL_PATH.name}, or {LONG_MODEL_PATH.name} with --long")
    args = parser.parse_args()
    if args.long:
        args.lookalikes = True
    if args.margin is None:
        args.margin = LONG_MARGIN if args.long else MARGIN
    if args.out is None:
        args.out = LONG_MODEL_PATH if args.long else MODEL_PATH
    if args.learn_from is None:
        args.learn_from = list(LEARNED_SETS if args.long else SHORT_LEARNED_SETS)
    started = time.monotonic()
    learned = tuple(args.learn_from)
    training, validation = examples(args.count, args.agent_share, args.hard_negative_share)
    shared = shared_with_test_sets([e.text for e in training if e.label == 1], learned)
    print(f"five-word runs of unseen sets' injections in the generated attacks: {shared}")
    training += labelled_examples(learned) + (world_examples() if args.world else [])
    if args.lookalikes:
        training += world_examples((LOOKALIKES,))
    labels = np.array([e.label for e in training], dtype=np.float64)
    hard = {**HARD_NEGATIVES, **dict(args.hard)}
    weights = sample_weights(training, labels, args.benign_weight, args.set_weight, hard)
    print(f"{len(training)} training texts ({int(labels.sum())} attacks), "
          f"{len(validation)} validation texts")
    model = train([e.text for e in training], labels, weights, args.epochs, args.l2, args.rate,
                  args.bits)
    valid_labels = np.array([e.label for e in validation])
    valid_sources = [e.source for e in validation]
    logits = np.array([model.logit(canonical(e.text)) for e in validation])
    threshold = threshold_for(logits, valid_sources, valid_labels, args.false_positives,
                              set(args.uncalibrated))
    print(f"validation at logit >= {threshold:.3f} (at most {args.false_positives:.1%} of "
          "each benign source):")
    report(logits, valid_sources, valid_labels, threshold)
    save_model(calibrated(model, threshold, args.margin), args.out)
    print(f"wrote {args.out} in {time.monotonic() - started:.0f} s")


def _source_weight(pair: str) -> tuple[str, float]:
    """``SOURCE=WEIGHT`` of ``--hard``."""
    source, _, weight = pair.partition("=")
    try:
        return source, float(weight)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{pair!r} is not SOURCE=WEIGHT") from None


def calibrated(model: InjectionModel, threshold: float, margin: float = MARGIN
               ) -> InjectionModel:
    """``model`` shifted so that the classifier alone crosses the guard's threshold
    (probability p_cross) at log-odds ``threshold - margin``."""
    p_cross = CLASSIFIER_FLOOR + (1 - CLASSIFIER_FLOOR) * GUARD_THRESHOLD / CLASSIFIER_WEIGHT
    shift = math.log(p_cross / (1 - p_cross)) - (threshold - margin)
    return InjectionModel(model.weights, model.bias + shift)


if __name__ == "__main__":
    main()

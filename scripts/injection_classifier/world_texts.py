"""Hand-written everyday texts and attacks in seventy-five languages: training only.

multilingual.py composes each of its thirty languages from a few phrases per slot: 24
benign phrases a language, recombined. The classifier learned little of what ordinary text
in most of them looks like and flagged everyday messages that merely say "from now on",
"new rules" or "forget" in Bengali, Swahili, Thai, Romanian or Persian; of the languages
beyond those thirty it had seen nothing. Here each
language (``world_texts/<code>.json``) has 24 benign texts written whole, not from slots:
16 short everyday messages to a service or an assistant, most using an attack's words in
their ordinary senses, and 8 long ordinary documents (notices, minutes, statements,
claim forms, manuals, circulars) full of instructions to people; and 10 attacks in the
language's own phrasing (overrides, leaks of the setup, personas without rules, hijacked
tasks, orders planted in emails, reviews and documents, exfiltration, forged authority).
They were written by two helpers who had not seen the guard, its patterns or the labelled
sets. Ten attacks a language proved too few where the classifier knew least: it leaned to
guard_holdout42's attacks in them without crossing its threshold. Two more helpers, as
blind, added 20 attacks (more overrides, hijacked tasks and planted orders, some
romanised) and 12 benign texts (8 everyday messages, 4 notices) to 24 of them: Somali,
Marathi, Yoruba, Kazakh, Uzbek, Amharic, Hausa, Zulu, Khmer, Burmese, Sinhala, Georgian,
Armenian, Nepali, Tamil, Telugu, Bengali, Swahili, Tagalog, Azerbaijani, Albanian, Urdu,
Thai and Malay.

In guard_holdout43 the guard caught one attack in four in the languages none of this
covered, three in four in those it covers. Five more helpers, as blind, wrote 27 of them
whole (ninth session): Punjabi, Gujarati, Kannada, Malayalam, Odia, Pashto, Kurmanji,
Tajik, Kyrgyz, Turkmen, Mongolian, Igbo, Kinyarwanda, Malagasy, Xhosa, Tigrinya, Oromo,
Lao, Javanese, Cebuano, Haitian Creole, Afrikaans, Icelandic, Latvian, Estonian,
Macedonian and Belarusian, each with 48 benign texts (32 everyday messages, most using an
attack's words in their ordinary senses, and 16 documents of 600 characters or more) and
30 attacks (some romanised where the language is often typed in Latin letters). Their
attacks held every fictional host under ".example" and their benign texts none, so a
short order with an address in it ("Mail jane@corp.example") came to look like an attack;
those hosts were rewritten in the files to ordinary top-level domains (.com, .net, .org or
the country's) before training.

On guard_holdout45 the guard caught 4 of 13 role-plays and 9 of 17 personas, and
world_texts had no role-play attack at all. Six more helpers, as blind, wrote for every
one of the seventy-five languages 12 attacks (4 role-plays or fictions used to get
forbidden help or the setup, 4 personas without rules, 4 overrides) and 12 benign texts
close to them in words (4 legitimate role-plays, 4 legitimate personas and "act as"
requests, among them an operator's setup for a company's assistant, 4 everyday uses of
"forget", "ignore", "from now on"): ``world_texts/styles/<code>.json``, the same format
(tenth session).

On guard_holdout48 the guard flagged 39 of 270 benign items, and 146 of the 161 benign
items it flagged over guard_holdout33-48 on the classifier's reading: operators' personas
and system prompts pasted as messages, security documents and policies, questions about
attacks. Six more helpers, as blind, wrote for 48 languages 16 such benign texts (5
operators' setups with their defensive rules, 4 security documents that quote attacks, 4
questions about attacks and system prompts, 3 everyday "from now on", "forget", "act
as") and 8 attacks close to them in surface (2 persona hijacks written as a setup, 2
extractions dressed as debugging or an audit, 2 security or business documents with one
order for the AI reader, a fiction pretext, an override beside a disclaimer):
``world_texts/lookalikes/<code>.json`` (thirteenth session). At the same recall they flag
13 fewer of guard_holdout33-47's 3,741 benign items and 11 fewer of 48's 270, but they
raise short everyday phrases in other languages ("Un juego sin reglas no tiene gracia.",
"요약 대신 목록으로 보여줘.") over the threshold, even learnt without their attacks
(docs/BENCHMARKS.md). So only the long texts' model learns them (train.py ``--long``;
``world_examples``' default leaves them out), and texts under 100 characters are read by
the model that does not (classifier.py: SHORT_TEXT_CHARS, fourteenth session).
"""

from __future__ import annotations

import json
from pathlib import Path

from build_training_set import Example

FOLDER = Path(__file__).with_name("world_texts")
STYLES = FOLDER / "styles"
LOOKALIKES = FOLDER / "lookalikes"
SOURCE = {0: "world_benign", 1: "world_attack"}
# The look-alikes' own sources, so that train.py can weigh them apart (LOOKALIKE_WEIGHT).
LOOKALIKE_SOURCE = {0: "world_lookalike_benign", 1: "world_lookalike_attack"}


def world_examples(folders: tuple[Path, ...] = (FOLDER, STYLES)) -> list[Example]:
    """Every language file's texts, benign (label 0) and attacks (label 1), folder by
    folder, in file order."""
    examples = []
    for folder in folders:
        sources = LOOKALIKE_SOURCE if folder == LOOKALIKES else SOURCE
        for path in sorted(folder.glob("*.json")):
            texts = json.loads(path.read_text(encoding="utf-8"))
            for label, key in ((0, "benign"), (1, "attack")):
                examples += [Example(text, label, sources[label]) for text in texts[key]]
    return examples

"""What the cache may do with a request, and the keys it files answers under. Pure, no I/O.

Two requests share an exact-cache key only when everything that can change the answer is
the same: route, model, the normalised messages, the output-changing parameters, the prompt
name and version and the output schema. The semantic cache embeds only the last user
message; everything else (including the numbers, dates, negations and names in that
message, see ``salient_terms``) goes into the *namespace*, so a semantic hit can never
cross a model, a prompt version, a parameter or a different product, number or date.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from llmstream.errors import RequestRejected, Status
from llmstream.events import Message


class CacheMode(StrEnum):
    """The per-request ``cache`` field."""

    DEFAULT = "default"  # the route's policy
    BYPASS = "bypass"  # neither read nor write
    REFRESH = "refresh"  # do not read; store the fresh answer


class CacheOutcome(StrEnum):
    """What ``response.cache`` and telemetry ``cache`` say."""

    MISS = "miss"
    EXACT = "exact"
    SEMANTIC = "semantic"
    UNAVAILABLE = "unavailable"  # Redis could not be reached: answered without the cache


def parse_mode(value: str) -> CacheMode:
    try:
        return CacheMode(value)
    except ValueError:
        raise RequestRejected(
            Status.BAD_REQUEST,
            f"cache: {value!r} is not one of {[mode.value for mode in CacheMode]}",
        ) from None


@dataclass(frozen=True, slots=True)
class CacheSubject:
    """Everything about a request that decides its answer, as the provider will see it."""

    route: str
    model: str
    messages: tuple[Message, ...]
    temperature: float
    max_tokens: int
    top_p: float | None = None
    stop: tuple[str, ...] | None = None
    seed: int | None = None
    prompt_name: str | None = None
    prompt_version: str | None = None
    output_schema: str | None = None


@dataclass(frozen=True, slots=True)
class CachePlan:
    """Whether to read and whether to write the cache for one request."""

    lookup: bool
    store: bool

    @property
    def uses_cache(self) -> bool:
        return self.lookup or self.store


def plan(mode: CacheMode, enabled: bool, temperature: float, max_temperature: float) -> CachePlan:
    """The route's policy and the request's mode combined. A request hotter than the route
    allows is never read from nor written to the cache, whatever its mode says."""
    if not enabled or mode is CacheMode.BYPASS or temperature > max_temperature:
        return CachePlan(lookup=False, store=False)
    if mode is CacheMode.REFRESH:
        return CachePlan(lookup=False, store=True)
    return CachePlan(lookup=True, store=True)


_SPACE = re.compile(r"\s+")


def normalise_text(text: str) -> str:
    """Unicode NFC, surrounding whitespace trimmed, runs of whitespace made one space.
    Case is kept: a model may answer "Paris" and "paris" differently."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def _digest(document: object) -> str:
    canonical = json.dumps(document, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _params(subject: CacheSubject) -> dict[str, object]:
    return {
        "temperature": float(subject.temperature),
        "max_tokens": subject.max_tokens,
        "top_p": subject.top_p,
        "stop": list(subject.stop) if subject.stop is not None else None,
        "seed": subject.seed,
    }


def _context(subject: CacheSubject) -> dict[str, object]:
    return {
        "v": 1,
        "route": subject.route,
        "model": subject.model,
        "params": _params(subject),
        "prompt": [subject.prompt_name, subject.prompt_version],
        "output_schema": subject.output_schema,
    }


def exact_key(subject: CacheSubject) -> str:
    """SHA-256 (hex) of the canonical JSON of the normalised request."""
    messages = [[m.role, normalise_text(m.content)] for m in subject.messages]
    return _digest({**_context(subject), "messages": messages})


def _last_user_index(messages: tuple[Message, ...]) -> int:
    for index in range(len(messages) - 1, -1, -1):
        if messages[index].role == "user":
            return index
    raise ValueError("a request without a user message has no semantic text")


def semantic_text(subject: CacheSubject) -> str:
    """The text that is embedded: the last user message, normalised and lower-cased."""
    return normalise_text(subject.messages[_last_user_index(subject.messages)].content).lower()


# --- the terms a paraphrase keeps and a near miss changes -----------------------------

_NUMBER_WORDS = {
    "zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5",
    "six": "6", "seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11",
    "twelve": "12", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50",
    "hundred": "100", "thousand": "1000", "million": "1000000", "first": "1",
    "second": "2", "third": "3", "half": "0.5", "dozen": "12",
}
_MONTHS = {
    "jan": "january", "feb": "february", "mar": "march", "apr": "april", "jun": "june",
    "jul": "july", "aug": "august", "sep": "september", "sept": "september",
    "oct": "october", "nov": "november", "dec": "december",
}
_MONTH_NAMES = frozenset(_MONTHS.values())
_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
     "today", "tomorrow", "yesterday", "weekend", "tonight"}
)
_NEGATIONS = frozenset(
    {"not", "no", "never", "without", "none", "nothing", "nobody", "neither", "nor",
     "cannot", "cant", "dont", "doesnt", "didnt", "isnt", "arent", "wasnt", "werent",
     "wont", "wouldnt", "shouldnt", "couldnt", "hasnt", "havent", "hadnt", "mustnt",
     "except", "excluding", "unlike"}
)
# Capitalised words that start questions and requests: not names.
_SENTENCE_WORDS = frozenset({
    "a", "about", "after", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
    "before", "best", "but", "by", "calculate", "can", "check", "compare", "convert", "could",
    "define", "describe", "did", "do", "does", "during", "explain", "find", "for", "from", "get",
    "give", "good", "had", "has", "have", "hello", "help", "hey", "hi", "how", "how's", "hows",
    "i", "i'm", "i've", "id", "if", "ill", "im", "in", "into", "is", "it", "its", "ive", "just",
    "let", "let's", "lets", "list", "looking", "make", "may", "me", "might", "must", "my",
    "name", "need", "of", "ok", "okay", "on", "or", "our", "please", "question", "quick",
    "recommend", "shall", "should", "show", "since", "so", "some", "suggest", "summarise",
    "summarize", "tell", "thank", "thanks", "the", "then", "there", "to", "translate", "until",
    "walk", "want", "was", "we", "were", "what", "what's", "whats", "when", "where", "where's",
    "wheres", "which", "which's", "who", "whom", "whose", "why", "why's", "whys", "will", "with",
    "would", "write", "yes", "you", "your",
})
_WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*[A-Za-z]|[A-Za-z]")
_NUMBER = re.compile(r"\d+(?:[.,:/]\d+)*")


_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s*|\n)\W*$")


def _is_name(word: str, starts_sentence: bool) -> bool:
    """A capitalised word inside a sentence, or one with a capital past its first letter
    anywhere ("iPhone", "PlayStation"); a sentence's first word is capitalised anyway."""
    if any(ch.isupper() for ch in word[1:]):
        return True
    return word[0].isupper() and not starts_sentence


def _negation_key(word: str) -> str:
    return word.replace("n't", "nt").replace("'", "")


def salient_terms(text: str) -> tuple[str, ...]:
    """The numbers, dates, negations and names in ``text``: sorted; every number counts
    (a multiset), the rest once.

    Paraphrases keep these and near misses (the same question about another product,
    number or date, or its negation) change them, so they are part of the semantic
    namespace and a hit can never cross them. Number words become digits, "don't"
    becomes "dont", month abbreviations become names; a name is a word with a capital
    letter inside a sentence, or with a capital past its first letter ("Kindle", "iPhone";
    not "How", nor "Book" opening a request).
    """
    normalised = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    terms: set[str] = set()
    numbers: list[str] = []  # a multiset: "4 and 5" is not "5 and 5"
    for number in _NUMBER.findall(normalised):
        numbers.append("#" + number.replace(",", ""))
    for match in _WORD.finditer(normalised):
        word = match.group()
        lower = word.lower()
        starts_sentence = _SENTENCE_START.search(normalised[: match.start()]) is not None
        key = _negation_key(lower)
        if key in _NEGATIONS or lower.endswith("n't"):
            terms.add("!not")
        elif lower in _NUMBER_WORDS:
            numbers.append("#" + _NUMBER_WORDS[lower])
        elif lower in _MONTH_NAMES or lower in _MONTHS:
            terms.add("@" + _MONTHS.get(lower, lower))
        elif lower in _DAYS:
            terms.add("@" + lower)
        elif _is_name(word, starts_sentence) and lower not in _SENTENCE_WORDS:
            terms.add("$" + lower)
    return tuple(sorted(terms)) + tuple(sorted(numbers))


def semantic_namespace(subject: CacheSubject) -> str:
    """Entries are only compared within one namespace: the same route, model, parameters,
    prompt version, output schema, conversation before the last user message, and the
    same salient terms in that message."""
    index = _last_user_index(subject.messages)
    earlier = [[m.role, normalise_text(m.content)] for m in subject.messages[:index]]
    later = [[m.role, normalise_text(m.content)] for m in subject.messages[index + 1:]]
    return _digest(
        {
            **_context(subject),
            "earlier": earlier,
            "later": later,
            "salient": list(salient_terms(subject.messages[index].content)),
        }
    )[:32]

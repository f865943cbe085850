"""The output guard: is an answer fit to return, and in which cleaned-up form. Pure.

In order: JSON (strip code fences, cut the JSON out of surrounding prose, parse, validate
against the route's JSON Schema, whose ``enum``/``const`` keywords are the allowed
categories of classification and extraction fields), the content policy, system-prompt
leakage, then contacts (URLs, emails, phone numbers the input did not contain) flagged
or removed. A failure carries the validator's message, which the repair attempt sends
back to the model and which ends up in the ``invalid_output``/``blocked_output`` reason.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import SplitResult, urlsplit

from jsonschema import Draft202012Validator
from jsonschema.exceptions import best_match

from llmstream.config import OutputGuardConfig
from llmstream.errors import Status

from .json_reading import strings
from .pii import find_pii

_FENCE = re.compile(r"^\s*```[\w+-]*[ \t]*\n?(.*?)\n?```\s*$", re.DOTALL)
_INNER_FENCE = re.compile(r"```(?:json|JSON)?[ \t]*\n(.*?)\n?```", re.DOTALL)
# (No backslash: in a JSON answer's dumped text, a line break after the URL is "\\n".)
_URL = re.compile(r"\bhttps?://[^\s\"'<>)\]}\\]+|\bwww\.[^\s\"'<>)\]}\\]+", re.IGNORECASE)
# The letters of scripts written without spaces between words (Han, kana, Thai, Lao,
# Khmer, Myanmar) count one by one: read as runs, a Chinese system prompt was a handful of
# "words" between its commas, too few for one shingle, and its leak went unseen.
_UNSPACED = ("\u0e00-\u0e7f\u0e80-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf"
             "\u4e00-\u9fff\uf900-\ufaff")
_WORDS = re.compile(f"[{_UNSPACED}]|(?:(?![{_UNSPACED}])\\w)+")
SHINGLE = 8
REPAIR_PROMPT = (
    "Your previous answer was rejected: {error}\n"
    "Answer again with only the corrected output{json_hint}, and nothing else."
)


@dataclass(frozen=True, slots=True)
class OutputContext:
    """What the answer may legitimately repeat: the input and the system prompt."""

    input_text: str
    system_prompt: str = ""


@dataclass(frozen=True, slots=True)
class OutputCheck:
    status: Status  # OK, INVALID_OUTPUT or BLOCKED_OUTPUT
    content: str  # post-processed answer (fences stripped, contacts removed...)
    reason: str | None = None
    flags: list[str] = field(default_factory=list)  # e.g. output.contact, output.policy:x

    @property
    def ok(self) -> bool:
        return self.status == Status.OK


@functools.lru_cache(maxsize=64)
def _validator(schema_json: str) -> Draft202012Validator:
    return Draft202012Validator(json.loads(schema_json))


def strip_fences(text: str) -> str:
    match = _FENCE.match(text)
    if match is not None:
        return match.group(1).strip()
    inner = _INNER_FENCE.search(text)
    return inner.group(1).strip() if inner is not None else text.strip()


def _embedded_json(text: str) -> Iterator[Any]:
    """Each balanced {...} or [...] in ``text`` that parses, parsed, left to right (one
    that holds another is read whole, not again from inside)."""
    decoder = json.JSONDecoder()
    index = 0
    while (index := _next_bracket(text, index)) >= 0:
        try:
            value, end = decoder.raw_decode(text, index)
        except json.JSONDecodeError:
            index += 1
            continue
        yield value
        index = end


def _next_bracket(text: str, start: int) -> int:
    """Where the next "{" or "[" of ``text`` is from ``start`` on, or -1."""
    found = [at for at in (text.find("{", start), text.find("[", start)) if at >= 0]
    return min(found, default=-1)


def parse_json(text: str, fits: Callable[[Any], bool] | None = None) -> tuple[Any, str | None]:
    """``(value, None)`` or ``(None, error)`` for a model's JSON answer. In prose, the first
    JSON value in it that ``fits`` (the route's schema) or, when none does, the first
    ("[1] Here is the result: {...}" is the object, not the footnote's list)."""
    candidate = strip_fences(text)
    try:
        return json.loads(candidate), None
    except json.JSONDecodeError as error:
        first_error = f"not valid JSON ({error.msg} at line {error.lineno} column {error.colno})"
    first: tuple[Any, str | None] = (None, first_error)
    for value in _embedded_json(candidate):
        if fits is None or fits(value):
            return value, None
        if first[1] is not None:
            first = (value, None)
    return first


def schema_error(value: Any, schema: dict[str, Any]) -> str | None:
    validator = _validator(json.dumps(schema, sort_keys=True))
    error = best_match(validator.iter_errors(value))
    if error is None:
        return None
    where = "/".join(str(part) for part in error.absolute_path) or "(root)"
    return f"does not match the JSON Schema at {where}: {error.message}"


def system_prompt_leak(output: str, system_prompt: str) -> float:
    """Share of the system prompt's 8-word shingles that appear in ``output`` (a letter
    of a script without spaces is a word)."""
    prompt_words = _WORDS.findall(system_prompt.lower())
    if len(prompt_words) < SHINGLE:
        return 0.0
    shingles = {tuple(prompt_words[i:i + SHINGLE]) for i in range(len(prompt_words) - SHINGLE + 1)}
    out_words = _WORDS.findall(output.lower())
    seen = {tuple(out_words[i:i + SHINGLE]) for i in range(len(out_words) - SHINGLE + 1)}
    return len(shingles & seen) / len(shingles)


def _contacts(text: str) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), m.group(0).rstrip(".,;:")) for m in _URL.finditer(text)]
    for finding in find_pii(text):
        if finding.type in ("email", "phone") and not any(
            s <= finding.start < e for s, e, _ in spans
        ):
            spans.append((finding.start, finding.end, text[finding.start:finding.end]))
    return sorted(spans)


# A number written in the known text, however grouped: "+1 (415) 555-2671".
_NUMBER = re.compile(r"\+?\d[\d\s().-]{5,}\d")
_NON_DIGITS = re.compile(r"\D")
MIN_PHONE_DIGITS = 7


def _numbers(known: str) -> list[str]:
    """The digits of each number written in ``known``, one string per number: "order 415
    555, ref 2671" writes no phone number."""
    return [digits for digits in (_NON_DIGITS.sub("", found) for found in _NUMBER.findall(known))
            if len(digits) >= MIN_PHONE_DIGITS]


def _allowed(value: str, known: str, numbers: Sequence[str], allow: Sequence[str]) -> bool:
    """Whether the contact ``value`` is in the ``known`` text (lower-cased input and
    system prompt), whose ``numbers`` a phone number's digits are compared with, or the
    route's ``allow`` list; an allowed domain counts for its own hosts and addresses only,
    not for a name that holds it ("acme.com.evil.example")."""
    lowered = value.lower()
    if lowered in known:
        return True
    digits = _NON_DIGITS.sub("", value)
    if len(digits) >= MIN_PHONE_DIGITS and any(
            digits in number or number in digits for number in numbers):
        return True
    return any(_allowed_by(lowered, digits, entry.lower()) for entry in allow)


def _allowed_by(value: str, digits: str, entry: str) -> bool:
    """Whether ``entry`` of an allow-list admits the (lower-cased) contact ``value``: an
    address as written, a URL on the entry URL's host at or under its path, the digits of a
    phone number (after a country code or not), or a domain, for its hosts and e-mail
    addresses."""
    if value == entry:
        return True
    if "://" in entry:
        allowed, found = _split_url(entry), _split_url(value)
        if allowed is None or found is None or found.hostname != allowed.hostname:
            return False
        base = allowed.path.rstrip("/")
        return found.path == base or found.path.startswith(base + "/")
    entry_digits = _NON_DIGITS.sub("", entry)
    if len(entry_digits) >= MIN_PHONE_DIGITS and not any(char.isalpha() for char in entry):
        return digits.endswith(entry_digits)
    if "@" in entry or "/" in entry:
        return False
    host = _host(value)
    return host is not None and (host == entry or host.endswith("." + entry))


def _host(contact: str) -> str | None:
    """The host of a URL ("https://help.acme.com/x", "www.acme.com") or the domain of an
    e-mail address; None for a phone number."""
    if "@" in contact and "://" not in contact:
        return contact.rsplit("@", 1)[1]
    url = _split_url(contact)
    return None if url is None else url.hostname


def _split_url(contact: str) -> SplitResult | None:
    """``contact`` as a URL ("www." ones read as http), or None when it is none."""
    if "://" not in contact and not contact.startswith("www."):
        return None
    try:
        return urlsplit(contact if "://" in contact else "http://" + contact)
    except ValueError:
        return None


def check_output(content: str, policy: OutputGuardConfig, context: OutputContext) -> OutputCheck:
    """The verdict on one answer under the route's output policy."""
    text = content
    read = content  # what the leakage is read in: a JSON answer's strings, as written
    flags: list[str] = []
    if policy.wants_json:
        schema = policy.json_schema
        value, error = parse_json(
            text, None if schema is None else lambda found: schema_error(found, schema) is None)
        if error is not None:
            return OutputCheck(Status.INVALID_OUTPUT, content, f"the answer is {error}")
        if policy.json_schema is not None:
            mismatch = schema_error(value, policy.json_schema)
            if mismatch is not None:
                return OutputCheck(Status.INVALID_OUTPUT, content, f"the answer {mismatch}")
        text = json.dumps(value, ensure_ascii=False)
        # (dumped, a line break in a string is "\\n", joined to the words either side: a
        # system prompt of short lines pasted into a field matched none of its shingles)
        read = "\n".join(strings(value))
    for category, patterns in policy.content_policy.items():
        for pattern in patterns:
            if re.search(pattern, text, re.IGNORECASE):
                if policy.content_action == "block":
                    return OutputCheck(Status.BLOCKED_OUTPUT, content,
                                       f"the answer breaks the content policy ({category})")
                flags.append(f"output.policy:{category}")
                break
    if context.system_prompt:
        leaked = system_prompt_leak(read, context.system_prompt)
        if leaked >= policy.leak_threshold:
            return OutputCheck(Status.BLOCKED_OUTPUT, content,
                               f"the answer repeats {leaked:.0%} of the system prompt")
    if policy.contacts != "off":
        known = (context.input_text + "\n" + context.system_prompt).lower()
        numbers = _numbers(known)
        foreign = [span for span in _contacts(text)
                   if not _allowed(span[2], known, numbers, policy.allowed_contacts)]
        if foreign:
            flags.append("output.contact")
            if policy.contacts == "remove":
                for start, end, _ in reversed(foreign):
                    text = text[:start] + "[removed]" + text[end:]
    return OutputCheck(Status.OK, text, None, flags)


def repair_message(reason: str, policy: OutputGuardConfig) -> str:
    """What the repair attempt tells the model about its rejected answer."""
    hint = ""
    if policy.json_schema is not None:
        hint = " as JSON matching this schema: " + json.dumps(policy.json_schema)
    elif policy.wants_json:
        hint = " as one JSON object"
    return REPAIR_PROMPT.format(error=reason, json_hint=hint)

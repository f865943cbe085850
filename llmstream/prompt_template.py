"""Prompt templates: ``{{ name }}`` placeholders, parsed once, rendered with safe values.

Syntax
    ``{{ name }}`` is replaced by the variable ``name`` (spaces inside the braces are
    optional; a name is a Python-style identifier). ``{{{{`` is a literal ``{{``. Nothing
    else is special: a lone ``{``, ``}`` or ``}}`` is text.

A template is parsed when a prompt is published (``parse``, ``check_declared``), so a bad
template is refused then, with an error naming the position, rather than at request time.

Every value is passed through ``sanitise_value`` before it is interpolated. Its rules, and
why, are in that function's docstring. Spotting *phrases* such as "ignore the above
instructions" is not the template's job: such text stays as data, inside its fence, and
detecting it belongs to the input guardrails.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from llmstream.errors import LLMStreamError, RequestRejected, Status

OPEN = "{{"
CLOSE = "}}"
ESCAPED_OPEN = "{{{{"
NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

DEFAULT_MAX_VALUE_CHARS = 8_000
TRUNCATION_MARKER = " …[truncated]"
FENCE_OPEN = "⟦"
FENCE_CLOSE = "⟧"


class TemplateError(LLMStreamError):
    """A template (or its declared variables) is invalid; the message says where."""

    status = Status.BAD_REQUEST


@dataclass(frozen=True, slots=True)
class Text:
    text: str


@dataclass(frozen=True, slots=True)
class Placeholder:
    name: str


Part = Text | Placeholder


@dataclass(frozen=True, slots=True)
class Template:
    source: str
    parts: tuple[Part, ...]

    @property
    def variables(self) -> frozenset[str]:
        return frozenset(p.name for p in self.parts if isinstance(p, Placeholder))


@lru_cache(maxsize=1024)
def parse(source: str) -> Template:
    """Split a template into text and placeholders; raise ``TemplateError`` if malformed."""
    parts: list[Part] = []
    text: list[str] = []
    i = 0
    while i < len(source):
        if source.startswith(ESCAPED_OPEN, i):
            text.append(OPEN)
            i += len(ESCAPED_OPEN)
            continue
        if not source.startswith(OPEN, i):
            text.append(source[i])
            i += 1
            continue
        end = source.find(CLOSE, i + len(OPEN))
        inner = source[i + len(OPEN) : end] if end >= 0 else ""
        if end < 0 or OPEN in inner:
            raise TemplateError(f"unclosed '{{{{' at {_position(source, i)}")
        name = inner.strip()
        if not name:
            raise TemplateError(f"empty variable name at {_position(source, i)}")
        if not NAME.fullmatch(name):
            raise TemplateError(f"invalid variable name {name!r} at {_position(source, i)}")
        if text:
            parts.append(Text("".join(text)))
            text = []
        parts.append(Placeholder(name))
        i = end + len(CLOSE)
    if text:
        parts.append(Text("".join(text)))
    return Template(source, tuple(parts))


def _position(source: str, index: int) -> str:
    line = source.count("\n", 0, index) + 1
    column = index - (source.rfind("\n", 0, index) + 1) + 1
    return f"line {line}, column {column}"


def check_declared(templates: Iterable[Template], declared: Collection[str]) -> None:
    """The templates together use exactly the declared variables."""
    for name in declared:
        if not NAME.fullmatch(name):
            raise TemplateError(f"invalid declared variable name {name!r}")
    if len(set(declared)) != len(declared):
        raise TemplateError("a variable is declared twice")
    used: set[str] = set()
    for template in templates:
        used |= template.variables
    undeclared = sorted(used - set(declared))
    if undeclared:
        raise TemplateError(f"variable {undeclared[0]!r} is used but not declared")
    unused = sorted(set(declared) - used)
    if unused:
        raise TemplateError(f"variable {unused[0]!r} is declared but not used")


def render(
    template: Template,
    variables: Mapping[str, object],
    *,
    prompt: str = "?",
    declared: Collection[str] | None = None,
    max_value_chars: int = DEFAULT_MAX_VALUE_CHARS,
) -> str:
    """The template with every placeholder replaced by its sanitised, fenced value.

    ``prompt`` (``NAME@VERSION``) names the prompt in errors. ``declared`` is the set of
    variables a caller may pass (by default, those this template uses); a missing or an
    unknown variable, or a value that is not a string, is a ``BAD_REQUEST``.
    """
    allowed = template.variables if declared is None else frozenset(declared)
    for name in sorted(template.variables):
        if name not in variables:
            raise RequestRejected(
                Status.BAD_REQUEST, f"missing variable {name!r} for prompt {prompt}"
            )
    for name in sorted(variables):
        if name not in allowed:
            raise RequestRejected(
                Status.BAD_REQUEST, f"unknown variable {name!r} for prompt {prompt}"
            )
        if not isinstance(variables[name], str):
            raise RequestRejected(
                Status.BAD_REQUEST, f"variable {name!r} for prompt {prompt} must be a string"
            )
    out: list[str] = []
    for part in template.parts:
        if isinstance(part, Text):
            out.append(part.text)
        else:
            out.append(sanitise_value(str(variables[part.name]), max_value_chars))
    return "".join(out)


# --- sanitising -------------------------------------------------------------------------

# Line breaks in all their Unicode spellings become "\n", so line-start rules see them.
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029\x0b\x0c]")
# Variation selectors hide data in "invisible" text (emoji smuggling).
_VARIATION_SELECTORS = re.compile("[\ufe00-\ufe0f\U000e0100-\U000e01ef]")
_FENCE_LOOKALIKES = str.maketrans({"⟦": "[", "〚": "[", "⟧": "]", "〛": "]"})
# Chat-template special tokens and markers, neutralised by a space after their first char.
_SPECIAL_TOKENS = re.compile(
    r"<\||\|>"  # <|im_start|>, <|system|>, <|eot_id|>, <|endoftext|> ... (any <|...|>)
    r"|\[\s*/?\s*INST\s*\]"  # Llama 2 [INST] [/INST]
    r"|<<\s*/?\s*SYS\s*>>"  # Llama 2 <<SYS>> <</SYS>>
    r"|</?s>"  # Llama BOS/EOS
    r"|<(?:start|end)_of_turn>",  # Gemma
    re.IGNORECASE,
)
_ROLES = "system|assistant|user|human|ai|developer|tool|function|model"
_HEADINGS = rf"{_ROLES}|instructions?|input|response"
_ROLE_LINE = re.compile(
    rf"^(?=[ \t]*(?:(?:{_ROLES})[ \t]*:|\#{{1,6}}[ \t]*(?:{_HEADINGS})\b))",
    re.IGNORECASE | re.MULTILINE,
)
_DOUBLE_BRACE = re.compile(r"\{(?=\{)|\}(?=\})")


def sanitise_value(value: str, max_chars: int = DEFAULT_MAX_VALUE_CHARS) -> str:
    """A variable's value made safe to interpolate: inert, bounded and fenced.

    In order:

    1. Bound the work: at most ``4 * max_chars`` input characters are looked at.
    2. Line breaks (``\\r\\n``, ``\\r``, NEL, U+2028/2029, VT, FF) become ``\\n``.
    3. Remove control characters except ``\\n`` and ``\\t`` (category Cc), format
       characters (Cf: zero-width spaces and joiners, bidi embeddings/overrides/isolates,
       BOM, soft hyphen, Unicode tag characters), surrogates and variation selectors.
       They are invisible to a reviewer yet can hide or reorder text, or split a marker
       (``sys\\u200btem:``) so that it escapes the rules below. Emoji joined by ZWJ
       degrade to their separate emoji.
    4. NFKC-normalise (then step 3 again), so look-alikes that the model reads as the
       real thing become the real thing and meet the rules below: fullwidth brackets,
       bars and braces (U+FF1C, U+FF5C, U+FF5B...), mathematical bold letters
       (U+1D400...). Cross-script confusables (Cyrillic letters that look Latin) are not
       folded: they do not form the tokens of any chat template.
    5. Make markers inert by inserting one visible ASCII space after their first
       character. Visible, so a reader of the rendered prompt sees the value was
       altered; a plain space, so it cannot itself be stripped or normalised away, and no
       tokenizer maps the split text to a special token:
       ``{{`` -> ``{ {`` and ``}}`` -> ``} }`` (our own delimiters), ``<|`` -> ``< |`` and
       ``|>`` -> ``| >`` (every ``<|...|>`` token), ``[INST]`` -> ``[ INST]``,
       ``<<SYS>>`` -> ``< <SYS>>``, ``<s>``/``</s>``, ``<start_of_turn>``.
       A line starting with a role marker (``system:``, ``Assistant:``, ``Human:``,
       ``### System``, ``## Instruction``...) is prefixed with ``> ``, quoting it, so it
       no longer starts a line. The start of the value counts as a line start.
    6. Truncate to ``max_chars`` characters including the marker `` …[truncated]``.
    7. Fence the value in ``⟦`` ... ``⟧``; look-alikes of the fence inside the value
       (``⟦⟧〚〛``) become ``[``/``]`` first, so the value cannot close its fence and
       everything between the fences is data. Template authors should not add their own
       delimiters around a placeholder (the value could close those).

    Text such as "ignore the above" stays as it is, as data inside the fence.
    """
    text = value[: max(4 * max_chars, 64)]
    truncated = len(text) < len(value)
    text = _strip_invisible(unicodedata.normalize("NFKC", _strip_invisible(text)))
    text = text.translate(_FENCE_LOOKALIKES)
    text = _DOUBLE_BRACE.sub(lambda m: m[0] + " ", text)
    text = _SPECIAL_TOKENS.sub(lambda m: m[0][0] + " " + m[0][1:], text)
    text = _ROLE_LINE.sub("> ", text)
    if truncated or len(text) > max_chars:
        keep = max(max_chars - len(TRUNCATION_MARKER), 0)
        text = text[:keep] + TRUNCATION_MARKER
    return FENCE_OPEN + text + FENCE_CLOSE


def _strip_invisible(text: str) -> str:
    text = _VARIATION_SELECTORS.sub("", _LINE_BREAKS.sub("\n", text))
    return "".join(
        c for c in text if c in "\n\t" or unicodedata.category(c) not in ("Cc", "Cf", "Cs")
    )

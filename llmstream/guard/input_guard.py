"""The input guard: one decision per request from its texts and the route's policy. Pure.

Per text: injection score and PII findings; per finding type the route's action (block,
redact, flag, allow). The strongest action over all findings is the verdict. Both the
worker (``streams/request_handler.py``) and ``llmstream guard check`` call
``check_text``/``check_messages``, so they cannot disagree. The worker passes a
``GuardMemo``: a conversation's history, resent with every turn, is read once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from llmstream.config import InputGuardConfig
from llmstream.events import Message

from . import injection, pii
from .findings import Finding, Verdict
from .injection import InjectionScore, score_injection
from .pii import find_pii
from .redaction import Redactor
from .text_memo import TextMemo

_RANK = {Verdict.ALLOW: 0, Verdict.FLAG: 1, Verdict.REDACT: 2, Verdict.BLOCK: 3}
_BY_ACTION = {"allow": Verdict.ALLOW, "flag": Verdict.FLAG, "redact": Verdict.REDACT,
              "block": Verdict.BLOCK}


@dataclass(frozen=True, slots=True)
class TextCheck:
    verdict: Verdict
    findings: list[Finding]
    text: str  # redacted where the policy says redact


@dataclass(frozen=True, slots=True)
class GuardResult:
    """The decision on a whole request: ``messages`` are what may go to the model."""

    verdict: Verdict
    findings: list[Finding]
    messages: list[Message]
    originals: dict[str, str] = field(default_factory=dict)  # placeholder -> value

    @property
    def finding_types(self) -> list[str]:
        return sorted({finding.type for finding in self.findings})

    def reason(self) -> str:
        blocked = sorted({f.type for f in self.findings})
        return f"input blocked by guardrails: {', '.join(blocked)}"


def _pii_of(text: str) -> tuple[Finding, ...]:
    return tuple(find_pii(text))


@dataclass(frozen=True, slots=True)
class GuardMemo:
    """The readings of the texts a worker has guarded lately (text_memo.py): what the
    guard found in a text is the same every time it reads it."""

    injection: TextMemo[InjectionScore] = field(
        default_factory=lambda: TextMemo(score_injection))
    pii: TextMemo[tuple[Finding, ...]] = field(default_factory=lambda: TextMemo(_pii_of))


def _verdict(findings: Sequence[Finding], policy: InputGuardConfig) -> Verdict:
    verdict = Verdict.ALLOW
    for finding_type in {finding.type for finding in findings}:
        action = _BY_ACTION[policy.action(finding_type)]
        if _RANK[action] > _RANK[verdict]:
            verdict = action
    return verdict


def check_text(
    text: str,
    policy: InputGuardConfig,
    redactor: Redactor | None = None,
    scan_injection: bool = True,
    memo: GuardMemo | None = None,
) -> TextCheck:
    findings: list[Finding] = []
    if scan_injection:
        injection = memo.injection(text) if memo is not None else score_injection(text)
        if injection.score >= policy.injection_threshold:
            findings.append(Finding("injection", injection.start, injection.end, injection.score))
    pii = list(memo.pii(text)) if memo is not None else find_pii(text)
    findings.extend(pii)
    verdict = _verdict(findings, policy)
    redacted_types = {t for t in {f.type for f in pii} if policy.action(t) == "redact"}
    to_redact = [f for f in pii if f.type in redacted_types]
    redacted = (redactor or Redactor()).redact(text, to_redact) if to_redact else text
    return TextCheck(verdict, sorted(findings, key=lambda f: f.start), redacted)


def check_messages(messages: Sequence[Message], policy: InputGuardConfig,
                   memo: GuardMemo | None = None) -> GuardResult:
    """The guard over every message; injections are looked for in what users (and tools)
    wrote, not in the application's own system prompt. With a ``memo``, a message read
    lately is not read again."""
    redactor = Redactor()
    verdict = Verdict.ALLOW
    findings: list[Finding] = []
    guarded: list[Message] = []
    for message in messages:
        result = check_text(message.content, policy, redactor,
                            scan_injection=message.role in ("user", "tool"), memo=memo)
        if _RANK[result.verdict] > _RANK[verdict]:
            verdict = result.verdict
        findings.extend(result.findings)
        guarded.append(replace(message, content=result.text))
    return GuardResult(verdict, findings, guarded, dict(redactor.originals))


def redact_pii(text: str) -> str:
    """``text`` with every PII finding replaced by a placeholder: for reasons, logs and
    dead letters, whatever the route's policy."""
    findings = find_pii(text)
    return Redactor().redact(text, findings) if findings else text


def warm_up() -> None:
    """Compile the scanning databases of both guards (about a second) ahead of the first
    request; idempotent."""
    injection.warm_up()
    pii.warm_up()

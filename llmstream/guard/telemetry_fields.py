"""The guardrail outcome of a request as telemetry fields (``guard_*`` in
``schemas/telemetry.avsc`` and the ClickHouse ``requests`` table). Pure."""

from __future__ import annotations

from typing import Any

from llmstream.errors import Status

from .input_guard import GuardResult
from .output_guard import OutputCheck


def guard_telemetry(
    guard: GuardResult | None, output: OutputCheck | None, repairs: int
) -> dict[str, Any]:
    """``guard_input``: allow/flag/redact/block ('' when the guard is off);
    ``guard_output``: pass/flag/invalid_output/blocked_output ('' when not checked);
    ``guard_findings``: finding types (``injection``, ``email``..., ``output.contact``);
    ``output_repairs``: repair attempts made."""
    findings = list(guard.finding_types) if guard is not None else []
    output_verdict = ""
    if output is not None:
        findings.extend(output.flags)
        if output.status != Status.OK:
            output_verdict = str(output.status)
        else:
            output_verdict = "flag" if output.flags else "pass"
    return {
        "guard_input": str(guard.verdict) if guard is not None else "",
        "guard_output": output_verdict,
        "guard_findings": findings,
        "output_repairs": repairs,
    }

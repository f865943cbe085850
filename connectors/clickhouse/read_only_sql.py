"""Is this SQL a single read-only statement? Pure; the query endpoint's first gate.

The second gate is the engine: the endpoint's connection runs with ``readonly=1``, which
refuses writes, DDL and settings changes whatever the text looks like.
"""

from __future__ import annotations

import re

READ_ONLY_KEYWORDS = frozenset({"SELECT", "WITH", "SHOW", "DESCRIBE", "DESC", "EXPLAIN"})

_WORD = re.compile(r"[A-Za-z_]+")


class NotReadOnly(ValueError):
    """The statement may write or is not a single statement (the message says why)."""


def _code_only(sql: str) -> str:
    """``sql`` with comments removed and string/identifier literals blanked to ``''``."""
    out: list[str] = []
    i, n = 0, len(sql)
    while i < n:
        char = sql[i]
        if sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end
            out.append(" ")
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end < 0:
                raise NotReadOnly("unterminated comment")
            i = end + 2
            out.append(" ")
        elif char in "'\"`":
            j = i + 1
            while j < n and sql[j] != char:
                j += 2 if sql[j] == "\\" else 1
            if j >= n:
                raise NotReadOnly("unterminated quoted text")
            out.append(char + char)
            i = j + 1
        else:
            out.append(char)
            i += 1
    return "".join(out)


def check_read_only(sql: str) -> None:
    """Raise ``NotReadOnly`` unless ``sql`` is one SELECT/WITH/SHOW/DESCRIBE/EXPLAIN."""
    code = _code_only(sql).strip()
    if code.endswith(";"):
        code = code[:-1].rstrip()
    if not code:
        raise NotReadOnly("empty query")
    if ";" in code:
        raise NotReadOnly("only one statement per query")
    first = _WORD.match(code)
    keyword = first.group(0).upper() if first else code.split()[0]
    if keyword not in READ_ONLY_KEYWORDS:
        allowed = ", ".join(sorted(READ_ONLY_KEYWORDS))
        raise NotReadOnly(f"read-only endpoint: {keyword} is not allowed (allowed: {allowed})")
    if re.search(r"\bINTO\s+OUTFILE\b", code, re.IGNORECASE):
        raise NotReadOnly("read-only endpoint: INTO OUTFILE is not allowed")

"""Expand the grafana-clickhouse-datasource macros and Grafana template variables in a
query, the way Grafana does before it sends the SQL to ClickHouse. Pure.

Covered: ``$__timeFilter(col)``, ``$__timeFilter_ms(col)``, ``$__fromTime``,
``$__toTime``, ``$__fromTime_ms``, ``$__toTime_ms``, ``$__timeInterval(col)``,
``$__timeInterval_ms(col)``, ``$__interval_s``, ``$__conditionalAll(cond, $var)``,
``${var:singlequote}``, ``${var}`` and ``$var``; the expansions follow the plugin's
(v4) ``macros.go``. Anything else that looks like a macro raises, so a panel cannot use
one the tests do not understand.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field


class UnknownMacro(ValueError):
    """The query uses a macro or variable this expander does not know."""


@dataclass(frozen=True, slots=True)
class QueryContext:
    """The dashboard state a query runs in: time range (epoch ms), interval and the
    selected values of each template variable (``None``: "All")."""

    from_ms: int
    to_ms: int
    interval_s: int = 60
    variables: Mapping[str, Sequence[str] | None] = field(default_factory=dict)
    all_values: Mapping[str, Sequence[str]] = field(default_factory=dict)

    def selected(self, name: str) -> list[str]:
        if name not in self.variables:
            raise UnknownMacro(f"template variable ${name} has no value")
        chosen = self.variables[name]
        return list(self.all_values.get(name, ()) if chosen is None else chosen)

    def is_all(self, name: str) -> bool:
        if name not in self.variables:
            raise UnknownMacro(f"template variable ${name} has no value")
        return self.variables[name] is None


def _quote(value: str) -> str:
    return "'" + value.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _arguments(text: str, start: int) -> tuple[list[str], int]:
    """The comma-separated arguments of the call whose ``(`` is at ``start``."""
    depth = 0
    current: list[str] = []
    args: list[str] = []
    for index in range(start, len(text)):
        char = text[index]
        if char == "(":
            depth += 1
            if depth == 1:
                continue
        elif char == ")":
            depth -= 1
            if depth == 0:
                args.append("".join(current).strip())
                return args, index + 1
        elif char == "," and depth == 1:
            args.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    raise UnknownMacro(f"unbalanced parentheses after position {start}")


def _function_macro(name: str, args: list[str], context: QueryContext) -> str:
    seconds_from, seconds_to = context.from_ms // 1000, context.to_ms // 1000
    if name == "timeFilter":
        (column,) = args
        return (f"{column} >= toDateTime({seconds_from}) AND "
                f"{column} <= toDateTime({seconds_to})")
    if name == "timeFilter_ms":
        (column,) = args
        return (f"{column} >= fromUnixTimestamp64Milli({context.from_ms}) AND "
                f"{column} <= fromUnixTimestamp64Milli({context.to_ms})")
    if name == "timeInterval":
        (column,) = args
        return f"toStartOfInterval(toDateTime({column}), INTERVAL {context.interval_s} second)"
    if name == "timeInterval_ms":
        (column,) = args
        return (f"toStartOfInterval(toDateTime64({column}, 3), "
                f"INTERVAL {context.interval_s * 1000} millisecond)")
    if name == "conditionalAll":
        condition, variable = args
        if not variable.startswith("$"):
            raise UnknownMacro(f"$__conditionalAll needs a variable, got {variable!r}")
        return "1=1" if context.is_all(variable.lstrip("${").rstrip("}")) else condition
    raise UnknownMacro(f"unknown macro $__{name}(...)")


_VALUE_MACROS = {
    "fromTime": lambda c: f"toDateTime({c.from_ms // 1000})",
    "toTime": lambda c: f"toDateTime({c.to_ms // 1000})",
    "fromTime_ms": lambda c: f"fromUnixTimestamp64Milli({c.from_ms})",
    "toTime_ms": lambda c: f"fromUnixTimestamp64Milli({c.to_ms})",
    "interval_s": lambda c: str(c.interval_s),
}
_MACRO = re.compile(r"\$__(\w+)")
_VARIABLE = re.compile(r"\$\{(\w+)(?::(\w+))?\}|\$(\w+)")


def _expand_macros(sql: str, context: QueryContext) -> str:
    out: list[str] = []
    position = 0
    while (match := _MACRO.search(sql, position)) is not None:
        out.append(sql[position:match.start()])
        name = match.group(1)
        if match.end() < len(sql) and sql[match.end()] == "(":
            args, end = _arguments(sql, match.end())
            out.append(_function_macro(name, args, context))
            position = end
        elif name in _VALUE_MACROS:
            out.append(_VALUE_MACROS[name](context))
            position = match.end()
        else:
            raise UnknownMacro(f"unknown macro $__{name}")
    out.append(sql[position:])
    return "".join(out)


def _expand_variables(sql: str, context: QueryContext) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1) or match.group(3)
        form = match.group(2)
        values = context.selected(name)
        if form == "singlequote":
            return ", ".join(_quote(v) for v in values) or "''"
        if form is None:
            return ",".join(values)
        raise UnknownMacro(f"unknown variable format ${{{name}:{form}}}")

    return _VARIABLE.sub(replace, sql)


def expand(sql: str, context: QueryContext) -> str:
    """``sql`` as Grafana sends it: macros first (``$__conditionalAll`` looks at the
    variable itself), then template variables."""
    return _expand_variables(_expand_macros(sql, context), context)

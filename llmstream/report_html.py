"""``llmstream report --html``: the summary as one self-contained page. Pure.

Everything is inline: the numbers as a JSON island, a small script that draws every
chart as SVG, the CSS. No CDN, no network: the file opens anywhere, offline. Each chart's
``<svg>`` gets ``data-drawn`` (the number of marks drawn) once the script has run, which
is what the headless-browser test checks. The tables under the charts carry the same
numbers for people who do not run scripts.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass
from typing import Any

BREAKDOWN_TITLES = {
    "by_model": "model",
    "by_prompt_version": "prompt version",
    "by_tenant": "tenant",
    "by_feature": "feature",
}


@dataclass(frozen=True, slots=True)
class Chart:
    """A bar chart: one group per category, one bar per series in each group."""

    uid: str
    title: str
    unit: str
    categories: list[str]
    series: list[str]
    values: list[list[float]]  # values[category][series]

    @property
    def marks(self) -> int:
        return len(self.categories) * len(self.series)

    def to_json(self) -> dict[str, Any]:
        return {"uid": self.uid, "title": self.title, "unit": self.unit,
                "categories": self.categories, "series": self.series, "values": self.values}


def _label(value: str) -> str:
    return value or "(none)"


def charts(data: dict[str, Any]) -> list[Chart]:
    """The charts of a ``summary`` result (categories in the summary's order)."""
    found = []
    errors = data["errors_by_status"]
    found.append(Chart("errors", "Errors by status", "requests",
                       list(errors) or ["(none)"], ["requests"],
                       [[float(n)] for n in errors.values()] or [[0.0]]))
    for key, name in BREAKDOWN_TITLES.items():
        groups: dict[str, Any] = data.get(key, {})
        if not groups:
            continue
        labels = [_label(value) for value in groups]
        figures = list(groups.values())
        found.append(Chart(f"{key}-requests", f"Requests by {name}", "requests", labels,
                           ["ok", "errors"],
                           [[float(f["requests"] - sum(f["errors_by_status"].values())),
                             float(sum(f["errors_by_status"].values()))] for f in figures]))
        found.append(Chart(f"{key}-latency", f"Latency by {name}", "ms", labels,
                           ["p50", "p95", "p99"],
                           [[float(f["latency_ms"][q]) for q in ("p50", "p95", "p99")]
                            for f in figures]))
        found.append(Chart(f"{key}-cost", f"Cost by {name}", "USD", labels, ["cost"],
                           [[float(f["cost_usd"])] for f in figures]))
        found.append(Chart(f"{key}-tokens", f"Tokens by {name}", "tokens", labels,
                           ["prompt", "completion"],
                           [[float(f["tokens"]["prompt"]), float(f["tokens"]["completion"])]
                            for f in figures]))
    return found


_SCRIPT = """
(function () {
  var NS = "http://www.w3.org/2000/svg";
  var COLOURS = ["#3b6ea8", "#d9822b", "#7a4ea3", "#2e8b57", "#c0392b"];
  var data = JSON.parse(document.getElementById("report-data").textContent);
  function el(name, attrs, parent) {
    var node = document.createElementNS(NS, name);
    for (var key in attrs) { node.setAttribute(key, attrs[key]); }
    if (parent) { parent.appendChild(node); }
    return node;
  }
  function fmt(v) {
    if (v >= 1000) { return v.toFixed(0); }
    if (v >= 1) { return v.toFixed(2); }
    return v.toPrecision(3);
  }
  data.charts.forEach(function (chart) {
    var svg = document.getElementById("chart-" + chart.uid);
    var width = 640, height = 240, left = 70, bottom = 40, top = 16;
    var plotW = width - left - 10, plotH = height - top - bottom;
    var max = 0;
    chart.values.forEach(function (row) { row.forEach(function (v) { max = Math.max(max, v); }); });
    if (max <= 0) { max = 1; }
    el("line", {x1: left, y1: top + plotH, x2: left + plotW, y2: top + plotH,
                stroke: "#888"}, svg);
    el("text", {x: left - 6, y: top + 10, "text-anchor": "end", "class": "axis"}, svg)
      .textContent = fmt(max) + " " + chart.unit;
    var groupW = plotW / chart.categories.length;
    var barW = Math.max(2, (groupW * 0.8) / chart.series.length);
    var drawn = 0;
    chart.categories.forEach(function (category, i) {
      chart.series.forEach(function (series, j) {
        var value = chart.values[i][j];
        var h = plotH * value / max;
        var bar = el("rect", {x: left + i * groupW + groupW * 0.1 + j * barW,
                              y: top + plotH - h, width: barW - 1, height: h,
                              fill: COLOURS[j % COLOURS.length], "class": "bar"}, svg);
        el("title", {}, bar).textContent = category + " " + series + ": " + fmt(value);
        drawn += 1;
      });
      el("text", {x: left + i * groupW + groupW / 2, y: top + plotH + 16,
                  "text-anchor": "middle", "class": "axis"}, svg).textContent = category;
    });
    chart.series.forEach(function (series, j) {
      el("rect", {x: left + j * 90, y: height - 12, width: 10, height: 10,
                  fill: COLOURS[j % COLOURS.length]}, svg);
      el("text", {x: left + j * 90 + 14, y: height - 3, "class": "axis"}, svg)
        .textContent = series;
    });
    svg.setAttribute("data-drawn", String(drawn));
  });
})();
"""

_STYLE = """
body { font-family: sans-serif; margin: 2em; color: #222; }
h1 { font-size: 1.4em; } h2 { font-size: 1.1em; margin-top: 2em; }
.headline span { display: inline-block; margin-right: 2em; }
.headline b { font-size: 1.3em; display: block; }
svg.chart { width: 640px; height: 240px; border: 1px solid #ddd; margin: 0.5em 0; }
.axis { font-size: 11px; fill: #444; }
table { border-collapse: collapse; font-size: 0.9em; }
td, th { border: 1px solid #ccc; padding: 2px 8px; text-align: right; }
td:first-child, th:first-child { text-align: left; }
"""


def _table(name: str, groups: dict[str, Any]) -> str:
    head = "".join(f"<th>{html.escape(c)}</th>" for c in (
        name, "requests", "errors", "p50 ms", "p95 ms", "p99 ms", "prompt tokens",
        "completion tokens", "cost USD", "cache hit rate"))
    rows = []
    for value, f in groups.items():
        cells = [_label(value), str(f["requests"]), str(sum(f["errors_by_status"].values())),
                 f"{f['latency_ms']['p50']:.1f}", f"{f['latency_ms']['p95']:.1f}",
                 f"{f['latency_ms']['p99']:.1f}", str(f["tokens"]["prompt"]),
                 str(f["tokens"]["completion"]), f"{f['cost_usd']:.4f}",
                 f"{f['cache_hit_rate']:.1%}"]
        rows.append("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in cells) + "</tr>")
    return f"<table><tr>{head}</tr>{''.join(rows)}</table>"


# ``quality.quality`` result: the columns shown per table; "labels" are not numbers.
QUALITY_COLUMNS = {
    "feedback": ("prompt_name", "prompt_version", "model", "route", "feedback",
                 "thumbs_up_rate", "thumbs_down_rate", "regenerate_rate",
                 "task_completion_rate"),
    "scores": ("prompt_name", "prompt_version", "model", "evaluator", "source", "scores",
               "avg_score", "min_score"),
    "labels": ("prompt_name", "prompt_version", "model", "route", "evaluator", "source"),
}


def quality_cell(column: str, value: Any) -> str:
    """A quality figure as shown: rates as percentages, scores to 3 places, no data "-"."""
    if column in QUALITY_COLUMNS["labels"]:
        return str(value) if value else "(none)"
    if value is None:
        return "-"
    if column.endswith("_rate"):
        return f"{float(value):.1%}"
    if column.endswith("_score"):
        return f"{float(value):.3f}"
    return str(value)


def _quality_tables(quality: dict[str, list[dict[str, Any]]]) -> str:
    sections = []
    for key, title in (("feedback", "User feedback"), ("scores", "Evaluation scores")):
        rows = quality.get(key) or []
        if not rows:
            continue
        columns = QUALITY_COLUMNS[key]
        head = "".join(f"<th>{html.escape(c.replace('_', ' '))}</th>" for c in columns)
        body = "".join(
            "<tr>" + "".join(f"<td>{html.escape(quality_cell(c, row.get(c)))}</td>"
                             for c in columns) + "</tr>" for row in rows)
        sections.append(f"<h2>{title}</h2><table><tr>{head}</tr>{body}</table>")
    return "".join(sections)


def render(data: dict[str, Any], title: str) -> str:
    """The page for a ``summary`` result."""
    drawn = charts(data)
    island = json.dumps({"charts": [c.to_json() for c in drawn]}, sort_keys=True)
    island = island.replace("<", "\\u003c")  # nothing in the data can close the script
    latency = data["latency_ms"]
    headline = "".join(
        f"<span>{html.escape(label)}<b>{html.escape(value)}</b></span>" for label, value in (
            ("requests", str(data["requests"])),
            ("errors", str(sum(data["errors_by_status"].values()))),
            ("p50 / p95 / p99 ms",
             f"{latency['p50']:.0f} / {latency['p95']:.0f} / {latency['p99']:.0f}"),
            ("tokens in / out", f"{data['tokens']['prompt']} / {data['tokens']['completion']}"),
            ("cost USD", f"{data['cost_usd']:.4f}"),
            ("cache hit rate", f"{data['cache_hit_rate']:.1%}")))
    sections = []
    for chart in drawn:
        sections.append(
            f"<h2>{html.escape(chart.title)}</h2>"
            f'<svg class="chart" id="chart-{html.escape(chart.uid)}" '
            f'data-marks="{chart.marks}" viewBox="0 0 640 240" role="img" '
            f'aria-label="{html.escape(chart.title)}"></svg>')
    tables = "".join(
        f"<h2>By {html.escape(name)}</h2>{_table(name, data[key])}"
        for key, name in BREAKDOWN_TITLES.items() if data.get(key))
    tables += _quality_tables(data.get("quality") or {})
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><div class=\"headline\">{headline}</div>"
        f"{''.join(sections)}{tables}"
        f'<script type="application/json" id="report-data">{island}</script>'
        f"<script>{_SCRIPT}</script></body></html>\n"
    )

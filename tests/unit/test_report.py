"""``llmstream report``'s terminal tables and HTML page from a summary. Pure rendering."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console

from llmstream.report import parse_duration, print_summary
from llmstream.report_html import BREAKDOWN_TITLES, charts, render


def figures(requests: int, errors: dict[str, int], cost: float) -> dict[str, Any]:
    return {"requests": requests, "errors_by_status": errors,
            "latency_ms": {"p50": 10.0, "p95": 50.0, "p99": 90.0},
            "tokens": {"prompt": requests * 100, "completion": requests * 20},
            "cost_usd": cost, "cache_hit_rate": 0.25}


SUMMARY: dict[str, Any] = {
    **figures(30, {"provider_unavailable": 2}, 0.3),
    "by_model": {"sim-small": figures(20, {"provider_unavailable": 2}, 0.1),
                 "sim-claude": figures(10, {}, 0.2)},
    "by_prompt_version": {"": figures(30, {"provider_unavailable": 2}, 0.3)},
    "by_tenant": {"acme": figures(12, {}, 0.1), "</script><b>": figures(18, {}, 0.2)},
    "by_feature": {"chat": figures(30, {"provider_unavailable": 2}, 0.3)},
}


def test_terminal_report_has_a_table_per_breakdown() -> None:
    console = Console(record=True, width=120)
    print_summary(SUMMARY, console, "llmstream — all time", tuple(BREAKDOWN_TITLES))
    text = console.export_text()
    headers = [line.split("┃")[1].strip() for line in text.splitlines()
               if line.startswith("┃") and "requests" in line]
    assert headers == ["model", "prompt version", "tenant", "feature", "status"]
    assert "sim-claude" in text and "(none)" in text and "provider_unavailable" in text
    assert text.count("│ all ") == len(BREAKDOWN_TITLES)


def test_html_page_has_one_chart_per_figure_and_escapes_the_data() -> None:
    page = render(SUMMARY, "report <test>")
    drawn = charts(SUMMARY)
    assert len(drawn) == 1 + 4 * len(BREAKDOWN_TITLES)
    assert page.count('<svg class="chart"') == len(drawn)
    assert "<title>report &lt;test&gt;</title>" in page
    assert "</script><b>" not in page  # neither in the tables nor in the JSON island
    island = page.split('id="report-data">')[1].split("</script>")[0]
    decoded = json.loads(island)
    assert [c["uid"] for c in decoded["charts"]] == [c.uid for c in drawn]
    requests = next(c for c in drawn if c.uid == "by_model-requests")
    assert requests.values == [[18.0, 2.0], [10.0, 0.0]]  # ok / errors per model


def test_durations() -> None:
    assert parse_duration("90s") == 90 and parse_duration("2h") == 7200
    assert parse_duration("1.5d") == 1.5 * 86400

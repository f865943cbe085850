"""``llmstream report``'s terminal tables and HTML page from a summary. Pure rendering."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console

from llmstream.report import parse_duration, print_quality, print_summary
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


QUALITY: dict[str, list[dict[str, Any]]] = {
    "feedback": [{"prompt_name": "answer", "prompt_version": "2", "model": "sim-small",
                  "route": "default", "feedback": 5, "thumbs_up_rate": 2 / 3,
                  "thumbs_down_rate": 1 / 3, "regenerate_rate": 0.5,
                  "task_completion_rate": None}],
    "scores": [{"prompt_name": "", "prompt_version": "", "model": "sim-small",
                "evaluator": "<relevance>", "source": "online", "scores": 2,
                "avg_score": 0.8, "min_score": 0.7}],
}


def test_terminal_report_shows_feedback_rates_and_scores() -> None:
    console = Console(record=True, width=200)
    print_quality(QUALITY, console)
    text = console.export_text()
    assert "user feedback" in text and "evaluation scores" in text
    feedback_row = next(line for line in text.splitlines() if "answer" in line)
    assert [c.strip() for c in feedback_row.split("│")[1:-1]] == [
        "answer", "2", "sim-small", "default", "5", "66.7%", "33.3%", "50.0%", "-"]
    scores_row = next(line for line in text.splitlines() if "relevance" in line)
    assert [c.strip() for c in scores_row.split("│")[1:-1]] == [
        "(none)", "(none)", "sim-small", "<relevance>", "online", "2", "0.800", "0.700"]


def test_html_page_shows_quality_tables_escaped() -> None:
    page = render({**SUMMARY, "quality": QUALITY}, "report")
    assert "<h2>User feedback</h2>" in page and "<h2>Evaluation scores</h2>" in page
    assert "<td>66.7%</td>" in page and "&lt;relevance&gt;" in page
    assert "<relevance>" not in page
    assert "User feedback" not in render(SUMMARY, "report")  # no feedback, no table

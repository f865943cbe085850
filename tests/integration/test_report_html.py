"""``llmstream report --html``'s page, rendered by headless Chromium (Debian's package,
installed by ``make browser``): every chart drew every bar, and nothing is fetched."""

from __future__ import annotations

import random
import re
import shutil
import subprocess
import uuid
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest

from llmstream.connectors.clickhouse.embedded import EmbeddedStore
from llmstream.connectors.clickhouse.schema import (
    REQUESTS,
    TELEMETRY_COLUMN_NAMES,
    SchemaSettings,
    migrate,
)
from llmstream.connectors.clickhouse.summary import summary
from llmstream.connectors.clickhouse.telemetry_rows import telemetry_row
from llmstream.events import Telemetry, now_ms
from llmstream.report_html import charts, render

pytestmark = pytest.mark.integration

CHROMIUM = "/usr/bin/chromium"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync")


class ChartsInDom(HTMLParser):
    """Each ``svg.chart``'s attributes and the bars drawn inside it."""

    def __init__(self) -> None:
        super().__init__()
        self.charts: dict[str, dict[str, Any]] = {}
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        if tag == "svg" and found.get("class") == "chart":
            self._current = str(found["id"])
            self.charts[self._current] = {**found, "bars": 0}
        elif tag == "rect" and found.get("class") == "bar" and self._current is not None:
            self.charts[self._current]["bars"] += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "svg":
            self._current = None


def summary_of_generated_rows(tmp_path: Path) -> dict[str, Any]:
    rng = random.Random(4242)
    store = EmbeddedStore(str(tmp_path / "chdb"))
    try:
        settings = SchemaSettings(database=f"html_{uuid.uuid4().hex[:8]}")
        migrate(store, settings)
        now = now_ms()
        events = [Telemetry(
            event_id=uuid.uuid4().hex, kind="request", request_id=uuid.uuid4().hex,
            status=rng.choice(["ok"] * 9 + ["provider_unavailable"]), ts=now - n * 10,
            model=rng.choice(["sim-small", "sim-large"]), tenant=rng.choice(["acme", "<b>x"]),
            feature=rng.choice(["chat", "search", None]), prompt_version=rng.choice(["1", "2"]),
            latency_ms=rng.uniform(5, 500), prompt_tokens=rng.randint(1, 900),
            completion_tokens=rng.randint(0, 300), cost_usd=rng.uniform(0, 0.01),
            cache=rng.choice(["miss", "exact"])) for n in range(400)]
        rows = [telemetry_row(e, "t", 0, n)[1] for n, e in enumerate(events)]
        store.insert_rows(settings.table(REQUESTS), TELEMETRY_COLUMN_NAMES, rows)
        return summary(store, None, database=settings.database)
    finally:
        store.close()


def test_every_chart_of_the_html_report_draws_in_headless_chromium(tmp_path: Path) -> None:
    assert Path(CHROMIUM).exists(), "Chromium is missing: run `make browser`"
    data = summary_of_generated_rows(tmp_path)
    page = tmp_path / "report.html"
    page.write_text(render(data, "llmstream — test"), encoding="utf-8")
    text = page.read_text(encoding="utf-8")
    # Self-contained: no script, style, image or link fetched from anywhere.
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
    assert "<b>x" not in text.split('id="report-data"')[0]  # escaped in the markup

    profile = tmp_path / "chromium-profile"
    result = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--virtual-time-budget=10000",
         "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    dom = ChartsInDom()
    dom.feed(result.stdout)
    expected = {f"chart-{chart.uid}": chart.marks for chart in charts(data)}
    assert len(expected) == 1 + 4 * 4  # errors, then requests/latency/cost/tokens x 4
    assert set(dom.charts) == set(expected)
    for uid, marks in expected.items():
        drawn = dom.charts[uid]
        assert marks > 0
        assert drawn.get("data-drawn") == str(marks), f"{uid} did not draw: {drawn}"
        assert drawn["bars"] == marks, uid
    shutil.rmtree(profile, ignore_errors=True)

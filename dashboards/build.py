"""Build the Grafana dashboards and alert rules from ``panels.py`` with Grafana's own
builder library (grafana-foundation-sdk) and write them where Grafana's provisioning
reads them:

* ``dashboards/json/<name>.json``: one dashboard each (``provisioning/dashboards``);
* ``dashboards/provisioning/alerting/llmstream.yaml``: the alert rule group.

Run ``python -m llmstream.dashboards.build`` (``make dashboards``) after changing
``panels.py``; ``tests/unit/test_dashboards.py`` fails while the files are out of date.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import yaml
from grafana_foundation_sdk.builders import alerting, dashboard, expr, stat, table, timeseries
from grafana_foundation_sdk.cog import builder as cogbuilder
from grafana_foundation_sdk.cog import variants as cogvariants
from grafana_foundation_sdk.cog.encoder import JSONEncoder
from grafana_foundation_sdk.models import alerting as alerting_models
from grafana_foundation_sdk.models.dashboard import DataSourceRef, VariableHide, VariableRefresh

from llmstream.dashboards.panels import (
    ALERTS,
    DASHBOARDS,
    DATASOURCE_TYPE,
    DATASOURCE_UID,
    VARIABLE_SQL,
    Alert,
    Dashboard,
    Panel,
)

ROOT = Path(__file__).resolve().parent
JSON_DIR = ROOT / "json"
ALERTING_FILE = ROOT / "provisioning" / "alerting" / "llmstream.yaml"
FOLDER_UID = "llmstream"  # provisioning/dashboards/llmstream.yaml puts dashboards here
ALERT_GROUP = "llmstream"
FORMAT_TIME_SERIES, FORMAT_TABLE = 0, 1
DATASOURCE = DataSourceRef(type_val=DATASOURCE_TYPE, uid=DATASOURCE_UID)


class ClickHouseQuery(cogvariants.Dataquery):
    """A raw-SQL target of the grafana-clickhouse-datasource plugin (the SDK has no
    builder for this plugin; it takes any ``Dataquery``)."""

    def __init__(self, sql: str, time_series: bool, ref_id: str = "A") -> None:
        self.sql = sql
        self.time_series = time_series
        self.ref_id = ref_id

    def to_json(self) -> dict[str, object]:
        return {
            "datasource": {"type": DATASOURCE_TYPE, "uid": DATASOURCE_UID},
            "editorType": "sql",
            "format": FORMAT_TIME_SERIES if self.time_series else FORMAT_TABLE,
            "queryType": "timeseries" if self.time_series else "table",
            "rawSql": self.sql,
            "refId": self.ref_id,
        }


class ClickHouseQueryBuilder(cogbuilder.Builder[cogvariants.Dataquery]):
    def __init__(self, sql: str, time_series: bool, ref_id: str = "A") -> None:
        self._query = ClickHouseQuery(sql, time_series, ref_id)

    def build(self) -> cogvariants.Dataquery:
        return self._query


WIDTH = {"stat": 6, "timeseries": 12, "table": 12}
HEIGHT = {"stat": 4, "timeseries": 8, "table": 8}


def panel_builder(panel: Panel, panel_id: int) -> cogbuilder.Builder[Any]:
    built: Any
    if panel.kind == "stat":
        built = stat.Panel()
    elif panel.kind == "timeseries":
        built = timeseries.Panel().line_width(2).fill_opacity(10)
    elif panel.kind == "table":
        built = table.Panel()
    else:
        raise ValueError(f"panel {panel.uid}: unknown kind {panel.kind!r}")
    chained: cogbuilder.Builder[Any] = (
        built.id(panel_id).title(panel.title).description(panel.description or panel.title)
            .datasource(DATASOURCE).unit(panel.unit).span(WIDTH[panel.kind])
            .height(HEIGHT[panel.kind])
            .with_target(ClickHouseQueryBuilder(panel.sql, panel.kind == "timeseries")))
    return chained


def variable_builder(name: str) -> dashboard.QueryVariable:
    return (dashboard.QueryVariable(name).label(name).datasource(DATASOURCE)
            .query(VARIABLE_SQL[name]).multi(True).include_all(True)
            .refresh(VariableRefresh.ON_TIME_RANGE_CHANGED).hide(VariableHide.DONT_HIDE))


def dashboard_model(spec: Dashboard) -> dict[str, Any]:
    board = (dashboard.Dashboard(spec.title).uid(spec.uid).description(spec.description)
             .tags(["llmstream"]).timezone("utc").refresh("30s").readonly()
             .time("now-1h", "now"))
    for name in VARIABLE_SQL:
        board = board.with_variable(variable_builder(name))
    for number, panel in enumerate(spec.panels, start=1):
        board = board.with_panel(panel_builder(panel, number))
    encoded: dict[str, Any] = json.loads(json.dumps(board.build(), cls=JSONEncoder))
    for panel in encoded["panels"]:
        if panel.get("options") is None:
            panel["options"] = {}
    return encoded


def _threshold(alert: Alert) -> expr.TypeThreshold:
    condition = (expr.ExprTypeThresholdConditions().evaluator(
        expr.ExprTypeThresholdConditionsEvaluator().type("gt" if alert.above else "lt")
        .params([alert.threshold])))
    return expr.TypeThreshold().ref_id("C").expression("B").conditions([condition])


def rule_builder(alert: Alert) -> alerting.Rule:
    window = alerting_models.RelativeTimeRange(from_val=alert.window_s, to=0)
    source = (alerting.Query("A").datasource_uid(DATASOURCE_UID).relative_time_range(window)
              .model(ClickHouseQueryBuilder(alert.sql, time_series=False)))
    reduce = (alerting.Query("B").datasource_uid("__expr__")
              .model(expr.TypeReduce().ref_id("B").expression("A").reducer("last")))
    threshold = alerting.Query("C").datasource_uid("__expr__").model(_threshold(alert))
    return (alerting.Rule(alert.title).uid(alert.uid).condition("C")
            .queries([source, reduce, threshold]).for_val(alert.for_)
            .no_data_state("OK").exec_err_state("Error").labels(alert.labels)
            .annotations({"summary": alert.summary}).folder_uid(FOLDER_UID)
            .rule_group(ALERT_GROUP))


def alerting_document() -> dict[str, Any]:
    """The alert rules as a Grafana file-provisioning document."""
    group = (alerting.RuleGroup(ALERT_GROUP).folder_uid(FOLDER_UID).interval(60)
             .rules([rule_builder(alert) for alert in ALERTS]))
    encoded: dict[str, Any] = json.loads(json.dumps(group.build(), cls=JSONEncoder))
    rules = []
    for rule in encoded["rules"]:
        for key in ("folderUID", "ruleGroup", "orgID"):  # set by the group in this format
            rule.pop(key, None)
        rules.append(rule)
    return {"apiVersion": 1, "groups": [{
        "orgId": 1, "name": encoded["title"], "folder": "llmstream",
        "interval": "1m", "rules": rules}]}


def rendered() -> dict[Path, str]:
    """Every generated file and its text."""
    files = {JSON_DIR / f"{spec.uid.removeprefix('llmstream-')}.json":
             json.dumps(dashboard_model(spec), indent=2, sort_keys=True) + "\n"
             for spec in DASHBOARDS}
    header = "# Generated by dashboards/build.py from dashboards/panels.py: do not edit.\n"
    files[ALERTING_FILE] = header + yaml.safe_dump(alerting_document(), sort_keys=False)
    return files


def main() -> int:
    for path, text in rendered().items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        print(path.relative_to(ROOT.parent))
    return 0


if __name__ == "__main__":
    sys.exit(main())

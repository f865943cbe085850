"""docker-compose.yml, its config file and the Grafana provisioning agree with the code.

The real Compose CLI validates the file (built from source by scripts/compose-check.sh:
no Docker engine needed); the rest is plain YAML/JSON read against the code: CLI command
names, the config model, the provisioned datasource uid and the dashboard folders.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import urlsplit

import pytest
import yaml

from llmstream.cli import COMMANDS
from llmstream.config import load_config

ROOT = Path(__file__).resolve().parents[2]
COMPOSE_FILE = ROOT / "docker-compose.yml"
CHECK_SCRIPT = ROOT / "scripts" / "compose-check.sh"
CLICKHOUSE_PLUGIN = "grafana-clickhouse-datasource"


def _compose() -> dict[str, Any]:
    document = yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))
    assert isinstance(document, dict)
    return document


def _services() -> dict[str, dict[str, Any]]:
    services = _compose()["services"]
    assert isinstance(services, dict) and services
    return services


def _pipeline_services() -> dict[str, dict[str, Any]]:
    """Services that run the llmstream image (built from the Dockerfile)."""
    return {name: service for name, service in _services().items() if "build" in service}


def _bind_mounts(service: dict[str, Any]) -> dict[PurePosixPath, Path]:
    """Container path -> host path for the service's bind mounts (short syntax)."""
    mounts: dict[PurePosixPath, Path] = {}
    for volume in service.get("volumes", []):
        source, target, *_ = str(volume).split(":")
        if source.startswith((".", "/")):
            mounts[PurePosixPath(target)] = (ROOT / source).resolve()
    return mounts


def _host_path(mounts: dict[PurePosixPath, Path], container_path: str) -> Path | None:
    """Where a path inside the container lives on the host, through the bind mounts."""
    path = PurePosixPath(container_path)
    for target in sorted(mounts, key=lambda t: len(t.parts), reverse=True):
        if path == target or target in path.parents:
            return mounts[target].joinpath(*path.relative_to(target).parts)
    return None


def _provisioning(kind: str) -> list[dict[str, Any]]:
    """The provisioning documents of one kind (datasources, dashboards) mounted in Grafana."""
    mounts = _bind_mounts(_services()["grafana"])
    folder = _host_path(mounts, f"/etc/grafana/provisioning/{kind}")
    assert folder is not None, f"grafana does not mount /etc/grafana/provisioning/{kind}"
    files = sorted(folder.glob("*.y*ml"))
    assert files, f"no provisioning file in {folder}"
    return [yaml.safe_load(file.read_text(encoding="utf-8")) for file in files]


def _datasource_uids(node: Any) -> set[str]:
    """Every ClickHouse datasource uid a dashboard refers to (panels, targets, variables)."""
    found: set[str] = set()
    if isinstance(node, dict):
        if node.get("type") == CLICKHOUSE_PLUGIN and isinstance(node.get("uid"), str):
            found.add(node["uid"])
        for value in node.values():
            found |= _datasource_uids(value)
    elif isinstance(node, list):
        for item in node:
            found |= _datasource_uids(item)
    return found


@pytest.mark.timeout(1800)  # the first run builds the Compose plugin from source (~3 min)
def test_docker_compose_config_is_valid() -> None:
    cached = any((ROOT / ".llmstream" / "tools" / "docker-compose").glob("*/docker-compose"))
    assert shutil.which("go") is not None or cached, (
        "Go is needed to build the docker compose plugin (apt-get install golang-go)"
    )
    result = subprocess.run(
        ["bash", str(CHECK_SCRIPT)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1700,
        check=False,
    )
    assert result.returncode == 0, f"{result.stdout}\n{result.stderr}"
    assert "docker-compose.yml is valid" in result.stderr


def test_compose_config_file_matches_the_config_model_and_the_network() -> None:
    services = _services()
    mounted = {
        str(target): host
        for service in _pipeline_services().values()
        for target, host in _bind_mounts(service).items()
    }
    config_file = mounted["/etc/llmstream/llmstream.yaml"]
    config = load_config(config_file)

    # Every address the pipeline dials is a service of the compose network.
    hosts = {
        "kafka.bootstrap_servers": config.kafka.bootstrap_servers.split(",")[0].split(":")[0],
        "redis.url": urlsplit(config.redis.url).hostname,
        "clickhouse.url": urlsplit(config.clickhouse.url or "").hostname,
        "clickhouse.query_endpoint": urlsplit(config.clickhouse.query_endpoint).hostname,
    }
    hosts |= {
        f"providers.{name}.base_url": urlsplit(provider.base_url).hostname
        for name, provider in config.providers.items()
        if not provider.api_key_env
    }
    for key, host in hosts.items():
        assert host in services, f"{config_file}: {key} names {host!r}, not a compose service"
    # The simulator must listen beyond its own container.
    assert config.simulator.host == "0.0.0.0"


def test_every_pipeline_service_runs_an_existing_cli_command() -> None:
    pipeline = _pipeline_services()
    assert {"topics", "simulator", "sink", "worker", "evaluator"} <= set(pipeline)
    for name, service in pipeline.items():
        command = service.get("command")
        assert isinstance(command, list) and command, f"{name}: command must be a list"
        assert command[0] in COMMANDS, f"{name}: {command[0]!r} is not an llmstream command"
        config_path = command[command.index("--config") + 1]
        assert config_path in {str(t) for t in _bind_mounts(service)}, (
            f"{name}: --config {config_path} is not mounted"
        )


def test_scalable_worker_has_no_fixed_name_or_host_port() -> None:
    worker = _services()["worker"]
    assert "container_name" not in worker
    assert "ports" not in worker


def test_provisioned_dashboard_folders_hold_dashboards_on_the_provisioned_datasource() -> None:
    uids = {
        source["uid"]
        for document in _provisioning("datasources")
        for source in document["datasources"]
        if source["type"] == CLICKHOUSE_PLUGIN
    }
    assert uids == {"llmstream-clickhouse"}

    mounts = _bind_mounts(_services()["grafana"])
    providers = [p for document in _provisioning("dashboards") for p in document["providers"]]
    assert providers
    for provider in providers:
        container_path = provider["options"]["path"]
        folder = _host_path(mounts, container_path)
        assert folder is not None and folder.is_dir(), (
            f"dashboard provider {provider['name']!r}: {container_path} is not a mounted folder"
        )
        dashboards = {
            path.name: json.loads(path.read_text(encoding="utf-8"))
            for path in sorted(folder.glob("*.json"))
        }
        assert dashboards, f"{folder}: no dashboard JSON"
        used = {name: _datasource_uids(dashboard) for name, dashboard in dashboards.items()}
        assert any(used.values()), f"{folder}: no dashboard uses the ClickHouse datasource"
        for name, refs in used.items():
            assert refs <= uids, f"{name}: unknown datasource uid(s) {sorted(refs - uids)}"


def test_overview_dashboard_queries_the_requests_table() -> None:
    overview = json.loads((ROOT / "dashboards" / "json" / "overview.json").read_text("utf-8"))
    assert overview["uid"] == "llmstream-overview"
    queries = [
        target["rawSql"] for panel in overview["panels"] for target in panel.get("targets", [])
    ]
    assert queries
    for sql in queries:
        assert "FROM llmstream.requests" in sql
        assert "$__timeFilter(ts)" in sql
    panel_ids = [panel["id"] for panel in overview["panels"]]
    assert len(panel_ids) == len(set(panel_ids)), "panel ids must be unique"


def test_provisioned_alert_rules_query_the_provisioned_datasource_in_the_dashboard_folder() -> None:
    datasource_uids = {
        source["uid"] for document in _provisioning("datasources")
        for source in document["datasources"]
    }
    folders = {
        provider["folder"] for document in _provisioning("dashboards")
        for provider in document["providers"]
    }
    groups = [group for document in _provisioning("alerting") for group in document["groups"]]
    assert groups, "no alert rule group provisioned"
    titles = set()
    for group in groups:
        assert group["folder"] in folders
        for rule in group["rules"]:
            titles.add(rule["title"])
            queried = {query["datasourceUid"] for query in rule["data"]} - {"__expr__"}
            assert queried and queried <= datasource_uids, rule["title"]
            assert rule["condition"] in {query["refId"] for query in rule["data"]}
    assert len(titles) >= 4  # error rate, p95 latency, cost burn, cache hit rate drop

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from llmstream.config import load_config, parse_config
from llmstream.errors import ConfigError

REPO = Path(__file__).parents[2]


def shipped() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((REPO / "llmstream.yaml").read_text())
    return data


def test_shipped_configuration_is_valid() -> None:
    config = load_config(REPO / "llmstream.yaml")
    assert config.route(None) is not None


def test_unknown_key_is_named() -> None:
    data = shipped()
    data["routes"]["default"]["modle"] = "x"
    with pytest.raises(ConfigError, match=r"routes\.default\.modle: unknown key"):
        parse_config(data, "llmstream.yaml")


def test_dangling_reference_is_named() -> None:
    data = shipped()
    data["routes"]["default"]["model"] = "gpt-9"
    with pytest.raises(ConfigError, match=r"routes\.default\.model: unknown model 'gpt-9'"):
        parse_config(data)


def test_bad_value_is_named() -> None:
    data = shipped()
    data["topics"]["partitions"] = 0
    with pytest.raises(ConfigError, match=r"topics\.partitions"):
        parse_config(data)


def test_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="cannot read configuration"):
        load_config(tmp_path / "nope.yaml")


def test_invalid_yaml_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("routes: [unclosed")
    with pytest.raises(ConfigError, match="not valid YAML"):
        load_config(bad)


def test_unknown_fallback_model_is_named() -> None:
    data = shipped()
    data["routes"]["default"]["fallback"] = ["sim-claude", "gpt-9"]
    with pytest.raises(ConfigError, match=r"routes\.default\.fallback\.1: unknown model 'gpt-9'"):
        parse_config(data)


def test_unknown_downgrade_route_is_named() -> None:
    data = shipped()
    data["budgets"] = [
        {"scope": "tenant", "period": "day", "limit_usd": 5, "action": "downgrade",
         "downgrade_route": "nowhere"}
    ]
    with pytest.raises(ConfigError, match=r"budgets\.0\.downgrade_route: unknown route"):
        parse_config(data)


def test_downgrade_without_a_route_is_named() -> None:
    data = shipped()
    data["app_limits"] = [{"scope": "user", "rpm": 10, "action": "downgrade"}]
    with pytest.raises(ConfigError, match=r"app_limits\.0.*downgrade_route: required"):
        parse_config(data)


def test_model_limits_and_breaker_are_validated() -> None:
    data = shipped()
    data["models"]["sim-small"]["limits"] = {"rpm": 0}
    with pytest.raises(ConfigError, match=r"models\.sim-small\.limits\.rpm"):
        parse_config(data)
    data = shipped()
    data["breaker"] = {"failure_ratio": 1.5}
    with pytest.raises(ConfigError, match=r"breaker\.failure_ratio"):
        parse_config(data)


# --- evaluation (issue 8) ----------------------------------------------------------------


def _with_evaluation(evaluation: dict[str, Any]) -> dict[str, Any]:
    return {**BASE_FOR_EVALUATION, "evaluation": evaluation}


BASE_FOR_EVALUATION: dict[str, Any] = {
    "providers": {"p": {"kind": "openai", "base_url": "http://x"}},
    "models": {"m": {"provider": "p", "name": "n",
                     "price": {"input_per_mtok": 1, "output_per_mtok": 1}}},
    "routes": {"default": {"model": "m"}, "judge": {"model": "m"}},
}


def test_evaluation_section_names_evaluators_per_route_and_prompt() -> None:
    config = parse_config(_with_evaluation({
        "evaluators": {
            "exact": {"kind": "exact_match"},
            "similar": {"kind": "similarity", "floor": 0.3},
            "judge": {"kind": "judge", "prompt": "answer-judge", "route": "judge"},
            "short": {"kind": "length", "max_chars": 200},
        },
        "apply": [
            {"prompt": "capitals", "evaluators": ["exact", "similar", "judge"]},
            {"route": "default", "evaluators": ["short", "exact"]},
        ],
        "online": {"sample_rate": 0.1},
        "gate": {"margin": 0.05},
        "datasets": {"capitals": "tests/data/capitals.jsonl"},
    }))
    evaluation = config.evaluation
    assert evaluation.evaluators_for("default", "capitals") == ("exact", "similar", "judge",
                                                                "short")
    assert evaluation.evaluators_for("other", None) == ()
    assert evaluation.online.sample_rate == 0.1


@pytest.mark.parametrize(
    ("evaluation", "message"),
    [
        ({"evaluators": {"x": {"kind": "nope"}}}, "evaluation.evaluators.x"),
        ({"evaluators": {"x": {"kind": "length", "colour": 1}}},
         "evaluation.evaluators.x.length.colour: unknown key"),
        ({"apply": [{"route": "default", "evaluators": ["ghost"]}]}, "unknown evaluator 'ghost'"),
        ({"evaluators": {"e": {"kind": "exact_match"}},
          "apply": [{"route": "nowhere", "evaluators": ["e"]}]},
         "evaluation.apply.0.route: unknown route 'nowhere'"),
        ({"evaluators": {"e": {"kind": "exact_match"}}, "apply": [{"evaluators": ["e"]}]},
         "give a route, a prompt or both"),
        ({"evaluators": {"j": {"kind": "judge", "prompt": "p", "route": "nowhere"}}},
         "evaluation.evaluators.j.route: unknown route 'nowhere'"),
        ({"online": {"sample_rate": 1.5}}, "evaluation.online.sample_rate"),
        ({"gate": {"margins": 0.1}}, "evaluation.gate.margins: unknown key"),
    ],
)
def test_evaluation_errors_name_the_key(evaluation: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigError, match=re.escape(message)):
        parse_config(_with_evaluation(evaluation))

"""Prompt files and the pure parts of the ``prompts`` CLI."""

from __future__ import annotations

import json
from pathlib import Path

import click
import pytest

from llmstream.prompt_commands import (
    describe_targets,
    label_targets,
    list_lines,
    parse_weight,
    split_ref,
    stats_lines,
    version_document,
)
from llmstream.prompt_file import PromptFileError, load_prompt_file
from llmstream.prompt_registry import PromptRegistry

EXAMPLE = Path(__file__).parents[2] / "examples" / "support-answer.prompt.yaml"


def test_the_example_file_publishes() -> None:
    name, spec = load_prompt_file(EXAMPLE)
    assert name == "support-answer" and spec.variables == ("product", "question")
    assert spec.params.temperature == 0.2 and spec.params.max_tokens == 200
    assert spec.output_schema is not None and json.loads(spec.output_schema)["type"] == "object"
    state = PromptRegistry().publish(name, spec, 1)
    assert state.versions[-1].version == 1


def test_json_and_yaml_give_the_same_spec_and_variables_default_to_the_used_ones(
    tmp_path: Path,
) -> None:
    document = {"name": "p", "system": "About {{ topic }}.", "user": "{{ q }}",
                "output_schema": {"type": "object", "required": ["a"]}}
    (tmp_path / "p.json").write_text(json.dumps(document))
    (tmp_path / "p.yaml").write_text(
        "name: p\nsystem: About {{ topic }}.\nuser: '{{ q }}'\n"
        "output_schema: '{\"required\": [\"a\"], \"type\": \"object\"}'\n")
    from_json = load_prompt_file(tmp_path / "p.json")
    from_yaml = load_prompt_file(tmp_path / "p.yaml")
    assert from_json == from_yaml
    assert from_json[1].variables == ("q", "topic")


@pytest.mark.parametrize(
    ("text", "suffix", "words"),
    [
        ("name: p\nuser: hi\ncolour: red\n", ".yaml", "colour: unknown key"),
        ("user: hi\n", ".yaml", "name: required"),
        ("name: p\n", ".yaml", "user: required"),
        ("name: p\nuser: hi\nparams: {temperature: hot}\n", ".yaml", "params.temperature"),
        ("name: p\nuser: hi\nparams: {top_k: 3}\n", ".yaml", "params.top_k: unknown key"),
        ("name: p\nuser: hi\nvariables: q\n", ".yaml", "variables: expected a list"),
        ("name: p\nuser: hi\noutput_schema: '{nope'\n", ".yaml", "output_schema: not JSON"),
        ("name: p\nuser: 'hi {{ q'\n", ".yaml", "unclosed"),
        ("name: [p\n", ".yaml", "not valid YAML"),
        ('{"name": "p",', ".json", "not valid JSON"),
        ("- a\n- b\n", ".yaml", "top level must be a mapping"),
    ],
)
def test_bad_files_get_an_error_naming_the_file_and_key(
    tmp_path: Path, text: str, suffix: str, words: str
) -> None:
    path = tmp_path / f"bad{suffix}"
    path.write_text(text)
    with pytest.raises(PromptFileError) as caught:
        load_prompt_file(path)
    assert str(path) in caught.value.reason and words in caught.value.reason


def test_a_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(PromptFileError, match="cannot read"):
        load_prompt_file(tmp_path / "absent.yaml")


def test_weights_versions_and_refs() -> None:
    assert parse_weight("2=50") == (2, 50.0) and parse_weight("v1=12.5") == (1, 12.5)
    for bad in ("2", "a=1", "2=-1", "=5"):
        with pytest.raises(click.BadParameter):
            parse_weight(bad)
    assert label_targets(3, []) == [(3, 1.0)]
    assert label_targets(None, [(1, 50.0), (2, 50.0)]) == [(1, 50.0), (2, 50.0)]
    assert label_targets(2, [(1, 50.0), (2, 50.0)]) == [(1, 50.0), (2, 50.0)]
    with pytest.raises(click.UsageError):
        label_targets(None, [])
    with pytest.raises(click.UsageError):
        label_targets(3, [(1, 50.0), (2, 50.0)])
    assert split_ref("support@2") == ("support", 2) and split_ref("support@v3") == ("support", 3)
    assert split_ref("support") == ("support", None)


def test_list_and_show_output() -> None:
    registry = PromptRegistry()
    name, spec = load_prompt_file(EXAMPLE)
    registry.publish(name, spec, 1)
    registry.publish(name, type(spec)(user="Q: {{ question }}", variables=("question",)), 2)
    state = registry.label(name, "production", [(1, 1.0), (2, 3.0)], 3)
    label = state.get_label("production")
    assert label is not None and describe_targets(label) == "v1 25% / v2 75%"
    lines = list_lines(registry)
    assert lines[1].split() == ["support-answer", "2", "production=v1", "25%", "/", "v2", "75%"]
    document = version_document(state, state.versions[0])
    assert document["version"] == 1 and document["labels"] == ["production"]
    assert document["output_schema"]["required"] == ["answer", "needs_human"]


def test_stats_table() -> None:
    lines = stats_lines([
        {"prompt_name": "support", "prompt_version": "2", "requests": 10, "errors": 1,
         "p95_latency_ms": 123.4, "prompt_tokens": 500, "completion_tokens": 60,
         "total_cost_usd": 0.00123, "cost_per_request_usd": 0.000123},
    ])
    assert lines[0].split()[:3] == ["PROMPT", "VERSION", "REQUESTS"]
    assert lines[1].split() == ["support", "2", "10", "1", "123", "500", "60", "0.0012",
                                "0.000123"]

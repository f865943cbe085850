"""Every schema change is checked against the previous version, both ways."""

from __future__ import annotations

import io
import itertools
import json
from pathlib import Path

import fastavro
import pytest

from llmstream.connectors.avro import SCHEMA_FILES, load_schema_json
from llmstream.schema_compat import can_read

HISTORY = Path(__file__).parents[2] / "schemas" / "history"


def history(name: str) -> list[dict[str, object]]:
    files = sorted(HISTORY.joinpath(name).glob("v*.avsc"), key=lambda f: int(f.stem[1:]))
    return [json.loads(file.read_text()) for file in files]


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_current_schema_is_recorded_in_history(name: str) -> None:
    """A changed schema must be added as a new history version, so it gets checked."""
    assert history(name), f"schemas/history/{name}/ has no versions"
    assert load_schema_json(name) == history(name)[-1], (
        f"schemas/{SCHEMA_FILES[name]} differs from its latest history version: copy it to "
        f"schemas/history/{name}/v{len(history(name)) + 1}.avsc"
    )


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_each_version_is_backward_and_forward_compatible(name: str) -> None:
    versions = history(name)
    for old, new in itertools.pairwise(versions):
        assert can_read(new, old) == [], "backward: new readers must read old data"
        assert can_read(old, new) == [], "forward: old readers must read new data"


@pytest.mark.parametrize("name", sorted(SCHEMA_FILES))
def test_data_round_trips_across_versions(name: str) -> None:
    """fastavro's own resolution agrees: old data decodes with the newest schema."""
    versions = history(name)
    newest = fastavro.parse_schema(versions[-1])
    for version in versions:
        writer = fastavro.parse_schema(version)
        for record in _samples(version):
            buffer = io.BytesIO()
            fastavro.schemaless_writer(buffer, writer, record)
            buffer.seek(0)
            assert isinstance(fastavro.schemaless_reader(buffer, writer, newest), dict)


def _samples(schema: dict[str, object]) -> list[dict[str, object]]:
    from fastavro.utils import generate_many

    return list(generate_many(schema, 20))


ADDED_OPTIONAL = {"type": "record", "name": "R", "fields": [
    {"name": "a", "type": "string"},
    {"name": "b", "type": ["null", "string"], "default": None}]}
BASE = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"}]}
ADDED_REQUIRED = {"type": "record", "name": "R", "fields": [
    {"name": "a", "type": "string"}, {"name": "b", "type": "int"}]}
CHANGED_TYPE = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "int"}]}


def test_adding_an_optional_field_is_compatible_both_ways() -> None:
    assert can_read(ADDED_OPTIONAL, BASE) == []
    assert can_read(BASE, ADDED_OPTIONAL) == []


def test_adding_a_required_field_breaks_backward_compatibility() -> None:
    assert can_read(ADDED_REQUIRED, BASE) == ["b: missing in the writer and has no default"]
    assert can_read(BASE, ADDED_REQUIRED) == []


def test_changing_a_type_is_caught() -> None:
    assert can_read(CHANGED_TYPE, BASE) == ["a: writer type string cannot be read as int"]


def test_int_promotes_to_long_but_not_back() -> None:
    as_long = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "long"}]}
    assert can_read(as_long, CHANGED_TYPE) == []
    assert can_read(CHANGED_TYPE, as_long) != []

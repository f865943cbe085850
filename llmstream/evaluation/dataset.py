"""Datasets: JSONL files of inputs with optional reference answers, registered by name.

One item a line::

    {"id": "q-001", "variables": {"question": "..."}, "reference": "..."}

``id`` is optional (default: the line number), ``variables`` fill the prompt under test,
``reference`` is the answer the similarity, exact-match and judge evaluators compare with.
Blank lines are skipped; any other bad line is an error naming the file and line.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from llmstream.errors import LLMStreamError

ITEM_KEYS = frozenset({"id", "variables", "reference"})


class DatasetError(LLMStreamError):
    """A dataset that cannot be read; the message names the file and line."""

    code = "invalid_dataset"


@dataclass(frozen=True, slots=True)
class DatasetItem:
    item_id: str
    variables: dict[str, str] = field(default_factory=dict)
    reference: str | None = None

    @property
    def input_text(self) -> str:
        """The input as the judge sees it: the variables, one ``name: value`` a line."""
        return "\n".join(f"{name}: {value}" for name, value in self.variables.items())


def parse_dataset(text: str, source: str = "<dataset>") -> list[DatasetItem]:
    items: list[DatasetItem] = []
    seen: set[str] = set()
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        try:
            document = json.loads(line)
        except ValueError as error:
            raise DatasetError(f"{where}: not JSON ({error})") from None
        if not isinstance(document, Mapping):
            raise DatasetError(f"{where}: an item must be a JSON object")
        unknown = set(document) - ITEM_KEYS
        if unknown:
            raise DatasetError(f"{where}: unknown keys: {', '.join(sorted(unknown))}")
        item_id = document.get("id", str(number))
        if not isinstance(item_id, str) or not item_id:
            raise DatasetError(f"{where}: id: expected a non-empty string")
        if item_id in seen:
            raise DatasetError(f"{where}: id {item_id!r} repeats an earlier item")
        seen.add(item_id)
        variables = document.get("variables") or {}
        if not isinstance(variables, Mapping) or not all(
            isinstance(k, str) and isinstance(v, str) for k, v in variables.items()
        ):
            raise DatasetError(f"{where}: variables: expected an object of strings")
        reference = document.get("reference")
        if reference is not None and not isinstance(reference, str):
            raise DatasetError(f"{where}: reference: expected a string")
        items.append(DatasetItem(item_id, dict(variables), reference))
    if not items:
        raise DatasetError(f"{source}: no items")
    return items


def load_dataset(path: Path) -> list[DatasetItem]:
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as error:
        raise DatasetError(f"{path}: cannot read ({error.strerror})") from None
    return parse_dataset(text, str(path))

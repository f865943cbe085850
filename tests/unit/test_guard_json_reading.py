from __future__ import annotations

import json

import pytest

from llmstream.guard.json_reading import string_values


def test_a_json_document_is_read_as_its_string_values_a_paragraph_each() -> None:
    payload = json.dumps({"ticket": 4812, "note": "Der Drucker ist kaputt.",
                          "tags": ["urgent", {"by": "张伟"}], "done": False, "empty": " "})
    assert string_values(payload) == "Der Drucker ist kaputt.\n\nurgent\n\n张伟"
    assert string_values(f"  [{json.dumps('one')}, 2, {json.dumps('two')}]\n") == "one\n\ntwo"


@pytest.mark.parametrize("text", [
    "Just a sentence.",
    '{"truncated": "a payload cut off',
    "{not json at all}",
    '{"count": 3, "ok": true}',  # no string values
    "[1, 2, 3]",
    '"a JSON string, not a document"',
])
def test_anything_but_a_json_document_with_strings_is_not_read_as_one(text: str) -> None:
    assert string_values(text) is None

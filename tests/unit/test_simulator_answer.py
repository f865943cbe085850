"""The simulated model's answer: deterministic, bounded, with the documented token counts."""

from __future__ import annotations

import json
import math

from llmstream.connectors.simulator.answer import answer
from llmstream.connectors.simulator.request import SimMessage, SimRequest, SimTool
from llmstream.connectors.simulator.tokens import prompt_tokens, text_tokens

MESSAGES = (SimMessage("system", "You are terse."), SimMessage("user", "Say something."))


def reply(request: SimRequest) -> tuple[str, str, int, int]:
    result = answer(request, "call_x")
    return result.text, result.finish, result.prompt_tokens, result.completion_tokens


def test_token_formula() -> None:
    assert text_tokens("") == 0
    assert text_tokens("abcd") == 1
    assert text_tokens("abcde") == 2
    assert prompt_tokens(["You are terse.", "Say something."]) == (4 + 4) + (4 + 4)


def test_usage_follows_the_formula() -> None:
    text, _, prompt, completion = reply(SimRequest("m", MESSAGES))
    expected_prompt = sum(math.ceil(len(m.text) / 4) + 4 for m in MESSAGES)
    assert prompt == expected_prompt
    assert completion == math.ceil(len(text) / 4)


def test_same_request_same_answer_other_request_other_answer() -> None:
    first = reply(SimRequest("m", MESSAGES, temperature=0))
    assert reply(SimRequest("m", MESSAGES, temperature=0)) == first
    assert reply(SimRequest("other", MESSAGES, temperature=0)) != first
    assert reply(SimRequest("m", MESSAGES, temperature=0.5)) != first


def test_protocol_is_not_part_of_the_identity() -> None:
    openai = SimRequest("m", MESSAGES, protocol="openai")
    anthropic = SimRequest("m", MESSAGES, protocol="anthropic")
    assert openai.digest() == anthropic.digest()


def test_max_tokens_cuts_the_text() -> None:
    full, _, _, _ = reply(SimRequest("m", MESSAGES))
    for limit in (1, 3, 7):
        text, finish, _, completion = reply(SimRequest("m", MESSAGES, max_tokens=limit))
        assert (text, finish, completion) == (full[: limit * 4], "length", limit)
    text, finish, _, _ = reply(SimRequest("m", MESSAGES, max_tokens=10_000))
    assert (text, finish) == (full, "stop")


def test_unbounded_text_stops_naturally() -> None:
    text, finish, _, _ = reply(SimRequest("m", MESSAGES))
    assert finish == "stop" and text.endswith(".")


def test_stop_sequence_cuts_the_text() -> None:
    full, _, _, _ = reply(SimRequest("m", MESSAGES))
    word = full.split()[3]
    request = SimRequest("m", MESSAGES, stop=(word,))
    result = answer(request, "call_x")
    assert word not in result.text
    # The cut text is a prefix of what the same request says without the stop sequence.
    assert full.startswith(result.text)
    assert result.finish == "stop" and result.stop_sequence == word


def test_json_mode_answers_a_json_object() -> None:
    text, finish, _, _ = reply(SimRequest("m", MESSAGES, json_mode=True))
    assert isinstance(json.loads(text), dict) and finish == "stop"


def test_json_schema_mode_answers_matching_json() -> None:
    schema = {
        "type": "object",
        "properties": {"label": {"enum": ["a", "b"]}, "n": {"type": "integer"}},
        "required": ["label", "n"],
    }
    text, _, _, _ = reply(SimRequest("m", MESSAGES, json_schema=schema))
    value = json.loads(text)
    assert value["label"] in ("a", "b") and isinstance(value["n"], int)


def test_scripted_reply() -> None:
    messages = (SimMessage("user", "Please [[sim-reply:Call 555-0100 or see https://x.test]]"),)
    text, _, _, completion = reply(SimRequest("m", messages))
    assert text == "Call 555-0100 or see https://x.test"
    assert completion == math.ceil(len(text) / 4)


TOOLS = (
    SimTool(
        "weather",
        {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]},
    ),
    SimTool(
        "time", {"type": "object", "properties": {"zone": {"type": "string"}}, "required": ["zone"]}
    ),
)


def test_tool_call_when_tools_are_offered() -> None:
    request = SimRequest("m", MESSAGES, tools=TOOLS, tool_choice="auto")
    result = answer(request, "call_1")
    assert result.finish == "tool_calls" and result.text == ""
    (call,) = result.tool_calls
    assert call.id == "call_1" and call.name in ("weather", "time")
    assert result.completion_tokens == math.ceil(len(call.name + call.arguments_json()) / 4)


def test_named_tool_choice_is_obeyed() -> None:
    request = SimRequest("m", MESSAGES, tools=TOOLS, tool_choice="time")
    (call,) = answer(request, "c").tool_calls
    assert call.name == "time" and isinstance(call.arguments["zone"], str)


def test_after_a_tool_result_the_model_answers_in_words() -> None:
    messages = (*MESSAGES, SimMessage("tool", "sunny", is_tool_result=True))
    request = SimRequest("m", messages, tools=TOOLS, tool_choice="auto")
    result = answer(request, "c")
    assert result.tool_calls == () and result.text and result.finish == "stop"


def test_tool_choice_none_answers_in_words() -> None:
    request = SimRequest("m", MESSAGES, tools=TOOLS, tool_choice="none")
    assert answer(request, "c").tool_calls == ()

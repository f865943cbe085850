"""What the simulated model answers: a pure function of the request.

The answer is seeded by the request's content digest, so the same request always gets the
same content, tool calls, finish reason and usage; ``max_tokens`` and stop sequences only
cut it short.
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from .answer_book import DegradeRuleLike, judge_verdict, recorded_answer
from .prose import sentence_text
from .request import SimRequest, SimTool
from .schema_values import value_for_schema
from .tokens import CHARS_PER_TOKEN, prompt_tokens, text_tokens

# A test can script the reply: "[[sim-reply: any text]]" in the last user message.
SCRIPTED_REPLY = re.compile(r"\[\[sim-reply:\s?(.*?)\]\]", re.DOTALL)

Finish = Literal["stop", "length", "tool_calls"]


@dataclass(frozen=True, slots=True)
class SimToolCall:
    id: str
    name: str
    arguments: dict[str, Any]

    def arguments_json(self) -> str:
        return json.dumps(self.arguments, separators=(",", ":"), ensure_ascii=False)


@dataclass(frozen=True, slots=True)
class SimAnswer:
    text: str
    finish: Finish
    prompt_tokens: int
    completion_tokens: int
    tool_calls: tuple[SimToolCall, ...] = ()
    stop_sequence: str | None = None  # the stop sequence that ended the text, if one did


def _chosen_tool(request: SimRequest, rng: random.Random) -> SimTool | None:
    """Named or required: that tool (or one of them). Auto: a tool, unless the last message
    is a tool's result, which a model answers in words."""
    if not request.tools or request.tool_choice == "none":
        return None
    for tool in request.tools:
        if tool.name == request.tool_choice:
            return tool
    if request.tool_choice == "auto" and request.messages and request.messages[-1].is_tool_result:
        return None
    return rng.choice(request.tools)


def _free_text(
    request: SimRequest,
    rng: random.Random,
    book: Mapping[str, str],
    degrade: Sequence[DegradeRuleLike],
) -> str:
    verdict = judge_verdict(request)
    if verdict is not None:
        return json.dumps(verdict, ensure_ascii=False)
    if request.json_schema is not None:
        return json.dumps(value_for_schema(request.json_schema, rng), ensure_ascii=False)
    if request.json_mode:
        return json.dumps(value_for_schema({"type": "object"}, rng), ensure_ascii=False)
    if book:
        recorded = recorded_answer(book, degrade, request, rng)
        if recorded is not None:
            return recorded
    users = [m for m in request.messages if m.role == "user"]
    scripted = SCRIPTED_REPLY.search(users[-1].text) if users else None
    if scripted is not None:
        return scripted.group(1)
    return sentence_text(rng)


def _bounded(text: str, request: SimRequest) -> tuple[str, Finish, str | None]:
    """Cut at the first stop sequence, or at ``max_tokens``, whichever comes first."""
    limit = request.max_tokens * CHARS_PER_TOKEN if request.max_tokens is not None else None
    hits = [(text.find(stop), stop) for stop in request.stop if stop and stop in text]
    if hits:
        index, stop = min(hits)
        if limit is None or index <= limit:
            return text[:index], "stop", stop
    if limit is not None and len(text) > limit:
        return text[:limit], "length", None
    return text, "stop", None


def answer(
    request: SimRequest,
    tool_call_id: str,
    book: Mapping[str, str] | None = None,
    degrade: Sequence[DegradeRuleLike] = (),
) -> SimAnswer:
    """The deterministic answer to ``request``; ``tool_call_id`` names a tool call;
    ``book`` and ``degrade`` are the evaluation test doubles of answer_book.py."""
    rng = random.Random(request.content_digest())
    prompt = prompt_tokens(message.text for message in request.messages)
    tool = _chosen_tool(request, rng)
    if tool is not None:
        call = SimToolCall(
            id=tool_call_id, name=tool.name, arguments=value_for_schema(tool.schema, rng)
        )
        return SimAnswer(
            text="",
            finish="tool_calls",
            prompt_tokens=prompt,
            completion_tokens=text_tokens(call.name + call.arguments_json()),
            tool_calls=(call,),
        )
    text, finish, stop = _bounded(_free_text(request, rng, book or {}, degrade), request)
    return SimAnswer(
        text=text,
        finish=finish,
        prompt_tokens=prompt,
        completion_tokens=text_tokens(text),
        stop_sequence=stop,
    )

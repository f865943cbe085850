"""The simulator's token counts: a documented estimate tests can compute exactly.

    prompt_tokens     = sum over messages (the system prompt counts as one) of
                        ceil(len(text) / 4) + 4
    completion_tokens = ceil(len(answer) / 4)

``len`` counts Unicode code points. A message's text is its string content, or its text
parts/blocks concatenated with nothing between them (tool results count by their text,
tool calls by name followed by their JSON arguments). The answer is the content text, or
for tool calls each tool's name followed by its compact JSON arguments, concatenated.
"""

from __future__ import annotations

import math
from collections.abc import Iterable

CHARS_PER_TOKEN = 4
MESSAGE_OVERHEAD_TOKENS = 4


def text_tokens(text: str) -> int:
    return math.ceil(len(text) / CHARS_PER_TOKEN)


def prompt_tokens(message_texts: Iterable[str]) -> int:
    return sum(text_tokens(text) + MESSAGE_OVERHEAD_TOKENS for text in message_texts)

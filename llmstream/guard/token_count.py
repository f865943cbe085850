"""Input length in tokens of the target model family. Pure (the encodings are data).

OpenAI families count exactly with their BPE encodings (``o200k_base``, ``cl100k_base``),
which the ``bpe-openai`` package ships: nothing is downloaded. Families without a public
tokenizer (Anthropic's) get an estimate from the UTF-8 size, which also holds for
scripts where one character is one token or more (CJK). A text of at most N UTF-8 bytes
has at most N tokens under any byte-level BPE, so short inputs are never encoded.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from typing import Any

from llmstream.config import Config, RouteConfig
from llmstream.errors import RequestRejected, Status
from llmstream.events import Message

ESTIMATE_BYTES_PER_TOKEN = 3.5


@functools.lru_cache(maxsize=4)
def encoding(name: str) -> Any:
    import bpe_openai  # imported on first use: loading an encoding takes 0.7-0.8 s

    return bpe_openai.get_encoding(name)


def tokenizer_for(config: Config, route: RouteConfig) -> str:
    model = config.models[route.model]
    if model.tokenizer is not None:
        return model.tokenizer
    return "o200k_base" if config.providers[model.provider].kind == "openai" else "estimate"


def count_tokens(text: str, tokenizer: str) -> int:
    if tokenizer == "estimate":
        return math.ceil(len(text.encode("utf-8")) / ESTIMATE_BYTES_PER_TOKEN)
    return len(encoding(tokenizer).encode_ordinary(text))


def token_bound(
    messages: Sequence[Message], route_name: str, route: RouteConfig, tokenizer: str
) -> RequestRejected | None:
    """A ``too_large`` rejection when the messages exceed the route's token bound."""
    limit = route.max_input_tokens
    if sum(len(m.content.encode("utf-8")) for m in messages) <= limit:
        return None
    tokens = sum(count_tokens(m.content, tokenizer) for m in messages)
    if tokens <= limit:
        return None
    return RequestRejected(
        Status.TOO_LARGE,
        f"input is {tokens} tokens ({tokenizer}); route {route_name!r} allows {limit}",
    )

"""Token bounds with the target model family's tokenizer."""

from __future__ import annotations

from pathlib import Path

from llmstream.config import RouteConfig, load_config
from llmstream.events import Message
from llmstream.guard.token_count import count_tokens, token_bound, tokenizer_for

CONFIG = load_config(Path(__file__).parents[2] / "llmstream.yaml")


def test_openai_families_count_exactly_with_their_encoding() -> None:
    # The encoding's own documented example: "tiktoken is great!" is 6 cl100k tokens.
    assert count_tokens("tiktoken is great!", "cl100k_base") == 6
    assert count_tokens("Hello world", "o200k_base") == 2
    assert count_tokens("Hello world", "estimate") == 4  # 11 bytes / 3.5


def test_the_tokenizer_follows_the_routes_model() -> None:
    assert tokenizer_for(CONFIG, CONFIG.routes["default"]) == "o200k_base"  # openai provider
    assert tokenizer_for(CONFIG, CONFIG.routes["claude"]) == "estimate"  # anthropic


def test_a_bound_in_tokens_catches_what_a_bound_in_characters_lets_through() -> None:
    route = RouteConfig(model="sim-small", max_input_chars=1000, max_input_tokens=100)
    # 240 characters, well within the character bound
    cjk = [Message("user", "数据流处理管道中的每个阶段都需要可靠的错误处理。" * 10)]
    rejection = token_bound(cjk, "default", route, "o200k_base")
    assert rejection is not None and rejection.status == "too_large"
    assert "(o200k_base); route 'default' allows 100" in rejection.reason
    english = [Message("user", "Kafka partitions order records by key. " * 10)]  # 390 chars
    assert token_bound(english, "default", route, "o200k_base") is None
    assert token_bound([Message("user", "short")], "default", route, "o200k_base") is None

"""Cost of a call from its token usage and the model's price. Pure."""

from __future__ import annotations

from llmstream.config import PriceConfig

PER_MILLION = 1_000_000


def cost_usd(prompt_tokens: int, completion_tokens: int, price: PriceConfig) -> float:
    return (
        prompt_tokens * price.input_per_mtok + completion_tokens * price.output_per_mtok
    ) / PER_MILLION

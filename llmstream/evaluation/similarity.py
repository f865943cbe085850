"""Embedding similarity of an answer to its reference answer."""

from __future__ import annotations

import numpy as np

from llmstream.config import SimilarityEvaluatorConfig
from llmstream.embedding import Embedder
from llmstream.evaluation.scores import Answered, Score


def rescaled(cosine: float, floor: float) -> float:
    """``cosine`` mapped so that ``floor`` and below give 0 and 1 gives 1."""
    return float(min(1.0, max(0.0, (cosine - floor) / (1.0 - floor))))


def evaluate_similarity(
    name: str, check: SimilarityEvaluatorConfig, item: Answered, embedder: Embedder
) -> Score:
    if item.reference is None:
        return Score(name, "similarity", 0.0, "no reference answer")
    if not item.answer.strip():
        return Score(name, "similarity", 0.0, "empty answer")
    cosine = float(np.dot(embedder.embed(item.answer), embedder.embed(item.reference)))
    return Score(name, "similarity", rescaled(cosine, check.floor),
                 f"cosine {cosine:.3f} to the reference ({embedder.name})")

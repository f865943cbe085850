"""Sentence embeddings for the semantic cache, computed in-process from shipped weights.

The model is WordLlama ``l2_supercat`` at 256 dimensions: static token embeddings (taken
from large LLMs' input embeddings and trained for sentence similarity), average-pooled and
L2-normalised. Its weights (16 MB) and tokenizer ship *inside* the ``wordllama`` wheel on
PyPI, so nothing is downloaded at run time; we read the two files directly because the
package's own loader looks for the tokenizer in the wrong folder and then tries the
network. One embedding costs about 0.1 ms on one core. Why this model and not another:
docs/CACHE.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Protocol

import numpy as np
import numpy.typing as npt

Vector = npt.NDArray[np.float32]

WORDLLAMA_256 = "wordllama-l2-supercat-256"


class Embedder(Protocol):
    name: str
    dimensions: int

    def embed(self, text: str) -> Vector:
        """A unit-length float32 vector for ``text``."""
        ...


class WordLlamaEmbedder:
    """WordLlama l2_supercat (256 dimensions), loaded from the installed package."""

    name = WORDLLAMA_256
    dimensions = 256

    def __init__(self) -> None:
        import wordllama
        from safetensors import safe_open
        from tokenizers import Tokenizer
        from wordllama.inference import WordLlamaInference

        root = Path(wordllama.__file__).parent
        tokenizer = Tokenizer.from_file(
            str(root / "tokenizers" / "l2_supercat_tokenizer_config.json")
        )
        with safe_open(
            str(root / "weights" / "l2_supercat_256.safetensors"), framework="np", device="cpu"
        ) as weights:
            table = weights.get_tensor("embedding.weight")
        self._model = WordLlamaInference(table, tokenizer)

    def embed(self, text: str) -> Vector:
        vector = np.asarray(self._model.embed([text], norm=True)[0], dtype=np.float32)
        return vector


def build_embedder(name: str) -> Embedder:
    if name == WORDLLAMA_256:
        return WordLlamaEmbedder()
    raise ValueError(f"unknown embedding model {name!r} (known: [{WORDLLAMA_256!r}])")

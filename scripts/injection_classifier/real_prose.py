"""Human-written benign text for training: the documentation of Python's standard library.

Two sources, both shipped with every CPython (nothing is downloaded): the language and
library reference topics of ``pydoc_data.topics`` (the text ``help()`` shows) and the
docstrings of the standard library's public modules, classes and functions. Technical
writing by many authors, in which "ignore", "override", "instructions", "rules",
"system", "prompt", "send", "reveal" and "mode" are everyday words: the classifier must
learn that they are not an attack by themselves.

Each passage keeps the name of the document it came from, so training and validation can
be split by document rather than by line (train.py). The same Python gives the same text;
another Python version gives slightly different passages.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
import sys
import warnings
from types import ModuleType

# Modules that act when imported (open a browser, print, start a GUI) or only repeat others.
_SKIPPED = {"antigravity", "this", "idlelib", "turtledemo", "tkinter", "turtle", "ensurepip",
            "lib2to3", "pydoc_data", "test", "xxlimited", "xxlimited_35", "xxsubtype"}
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"'(])")
MIN_CHARS = 25
MAX_CHARS = 900


def _passages(text: str) -> list[str]:
    """Prose paragraphs of ``text`` (code, tables and grammar left out), each cut to at
    most MAX_CHARS at a sentence end, and its single sentences too."""
    found: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = block.splitlines()
        if not lines or any(line.startswith(("   ", "\t", ">>>", "*", "=", "+", "|"))
                            for line in lines):
            continue
        paragraph = " ".join(" ".join(lines).split())
        letters = sum(ch.isalpha() for ch in paragraph)
        if len(paragraph) < MIN_CHARS or letters < 0.6 * len(paragraph):
            continue
        sentences = _SENTENCE_END.split(paragraph)
        piece = ""
        for sentence in sentences:
            if piece and len(piece) + len(sentence) > MAX_CHARS:
                found.append(piece)
                piece = ""
            piece = f"{piece} {sentence}".strip()
        if piece:
            found.append(piece)
        if len(sentences) > 1:
            found += [s for s in sentences if MIN_CHARS <= len(s) <= MAX_CHARS]
    return found


def reference_topics() -> list[tuple[str, str]]:
    """(document, passage) for every topic of the language and library reference."""
    from pydoc_data.topics import topics
    return [(f"topic:{name}", passage) for name in sorted(topics)
            for passage in _passages(topics[name])]


def _public_module(name: str) -> ModuleType | None:
    if any(part.startswith("_") or part in _SKIPPED for part in name.split(".")):
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return importlib.import_module(name)
    except Exception:  # a module that fails to import on this platform is skipped
        return None


def _docstrings(module: ModuleType) -> list[str]:
    docs = [inspect.getdoc(module) or ""]
    for name, member in sorted(vars(module).items()):
        home = getattr(member, "__module__", module.__name__)
        if name.startswith("_") or home != module.__name__:
            continue
        if inspect.isclass(member):
            docs.append(inspect.getdoc(member) or "")
            docs += [inspect.getdoc(method) or "" for method_name, method in
                     sorted(vars(member).items()) if not method_name.startswith("_")
                     and callable(method)]
        elif callable(member):
            docs.append(inspect.getdoc(member) or "")
    return [doc for doc in docs if doc]


def library_docstrings() -> list[tuple[str, str]]:
    """(document, passage) for the docstrings of each public standard-library module."""
    names = set()
    for name in sys.stdlib_module_names:
        module = _public_module(name)
        if module is not None:
            names.add(name)
            # One level of submodules: email.mime, xml.etree, concurrent.futures...
            names.update(f"{name}.{info.name}" for info in
                         pkgutil.iter_modules(getattr(module, "__path__", [])))
    found: list[tuple[str, str]] = []
    for name in sorted(names):
        module = _public_module(name)
        if module is None:
            continue
        seen: set[str] = set()
        for doc in _docstrings(module):
            for passage in _passages(doc):
                if passage not in seen:
                    seen.add(passage)
                    found.append((f"module:{name}", passage))
    return found

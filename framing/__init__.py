"""framing: compare how actors and outlets frame the same event.

The library API, usable without the CLI::

    from framing import load_corpus, load_registry, load_lexicon, compile_lexicon, analyse, compare, render
    lexicon = load_lexicon("unrest")
    scored = analyse(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
                     compile_lexicon(lexicon))
    print(render(compare(scored, lexicon.frame_ids, lexicons=[lexicon]), "github"))

Names are imported lazily on first use, so ``import framing`` (and the CLI's
``--help``) does not pay for nltk or scikit-learn.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

# public name -> module that defines it
_EXPORTS = {
    "load_corpus": "framing.corpus",
    "load_corpora": "framing.corpus",
    "corpus_registry_path": "framing.corpus",
    "extract_statements": "framing.extract",
    "load_lexicon": "framing.lexicon",
    "load_lexicons": "framing.lexicon",
    "merge_lexicons": "framing.lexicon",
    "compile_lexicon": "framing.lexicon",
    "load_registry": "framing.registry_file",
    "merge_registries": "framing.actors",
    "analyse": "framing.pipeline",
    "analyse_document": "framing.pipeline",
    "compare": "framing.comparison",
    "METRICS": "framing.comparison",
    "render": "framing.rendering",
    "render_statements": "framing.statement_rendering",
    "formats": "framing.formats",
    "Document": "framing.model",
    "Statement": "framing.model",
    "Hit": "framing.model",
    "ScoredStatement": "framing.model",
    "Row": "framing.model",
    "Table": "framing.model",
    "Lexicon": "framing.model",
    "Frame": "framing.model",
    "Actor": "framing.model",
    "FramingError": "framing.errors",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'framing' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs only
    from framing.actors import merge_registries
    from framing.registry_file import load_registry
    from framing.comparison import METRICS, compare
    from framing.corpus import corpus_registry_path, load_corpora, load_corpus
    from framing.errors import FramingError
    from framing.extract import extract_statements
    from framing.lexicon import compile_lexicon, load_lexicon, load_lexicons, merge_lexicons
    from framing.model import Actor, Document, Frame, Hit, Lexicon, Row, ScoredStatement, Statement, Table
    from framing.pipeline import analyse, analyse_document
    from framing.formats import formats
    from framing.rendering import render
    from framing.statement_rendering import render_statements

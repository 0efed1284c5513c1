"""Where bundled corpora and lexicons live.

In a checkout they are the top-level ``corpora/`` and ``lexicons/`` folders;
in an installed wheel they are mapped to ``framing/bundled/``. This is the
only module that knows.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@cache
def _root(kind: str) -> Path:
    installed = _PACKAGE / "bundled" / kind
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / kind


def corpora_dir() -> Path:
    """The folder holding one sub-folder per bundled corpus."""
    return _root("corpora")


def lexicons_dir() -> Path:
    """The folder holding bundled lexicon files."""
    return _root("lexicons")


def bundled_corpora() -> list[str]:
    """Names of the bundled corpora, sorted."""
    root = corpora_dir()
    if not root.is_dir():
        return []
    return sorted(p.name for p in root.iterdir() if p.is_dir() and not p.name.startswith(("_", ".")))


def bundled_lexicons() -> list[str]:
    """Names of the bundled lexicons, sorted."""
    root = lexicons_dir()
    if not root.is_dir():
        return []
    return sorted(p.stem for p in root.iterdir() if p.suffix in (".yml", ".yaml"))


def corpus_path(name: str) -> Path | None:
    """The folder of a bundled corpus, or None."""
    return corpora_dir() / name if name in bundled_corpora() else None


def lexicon_path(name: str) -> Path | None:
    """The file of a bundled lexicon, or None."""
    for suffix in (".yml", ".yaml"):
        path = lexicons_dir() / f"{name}{suffix}"
        if path.is_file():
            return path
    return None

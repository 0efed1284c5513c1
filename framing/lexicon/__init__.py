"""Framing lexicons: load them from files or bundled names, merge, compile.

>>> from framing.lexicon import load_lexicon, compile_lexicon
>>> lexicon = load_lexicon("unrest")
>>> matcher = compile_lexicon(lexicon)
>>> [h.frame for h in matcher.match("They called for restraint.", "en")]
['restraint']

This module and ``resources`` are the only lexicon code that touches the file
system; parsing (``yaml_format``) and matching (``patterns``) are pure.
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Callable, Iterable, Sequence

from framing import resources
from framing.errors import LexiconError
from framing.lexicon.patterns import Matcher, compile_lexicon, parse_term
from framing.lexicon.yaml_format import parse_yaml
from framing.model import Frame, Lexicon

__all__ = [
    "DEFAULT_LEXICON", "LOADERS", "Matcher", "compile_lexicon", "load_lexicon", "load_lexicons",
    "merge_lexicons", "parse_term", "parse_yaml", "provenance",
]

DEFAULT_LEXICON = "unrest"

# Lexicon formats by file suffix: a pure function (text, path for messages) ->
# Lexicon that raises LexiconError with path and line. To add a format, write
# framing/lexicon/<format>_format.py using the checks in schema.py, add its
# suffixes here, and add a test in tests/lexicon/ that the mini lexicon of
# test_lexicon_load.py written in that format loads equal to the YAML one.
LOADERS: dict[str, Callable[[str, str], Lexicon]] = {
    ".yml": parse_yaml,
    ".yaml": parse_yaml,
}


def _resolve(source: str | Path) -> tuple[Path, str, str]:
    """(file, name shown in errors, Lexicon.path) for a path or bundled name."""
    text = str(source)
    if isinstance(source, Path) or "/" in text or "\\" in text or Path(text).suffix:
        return Path(text), text, text
    bundled = resources.lexicon_path(text)
    if bundled is not None:
        return bundled, str(bundled), text
    if Path(text).is_file():
        return Path(text), text, text
    names = ", ".join(resources.bundled_lexicons()) or "none"
    raise LexiconError(f"no such lexicon file or bundled lexicon {text!r} (bundled: {names})")


def load_lexicon(source: str | Path) -> Lexicon:
    """Read a lexicon from a file, or a bundled lexicon by name.

    Parameters
    ----------
    source : str or Path
        A file path (its suffix picks the format in :data:`LOADERS`) or the
        name of a bundled lexicon such as ``"unrest"``.

    Returns
    -------
    Lexicon
        ``sha256`` is the hash of the file's bytes; ``path`` is ``source``
        as given; ``name`` defaults to the file name without suffix.

    Raises
    ------
    LexiconError
        For a missing, unreadable, binary, non-UTF-8 or empty file, an
        unknown format, or content that breaks the format; the message names
        the file and, where there is one, the line.
    """
    file, shown, given = _resolve(source)
    if not file.exists():
        raise LexiconError("file not found", path=shown)
    if file.is_dir():
        raise LexiconError("is a folder; expected a lexicon file", path=shown)
    loader = LOADERS.get(file.suffix.lower())
    if loader is None:
        formats = ", ".join(sorted(LOADERS))
        raise LexiconError(f"unknown lexicon format {file.suffix or '(no suffix)'!r}; use one of {formats}", path=shown)
    try:
        data = file.read_bytes()
    except OSError as e:
        raise LexiconError(f"cannot read: {e.strerror or e}", path=shown) from None
    if b"\x00" in data:
        line = data.count(b"\n", 0, data.index(b"\x00")) + 1
        raise LexiconError("not a text file (binary data)", path=shown, line=line)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        raise LexiconError(
            f"not valid UTF-8 (byte 0x{data[e.start]:02x}); save the file as UTF-8", path=shown, line=line
        ) from None
    if not text.strip():
        raise LexiconError("file is empty", path=shown)
    lexicon = loader(text, shown)
    return Lexicon(
        name=lexicon.name or file.stem,
        description=lexicon.description,
        frames=lexicon.frames,
        sha256=hashlib.sha256(data).hexdigest(),
        path=given,
    )


def merge_lexicons(lexicons: Iterable[Lexicon]) -> Lexicon:
    """One lexicon with the frames of all, in order.

    A later frame with an id already seen replaces the earlier one but keeps
    its position (the order of first appearance). One lexicon is returned
    unchanged; for several, ``name`` joins the names with ``+`` and
    ``sha256`` hashes the ``name sha256`` lines of the parts, in order.
    """
    parts = list(lexicons)
    if not parts:
        raise ValueError("merge_lexicons() needs at least one lexicon")
    if len(parts) == 1:
        return parts[0]
    frames: dict[str, Frame] = {}
    for lexicon in parts:
        for frame in lexicon.frames:
            frames[frame.id] = frame  # an existing key keeps its position
    digest = hashlib.sha256("".join(f"{p.name} {p.sha256}\n" for p in parts).encode()).hexdigest()
    return Lexicon(
        name="+".join(p.name for p in parts),
        description="; ".join(p.description for p in parts if p.description),
        frames=tuple(frames.values()),
        sha256=digest,
        path=",".join(p.path for p in parts),
    )


def provenance(lexicons: Iterable[Lexicon]) -> tuple[tuple[str, str], ...]:
    """``(name, sha256)`` of each lexicon, in order (for ``Table.lexicons``)."""
    return tuple((lex.name, lex.sha256) for lex in lexicons)


def load_lexicons(sources: Sequence[str | Path] = ()) -> tuple[Lexicon, tuple[tuple[str, str], ...]]:
    """Load and merge the lexicons of repeated ``-l`` options.

    Parameters
    ----------
    sources : sequence of str or Path
        Files or bundled names, in order; empty means the bundled
        :data:`DEFAULT_LEXICON`.

    Returns
    -------
    (Lexicon, tuple of (name, sha256))
        The merged lexicon (its ``frames`` are the merged frames) and the
        provenance of each lexicon loaded.
    """
    loaded = [load_lexicon(s) for s in (sources or [DEFAULT_LEXICON])]
    return merge_lexicons(loaded), provenance(loaded)

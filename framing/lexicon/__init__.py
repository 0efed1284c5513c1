"""Framing lexicons: load them from files or bundled names, merge, compile, write.

>>> from framing.lexicon import load_lexicon, compile_lexicon
>>> lexicon = load_lexicon("unrest")
>>> matcher = compile_lexicon(lexicon)
>>> [h.frame for h in matcher.match("They called for restraint.", "en")]
['restraint']

This module and ``resources`` are the only lexicon code that touches the file
system; parsing (``*_format``), matching (``patterns``) and linting (``lint``)
are pure.
"""

from __future__ import annotations

import hashlib
import warnings
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from framing import resources
from framing.errors import LexiconError, UsageError, refuse_deep_nesting
from framing.lexicon.lexicoder_format import parse_lc3
from framing.lexicon.liwc_format import dump_dic, parse_dic
from framing.lexicon.quanteda_format import parse_quanteda
from framing.lexicon.report import Note, Report
from framing.lexicon.schema import LEVEL_SEPARATOR
from framing.lexicon.terms import parse_term
from framing.lexicon.table_format import dump_csv, dump_tsv, parse_csv, parse_tsv
from framing.lexicon.wordstat_format import parse_cat
from framing.lexicon.yaml_format import dump_yaml, parse_yaml
from framing.model import NEGATION_MODES, Frame, Lexicon, Negation

if TYPE_CHECKING:
    from framing.lexicon.patterns import Matcher, Matches, compile_lexicon

# The matcher (automaton, languages, negation) loads when first asked for: listing,
# checking and converting lexicons do not need it.
_MATCHING = ("Matcher", "Matches", "compile_lexicon")


def __getattr__(name: str) -> object:
    if name in _MATCHING:
        from framing.lexicon import patterns

        return getattr(patterns, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "DEFAULT_LEXICON", "FORMATS", "LOADERS", "LexiconWarning", "Matcher", "Matches", "Note", "Report", "SUFFIXES",
    "WRITERS", "collapse_levels", "compile_lexicon", "dump_lexicon", "format_for", "load_lexicon", "load_lexicons",
    "merge_lexicons",
    "parse_term", "parse_yaml", "provenance", "read_lexicon", "save_lexicon", "with_negation",
]

DEFAULT_LEXICON = "unrest"

Parser = Callable[..., Lexicon]  # (text, path for messages, report) -> Lexicon
Writer = Callable[..., str]      # (lexicon, report) -> text

# Lexicon formats by name: a pure function (text, path, report) -> Lexicon
# that raises LexiconError with path and line (or records it on a
# keep_going report) and notes what it repaired. To add a format: write
# framing/lexicon/<format>_format.py using LexiconBuilder from schema.py, add
# it here and its suffixes to SUFFIXES, and add the mini lexicon of
# tests/lexicon/test_formats.py in that format to the test's table.
FORMATS: dict[str, Parser] = {
    "yaml": parse_yaml,          # the native format; quanteda dictionaries are recognised
    "quanteda": parse_quanteda,  # force quanteda's nested-key YAML
    "liwc": parse_dic,
    "lexicoder": parse_lc3,
    "wordstat": parse_cat,
    "csv": parse_csv,
    "tsv": parse_tsv,
}

#: File suffix -> format name (``--lexicon-format`` overrides it).
SUFFIXES: dict[str, str] = {
    ".yml": "yaml", ".yaml": "yaml", ".dic": "liwc", ".lc3": "lexicoder", ".cat": "wordstat",
    ".csv": "csv", ".tsv": "tsv", ".txt": "tsv",
}

#: Parsers by file suffix (derived from FORMATS and SUFFIXES).
LOADERS: dict[str, Parser] = {suffix: FORMATS[name] for suffix, name in SUFFIXES.items()}

# Writers by format name: a pure function (lexicon, report) -> text that
# notes on the report what the format cannot hold.
WRITERS: dict[str, Writer] = {"yaml": dump_yaml, "liwc": dump_dic, "csv": dump_csv, "tsv": dump_tsv}

_ALIASES = {"yml": "yaml", "dic": "liwc", "lc3": "lexicoder", "cat": "wordstat", "txt": "tsv"}


class LexiconWarning(UserWarning):
    """A note from a lexicon reader (``warnings.warn`` when no ``on_note`` is given)."""


def format_for(path: str | Path, fmt: str | None = None, *, writing: bool = False) -> str:
    """The format name for a file: ``fmt`` if given (names or suffixes), else by suffix.

    Raises
    ------
    LexiconError
        For an unknown format or suffix, listing the known ones.
    """
    table = WRITERS if writing else FORMATS
    if fmt:
        name = _ALIASES.get(fmt.lower().lstrip("."), fmt.lower().lstrip("."))
        if name not in table:
            raise LexiconError(f"unknown lexicon format {fmt!r}; use one of {', '.join(sorted(table))}")
        return name
    suffix = Path(str(path)).suffix.lower()
    name = SUFFIXES.get(suffix)
    if name is None or name not in table:
        known = sorted(s for s, n in SUFFIXES.items() if n in table)
        raise LexiconError(
            f"unknown lexicon format {suffix or '(no suffix)'!r}; use one of {', '.join(known)}, "
            f"or name the format with --lexicon-format", path=str(path))
    return name


def _resolve(source: str | Path) -> tuple[Path, str, str]:
    """(file, name shown in errors, Lexicon.path) for a path or bundled name."""
    text = str(source)
    if isinstance(source, Path) or "/" in text or "\\" in text or Path(text).suffix:
        return Path(text), text, text
    bundled = resources.lexicon_path(text)
    if bundled is not None:  # shown relative to the data folder: no absolute paths in output
        return bundled, f"{bundled.parent.name}/{bundled.name}", text
    if Path(text).is_file():
        return Path(text), text, text
    names = ", ".join(resources.bundled_lexicons()) or "none"
    raise LexiconError(f"no such lexicon file or bundled lexicon {text!r} (bundled: {names})")


def read_lexicon(source: str | Path, fmt: str | None = None, *, keep_going: bool = False) -> tuple[Lexicon, Report]:
    """Read a lexicon and what its reader noticed.

    Parameters
    ----------
    source : str or Path
        A file path or the name of a bundled lexicon such as ``"unrest"``.
    fmt : str, optional
        A name in :data:`FORMATS` for a file (bundled names keep their own
        format); default by the file's suffix (:data:`SUFFIXES`).
    keep_going : bool
        Record malformed lines as notes of level ``error`` and read on
        (``framing lexicons lint``), instead of raising at the first.

    Returns
    -------
    (Lexicon, Report)
        ``sha256`` is the hash of the file's bytes; ``path`` is ``source``
        as given; ``name`` defaults to the file name without suffix. The
        report holds the notes and the line of every entry.

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
    bundled = given != shown
    parser = FORMATS[format_for(shown, None if bundled else fmt)]
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
    report = Report(shown, keep_going=keep_going)
    with refuse_deep_nesting(LexiconError, shown):  # a file nested past the parser's recursion limit
        lexicon = parser(text, shown, report)
    return Lexicon(
        name=lexicon.name or file.stem,
        description=lexicon.description,
        frames=lexicon.frames,
        sha256=hashlib.sha256(data).hexdigest(),
        path=given,
    ), report


def _deliver(notes: Iterable[Note], on_note: Callable[[Note], None] | None) -> None:
    for note in notes:
        if on_note is not None:
            on_note(note)
        else:
            warnings.warn(str(note), LexiconWarning, stacklevel=3)


def load_lexicon(source: str | Path, *, fmt: str | None = None,
                 on_note: Callable[[Note], None] | None = None) -> Lexicon:
    """Read a lexicon from a file, or a bundled lexicon by name.

    Parameters
    ----------
    source : str or Path
        A file path (its suffix picks the format in :data:`SUFFIXES`) or the
        name of a bundled lexicon such as ``"unrest"``.
    fmt : str, optional
        Read a file in this format (a name in :data:`FORMATS`) whatever its suffix.
    on_note : callable, optional
        Receives each :class:`Note` about repairs the reader made (the CLI
        prints them on stderr); without it they are issued as
        :class:`LexiconWarning` warnings.

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
    lexicon, report = read_lexicon(source, fmt)
    _deliver(report.notes, on_note)
    return lexicon


def dump_lexicon(lexicon: Lexicon, fmt: str = "yaml", *, on_note: Callable[[Note], None] | None = None,
                 where: str = "<output>") -> str:
    """A lexicon as text in a format of :data:`WRITERS` (``yaml``, ``liwc``, ``csv``, ``tsv``).

    What the format cannot hold (weights in ``.dic``, descriptions in
    tables) is reported through ``on_note``, as notes about ``where``.
    """
    name = format_for("", fmt, writing=True)
    report = Report(where)
    text = WRITERS[name](lexicon, report)
    _deliver(report.notes, on_note)
    return text


def save_lexicon(lexicon: Lexicon, path: str | Path, *, fmt: str | None = None,
                 on_note: Callable[[Note], None] | None = None) -> None:
    """Write a lexicon to a file, in the format of its suffix (or ``fmt``)."""
    name = format_for(path, fmt, writing=True)
    text = dump_lexicon(lexicon, name, on_note=on_note, where=str(path))
    try:
        Path(path).write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise LexiconError(f"cannot write: {e.strerror or e}", path=str(path)) from None


def collapse_levels(lexicon: Lexicon, levels: int) -> Lexicon:
    """Keep only the first ``levels`` levels of nested frame ids (``A/B/C`` -> ``A/B``).

    Frames that end up with the same id are merged, in order: their terms
    are united (each once, the first weight kept). Like quanteda's
    ``dictionary(..., levels = 1:levels)``.
    """
    if levels < 1:
        raise ValueError("levels must be at least 1")
    merged: dict[str, dict] = {}
    for frame in lexicon.frames:
        key = LEVEL_SEPARATOR.join(frame.id.split(LEVEL_SEPARATOR)[:levels])
        into = merged.setdefault(key, {"terms": {}, "weights": {}, "description": "", "negation": frame.negation})
        if frame.id == key and frame.description:
            into["description"] = frame.description
        for code in frame.terms:
            terms = into["terms"].setdefault(code, [])
            weights = into["weights"].setdefault(code, {})
            for term in frame.terms[code]:
                if term not in terms:
                    terms.append(term)
                    if term in frame.weights.get(code, {}):
                        weights[term] = frame.weights[code][term]
    frames = tuple(
        Frame(id=key, description=parts["description"],
              terms={c: tuple(t) for c, t in sorted(parts["terms"].items())},
              weights={c: w for c, w in sorted(parts["weights"].items()) if w},
              negation=parts["negation"])
        for key, parts in merged.items()
    )
    return Lexicon(lexicon.name, lexicon.description, frames, lexicon.sha256, lexicon.path)


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


def with_negation(lexicon: Lexicon, mode: str | None) -> Lexicon:
    """``lexicon`` with every frame's negated matches counted (``include``) or cancelled (``exclude``).

    ``None`` keeps each frame's own setting (the lexicon file's ``negation: {mode: ...}``, else
    ``include``). The content hash stays the lexicon's: the mode is how it is applied.

    >>> lexicon = Lexicon("x", "", (Frame("calm", "", {"en": ("calm",)}),))
    >>> with_negation(lexicon, "exclude").frames[0].negation.mode
    'exclude'
    """
    if mode is None:
        return lexicon
    if mode not in NEGATION_MODES:
        raise UsageError(f"unknown --negation {mode!r}; choose from: {', '.join(NEGATION_MODES)}")
    frames = tuple(replace(f, negation=replace(f.negation or Negation(), mode=mode)) for f in lexicon.frames)
    return replace(lexicon, frames=frames)


def provenance(lexicons: Iterable[Lexicon]) -> tuple[tuple[str, str], ...]:
    """``(name, sha256)`` of each lexicon, in order (for ``Table.lexicons``)."""
    return tuple((lex.name, lex.sha256) for lex in lexicons)


def load_lexicons(sources: Sequence[str | Path] = (), *, fmt: str | None = None,
                  on_note: Callable[[Note], None] | None = None) -> tuple[Lexicon, tuple[tuple[str, str], ...]]:
    """Load and merge the lexicons of repeated ``-l`` options.

    Parameters
    ----------
    sources : sequence of str or Path
        Files or bundled names, in order; empty means the bundled
        :data:`DEFAULT_LEXICON`.
    fmt : str, optional
        The format of every file (``--lexicon-format``); bundled names keep theirs.
    on_note : callable, optional
        Receives the readers' notes (see :func:`load_lexicon`).

    Returns
    -------
    (Lexicon, tuple of (name, sha256))
        The merged lexicon (its ``frames`` are the merged frames) and the
        provenance of each lexicon loaded.
    """
    loaded = [load_lexicon(s, fmt=fmt, on_note=on_note) for s in (sources or [DEFAULT_LEXICON])]
    return merge_lexicons(loaded), provenance(loaded)

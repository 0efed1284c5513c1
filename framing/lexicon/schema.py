"""Content rules every lexicon format shares, and the builder the line formats use.

Each ``check_*`` returns nothing or raises ``ValueError`` with the message a
user sees; the format module adds the file and line it knows.
:class:`LexiconBuilder` assembles frames entry by entry for the formats that
are read line by line (LIWC, Lexicoder, WordStat, CSV, quanteda YAML), with
one policy for all of them: duplicates are counted once with a note, an
entry whose pattern the matcher cannot express is skipped with a note, a
term without a language gets the language of its script.
"""

from __future__ import annotations

import math
import re

from framing import languages
from framing.lexicon.terms import parse_term
from framing.lexicon.report import Report
from framing.model import Frame, Lexicon, Negation
from framing.text import script_lang

# Letters and digits of any script, and _ . / -; no spaces, commas or colons
# (frame ids are table columns and appear in "frame:count" cells).
FRAME_ID_RE = re.compile(r"[\w./-]+")
_LINE_END = re.compile(r"\r\n|\r|\n")
#: Separator of nested category names in a frame id (``AFRICA/EAST/KE``).
LEVEL_SEPARATOR = "/"


def check_frame_id(frame_id: str) -> None:
    """A frame id is letters, digits, ``_``, ``.``, ``/`` and ``-``, nothing else."""
    if not isinstance(frame_id, str) or not FRAME_ID_RE.fullmatch(frame_id):
        raise ValueError(
            f"bad frame id {frame_id!r}: use letters, digits, '_', '.', '/' and '-' (no spaces)"
        )


def check_lang(code: str) -> None:
    """A terms language is one of :func:`framing.languages.codes`."""
    if code not in languages.codes():
        raise ValueError(f"unknown language code {code!r}; supported: {', '.join(languages.codes())}")


def check_term(term: str) -> None:
    """A term parses (see :func:`framing.lexicon.terms.parse_term`)."""
    parse_term(term)


def frame_id_from(name: str) -> str:
    """A frame id made from a category name of another tool (spaces become ``_``)."""
    cleaned = re.sub(r"[^\w./-]+", "_", name.strip()).strip("_")
    return cleaned or "_"


def term_lang(term: str) -> str:
    """The language of a term given without one: the language of its script.

    Latin script (and anything no supported language claims) is English.
    """
    code = script_lang(term, default="en")
    return code if code in languages.codes() else "en"


def split_lines(text: str) -> list[str]:
    """Lines of ``text`` for LF, CRLF and old-Mac CR files alike (line 1 is index 0).

    Only ``\\r\\n``, ``\\r`` and ``\\n`` end a line (``str.splitlines`` would
    also split on form feeds and other separators and shift line numbers).
    """
    text = text.removeprefix("\ufeff")
    lines = _LINE_END.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def parse_weight(value: str) -> float:
    """A finite number, or ``ValueError`` naming the value."""
    try:
        weight = float(value)
    except ValueError:
        raise ValueError(f"weight {value!r} is not a number") from None
    if not math.isfinite(weight):
        raise ValueError(f"weight {value!r} is not a finite number")
    return weight


def unsupported_pattern(term: str) -> str | None:
    """Why the matcher cannot express a pattern from another tool, or None.

    ``*`` only ends a word here; a leading or inner ``*`` and ``?`` (one
    character) are quanteda/WordStat globs with no equivalent.
    """
    if "?" in term:
        return "'?' wildcards are not supported"
    try:
        parse_term(term)
    except ValueError as e:
        return str(e)
    return None


class LexiconBuilder:
    """Frames assembled entry by entry, in order of first appearance.

    Parameters
    ----------
    report : where notes go and entry lines are recorded.
    """

    def __init__(self, report: Report):
        self.report = report
        self._terms: dict[str, dict[str, list[str]]] = {}
        self._weights: dict[str, dict[str, dict[str, float]]] = {}
        self._lines: dict[str, int | None] = {}
        self._descriptions: dict[str, str] = {}

    def frame(self, frame_id: str, line: int | None, description: str = "") -> None:
        """Declare a frame (so that its position is kept even before its first term)."""
        if frame_id not in self._terms:
            self._terms[frame_id] = {}
            self._weights[frame_id] = {}
            self._lines[frame_id] = line
        if description and not self._descriptions.get(frame_id):
            self._descriptions[frame_id] = description

    def add(self, frame_id: str, term: str, line: int | None, *, lang: str | None = None,
            weight: float | None = None) -> bool:
        """Add one entry; False if it was skipped (with a note)."""
        term = " ".join(term.split())
        if not term:
            return False
        why = unsupported_pattern(term)
        if why is not None:
            self.report.note(line, f"entry {term!r} skipped: {why}", check="unsupported", frame=frame_id, term=term)
            return False
        code = lang or term_lang(term)
        self.frame(frame_id, line)
        if not self.report.entry(frame_id, code, term, line):
            return False
        self._terms[frame_id].setdefault(code, []).append(term)
        if weight is not None and weight != 1:
            self._weights[frame_id].setdefault(code, {})[term] = weight
        return True

    def build(self, name: str = "", description: str = "", negation: Negation | None = None) -> Lexicon:
        """The lexicon; frames without any entry are left out with a note."""
        frames = []
        for frame_id, terms in self._terms.items():
            if not terms:
                self.report.note(self._lines[frame_id], f"category {frame_id!r} has no entries; left out",
                                 check="empty", frame=frame_id)
                continue
            frames.append(Frame(
                id=frame_id,
                description=self._descriptions.get(frame_id, ""),
                terms={code: tuple(terms[code]) for code in sorted(terms)},
                weights={code: dict(w) for code, w in sorted(self._weights[frame_id].items())},
                negation=negation,
            ))
        if not frames:
            self.report.error(None, "no entries: the lexicon has no frame with a usable term")
        return Lexicon(name=name, description=description, frames=tuple(frames))

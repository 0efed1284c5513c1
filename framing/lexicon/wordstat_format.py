"""WordStat dictionaries (``.cat``)::

    ECONOMY
    	TAXES
    		TAX* (1)
    		TAX_CUT (1)
    	BUDGET (1)
    SECURITY
    	ARMY (1)

Categories nest by leading TABs; an entry is a line ending in a weight in
parentheses, ``(1)`` by default, and belongs to the category one level up.
Nested category names are joined with ``/`` into the frame id
(``ECONOMY/TAXES``); entries listed directly under a category that also has
sub-categories stay in that category's own frame (``ECONOMY``). ``_`` joins
the words of a phrase (``TAX_CUT`` is "tax cut"); the weight is the entry's
weight (``--metric weighted``). Indentation with spaces is read with a note
(4 spaces a level); an entry indented too deep goes to the deepest open
category with a note; an entry under no category is skipped with a note; a
category with no entries (also what an entry written without its ``(1)``
becomes) is left out with a note. A category indented more than one level
below its parent is an error.
"""

from __future__ import annotations

import re

from framing.lexicon.report import Report
from framing.lexicon.schema import LEVEL_SEPARATOR, LexiconBuilder, frame_id_from, parse_weight, split_lines
from framing.model import Lexicon

_WEIGHT = re.compile(r"\s*([-+]?\d+(?:\.\d+)?)\s*")


def _weighted(body: str) -> tuple[str, str] | None:
    """An entry with a weight ("TERM (2)"): the term and the weight, else None. The weight is in the last
    brackets, which end the line (a regex with a lazy term and optional spaces backtracks quadratically)."""
    if not body.endswith(")"):
        return None
    opening = body.rfind("(")
    weight = _WEIGHT.fullmatch(body, opening + 1, len(body) - 1) if opening >= 0 else None
    return (body[:opening].rstrip(), weight.group(1)) if weight else None


def parse_cat(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a WordStat ``.cat`` dictionary into frames named by category path."""
    report = report if report is not None else Report(path)
    builder = LexiconBuilder(report)
    stack: list[str] = []  # category names, one per level
    declared: dict[str, int] = {}  # category path -> line
    used: set[str] = set()  # paths with entries or sub-categories
    for number, raw in enumerate(split_lines(text), start=1):
        if not raw.strip():
            continue
        body = raw.lstrip("\t")
        depth = len(raw) - len(body)
        if body[:1].isspace():
            spaces = len(body) - len(body.lstrip())
            report.note_once(number, "indented with spaces, not TABs; 4 spaces read as one level",
                             check="cat-spaces")
            depth += (spaces + 3) // 4
            body = body.lstrip()
        body = body.rstrip()
        entry = _weighted(body)
        if entry is not None:
            term, weight = entry[0], parse_weight(entry[1])
            if not stack or depth == 0:
                report.note(number, f"entry {term!r} is not under a category; skipped", check="cat-orphan")
                continue
            if depth > len(stack):
                report.note(number, f"entry {term!r} is indented {depth} level(s) under "
                            f"{LEVEL_SEPARATOR.join(stack)!r}; read as its entry", check="cat-indent")
            owner = LEVEL_SEPARATOR.join(stack[:depth])
            used.add(owner)
            builder.add(owner, term.replace("_", " "), number, weight=weight)
            continue
        if depth > len(stack):
            report.error(number, f"category {body!r} is indented {depth} level(s) under a category at "
                         f"{len(stack) - 1}; indent by one TAB per level")
            continue
        name = frame_id_from(body)
        if name != body:
            report.note(number, f"category {body!r} is {name!r}", check="renamed", level="info")
        stack[depth:] = [name.replace(LEVEL_SEPARATOR, "_")]
        if depth:
            used.add(LEVEL_SEPARATOR.join(stack[:depth]))
        declared.setdefault(LEVEL_SEPARATOR.join(stack), number)
    for path_, line in declared.items():
        if path_ not in used:
            report.note(line, f"category {path_!r} has no entries; left out", check="empty", frame=path_)
    lexicon = builder.build()
    report.finish()
    return lexicon

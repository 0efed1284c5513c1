"""Lexicoder dictionaries (``.lc3``)::

    +NEGATIVE
    abandon*
    a lie
    +POSITIVE
    ability*

A line starting with ``+`` names a category; the lines after it are its
entries (``*`` ends a stem, spaces make a phrase) until the next ``+`` line.
Blank lines and surrounding whitespace are ignored. Entries before the first
category are skipped with a note; a ``+`` with no name is an error.
Lexicoder 3 files are UTF-8, as all input here.
"""

from __future__ import annotations

from framing.lexicon.report import Report
from framing.lexicon.schema import LexiconBuilder, frame_id_from, split_lines
from framing.model import Lexicon


def parse_lc3(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a Lexicoder ``.lc3`` dictionary; categories become frames named as in the file."""
    report = report if report is not None else Report(path)
    builder = LexiconBuilder(report)
    frame: str | None = None
    for number, raw in enumerate(split_lines(text), start=1):
        line = "".join(ch for ch in raw if ch == "\t" or ch >= " ").strip()
        if not line:
            continue
        if line.startswith("+"):
            name = line[1:].strip()
            if not name:
                report.error(number, "a category line needs a name after '+' ('+POSITIVE')")
                frame = None
                continue
            frame = frame_id_from(name)
            if frame != name:
                report.note(number, f"category {name!r} is frame {frame!r}", check="renamed", level="info")
            builder.frame(frame, number)
            continue
        if frame is None:
            report.note(number, f"entry {line!r} before the first '+CATEGORY' line; skipped", check="lc3-orphan")
            continue
        builder.add(frame, line, number)
    lexicon = builder.build()
    report.finish()
    return lexicon

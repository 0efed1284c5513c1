"""Lexicons as tables: CSV (``.csv``), TSV (``.tsv``, ``.txt``), one entry per row.

Columns are ``term,frame[,lang][,weight]``. A first row naming the columns
(``term``, ``frame``, ``lang``, ``weight``, in any order; ``word``/``pattern``,
``category``/``key``, ``language``, ``score``/``value`` are accepted too) is a
header. Without one, columns are read by position:

- one column: a word list, one frame named after the file;
- two columns: ``term,frame``, or ``term,weight`` when every second cell is
  a number (AFINN's ``term<TAB>score``), again one frame named after the file;
- three columns: ``term,frame,lang`` or ``term,frame,weight`` (decided by
  whether every third cell is a language code or a number);
- four columns: ``term,frame,lang,weight``.

An empty language is the language of the term's script; an empty weight is 1.
Blank lines and lines starting with ``#`` are skipped. A row with another
number of cells, an unknown language or a weight that is not a number is an
error naming its line.
"""

from __future__ import annotations

import csv
import io
from pathlib import PurePath

from framing import languages
from framing.lexicon.report import Report
from framing.lexicon.schema import LexiconBuilder, frame_id_from, parse_weight, split_lines
from framing.model import Lexicon

_COLUMNS = {
    "term": "term", "word": "term", "pattern": "term", "entry": "term",
    "frame": "frame", "category": "frame", "key": "frame", "class": "frame",
    "lang": "lang", "language": "lang",
    "weight": "weight", "score": "weight", "value": "weight", "valence": "weight",
}


def _is_number(cell: str) -> bool:
    try:
        parse_weight(cell)
    except ValueError:
        return False
    return True


def _rows(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    rows = []
    for number, line in enumerate(split_lines(text), start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        # TSV is split on TABs only: quotes are ordinary characters in it.
        cells = line.split("\t") if delimiter == "\t" else next(csv.reader([line]))
        rows.append((number, [c.strip() for c in cells]))
    return rows


def _layout(rows: list[tuple[int, list[str]]], report: Report) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """The column names and the data rows (without the header)."""
    number, first = rows[0]
    names = [_COLUMNS.get(c.lower()) for c in first]
    if "term" in names:
        unknown = [c for c, n in zip(first, names) if n is None]
        if unknown:
            report.error(number, f"unknown column {unknown[0]!r}; use term, frame, lang, weight")
        return [n or "" for n in names], rows[1:]
    width = len(first)
    cells = [r[1] for r in rows]
    if width == 1:
        return ["term"], rows
    if width == 2:
        if all(len(c) < 2 or _is_number(c[1]) for c in cells):
            report.note(number, "two columns with numbers: read as term and weight, one frame named after the file",
                        check="table-layout", level="info")
            return ["term", "weight"], rows
        return ["term", "frame"], rows
    if width == 3:
        codes = set(languages.codes()) | {""}
        if all(len(c) < 3 or c[2] in codes for c in cells):
            return ["term", "frame", "lang"], rows
        return ["term", "frame", "weight"], rows
    if width == 4:
        return ["term", "frame", "lang", "weight"], rows
    report.error(number, f"{width} columns; expected term,frame[,lang][,weight]")
    return [], []


def parse_table(text: str, path: str = "<string>", report: Report | None = None, *, delimiter: str = ",") -> Lexicon:
    """Parse a CSV or TSV lexicon (see the module docstring)."""
    report = report if report is not None else Report(path)
    builder = LexiconBuilder(report)
    rows = _rows(text, delimiter)
    if not rows:
        report.error(None, "no entries: the table has no rows")
        return Lexicon("", "", ())
    columns, data = _layout(rows, report)
    default_frame = frame_id_from(PurePath(path).stem or "lexicon")
    renamed: set[str] = set()
    for number, cells in data:
        if len(cells) != len(columns):
            report.error(number, f"{len(cells)} cells; expected {len(columns)} ({','.join(columns)})")
            continue
        row = dict(zip(columns, cells))
        frame = row.get("frame", default_frame) or default_frame
        frame_id = frame_id_from(frame)
        if frame_id != frame and frame not in renamed:
            renamed.add(frame)
            report.note(number, f"frame {frame!r} is {frame_id!r}", check="renamed", level="info")
        lang = row.get("lang") or None
        if lang is not None and lang not in languages.codes():
            report.error(number, f"unknown language code {lang!r}; supported: {', '.join(languages.codes())}")
            continue
        weight = None
        if row.get("weight"):
            try:
                weight = parse_weight(row["weight"])
            except ValueError as e:
                report.error(number, str(e))
                continue
        builder.frame(frame_id, number)
        builder.add(frame_id, row.get("term", ""), number, lang=lang, weight=weight)
    lexicon = builder.build()
    report.finish()
    return lexicon


def parse_csv(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a comma-separated lexicon."""
    return parse_table(text, path, report, delimiter=",")


def parse_tsv(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a TAB-separated lexicon (also ``.txt`` word lists such as AFINN)."""
    return parse_table(text, path, report, delimiter="\t")


def format_weight(weight: float) -> str:
    """``3`` for 3.0, ``0.5`` for 0.5."""
    return str(int(weight)) if float(weight).is_integer() else repr(float(weight))


def dump_table(lexicon: Lexicon, report: Report | None = None, *, delimiter: str = ",") -> str:
    """A lexicon as a ``term,frame,lang,weight`` table with a header row.

    Descriptions and negation settings have no column; they are noted on
    ``report``.
    """
    report = report if report is not None else Report("<table>")
    if lexicon.description or any(f.description for f in lexicon.frames):
        report.note(None, "tables have no descriptions; left out", check="table-descriptions", level="info")
    if any(f.negation is not None for f in lexicon.frames):
        report.note(None, "tables have no negation settings; the language defaults will apply",
                    check="table-negation")
    rows = [["term", "frame", "lang", "weight"]]
    for frame in lexicon.frames:
        for code in sorted(frame.terms):
            weights = frame.weights.get(code, {})
            for term in frame.terms[code]:
                rows.append([term, frame.id, code, format_weight(weights.get(term, 1.0))])
    if delimiter == "\t":
        return "".join("\t".join(row) + "\n" for row in rows)
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def dump_csv(lexicon: Lexicon, report: Report | None = None) -> str:
    """A lexicon as CSV."""
    return dump_table(lexicon, report, delimiter=",")


def dump_tsv(lexicon: Lexicon, report: Report | None = None) -> str:
    """A lexicon as TSV."""
    return dump_table(lexicon, report, delimiter="\t")

"""Records, and views of any result, as text in every format (:mod:`framing.formats`). Pure: no printing.

A result is written by the kind of its format: ``csv`` with Python's ``csv``
module (tabulate's own ``tsv`` pads cells), ``json`` and ``jsonl`` with fixed
key order and ``ensure_ascii=False``, and tabulate's table formats. Output is
deterministic, with ``\\n`` line ends and a trailing newline.

Table formats are of two sorts. Those drawn for a terminal
(:data:`TERMINAL_FORMATS`: ``simple``, ``grid``, ...) may wrap a cell onto
several lines; in markup formats (``github``, ``pipe``, ``rst``, ``latex``,
``html``, ...) a line break would start another table row, so there every
record is one row. LaTeX gets no bidi controls (:func:`isolate`), which TeX
engines do not read; each run of Arabic is ``\\textarabic{…}`` instead, set
right to left by XeLaTeX with polyglossia (see the README).
"""

from __future__ import annotations

import csv
import io
import json
import re
import textwrap
from dataclasses import dataclass
from typing import Any, Iterable, Iterator, Sequence

from framing.formats import CSV, DEFAULT_FORMAT, JSON, JSONL, get_format

#: Width of the text column in tabulate renderings of statements.
TEXT_WIDTH = 60

Records = tuple[Sequence[str], Sequence[Sequence[Any]]]


# -- generic records (header + rows) in every format -----------------------

def write_csv(records: Records, delimiter: str = ",") -> Iterator[str]:
    """Records as CSV (or TSV with ``delimiter="\\t"``), a chunk per row."""
    headers, rows = records
    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab" if delimiter == "\t" else "excel", lineterminator="\n")
    writer.writerow(headers)
    yield _drain(buffer)
    for row in rows:
        writer.writerow(row)
        yield _drain(buffer)


def _drain(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def tabulated(records: Records, fmt: str, align: Sequence[str] | None = None) -> str:
    """Records as a tabulate table in table format ``fmt``.

    A cell is a value or :class:`Lines`; in a markup format (not in
    :data:`TERMINAL_FORMATS`) no cell spans lines, and in LaTeX no cell
    holds a bidi control: Arabic is marked ``\\textarabic{…}`` instead.
    """
    from tabulate import tabulate  # here: a third of the CLI's import time, and only tables need it

    headers, rows = records
    rows = [list(r) for r in rows]
    if align is None:
        numeric = [bool(rows) and all(_is_number(r[i]) for r in rows) for i in range(len(headers))]
        align = ["right" if n else "left" for n in numeric]
    cells = [[cell_text(v, fmt) for v in r] for r in rows]
    # Values are pre-formatted strings: no number parsing, so "100.0" stays.
    text = tabulate(cells, headers=[cell_text(h, fmt) for h in headers], tablefmt=fmt, disable_numparse=True,
                    colalign=align if headers else None)
    if fmt.startswith("latex"):  # the marks went through tabulate's escaping as single characters
        text = text.replace(_RTL_OPEN, "\\textarabic{").replace(_RTL_CLOSE, "}")
    return text + "\n"


def _is_number(value: Any) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and re.fullmatch(r"-?\d+(\.\d+)?", value) is not None


def dumps(obj: Any, indent: int | None = None) -> str:
    """JSON as every format writes it: non-ASCII as is, fixed key order."""
    return json.dumps(obj, ensure_ascii=False, indent=indent)


def render_records(headers: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> str:
    """Any list of records as text: a header row and rows of plain values.

    ``json`` is a list of objects, ``jsonl`` one object per line. Used by the
    listing commands (``lexicons``, ``actors``, ``corpora``).
    """
    return "".join(iter_records(headers, rows, fmt))


def iter_records(headers: Sequence[str], rows: Iterable[Sequence[Any]], fmt: str) -> Iterator[str]:
    """:func:`render_records` in chunks, streaming where the format allows."""
    chosen = get_format(fmt)
    if chosen.kind == CSV:
        yield from write_csv((headers, rows), chosen.delimiter)
    elif chosen.kind == JSONL:
        for row in rows:
            yield dumps(dict(zip(headers, row))) + "\n"
    elif chosen.kind == JSON:
        yield from json_list(dict(zip(headers, row)) for row in rows)
    else:
        yield tabulated((headers, list(rows)), fmt)


def json_list(objects: Iterable[Any]) -> Iterator[str]:
    """A JSON list, one object per line, streamed."""
    first = True
    for obj in objects:
        yield ("[\n  " if first else ",\n  ") + dumps(obj)
        first = False
    yield "[]\n" if first else "\n]\n"


# -- views: any other result in every format ----------------------------------

_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
#: First-strong isolate and pop directional isolate (Unicode bidi controls).
FSI, PDI = "\u2068", "\u2069"
_BIDI_CONTROLS = str.maketrans("", "", FSI + PDI)
_ARABIC = "\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufefc"
# A run of Arabic: from an Arabic letter up to a Latin letter or the end (found by a greedy run, linear under
# search); what follows its last Arabic letter is cut off again by _arabic_run.
_ARABIC_RUN = re.compile(f"[{_ARABIC}][^A-Za-z\\n]*")
_ARABIC_LETTER = re.compile(f"[{_ARABIC}]")
_LETTER = re.compile(r"[^\W\d_]")
# Private-use characters standing for \textarabic{ and } until tabulate has escaped the cells.
_RTL_OPEN, _RTL_CLOSE = "\ue000", "\ue001"

#: The tabulate formats drawn for a terminal, where a cell may span lines. Any other table format
#: (``github``, ``pipe``, ``rst``, ``latex``, ``html``, ``orgtbl``, a format tabulate adds) is
#: markup, where a line break in a cell would start a new row.
TERMINAL_FORMATS = frozenset({
    "plain", "simple", "grid", "simple_grid", "rounded_grid", "heavy_grid", "mixed_grid", "double_grid",
    "fancy_grid", "outline", "simple_outline", "rounded_outline", "heavy_outline", "mixed_outline",
    "double_outline", "fancy_outline", "psql", "presto", "pretty",
})
_PIPE_TABLES = ("github", "pipe")
#: Joins the lines of a :class:`Lines` cell in markup formats.
LINE_SEPARATOR = " · "


def isolate(text: str) -> str:
    """Each line of ``text`` that holds right-to-left script, wrapped in a bidi isolate.

    The characters stay in logical order. The isolate keeps a terminal's
    bidi algorithm from running Arabic in neighbouring cells together, which
    would swap the columns of a table; it has no width and no other effect.
    """
    return "\n".join(FSI + line + PDI if _RTL.search(line) else line for line in text.split("\n"))


@dataclass(frozen=True)
class Lines:
    """A table cell of lines of text, laid out by format (see :func:`cell_text`).

    In terminal formats each line is wrapped at ``width`` characters (0: not
    wrapped) and the lines are stacked in the cell; in markup formats they
    are joined by :data:`LINE_SEPARATOR` on one row. Each line holding
    right-to-left script is isolated (:func:`isolate`).
    """

    lines: tuple[str, ...]
    width: int = 0


def cell_text(value: Any, fmt: str) -> str:
    """A table cell as ``fmt`` shows it.

    >>> cell = Lines(("a long line of words", "second"), width=10)
    >>> print(cell_text(cell, "simple"))
    a long
    line of
    words
    second
    >>> cell_text(cell, "github")
    'a long line of words · second'
    >>> cell_text("two\\nlines", "github"), cell_text("a|b", "github")
    ('two lines', 'a\\\\|b')
    """
    terminal = fmt in TERMINAL_FORMATS
    if isinstance(value, Lines):
        lines = _wrapped(value) if terminal else value.lines
        text = ("\n" if terminal else LINE_SEPARATOR).join(isolate(line) for line in lines)
    else:
        text = "" if value is None else str(value)
        if not terminal:
            text = " ".join(text.split("\n"))
    if fmt in _PIPE_TABLES:  # tabulate leaves a | in a cell as is: it would split the cell
        text = text.replace("|", "\\|")
    return _latex_text(text) if fmt.startswith("latex") else text


def _latex_text(text: str) -> str:
    """No bidi controls (TeX does not read them); Arabic marked for ``\\textarabic``, which polyglossia
    (XeLaTeX) sets right to left in an Arabic font: the whole text where its first letter is Arabic (as
    a first-strong isolate would), else each run of Arabic in it."""
    text = text.translate(_BIDI_CONTROLS)
    first = _LETTER.search(text)
    if first is None or not re.match(f"[{_ARABIC}]", first.group()):
        return _ARABIC_RUN.sub(_arabic_run, text)
    return _RTL_OPEN + text + _RTL_CLOSE


def _arabic_run(match: re.Match) -> str:
    """A run of Arabic marked for ``\\textarabic``: up to its last Arabic letter; what follows stays outside."""
    run = match.group()
    end = len(run)
    while not _ARABIC_LETTER.match(run, end - 1):
        end -= 1
    return _RTL_OPEN + run[:end] + _RTL_CLOSE + run[end:]


def _wrapped(cell: Lines) -> list[str]:
    if not cell.width:
        return list(cell.lines)
    return [part for line in cell.lines
            for part in textwrap.wrap(line, width=cell.width, break_long_words=False, break_on_hyphens=False)
            or [""]]


@dataclass(frozen=True)
class View:
    """One result laid out for every format.

    ``json`` is the ``-f json`` document, ``lines`` the ``-f jsonl`` objects,
    ``flat`` the ``csv``/``tsv`` records (plain values), ``table`` the records
    for tabulate formats (pre-formatted strings, cells may span lines),
    ``align`` their column alignment and ``title`` a line shown above them.
    """

    json: Any
    lines: Sequence[Any]
    flat: Records
    table: Records
    align: Sequence[str] | None = None
    title: str | None = None


def render_view(view: View, fmt: str = DEFAULT_FORMAT) -> str:
    """A :class:`View` as text in format ``fmt``."""
    chosen = get_format(fmt)
    if chosen.kind == CSV:
        return "".join(write_csv(view.flat, chosen.delimiter))
    if chosen.kind == JSON:
        return dumps(view.json, indent=2) + "\n"
    if chosen.kind == JSONL:
        return "".join(dumps(obj) + "\n" for obj in view.lines)
    return titled(view.title, tabulated(view.table, fmt, view.align), fmt)


def titled(title: str | None, table: str, fmt: str) -> str:
    """A table under its title line; in LaTeX the title is a comment, so the file can be ``\\input``."""
    if title is None:
        return table
    if fmt.startswith("latex"):
        title = "\n".join(f"% {line}" for line in title.split("\n"))
    return f"{title}\n\n{table}"

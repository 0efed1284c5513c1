"""A report (:func:`framing.report.build_report`) as text: self-contained HTML or Markdown, and the files
``framing report -o`` writes. Pure.

HTML (:mod:`framing.report_html`) has no external resources (inline CSS, the
figure as a ``data:`` URI, no script). Markdown is GitHub-flavoured; written
to a file, its figure goes beside it (``report.md`` and
``report_files/heatmap.png``, linked relatively) so that the text stays
readable, unless it is embedded (``--embed``): see :func:`report_files`.
"""

from __future__ import annotations

import base64
import os
import re
from typing import Callable, Iterable, Sequence
from urllib.parse import quote

from framing.errors import UsageError
from framing.rendering import render
from framing.report import Report
from framing.report_html import render_html
from framing.report_parts import (DOC_HEADERS, EVIDENCE_NOTE, KEYNESS_HEADERS, LEXICON_HEADERS, cell_heading,
                                  document_rows, key_frames, key_words, lexicon_rows, marked, metric_sentence,
                                  plural, provenance_rows, source_line, summary)

__all__ = ["FIGURE_NAME", "REPORT_FORMATS", "SUFFIXES", "figure_path", "render_html", "render_markdown",
           "render_report", "report_files"]

#: The figure of a Markdown report written to a file, in the folder ``<name>_files`` beside it.
FIGURE_NAME = "heatmap.png"
#: What a Markdown report says in place of a figure it has nowhere to put (stdout, not embedded).
NO_FIGURE_NOTE = ("The heatmap is left out of a Markdown report on stdout: write the report to a file "
                  "(-o report.md puts it in report_files/heatmap.png), or give --embed.")
STDOUT = "-"


# Markdown ---------------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|~])")
_SPACE = re.compile(r"\s+")


def _m(text: object) -> str:
    """Text escaped for Markdown (inline), each run of white space one space."""
    return _MD_SPECIAL.sub(r"\\\1", _SPACE.sub(" ", str(text)))


def _md_table(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    lines = ["| " + " | ".join(_m(h) for h in headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_m(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _md_listed(items: Iterable[tuple[str, str]]) -> str:
    return ", ".join(f"{text}{after}" for text, after in items) or "none"


def _md_figure(report: Report, link: str | None, embed: bool) -> list[str]:
    table = report.table
    note = f"*{_m(report.figure_note)}*"
    if report.figure is None:
        return [note, ""]
    alt = f"Heatmap of {len(table.rows)} groups by {len(table.frames)} frames"
    if link is not None:
        return [f"![{alt}]({quote(link)})", "", note, ""]
    if embed:
        data = base64.b64encode(report.figure).decode("ascii")
        return [f"![{alt}](data:image/png;base64,{data})", "", note, ""]
    return [f"*{_m(NO_FIGURE_NOTE)}*", ""]


def _md_evidence(report: Report) -> list[str]:
    parts = ["## Evidence for the top cells", "", _m(EVIDENCE_NOTE), ""]
    if not report.cells:
        parts += ["No cell has a hit.", ""]
    for cell in report.cells:
        parts += [f"### {cell_heading(cell, _m, _m)}", ""]
        for n, ev in enumerate(cell.examples, start=1):
            text = marked(ev.scored, cell.frame, lambda t: f"**{_m(t)}**", _m)
            source = " · ".join(_m(f"{value}{after}") for value, after in source_line(ev))
            parts += [f"{n}. {text}", f"   — {source}", ""]
    return parts


def render_markdown(report: Report, *, figure_link: str | None = None, embed: bool = True) -> str:
    """The report as one Markdown (GitHub flavour) document.

    The figure is an image at ``figure_link`` (a relative path, written
    beside the report: see :func:`report_files`), else a ``data:`` URI when
    ``embed``, else left out with a note saying how to get it.
    """
    table = report.table
    parts = [f"# {_m(report.title)}", "", _m(summary(report)), "", "## Comparison", "",
             _m(metric_sentence(report)), "", render(table, "github", show_counts=True).rstrip("\n"), ""]
    if report.actors:
        parts += ["Actor names:", "", _md_table(("id", "name"), report.actors), ""]
    parts += ["## Heatmap", "", *_md_figure(report, figure_link, embed), *_md_evidence(report)]
    parts += ["## Keyness", "", _m(report.keyness_note), ""]
    if report.keyness:
        rows = [(g.label, g.statements, _md_listed(key_frames(g)), _md_listed(key_words(g))) for g in report.keyness]
        parts += [_md_table(KEYNESS_HEADERS, rows), ""]
    lexicon = [(frame, lang, ", ".join(terms), description) for frame, lang, terms, description in lexicon_rows(report)]
    parts += ["## Made from", "", _md_table(("what", "value"), provenance_rows(report)), "",
              f"{plural(len(report.documents), 'document').capitalize()}:", "",
              _md_table(DOC_HEADERS, document_rows(report)), "",
              f"Lexicon {_m(report.lexicon.name)}:", "",
              _md_table(LEXICON_HEADERS, lexicon), ""]
    return "\n".join(parts)


#: Report formats by name. To add one: a function ``(Report) -> str`` here
#: and a suffix in :data:`SUFFIXES`.
REPORT_FORMATS: dict[str, Callable[[Report], str]] = {"html": render_html, "md": render_markdown}
#: File suffix -> report format.
SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def render_report(report: Report, fmt: str = "html") -> str:
    """The report as text in ``fmt`` (``html`` or ``md``), in one piece (the figure embedded)."""
    if fmt not in REPORT_FORMATS:
        raise UsageError(f"unknown report format {fmt!r}; choose from: {', '.join(REPORT_FORMATS)}")
    return REPORT_FORMATS[fmt](report)


def figure_path(output: str) -> tuple[str, str]:
    """Where the figure of the Markdown report ``output`` goes: ``(path, link)``, the link relative to the report.

    >>> figure_path("out/report.md")
    ('out/report_files/heatmap.png', 'report_files/heatmap.png')
    """
    folder, name = os.path.split(output)
    link = f"{os.path.splitext(name)[0]}_files/{FIGURE_NAME}"
    return os.path.join(folder, link), link


def report_files(report: Report, output: str, fmt: str, *, embed: bool = False) -> list[tuple[str, str | bytes]]:
    """What ``framing report -o output`` writes, in the order to write it: ``(path, text or bytes)``.

    HTML is one file, its figure inside. Markdown written to a file gets its
    figure beside it (:func:`figure_path`: ``report.md`` and
    ``report_files/heatmap.png``), written first so that the report never
    links to a missing image; with ``embed`` the figure is inside as a
    ``data:`` URI instead. On stdout (``-``) a Markdown report has no figure
    unless ``embed``.
    """
    if fmt != "md":
        return [(output, render_report(report, fmt))]
    if report.figure is not None and not embed and output != STDOUT:
        path, link = figure_path(output)
        return [(path, report.figure), (output, render_markdown(report, figure_link=link))]
    return [(output, render_markdown(report, embed=embed))]

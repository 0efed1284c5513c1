"""A report (:func:`framing.report.build_report`) as one self-contained HTML page. Pure.

No external resources: inline CSS, the figure as a ``data:`` URI, no script.
Every piece of user text (outlets, speakers, dates, documents, labels,
frames, words, terms) stands in its own ``<bdi>``, so that Arabic in one
cannot reorder the words around it: a source line keeps document, outlet,
date and speaker in that order whatever their script. The comparison table
has a fixed layout across the page, its column headers set upright and its
intervals wrapping, so eleven frames fit a 1,280-pixel window without
scrolling; rows resting on fewer than
``--min-statements`` statements are greyed, as they are faded in the heatmap.
"""

from __future__ import annotations

import base64
import html
from typing import Iterable, Sequence

from framing.model import Row, Table
from framing.rendering import format_cell, flagged
from framing.report import Report
from framing.report_parts import (DOC_HEADERS, EVIDENCE_NOTE, KEYNESS_HEADERS, LEXICON_HEADERS, cell_heading,
                                  document_rows, key_frames, key_words, lexicon_rows, marked, metric_sentence,
                                  plural, provenance_rows, source_line, summary)

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif;
margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f;line-height:1.45;overflow-wrap:break-word}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}h3{font-size:1rem}
table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}
th{background:#f4f6f8;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.n small{display:block;color:#666;white-space:normal}
table.cmp{table-layout:fixed;width:100%;font-size:.8rem}table.cmp th,table.cmp td{padding:.25rem .3rem}
table.cmp th{vertical-align:bottom;overflow-wrap:anywhere}table.cmp td{overflow-wrap:anywhere}
table.cmp th.up span{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap}
table.cmp col.key{width:10rem}table.cmp col.count{width:3.6rem}
tr.few td{color:#8a8a8a;background:#fafafa}tr.few td.n small{color:#aaa}
.scroll{overflow-x:auto}figure{margin:1rem 0}figure img{max-width:100%;height:auto}
figcaption,.note,.meta{color:#555;font-size:.85rem}code{font-size:.85em}
mark{background:#ffe58f;padding:0 .1em}blockquote{margin:.3rem 0 .1rem;padding:.2rem .8rem;
border-inline-start:3px solid #9ab}ol.ev>li{margin-bottom:.8rem}.src{color:#555;font-size:.8rem}
details{margin:.5rem 0}summary{cursor:pointer}
""".strip()


class Html(str):
    """Text that is HTML already: a table cell that is not escaped again."""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _b(text: object) -> str:
    """User text, escaped and isolated (``<bdi>``), so its direction does not spill over."""
    return f"<bdi>{_e(text)}</bdi>" if str(text) else ""


def _listed(items: Iterable[tuple[str, str]]) -> Html:
    """``(user text, words after)`` pairs, comma-separated, each user text isolated."""
    return Html(", ".join(f"{_b(text)}{_e(after)}" for text, after in items) or "none")


def _cell(value: object, numeric: bool) -> str:
    if numeric:
        return f'<td class="n">{_e(value)}</td>'
    return f"<td>{value if isinstance(value, Html) else _b(value)}</td>"


def _html_table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[bool]) -> str:
    out = ['<div class="scroll"><table>', "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers)
           + "</tr></thead>", "<tbody>"]
    out += ["<tr>" + "".join(_cell(v, n) for v, n in zip(row, numeric)) + "</tr>" for row in rows]
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _html_cell(table: Table, row: Row, frame: str) -> str:
    value = format_cell(table, row, frame)  # value, * flag, [low–high]
    main, _, interval = value.partition(" [")
    counts = f"{row.with_frame[frame]} of {plural(row.statements, 'statement')}, {plural(row.hits[frame], 'hit')}"
    # a cell without hits has the interval [0–0] in every resample: shown as its counts only
    extra = f"<small>[{_e(interval)}</small>" if interval and row.hits[frame] else ""
    return f'<td class="n" title="{_e(counts)}">{_e(main)}{extra}</td>'


def _up(name: str) -> str:
    """A column header set upright, reading upwards, so that a column is as narrow as its numbers."""
    return f'<th class="up"><span>{_e(name)}</span></th>'


def _html_comparison(report: Report) -> str:
    table = report.table
    cols = ['<col class="key">'] * len(table.by) + ['<col class="count">'] * 2 + ["<col>"] * len(table.frames)
    headers = [*(f"<th>{_e(key)}</th>" for key in table.by), *map(_up, ("statements", "tokens", *table.frames))]
    out = ['<div class="scroll"><table class="cmp">', f"<colgroup>{''.join(cols)}</colgroup>",
           f"<thead><tr>{''.join(headers)}</tr></thead>", "<tbody>"]
    for row, label in zip(table.rows, report.labels):
        keys = "".join(f"<td>{_b(v)}</td>" for v in row.key)
        cells = "".join(_html_cell(table, row, f) for f in table.frames)
        few = ' class="few"' if flagged(table, row) else ""
        out.append(f'<tr{few} title="{_e(label)}">{keys}<td class="n">{row.statements}</td>'
                   f'<td class="n">{row.tokens}</td>{cells}</tr>')
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _figure(report: Report) -> list[str]:
    table = report.table
    if report.figure is None:
        return [f'<p class="note">{_e(report.figure_note)}</p>']
    data = base64.b64encode(report.figure).decode("ascii")
    alt = f"Heatmap of {len(table.rows)} groups by {len(table.frames)} frames, metric {table.metric}"
    return [f'<figure><img src="data:image/png;base64,{data}" alt="{_e(alt)}">'
            f"<figcaption>{_e(report.figure_note)}</figcaption></figure>"]


def _evidence(report: Report) -> list[str]:
    parts = [f'<p class="meta">{_e(EVIDENCE_NOTE)}</p>']
    if not report.cells:
        parts.append('<p class="note">No cell has a hit.</p>')
    for cell in report.cells:
        parts.append(f"<h3>{cell_heading(cell, _b, _e)}</h3>")
        parts.append('<ol class="ev">')
        for ev in cell.examples:
            text = marked(ev.scored, cell.frame, lambda t: f"<mark>{_e(t)}</mark>", _e)
            source = " · ".join(f"{_b(value)}{_e(after)}" for value, after in source_line(ev))
            parts.append(f'<li><blockquote dir="auto">{text}</blockquote><div class="src">{source}</div></li>')
        parts.append("</ol>")
    return parts


def _keyness(report: Report) -> list[str]:
    parts = [f'<p class="meta">{_e(report.keyness_note)}</p>']
    if report.keyness:
        rows = [(g.label, g.statements, _listed(key_frames(g)), _listed(key_words(g))) for g in report.keyness]
        parts.append(_html_table(KEYNESS_HEADERS, rows, (False, True, False, False)))
    return parts


def _provenance(report: Report) -> list[str]:
    lexicon = [(frame, lang, _listed((t, "") for t in terms), description)
               for frame, lang, terms, description in lexicon_rows(report)]
    return [
        _html_table(("what", "value"), provenance_rows(report), (False, False)),
        f"<details><summary>{plural(len(report.documents), 'document')}</summary>",
        _html_table(DOC_HEADERS, document_rows(report), (False,) * 5 + (True, False)),
        "</details>",
        f"<details><summary>Lexicon {_b(report.lexicon.name)}: {plural(len(report.lexicon.frames), 'frame')}"
        "</summary>",
        _html_table(LEXICON_HEADERS, lexicon, (False,) * 4),
        "</details>",
    ]


def render_html(report: Report) -> str:
    """The report as one HTML5 document with no external resources."""
    parts = [
        "<!DOCTYPE html>", '<html lang="en">', "<head>", '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="framing {_e(report.version)}">',
        f"<title>{_e(report.title)}</title>", f"<style>{_CSS}</style>", "</head>", "<body>",
        f"<h1>{_b(report.title)}</h1>",
        f'<p class="meta">{_e(summary(report))}</p>',
        '<h2 id="table">Comparison</h2>',
        f'<p class="meta">{_e(metric_sentence(report))}</p>',
        _html_comparison(report),
    ]
    if report.actors:
        parts += ["<details><summary>Actor names</summary>",
                  _html_table(("id", "name"), report.actors, (False, False)), "</details>"]
    parts += ['<h2 id="figure">Heatmap</h2>', *_figure(report)]
    parts += ['<h2 id="evidence">Evidence for the top cells</h2>', *_evidence(report)]
    parts += ['<h2 id="keyness">Keyness</h2>', *_keyness(report)]
    parts += ['<h2 id="provenance">Made from</h2>', *_provenance(report), "</body>", "</html>"]
    return "\n".join(parts) + "\n"

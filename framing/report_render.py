"""A report (:func:`framing.report.build_report`) as text: self-contained HTML or Markdown.

HTML has no external resources (inline CSS, the figure as a ``data:`` URI,
no script); Markdown is GitHub-flavoured with the figure embedded. Pure.
"""

from __future__ import annotations

import base64
import html
import re
from typing import TYPE_CHECKING, Callable, Iterable, Sequence

from framing.comparison import check_metric
from framing.errors import UsageError
from framing.model import Row, ScoredStatement, Table
from framing.rendering import FLAG, format_cell, render
from framing.report import Cell, KeyGroup, Report

if TYPE_CHECKING:
    from framing.evidence import Evidence

# -- rendering ----------------------------------------------------------------------

def _marked(scored: ScoredStatement, frame: str, mark: Callable[[str], str], plain: Callable[[str], str]) -> str:
    """The statement's text with the hits of ``frame`` passed through ``mark``, the rest through ``plain``."""
    s = scored.statement
    out, at = [], 0
    for hit in sorted((h for h in scored.hits if h.frame == frame), key=lambda h: (h.start, -h.end)):
        start, end = hit.start - s.start, hit.end - s.start
        if start < at:
            continue
        out.append(plain(s.text[at:start]))
        out.append(mark(s.text[start:end]))
        at = end
    out.append(plain(s.text[at:]))
    return _SPACE.sub(" ", "".join(out)).strip()


def _cell_heading(cell: Cell) -> str:
    return (f"{cell.label} × {cell.frame}: {cell.shown}; {cell.with_frame} of {_plural(cell.statements, 'statement')}, "
            f"{_plural(cell.hits, 'hit')}")


def _source_line(ev: Evidence) -> list[str]:
    s = ev.scored.statement
    who = s.speaker or s.actor
    return [s.doc, s.source, ev.date, f"{who} ({s.kind})", f"{s.lang}, characters {s.start}–{s.end}"]


def _key_frames(group: KeyGroup) -> str:
    return ", ".join(f"{name} ({_plural(count, 'hit')}, z {z:.2f})" for name, count, z in group.frames) or "none"


def _key_words(group: KeyGroup) -> str:
    return ", ".join(f"{word} ({count}, z {z:.2f})" for word, count, z in group.words) or "none"


def _keyness_rows(report: Report) -> list[tuple[str, int, str, str]]:
    return [(g.label, g.statements, _key_frames(g), _key_words(g)) for g in report.keyness]


_KEYNESS_HEADERS = ("group", "statements", "frames over-used (hits, z)", "words over-used (count, z)")


# HTML -------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif;
margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}h3{font-size:1rem}
table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}
th{background:#f4f6f8;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.n small{display:block;color:#666}
.scroll{overflow-x:auto}figure{margin:1rem 0}figure img{max-width:100%;height:auto}
figcaption,.note,.meta{color:#555;font-size:.85rem}code{font-size:.85em}
mark{background:#ffe58f;padding:0 .1em}blockquote{margin:.3rem 0 .1rem;padding:.2rem .8rem;
border-inline-start:3px solid #9ab}ol.ev>li{margin-bottom:.8rem}.src{color:#555;font-size:.8rem}
details{margin:.5rem 0}summary{cursor:pointer}
""".strip()


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _html_table(headers: Sequence[str], rows: Iterable[Sequence[object]], numeric: Sequence[bool]) -> str:
    out = ['<div class="scroll"><table>', "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers)
           + "</tr></thead>", "<tbody>"]
    for row in rows:
        cells = "".join(
            f'<td class="n">{_e(v)}</td>' if n else f'<td dir="auto">{_e(v)}</td>' for v, n in zip(row, numeric)
        )
        out.append(f"<tr>{cells}</tr>")
    out.append("</tbody></table></div>")
    return "\n".join(out)


def _html_cell(table: Table, row: Row, frame: str) -> str:
    value = format_cell(table, row, frame)  # value, * flag, [low–high]
    main, _, interval = value.partition(" [")
    counts = f"{row.with_frame[frame]} of {_plural(row.statements, 'statement')}, {_plural(row.hits[frame], 'hit')}"
    # a cell without hits has the interval [0–0] in every resample: shown as its counts only
    extra = f"<small>[{_e(interval)}</small>" if interval and row.hits[frame] else ""
    return f'<td class="n" title="{_e(counts)}">{_e(main)}{extra}</td>'


def _html_comparison(report: Report) -> str:
    table = report.table
    headers = [*table.by, "statements", "tokens", *table.frames]
    out = ['<div class="scroll"><table>', "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers)
           + "</tr></thead>", "<tbody>"]
    for row, label in zip(table.rows, report.labels):
        keys = "".join(f'<td dir="auto">{_e(v)}</td>' for v in row.key)
        cells = "".join(_html_cell(table, row, f) for f in table.frames)
        out.append(f'<tr title="{_e(label)}">{keys}<td class="n">{row.statements}</td>'
                   f'<td class="n">{row.tokens}</td>{cells}</tr>')
    out.append("</tbody></table></div>")
    return "\n".join(out)


def render_html(report: Report) -> str:
    """The report as one HTML5 document with no external resources."""
    table = report.table
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta name="generator" content="framing {_e(report.version)}">',
        f"<title>{_e(report.title)}</title>",
        f"<style>{_CSS}</style>",
        "</head>",
        "<body>",
        f'<h1 dir="auto">{_e(report.title)}</h1>',
        f'<p class="meta">{_e(_summary(report))}</p>',
        '<h2 id="table">Comparison</h2>',
        f'<p class="meta">{_e(_metric_sentence(report))}</p>',
        _html_comparison(report),
    ]
    if report.actors:
        parts.append("<details><summary>Actor names</summary>")
        parts.append(_html_table(("id", "name"), report.actors, (False, False)))
        parts.append("</details>")
    parts.append('<h2 id="figure">Heatmap</h2>')
    if report.figure is not None:
        data = base64.b64encode(report.figure).decode("ascii")
        alt = f"Heatmap of {len(table.rows)} groups by {len(table.frames)} frames, metric {table.metric}"
        parts.append(f'<figure><img src="data:image/png;base64,{data}" alt="{_e(alt)}">'
                     f"<figcaption>{_e(report.figure_note)}</figcaption></figure>")
    else:
        parts.append(f'<p class="note">{_e(report.figure_note)}</p>')
    parts.append('<h2 id="evidence">Evidence for the top cells</h2>')
    parts.append(f'<p class="meta">{_e(_EVIDENCE_NOTE)}</p>')
    if not report.cells:
        parts.append('<p class="note">No cell has a hit.</p>')
    for cell in report.cells:
        parts.append(f'<h3 dir="auto">{_e(_cell_heading(cell))}</h3>')
        parts.append('<ol class="ev">')
        for ev in cell.examples:
            text = _marked(ev.scored, cell.frame, lambda t: f"<mark>{_e(t)}</mark>", _e)
            source = " · ".join(_e(x) for x in _source_line(ev) if x)
            parts.append(f'<li><blockquote dir="auto">{text}</blockquote><div class="src">{source}</div></li>')
        parts.append("</ol>")
    parts.append('<h2 id="keyness">Keyness</h2>')
    parts.append(f'<p class="meta">{_e(report.keyness_note)}</p>')
    if report.keyness:
        parts.append(_html_table(_KEYNESS_HEADERS, _keyness_rows(report), (False, True, False, False)))
    parts.append('<h2 id="provenance">Made from</h2>')
    parts.append(_html_table(("what", "value"), _provenance_rows(report), (False, False)))
    parts.append(f"<details><summary>{_plural(len(report.documents), 'document')}</summary>")
    parts.append(_html_table(_DOC_HEADERS, _document_rows(report), (False,) * 5 + (True, False)))
    parts.append("</details>")
    parts.append(f"<details><summary>Lexicon {_e(report.lexicon.name)}: "
                 f"{_plural(len(report.lexicon.frames), 'frame')}</summary>")
    parts.append(_html_table(("frame", "lang", "terms", "description"), _lexicon_rows(report), (False,) * 4))
    parts.append("</details>")
    parts.append("</body>")
    parts.append("</html>")
    return "\n".join(parts) + "\n"


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


def render_markdown(report: Report) -> str:
    """The report as one Markdown (GitHub flavour) document; the figure is a ``data:`` URI."""
    table = report.table
    parts = [f"# {_m(report.title)}", "", _m(_summary(report)), "", "## Comparison", "",
             _m(_metric_sentence(report)), "", render(table, "github", show_counts=True).rstrip("\n"), ""]
    if report.actors:
        parts += ["Actor names:", "", _md_table(("id", "name"), report.actors), ""]
    parts += ["## Heatmap", ""]
    if report.figure is not None:
        data = base64.b64encode(report.figure).decode("ascii")
        parts += [f"![Heatmap of {len(table.rows)} groups by {len(table.frames)} frames](data:image/png;base64,{data})",
                  "", f"*{_m(report.figure_note)}*", ""]
    else:
        parts += [f"*{_m(report.figure_note)}*", ""]
    parts += ["## Evidence for the top cells", "", _m(_EVIDENCE_NOTE), ""]
    if not report.cells:
        parts += ["No cell has a hit.", ""]
    for cell in report.cells:
        parts += [f"### {_m(_cell_heading(cell))}", ""]
        for n, ev in enumerate(cell.examples, start=1):
            text = _marked(ev.scored, cell.frame, lambda t: f"**{_m(t)}**", _m)
            source = " · ".join(_m(x) for x in _source_line(ev) if x)
            parts += [f"{n}. {text}", f"   — {source}", ""]
    parts += ["## Keyness", "", _m(report.keyness_note), ""]
    if report.keyness:
        parts += [_md_table(_KEYNESS_HEADERS, _keyness_rows(report)), ""]
    parts += ["## Made from", "", _md_table(("what", "value"), _provenance_rows(report)), "",
              f"{_plural(len(report.documents), 'document').capitalize()}:", "",
              _md_table(_DOC_HEADERS, _document_rows(report)), "",
              f"Lexicon {_m(report.lexicon.name)}:", "",
              _md_table(("frame", "lang", "terms", "description"), _lexicon_rows(report)), ""]
    return "\n".join(parts)


# Shared pieces ----------------------------------------------------------------------

_DOC_HEADERS = ("id", "source", "date", "lang", "title", "chars", "sha256")


_EVIDENCE_NOTE = ("The cells with the largest values (rows of fewer statements last), and the statements "
                  "behind each with most hits, the matched terms marked. Every statement behind a cell: "
                  "framing explain GROUP FRAME with the same inputs.")


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def _summary(report: Report) -> str:
    table = report.table
    statements = sum(r.statements for r in table.rows)
    return (f"{_plural(len(report.documents), 'document')}, {_plural(statements, 'statement')} in "
            f"{_plural(len(table.rows), 'group')}, {_plural(len(table.frames), 'frame')}. "
            f"Made by framing {report.version}.")


def _metric_sentence(report: Report) -> str:
    table = report.table
    description = check_metric(table.metric).description
    settings = dict(report.settings)
    voice = {"said": "what each actor said", "about": "the outlet's own sentences about each actor",
             "both": "what each actor said, each followed by the outlet's own sentences about it (about:)"}
    text = (f"Metric {table.metric}: {description}. Rows: by {settings['by']}, statements of "
            f"{voice[settings['voice']]}{', with the narration (outlet:)' if settings['narration'] == 'yes' else ''}.")
    if table.min_statements:
        text += f" {FLAG} marks a row of fewer than {table.min_statements} statements."
    if table.ci is not None:
        text += (f" [low–high] is the {table.ci.level:g} % bootstrap interval ({table.ci.resamples} resamples of "
                 f"the group's statements, seed {table.ci.seed}).")
    return text


def _provenance_rows(report: Report) -> list[tuple[str, str]]:
    rows = [("corpus", ", ".join(report.sources) or "(documents given directly)"),
            ("corpus sha256", report.corpus_sha256),
            ("documents", str(len(report.documents)))]
    rows += [(f"lexicon {name} sha256", sha) for name, sha in report.table.lexicons]
    rows += [("actor registry sha256", report.registry_sha256)]
    rows += [(name, value) for name, value in report.settings]
    rows += [("framing", report.version)]
    return rows


def _document_rows(report: Report) -> list[tuple[object, ...]]:
    return [(d.id, d.source, d.date, d.lang, d.title, d.chars, d.sha256) for d in report.documents]


def _lexicon_rows(report: Report) -> list[tuple[str, str, str, str]]:
    return [(f.id, lang, ", ".join(f.terms[lang]), f.description)
            for f in report.lexicon.frames for lang in sorted(f.terms)]


#: Report formats by name. To add one: a function ``(Report) -> str`` here
#: and a suffix in :data:`SUFFIXES`.
REPORT_FORMATS: dict[str, Callable[[Report], str]] = {"html": render_html, "md": render_markdown}
#: File suffix -> report format.
SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


def render_report(report: Report, fmt: str = "html") -> str:
    """The report as text in ``fmt`` (``html`` or ``md``)."""
    if fmt not in REPORT_FORMATS:
        raise UsageError(f"unknown report format {fmt!r}; choose from: {', '.join(REPORT_FORMATS)}")
    return REPORT_FORMATS[fmt](report)

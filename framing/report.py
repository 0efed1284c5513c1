"""A report in one self-contained file: table, heatmap, evidence, keyness, provenance.

:func:`build_report` runs the whole analysis over a corpus and gathers what
a reader needs to check a finding: the comparison table, its heatmap
(:mod:`framing.plot`, a PNG embedded as base64, when matplotlib is installed),
the statements behind the top cells with the matched terms marked, the
distinguishing frames of each group (keyness), and what the report was made
from with hashes (corpus, documents, lexicons, actor registry, settings).
:func:`render_report` writes it as HTML (no external resources: inline CSS,
the figure as a ``data:`` URI, no script) or Markdown (GitHub flavour).

Pure: documents come in, text comes out; the CLI reads and writes files.
Unlike ``compare``, the report keeps every scored statement in memory (the
evidence and keyness need them), so it is meant for corpora a reader can read
about, not for millions of documents.

Hashes make a report checkable: a document's ``sha256`` is that of its text
as UTF-8 (the file's bytes, for a UTF-8 file without a byte order mark); the
corpus ``sha256`` is that of its documents' records, one JSON line each
(``id``, ``source``, ``date``, ``lang``, ``url``, ``title``, ``sha256``) in
reading order; the registry ``sha256`` that of its actors as JSON lines
(``id``, ``name``, ``kind``, ``aliases``) sorted by id.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Iterator, Sequence

from framing import __version__
from framing.compare import check_by, check_metric, compare
from framing.errors import UsageError
from framing.model import Document, Lexicon, Row, ScoredStatement, Table
from framing.plot import INSTALL_HINT, MAX_ROWS, PlotUnavailable, heatmap, row_labels
from framing.render import format_value, render
from framing.voice import check_voice, pair_rows

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.lexicon import Matcher

#: Cells whose evidence is shown, by default.
TOP_CELLS = 5
#: Statements shown per cell, by default.
PER_CELL = 3
#: Cells resting on fewer statements rank after the others among the top cells.
MIN_STATEMENTS = 3


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    """One document of the corpus, as the report lists it."""

    id: str
    source: str
    date: str
    lang: str
    title: str
    chars: int
    sha256: str


@dataclass(frozen=True, slots=True)
class Evidence:
    """One cell of the table and the statements behind it."""

    key: tuple[str, ...]
    label: str
    frame: str
    value: float
    statements: int
    with_frame: int
    hits: int
    examples: tuple[ScoredStatement, ...]


@dataclass(frozen=True, slots=True)
class Keyness:
    """The frames that distinguish one group from the rest (filled by :mod:`framing.stats`)."""

    label: str
    rows: tuple[tuple[str, ...], ...]
    headers: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a rendered report shows; see :func:`build_report`."""

    title: str
    table: Table
    labels: tuple[str, ...]
    actors: tuple[tuple[str, str], ...]
    figure: bytes | None
    figure_note: str
    evidence: tuple[Evidence, ...]
    keyness: tuple[Keyness, ...]
    keyness_note: str
    lexicon: Lexicon
    sources: tuple[str, ...]
    documents: tuple[DocumentInfo, ...]
    corpus_sha256: str
    registry_sha256: str
    settings: tuple[tuple[str, str], ...]
    version: str = __version__


# -- building -----------------------------------------------------------------------

class _Recorder:
    """Passes documents through, keeping what the provenance section lists."""

    def __init__(self) -> None:
        self.documents: list[DocumentInfo] = []
        self._corpus = hashlib.sha256()

    def __call__(self, documents: Iterable[Document]) -> Iterator[Document]:
        for doc in documents:
            digest = hashlib.sha256(doc.text.encode("utf-8", "surrogatepass")).hexdigest()
            record = {"id": doc.id, "source": doc.source, "date": doc.date, "lang": doc.lang,
                      "url": doc.url, "title": doc.title, "sha256": digest}
            self._corpus.update((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
            self.documents.append(DocumentInfo(doc.id, doc.source, doc.date, doc.lang, doc.title,
                                               len(doc.text), digest))
            yield doc

    @property
    def sha256(self) -> str:
        return self._corpus.hexdigest()


def registry_sha256(registry: ActorRegistry) -> str:
    """The hash of a registry's content: its actors as JSON lines, sorted by id."""
    digest = hashlib.sha256()
    for actor in registry.actors:
        record = {"id": actor.id, "name": actor.name, "kind": registry.kind(actor.id) or "",
                  "aliases": {lang: list(actor.aliases[lang]) for lang in sorted(actor.aliases)}}
        digest.update((json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8"))
    return digest.hexdigest()


def build_report(
    documents: Iterable[Document],
    registry: ActorRegistry,
    lexicon: Lexicon,
    *,
    matcher: Matcher | None = None,
    lexicons: Sequence[tuple[str, str]] = (),
    sources: Sequence[str] = (),
    by: Sequence[str] = ("actor",),
    metric: str = "share",
    narration: bool = False,
    voice: str = "said",
    top: int = TOP_CELLS,
    per_cell: int = PER_CELL,
    min_statements: int = MIN_STATEMENTS,
    max_rows: int | None = MAX_ROWS,
    figure: bool = True,
    title: str = "",
) -> Report:
    """Analyse a corpus and gather a report.

    Parameters
    ----------
    documents : the corpus, read once.
    registry : actor registry (its display names label the rows).
    lexicon : the (merged) lexicon; its frames are the columns.
    matcher : the compiled lexicon; compiled from ``lexicon`` when None.
    lexicons : ``(name, sha256)`` of each lexicon given, for provenance;
        default the merged lexicon's own.
    sources : the corpus sources as the user named them, for provenance.
    by, metric, narration, voice : as for ``framing compare``.
    top : number of cells whose evidence is shown.
    per_cell : statements shown per cell.
    min_statements : cells with fewer statements rank after the others.
    max_rows : rows drawn in the figure at most.
    figure : draw the heatmap (needs matplotlib; without it the report says
        how to get one).
    title : the report's title; default names the corpus and lexicon.

    Examples
    --------
    >>> from framing import load_corpus, load_registry, load_lexicon
    >>> report = build_report(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
    ...                       load_lexicon("unrest"), figure=False)
    >>> [(e.key, e.frame, e.value) for e in report.evidence[:2]]
    [(('eu',), 'restraint', 100.0), (('media',), 'violence_casualties', 83.33333333333333)]
    """
    from framing.lexicon import compile_lexicon
    from framing.pipeline import analyse

    keys = check_by(by)
    check_metric(metric)
    check_voice(voice)
    if top < 0 or per_cell < 0:
        raise UsageError("--top and --per-cell must be 0 or more")
    matcher = matcher if matcher is not None else compile_lexicon(lexicon)
    recorder = _Recorder()
    scored = list(analyse(recorder(documents), registry, matcher, narration=narration, voice=voice))
    provenance = tuple(lexicons) or ((lexicon.name, lexicon.sha256),)
    table = compare(scored, lexicon.frame_ids, by=keys, metric=metric, lexicons=provenance)
    if voice == "both":
        table = pair_rows(table)
    labels = tuple(row_labels(table, registry))
    image, note = _figure(table, registry, max_rows, title) if figure else (None, "")
    evidence = tuple(_evidence(scored, table, labels, top, per_cell, min_statements))
    keyness, keyness_note = _keyness(scored, table, registry)
    sources = tuple(sources)
    settings = (
        ("by", ",".join(keys)), ("metric", metric), ("voice", voice),
        ("narration", "yes" if narration else "no"), ("top cells", str(top)),
        ("statements per cell", str(per_cell)), ("min statements", str(min_statements)),
    )
    return Report(
        title=title or _default_title(sources, provenance),
        table=table,
        labels=labels,
        actors=_actors(table, registry),
        figure=image,
        figure_note=note,
        evidence=evidence,
        keyness=keyness,
        keyness_note=keyness_note,
        lexicon=lexicon,
        sources=sources,
        documents=tuple(recorder.documents),
        corpus_sha256=recorder.sha256,
        registry_sha256=registry_sha256(registry),
        settings=settings,
    )


def _default_title(sources: Sequence[str], lexicons: Sequence[tuple[str, str]]) -> str:
    corpus = ", ".join(sources) or "corpus"
    return f"Framing report: {corpus} ({', '.join(name for name, _ in lexicons)})"


def _figure(table: Table, registry: ActorRegistry, max_rows: int | None, title: str) -> tuple[bytes | None, str]:
    if not table.rows:
        return None, "No figure: there are no statements to draw."
    try:
        image = heatmap(table, fmt="png", registry=registry, max_rows=max_rows)
    except PlotUnavailable:
        return None, f"No figure: matplotlib is not installed. To get one: {INSTALL_HINT}"
    shown = min(len(table.rows), max_rows or len(table.rows))
    what = f"the {shown} groups with most statements, of {len(table.rows)}" if shown < len(table.rows) else "all groups"
    return image, f"Heatmap of the table above ({what}; darker is more)."


def _actors(table: Table, registry: ActorRegistry) -> tuple[tuple[str, str], ...]:
    if "actor" not in table.by:
        return ()
    at = table.by.index("actor")
    seen: dict[str, str] = {}
    for row in table.rows:
        actor = row.key[at]
        base = actor.split(":", 1)[1] if actor.startswith("about:") else actor
        if base in registry and base not in seen:
            seen[base] = registry.name(base)
    return tuple(sorted(seen.items()))


def _matches(scored: ScoredStatement, by: tuple[str, ...], key: tuple[str, ...]) -> bool:
    return tuple(getattr(scored.statement, k) for k in by) == key


def _evidence(scored: list[ScoredStatement], table: Table, labels: Sequence[str], top: int, per_cell: int,
              min_statements: int) -> Iterator[Evidence]:
    """The top cells (largest values, well-supported first) and example statements of each."""
    cells: list[tuple[tuple, Row, str, str]] = []
    for i, (row, label) in enumerate(zip(table.rows, labels)):
        for j, frame in enumerate(table.frames):
            if row.with_frame[frame] and row.values[frame] > 0:
                rank = (row.statements < min_statements, -row.values[frame], -row.with_frame[frame], i, j)
                cells.append((rank, row, label, frame))
    cells.sort(key=lambda c: c[0])
    for _, row, label, frame in cells[:top]:
        found = [s for s in scored if _matches(s, table.by, row.key) and any(h.frame == frame for h in s.hits)]
        found.sort(key=lambda s: (-sum(h.frame == frame for h in s.hits), s.statement.doc, s.statement.start,
                                  s.statement.actor))
        yield Evidence(key=row.key, label=label, frame=frame, value=row.values[frame], statements=row.statements,
                       with_frame=row.with_frame[frame], hits=row.hits[frame], examples=tuple(found[:per_cell]))


def _keyness(scored: list[ScoredStatement], table: Table, registry: ActorRegistry) -> tuple[tuple[Keyness, ...], str]:
    return (), "Keyness is not available in this version."


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


def _cell_text(ev: Evidence, metric: str) -> str:
    return (f"{format_value(ev.value, metric)} ({ev.with_frame} of {ev.statements} statements, "
            f"{ev.hits} hit{'s' if ev.hits != 1 else ''})")


def _source_line(scored: ScoredStatement, dates: dict[str, str]) -> list[str]:
    s = scored.statement
    who = s.speaker or s.actor
    return [s.doc, s.source, dates.get(s.doc, ""), f"{who} ({s.kind})", f"{s.lang}, chars {s.start}–{s.end}"]


# HTML -------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Noto Naskh Arabic",sans-serif;
margin:2rem auto;max-width:78rem;padding:0 1rem;color:#1d1d1f;line-height:1.45}
h1{font-size:1.6rem}h2{margin-top:2.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
table{border-collapse:collapse;font-size:.85rem;margin:.6rem 0}
th,td{border:1px solid #ddd;padding:.25rem .5rem;vertical-align:top}
th{background:#f4f6f8;text-align:left}td.n{text-align:right;font-variant-numeric:tabular-nums}
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


def _html_comparison(report: Report) -> str:
    table = report.table
    headers = [*table.by, "statements", "tokens", *table.frames]
    out = ['<div class="scroll"><table>', "<thead><tr>" + "".join(f"<th>{_e(h)}</th>" for h in headers)
           + "</tr></thead>", "<tbody>"]
    for row, label in zip(table.rows, report.labels):
        keys = "".join(f'<td dir="auto">{_e(v)}</td>' for v in row.key)
        cells = "".join(
            f'<td class="n" title="{row.with_frame[f]} of {row.statements} statements, {row.hits[f]} hits">'
            f"{_e(format_value(row.values[f], table.metric))}</td>"
            for f in table.frames
        )
        out.append(f'<tr title="{_e(label)}">{keys}<td class="n">{row.statements}</td>'
                   f'<td class="n">{row.tokens}</td>{cells}</tr>')
    out.append("</tbody></table></div>")
    return "\n".join(out)


def render_html(report: Report) -> str:
    """The report as one HTML5 document with no external resources."""
    dates = {d.id: d.date for d in report.documents}
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
    if not report.evidence:
        parts.append('<p class="note">No cell has a hit.</p>')
    for ev in report.evidence:
        parts.append(f'<h3 dir="auto">{_e(ev.label)} × {_e(ev.frame)}: {_e(_cell_text(ev, table.metric))}</h3>')
        parts.append('<ol class="ev">')
        for item in ev.examples:
            text = _marked(item, ev.frame, lambda t: f"<mark>{_e(t)}</mark>", _e)
            source = " · ".join(_e(x) for x in _source_line(item, dates) if x)
            parts.append(f'<li><blockquote dir="auto">{text}</blockquote><div class="src">{source}</div></li>')
        parts.append("</ol>")
    parts.append('<h2 id="keyness">Keyness</h2>')
    if report.keyness_note:
        parts.append(f'<p class="note">{_e(report.keyness_note)}</p>')
    for key in report.keyness:
        parts.append(f'<h3 dir="auto">{_e(key.label)}</h3>')
        numeric = [all(_is_num(r[i]) for r in key.rows) for i in range(len(key.headers))]
        parts.append(_html_table(key.headers, key.rows, numeric))
    parts.append('<h2 id="provenance">Made from</h2>')
    parts.append(_html_table(("what", "value"), _provenance_rows(report), (False, False)))
    parts.append(f"<details><summary>{len(report.documents)} document{'s' if len(report.documents) != 1 else ''}"
                 "</summary>")
    parts.append(_html_table(_DOC_HEADERS, _document_rows(report), (False,) * 5 + (True, False)))
    parts.append("</details>")
    parts.append(f"<details><summary>Lexicon {_e(report.lexicon.name)}: {len(report.lexicon.frames)} frames"
                 "</summary>")
    parts.append(_html_table(("frame", "lang", "terms", "description"), _lexicon_rows(report), (False,) * 4))
    parts.append("</details>")
    parts.append("</body>")
    parts.append("</html>")
    return "\n".join(parts) + "\n"


def _is_num(value: object) -> bool:
    return isinstance(value, (int, float)) or bool(re.fullmatch(r"-?\d+(\.\d+)?(e-?\d+)?", str(value)))


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
    dates = {d.id: d.date for d in report.documents}
    table = report.table
    parts = [f"# {_m(report.title)}", "", _m(_summary(report)), "", "## Comparison", "",
             _m(_metric_sentence(report)), "", render(table, "github").rstrip("\n"), ""]
    if report.actors:
        parts += ["Actor names:", "", _md_table(("id", "name"), report.actors), ""]
    parts += ["## Heatmap", ""]
    if report.figure is not None:
        data = base64.b64encode(report.figure).decode("ascii")
        parts += [f"![Heatmap of {len(table.rows)} groups by {len(table.frames)} frames](data:image/png;base64,{data})",
                  "", f"*{_m(report.figure_note)}*", ""]
    else:
        parts += [f"*{_m(report.figure_note)}*", ""]
    parts += ["## Evidence for the top cells", ""]
    if not report.evidence:
        parts += ["No cell has a hit.", ""]
    for ev in report.evidence:
        parts += [f"### {_m(ev.label)} × {_m(ev.frame)}: {_m(_cell_text(ev, table.metric))}", ""]
        for n, item in enumerate(ev.examples, start=1):
            text = _marked(item, ev.frame, lambda t: f"**{_m(t)}**", _m)
            source = " · ".join(_m(x) for x in _source_line(item, dates) if x)
            parts += [f"{n}. {text}", f"   — {source}", ""]
    parts += ["## Keyness", ""]
    if report.keyness_note:
        parts += [f"*{_m(report.keyness_note)}*", ""]
    for key in report.keyness:
        parts += [f"### {_m(key.label)}", "", _md_table(key.headers, key.rows), ""]
    parts += ["## Made from", "", _md_table(("what", "value"), _provenance_rows(report)), "",
              "Documents:", "", _md_table(_DOC_HEADERS, _document_rows(report)), "",
              f"Lexicon {_m(report.lexicon.name)}:", "",
              _md_table(("frame", "lang", "terms", "description"), _lexicon_rows(report)), ""]
    return "\n".join(parts)


# Shared pieces ----------------------------------------------------------------------

_DOC_HEADERS = ("id", "source", "date", "lang", "title", "chars", "sha256")


def _summary(report: Report) -> str:
    table = report.table
    statements = sum(r.statements for r in table.rows)
    return (f"{len(report.documents)} documents, {statements} statements in {len(table.rows)} groups, "
            f"{len(table.frames)} frames. Made by framing {report.version}.")


def _metric_sentence(report: Report) -> str:
    table = report.table
    description = check_metric(table.metric).description
    settings = dict(report.settings)
    voice = {"said": "what each actor said", "about": "the outlet's own sentences about each actor",
             "both": "what each actor said, each followed by the outlet's own sentences about it (about:)"}
    return (f"Metric {table.metric}: {description}. Rows: by {settings['by']}, statements of "
            f"{voice[settings['voice']]}{', with the narration (outlet:)' if settings['narration'] == 'yes' else ''}.")


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

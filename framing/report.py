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
as UTF-8, which for a ``.txt``/``.md`` document is the file's ``sha256sum``
(texts are read exactly as they are, byte order mark and line ends kept); the
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
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Sequence

from framing import __version__
from framing.comparison import MIN_STATEMENTS, check_by, check_ci, check_count, check_metric, compare
from framing.errors import UsageError
from framing.model import Document, Lexicon, Row, ScoredStatement, Table
from framing.plot import INSTALL_HINT, MAX_ROWS, PlotUnavailable, heatmap, row_labels
from framing.rendering import FLAG, flagged, format_cell, render
from framing.voice import about_actor, check_voice, pair_rows

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.evidence import Evidence
    from framing.lexicon import Matcher

#: Cells whose evidence is shown, by default.
TOP_CELLS = 5
#: Statements shown per cell, by default.
PER_CELL = 3
#: Confidence level of the table's bootstrap intervals, by default (None: none).
CI = 95.0
#: Over-used words shown per group in the keyness section, by default.
WORDS = 5
#: Over-used frames shown per group in the keyness section.
KEY_FRAMES = 3


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
class Cell:
    """One cell of the table and example statements behind it (see :func:`framing.evidence.explain`)."""

    key: tuple[str, ...]
    label: str
    frame: str
    value: float
    statements: int
    with_frame: int
    hits: int
    shown: str  #: the value as the table shows it: ``value[*] [[low–high]]``
    flagged: bool
    examples: tuple[Evidence, ...]


@dataclass(frozen=True, slots=True)
class KeyGroup:
    """What sets one group apart from the rest: its most over-used frames and words, with z-scores."""

    key: tuple[str, ...]
    label: str
    statements: int
    frames: tuple[tuple[str, int, float], ...]  #: (frame, hits, z), z > 0, highest first
    words: tuple[tuple[str, int, float], ...]   #: (word, count, z), highest first


@dataclass(frozen=True, slots=True)
class Report:
    """Everything a rendered report shows; see :func:`build_report`."""

    title: str
    table: Table
    labels: tuple[str, ...]
    actors: tuple[tuple[str, str], ...]
    figure: bytes | None
    figure_note: str
    cells: tuple[Cell, ...]
    keyness: tuple[KeyGroup, ...]
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
    min_confidence: float = 0.0,
    ci: float | None = CI,
    min_statements: int = MIN_STATEMENTS,
    top: int = TOP_CELLS,
    per_cell: int = PER_CELL,
    words: int = WORDS,
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
    by, metric, narration, voice, ci, min_statements : as for ``framing compare``
        (``ci=None`` for no intervals).
    top : number of cells whose evidence is shown: the largest values,
        cells of rows with at least ``min_statements`` statements first.
    per_cell : statements shown per cell, those with most hits first.
    words : over-used words shown per group in the keyness section.
    max_rows : rows drawn in the figure at most.
    figure : draw the heatmap (needs matplotlib; without it the report says
        how to get one).
    title : the report's title; default names the corpus and lexicon.

    Examples
    --------
    >>> from framing import load_corpus, load_registry, load_lexicon
    >>> report = build_report(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
    ...                       load_lexicon("unrest"), figure=False)
    >>> [(c.key, c.frame, round(c.value, 1)) for c in report.cells[:2]]
    [(('eu',), 'restraint', 100.0), (('media',), 'violence_casualties', 83.3)]
    """
    from framing.keyness import count_groups, keyness
    from framing.lexicon import compile_lexicon
    from framing.pipeline import analyse_documents

    keys = check_by(by)
    check_metric(metric)
    check_voice(voice)
    check_ci(ci)
    for name, value, least in (("--top", top, 0), ("--per-cell", per_cell, 0), ("--words", words, 0),
                               ("--min-statements", min_statements, 0)):
        check_count(name, value, least)
    matcher = matcher if matcher is not None else compile_lexicon(lexicon)
    recorder = _Recorder()
    analysed = list(analyse_documents(recorder(documents), registry, matcher, narration=narration, voice=voice,
                                      min_confidence=min_confidence))
    scored = [item for _, items in analysed for item in items]
    provenance = tuple(lexicons) or ((lexicon.name, lexicon.sha256),)
    table = compare(scored, lexicon.frame_ids, by=keys, metric=metric, lexicons=provenance, ci=ci,
                    min_statements=min_statements)
    if voice == "both":
        table = pair_rows(table)
    labels = tuple(row_labels(table, registry))
    image, note = _figure(table, registry, max_rows) if figure else (None, "")
    cells = tuple(_cells(analysed, table, labels, top, per_cell))
    groups = count_groups(scored, keys)
    if len(groups) >= 2:
        result = keyness(groups, lexicon.frame_ids, by=keys, against="rest", top=words)
        key_groups, key_note = _keyness(result, dict(zip((r.key for r in table.rows), labels)))
    else:
        key_groups, key_note = (), "Keyness needs at least two groups to compare."
    sources = tuple(sources)
    settings = (
        ("by", ",".join(keys)), ("metric", metric), ("voice", voice),
        ("narration", "yes" if narration else "no"),
        ("confidence intervals", f"{ci:g} % bootstrap" if ci is not None else "none"),
        ("min statements", str(min_statements)), ("top cells", str(top)),
        ("statements per cell", str(per_cell)), ("keyness words", str(words)),
    )
    return Report(
        title=title or _default_title(sources, provenance),
        table=table,
        labels=labels,
        actors=_actors(table, registry),
        figure=image,
        figure_note=note,
        cells=cells,
        keyness=key_groups,
        keyness_note=key_note,
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


def _figure(table: Table, registry: ActorRegistry, max_rows: int | None) -> tuple[bytes | None, str]:
    if not table.rows:
        return None, "No figure: there are no statements to draw."
    try:
        image = heatmap(table, fmt="png", registry=registry, max_rows=max_rows)
    except PlotUnavailable:
        return None, f"No figure: matplotlib is not installed. To get one: {INSTALL_HINT}"
    shown = min(len(table.rows), max_rows or len(table.rows))
    what = f"the {shown} groups with most statements, of {len(table.rows)}" if shown < len(table.rows) else "all groups"
    flag = f"; * marks rows of fewer than {table.min_statements} statements" if any(
        flagged(table, row) for row in table.rows[:shown]) else ""
    return image, f"Heatmap of the table above ({what}; darker is more{flag})."


def _actors(table: Table, registry: ActorRegistry) -> tuple[tuple[str, str], ...]:
    if "actor" not in table.by:
        return ()
    at = table.by.index("actor")
    seen: dict[str, str] = {}
    for row in table.rows:
        actor = row.key[at]
        base = about_actor(actor) or actor
        if base in registry and base not in seen:
            seen[base] = registry.name(base)
    return tuple(sorted(seen.items()))


def _cells(analysed: list[tuple[Document, list[ScoredStatement]]], table: Table, labels: Sequence[str], top: int,
           per_cell: int) -> Iterator[Cell]:
    """The top cells (largest values, well-supported rows first) and example statements of each."""
    from framing.evidence import explain

    ranked: list[tuple[tuple, Row, str, str]] = []
    for i, (row, label) in enumerate(zip(table.rows, labels)):
        for j, frame in enumerate(table.frames):
            if row.hits[frame] and row.values[frame] > 0:
                rank = (flagged(table, row), -row.values[frame], -row.with_frame[frame], i, j)
                ranked.append((rank, row, label, frame))
    ranked.sort(key=lambda c: c[0])
    for _, row, label, frame in ranked[:top]:
        found = explain(analysed, row.key, frame, frames=table.frames, by=table.by).evidence
        best = sorted(found, key=lambda e: -len(e.hits))[:per_cell]  # stable: document order among equals
        yield Cell(key=row.key, label=label, frame=frame, value=row.values[frame], statements=row.statements,
                   with_frame=row.with_frame[frame], hits=row.hits[frame], shown=format_cell(table, row, frame),
                   flagged=flagged(table, row),
                   examples=tuple(best))


def _keyness(result: Any, labels: dict[tuple[str, ...], str]) -> tuple[tuple[KeyGroup, ...], str]:
    """Each group against the rest: its frames with z > 0 and its top words."""
    frames: dict[tuple[str, ...], list[tuple[str, int, float]]] = {}
    words: dict[tuple[str, ...], list[tuple[str, int, float]]] = {}
    for f in result.features:
        if f.versus is not None or f.z <= 0:
            continue
        (frames if f.kind == "frame" else words).setdefault(f.group, []).append((f.feature, f.count, f.z))
    groups = tuple(
        KeyGroup(g.key, labels.get(g.key, ",".join(g.key)), g.statements,
                 tuple(frames.get(g.key, ())[:KEY_FRAMES]), tuple(words.get(g.key, ())))
        for g in result.groups
    )
    note = ("Each group against all the others pooled: log-odds ratio with an informative Dirichlet prior "
            f"(Monroe, Colaresi & Quinn 2008; prior: {result.prior_label}), z-scores of frames (hits per token) "
            "and of words (per token), the highest first; |z| > 1.96 is significant at about 5 %.")
    test = result.table_test
    if test is not None:
        note += (f" Frames x groups, chi-square test of independence: chi2 = {test.statistic:.2f}, "
                 f"df = {test.dof}, p = {_p(test.p)} ({test.rows} groups, {test.columns} frames with hits).")
    return groups, note


def _p(value: float) -> str:
    return f"{value:.4f}" if value >= 0.0001 else f"{value:.1e}"


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

"""A report in one self-contained file: table, heatmap, evidence, keyness, provenance.

:func:`build_report` runs the whole analysis over a corpus and gathers what
a reader needs to check a finding: the comparison table, its heatmap
(:mod:`framing.plot`, a PNG, when matplotlib is installed),
the statements behind the top cells with the matched terms marked, the
distinguishing frames of each group (keyness), and what the report was made
from with hashes (corpus, documents, lexicons, actor registry, settings).
:func:`framing.report_render.render_report` writes it as HTML (no external
resources: inline CSS, the figure as a ``data:`` URI, no script) or Markdown
(GitHub flavour).

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

import hashlib
import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Sequence

from framing import __version__
from framing.comparison import MIN_STATEMENTS, check_by, check_ci, check_count, check_metric, compare
from framing.model import Document, Lexicon, Row, ScoredStatement, Table
from framing.plot import INSTALL_HINT, MAX_ROWS, PlotUnavailable, heatmap, row_labels
from framing.rendering import flagged, format_cell
from framing.voice import about_actor, check_voice, pair_rows

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.engine import Engine
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
    keep_stopwords: bool = False,
    max_rows: int | None = MAX_ROWS,
    figure: bool = True,
    title: str = "",
    engine: Engine | None = None,
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
    keep_stopwords : list stopwords among those words too (left out by
        default; see :mod:`framing.languages.stopwords`).
    max_rows : rows drawn in the figure at most.
    figure : draw the heatmap (needs matplotlib; without it the report says
        how to get one).
    title : the report's title; default names the corpus and lexicon.
    engine : where the map over documents runs (:mod:`framing.engine`); default here.

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
                                      min_confidence=min_confidence, engine=engine))
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
        result = keyness(groups, lexicon.frame_ids, by=keys, against="rest", top=words,
                         keep_stopwords=keep_stopwords)
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
        ("keyness stopwords", "kept" if keep_stopwords else "left out"),
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
    flag = f"; rows of fewer than {table.min_statements} statements are faded, hatched and marked *" if any(
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
    if not result.keep_stopwords:
        note += ' Stopwords (function words such as "the" and "of") are left out of the words.'
    test = result.table_test
    if test is not None:
        note += (f" Frames x groups, chi-square test of independence: chi2 = {test.statistic:.2f}, "
                 f"df = {test.dof}, p = {_p(test.p)} ({test.rows} groups, {test.columns} frames with hits).")
    return groups, note


def _p(value: float) -> str:
    """A p-value for a sentence: four decimals, or scientific notation when tiny."""
    return f"{value:.4f}" if value >= 0.0001 else f"{value:.1e}"

"""``compare`` over a corpus on any engine, streaming rows when groups lie within documents.

:func:`compare_corpus` is what ``framing compare`` runs: the map
(:mod:`framing.mapping`) on the chosen engine, then the table. When the
group key includes ``doc`` (``--by doc``, ``--by doc,actor``, the default of
``--unit document``), every group lies inside one document, so its rows are
final as soon as that document is done: they come out as documents are
read, in input order (within a document by statements, then key), and
nothing is held for the whole corpus. Other keys sum over the corpus and
their rows come at the end, by statements (descending), then key.
"""

from __future__ import annotations

import dataclasses
from itertools import chain
from typing import TYPE_CHECKING, Iterable, Iterator

from framing.comparison import MIN_STATEMENTS, RESAMPLES, check_options, compare, intervals, table
from framing.engine import Engine
from framing.mapping import (DOCUMENT, STATEMENT, Analyse, Count, count_groups, exact_sums, keys_within_document,
                             per_document_counts, scored_statements)
from framing.model import Bootstrap, Document, Lexicon, Row, Table
from framing.pipeline import SupportsMatch

if TYPE_CHECKING:
    from framing.actors import ActorRegistry


#: What a table counts: attributed statements, or whole documents (``--unit``).
UNITS = (STATEMENT, DOCUMENT)


def group_keys(by: str | Iterable[str] | None, unit: str = STATEMENT, period: str | None = None
               ) -> tuple[str, ...]:
    """The group keys: ``by`` (by default ``actor``, and ``doc`` for whole documents), the date
    key grouped by ``period``.

    >>> group_keys(None, DOCUMENT), group_keys("actor,date", period="week")
    (('doc',), ('actor', 'date:week'))
    """
    from framing.grouping import check_by, with_period

    return check_by(with_period(check_by(by or ("doc" if unit == DOCUMENT else "actor")), period))


def check_unit(unit: str, *, narration: bool = False, voice: str = "said") -> str:
    """A valid unit (statement or document); narration and voice select statements only."""
    from framing.errors import UsageError

    if unit not in UNITS:
        raise UsageError(f"unknown --unit {unit!r}; choose from: {', '.join(UNITS)}")
    if unit == DOCUMENT and (narration or voice != "said"):
        raise UsageError("--narration and --voice select statements; they do not apply with --unit document")
    return unit


@dataclasses.dataclass(frozen=True)
class Comparison:
    """A comparison table still being computed: ``table`` carries everything
    but the rows (``table.rows`` is empty), ``rows`` yields them in output order."""

    table: Table
    rows: Iterator[Row]

    def collect(self) -> Table:
        """The whole table, rows included."""
        return dataclasses.replace(self.table, rows=tuple(self.rows))


def compare_corpus(
    documents: Iterable[Document], registry: ActorRegistry | None, matcher: SupportsMatch, lexicon: Lexicon, *,
    engine: Engine = Engine(), unit: str = STATEMENT, narration: bool = False, voice: str = "said",
    min_confidence: float = 0.0, by: Iterable[str] = ("actor",), metric: str = "share",
    lexicons: Iterable[Lexicon | tuple[str, str]] = (), ci: float | None = None, resamples: int = RESAMPLES,
    seed: int = 0, min_statements: int | None = None,
) -> Comparison:
    """Compare groups of a corpus frame by frame (the ``framing compare`` command).

    The options are those of :class:`framing.mapping.Analyse` and
    :func:`framing.comparison.compare`; with ``voice="both"`` each
    ``about:<id>`` row follows the row of ``<id>``
    (:func:`framing.voice.pair_rows`). ``min_statements`` flags rows resting
    on fewer statements: by default 3, and none with ``unit="document"`` (a row
    of one document does not rest on too few statements). The result is the
    same on every engine and for any number of jobs.

    Examples
    --------
    >>> from framing import load_corpus, load_registry, load_lexicon, compile_lexicon
    >>> lexicon = load_lexicon("unrest")
    >>> result = compare_corpus(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
    ...                         compile_lexicon(lexicon), lexicon, by=["doc"], metric="count")
    >>> [row.key for row in result.rows]
    [('almayadeen-2022-01-06',)]
    """
    check_unit(unit, narration=narration, voice=voice)
    if min_statements is None:
        min_statements = 0 if unit == DOCUMENT else MIN_STATEMENTS
    keys = check_options(by, metric, ci, resamples, seed, min_statements)
    frames = lexicon.frame_ids
    boot = Bootstrap(level=ci, resamples=resamples, seed=seed) if ci is not None else None
    task = Analyse(registry, matcher, narration=narration, voice=voice, min_confidence=min_confidence, unit=unit)
    options = dict(by=keys, metric=metric, lexicons=lexicons, min_statements=min_statements)
    header = table({}, frames, **options)
    header = dataclasses.replace(header, ci=boot, unit=unit)
    wanted = frames if ci is not None else None
    if keys_within_document(keys):
        counted = per_document_counts(Count(task, keys, wanted, per_document=True), documents, engine)
        return Comparison(header, _document_rows(counted, frames, options, boot, paired=voice == "both"))
    if engine.in_process or not exact_sums(lexicon):
        scored = chain.from_iterable(scored_statements(task, documents, engine))
        whole = compare(scored, frames, ci=ci, resamples=resamples, seed=seed,
                        **options)
    else:
        groups, units = count_groups(Count(task, keys, wanted), documents, engine)
        whole = _table(groups, units, frames, options, boot)
    return Comparison(header, iter(_paired(whole, voice == "both").rows))


def _table(groups: dict, units: dict, frames: tuple[str, ...], options: dict, boot: Bootstrap | None) -> Table:
    if boot is None:
        return table(groups, frames, **options)
    bounds = intervals(units, frames, metric=options["metric"], level=boot.level, resamples=boot.resamples,
                       seed=boot.seed)
    return table(groups, frames, ci=boot, bounds=bounds, **options)


def _paired(result: Table, paired: bool) -> Table:
    if not paired:
        return result
    from framing.voice import pair_rows

    return pair_rows(result)


def _document_rows(counted: Iterable[tuple[dict, dict]], frames: tuple[str, ...], options: dict,
                   boot: Bootstrap | None, *, paired: bool) -> Iterator[Row]:
    for groups, units in counted:
        yield from _paired(_table(groups, units, frames, options, boot), paired).rows

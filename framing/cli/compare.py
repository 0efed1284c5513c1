"""``framing compare``: an actor x frame table."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    NegationMode,
    DEFAULT_FORMAT, Actors, Format, LexiconFormat, Lexicons, MinConfidence, Narration, Paths, Voice,
    load_inputs, write, EngineName, Jobs, Scheduler,
    MAX_DOCUMENT_BYTES, MaxDocumentBytes,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
)
from framing.comparison import METRICS, check_metric
from framing.grouping import GROUP_KEYS, PERIODS, check_by, with_period
from framing.model import Table
from framing.rendering import check_format


@app.command("compare")
def compare_command(
    ctx: typer.Context,
    paths: Paths = None,
    lexicon: Lexicons = None,
    negation: NegationMode = None,
    lexicon_format: LexiconFormat = None,
    actors: Actors = None,
    by: Annotated[
        Optional[str],
        typer.Option("--by", metavar="KEY[,KEY...]",
                     help=f"Group statements by these fields: {', '.join(GROUP_KEYS)} (the document's date, "
                     "by day; date:week, date:month, date:year, or --period). "
                     "Default: actor (doc with --unit document).", show_default=False),
    ] = None,
    period: Annotated[
        Optional[str],
        typer.Option("--period", metavar="|".join(PERIODS),
                     help="Group the date key by this period (ISO weeks: 2022-W01); statements of undated "
                     "documents form an 'undated' row.", show_default=False),
    ] = None,
    unit: Annotated[
        str,
        typer.Option("--unit", metavar="statement|document",
                     help="statement: the attributed statements (default); document: each whole document "
                     "as one unit, without attribution (as LIWC and quanteda count)."),
    ] = "statement",
    metric: Annotated[
        str,
        typer.Option("--metric", metavar="METRIC",
                     help="; ".join(f"{m.name}: {m.description}" for m in METRICS.values()) + "."),
    ] = "share",
    jobs: Jobs = None,
    engine: EngineName = "local",
    scheduler: Scheduler = None,
    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    source_column: SourceColumn = None,
    date_column: DateColumn = None,
    lang_column: LangColumn = None,
    columns_file: ColumnsFile = None,
    fmt: Format = DEFAULT_FORMAT,
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    voice: Voice = "said",
    show_counts: Annotated[
        bool,
        typer.Option("--show-counts", help="In table formats, show the counts behind each value: "
                     "share (statements with the frame/statements), count (hits/statements), "
                     "per1k (hits/tokens). csv/tsv/json/jsonl always carry them."),
    ] = False,
    ci: Annotated[
        Optional[float],
        typer.Option("--ci", metavar="LEVEL", help="Add bootstrap confidence intervals at LEVEL % (e.g. 95), "
                     "resampling the statements of each group; shown as [low–high] in tables, "
                     "as low/high fields in csv/tsv/json/jsonl.", show_default=False),
    ] = None,
    resamples: Annotated[
        int, typer.Option("--resamples", metavar="N", help="Bootstrap resamples per group (with --ci)."),
    ] = 1000,
    seed: Annotated[
        int, typer.Option("--seed", metavar="N", help="Random seed of the bootstrap (with --ci)."),
    ] = 0,
    min_statements: Annotated[
        int,
        typer.Option("--min-statements", metavar="N", help="Flag rows resting on fewer than N statements "
                     "(* after each value in tables, flagged=true in data formats); 0 flags none."),
    ] = 3,
    polarity: Annotated[
        bool,
        typer.Option("--polarity", help="In table formats, follow each frame with its hits by polarity: "
                     "affirmed, negated (\"not terrorists\") and attributed (\"so-called terrorists\"). "
                     "csv/tsv/json/jsonl always carry them."),
    ] = False,
    pivot: Annotated[
        Optional[str],
        typer.Option("--pivot", metavar="frame", help="With two --by keys (e.g. --by actor,source): one table "
                     "per frame, the first key as rows, the second as columns.", show_default=False),
    ] = None,
) -> None:
    """Compare groups of statements (by actor by default) frame by frame."""
    from framing.comparison import MAX_RESAMPLES, check_ci, check_count
    from framing.corpus_compare import compare_corpus
    from framing.rendering import Layout, check_layout
    from framing.table_stream import iter_render
    from framing.voice import check_voice

    check_unit(unit, narration=narration, voice=voice)
    keys = check_by(with_period(check_by(by or ("doc" if unit == "document" else "actor")), period))
    if unit == "document" and getattr(ctx.get_parameter_source("min_statements"), "name", "") == "DEFAULT":
        min_statements = 0  # a row of one document is not "resting on too few statements"
    check_metric(metric)
    check_format(fmt)
    check_voice(voice)
    check_ci(ci)
    check_count("--resamples", resamples, 1, MAX_RESAMPLES)
    check_count("--seed", seed, 0)
    check_count("--min-statements", min_statements, 0)
    if pivot is not None:
        check_layout(Table(keys, metric, (), ()), Layout(pivot=pivot, polarity=polarity))
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, jobs=jobs, engine=engine, scheduler=scheduler,
                         negation=negation, max_document_bytes=max_document_bytes,
                         columns=table_columns(columns_file, text=text_column, id=id_column,
                                               source=source_column, date=date_column, lang=lang_column))
    result = compare_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, engine=inputs.engine,
                            unit=unit, narration=narration, voice=voice, min_confidence=min_confidence, by=keys,
                            metric=metric, lexicons=inputs.provenance, ci=ci, resamples=resamples, seed=seed,
                            min_statements=min_statements)
    write(iter_render(result.table, result.rows, fmt, show_counts=show_counts, pivot=pivot, polarity=polarity))


UNITS = ("statement", "document")


def check_unit(unit: str, *, narration: bool, voice: str) -> str:
    """A valid ``--unit``; ``--narration`` and ``--voice`` concern statements only."""
    from framing.errors import UsageError

    if unit not in UNITS:
        raise UsageError(f"unknown --unit {unit!r}; choose from: {', '.join(UNITS)}")
    if unit == "document" and (narration or voice != "said"):
        raise UsageError("--narration and --voice select statements; they do not apply with --unit document")
    return unit

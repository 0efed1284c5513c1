"""``framing compare``: an actor x frame table."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    NegationMode, DEFAULT_FORMAT, Actors, Format, LexiconFormat, Lexicons, MinConfidence, Narration, Paths, Voice,
    load_inputs, write, Reading, Running, option_groups,
)
from framing.comparison import METRICS, check_metric
from framing.grouping import GROUP_KEYS, PERIODS
from framing.model import Table
from framing.rendering import check_format


@app.command("compare")
@option_groups
def compare_command(
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
    running: Running = Running(),
    reading: Reading = Reading(),
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
        Optional[int],
        typer.Option("--min-statements", metavar="N", help="Flag rows resting on fewer than N statements "
                     "(* after each value in tables, flagged=true in data formats); 0 flags none. "
                     "Default: 3, and 0 with --unit document.", show_default=False),
    ] = None,
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
    from framing.corpus_compare import check_unit, compare_corpus, group_keys
    from framing.rendering import Layout, check_layout
    from framing.table_stream import iter_render
    from framing.voice import check_voice

    check_unit(unit, narration=narration, voice=voice)
    keys = group_keys(by, unit, period)
    check_metric(metric)
    check_format(fmt)
    check_voice(voice)
    check_ci(ci)
    check_count("--resamples", resamples, 1, MAX_RESAMPLES)
    check_count("--seed", seed, 0)
    if min_statements is not None:
        check_count("--min-statements", min_statements, 0)
    if pivot is not None:
        check_layout(Table(keys, metric, (), ()), Layout(pivot=pivot, polarity=polarity))
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    result = compare_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, engine=inputs.engine,
                            unit=unit, narration=narration, voice=voice, min_confidence=min_confidence, by=keys,
                            metric=metric, lexicons=inputs.provenance, ci=ci, resamples=resamples, seed=seed,
                            min_statements=min_statements)
    write(iter_render(result.table, result.rows, fmt, show_counts=show_counts, pivot=pivot, polarity=polarity))


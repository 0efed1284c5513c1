"""``framing cues``: how each outlet reported each actor, by the class of the attribution cue."""

from __future__ import annotations

import typer

from framing.cli._app import app
from framing.cli._common import (
    DEFAULT_FORMAT, MAX_DOCUMENT_BYTES, Actors, Format, MaxDocumentBytes, MinConfidence, Paths, load_inputs, write,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
    EngineName, Jobs, Scheduler,
)
from framing.rendering import check_format


@app.command("cues")
def cues_command(
    paths: Paths = None,
    actors: Actors = None,
    by: str = typer.Option("source", "--by", metavar="KEY[,KEY...]",
                           help="Group statements by these fields: actor, source, lang, doc, kind, date."),
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
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
) -> None:
    """The share of each group's statements per class of attribution cue: neutral ("said"),
    assertive ("stressed"), doubt ("claimed"), admission ("admitted"), denial, opinion,
    evaluative, directive, other, none (no cue: a continued quotation), with the cues behind each
    share. --by source,actor shows which outlets report an actor with "claimed" rather than "said"."""
    from framing.cue_table import corpus_cues, cue_view
    from framing.grouping import check_by
    from framing.records import render_view

    keys = check_by(by)
    check_format(fmt)
    inputs = load_inputs(paths, None, actors, jobs=jobs, engine=engine, scheduler=scheduler,
                         max_document_bytes=max_document_bytes,
                         columns=table_columns(columns_file, text=text_column, id=id_column,
                                               source=source_column, date=date_column, lang=lang_column))
    groups = corpus_cues(inputs.documents, inputs.registry, keys, min_confidence=min_confidence,
                         engine=inputs.engine)
    write([render_view(cue_view(groups, keys), fmt)])

"""``framing statements``: every attributed statement with its frame hits."""

from __future__ import annotations

from framing.cli._app import app
from framing.cli._common import (
    NegationMode,
    DEFAULT_FORMAT, Actors, Format, LexiconFormat, Lexicons, MinConfidence, Narration, Paths, Voice,
    load_inputs, write, EngineName, Jobs, Scheduler,
    MAX_DOCUMENT_BYTES, MaxDocumentBytes,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
)
from framing.rendering import check_format


@app.command("statements")
def statements_command(
    paths: Paths = None,
    lexicon: Lexicons = None,
    negation: NegationMode = None,
    lexicon_format: LexiconFormat = None,
    actors: Actors = None,
    fmt: Format = DEFAULT_FORMAT,
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    voice: Voice = "said",
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
    """List attributed statements with their frame hits (-f jsonl for the full schema)."""
    from framing.pipeline import analyse
    from framing.statement_rendering import iter_statements
    from framing.voice import check_voice

    check_format(fmt)
    check_voice(voice)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, jobs=jobs, engine=engine, scheduler=scheduler,
                         negation=negation, max_document_bytes=max_document_bytes,
                         columns=table_columns(columns_file, text=text_column, id=id_column,
                                               source=source_column, date=date_column, lang=lang_column))
    scored = analyse(inputs.documents, inputs.registry, inputs.matcher, narration=narration, voice=voice,
                     min_confidence=min_confidence, engine=inputs.engine)
    write(iter_statements(scored, fmt, inputs.provenance, frames=inputs.lexicon.frame_ids))

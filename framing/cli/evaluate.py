"""``framing evaluate``: the tool's statements against hand-coded ones."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import (
    NegationMode,
    LexiconFormat,
    DEFAULT_FORMAT, Actors, Format, Lexicons, MinConfidence, Paths, load_inputs, write, EngineName, Jobs,
    Scheduler,
    MAX_DOCUMENT_BYTES, MaxDocumentBytes,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
)
from framing.rendering import check_format


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[str, typer.Argument(metavar="GOLD.jsonl",
                                        help="Hand-coded statements: doc, actor, text, and start/end "
                                        "unless text occurs once in its document; optional speaker, kind, frames.")],
    paths: Paths = None,
    lexicon: Lexicons = None,
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    errors: Annotated[bool, typer.Option("--errors", help="List the misses and false alarms, each with its cause, "
                                         "instead of the scores.")] = False,
    unregistered_as_one: Annotated[bool, typer.Option(
        "--unregistered-as-one", help="A gold actor the registry does not know (other:<name>) matches any "
        "prediction unknown:<mention>: the label of an unregistered speaker need not be guessed.")] = False,
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
    """Precision, recall and F1 of attribution and extraction (per language, actor and kind),
    frame detection on matched statements, and the precision per confidence band.
    With --errors, each miss and false alarm with its cause (wrong actor, span, span and actor,
    one-to-one, not found, no gold statement) and, in "other", the statement that explains it."""
    from framing.corpus.readers import decode
    from framing.evaluate import ERROR_COLUMNS, EVALUATION_COLUMNS, evaluate_corpus
    from framing.rendering import iter_records

    check_format(fmt)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, jobs=jobs, engine=engine,
                         scheduler=scheduler,
                         max_document_bytes=max_document_bytes,
                         columns=table_columns(columns_file, text=text_column, id=id_column,
                                               source=source_column, date=date_column, lang=lang_column))
    result = evaluate_corpus(inputs.documents, inputs.registry, decode(_read(gold), gold).splitlines(),
                             inputs.matcher, min_confidence=min_confidence, gold_path=gold,
                             engine=inputs.engine, unregistered_as_one=unregistered_as_one)
    if result.missing:
        typer.echo(f"framing: warning: {len(result.missing)} gold document(s) not in the corpus, "
                   f"their statements count as misses: {', '.join(result.missing[:5])}", err=True)
    if errors:
        write(iter_records(ERROR_COLUMNS, result.error_rows(), fmt))
    else:
        write(iter_records(EVALUATION_COLUMNS, result.rows(), fmt))


def _read(path: str) -> bytes:
    from pathlib import Path

    from framing.errors import InputError

    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such gold file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=path) from None

"""``framing evaluate``: the tool's statements against hand-coded ones."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import (
    NegationMode, LexiconFormat, DEFAULT_FORMAT, Actors, Format, Lexicons, MinConfidence, Paths, load_inputs,
    write, Reading, Running, option_groups,
)
from framing.rendering import check_format


@app.command("evaluate")
@option_groups
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
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Precision, recall and F1 of attribution and extraction (per language, actor and kind),
    frame detection on matched statements, and the precision per confidence band.
    With --errors, each miss and false alarm with its cause (wrong actor, span, span and actor,
    one-to-one, not found, no gold statement) and, in "other", the statement that explains it."""
    from framing.evaluate import ERROR_COLUMNS, EVALUATION_COLUMNS, evaluate_corpus, read_gold
    from framing.rendering import iter_records

    check_format(fmt)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    result = evaluate_corpus(inputs.documents, inputs.registry, read_gold(gold),
                             inputs.matcher, min_confidence=min_confidence, gold_path=gold,
                             engine=inputs.engine, unregistered_as_one=unregistered_as_one)
    if result.missing:
        typer.echo(f"framing: warning: {len(result.missing)} gold document(s) not in the corpus, "
                   f"their statements count as misses: {', '.join(result.missing[:5])}", err=True)
    write(iter_records(ERROR_COLUMNS, result.error_rows(), fmt) if errors
          else iter_records(EVALUATION_COLUMNS, result.rows(), fmt))


"""``framing explain``: the statements behind one cell of ``framing compare``."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import (
    LexiconFormat, NegationMode, DEFAULT_FORMAT, Actors, By, Format, Lexicons, MinConfidence, Paths, load_inputs,
    write, Reading, Running, option_groups,
)
from framing.comparison import check_by, check_count
from framing.rendering import check_format


@app.command("explain")
@option_groups
def explain_command(
    group: Annotated[str, typer.Argument(
        metavar="ACTOR", help="The row of the cell: an actor id (with --by, one value per key, joined by ',').",
        show_default=False)],
    frame: Annotated[str, typer.Argument(metavar="FRAME", help="The column of the cell: a frame id of the lexicon.",
                                         show_default=False)],
    paths: Paths = None,
    lexicon: Lexicons = None,
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    by: By = "actor",
    width: Annotated[int, typer.Option("--width", metavar="N",
                                       help="Characters of context on each side of a hit.")] = 30,
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Show the statements behind one cell: outlet, date, document, the statement with the
    matched terms marked ⟦…⟧, and a keyword-in-context line per hit.

    The first line of a table gives the cell's counts. ACTOR may be any row of
    compare, including outlet:<source> (the narration) and about:<id> (--voice about).
    """
    from framing.corpus_analyses import explain_corpus
    from framing.evidence import parse_key
    from framing.rendering import render_view
    from framing.views import explanation_view

    keys = check_by(by)
    check_format(fmt)
    check_count("--width", width, 0)
    key = parse_key(group, keys)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    result = explain_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, key, frame, by=keys,
                            width=width, min_confidence=min_confidence, engine=inputs.engine)
    write([render_view(explanation_view(result), fmt)])

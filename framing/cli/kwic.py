"""``framing kwic``: keyword-in-context lines for a frame or a term."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import (
    LexiconFormat, NegationMode, DEFAULT_FORMAT, Actors, Format, Lexicons, MinConfidence, Narration, Paths,
    load_inputs, write, Reading, Running, option_groups,
)
from framing.rendering import check_format


@app.command("kwic")
@option_groups
def kwic_command(
    query: Annotated[str, typer.Argument(
        metavar="TERM|FRAME", help="A frame id of the lexicon, or a term in lexicon syntax "
        "(terror*, \"peaceful solution\", إرهاب*).", show_default=False)],
    paths: Paths = None,
    lexicon: Lexicons = None,
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    width: Annotated[int, typer.Option("--width", metavar="N",
                                       help="Characters of context on each side of a hit.")] = 40,
    all_text: Annotated[bool, typer.Option(
        "--all-text", help="Search every paragraph, not only statements; each line names the statement "
        "holding the hit, if any (the outlet's narration included).")] = False,
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Keyword-in-context lines over statements (or all text): the left context, the match
    and the right context of every hit, Arabic in logical order."""
    from framing.corpus_analyses import kwic_corpus
    from framing.rendering import render_view
    from framing.views import kwic_view

    check_format(fmt)
    if width < 1:
        from framing.errors import UsageError

        raise UsageError(f"--width must be 1 or more, got {width}")
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    lines = kwic_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, query, width=width,
                        all_text=all_text, narration=narration, min_confidence=min_confidence, engine=inputs.engine)
    write([render_view(kwic_view(lines), fmt)])

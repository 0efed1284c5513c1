"""``framing cues``: how each outlet reported each actor, by the class of the attribution cue."""

from __future__ import annotations

import typer

from framing.cli._app import app
from framing.cli._common import (
    DEFAULT_FORMAT, Actors, Format, MinConfidence, Paths, load_inputs, write, Reading, Running, option_groups,
)
from framing.rendering import check_format


@app.command("cues")
@option_groups
def cues_command(
    paths: Paths = None,
    actors: Actors = None,
    by: str = typer.Option("source", "--by", metavar="KEY[,KEY...]",
                           help="Group statements by these fields: actor, source, lang, doc, kind, date."),
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
    running: Running = Running(),
    reading: Reading = Reading(),
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
    inputs = load_inputs(paths, None, actors, reading=reading, running=running)
    groups = corpus_cues(inputs.documents, inputs.registry, keys, min_confidence=min_confidence,
                         engine=inputs.engine)
    write([render_view(cue_view(groups, keys), fmt)])

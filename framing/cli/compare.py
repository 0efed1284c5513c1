"""``framing compare``: an actor x frame table."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import DEFAULT_FORMAT, Actors, Format, Lexicons, Narration, Paths, Voice, load_inputs, write
from framing.compare import GROUP_KEYS, METRICS, check_by, check_metric
from framing.render import check_format


@app.command("compare")
def compare_command(
    paths: Paths = None,
    lexicon: Lexicons = None,
    actors: Actors = None,
    by: Annotated[
        str,
        typer.Option("--by", metavar="KEY[,KEY...]",
                     help=f"Group statements by these fields: {', '.join(GROUP_KEYS)}."),
    ] = "actor",
    metric: Annotated[
        str,
        typer.Option("--metric", metavar="METRIC",
                     help="; ".join(f"{m.name}: {m.description}" for m in METRICS.values()) + "."),
    ] = "share",
    fmt: Format = DEFAULT_FORMAT,
    narration: Narration = False,
    voice: Voice = "said",
) -> None:
    """Compare groups of statements (by actor by default) frame by frame."""
    from framing.compare import compare
    from framing.pipeline import analyse
    from framing.render import render
    from framing.voice import check_voice, pair_rows

    keys = check_by(by)
    check_metric(metric)
    check_format(fmt)
    check_voice(voice)
    inputs = load_inputs(paths, lexicon, actors)
    scored = analyse(inputs.documents, inputs.registry, inputs.matcher, narration=narration, voice=voice)
    table = compare(scored, inputs.lexicon.frame_ids, by=keys, metric=metric, lexicons=inputs.provenance)
    if voice == "both":
        table = pair_rows(table)
    write([render(table, fmt)])

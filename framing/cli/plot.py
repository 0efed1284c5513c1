"""``framing plot``: the heatmap of a comparison table as PNG or SVG."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    NegationMode,
    DEFAULT_CORPUS, Actors, By, Lexicons, Metric, MinConfidence, Narration, Paths, Voice, load_inputs,
    input_files, EngineName, Jobs, Scheduler,
    MAX_DOCUMENT_BYTES, MaxDocumentBytes,
)
from framing.cli._output import check_output, output_format, write_output
from framing.errors import UsageError

SUFFIXES = {".png": "png", ".svg": "svg"}


@app.command("plot")
def plot_command(
    paths: Paths = None,
    output: Annotated[
        str,
        typer.Option("-o", "--output", metavar="FILE",
                     help="The figure to write: FILE.png or FILE.svg (or - for SVG on stdout).",
                     show_default=False),
    ] = ...,  # type: ignore[assignment]
    fmt: Annotated[
        Optional[str],
        typer.Option("-f", "--format", metavar="png|svg", help="Image format. Default: from the suffix of -o.",
                     show_default=False),
    ] = None,
    lexicon: Lexicons = None,
    negation: NegationMode = None,
    actors: Actors = None,
    by: By = "actor",
    metric: Metric = "share",
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    voice: Voice = "said",
    max_rows: Annotated[int, typer.Option("--max-rows", metavar="N", help="Rows drawn at most (those with most "
                                          "statements).")] = 40,
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="A caption above the figure.",
                                       show_default=False)] = "",
    jobs: Jobs = None,
    engine: EngineName = "local",
    scheduler: Scheduler = None,
    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES,
) -> None:
    """Draw the groups x frames table as a heatmap (needs matplotlib: pip install "framing[plot]").

    Rows are labelled with the registry's display names; each cell shows its value.
    """
    from framing.comparison import check_by, check_metric, compare
    from framing.pipeline import analyse
    from framing.plot import PlotUnavailable, available, heatmap
    from framing.voice import check_voice, pair_rows

    chosen = output_format(output, fmt, SUFFIXES, stdout="svg", text=("svg",))
    keys = check_by(by)
    check_metric(metric)
    check_voice(voice)
    if max_rows < 1:
        raise UsageError("--max-rows must be 1 or more")
    if not available():
        raise PlotUnavailable()
    sources = paths or [DEFAULT_CORPUS]
    check_output(output, sources, input_files(sources, lexicon or [], actors or []))
    inputs = load_inputs(paths, lexicon, actors, jobs=jobs, engine=engine, scheduler=scheduler, negation=negation,
                         max_document_bytes=max_document_bytes)
    scored = analyse(inputs.documents, inputs.registry, inputs.matcher, narration=narration, voice=voice,
                     min_confidence=min_confidence, engine=inputs.engine)
    table = compare(scored, inputs.lexicon.frame_ids, by=keys, metric=metric, lexicons=inputs.provenance)
    if voice == "both":
        table = pair_rows(table)
    image = heatmap(table, fmt=chosen, registry=inputs.registry, max_rows=max_rows, title=title)
    write_output(output, image.decode("utf-8") if chosen == "svg" else image)

"""``framing plot``: the heatmap of a comparison table as PNG or SVG."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    LexiconFormat, NegationMode, DEFAULT_CORPUS, Actors, By, Lexicons, Metric, MinConfidence, Narration, Paths,
    Voice, load_inputs, input_files, Reading, Running, option_groups,
)
from framing.cli._output import check_output, output_format, write_output
from framing.errors import UsageError

SUFFIXES = {".png": "png", ".svg": "svg"}


@app.command("plot")
@option_groups
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
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    by: By = "actor",
    metric: Metric = "share",
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    voice: Voice = "said",
    trend: Annotated[bool, typer.Option("--trend", help="Draw framing over time: one line per group (the "
                                        "--by keys besides date), a panel per frame, statements per point.")] = False,
    frame: Annotated[Optional[str], typer.Option("--frame", metavar="FRAME", help="With --trend: this frame only.",
                                                 show_default=False)] = None,
    period: Annotated[Optional[str], typer.Option("--period", metavar="day|week|month|year",
                                                  help="Group the date key by this period (with --trend, default "
                                                  "week).", show_default=False)] = None,
    max_rows: Annotated[int, typer.Option("--max-rows", metavar="N", help="Rows drawn at most (those with most "
                                          "statements).")] = 40,
    title: Annotated[str, typer.Option("--title", metavar="TEXT", help="A caption above the figure.",
                                       show_default=False)] = "",
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Draw the groups x frames table as a heatmap, or over time with --trend (needs matplotlib:
    pip install "framing[plot]").

    Rows are labelled with the registry's display names; each cell shows its value. With --trend
    (--by adds date when it has none) each group is a line through the periods.
    """
    from framing.comparison import check_by, check_metric
    from framing.corpus_compare import compare_corpus
    from framing.grouping import trend_keys, with_period
    from framing.plot import PlotUnavailable, available, heatmap
    from framing.plot_trend import trend as trend_figure
    from framing.voice import check_voice

    chosen = output_format(output, fmt, SUFFIXES, stdout="svg", text=("svg",))
    keys = trend_keys(check_by(by), period) if trend else with_period(check_by(by), period)
    check_metric(metric)
    check_voice(voice)
    if max_rows < 1:
        raise UsageError("--max-rows must be 1 or more")
    if not available():
        raise PlotUnavailable()
    sources = paths or [DEFAULT_CORPUS]
    check_output(output, sources, input_files(sources, lexicon or [], actors or []))
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    table = compare_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, engine=inputs.engine,
                           narration=narration, voice=voice, min_confidence=min_confidence, by=keys, metric=metric,
                           lexicons=inputs.provenance).collect()
    if trend:
        image = trend_figure(table, frame=frame, fmt=chosen, registry=inputs.registry, title=title)
    else:
        image = heatmap(table, fmt=chosen, registry=inputs.registry, max_rows=max_rows, title=title)
    write_output(output, image.decode("utf-8") if chosen == "svg" else image)

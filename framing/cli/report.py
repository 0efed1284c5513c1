"""``framing report``: one self-contained HTML or Markdown file about a corpus."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    LexiconFormat, NegationMode, DEFAULT_CORPUS, Actors, By, KeepStopwords, Lexicons, Metric, MinConfidence,
    Narration, Paths, Voice, load_inputs, input_files, Reading, Running, option_groups,
)
from framing.cli._output import check_output, output_format, write_outputs


@app.command("report")
@option_groups
def report_command(
    paths: Paths = None,
    output: Annotated[
        str,
        typer.Option("-o", "--output", metavar="FILE",
                     help="The report to write: FILE.html or FILE.md (or - for stdout, Markdown unless -f html).",
                     show_default=False),
    ] = ...,  # type: ignore[assignment]
    fmt: Annotated[
        Optional[str],
        typer.Option("-f", "--format", metavar="html|md", help="Report format. Default: from the suffix of -o.",
                     show_default=False),
    ] = None,
    embed: Annotated[bool, typer.Option("--embed", help="Markdown: the heatmap inside the report as a data: URI, "
                                        "not beside it in FILE_files/heatmap.png.")] = False,
    lexicon: Lexicons = None,
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    by: By = "actor",
    metric: Metric = "share",
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    voice: Voice = "said",
    ci: Annotated[float, typer.Option("--ci", metavar="LEVEL", help="Bootstrap confidence intervals at LEVEL %; "
                                      "0 for none.")] = 95.0,
    min_statements: Annotated[int, typer.Option("--min-statements", metavar="N", help="Flag rows of fewer "
                                                "statements; their cells come last among the top cells.")] = 3,
    top: Annotated[int, typer.Option("--top", metavar="N", help="Cells whose evidence is shown.")] = 5,
    per_cell: Annotated[int, typer.Option("--per-cell", metavar="N", help="Statements shown per cell.")] = 3,
    words: Annotated[int, typer.Option("--words", metavar="N", help="Over-used words shown per group "
                                       "(keyness).")] = 5,
    keep_stopwords: KeepStopwords = False,
    max_rows: Annotated[int, typer.Option("--max-rows", metavar="N", help="Rows drawn in the heatmap at most.")] = 40,
    title: Annotated[str, typer.Option("--title", metavar="TEXT", show_default=False,
                                       help="The report's title. Default: names the corpus and lexicon.")] = "",
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Write a report: the comparison table, its heatmap, the evidence for the top cells, keyness,
    and the corpus, lexicons and registry it was made from with their sha256 hashes.

    A Markdown report's heatmap is written beside it (report.md and
    report_files/heatmap.png) unless --embed. The heatmap needs matplotlib
    (pip install "framing[plot]"); without it the report has no figure and
    says so.
    """
    from framing.comparison import check_by, check_ci, check_count, check_metric
    from framing.report import build_report
    from framing.report_render import SUFFIXES, report_files
    from framing.voice import check_voice

    chosen = output_format(output, fmt, SUFFIXES, stdout="md", text=("html", "md"))
    keys = check_by(by)
    check_metric(metric)
    check_voice(voice)
    for name, value, least in (("--top", top, 0), ("--per-cell", per_cell, 0), ("--words", words, 0),
                               ("--min-statements", min_statements, 0), ("--max-rows", max_rows, 1)):
        check_count(name, value, least)
    level = check_ci(ci or None)
    sources = paths or [DEFAULT_CORPUS]
    reads = input_files(sources, lexicon or [], actors or [])
    check_output(output, sources, reads)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    report = build_report(
        inputs.documents, inputs.registry, inputs.lexicon, matcher=inputs.matcher, lexicons=inputs.provenance,
        sources=sources, by=keys, metric=metric, narration=narration, voice=voice, min_confidence=min_confidence, ci=level,
        min_statements=min_statements, top=top, per_cell=per_cell, words=words,
        keep_stopwords=keep_stopwords, max_rows=max_rows, title=title,
        engine=inputs.engine,
    )
    write_outputs(report_files(report, output, chosen, embed=embed), sources, reads)


"""``framing similarity``: which groups talk alike."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import (
    LexiconFormat, NegationMode, DEFAULT_FORMAT, Actors, By, Format, Lexicons, Metric, MinConfidence, Narration,
    Paths, Voice, load_inputs, write, Reading, Running, option_groups,
)
from framing.comparison import check_by, check_count, check_metric
from framing.rendering import check_format


@app.command("similarity")
@option_groups
def similarity_command(
    paths: Paths = None,
    lexicon: Lexicons = None,
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    by: By = "actor",
    metric: Metric = "share",
    linkage: Annotated[str, typer.Option("--linkage", metavar="METHOD",
                                         help="Hierarchical clustering linkage: average, complete, single "
                                         "or weighted.")] = "average",
    min_statements: Annotated[int, typer.Option(
        "--min-statements", metavar="N", help="Flag groups resting on fewer than N statements (* in tables).")] = 3,
    narration: Narration = False,
    voice: Voice = "said",
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Cosine similarity of the groups' frame profiles (their rows of compare under
    --metric), rows and columns ordered by hierarchical clustering so that groups that
    talk alike sit together."""
    from framing.corpus_analyses import similarity_corpus
    from framing.rendering import render_view
    from framing.similarity import check_method
    from framing.voice import check_voice
    from framing.views import similarity_view

    keys = check_by(by)
    check_metric(metric)
    check_format(fmt)
    check_voice(voice)
    check_count("--min-statements", min_statements, 0)
    check_method(linkage)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    result = similarity_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, method=linkage,
                               by=keys, metric=metric, narration=narration, voice=voice,
                               min_confidence=min_confidence, min_statements=min_statements,
                               lexicons=inputs.provenance, engine=inputs.engine)
    write([render_view(similarity_view(result), fmt)])

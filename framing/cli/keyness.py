"""``framing keyness``: the frames and words that set each group apart."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    LexiconFormat, NegationMode, DEFAULT_FORMAT, Actors, By, Format, KeepStopwords, Lexicons, MinConfidence,
    Narration, Paths, Voice, load_inputs, write, finite, Reading, Running, option_groups,
)
from framing.comparison import check_by, check_count
from framing.rendering import check_format


@app.command("keyness")
@option_groups
def keyness_command(
    paths: Paths = None,
    lexicon: Lexicons = None,
    lexicon_format: LexiconFormat = None,
    negation: NegationMode = None,
    actors: Actors = None,
    by: By = "actor",
    against: Annotated[str, typer.Option(
        "--against", metavar="rest|each|both",
        help="Compare each group with the rest (all others pooled), with each other group, or both.")] = "both",
    top: Annotated[int, typer.Option("--top", metavar="N",
                                     help="Words per comparison (0: frames only).")] = 10,
    prior: Annotated[Optional[float], typer.Option(
        "--prior", metavar="A0", callback=finite, help="Weight of the Dirichlet prior (alpha_0). Default: the corpus counts "
        "themselves.", show_default=False)] = None,
    group: Annotated[Optional[list[str]], typer.Option(
        "--group", metavar="GROUP", help="Only compare this group with the others; repeat for several. "
        "Default: every group.", show_default=False)] = None,
    keep_stopwords: KeepStopwords = False,
    narration: Narration = False,
    voice: Voice = "said",
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """Keyness across any number of groups: for every group against the rest and against
    every other group, the log-odds ratio with an informative Dirichlet prior (Monroe,
    Colaresi & Quinn 2008) and its z-score, for every frame (with chi-square and p) and
    the top words.

    Tables start with a chi-square test of the whole groups x frames table of hits.
    """
    from framing.evidence import parse_key
    from framing.corpus_analyses import keyness_corpus
    from framing.rendering import render_view
    from framing.voice import check_voice
    from framing.views import keyness_view

    keys = check_by(by)
    check_format(fmt)
    check_voice(voice)
    check_count("--top", top, 0)
    only = [parse_key(g, keys) for g in group] if group else None
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    result = keyness_corpus(inputs.documents, inputs.registry, inputs.matcher, inputs.lexicon, by=keys,
                            narration=narration, voice=voice, min_confidence=min_confidence, engine=inputs.engine,
                            against=against, top=top, prior=prior, only=only, keep_stopwords=keep_stopwords)
    write([render_view(keyness_view(result), fmt)])

"""``framing statements``: every attributed statement with its frame hits."""

from __future__ import annotations

from framing.cli._app import app
from framing.cli._common import (
    NegationMode, DEFAULT_FORMAT, Actors, Format, LexiconFormat, Lexicons, MinConfidence, Narration, Paths, Voice,
    load_inputs, write, Reading, Running, option_groups,
)
from framing.rendering import check_format


@app.command("statements")
@option_groups
def statements_command(
    paths: Paths = None,
    lexicon: Lexicons = None,
    negation: NegationMode = None,
    lexicon_format: LexiconFormat = None,
    actors: Actors = None,
    fmt: Format = DEFAULT_FORMAT,
    narration: Narration = False,
    min_confidence: MinConfidence = 0.0,
    voice: Voice = "said",
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """List attributed statements with their frame hits (-f jsonl for the full schema)."""
    from framing.pipeline import analyse
    from framing.statement_rendering import iter_statements
    from framing.voice import check_voice

    check_format(fmt)
    check_voice(voice)
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    scored = analyse(inputs.documents, inputs.registry, inputs.matcher, narration=narration, voice=voice,
                     min_confidence=min_confidence, engine=inputs.engine)
    write(iter_statements(scored, fmt, inputs.provenance, frames=inputs.lexicon.frame_ids))

"""What a document's earlier paragraphs leave for later ones, and how statements are made."""

from __future__ import annotations

from dataclasses import dataclass, field

from framing.model import Statement

# How sure we are of the speaker, by how the statement was attributed.
CONFIDENCE = {
    "name": 0.95, "according": 0.9, "tweet": 0.95, "pronoun": 0.85, "inherit": 0.85,
    "dropped": 0.8, "anaphor": 0.75, "verb_quote": 0.75, "continuation": 0.7, "unknown": 0.6,
}


@dataclass
class State:
    """What later paragraphs refer back to."""

    last: tuple[str, ...] = ()
    last_speaker: str = ""
    last_para: int = -100
    last_end: int = -1   # where the last statement's attribution was
    mentioned: list = field(default_factory=list)  # registry mentions so far, in text order
    media: frozenset[str] = frozenset()               # actor ids of news media in the registry


def remember(state: State, actors, speaker, index) -> None:
    state.last = tuple(actors)
    state.last_speaker = speaker
    state.last_para = index


def make_statement(doc, lang, actor, speaker, kind, start, end, how, via="") -> Statement:
    return Statement(doc=doc.id, source=doc.source, lang=lang, actor=actor, speaker=speaker, kind=kind,
                     start=start, end=end, text=doc.text[start:end], confidence=CONFIDENCE.get(how, 0.6), via=via)

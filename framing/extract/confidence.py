"""How sure extraction is of a statement's speaker, from how it was attributed."""

from __future__ import annotations

# By how the speaker was found (``resolve.Resolution.how``).
CONFIDENCE = {
    "name": 0.95, "according": 0.9, "tweet": 0.95, "pronoun": 0.85, "inherit": 0.85,
    "dropped": 0.8, "anaphor": 0.75, "verb_quote": 0.75, "continuation": 0.7, "unknown": 0.6,
}


def confidence(how: str) -> float:
    """The confidence of a statement attributed in the way ``how``."""
    return CONFIDENCE.get(how, 0.6)

"""Find quotations in a paragraph by their marks, with offsets.

Handles curly (“ ”), straight ("), guillemet (« », ‹ ›), low-high („ “) and
single (‘ ’) quotes. A single closing ’ inside a word is an apostrophe, not
a quote. A quote left open at the paragraph's end runs to the end of the
paragraph (news style for quotes spanning paragraphs).
"""

from __future__ import annotations

from typing import NamedTuple


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


# Opening mark -> marks that close it.
_PAIRS = {"“": "”", "«": "»", "‹": "›", "„": "“”", "‚": "‘’", '"': '"', "‘": "’", "「": "」", "『": "』"}
_BEFORE_OPEN = set(" \t\n([{—–-/:،,;") | {""}


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Top-level quotations in ``text[start:end]``, sorted by position."""
    end = len(text) if end is None else end
    quotes: list[Quote] = []
    pos = start
    while pos < end:
        char = text[pos]
        closers = _PAIRS.get(char)
        if closers is None or not _can_open(text, pos, start, char):
            pos += 1
            continue
        close = _find_close(text, pos + 1, end, char, closers)
        if close is None:
            if char in "\"‘‚":
                pos += 1  # an unmatched straight or single mark is not a quote
                continue
            quotes.append(Quote(pos, end, pos + 1, end, closed=False))
            break
        quotes.append(Quote(pos, close + 1, pos + 1, close))
        pos = close + 1
    return quotes


def _can_open(text: str, pos: int, start: int, char: str) -> bool:
    before = text[pos - 1] if pos > start else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if char in "\"‘":
        return (before in _BEFORE_OPEN or not before.isalnum()) and after not in " \t\n" and after != ""
    return True


def _find_close(text: str, pos: int, end: int, opener: str, closers: str) -> int | None:
    depth = 0
    while pos < end:
        char = text[pos]
        if char == opener and opener not in closers and opener != closers:
            depth += 1  # nested guillemets: « … « … » … »
        elif char in closers:
            if char == "’" and _is_apostrophe(text, pos):
                pos += 1
                continue
            if depth == 0:
                return pos
            depth -= 1
        pos += 1
    return None


def _is_apostrophe(text: str, pos: int) -> bool:
    after = text[pos + 1] if pos + 1 < len(text) else ""
    before = text[pos - 1] if pos > 0 else ""
    return before.isalnum() and after.isalnum()

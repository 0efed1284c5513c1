"""Find quotations in a paragraph by their marks, with offsets.

Handles curly (“ ”), straight ("), typewriter (''…'', ``…''), guillemet
(« », ‹ ›), low-high („ “) and single (‘ ’) quotes. A single closing ’ inside a word is an apostrophe, not
a quote. A quote left open at the paragraph's end runs to the end of the
paragraph (news style for quotes spanning paragraphs).

Russian and other languages interrupt a quotation with a dashed attribution
inside the marks: «A, — сказал он. — B». Such a quotation is returned as
two, so the attribution between them reads like any other.
"""

from __future__ import annotations

import re
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
        double = text[pos:pos + 2]
        if double in ("''", "``") and _can_open(text, pos, start, "\""):
            # ''…'' and ``…'' (typewriter quotes of some wires and archives)
            close = text.find("''", pos + 2, end)
            if close > pos + 2:
                quotes.append(Quote(pos, close + 2, pos + 2, close))
                pos = close + 2
                continue
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
        quotes.extend(_split_dashed(text, Quote(pos, close + 1, pos + 1, close)))
        pos = close + 1
    return quotes


# ", — said X. — " inside a quotation: a short attribution set off by dashes.
_DASHED = re.compile(r"([,!?…])[^\S\n]+[—–-][^\S\n]+([^—–«»“”\"\n]{2,80}?)([.,:])[^\S\n]+[—–-][^\S\n]+")
_MAX_DASHED_WORDS = 6


def _split_dashed(text: str, quote: Quote) -> list[Quote]:
    """«A, — сказал он. — B» as two quotations around the attribution."""
    m = _DASHED.search(text, quote.inner_start, quote.inner_end)
    if m is None or len(m.group(2).split()) > _MAX_DASHED_WORDS or m.start() == quote.inner_start:
        return [quote]
    first = Quote(quote.start, m.end(1), quote.inner_start, m.end(1))
    second = Quote(m.end(), quote.end, m.end(), quote.inner_end, quote.closed)
    return [first, *_split_dashed(text, second)]


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

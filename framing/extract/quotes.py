"""Find quotations in a paragraph by their marks, with offsets.

Handles curly (“ ”), straight ("), typewriter (''…'', ``…''), guillemet
(« », ‹ ›), low-high („ “) and single (‘ ’) quotes. A single closing ’ inside a word is an apostrophe, not
a quote. A quote left open at the paragraph's end runs to the end of the
paragraph (news style for quotes spanning paragraphs).

Real pages get the marks wrong in two ways, both read here: a “ closes a
quotation when it stands in closing position ("…for the harbour.“ Then"),
and a ” opens one when it stands before a word ("the count”neither open
nor honest”"), closed by the next ”; a ” between letters before a short ending
("don”t") is an apostrophe. A “ no curly mark closes is closed by a straight "
in closing position before the next “ ("“We were not told," she said), and an unmatched straight " by
a ” in closing position before the next opening mark ("We were not told,” she said).

Russian and other languages interrupt a quotation with a dashed attribution
inside the marks: «A, — сказал он. — B». Such a quotation is returned as
two, so the attribution between them reads like any other.

Every mark is looked at a bounded number of times: closing marks are
matched in one pass per kind of mark, so the time is linear in the
paragraph's length.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple


class Quote(NamedTuple):
    """A quotation: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    closed: bool = True


# Opening mark -> marks that close it (a “ only in closing position).
_PAIRS = {"“": "”“", "«": "»", "‹": "›", "„": "“”", "‚": "‘’", '"': '"', "‘": "’", "「": "」", "『": "』",
          "”": "”"}
#: Every mark that opens a quotation.
OPENING_MARKS = frozenset(_PAIRS)
_BEFORE_OPEN = set(" \t\r\n([{—–-/:،,;") | {""}
# What may stand right before a “ that opens: "(“", ":“ ", "—“".
_OPENING_CONTEXT = set("([{:—–-/«“„")
# A ” between letters is an apostrophe when at most this many letters follow it ("don”t", "we”re").
_APOSTROPHE_TAIL = 2
_TYPEWRITER = ("''", "``")
_MARK = re.compile(r"''|``|[\"“”«»‹›„‚‘’「」『』]")
# Unmatched, these open a quotation that runs to the paragraph's end; other marks are then no quote.
_RUN_ON = frozenset("“«‹„「『")
# Closed by the next mark of their kind, never nested (a straight " nests when its marks
# stand in opening and closing positions, else it is closed by the next one too).
_FLAT = {'"': '"', "”": "”", "''": "''", "``": "''"}


def find_quotes(text: str, start: int = 0, end: int | None = None) -> list[Quote]:
    """Top-level quotations in ``text[start:end]``, sorted by position."""
    end = len(text) if end is None else end
    marks = [(m.start(), m.group()) for m in _MARK.finditer(text, start, end)]
    closing = _Closing(text, start, end, marks)
    quotes: list[Quote] = []
    floor = start
    for k, (pos, mark) in enumerate(marks):
        if pos < floor or not _can_open(text, pos, start, end, mark):
            continue
        j = closing.close(k)
        if j is None and mark == "“":
            j = closing.straight_close(k)  # “…," : a curly quotation closed by a straight mark
        if j is None:
            if mark in _RUN_ON:
                quotes.append(Quote(pos, end, pos + 1, end, closed=False))
                break
            continue  # an unmatched straight, single or reversed mark is not a quote
        close, closer = marks[j]
        quotes.extend(_split_dashed(text, Quote(pos, close + len(closer), pos + len(mark), close)))
        floor = close + len(closer)
    return quotes


class _Closing:
    """The closing mark of every opening mark of a paragraph, found in one pass per kind of mark.

    Nesting kinds (“…”, «…», ‘…’) are matched with a stack, like brackets;
    so is a straight " by its position (before a word it opens, after one it
    closes), falling back to the next " when that leaves it unmatched; a
    reversed ” is closed by the next mark of its kind.
    """

    def __init__(self, text: str, start: int, end: int, marks: list[tuple[int, str]]):
        self.text, self.start, self.end, self.marks = text, start, end, marks
        self.matched: dict[str, dict[int, int]] = {}
        self.positions: dict[str, list[int]] = {}

    def close(self, k: int) -> int | None:
        """The index of the mark that closes mark ``k``, or None."""
        mark = self.marks[k][1]
        if mark == '"':
            if '"' not in self.matched:
                self.matched['"'] = self._match_straight()
            found = self.matched['"'].get(k)
            found = found if found is not None else self.curly_close(k)
            return found if found is not None else self._next(k, '"')
        if mark in _FLAT:
            return self._next(k, _FLAT[mark])
        if mark not in self.matched:
            self.matched[mark] = self._match(mark, _PAIRS[mark])
        return self.matched[mark].get(k)

    def straight_close(self, k: int) -> int | None:
        """A straight " in closing position after mark ``k`` and before the next “, or None."""
        for i in range(k + 1, len(self.marks)):
            pos, mark = self.marks[i]
            if mark == "“":
                return None
            if mark == '"' and _closing_position(self.text, pos, self.start, self.end):
                return i
        return None

    def curly_close(self, k: int) -> int | None:
        """A ” in closing position after the straight mark ``k`` and before the next opening mark, or None."""
        for i in range(k + 1, len(self.marks)):
            pos, mark = self.marks[i]
            if mark in ('"', "“"):
                return None
            if mark == "”" and _closing_position(self.text, pos, self.start, self.end):
                return i
        return None

    def _next(self, k: int, closer: str) -> int | None:
        if closer not in self.positions:
            self.positions[closer] = [i for i, (_, m) in enumerate(self.marks) if m == closer]
        found = self.positions[closer]
        i = bisect_right(found, k)
        if i == len(found):
            return None
        if closer == "''" and self.marks[found[i]][0] == self.marks[k][0] + 2:
            return None  # four typewriter marks in a row quote nothing
        return found[i]

    def _match_straight(self) -> dict[int, int]:
        """Straight marks nest by position: one before a word opens, one after a word closes
        ("…систему "одно государство", чтобы …"" holds a quotation inside a quotation)."""
        stack: list[int] = []
        matched: dict[int, int] = {}
        text, start, end = self.text, self.start, self.end
        for i, (pos, mark) in enumerate(self.marks):
            if mark != '"':
                continue
            if _can_open(text, pos, start, end, mark) and not _closing_position(text, pos, start, end):
                stack.append(i)
            elif stack:
                matched[stack.pop()] = i
        return matched

    def _match(self, opener: str, closers: str) -> dict[int, int]:
        stack: list[int] = []
        matched: dict[int, int] = {}
        for i, (pos, mark) in enumerate(self.marks):
            if mark in closers and self._closes(pos, mark, opener):
                if stack:
                    matched[stack.pop()] = i
            elif mark == opener:
                stack.append(i)  # nested: « … « … » … »
        return matched

    def _closes(self, pos: int, mark: str, opener: str) -> bool:
        if mark == "’":
            return not _is_apostrophe(self.text, pos)
        if mark == "”":  # "don”t": an apostrophe
            return not (pos > self.start and self.text[pos - 1].isalpha() and pos + 1 < self.end
                        and self.text[pos + 1].isalpha() and _short_tail(self.text, pos + 1, self.end))
        if mark == "“" and opener == "“":
            return _closing_position(self.text, pos, self.start, self.end)
        return True


# ", — said X. — " inside a quotation: a short attribution set off by dashes.
_DASHED = re.compile(r"([,!?…])[^\S\r\n]+[—–-][^\S\r\n]+([^—–«»“”\"\r\n]{2,80}?)([.,:])[^\S\r\n]+[—–-][^\S\r\n]+")
_MAX_DASHED_WORDS = 6


def _split_dashed(text: str, quote: Quote) -> list[Quote]:
    """«A, — сказал он. — B» as two quotations around the attribution (and so on for each attribution,
    read in one pass: a quotation may hold any number of them)."""
    parts = []
    while True:
        m = _DASHED.search(text, quote.inner_start, quote.inner_end)
        if m is None or len(m.group(2).split()) > _MAX_DASHED_WORDS or m.start() == quote.inner_start:
            return [*parts, quote]
        parts.append(Quote(quote.start, m.end(1), quote.inner_start, m.end(1)))
        quote = Quote(m.end(), quote.end, m.end(), quote.inner_end, quote.closed)


def _can_open(text: str, pos: int, start: int, end: int, mark: str) -> bool:
    before = text[pos - 1] if pos > start else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    if mark in _TYPEWRITER:
        return before in _BEFORE_OPEN or not before.isalnum()
    if mark in "\"‘":
        return (before in _BEFORE_OPEN or not before.isalnum()) and after not in " \t\r\n" and after != ""
    if mark == "”":
        # "the elections”neither …”", "said ”We …”"; not "don”t"
        return ((before == "" or before.isalpha() or before.isspace()) and after.isalpha()
                and not (before.isalpha() and _short_tail(text, pos + 1, end)))
    if mark == "“":
        return not _closing_position(text, pos, start, end)
    return mark in _PAIRS


def _short_tail(text: str, pos: int, end: int) -> bool:
    """Whether at most a few letters follow ``pos`` before a non-letter ("t" in "don”t")."""
    stop = min(end, pos + _APOSTROPHE_TAIL + 1)
    k = pos
    while k < stop and text[k].isalpha():
        k += 1
    return k < stop or k == end


def _closing_position(text: str, pos: int, start: int, end: int) -> bool:
    """Whether a mark stands where a quotation closes: after a word or a stop and before no word.

    "…our life.“ Another", "…fair“," and a mark ending its line close; "said: “ We" opens.
    """
    after = pos + 1
    if after < end and text[after].isalnum():
        return False
    before = text[pos - 1] if pos > start else ""
    if before and not before.isspace() and before not in _OPENING_CONTEXT:
        return True
    while after < end and text[after] in " \t":
        after += 1
    return after == end or text[after] in "\r\n"


def _is_apostrophe(text: str, pos: int) -> bool:
    after = text[pos + 1] if pos + 1 < len(text) else ""
    before = text[pos - 1] if pos > 0 else ""
    return before.isalnum() and after.isalnum()

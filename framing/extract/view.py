"""The paragraph a cue is read in: its tokens, sentences, quotations and actor mentions.

Every lookup is a binary search over sorted offsets, so reading a paragraph
costs time linear in its length however many cues it holds. The text
geometry shared by the constructions (clause punctuation, the glue between a
quotation and its attribution) lives here too; it holds punctuation only, no
word of any language.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import NamedTuple

from framing import languages
from framing.actors import Mention
from framing.extract.quotes import Quote

Span = tuple[int, int]

# Clause punctuation inside a sentence (sentence ends are Punkt's job, which
# knows abbreviations such as "Col.").
CLAUSE_PUNCT = re.compile(r"[,;:،؛]|—|–|\s-\s")

# What may stand between a quotation and its attribution: "“…,” he said", "«…», — сказал он".
GLUE = " \t\r\n,،—–-"

MAX_SUBJECT = 18
MAX_APPOSITIVE_SUBJECT = 26
# How many tokens before its verb a subject search reads: enough for the longest appositive subject
# and the clause parts skipped before it, and a bound on the work per cue however long the clause.
MAX_LOOKBACK = 64


class Tok(NamedTuple):
    """A word token: offsets, normalised form, and its forms without clitics (and stem)."""

    start: int
    end: int
    norm: str
    bases: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class Paragraph:
    """What cue analysis needs to know about one paragraph, indexed by offset."""

    text: str
    toks: list[Tok]
    sentences: list[Span]
    quotes: list[Quote]
    mentions: list[Mention]
    table: languages.Attribution
    media: frozenset[str] = frozenset()  # actor ids of news media (addressees, never inverted subjects)
    lang: str = "en"
    _starts: list[int] = field(init=False, repr=False)
    _ends: list[int] = field(init=False, repr=False)
    _sentence_starts: list[int] = field(init=False, repr=False)
    _quote_starts: list[int] = field(init=False, repr=False)
    _quote_ends: list[int] = field(init=False, repr=False)
    _mention_starts: list[int] = field(init=False, repr=False)
    _mention_ends: list[int] = field(init=False, repr=False)
    _closes: list[int] | None = field(default=None, init=False, repr=False)  # see last_quote_close

    def __post_init__(self) -> None:
        setattr_ = object.__setattr__
        setattr_(self, "_starts", [t.start for t in self.toks])
        setattr_(self, "_ends", [t.end for t in self.toks])
        setattr_(self, "_sentence_starts", [s[0] for s in self.sentences])
        setattr_(self, "_quote_starts", [q.start for q in self.quotes])
        setattr_(self, "_quote_ends", [q.end for q in self.quotes])
        setattr_(self, "_mention_starts", [m.start for m in self.mentions])
        setattr_(self, "_mention_ends", [m.end for m in self.mentions])

    # -- tokens -------------------------------------------------------------------

    def words(self, lo: int, hi: int, limit: int | None = None) -> list[Tok]:
        """Tokens lying wholly inside ``[lo, hi)``, at most the first ``limit``."""
        i, j = bisect_left(self._starts, lo), bisect_right(self._ends, hi)
        if limit is not None:
            j = min(j, i + limit)
        return self.toks[i:j] if i < j else []

    def index_at(self, pos: int) -> int:
        """Index of the first token starting at or after ``pos``."""
        return bisect_left(self._starts, pos)

    def starting(self, lo: int, hi: int | None = None, limit: int | None = None) -> list[Tok]:
        """Tokens starting in ``[lo, hi)`` (to the paragraph's end without ``hi``), at most ``limit``."""
        i = bisect_left(self._starts, lo)
        j = len(self.toks) if hi is None else bisect_left(self._starts, hi)
        if limit is not None:
            j = min(j, i + limit)
        return self.toks[i:j] if i < j else []

    def lookback(self, lo: int, pos: int, limit: int = MAX_LOOKBACK) -> int:
        """``lo``, or the start of the ``limit``-th token before ``pos`` when that comes later."""
        k = bisect_left(self._starts, pos) - limit
        return max(lo, self.toks[k].start) if k > 0 else lo

    def token_before(self, pos: int) -> Tok | None:
        """The last token ending at or before ``pos``."""
        k = bisect_right(self._ends, pos)
        return self.toks[k - 1] if k else None

    # -- sentences, quotations, mentions ----------------------------------------------

    def sentence_before(self, sent: Span) -> Span | None:
        """The sentence ending at or before ``sent`` starts."""
        k = bisect_left(self._sentence_starts, sent[0])
        return self.sentences[k - 1] if k and self.sentences[k - 1][1] <= sent[0] else None

    def sentence_of(self, pos: int) -> Span:
        """The sentence holding ``pos`` (the last sentence when ``pos`` falls between sentences)."""
        k = bisect_right(self._sentence_starts, pos) - 1
        if k >= 0 and pos < self.sentences[k][1]:
            return self.sentences[k]
        return self.sentences[-1]

    def quote_at(self, pos: int) -> Quote | None:
        """The quotation (marks included) covering ``pos``."""
        k = bisect_right(self._quote_starts, pos) - 1
        if k >= 0 and pos < self.quotes[k].end:
            return self.quotes[k]
        return None

    def last_quote_before(self, pos: int) -> Quote | None:
        """The last quotation closing at or before ``pos``."""
        k = bisect_right(self._quote_ends, pos)
        return self.quotes[k - 1] if k else None

    def quote_indexes(self, lo: int, hi: int) -> range:
        """Indexes of the quotations lying wholly inside ``[lo, hi]``."""
        i, j = bisect_left(self._quote_starts, lo), bisect_right(self._quote_ends, hi)
        return range(i, max(i, j))

    def first_quote_from(self, pos: int) -> Quote | None:
        """The first quotation opening at or after ``pos``."""
        k = bisect_left(self._quote_starts, pos)
        return self.quotes[k] if k < len(self.quotes) else None

    def quotes_starting(self, lo: int, hi: int) -> list[Quote]:
        """Quotations opening in ``[lo, hi)``."""
        return self.quotes[bisect_left(self._quote_starts, lo):bisect_left(self._quote_starts, hi)]

    def quotes_ending(self, lo: int, hi: int) -> list[Quote]:
        """Quotations closing in ``[lo, hi]``."""
        return self.quotes[bisect_left(self._quote_ends, lo):bisect_right(self._quote_ends, hi)]

    def mention_starting(self, pos: int) -> Mention | None:
        k = bisect_left(self._mention_starts, pos)
        return self.mentions[k] if k < len(self.mentions) and self.mentions[k].start == pos else None

    def first_mention(self, lo: int) -> Mention | None:
        """The first mention starting at or after ``lo``."""
        k = bisect_left(self._mention_starts, lo)
        return self.mentions[k] if k < len(self.mentions) else None

    def last_mention_before(self, pos: int) -> Mention | None:
        """The last mention ending at or before ``pos``."""
        k = bisect_right(self._mention_ends, pos)
        return self.mentions[k - 1] if k else None

    def mention_at(self, pos: int) -> Mention | None:
        """The mention covering ``pos``."""
        k = bisect_right(self._mention_starts, pos) - 1
        return self.mentions[k] if k >= 0 and pos < self.mentions[k].end else None

    def mentions_in(self, lo: int, hi: int) -> list[Mention]:
        """Mentions lying wholly inside ``[lo, hi]``."""
        i = bisect_left(self._mention_starts, lo)
        j = i
        while j < len(self.mentions) and self.mentions[j].end <= hi:
            j += 1
        return self.mentions[i:j]

    def has_mention(self, lo: int, hi: int) -> bool:
        k = bisect_left(self._mention_starts, lo)
        return k < len(self.mentions) and self.mentions[k].end <= hi

    def is_media(self, actor: str) -> bool:
        return actor in self.media


def quoted_title(text: str, q: Quote, table: languages.Attribution) -> bool:
    """A quotation that names a programme, book or film ('on Channel 4's "Morning Desk"'), not speech."""
    return table.title_before is not None and table.title_before.search(text, max(0, q.start - 30), q.start) is not None


def word_count(text: str, q: Quote) -> int:
    return len(text[q.inner_start:q.inner_end].split())


def substantial_speech(p: Paragraph, q: Quote) -> bool:
    """A quotation too long to be a quoted name ("حزب “التجمع من أجل تجديد كندارا”")."""
    return word_count(p.text, q) > 6


def substantial(p: Paragraph, q: Quote) -> bool:
    """A quotation long enough to be speech, not a quoted name or a scare quote."""
    return word_count(p.text, q) >= 3


def sentence_end(p: Paragraph, sent: Span, start: int) -> int:
    """The sentence end, pushed past any quote opened inside the sentence after ``start``."""
    end = sent[1]
    for q in p.quotes_starting(start, sent[1]):
        end = max(end, q.end)
    return end


def last_quote_close(p: Paragraph, pos: int) -> int:
    """End of the last quotation before ``pos`` that closes a clause.

    A quoted name inside a subject ("وكالة “سبوتنيك” تشير") is no boundary; a
    quotation followed by a comma or dash is ("«Это провокация», — заявила").
    The ends are computed once per paragraph: a lookup is a binary search.
    """
    closes = p._closes
    if closes is None:  # closes[k]: the answer over the quotations quotes[:k] (those ending at or before pos)
        closes, last = [0], 0
        for q in p.quotes:
            if substantial(p, q) or p.text[q.end:q.end + 3].lstrip(" ")[:1] in (",", "—", "–", "،") and not (
                    _quoted_name(p, q)):
                last = q.end
            closes.append(last)
        object.__setattr__(p, "_closes", closes)
    return closes[bisect_right(p._quote_ends, pos)]


def _quoted_name(p: Paragraph, q: Quote) -> bool:
    """A short capitalised quotation right after a word: a name ("организации «Живая тайга», …")."""
    before = p.text[:q.start].rstrip(" ")
    return bool(before) and before[-1].isalpha() and p.text[q.inner_start:q.inner_start + 1].isupper()


def segments(text: str, lo: int, hi: int) -> list[Span]:
    """Clause-punctuation-separated parts of text[lo:hi] as (start, end) spans."""
    parts, pos = [], lo
    for m in CLAUSE_PUNCT.finditer(text, lo, hi):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, hi))
    return parts


_LEAD = re.compile(r"[\s,:،]*")


def opens_quote(p: Paragraph, pos: int) -> bool:
    """Whether a quotation opens at ``pos``, past spaces, commas and colons."""
    at = _LEAD.match(p.text, pos).end()
    return bool(p.quotes_starting(at, at + 1))


def hearer_length(p: Paragraph, words: list[Tok], dependents: bool = True) -> int:
    """How many of ``words`` name the hearer of a report by their case (the language's ``hearer``), 0 when none."""
    measure = p.table.hearer
    if measure is None or not words:
        return 0
    head, text = words[:MAX_SUBJECT], p.text
    gaps = tuple(text[head[i - 1].end:w.start] if i else text[max(0, w.start - 2):w.start] for i, w in enumerate(head))
    return measure(tuple(w.norm for w in head), gaps, dependents, surface=tuple(text[w.start:w.end] for w in head))


def past_circumstance(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """The words of a subject without the circumstance before it (where and when: the language's
    ``circumstance``), or the words as they are when there is none or no subject follows it."""
    measure = p.table.circumstance
    if measure is None or len(words) < 2:
        return words
    head, text = words[:MAX_SUBJECT + 8], p.text
    k = measure(tuple(w.norm for w in head), tuple(text[w.start].isupper() for w in head),
                tuple(text[head[i - 1].end:w.start] if i else "" for i, w in enumerate(head)))
    return words[k:] if k else words

"""The paragraph a cue is read in, and the text geometry shared by cue analysis."""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing import languages
from framing.extract.cues import Tok
from framing.extract.quotes import Quote

# Clause punctuation inside a sentence (sentence ends are Punkt's job, which
# knows abbreviations such as "Col.").
CLAUSE_PUNCT = re.compile(r"[,;:،؛]|—|–|\s-\s")


MAX_SUBJECT = 18


# What may stand between a quotation and its attribution: "“…,” he said", "«…», — сказал он".
GLUE = " \t,،—–-"


MAX_APPOSITIVE_SUBJECT = 26


MAX_COMPLEMENT_DISTANCE = 12


@dataclass(frozen=True)
class Paragraph:
    """What cue analysis needs to know about one paragraph."""

    text: str
    toks: list[Tok]
    sentences: list[tuple[int, int]]
    quotes: list[Quote]
    mentions: list          # registry mentions (start, end, actor, alias), sorted
    table: languages.Attribution
    media: frozenset[str] = frozenset()  # actor ids of news media (addressees, never inverted subjects)

    def is_media(self, actor: str) -> bool:
        return actor in self.media

    def words(self, lo: int, hi: int) -> list[Tok]:
        return [t for t in self.toks if t.start >= lo and t.end <= hi]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s in self.sentences:
            if s[0] <= pos < s[1]:
                return s
        return self.sentences[-1]

    def quote_at(self, pos: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= pos < q.end), None)

    def mention_starting(self, pos: int):
        return next((m for m in self.mentions if m.start == pos), None)

    def has_mention(self, lo: int, hi: int) -> bool:
        return any(m.start >= lo and m.end <= hi for m in self.mentions)


@dataclass
class Draft:
    verb_start: int
    verb_end: int
    lemma: str
    kind: str
    sentence: tuple[int, int]
    subject: str = "name"
    speaker: tuple[int, int] | None = None
    content_start: int = 0
    content_end: int | None = None
    via: tuple[int, int] | None = None
    complement: bool = False  # the content opens with a complementizer ("said that …")


def quoted_title(text: str, q: Quote, table: languages.Attribution) -> bool:
    """A quotation that names a programme, book or film ('on CBS's "Face the Nation"'), not speech."""
    return table.title_before is not None and table.title_before.search(text, max(0, q.start - 30), q.start) is not None


def substantial_speech(p: Paragraph, q: Quote) -> bool:
    """A quotation too long to be a quoted name ("حزب “التجمع من أجل تجديد كندارا”")."""
    return len(p.text[q.inner_start:q.inner_end].split()) > 6


def substantial(p: Paragraph, q: Quote) -> bool:
    """A quotation long enough to be speech, not a quoted name or a scare quote."""
    return len(p.text[q.inner_start:q.inner_end].split()) >= 3


def sentence_end(p: Paragraph, sent, start):
    """The sentence end, pushed past any quote opened inside the sentence after ``start``."""
    end = sent[1]
    for q in p.quotes:
        if start <= q.start < end and q.end > end:
            end = q.end
    return end


def last_quote_close(p: Paragraph, pos):
    """End of the last quotation before ``pos`` that closes a clause.

    A quoted name inside a subject ("وكالة “سبوتنيك” تشير") is no boundary; a
    quotation followed by a comma or dash is ("«Это провокация», — заявила").
    """
    return max((q.end for q in p.quotes if q.end <= pos and (
        substantial(p, q) or p.text[q.end:q.end + 3].lstrip(" ")[:1] in (",", "—", "–", "،"))), default=0)


def segments(text, lo, hi):
    """Clause-punctuation-separated parts of text[lo:hi] as (start, end) spans."""
    parts, pos = [], lo
    for m in CLAUSE_PUNCT.finditer(text, lo, hi):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, hi))
    return parts


def opens_quote(p: Paragraph, pos: int) -> bool:
    m = re.match(r"[\s,:،]*", p.text[pos:])
    at = pos + (m.end() if m else 0)
    return any(q.start == at for q in p.quotes)

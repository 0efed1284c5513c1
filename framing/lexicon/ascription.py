"""Hits the speaker ascribes to others: the ``attributed`` polarity.

A speaker who invokes a label to reject it as someone else's ("they smear
ordinary families as extremists", "так называемые террористы", "ما يسمى
بالإرهاب", scare quotes around ‘terrorists’) still invokes the frame, but not
in their own voice. A hit is attributed when, in the same sentence of the
scanned span,

- a phrase of the language's ``before`` list stands right before it ("so
  called", "так называемые"), or a word of ``after`` right after it
  ("المزعوم");
- an ascribing verb stands at most ``reach`` tokens before it, with one of
  the verb's linkers between them ("smeared … *as*", "выдать … *за*",
  "called *us* …") or right before the verb ("*нас* называют …"), or glued
  to the term as a proclitic ("بالإرهاب"); a verb without linkers needs none
  ("branded them terrorists");
- the hit is alone between an opening and a closing mark of a quotation
  inside a quotation (‘terrorists’, „террористы“) inside the span.

The scan (:mod:`framing.lexicon.scan`) finds where the marker words are (its
automaton holds them, as it holds the negators), so this runs only where a
marker is, and over the hits for the quotation marks. Words are the
language's data (:class:`framing.languages.Polarity`); an affirmed hit may
become attributed, a negated one stays negated.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache
from operator import attrgetter

from framing import languages
from framing.model import AFFIRMED, ATTRIBUTED, Hit
from framing.text import SENTENCE_BREAK, WORD_RE

# A sentence break: what the scan's phrases and negators do not cross either.
_BREAK = SENTENCE_BREAK
_START = attrgetter("start")
# More characters than this per word between a marker and a hit: too far, without counting the words.
_CHARS_PER_WORD = 40


def ascribe(text: str, start: int, end: int, lang: str, markers: list[int], hits: list[Hit]) -> list[Hit]:
    """``hits`` (sorted by start) with the ascribed affirmed ones made ``attributed``.

    ``markers`` are the original offsets of tokens that may be marker words,
    in text order; ``text[start:end]`` is the scanned span.
    """
    if not hits:
        return hits
    table = languages.polarity(lang)
    ascribed = _quoted(text, start, end, hits, table.quotes)
    if markers:
        reader = _Reader(text, end, lang, table)
        for marker in markers:
            ascribed.update(reader.ascribed(marker, hits))
    if not ascribed:
        return hits
    return [hit._replace(polarity=ATTRIBUTED) if i in ascribed and hit.polarity == AFFIRMED else hit
            for i, hit in enumerate(hits)]


def _quoted(text: str, start: int, end: int, hits: list[Hit], quotes: tuple[str, str]) -> set[int]:
    """The hits alone between quotation marks inside the span (the marks found by one C-level search)."""
    found: set[int] = set()
    for quoted in _quotation(quotes).finditer(text, start, end):
        i = bisect_left(hits, quoted.start(1), key=_START)
        while i < len(hits) and hits[i].start == quoted.start(1):
            if hits[i].end == quoted.end(1):
                found.add(i)
            i += 1
    return found


@cache
def _quotation(quotes: tuple[str, str]) -> re.Pattern:
    """Every text between an opening mark that starts a word and a closing mark that ends one ("don't" is
    no quotation), overlapping ones too (a lookahead at each opening)."""
    opening, closing = (re.escape(marks) for marks in quotes)
    return re.compile(f"[{opening}](?<!\\w[{opening}])(?=([^{opening}{closing}\n]{{1,80}})[{closing}](?!\\w))")


class _Reader:
    """Reads the tokens around one marker word."""

    def __init__(self, text: str, end: int, lang: str, table: languages.Polarity):
        self.text, self.end, self.table = text, end, table
        self.language = languages.get(lang)

    def bases(self, token: str) -> tuple[str, ...]:
        return self.language.bases(token)

    def ascribed(self, marker: int, hits: list[Hit]) -> set[int]:
        """Indexes of the hits the marker word at ``marker`` ascribes."""
        token = WORD_RE.match(self.text, marker, self.end)
        if token is None:
            return set()
        bases = self.bases(token.group())
        found: set[int] = set()
        previous = self._previous(token.start()) if any(self.table.verbs.get(b) for b in bases) else []
        if not self.table.after.isdisjoint(bases):
            found.update(self._before(token.start(), hits))
        for i in range(bisect_left(hits, token.end(), key=_START), len(hits)):
            between = self._between(token.end(), hits[i].start)
            if between is None:
                break
            if self._opens(bases, previous, between, hits[i]):
                found.add(i)
        return found

    def _before(self, marker: int, hits: list[Hit]) -> list[int]:
        """The hits that end right before an ``after`` word (nothing but spaces and signs between)."""
        return [i for i, hit in enumerate(hits)
                if hit.end <= marker and not WORD_RE.search(self.text[hit.end:marker])
                and not _BREAK.search(self.text, hit.end, marker)]

    def _previous(self, marker: int) -> list[str]:
        """The word right before a marker, in its sentence (an object pronoun before its verb), or none."""
        words = list(WORD_RE.finditer(self.text, max(0, marker - 40), marker))
        if not words or _BREAK.search(self.text, words[-1].end(), marker):
            return []
        return [words[-1].group()]

    def _between(self, after: int, before: int) -> list[str] | None:
        """The words between a marker and a hit, None when a break or more than ``reach`` words part them."""
        if before - after > _CHARS_PER_WORD * (self.table.reach + 1) or _BREAK.search(self.text, after, before):
            return None
        words = WORD_RE.findall(self.text, after, before)
        return words if len(words) <= self.table.reach else None

    def _opens(self, bases: tuple[str, ...], previous: list[str], between: list[str], hit: Hit) -> bool:
        """Whether a marker with ``bases``, after ``previous`` and ``between`` words before ``hit``, ascribes it."""
        for phrase in self.table.before:
            if phrase[0] in bases and len(between) == len(phrase) - 1 and all(
                    word in self.bases(token) for word, token in zip(phrase[1:], between)):
                return True
        for base in bases:
            linkers = self.table.verbs.get(base)
            if linkers is None:
                continue
            if not linkers or any(not set(linkers).isdisjoint(self.bases(token)) for token in (*previous, *between)):
                return True
            if self._glued(linkers, hit):
                return True
        return False

    def _glued(self, linkers: tuple[str, ...], hit: Hit) -> bool:
        """A linker written as a proclitic of the term's first token ("بالإرهاب")."""
        first = WORD_RE.match(self.text, hit.start)
        norm = self.language.normalize(first.group()) if first else ""
        return any(norm.startswith(linker) and linker in self.language.proclitics for linker in linkers)

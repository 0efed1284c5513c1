"""The layout of a news page: which paragraphs are headings, captions and teasers, and datelines.

A headline, a photo credit, a "Read more" teaser or a short line without a
full stop holds no statement; a wire dateline ("PORT AMSEL, March 12
(Meridian) - ") is not part of the first sentence. The words involved
(teasers, credit names) are language data.
"""

from __future__ import annotations

import re
from typing import Iterator, NamedTuple

from framing import languages
from framing.extract.special import SIGNATURE, TWEET
from framing.extract.view import Span
from framing.model import Document
from framing.text import paragraph_spans, script_lang, sentence_spans

_TERMINAL = ".!?؟…:;"
_CLOSERS = "”\"»’)]'"
_OPENERS = "“\"«„'"
_MIN_WORDS = 4
_MAX_HEADLINE_WORDS = 40
# A wire dateline opening a paragraph: "PORT AMSEL, March 12 (Meridian) - ", "NIAMARA, Kandara (GPA) — ",
# "УСТЬ-ЛЕСНОЙ, 14 апр — РИА Новости. ": capitals, then a date or an agency, then a dash.
_DATELINE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,}(?:[ .'’-]+[A-ZÀ-ÞА-ЯЁ]{2,})*(?:,[^\n—–]{1,40}?|[^\S\n]\([^)\n]{1,20}\))"
                       r"[^\S\n]+[—–-]{1,2}[^\S\n]+"
                       r"(?:[^\n.]{1,30}\.[^\S\n]+)?")
_PATTERNS: dict[int, tuple[re.Pattern, re.Pattern]] = {}


def _page_patterns(table: languages.Attribution) -> tuple[re.Pattern, re.Pattern]:
    """(teaser line, photo credit) patterns of a language, compiled once."""
    found = _PATTERNS.get(id(table))
    if found is None:
        teasers = "|".join(re.escape(t) for t in sorted(table.teasers, key=len, reverse=True)) or "(?!)"
        credits = "|".join(re.escape(c) for c in sorted(table.credits, key=len, reverse=True)) or "(?!)"
        found = (re.compile(rf"^\s*(?:{teasers})", re.I),
                 re.compile(rf"\((?:[^()]*\b(?:{credits})\b[^()]*)\)\s*$", re.I))
        _PATTERNS[id(table)] = found
    return found


class Block(NamedTuple):
    """One paragraph of a page: its span, language, sentences, and whether it is a heading."""

    start: int
    end: int
    lang: str
    sentences: list[Span]
    heading: bool


def page(doc: Document) -> Iterator[Block]:
    """The paragraphs of a document, in order, each with its language and sentences.

    A paragraph's language is its script's (the document's ``lang`` breaks
    ties and covers paragraphs without letters). Headings (headlines,
    captions, teasers) are marked, never dropped, so narration still sees them.
    """
    text = doc.text
    default = doc.lang if doc.lang in languages.codes() else "en"
    for ps, pe in paragraph_spans(text):
        lang = script_lang(text[ps:pe], default=default)
        sentences = [tuple(s) for s in sentence_spans(text, ps, pe)] or [(ps, pe)]
        yield Block(ps, pe, lang, sentences, is_heading(text, ps, pe, lang))


def is_heading(text: str, ps: int, pe: int, lang: str) -> bool:
    """A headline, caption, credit line or teaser: a paragraph that holds no statement."""
    body = text[ps:pe].rstrip()
    teaser, credit = _page_patterns(languages.attribution(lang))
    if teaser.match(body) or credit.search(body):
        return True
    words = len(body.split())
    if words < _MIN_WORDS or TWEET.search(body):
        return words < _MIN_WORDS
    if body[0] in _OPENERS and SIGNATURE.search(body):
        return False  # "“…” — Esther Tapia": a signed quotation
    # a headline may end in a quotation ('… blames "foreign agents"') but not in a full stop
    ending = body.rstrip(_CLOSERS)
    return words < _MAX_HEADLINE_WORDS and (not ending or ending[-1] not in _TERMINAL)


def without_dateline(text: str, ps: int, pe: int, sentences: list[Span]) -> list[Span]:
    """The sentences of a paragraph with a leading wire dateline cut off the first one."""
    dateline = _DATELINE.match(text, ps, pe)
    if dateline and dateline.end() < sentences[0][1]:
        return [(dateline.end(), sentences[0][1]), *sentences[1:]]
    return sentences

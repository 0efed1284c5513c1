"""The layout of a news page: its blocks, which of them are headings, and datelines.

``page(doc)`` cuts a document into blocks (paragraphs), each with its
language and sentences, and marks the headings, which hold no statement:

* the document's title, where a line of the text is exactly it (at the top,
  even when the body follows on the next line, or repeated further down);
* headlines: short paragraphs without a final full stop which open no
  quotation they leave open (a quotation running to the end of a cut page is
  speech, not a headline); at the end of a page, of one sentence (more is
  prose cut off mid-sentence);
* summary bullets at the top of a page ("- …", "• …");
* teasers ("Read more: …", "Читайте также: …") and photo captions
  ("FILE PHOTO: …", "… Photo: Bloomberg", "(Фото: …)", "… REUTERS/Name").

A wire dateline ("PORT AMSEL, March 12 (Meridian) - ", "(Bloomberg) -- ",
"KYIV, May 12. /Ukrinform/. ", "مينسك: ") is cut off the first sentence of
its paragraph. The words involved (teasers, credits) are language data; the
patterns are structural (capitals, brackets, slashes, dashes, colons).

A document's ``lang`` may list several languages ("en,ar"): a paragraph is
read in the listed language written in its script, or in its script's
language when none is listed. A paragraph whose script belongs only to
listed languages the library does not read (French in a "fr" document) is a
heading with no sentences, and the document gets one :class:`FramingWarning`.
"""

from __future__ import annotations

import re
import warnings
from typing import Iterator, NamedTuple

from framing import languages
from framing.errors import FramingWarning
from framing.extract.cues import is_verb_form, tokens
from framing.extract.quotes import find_quotes
from framing.extract.special import SIGNATURE, TWEET
from framing.extract.view import Span
from framing.model import Document
from framing.text import ABBREVIATIONS, LINE_BREAK, Span as TextSpan, paragraph_spans, script_lang, script_of, sentence_spans, trim

_TERMINAL = ".!?؟…:;"
_CLOSERS = "”\"»’)]'"
_OPENERS = "“\"«„'"
_MIN_WORDS = 4
_MAX_HEADLINE_WORDS = 40
_TEASER_OPENING = 60       # characters of a lede that the body repeats after the repeated title
_CUT_PROSE_WORDS = 15      # words of a last paragraph cut off mid-sentence, which no headline has
_CAPS = r"[A-ZÀ-ÞА-ЯЁ]{2,}(?:[ .'’-]+[A-ZÀ-ÞА-ЯЁ]{2,})*"
# A wire dateline opening a paragraph: capitals (a place), then a date or an agency in brackets, then a dash
# ("PORT AMSEL, March 12 (Meridian) - ", "NIAMARA, Kandara (GPA) — ", "УСТЬ-ЛЕСНОЙ, 14 апр — РИА Новости. ");
# an agency in brackets alone ("(Bloomberg) -- "); or a place, a date and an agency between slashes
# ("KYIV, May 12. /Ukrinform/. ").
_DATELINE = re.compile(
    rf"(?:{_CAPS}(?:,[^\r\n—–]{{1,40}}?|[^\S\r\n]\([^)\r\n]{{1,20}}\))|\([^\W\d_][^)\r\n]{{0,20}}\))"
    r"[^\S\r\n]+[—–-]{1,2}[^\S\r\n]+(?:(?P<agency>[^\r\n.]{1,30})\.[^\S\r\n]+)?"
    rf"|{_CAPS}(?:,[^\r\n/]{{1,40}}?)?\.?[^\S\r\n]*/[^/\r\n]{{1,20}}/\.?[^\S\r\n]+")
# In the first body paragraph only, a place alone before a dash or a colon ("MADRID — ", "KABUL: "); a colon
# after capitals is a transcript's speaker label when more than one paragraph opens so ("WALLACE: …").
_BARE_DATELINE = re.compile(rf"{_CAPS}(?:,[^\r\n—–:]{{1,40}}?)?(?:[^\S\r\n]+[—–-]{{1,2}}|:)[^\S\r\n]+(?=[“\"‘]?[A-Z])")
_LABEL_OPENING = re.compile(rf"{_CAPS}:")
# An Arabic report opening with its place and a colon, or a dash and its source ("مينسك: ", "مينسك – وكالة …:").
_ARABIC_DATELINE = re.compile(r"(?P<place>[\u0620-\u064a]+(?:[^\S\r\n][\u0620-\u064a]+)?)[^\S\r\n]*"
                              r"(?::|[—–-][^\r\n:]{1,40}?:)[^\S\r\n]*")
_BULLET = re.compile(r"[-•*▪·][^\S\r\n]")
_PATTERNS: dict[int, tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]] = {}
# How far from its end a caption's credit may start.
_CREDIT_REACH = 200


class Block(NamedTuple):
    """One paragraph of a page: its span, language, sentences, and whether it is a heading.

    The sentences of a paragraph that opens with a dateline start after it;
    a paragraph in a language the library does not read has none.
    """

    start: int
    end: int
    lang: str
    sentences: list[Span]
    heading: bool


def page(doc: Document) -> Iterator[Block]:
    """The paragraphs of a document, in order, each with its language and sentences.

    Headings (titles, headlines, captions, teasers) are marked, never
    dropped, so narration still sees them.
    """
    text = doc.text
    listed = listed_languages(doc.lang)
    blocks = _without_teasers(text, _blocks(text, doc.title))
    paragraphs = [(s, e, title, *paragraph_language(text, s, e, listed)) for s, e, title in blocks]
    unread = sorted({lang for *_, lang, read in paragraphs if not read})
    if unread:
        warnings.warn(f"{doc.id}: language {', '.join(unread)} is not supported; its paragraphs are skipped "
                      f"(supported: {', '.join(languages.codes())})", FramingWarning, stacklevel=2)
    top = True  # above the first body paragraph
    labels = sum(1 for ps, pe, *_ in paragraphs if _LABEL_OPENING.match(text, ps, pe))
    for k, (ps, pe, title, lang, read) in enumerate(paragraphs):
        if not read:
            yield Block(ps, pe, lang, [], True)
            continue
        sentences = [(s, e) for s, e in sentence_spans(text, ps, pe)] or [(ps, pe)]
        heading = title or is_heading(text, ps, pe, lang, top=top, last=k == len(paragraphs) - 1,
                                      sentences=sentences)
        if not heading:
            cut = dateline_end(text, ps, pe, lang, first=top, transcript=labels > 1)
            heading = cut >= pe  # a dateline on a line of its own ("مينسك – وكالة …:")
            sentences = _cut_dateline(sentences, cut)
            top = top and heading
        yield Block(ps, pe, lang, sentences, heading)


def listed_languages(lang: str) -> tuple[str, ...]:
    """The language codes of a document's ``lang`` ("en,ar", "EN-gb"), in order."""
    codes = (part.strip().lower().replace("_", "-").split("-")[0] for part in lang.split(","))
    return tuple(dict.fromkeys(code for code in codes if code))


def paragraph_language(text: str, start: int, end: int, listed: tuple[str, ...]) -> tuple[str, bool]:
    """The language of a paragraph, and whether the library reads it.

    The first listed language written in the paragraph's script that the
    library supports; a listed one it does not support (the paragraph is
    not read); else the script's own language. A paragraph without letters
    takes the first supported listed language, or English.
    """
    supported = [code for code in listed if code in languages.codes()]
    script = script_lang(text[start:end], default="")
    if not script:
        return (supported or ["en"])[0], True
    same = [code for code in listed if script_of(code) == script]
    read = [code for code in same if code in languages.codes()]
    if read:
        return read[0], True
    if same:
        return same[0], False
    return script, True


def _blocks(text: str, title: str) -> list[tuple[int, int, bool]]:
    """Paragraph spans, with every line that is exactly the title cut out as a block of its own."""
    lines = _title_lines(text, title.strip()) if title and title.strip() else []
    out: list[tuple[int, int, bool]] = []
    k = 0
    for ps, pe in paragraph_spans(text):
        pos = ps
        while k < len(lines) and lines[k][0] < pe:
            ts, te = lines[k]
            k += 1
            before = trim(text, TextSpan(pos, ts))
            if before.end > before.start:
                out.append((before.start, before.end, False))
            out.append((ts, te, True))
            pos = te
        rest = trim(text, TextSpan(pos, pe))
        if rest.end > rest.start:
            out.append((rest.start, rest.end, False))
    return out


def _without_teasers(text: str, blocks: list[tuple[int, int, bool]]) -> list[tuple[int, int, bool]]:
    """A lede printed above the repeated title, whose opening the body repeats, is a teaser: a heading."""
    titles = [s for s, _, title in blocks if title]
    if len(titles) < 2:
        return blocks
    body = titles[-1]
    out = []
    for s, e, title in blocks:
        opening = text[s:min(e, s + _TEASER_OPENING)]
        teaser = not title and s < body and len(opening) == _TEASER_OPENING and text.find(opening, body) >= 0
        out.append((s, e, title or teaser))
    return out


def _title_lines(text: str, title: str) -> list[tuple[int, int]]:
    found = []
    pos = 0
    for brk in [*LINE_BREAK.finditer(text), None]:
        start, end = trim(text, TextSpan(pos, brk.start() if brk else len(text)))
        if end - start == len(title) and text.startswith(title, start):
            found.append((start, end))
        pos = brk.end() if brk else len(text)
    return found


def _page_patterns(table: languages.Attribution) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """(teaser line, caption opening, caption ending, any credit in lower case) patterns of a language, compiled once.

    Every caption ending holds a credit: where none is, the ending (tried at
    every position near the paragraph's end) need not be.
    """
    found = _PATTERNS.get(id(table))
    if found is None:
        teasers = "|".join(re.escape(t) for t in sorted(table.teasers, key=len, reverse=True)) or "(?!)"
        credits = "|".join(re.escape(c) for c in sorted(table.credits, key=len, reverse=True)) or "(?!)"
        ending = (
            rf"\((?:[^()]*\b(?:{credits})\b[^()]*)\)\s*$"                       # … (Photo: AFP)
            rf"|\b(?:{credits})[^\S\r\n]*:[^\S\r\n]*[^\W\d_][^!?:()“”\"«»\r\n]{{0,40}}(?<![.!?…])$"  # … Photo: Bloomberg
            rf"|\b(?:{credits})/[^/\r\n]{{1,40}}$"                                 # … REUTERS/Carlos Jasso
            rf"|[.!?؟][^\S\r\n]+(?:{credits})$")                                  # … . رويترز
        found = (re.compile(rf"^\W*(?:{teasers})(?!\w)", re.I),
                 re.compile(rf"^\W*(?:(?:{credits})[^\S\r\n]+)?(?:{credits})[^\S\r\n]*[:.]\W", re.I),  # FILE PHOTO: …
                 re.compile(ending, re.I), re.compile(credits.lower()))  # read in lower case: a faster search
        _PATTERNS[id(table)] = found
    return found


def is_heading(text: str, ps: int, pe: int, lang: str, *, top: bool = False, last: bool = False,
               sentences: list[Span] | None = None) -> bool:
    """A headline, caption, credit line or teaser: a paragraph that holds no statement.

    Parameters
    ----------
    text, ps, pe : the text and the paragraph's span.
    lang : the paragraph's language (for its teaser and credit words).
    top : the paragraph is above the page's first body paragraph, where
        bullets ("- …", "• …") are a summary.
    last : the paragraph ends the page, where prose may be cut off mid-sentence.
    sentences : the paragraph's sentences, if known.
    """
    body = text[ps:pe].rstrip()
    teaser, opening, ending, credit = _page_patterns(languages.attribution(lang))
    tail = max(0, len(body) - _CREDIT_REACH)
    if (teaser.match(body) or opening.match(body) or credit.search(body[tail:].lower()) and ending.search(body, tail)
            or (top and _BULLET.match(body))):
        return True
    quotes = find_quotes(text, ps, pe)
    if quotes and not quotes[-1].closed:
        return False  # a quotation running to the end of a cut page
    words = len(body.split())
    if words < _MIN_WORDS or "(@" in body and TWEET.search(body):
        return words < _MIN_WORDS
    if body[0] in _OPENERS and SIGNATURE.search(body):
        return False  # "“…” — Esther Tapia": a signed quotation
    # a headline may end in a quotation ('… blames "foreign agents"') but not in a full stop
    ending = body.rstrip(_CLOSERS)
    if words >= _MAX_HEADLINE_WORDS or (ending and ending[-1] in _TERMINAL):
        return False
    sentences = sentence_spans(text, ps, pe) if sentences is None else sentences
    if any(len(text[s:e].split()) >= _CUT_PROSE_WORDS and text[s:e].rstrip(_CLOSERS)[-1:] in _TERMINAL
           for s, e in sentences[:-1]):
        return False  # a long full sentence, then a stray end ("… freedoms. S"): prose, not a headline
    if not last:
        return True
    # at the end of a page, more than one short sentence is prose cut off ("… said. He added that the")
    return words < _CUT_PROSE_WORDS and len(sentences) < 2


def dateline_end(text: str, ps: int, pe: int, lang: str, *, first: bool = False, transcript: bool = False) -> int:
    """Where the report starts after a wire dateline opening the paragraph (``ps`` when there is none).

    The Arabic form (a place and a colon) is read only in the first body
    paragraph (``first``), and never when its words are a speech verb
    ("وتابع: …"); so is a place alone before a dash or a colon ("MADRID — ",
    "KABUL: "), the colon not in a ``transcript`` (paragraphs opening "NAME: ").
    """
    m = _DATELINE.match(text, ps, pe)
    if m:
        agency = m.group("agency")
        if agency and agency.split()[-1].casefold() in ABBREVIATIONS:
            return m.start("agency")  # "— Mr. Smith said": no agency, a title
        return m.end()
    m = _BARE_DATELINE.match(text, ps, pe) if first else None
    if m and not (transcript and m.group().rstrip().endswith(":")):
        return m.end()
    if lang == "ar" and first:
        m = _ARABIC_DATELINE.match(text, ps, pe)
        if m and not any(is_verb_form(lang, tok) for tok in tokens(text, m.start(), m.end("place"), lang)):
            return m.end()
    return ps


def _cut_dateline(sentences: list[Span], cut: int) -> list[Span]:
    """Sentences with those before ``cut`` dropped and the one it falls in starting there.

    "KYIV, May 12. /Ukrinform/. The talks …": the sentence splitter
    ends sentences inside the dateline.
    """
    k = 0
    while k < len(sentences) - 1 and sentences[k][1] <= cut:
        k += 1
    if cut >= sentences[k][1]:
        return sentences  # the paragraph is only a dateline
    if cut <= sentences[k][0]:
        return sentences[k:] if k else sentences
    return [(cut, sentences[k][1]), *sentences[k + 1:]]


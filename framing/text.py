"""Text geometry: paragraphs, sentences, tokens and the language of a span.

Everything returns offsets into the original text; nothing is rewritten.
Sentences come from nltk's Punkt with parameters we ship (no download).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Iterator, NamedTuple

from framing import languages

# A word: letters/digits plus the combining marks and tatweel that Arabic
# writes inside words (re's \w does not include them).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
WORD_RE = re.compile(rf"(?:[^\W_]|[{_MARKS}])+")

SCRIPTS = {
    "ar": re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    "en": re.compile("[A-Za-z\u00c0-\u024f]"),
}

# Abbreviations that end with a period but do not end a sentence (lower case,
# without the final period, as Punkt expects).
ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "gov", "sen", "rep",
    "pres", "st", "jr", "sr", "inc", "ltd", "co", "corp", "no", "vs", "etc", "jan", "feb", "mar",
    "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u",
    "u.s.a", "a.m", "p.m", "e.g", "i.e", "approx", "dept", "est", "fig", "mt", "ft",
})


@cache
def _punkt():
    # Imported here: nltk takes over a second to import, and only sentence
    # splitting needs it.
    from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

    class _LangVars(PunktLanguageVars):
        sent_end_chars = (".", "?", "!", "؟", "…")

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params, lang_vars=_LangVars())


class Span(NamedTuple):
    start: int
    end: int


_BLANK_LINE = re.compile(r"\n[ \t\r\f\v]*\n")


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs as spans, trimmed of surrounding whitespace.

    Blocks separated by blank lines are paragraphs; inside a block each line
    is its own paragraph unless the block is hard-wrapped prose (all lines
    but the last long and not ending a sentence).
    """
    spans: list[Span] = []
    pos = 0
    for match in [*_BLANK_LINE.finditer(text), None]:
        end = match.start() if match else len(text)
        spans.extend(_block_paragraphs(text, pos, end))
        if match:
            pos = match.end()
    return spans


def _block_paragraphs(text: str, start: int, end: int) -> Iterator[Span]:
    lines = []
    pos = start
    for line in text[start:end].split("\n"):
        lines.append(Span(pos, pos + len(line)))
        pos += len(line) + 1
    lines = [trim(text, s) for s in lines]
    lines = [s for s in lines if s.end > s.start]
    if not lines:
        return
    wrapped = len(lines) > 1 and all(
        s.end - s.start >= 40 and text[s.end - 1] not in ".?!؟:”\"»" for s in lines[:-1]
    )
    if wrapped:
        yield Span(lines[0].start, lines[-1].end)
    else:
        yield from lines


def trim(text: str, span: Span) -> Span:
    """The span without leading and trailing whitespace."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph) as spans into ``text``."""
    end = len(text) if end is None else end
    spans: list[Span] = []
    for s, e in _punkt().span_tokenize(text[start:end]):
        s, e = start + s, start + e
        if spans and text[s].islower() and text[spans[-1].end - 1] in ".)":
            # "Sen. Mitch McConnell (R-Ky.) said …": a sentence never opens in lower case
            spans[-1] = Span(spans[-1].start, e)
        else:
            spans.append(Span(s, e))
    return spans


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word tokens of ``text[start:end]``; punctuation is not a token."""
    end = len(text) if end is None else end
    return [Span(m.start(), m.end()) for m in WORD_RE.finditer(text, start, end)]


def count_tokens(text: str) -> int:
    """Number of word tokens in ``text``."""
    return sum(1 for _ in WORD_RE.finditer(text))


def script_lang(text: str, default: str = "en") -> str:
    """The language of a span, judged by the script most of its letters use."""
    counts = {code: len(pattern.findall(text)) for code, pattern in SCRIPTS.items()}
    best = max(sorted(counts), key=lambda code: counts[code])
    return best if counts[best] else default


def normalize(token: str, lang: str) -> str:
    """The comparison form of a token in a language."""
    return languages.get(lang).normalize(token)

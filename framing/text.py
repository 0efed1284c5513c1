"""Text geometry: paragraphs, sentences, tokens and the language of a span.

Everything returns offsets into the original text; nothing is rewritten.
Sentences come from nltk's Punkt with parameters we ship (no download).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache, partial
from itertools import accumulate
from typing import Iterator, Mapping, NamedTuple, Sequence

from framing import languages
from framing.punkt_spans import span_tokenize

# A word: letters/digits plus the combining marks and tatweel that Arabic
# writes inside words (re's \w does not include them).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
# The marks \w lacks (tatweel U+0640 and U+06E5-6 are letters to it): a character is read one way only,
# so a match that fails is not retried in every split of the word.
_MARKS_NOT_WORD = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06e4\u06e7-\u06ed"
WORD_RE = re.compile(rf"(?:[^\W_]|[{_MARKS_NOT_WORD}])+")

SCRIPTS = {
    "ar": re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
    "ru": re.compile("[\u0400-\u04ff]"),
    "en": re.compile("[A-Za-z\u00c0-\u024f]"),
}

# Languages that share a script with a supported one, by the SCRIPTS entry of that script: a document's
# ``lang`` tells them apart (a Latin-script paragraph of a "fr" document is French, not English).
_SHARED_SCRIPTS = {
    "en": ("en", "fr", "de", "es", "it", "pt", "nl", "pl", "cs", "sk", "sl", "hr", "bs", "ro", "hu", "sv", "no",
           "nb", "nn", "da", "fi", "et", "lv", "lt", "tr", "az", "uz", "id", "ms", "vi", "tl", "sq", "ca", "eu",
           "gl", "ga", "cy", "is", "mt", "sw", "ha", "yo", "so", "af", "la", "eo"),
    "ru": ("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn", "tt", "ba", "cv"),
    "ar": ("ar", "fa", "ur", "ps", "ku", "ckb", "ug", "sd"),
}
_SCRIPT_OF = {code: script for script, codes in _SHARED_SCRIPTS.items() for code in codes}


def script_of(code: str) -> str | None:
    """The ``SCRIPTS`` entry of the script a language is written in ("fr" -> "en"), None if unknown."""
    return _SCRIPT_OF.get(code)


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
    # Punkt's module alone, on first use: ``import nltk`` would pull in scipy and scikit-learn.
    from framing.nltk_modules import load

    punkt = load("nltk.tokenize.punkt")

    class _LangVars(punkt.PunktLanguageVars):
        sent_end_chars = (".", "?", "!", "؟", "…")

    params = punkt.PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return punkt.PunktSentenceTokenizer(params, lang_vars=_LangVars())


class Span(NamedTuple):
    start: int
    end: int


# Line breaks: LF, CRLF and a lone CR (old Mac files) alike; a CR before an LF is part of that break.
_BREAK = r"(?:\r\n|\r(?!\n)|\n)"
LINE_BREAK = re.compile(_BREAK)
_BLANK_LINE = re.compile(rf"{_BREAK}[ \t\f\v]*{_BREAK}")
# What a lexicon phrase, a negator's scope or an ascription does not reach across: sentence punctuation
# or a paragraph break (an empty line, whatever the line ends). One line break is a hard wrap, not a break.
SENTENCE_BREAK = re.compile(rf"[.!?؟;…]|{_BLANK_LINE.pattern}")
# A line ending so continues into the next: "…, said X,\n“…”" (a comma, Latin or Arabic, maybe inside a quote).
_CONTINUED = re.compile(r"[,،][”»’\"']?$")
# A line opening with a bullet ("- ", "• ") starts a paragraph: it is an item, never a wrapped line.
_BULLET = re.compile(r"[-•*▪·][^\S\r\n]")
_SENTENCE_END = ".?!؟:”\"»"
_WRAP_WIDTH = 40
# Title Case: at least this share of the words capitalised, the rest short function words.
_TITLE_SHARE = 0.75
_TITLE_LOWER_MAX = 4


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs as spans, trimmed of surrounding whitespace.

    Blocks separated by blank lines are paragraphs; inside a block each line
    is its own paragraph, except that a line continues into the next when

    * it ends with a comma (Latin or Arabic, maybe before a closing quotation
      mark): "…, said the minister,\n“We …”";
    * a quotation it opens runs over the line break and the next line closes it;
    * the block is hard-wrapped prose (its lines but the last long and not
      ending a sentence). Leading Title Case lines ("Police Use Tear Gas in
      Capital") are headlines, never wrapped prose.

    A line opening with a bullet ("- ", "• ") always starts a paragraph.
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
    found: list[Span] = []
    pos = start
    for brk in LINE_BREAK.finditer(text, start, end):
        found.append(trim(text, Span(pos, brk.start())))
        pos = brk.end()
    found.append(trim(text, Span(pos, end)))
    lines = [s for s in found if s.end > s.start]
    if not lines:
        return
    heads = 0
    while heads < len(lines) - 1 and is_title_case(text, *lines[heads]):
        heads += 1
    prose = lines[heads:]
    wrapped = len(prose) > 1 and all(
        s.end - s.start >= _WRAP_WIDTH and text[s.end - 1] not in _SENTENCE_END for s in prose[:-1]
    )
    first = lines[0]
    for k in range(1, len(lines)):
        before, line = lines[k - 1], lines[k]
        if _BULLET.match(text, line.start) or not ((wrapped and k > heads) or _runs_on(text, before, line)):
            yield Span(first.start, before.end)
            first = line
    yield Span(first.start, lines[-1].end)


def _runs_on(text: str, line: Span, following: Span) -> bool:
    """Whether a line's sentence runs on into the next: a final comma, or a quotation over the break."""
    if _CONTINUED.search(text, line.start, line.end):
        return True
    from framing.extract.quotes import find_quotes  # here: extraction imports this module

    return any(q.closed and q.start < line.end < q.end for q in find_quotes(text, line.start, following.end))


def is_title_case(text: str, start: int, end: int) -> bool:
    """Whether a line is written in Title Case: most words capitalised, the rest short, no final full stop.

    Scripts without case (Arabic) never are.
    """
    if text[end - 1] == ".":
        return False
    upper = lower = 0
    for m in WORD_RE.finditer(text, start, end):
        first = m.group()[0]
        if first.isupper():
            upper += 1
        elif first.islower():
            if m.end() - m.start() > _TITLE_LOWER_MAX:
                return False
            lower += 1
    return upper >= 2 and upper >= _TITLE_SHARE * (upper + lower)


def trim(text: str, span: Span) -> Span:
    """The span without leading and trailing whitespace."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)


# A sentence mark glued to the Arabic word after it ("…التزاماتها.وكشف …": pages lose the space).
_ARABIC_LETTER = "\u0620-\u064a\u066e-\u06d3"
_GLUED_ARABIC = re.compile(rf"(?<![.!?؟…])[.!?؟…]+(?=[{_ARABIC_LETTER}])")  # from the first mark of a run: linear
_ARABIC_WORD_END = re.compile(rf"[{_ARABIC_LETTER}{_MARKS}]{{2}}$")


def _glued_end(text: str, mark: int, start: int) -> bool:
    """Whether a sentence mark glued to an Arabic word ends the sentence before it.

    After a word of two letters or more, a number or a closing mark; never
    after a single letter, which is an abbreviation ("أ.ف.ب", "د.").
    """
    before = text[mark - 1] if mark > start else ""
    if before.isdigit() or (before and before in ")]»”\"'’"):
        return True
    return bool(_ARABIC_WORD_END.search(text, max(start, mark - 2), mark))


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentences of ``text[start:end]`` (one paragraph) as spans into ``text``.

    Punkt with our abbreviations, and two corrections: a sentence never opens
    in lower case ("Sen. Mitch McConnell (R-Ky.) said …"), and a sentence
    mark right before an Arabic letter ends a sentence though no space follows.
    A sentence longer than ``MAX_SENTENCE`` characters is cut, after those corrections (a run of
    ". по словам" is one sentence to them).
    """
    end = len(text) if end is None else end
    spans: list[Span] = []
    for s, e in span_tokenize(_punkt(), _lf_lines(text[start:end])):
        s, e = start + s, start + e
        if spans and text[s].islower() and text[spans[-1].end - 1] in ".)":
            spans[-1] = Span(spans[-1].start, e)
            continue
        for glued in _GLUED_ARABIC.finditer(text, s, e):
            if _glued_end(text, glued.start(), s):
                spans.append(Span(s, glued.end()))
                s = glued.end()
        spans.append(Span(s, e))
    return [piece for s, e in spans for piece in _capped(text, s, e)]


# A sentence longer than this is cut (a page without stops, a list run together): every construction
# reads within its sentence, so a cap on sentences bounds the work per cue. News sentences stay far below.
MAX_SENTENCE = 1500
_CUT_AT = (";", "؛", ",", "،", ":")


def _capped(text: str, start: int, end: int) -> Iterator[Span]:
    """``[start, end)`` in pieces of at most ``MAX_SENTENCE`` characters, each cut after the last
    clause mark in its second half, else at its last space, else where the cap falls."""
    while end - start > MAX_SENTENCE:
        limit, half = start + MAX_SENTENCE, start + MAX_SENTENCE // 2
        cut = max(text.rfind(mark, half, limit) for mark in _CUT_AT) + 1
        if cut <= half:
            space = max(text.rfind(c, half, limit) for c in " \n\r\t")
            cut = space if space > half else limit
        piece = trim(text, Span(start, cut))
        if piece.end > piece.start:
            yield piece
        start = trim(text, Span(cut, end)).start
    if end > start:
        yield Span(start, end)


def _lf_lines(piece: str) -> str:
    """``piece`` with its line breaks read as Punkt reads LF (a CRLF as a space and an LF, a CR as an
    LF): the same length, so Punkt's spans index ``piece`` itself."""
    return piece.replace("\r\n", " \n").replace("\r", "\n") if "\r" in piece else piece


_WORD_SPLIT = re.compile(f"({WORD_RE.pattern})")
_new_span = partial(tuple.__new__, Span)


def word_runs(text: str, start: int = 0, end: int | None = None) -> tuple[list[int], list[int], list[str]]:
    """The word tokens of ``text[start:end]`` as three lists: starts, ends and the words.

    The tokens of :func:`token_spans`, found without a Python step per
    token (one split, then running sums of the pieces' lengths), for code
    that tokenises every paragraph.

    >>> word_runs("Hi, you.", 0)
    ([0, 4], [2, 7], ['Hi', 'you'])
    """
    end = len(text) if end is None else end
    parts = _WORD_SPLIT.split(text[start:end])  # gap, word, gap, ..., word, gap
    offsets = list(accumulate(map(len, parts), initial=start))
    return offsets[1:-1:2], offsets[2::2], parts[1::2]


def token_spans(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Word tokens of ``text[start:end]``; punctuation is not a token."""
    starts, ends, _ = word_runs(text, start, end)
    return list(map(_new_span, zip(starts, ends)))


class ParagraphTokens:
    """The word tokens of the paragraph read last, kept so that scoring need not tokenise it again.

    Statement extraction tokenises each paragraph once (each token with
    ``start``, ``end`` and ``bases``, the forms ``Language.bases`` gives) and
    :meth:`keep` s them here; :meth:`within` hands a statement inside that
    paragraph the very tokens :func:`token_spans` would find in its span.
    """

    __slots__ = ("lang", "start", "end", "tokens")

    def __init__(self) -> None:
        self.lang, self.start, self.end, self.tokens = "", 0, -1, []

    def keep(self, lang: str, start: int, end: int, tokens: Sequence) -> None:
        """The tokens of the paragraph ``[start, end)`` in ``lang``, in text order."""
        self.lang, self.start, self.end, self.tokens = lang, start, end, tokens

    def within(self, start: int, end: int, lang: str) -> Sequence | None:
        """The tokens of ``[start, end)``, or None when the span is not inside the paragraph kept, is in
        another language, or cuts a token (where :func:`token_spans` would find a part of it)."""
        if lang != self.lang or start < self.start or end > self.end:
            return None
        toks = self.tokens
        i, j = bisect_left(toks, start + 1, key=_END), bisect_left(toks, end, key=_START)
        if i < j and (toks[i].start < start or toks[j - 1].end > end):
            return None
        return toks[i:j]


def _START(token) -> int:
    return token.start


def _END(token) -> int:
    return token.end


# The first letter of any script (group i+1 is the i-th script of SCRIPTS), and per script a letter of another.
_SCRIPT_CODES = tuple(SCRIPTS)
_ANY_SCRIPT = re.compile("|".join(f"({pattern.pattern})" for pattern in SCRIPTS.values()))
_OTHER_SCRIPT = {code: re.compile("|".join(p.pattern for other, p in SCRIPTS.items() if other != code))
                 for code in SCRIPTS}
_ASCII_LETTER = re.compile("[A-Za-z]")
# Text in several scripts is judged by its letters in this many characters from its first letter.
SCRIPT_SAMPLE = 4000


def script_lang(text: str, default: str = "en") -> str:
    """The language of a span, judged by the script most of its letters use.

    Text in one script (nearly every paragraph) is decided by its first
    letter and a search that finds no letter of another script; only text
    mixing scripts has its letters counted, in the ``SCRIPT_SAMPLE``
    characters from its first letter. A tie goes to the first code in
    alphabetical order ("ar", "en", "ru"); ``default`` when there are no
    letters.

    Examples
    --------
    >>> script_lang("Police said 12 people were hurt.")
    'en'
    >>> script_lang("Полиция сообщила о 12 пострадавших (AFP).")
    'ru'
    >>> script_lang("2022 — 12:30", default="")
    ''
    """
    if text.isascii():  # O(1) in CPython; only the Latin script is ASCII
        return "en" if _ASCII_LETTER.search(text) else default
    first = _ANY_SCRIPT.search(text)
    if first is None:
        return default
    code = _SCRIPT_CODES[first.lastindex - 1]
    if not _OTHER_SCRIPT[code].search(text, first.end()):
        return code
    sample = text[first.start():first.start() + SCRIPT_SAMPLE]
    counts = {other: len(pattern.findall(sample)) for other, pattern in SCRIPTS.items()}
    return max(sorted(counts), key=lambda other: counts[other])


def normalize(token: str, lang: str) -> str:
    """The comparison form of a token in a language."""
    return languages.get(lang).normalize(token)


def most_written(forms: Mapping[tuple[str, str], int]) -> dict[str, str]:
    """Each normalised word's most frequent written form, from ``(normalised, written) -> count``.

    Ties go to the alphabetically first form, so the choice is the same
    however the counts were summed.

    >>> most_written({("علي", "على"): 3, ("علي", "علي"): 1, ("the", "the"): 2})
    {'the': 'the', 'علي': 'على'}
    """
    best: dict[str, tuple[int, str]] = {}
    for (word, form), n in forms.items():
        if word not in best or (-n, form) < best[word]:
            best[word] = (-n, form)
    return {word: best[word][1] for word in sorted(best)}

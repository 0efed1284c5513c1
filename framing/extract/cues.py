"""Cue words: the speech verbs, adverbial participles and "according to" phrases of a paragraph.

Which words are cues is data (``languages.Attribution``); this module only
walks the tokens. Cues never start inside a quotation (a speech verb there is
the speaker's own word), inside an actor's name ("State Department"), in a
hyphenated compound ("so-called") or after a number that makes the word a
noun ("11 states").
"""

from __future__ import annotations

from functools import cache

from framing import languages, text as textmod
from framing.extract.reading import CueKind, CueWord
from framing.extract.view import Paragraph, Tok

_Entry = tuple[tuple[str, ...], str, CueKind]


def tokens(text: str, start: int, end: int, lang: str) -> list[Tok]:
    """Word tokens of a span with their normalised forms and clitic-stripped bases."""
    language = languages.get(lang)
    out = []
    for s, e in textmod.token_spans(text, start, end):
        bases = language.bases(text[s:e])
        out.append(Tok(s, e, bases[0], bases))
    return out


@cache
def _phrase_index(lang: str) -> dict[str, list[_Entry]]:
    """First word -> [(words, lemma, kind)] for verbs, participles and according-to phrases."""
    table = languages.attribution(lang)
    entries: list[_Entry] = []
    for form, lemma in table.verbs.items():
        entries.append((tuple(form.split()), lemma, CueKind.VERB))
    for form in table.participles:
        entries.append((tuple(form.split()), form, CueKind.PARTICIPLE))
    for form in (*table.according_to, *table.according_self):
        entries.append((tuple(form.split()), form, CueKind.ACCORDING))
    index: dict[str, list[_Entry]] = {}
    for entry in entries:
        index.setdefault(entry[0][0], []).append(entry)
    for options in index.values():
        options.sort(key=lambda e: (-len(e[0]), e[0]))  # stable: verbs before participles
    return index


def match_phrase(toks: list[Tok], i: int, words: tuple[str, ...]) -> int:
    """Number of tokens from ``toks[i]`` matching ``words`` (0 if none).

    A one-letter final word (Arabic "لـ") may be a proclitic of the next token.
    """
    for k, word in enumerate(words):
        if i + k >= len(toks):
            return 0
        tok = toks[i + k]
        if word in tok.bases or word == tok.norm:
            continue
        if k == len(words) - 1 and len(word) == 1 and tok.norm.startswith(word) and k > 0:
            return k  # the clitic is part of the next token: the phrase ends before it
        return 0
    return len(words)


def find_cue_words(p: Paragraph, lang: str) -> list[CueWord]:
    """Every cue word of a paragraph, in text order."""
    index = _phrase_index(lang)
    found = []
    i = 0
    while i < len(p.toks):
        hit = None if _excluded(p, i) else _match_at(p.toks, i, index)
        if hit is None:
            i += 1
            continue
        found.append(hit)
        i += hit.count
    return found


def _match_at(toks: list[Tok], i: int, index: dict[str, list[_Entry]]) -> CueWord | None:
    for base in toks[i].bases:
        for words, lemma, kind in index.get(base, ()):
            n = match_phrase(toks, i, (base, *words[1:]))
            if n:
                return CueWord(i, n, lemma, kind)
    return None


def _excluded(p: Paragraph, i: int) -> bool:
    """A token that cannot start a cue: in a quotation, a name, a compound or a noun use."""
    tok, text, table = p.toks[i], p.text, p.table
    prev = p.toks[i - 1] if i > 0 else None
    if p.quote_at(tok.start) is not None or p.mention_at(tok.start) is not None:
        return True
    if table.cased and text[tok.start].isupper() and prev is not None and not _sentence_initial(text, prev, tok):
        return True  # a capitalised word mid-sentence is a name
    if prev is not None and text[prev.end:tok.start] in ("-", "‑"):
        return True  # "so-called"
    if table.nominal_prefixes and tok.norm.startswith(table.nominal_prefixes):
        return True  # the Arabic article: "النقل" is transport, not "he relayed"
    return prev is not None and _after_number(p, prev, tok)


def _after_number(p: Paragraph, prev: Tok, tok: Tok) -> bool:
    """"11 states", "several reports": a noun homograph after a number (but "4 in 10 said")."""
    table = p.table
    number = prev.norm.isdigit() or prev.norm in table.number_words
    adjacent = not p.text[prev.end:tok.start].strip()
    return number and adjacent and (tok.norm in table.noun_homographs or not table.noun_homographs)


def _sentence_initial(text: str, prev: Tok, tok: Tok) -> bool:
    gap = text[prev.end:tok.start]
    return any(c in gap for c in ".!?\n“\"«")

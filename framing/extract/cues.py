"""Attribution cues: a speech verb (or "according to"), its speaker and its content.

A cue is found from the language's tables (``languages.Attribution``); this
module holds the construction logic shared by all languages:

* subject before the verb (English "X said", Arabic "X تشير إلى", "أما X فـ"),
* subject after the verb (Arabic "قال X إن", English "“…,” said X"),
* no subject (Arabic pro-drop "وأضاف أن", passive "it was reported" → no cue),
* "according to X" / "بحسب X" with the content on the other side of the comma.

Cues never start inside a quotation: a speech verb there is the speaker's own word.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, Sequence

from framing import languages, text as textmod
from framing.extract.quotes import Quote


class Tok(NamedTuple):
    start: int
    end: int
    norm: str
    bases: tuple[str, ...]


@dataclass(frozen=True)
class Cue:
    """One attribution in a paragraph.

    ``speaker`` is the span of the speaker mention, or None when the subject
    is dropped (pronoun-less verb) — then ``subject`` says how to resolve it:
    ``"name"`` (read the mention), ``"pronoun"``/``"anaphor"`` (refer back),
    ``"dropped"`` (refer back). ``content`` is the reported span (may be
    empty when the cue attributes an adjacent quote).
    """

    start: int
    end: int
    lemma: str
    subject: str
    speaker: tuple[int, int] | None
    content: tuple[int, int]
    participle: bool = False
    according: bool = False
    via: tuple[int, int] | None = None   # span of a source relaying the statement


def tokens(text: str, start: int, end: int, lang: str) -> list[Tok]:
    """Word tokens of a span with their normalised forms and clitic-stripped bases."""
    language = languages.get(lang)
    out = []
    for s, e in textmod.token_spans(text, start, end):
        bases = language.bases(text[s:e])
        out.append(Tok(s, e, bases[0], bases))
    return out


@cache
def _phrase_index(lang: str) -> dict[str, list[tuple[tuple[str, ...], str, str]]]:
    """First word -> [(words, lemma, kind)] for verbs, participles and according-to phrases."""
    table = languages.attribution(lang)
    entries: list[tuple[tuple[str, ...], str, str]] = []
    for form, lemma in table.verbs.items():
        entries.append((tuple(form.split()), lemma, "verb"))
    for form in table.participles:
        entries.append((tuple(form.split()), form, "participle"))
    for form in (*table.according_to, *table.according_self):
        entries.append((tuple(form.split()), form, "according"))
    index: dict[str, list[tuple[tuple[str, ...], str, str]]] = {}
    for entry in entries:
        index.setdefault(entry[0][0], []).append(entry)
    for options in index.values():
        options.sort(key=lambda e: (-len(e[0]), e[0]))
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


def _sentence_initial(text: str, prev: Tok, tok: Tok) -> bool:
    gap = text[prev.end:tok.start]
    return any(c in gap for c in ".!?\n“\"«")


def find_triggers(text: str, toks: list[Tok], lang: str, quotes: list[Quote],
                  mentions: Sequence = ()) -> list[tuple[int, int, str, str]]:
    """(first token, token count, lemma, kind) of every cue word outside quotes and actor names.

    A word inside a registry mention ("وزارة النقل", "State Department") or
    carrying the Arabic article ("النقل") is a noun, not a speech verb.
    """
    index = _phrase_index(lang)
    table = languages.attribution(lang)
    cased = table.cased
    found = []
    i = 0
    while i < len(toks):
        tok = toks[i]
        if any(q.start <= tok.start < q.end for q in quotes) or (
                cased and text[tok.start].isupper() and i > 0 and not _sentence_initial(text, toks[i - 1], tok)) or (
                i > 0 and text[toks[i - 1].end:tok.start] in ("-", "‑")) or (
                any(m.start <= tok.start < m.end for m in mentions)) or (
                tok.norm.startswith(table.nominal_prefixes) if table.nominal_prefixes else False) or (
                i > 0 and (toks[i - 1].norm.isdigit() or toks[i - 1].norm in table.number_words)
                and not text[toks[i - 1].end:tok.start].strip()
                and (tok.norm in table.noun_homographs or not table.noun_homographs)):
            i += 1  # in a quotation, a name, a compound ("so-called"), a noun ("النقل", "11 states"; not "4 in 10 said")
            continue
        hit = None
        for base in tok.bases:
            for words, lemma, kind in index.get(base, ()):
                n = match_phrase(toks, i, (base, *words[1:]))
                if n:
                    hit = (i, n, lemma, kind)
                    break
            if hit:
                break
        if hit:
            found.append(hit)
            i += hit[1]
        else:
            i += 1
    return found

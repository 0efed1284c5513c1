"""The documents a text introduces, and who issued them.

"Amnesty International published a report on Tuesday. *The report* said …":
a document named as a speaker ("the report", "البيان", "в заявлении") speaks
for whoever issued it, and the text usually said who that was when it first
named the document. As paragraphs are read, each document noun outside a
quotation is recorded with its issuer when its sentence shows one:

- an owner written right after it, with nothing but linking words between
  ("a report *by* Amnesty", "заявление МИД", "بيان الوزارة");
- a possessor right before it ("Amnesty's report");
- for a document introduced there (an indefinite "a report"; an Arabic noun
  without its article; any noun in a language without articles), the
  sentence's subject before it ("the ministry *issued* a statement"), else
  the nearest actor named before it in the sentence.

A definite mention with no owner ("the police rejected the report") refers
back to a document met before, and records nothing. A later speaker
description with the same noun resolves to the issuer of the last such
document (:mod:`framing.extract.resolve`).
"""

from __future__ import annotations

from typing import NamedTuple

from framing import languages
from framing.actors import Mention
from framing.alias_match import PHRASE_BREAK
from framing.extract.view import Paragraph, Tok

# How many documents back a description looks for one with its noun.
_RECALL = 50
# How many linking words may stand between a document and its owner ("a statement issued by the ministry").
_MAX_LINKS = 3


class Issued(NamedTuple):
    """A document noun at ``start``, its forms among the document nouns, and its issuer."""

    start: int
    nouns: frozenset[str]
    actor: str


def issued_documents(p: Paragraph, subjects: list[Mention]) -> list[Issued]:
    """The documents of a paragraph whose issuer its sentence shows, in text order.

    ``subjects`` are the paragraph's mentions that open their sentence as its subject.
    """
    reference = languages.reference(p.lang)
    documents, endings = reference.document_nouns, reference.indefinite_endings
    found = []
    for k, tok in enumerate(p.toks):
        if documents.isdisjoint(tok.bases) and not (endings and tok.norm.endswith(endings)):
            continue  # most tokens: no document noun, nothing to strip
        nouns, indefinite = _document_nouns(p.lang, tok, reference)
        if not nouns or p.quote_at(tok.start) is not None or p.mention_at(tok.start):
            continue
        actor = _owner_after(p, k) or _possessor(p, tok, reference) or (
            _introducer(p, tok, subjects) if indefinite or _introduced(p, k, reference) else None)
        if actor is not None:
            found.append(Issued(tok.start, nouns, actor))
    return found


def _document_nouns(lang: str, tok: Tok, reference: languages.Reference) -> tuple[frozenset[str], bool]:
    """The document nouns a token is, and whether an ending shows it indefinite ("بياناً")."""
    documents = reference.document_nouns
    if not documents.isdisjoint(tok.bases):
        return documents.intersection(tok.bases), False
    for ending in reference.indefinite_endings:
        if tok.norm.endswith(ending) and len(tok.norm) > len(ending) + 1:
            nouns = documents.intersection(languages.get(lang).bases(tok.norm[:-len(ending)]))
            if nouns:
                return nouns, True
    return frozenset(), False


def referring_nouns(p: Paragraph, words: list[Tok]) -> set[str]:
    """The document nouns of a description that refers back ("the report"), none for a new one ("a report")."""
    reference = languages.reference(p.lang)
    if not words or words[0].norm in reference.indefinites:
        return set()
    return {b for w in words for b in w.bases} & reference.document_nouns


def issuer(documents: list[Issued], nouns: set[str], before: int) -> str | None:
    """The issuer of the last document before ``before`` with one of ``nouns``."""
    looked = 0
    for document in reversed(documents):
        if document.start >= before:
            continue
        if not document.nouns.isdisjoint(nouns):
            return document.actor
        looked += 1
        if looked >= _RECALL:
            break
    return None


def _owner_after(p: Paragraph, k: int) -> str | None:
    """"a report by Amnesty", "заявление МИД": an actor named right after the noun, linking words between."""
    links = languages.reference(p.lang).owner_links | p.table.determiners
    toks, end = p.toks, p.sentence_of(p.toks[k].start)[1]
    for j in range(k + 1, min(k + 2 + _MAX_LINKS, len(toks))):
        if toks[j].start >= end or PHRASE_BREAK.search(p.text, toks[j - 1].end, toks[j].start):
            return None  # a link stays inside its phrase and sentence
        mention = p.mention_at(toks[j].start)
        if mention is not None:
            return mention.actor if mention.start == toks[j].start else None
        if toks[j].norm not in links:
            return None
    return None


def _possessor(p: Paragraph, tok: Tok, reference: languages.Reference) -> str | None:
    """"Amnesty's report", "the ministry's latest statement": the possessor named right before."""
    if not reference.possessive_marks:
        return None
    sent = p.sentence_of(tok.start)
    before = p.mentions_in(sent[0], tok.start)
    if not before:
        return None
    between = p.text[before[-1].end:tok.start]
    if not between.startswith(reference.possessive_marks) or PHRASE_BREAK.search(between):
        return None
    return before[-1].actor if len(p.words(before[-1].end, tok.start)) <= 2 else None


def _introduced(p: Paragraph, k: int, reference: languages.Reference) -> bool:
    """The noun introduces a document: an indefinite before it, an Arabic noun without its article, or a
    language that writes neither."""
    tok = p.toks[k]
    if reference.indefinites:
        sent = p.sentence_of(tok.start)
        return any(w.norm in reference.indefinites for w in p.toks[max(0, k - 2):k] if w.start >= sent[0])
    if reference.definite_prefixes:
        return not tok.norm.startswith(reference.definite_prefixes)
    return True


def _introducer(p: Paragraph, tok: Tok, subjects: list[Mention]) -> str | None:
    """Who introduces the document: its sentence's subject before it, else the last actor named before it."""
    sent = p.sentence_of(tok.start)
    before = [m for m in p.mentions_in(sent[0], tok.start) if p.quote_at(m.start) is None]
    if not before:
        return None
    subject = next((m for m in subjects if sent[0] <= m.start < tok.start), None)
    return (subject or before[-1]).actor

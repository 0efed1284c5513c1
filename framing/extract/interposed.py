"""A source set inside its content: "The talks, Kovac said, will resume", "Переговоры, сообщил X,
продолжатся", "المفاوضات، بحسب X، ستستأنف".

The source stands between commas (or dashes) after a short subject and before
its predicate; the content is the clause on both sides, and the subject before
the source is no speaker.
"""

from __future__ import annotations

import re

from framing import languages
from framing.extract.cues import is_gerund
from framing.extract.view import CLAUSE_PUNCT, Paragraph, Tok

MAX_INTERRUPTED_SUBJECT = 3   # words before a source that are only the subject it interrupts
_OPENERS = (",", "،", "—", "–", " -")
_CLOSERS = (",", "،", "—", "–", "-")
_MAX_TAIL = 6                 # words of a hearer, place or time after an inverted speaker ("…، قال X لوكالة Y")
_CLOSING = re.compile(r"[^\S\r\n]*(?:[,،]|[—–]|\s-(?=\s))[^\S\r\n]*")


def interposed(p: Paragraph, left: int, source: int, stop: int, end: int) -> bool:
    """Whether the source from ``source`` to ``stop`` interrupts a clause that starts at ``left``:
    a comma or dash on each side, a short subject before it and its predicate after it
    ("Veloria, according to Kovac, remains …"); not "…, according to police, who …", ", and …"."""
    table = p.table
    closing = _CLOSING.match(p.text, stop, end)
    if not p.text[left:source].rstrip().endswith(_OPENERS) or closing is None or not closing.group().strip():
        return False
    before = [w for w in p.words(left, source) if w.norm not in table.coordinators]
    after = p.starting(closing.end(), end, 1)
    if not before or not after or CLAUSE_PUNCT.search(p.text, before[0].start, before[-1].end):
        return False
    if len(before) > MAX_INTERRUPTED_SUBJECT or any(w.norm in table.finite_aux for w in before):
        return False  # "Some voters would pay more, according to a study, …": a clause, not a subject
    return predicate_opens(p, after[0])


def closed_clause(p: Paragraph, left: int, source: int, stop: int, end: int) -> tuple[int, int] | None:
    """The content of an inverted attribution from ``source`` to ``stop`` that closes the clause before it
    ("نفد الوقود، قال X، وتوقفت الحافلات", "…، قال X."), or None.

    The clause before the comma is the content; a clause joined after the closing comma is the content too
    only when it speaks in the first person ("…، قال X، ولن نقبل بذلك"), as no narration does. Not after
    where or when ("وفي العاصمة، قال X، إن …"), nor before a complementizer or a quotation, which open
    the content after the attribution.
    """
    table, text = p.table, p.text
    if not text[left:source].rstrip().endswith(_OPENERS) or _conjoined(p, p.starting(source, None, 1)[0]):
        return None  # "…، وأعلن فوزه فيها X، …": a verb with a conjunction goes on with the narration
    before = [w for w in p.words(left, source) if w.norm not in table.coordinators]
    if len(before) < 2 or any(set(w.bases) & (table.subject_stop | table.time_words) for w in before[:2]):
        return None  # where or when, "وردا على ذلك، …": no clause of its own
    close = source
    while close > left and (text[close - 1].isspace() or text[close - 1] in "".join(_OPENERS)):
        close -= 1
    punct = CLAUSE_PUNCT.search(text, stop, end)
    tail = p.words(stop, punct.start() if punct else end)
    if tail and (len(tail) > _MAX_TAIL or not _circumstance(p, tail[0])
                 or any(set(w.bases) & table.complementizers for w in tail) or p.quotes_starting(stop, end)):
        return None  # more of the attribution's own clause follows ("…، قال X لوكالة Y إن …")
    after = p.starting(punct.end(), end) if punct else []
    if not after:
        return left, close  # "…، قال X.", "…، قال X لوكالة Y.": the attribution ends the sentence
    if punct.group().strip() not in _CLOSERS or not (
            _conjoined(p, after[0]) or is_gerund(p.lang, after[0]) or after[0].norm in table.relativizers):
        return None  # "…، قال X، إن …", "أعلنت X، في بيان، …": the attribution goes on
    own_voice = languages.reference(p.lang).own_voice
    if after[0].norm.startswith(table.conjunction_clitics) and own_voice is not None \
            and own_voice([w.norm for w in after[:2]]):
        return left, end
    return left, close


def _circumstance(p: Paragraph, tok: Tok) -> bool:
    """A word opening a hearer, a place or a time after a speaker ("لوكالة", "للصحفيين", "في", "أمس")."""
    table = p.table
    return tok.norm in table.addressees or bool(set(tok.bases) & (table.subject_stop | table.time_words)) or any(
        len(c) == 1 and tok.norm.startswith(c) and tok.norm[1:] in tok.bases for c in table.subject_stop)


def predicate_opens(p: Paragraph, first: Tok) -> bool:
    """Whether a word after an interrupting source continues the clause: not an apposition to the source
    ("…, a former adviser", "…، المتحدث باسم …"), a participle of the writer's, a relative clause,
    a new clause or a time."""
    table = p.table
    if first.norm in table.determiners or first.norm in table.number_words or p.mention_at(first.start) is not None:
        return False
    if table.cased and not p.text[first.start].islower():
        return False
    if not table.cased and first.norm.startswith(table.nominal_prefixes):
        return False  # an apposition with the article
    if _conjoined(p, first):
        return False  # "…، قال X، وانخفضت …": a conjunction written on the next clause's verb
    participle = bool(table.adjunct_suffixes) and first.norm.endswith(table.adjunct_suffixes)
    return not is_gerund(p.lang, first) and not participle and not any(
        first.norm in words for words in (table.discourse, table.subject_stop, table.relativizers,
                                          table.coordinators, table.time_words, table.complementizers))


def _conjoined(p: Paragraph, tok: Tok) -> bool:
    """A word with a conjunction written on it ("وانخفضت", "وأعلن")."""
    return tok.norm.startswith(p.table.conjunction_clitics) and tok.norm[1:] in tok.bases

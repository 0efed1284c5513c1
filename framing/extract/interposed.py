"""A source set inside its content: "The talks, Kovac said, will resume", "Переговоры, сообщил X,
продолжатся", "المفاوضات، بحسب X، ستستأنف".

The source stands between commas (or dashes) after a short subject and before
its predicate; the content is the clause on both sides, and the subject before
the source is no speaker.
"""

from __future__ import annotations

import re

from framing.extract.cues import is_gerund
from framing.extract.view import CLAUSE_PUNCT, Paragraph, Tok

MAX_INTERRUPTED_SUBJECT = 3   # words before a source that are only the subject it interrupts
_OPENERS = (",", "،", "—", "–", " -")
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
    if first.norm.startswith(table.conjunction_clitics) and first.norm[1:] in first.bases:
        return False  # "…، قال X، وانخفضت …": a conjunction written on the next clause's verb
    participle = bool(table.adjunct_suffixes) and first.norm.endswith(table.adjunct_suffixes)
    return not is_gerund(p.lang, first) and not participle and not any(
        first.norm in words for words in (table.discourse, table.subject_stop, table.relativizers,
                                          table.coordinators, table.time_words, table.complementizers))

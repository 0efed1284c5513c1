"""The statement spans of a cue: the quotations next to it, else its reported content.

"“…,” X said" gives the quotation (direct); "X said that …" gives the clause
(indirect); a content that is one quotation is direct too. Content that only
points back ("denied that", "نفت ذلك", "опроверг это") is no statement of
its own: the cue then hands its speaker to what follows.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import NamedTuple

from framing import languages
from framing.extract.confidence import Clues, confidence
from framing.extract.reading import Cue, CueKind
from framing.extract.view import CLAUSE_PUNCT, GLUE, Paragraph, quoted_title, word_count
from framing.model import Cue as WrittenCue
from framing.model import Document, Statement

_EDGE = ",:;،؛—–-"
_MIN_QUOTE_WORDS = 2
_MIN_INDIRECT_WORDS = 3
_DIRECT_SHARE = 0.6       # a content this much quoted is a direct statement
_MAX_CUT_WORDS = 4        # words of a content cut off by the end of a truncated page that say nothing


class StatementSpan(NamedTuple):
    start: int
    end: int
    kind: str  # "direct" or "indirect"


def cue_spans(p: Paragraph, cue: Cue, used: set[int]) -> tuple[list[StatementSpan], bool]:
    """The statement spans of a cue, and whether its content only points back ("denied that").

    ``used`` holds the indexes of quotations already attributed; the
    quotations this cue takes are added to it.
    """
    spans = [] if cue.according else _adjacent_quotes(p, cue, used)
    start, end = trim(p, *cue.content)
    if _pointer(p.table).fullmatch(p.text, start, end):
        return spans, True
    if end > start:
        inside = [(k, p.quotes[k]) for k in p.quote_indexes(start, end + 1)]
        used.update(k for k, _ in inside)
        quoted = sum(_length(p.text, q.inner_start, q.inner_end) for _, q in inside)
        words = len(p.text[start:end].split())
        if len(inside) == 1 and quoted >= _DIRECT_SHARE * _length(p.text, start, end) \
                and not _writers_lead(p, cue, start, inside[0][1]):
            q = inside[0][1]
            if word_count(p.text, q) >= _MIN_QUOTE_WORDS:
                spans.append(StatementSpan(q.inner_start, q.inner_end, "direct"))
        elif words >= _MIN_INDIRECT_WORDS or not spans and words >= _MIN_QUOTE_WORDS or _demanded(p, cue, start, end):
            spans.append(StatementSpan(start, end, "indirect"))
    return [s for s in spans if not _cut_off(p.text, s)], False


def _writers_lead(p: Paragraph, cue: Cue, start: int, q) -> bool:
    """'The threat of a strike “is what is needed,” said X': a quotation that goes on from the writer's words
    opening the content before its cue (it starts in lower case, only words before it) is part of their claim."""
    text = p.text
    return (p.table.cased and cue.content[1] <= cue.start and text[q.inner_start:q.inner_start + 1].islower()
            and q.start > start and not CLAUSE_PUNCT.search(text, start, q.start))


def _length(text: str, start: int, end: int) -> int:
    """Characters in ``text[start:end]``, a CRLF counted as one line break, as an LF."""
    return end - start - text.count("\r\n", start, end)


def _cut_off(text: str, span: StatementSpan) -> bool:
    """A few words cut off mid-word where a truncated page ends ("… said the bloc was pho"): no content."""
    return (not text[span.end:].strip() and span.end > 0 and text[span.end - 1].isalnum()
            and len(text[span.start:span.end].split()) <= _MAX_CUT_WORDS)


def _demanded(p: Paragraph, cue: Cue, start: int, end: int) -> bool:
    """"urged calm", "called for restraint": what a call demands is a statement however short; so is
    what an evaluation targets ("condemned violence", "أدانت الاعتقالات", "осудил аресты") and what a
    feeling is about ("أعرب عن قلقه من الاعتقالات")."""
    words = p.words(start, end)
    table = p.table
    return (cue.lemma in table.call_verbs | table.object_verbs | table.feeling_verbs and len(words) == 1
            and words[0].norm not in p.table.addressees and words[0].norm not in p.table.pointers)


def _adjacent_quotes(p: Paragraph, cue: Cue, used: set[int]) -> list[StatementSpan]:
    """"“…,” X said": the quotation ending right before the cue (its speaker first)."""
    text = p.text
    head = cue.speaker[0] if cue.speaker and cue.speaker[0] < cue.start else cue.start
    if cue.via is not None:
        head = min(head, cue.via[0])  # "“…,” the paper quoted Ortega as saying": the source comes first
    k = p.quote_indexes(0, head).stop - 1
    if k < 0:
        return []
    q = p.quotes[k]
    inside_content = cue.content[0] <= q.start and q.end <= cue.content[1]
    if (k in used or text[q.end:head].strip(GLUE) or inside_content or quoted_title(text, q, p.table)
            or word_count(text, q) < _MIN_QUOTE_WORDS or _ends_sentence_before(p, q, head)):
        return []
    used.add(k)
    return [StatementSpan(q.inner_start, q.inner_end, "direct")]


def _ends_sentence_before(p: Paragraph, q, head: int) -> bool:
    """A quotation closing a sentence that the writer's words open ("… with an article headlined “…”")
    is that sentence's, not the next sentence's subject's."""
    sent = p.sentence_of(q.start)
    return sent[1] <= head and bool(p.text[sent[0]:q.start].strip(GLUE))


def trim(p: Paragraph, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and a dangling conjunction at the edges of a content span."""
    text = p.text
    while start < end and (text[start].isspace() or text[start] in _EDGE):
        start += 1
    end = _before_joiners(text, start, end, p.table)  # "“restraint” from all sides, and [the US …]"
    while end > start and (text[end - 1].isspace() or text[end - 1] in _EDGE + "."):
        end -= 1
    return start, end


_PATTERNS: dict[tuple[int, str], re.Pattern] = {}
_NEVER = re.compile(r"(?!)")


def _pointer(table: languages.Attribution) -> re.Pattern:
    """Content that only points back ("that", "this", "ذلك", "это")."""
    key = (id(table), "pointer")
    if key not in _PATTERNS:
        words = "|".join(re.escape(w) for w in sorted(table.pointers, key=len, reverse=True))
        _PATTERNS[key] = re.compile(rf"(?i)(?:{words})[.!?؟]?") if words else _NEVER
    return _PATTERNS[key]


_SEPARATORS = frozenset(",;،")


def _before_joiners(text: str, start: int, end: int, table: languages.Attribution) -> int:
    """``end`` moved back before the conjunctions left dangling at the end of ``text[start:end]``
    (", and", "…, and then finally"), each set off by spaces or commas; read backwards, one unit at
    a time, so that a content of any length is read once."""
    cut = end
    while True:
        e = cut
        while e > start and text[e - 1].isspace():
            e -= 1
        k = _joiner_ending(text, start, e, table)
        if k is None:
            return cut
        s = k
        while s > start and (text[s - 1].isspace() or text[s - 1] in _SEPARATORS):
            s -= 1
        if s == k:
            return cut  # "sand": a conjunction only as a word of its own
        cut = s


def _joiner_ending(text: str, start: int, end: int, table: languages.Attribution) -> int | None:
    """Where a conjunction (or a conjunction and an adverb: "and finally") ending at ``end`` starts."""
    found = _word_ending(text, start, end, table.joiners)
    if found is not None or not table.adverb_suffixes:
        return found
    k = end
    while k > start and (text[k - 1].isalnum() or text[k - 1] == "_"):
        k -= 1
    word = text[k:end].lower()
    if not any(word.endswith(suffix) and len(word) > len(suffix) for suffix in table.adverb_suffixes):
        return None
    j = k
    while j > start and text[j - 1].isspace():
        j -= 1
    return _word_ending(text, start, j, table.joiners) if j < k else None


def _word_ending(text: str, start: int, end: int, words: frozenset[str]) -> int | None:
    for word in sorted(words, key=len, reverse=True):
        if end - len(word) > start and text[end - len(word):end].lower() == word:
            return end - len(word)
    return None


def written_cue(doc: Document, cue: Cue, lang: str) -> WrittenCue:
    """A cue as the statement records it: as written, its lemma and class, the speaker's span."""
    cls = languages.cue_class(lang, cue.lemma)
    if cls == "other" and cue.kind in (CueKind.ACCORDING, CueKind.REPORT):
        cls = "neutral"  # "according to X", "it was reported": a source phrase, no verb of stance
    speaker = cue.speaker or (-1, -1)
    return WrittenCue(doc.text[cue.start:cue.end], cue.lemma, cls, cue.start, cue.end, speaker[0], speaker[1])


def make_statement(doc: Document, actor: str, speaker: str, start: int, end: int, clues: Clues, *,
                   media: frozenset[str], via: str = "", cue: WrittenCue | None = None) -> Statement:
    """A statement of ``doc``; its confidence follows from the ``clues`` of how it was found
    (completed here with the kind of speaker and the length of the content); ``cue`` is how it is attributed."""
    text = doc.text[start:end]
    who = "unknown" if actor.startswith("unknown:") else "media" if actor in media else "registered"
    clues = replace(clues, speaker=who, words=len(text.split()))
    return Statement(doc=doc.id, source=doc.source, lang=clues.lang, actor=actor, speaker=speaker,
                     kind=clues.kind, start=start, end=end, text=text, confidence=confidence(clues), via=via,
                     date=doc.date, cue=cue, clues=clues)

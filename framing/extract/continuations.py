"""Quotations no cue claimed: continuations of the last speaker, "X “verb …”", or narration.

* A paragraph that opens with a quotation, within two paragraphs of the
  last statement and with no cue of its own, continues the last speaker;
  so does a quotation opening a sentence after a statement.
* "X “appealed to …”": an actor named just before a quotation that opens
  with a speech verb says it.
* Anything else (scare quotes, titles, short quotations) stays narration.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from framing import languages
from framing.extract.confidence import Clues
from framing.extract.cues import is_verb_form
from framing.extract.discourse import Discourse
from framing.extract.reading import Cue
from framing.extract.spans import make_statement
from framing.extract.subjects import sentence_subject
from framing.extract.view import Paragraph
from framing.model import Document, Statement

CONTINUATION_PARAGRAPHS = 2
MIN_QUOTE_TOKENS = 4
_SENTENCE_PUNCT = ".!?؟"
_SENTENCE_END = ".!?؟”\"»"
_NON_SPACE = re.compile(r"\S")


_DISCOURSE_WORDS = 2  # "However,", "But then," before a quotation that goes on with the last speaker


class _Covered:
    """Whether a position falls inside one of a set of spans (binary search over sorted starts)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self._starts = [s for s, _ in spans]
        self._reach = []
        reach = -1
        for _, e in spans:
            reach = max(reach, e)
            self._reach.append(reach)

    def __contains__(self, pos: int) -> bool:
        k = bisect_right(self._starts, pos)
        return k > 0 and self._reach[k - 1] > pos


def leftover_quotes(doc: Document, p: Paragraph, used: set[int], out: list[Statement], lang: str,
                    ps: int, index: int, state: Discourse, cues: list[Cue]) -> list[Statement]:
    """Statements for the quotations of a paragraph that no cue claimed."""
    found: list[Statement] = []
    covered = _Covered([(s.start, s.end) for s in out])
    first_end = min((s.end for s in out), default=None)
    lead = _NON_SPACE.search(p.text, ps)  # the paragraph's first character that is no space
    lead = lead.start() if lead else len(p.text)
    for k, q in enumerate(p.quotes):
        if k in used or q.start in covered:
            continue
        inner = p.starting(q.inner_start, q.inner_end, MIN_QUOTE_TOKENS)
        if len(inner) < MIN_QUOTE_TOKENS or p.mention_at(q.start) is not None:
            continue
        statement = _verb_quote(doc, p, q, inner[0], lang) or _headline(doc, p, q, lang)
        if statement is not None:
            found.append(statement)
            state.remember((statement.actor,), statement.speaker, index)
            first_end = statement.end if first_end is None else min(first_end, statement.end)
            continue
        opens_paragraph = q.start <= lead  # only spaces before it
        after_statement = first_end is not None and first_end <= q.start and (
            _starts_sentence(p.text, ps, q.start) or _after_discourse_word(p, q.start))
        recent = index - state.last_para <= CONTINUATION_PARAGRAPHS
        if state.last and (after_statement or (opens_paragraph and not cues and recent)):
            for actor in state.last:
                clues = Clues("continuation", "continuation", lang, "direct", joint=len(state.last) > 1)
                found.append(make_statement(doc, actor, state.last_speaker, q.inner_start, q.inner_end, clues,
                                            media=state.media))
                first_end = q.inner_end if first_end is None else min(first_end, q.inner_end)
            state.last_para = index
    return found


def _verb_quote(doc: Document, p: Paragraph, q, first, lang: str) -> Statement | None:
    """"X “appealed to …”": the actor named last in the sentence, before a quotation opening with a verb."""
    if not is_verb_form(lang, first):
        return None
    start = _sentence_start(p, q.start)
    m = p.last_mention_before(q.start)
    if m is None or m.start < start:
        return None
    speaker = p.text[m.start:m.end]
    clues = Clues("verb_quote", "name", lang, "direct", subject="name")
    return make_statement(doc, m.actor, speaker, q.inner_start, q.inner_end, clues, media=p.media)


def _headline(doc: Document, p: Paragraph, q, lang: str) -> Statement | None:
    """"X ran an article headlined “…”": a document's title, said by the actor the sentence opens with."""
    before = p.words(_sentence_start(p, q.start), q.start)
    nouns = languages.reference(lang).document_nouns | p.table.titled_nouns
    if len(before) < 3 or before[-1].norm not in p.table.title_participles or not set(before[-2].bases) & nouns:
        return None
    found = sentence_subject(p, p.sentence_of(q.start), before[-2].start)
    if found is None or found.span is None:
        return None
    m = next(iter(p.mentions_in(*found.span)), None)
    if m is None or m.start != found.span[0] and p.text[found.span[0]:m.start].strip().lower() not in p.table.articles:
        return None  # only the actor the subject names, not one its description mentions
    clues = Clues("verb_quote", "name", lang, "direct", subject="name")
    return make_statement(doc, m.actor, p.text[found.span[0]:found.span[1]], q.inner_start, q.inner_end, clues,
                          media=p.media)


def _sentence_start(p: Paragraph, pos: int) -> int:
    """After the last sentence punctuation before ``pos`` in its sentence."""
    lo = p.sentence_of(pos)[0]
    found = max((p.text.rfind(c, lo, pos) for c in _SENTENCE_PUNCT), default=-1)
    return max(lo, found + 1)


def _after_discourse_word(p: Paragraph, pos: int) -> bool:
    """"However, “we will go on.”": a quotation after a sentence's discourse word and its comma."""
    start = _sentence_start(p, pos)
    words = p.words(start, pos)
    return (0 < len(words) <= _DISCOURSE_WORDS and all(w.norm in p.table.discourse for w in words)
            and p.text[words[-1].end:pos].strip() == ",")


def _starts_sentence(text: str, ps: int, pos: int) -> bool:
    k = pos
    while k > ps and text[k - 1].isspace():
        k -= 1
    return k == ps or text[k - 1] in _SENTENCE_END

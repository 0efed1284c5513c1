"""Statements: who said what in a document, as spans of its text.

``extract_statements(doc, registry)`` walks the document paragraph by
paragraph (each in its language) and yields:

* direct statements — quotations attributed by an adjacent cue
  ("“…,” X said", "X said: “…”"), by continuation (a paragraph that is only a
  quotation continues the last speaker), or by an actor right before a
  quotation that opens with a speech verb ("X “appealed to …”");
* indirect statements — reported content of a cue ("X said that …",
  "قال X إن …", "…, according to X"), one per actor for joint speakers;
* embedded tweets ("text — Name (@handle) date");
* narration — the outlet's own sentences, actor ``outlet:<source>``.

Refuses to guess: a cue with no plausible speaker is no statement; short
quotations with no cue (scare quotes, quoted names) stay narration.

The pipeline, one construction per function, typed records between stages
(``reading``): ``layout`` (headings, datelines) → ``cues`` (cue words) →
``read`` (speaker: ``subjects``, ``left``, ``postposed``; content:
``content``, ``according``) → ``attribute`` (cues of a paragraph, content
bounded) → ``resolve`` and ``joint`` (speakers to actor ids, through the
``discourse`` model) → ``spans`` (statement spans) → ``continuations``
(quotations no cue claimed). ``special`` handles tweets, transcript labels
and signed quotes; ``view`` indexes a paragraph. Every word of a language is
data in :mod:`framing.languages`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import accumulate
from typing import Iterator

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.attribute import paragraph_cues
from framing.extract.confidence import cue_clues
from framing.extract.continuations import leftover_quotes
from framing.extract.cues import tokens
from framing.extract.discourse import Discourse
from framing.extract.layout import page
from framing.extract.quotes import find_quotes
from framing.extract.reading import Cue, Subject
from framing.extract.resolve import relay_actor, resolve_speaker, speaker_features
from framing.extract.spans import cue_spans, make_statement, written_cue
from framing.extract.special import TWEET, labelled_paragraph, tweet_statement
from framing.extract.view import Paragraph
from framing.model import Document, Statement
from framing.text import ParagraphTokens

__all__ = ["extract_statements"]

_CLAUSE_BREAK = re.compile(r"[;؛]")
_HANDING_WORDS = 2   # "replied strongly.": no content, the speaker goes on below


def extract_statements(doc: Document, registry: ActorRegistry, *, narration: bool = True,
                       tokens: ParagraphTokens | None = None) -> Iterator[Statement]:
    """Yield the statements of one document in text order.

    Parameters
    ----------
    doc : the document.
    registry : aliases that map speaker mentions to actor ids.
    narration : also yield the outlet's own sentences (kind ``narration``).
    tokens : receives each paragraph's tokens before its statements are
        yielded, so that scoring them need not tokenise the paragraph again.
    """
    state = Discourse(media=frozenset(a.id for a in registry.actors if registry.kind(a.id) == "media"))
    outlet = f"outlet:{doc.source or doc.id}"
    for index, block in enumerate(page(doc)):
        found: list[Statement] = []
        if not block.heading:
            found = _paragraph(doc, registry, block.start, block.end, block.lang, index, state, block.sentences,
                               tokens)
        else:
            state.last_para = -100  # a heading ends any continuation
        if narration:
            found += _narration(doc, outlet, block.lang, found, block.sentences)
        found.sort(key=lambda s: (s.start, s.end, s.actor))
        yield from found


def _paragraph(doc: Document, registry: ActorRegistry, ps: int, pe: int, lang: str, index: int,
               state: Discourse, sentences: list, shared: ParagraphTokens | None = None) -> list[Statement]:
    text = doc.text
    tweet = TWEET.search(text, ps, pe) if text.find("(@", ps, pe) >= 0 else None  # a tweet's handle
    if tweet and tweet.end() == pe:
        return tweet_statement(doc, registry, ps, tweet, lang, index, state)
    quotes = find_quotes(text, ps, pe)
    dated = bool(sentences) and sentences[0][0] > ps  # a dateline opens it ("KABUL: …"): no speaker label
    labelled = None if dated else labelled_paragraph(doc, registry, ps, pe, quotes, lang, index, state)
    if labelled is not None:
        return labelled
    toks = tokens(text, ps, pe, lang)  # one tokenisation for cues, mentions and scoring
    if shared is not None:
        shared.keep(lang, ps, pe, toks)
    mentions = registry.find_mentions(text, lang, ps, pe, tokens=toks)
    p = Paragraph(text, toks, sentences, quotes, mentions,
                  languages.attribution(lang), state.media, lang)
    state.add(p, mentions)
    cues = paragraph_cues(p, lang)
    out, used = _attributed(doc, registry, p, cues, lang, index, state, ps, pe)
    out.extend(leftover_quotes(doc, p, used, out, lang, ps, index, state, cues))
    return out


def _attributed(doc: Document, registry: ActorRegistry, p: Paragraph, cues: list, lang: str, index: int,
                state: Discourse, ps: int, pe: int) -> tuple[list[Statement], set[int]]:
    """The statements of a paragraph's cues, and the indexes of the quotations they took."""
    text = doc.text
    out: list[Statement] = []
    used: set[int] = set()
    breaks = [m.start() for m in _CLAUSE_BREAK.finditer(text, ps, pe)]
    hands_on = text[ps:pe].rstrip().endswith(":")
    previous: tuple[str, ...] = ()
    previous_end = ps
    named = {m.actor for m in p.mentions}
    for cue in cues:
        if _new_clause(p, breaks, previous_end, cue.start):
            previous = ()  # "X said …; Y rejected that, saying …": a new clause or sentence, a new subject
        actors, speaker, how = resolve_speaker(registry, cue, p, state, previous, state.before(cue.start))
        if not actors or cue.nested and set(actors) <= set(previous):
            continue  # a report nested in a statement by the same actor: the outer statement covers it
        spans, pointer = cue_spans(p, cue, used)
        via = relay_actor(text, cue, registry, lang)
        written = written_cue(doc, cue, lang)
        for start, end, kind in spans:
            for actor in actors:
                clues = cue_clues(cue, how, lang, kind, saying=cue.lemma in p.table.saying_verbs,
                                  near=actor in named, via=bool(via), joint=len(actors) > 1,
                                  speaker_words=len(speaker.split()))
                out.append(make_statement(doc, actor, speaker, start, end, clues, media=state.media, via=via,
                                          cue=written))
        if cue.nested:
            continue  # "قال X إن Y طلب منه …": the outer speaker goes on speaking
        if spans or pointer or hands_on or _closes_paragraph(p, cue, pe):
            # "X said:" ending a paragraph hands the speaker to the quotation that follows; "X denied
            # that, and said …" keeps X as the speaker
            previous, previous_end = actors, cue.end
            state.remember(actors, speaker, index)
            if cue.subject is Subject.NAME:
                state.note_speaker(actors, p, cue.speaker, speaker_features(p, cue))
            state.last_end = cue.end
    return out, used


def _closes_paragraph(p: Paragraph, cue: Cue, pe: int) -> bool:
    """"… spokeswoman Ines Varga was asked about the fire and replied briefly.": a cue with nothing to
    report that ends its paragraph hands its speaker to the quotation that follows."""
    return cue.content[1] >= pe - 1 and len(p.words(*cue.content)) <= _HANDING_WORDS


def _new_clause(p: Paragraph, breaks: list[int], previous_end: int, cue_start: int) -> bool:
    k = bisect_left(breaks, previous_end)
    if k < len(breaks) and breaks[k] < cue_start:
        return True
    return p.sentence_of(cue_start) != p.sentence_of(previous_end)


def _narration(doc: Document, outlet: str, lang: str, found: list[Statement], sentences: list) -> list[Statement]:
    """The outlet's own sentences: those that overlap no statement."""
    text = doc.text
    spans = sorted((st.start, st.end) for st in found)
    starts = [s for s, _ in spans]
    reach = list(accumulate((e for _, e in spans), max))
    out = []
    for s, e in sentences:
        k = bisect_left(starts, e)
        if k and reach[k - 1] > s:
            continue
        out.append(Statement(doc=doc.id, source=doc.source, lang=lang, actor=outlet, speaker="", kind="narration",
                             start=s, end=e, text=text[s:e], confidence=1.0, date=doc.date))
    return out

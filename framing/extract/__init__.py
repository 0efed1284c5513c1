"""Statements: who said what in a document, as spans of its text.

``extract_statements(doc, registry)`` walks the document paragraph by
paragraph (each in the language of its script) and yields:

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

Modules: ``quotes`` (quotation marks), ``cues`` (tokens and cue words),
``paragraph`` (shared geometry), ``subjects`` and ``postposed`` (who speaks,
before and after the verb), ``content`` (what was said), ``attribute`` (cues
from both), ``resolve`` (speakers to actor ids), ``special`` (tweets,
transcript labels, signed quotes), ``state`` (what earlier paragraphs leave
for later ones). The language specifics are data in ``framing.languages``.
"""

from __future__ import annotations

import re
from typing import Iterator

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.attribute import GLUE, Paragraph, build_cues
from framing.extract.paragraph import quoted_title
from framing.extract.cues import Cue, tokens
from framing.extract.quotes import Quote, find_quotes
from framing.extract.resolve import resolve_speaker, relay_actor
from framing.extract.special import SIGNATURE, TWEET, labelled_paragraph, tweet_statement
from framing.extract.state import remember, State, make_statement
from framing.model import Document, Statement
from framing.text import paragraph_spans, script_lang, sentence_spans

__all__ = ["extract_statements"]

_CONTINUATION_PARAGRAPHS = 2
_MIN_QUOTE_TOKENS = 4
_TERMINAL = ".!?؟…:;"
_CLOSERS = "”\"»’)]'"
_CREDIT = re.compile(r"\((?:[^()]*\b(?:Images?|Photo|AFP|Reuters|AP|EPA|Getty|Anadolu|Xinhua|TASS|Sputnik|file)\b[^()]*)\)\s*$", re.I)
_READ_MORE = re.compile(r"^\s*(read (more|also|the full)|see also|related:|watch:|اقرأ (أيضا|أيضاً|المزيد)|شاهد)", re.I)
# A wire dateline opening a paragraph: "PORT AMSEL, March 12 (Meridian) - ", "NIAMARA, Kandara (GPA) — ",
# "УСТЬ-ЛЕСНОЙ, 14 апр — РИА Новости. "
_DATELINE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,}(?:[ .'’-]+[A-ZÀ-ÞА-ЯЁ]{2,})*(?:,[^\n—–]{1,40}?|[^\S\n]\([^)\n]{1,20}\))"
                       r"[^\S\n]+[—–-]{1,2}[^\S\n]+"
                       r"(?:[^\n.]{1,30}\.[^\S\n]+)?")


def extract_statements(doc: Document, registry: ActorRegistry, *, narration: bool = True) -> Iterator[Statement]:
    """Yield the statements of one document in text order.

    Parameters
    ----------
    doc : the document.
    registry : aliases that map speaker mentions to actor ids.
    narration : also yield the outlet's own sentences (kind ``narration``).
    """
    text = doc.text
    state = State(media=frozenset(a.id for a in registry.actors if registry.kind(a.id) == "media"))
    outlet = f"outlet:{doc.source or doc.id}"
    for index, (ps, pe) in enumerate(paragraph_spans(text)):
        lang = script_lang(text[ps:pe], default=doc.lang if doc.lang in languages.codes() else "en")
        found: list[Statement] = []
        sentences = [tuple(s) for s in sentence_spans(text, ps, pe)] or [(ps, pe)]
        if not _is_heading(text, ps, pe):
            found = _paragraph(doc, registry, ps, pe, lang, index, state, sentences)
        else:
            state.last_para = -100  # a heading ends any continuation
        if narration:
            found += _narration(doc, outlet, lang, found, sentences)
        found.sort(key=lambda s: (s.start, s.end, s.actor))
        yield from found


def _is_heading(text: str, ps: int, pe: int) -> bool:
    body = text[ps:pe].rstrip()
    if _READ_MORE.match(body) or _CREDIT.search(body):
        return True
    words = len(body.split())
    if words < 4 or TWEET.search(body):
        return words < 4
    if body[0] in "“\"«„'" and SIGNATURE.search(body):
        return False  # "“…” — Esther Tapia": a signed quotation
    # a headline may end in a quotation ('… blames "foreign agents"') but not in a full stop
    ending = body.rstrip(_CLOSERS)
    return words < 40 and (not ending or ending[-1] not in _TERMINAL)


def _paragraph(doc, registry, ps, pe, lang, index, state, sentences) -> list[Statement]:
    text = doc.text
    tweet = TWEET.search(text, ps, pe)
    if tweet and tweet.end() == pe:
        return tweet_statement(doc, registry, ps, tweet, lang, index, state)
    quotes = find_quotes(text, ps, pe)
    labelled = labelled_paragraph(doc, registry, ps, pe, quotes, lang, index, state)
    if labelled is not None:
        return labelled
    toks = tokens(text, ps, pe, lang)
    mentions = registry.find_mentions(text, lang, ps, pe)
    dateline = _DATELINE.match(text, ps, pe)
    if dateline and dateline.end() < sentences[0][1]:
        # "PORT AMSEL, March 12 (Meridian) - …": the dateline is not part of the first sentence
        sentences = [(dateline.end(), sentences[0][1]), *sentences[1:]]
    paragraph = Paragraph(text, toks, sentences, quotes, mentions, languages.attribution(lang), state.media)
    earlier = list(state.mentioned)
    state.mentioned.extend(mentions)
    cues = build_cues(paragraph, lang)
    out: list[Statement] = []
    used: set[int] = set()
    previous: tuple[str, ...] = ()
    previous_end = ps
    for cue in cues:
        between = text[previous_end:cue.start]
        if ";" in between or "؛" in between or paragraph.sentence_of(cue.start) != paragraph.sentence_of(previous_end):
            previous = ()  # "X said …; Y rejected that, saying …": a new clause or sentence, a new subject
        actors, speaker, how = resolve_speaker(doc, registry, cue, lang, paragraph, state, previous,
                                        earlier + [m for m in mentions if m.end <= cue.start])
        if not actors:
            continue
        spans, pointer = _cue_spans(text, cue, quotes, used, paragraph.table)
        via = relay_actor(doc.text, cue, registry, lang)
        for start, end, kind in spans:
            for actor in actors:
                out.append(make_statement(doc, lang, actor, speaker, kind, start, end, how, via))
        if spans or pointer or text[ps:pe].rstrip().endswith(":"):
            # "X said:" ending a paragraph hands the speaker to the quotation that follows; "X denied
            # that, and said …" keeps X as the speaker
            previous, previous_end = actors, cue.end
            remember(state, actors, speaker, index)
            state.last_end = cue.end
    out.extend(_leftover_quotes(doc, registry, quotes, used, out, toks, lang, mentions, ps, index, state, cues))
    return out


def _cue_spans(text: str, cue: Cue, quotes: list[Quote], used: set[int],
               table: languages.Attribution) -> tuple[list[tuple[int, int, str]], bool]:
    """The statement spans of a cue (adjacent quotations, else its reported content), and
    whether the content only points back at something said before ("denied that")."""
    spans = []
    head = cue.speaker[0] if cue.speaker and cue.speaker[0] < cue.start else cue.start
    if not cue.according:
        for k, q in enumerate(quotes):
            inside_content = cue.content[0] <= q.start and q.end <= cue.content[1]
            if (k not in used and q.end <= head and not text[q.end:head].strip(GLUE) and not inside_content
                    and not quoted_title(text, q, table)
                    and len(text[q.inner_start:q.inner_end].split()) >= 2):
                used.add(k)
                spans.append((q.inner_start, q.inner_end, "direct"))
    start, end = _trim(text, *cue.content)
    if _REFERENCE_ONLY.fullmatch(text[start:end]):
        return spans, True  # "denied that", "نفت ذلك", "опроверг это": a reference to what was said before
    if end > start:
        inside = [(k, q) for k, q in enumerate(quotes) if q.start >= start and q.end <= end + 1]
        for k, _ in inside:
            used.add(k)
        quoted = sum(q.inner_end - q.inner_start for _, q in inside)
        if len(inside) == 1 and quoted >= 0.6 * (end - start):
            q = inside[0][1]
            spans.append((q.inner_start, q.inner_end, "direct"))
        elif not spans or _words(text[start:end]) >= 3:
            spans.append((start, end, "indirect"))
    return spans, False


def _words(s: str) -> int:
    return len(s.split())


# Content that only points back ("that", "this", "ذلك", "это") is no statement of its own.
_REFERENCE_ONLY = re.compile(r"(?i)(?:that|this|it|so|ذلك|هذا|هذه|это|этого|то)[.!?؟]?")
_TRAILING_JOINER = re.compile(r"(?:[\s,;،]+(?:and|but|while|whereas|as|or)(?:\s+\w+ly)?)+\s*$", re.I)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop punctuation and a dangling conjunction at the edges of a content span."""
    while start < end and (text[start].isspace() or text[start] in ",:;،؛—–-"):
        start += 1
    m = _TRAILING_JOINER.search(text, start, end)
    if m:
        end = m.start()  # "“restraint” from all sides, and [the US …]"
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",:;،؛—–-."):
        end -= 1
    return start, end



def _leftover_quotes(doc, registry, quotes, used, out, toks, lang, mentions, ps, index, state, cues):
    """Quotations no cue claimed: continuations, "X “verb …”", or narration."""
    text = doc.text
    table = languages.attribution(lang)
    found = []
    for k, q in enumerate(quotes):
        if k in used or any(s.start <= q.start < s.end for s in out):
            continue
        inner = [t for t in toks if q.inner_start <= t.start < q.inner_end]
        if len(inner) < _MIN_QUOTE_TOKENS or any(m.start <= q.start < m.end for m in mentions):
            continue
        if inner[0].bases[0] in table.verbs or any(b in table.verbs for b in inner[0].bases):
            before = [m for m in mentions if m.end <= q.start and m.start >= _sentence_start(text, ps, q.start)]
            if before:
                m = before[-1]
                speaker = text[m.start:m.end]
                found.append(make_statement(doc, lang, m.actor, speaker, "direct", q.inner_start, q.inner_end, "verb_quote"))
                remember(state, (m.actor,), speaker, index)
                continue
        opens_paragraph = not text[ps:q.start].strip()
        after_statement = any(s.end <= q.start for s in out + found) and _starts_sentence(text, ps, q.start)
        if state.last and (after_statement or (opens_paragraph and not cues and index - state.last_para <= _CONTINUATION_PARAGRAPHS)):
            for actor in state.last:
                found.append(make_statement(doc, lang, actor, state.last_speaker, "direct", q.inner_start, q.inner_end, "continuation"))
            state.last_para = index
    return found


def _sentence_start(text, ps, pos):
    m = max((text.rfind(c, ps, pos) for c in ".!?؟\n"), default=-1)
    return max(ps, m + 1)


def _starts_sentence(text, ps, pos):
    before = text[ps:pos].rstrip()
    return not before or before[-1] in ".!?؟”\"»"
def _narration(doc, outlet, lang, found, sentences) -> list[Statement]:
    """The outlet's own sentences: those that hold no statement."""
    text = doc.text
    out = []
    for s, e in sentences:
        if any(st.start < e and st.end > s for st in found):
            continue
        out.append(Statement(doc=doc.id, source=doc.source, lang=lang, actor=outlet, speaker="", kind="narration",
                        start=s, end=e, text=text[s:e], confidence=1.0))
    return out

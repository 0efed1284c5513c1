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
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.attribute import GLUE, Paragraph, build_cues
from framing.extract.cues import Cue, tokens
from framing.extract.quotes import Quote, find_quotes
from framing.model import Document, Statement
from framing.text import paragraph_spans, script_lang, sentence_spans

__all__ = ["extract_statements"]

# How sure we are of the speaker, by how the statement was attributed.
CONFIDENCE = {
    "name": 0.95, "according": 0.9, "tweet": 0.95, "pronoun": 0.85, "inherit": 0.85,
    "dropped": 0.8, "anaphor": 0.75, "verb_quote": 0.75, "continuation": 0.7, "unknown": 0.6,
}
_CONTINUATION_PARAGRAPHS = 2
_MIN_QUOTE_TOKENS = 4
_TERMINAL = ".!?؟…:;"
_CLOSERS = "”\"»’)]'"
_CREDIT = re.compile(r"\((?:[^()]*\b(?:Images?|Photo|AFP|Reuters|AP|EPA|Getty|Anadolu|Xinhua|TASS|Sputnik|file)\b[^()]*)\)\s*$", re.I)
_READ_MORE = re.compile(r"^\s*(read (more|also|the full)|see also|related:|watch:|اقرأ (أيضا|أيضاً|المزيد)|شاهد)", re.I)
_TWEET = re.compile(
    r"[^\S\n]*[—–]+[^\S\n]*(?P<name>[^()\n—–]{2,80}?)[^\S\n]*\(@(?P<handle>\w{1,30})\)"
    r"[^\S\n]*(?P<date>[^\n]{0,40})$"
)
_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")
# A wire dateline opening a paragraph: "PORT AMSEL, March 12 (Meridian) - ", "NIAMARA, Kandara (GPA) — ",
# "УСТЬ-ЛЕСНОЙ, 14 апр — РИА Новости. "
_DATELINE = re.compile(r"[A-ZÀ-ÞА-ЯЁ]{2,}(?:[ .'’-]+[A-ZÀ-ÞА-ЯЁ]{2,})*(?:,[^\n—–]{1,40}?|[^\S\n]\([^)\n]{1,20}\))"
                       r"[^\S\n]+[—–-]{1,2}[^\S\n]+"
                       r"(?:[^\n.]{1,30}\.[^\S\n]+)?")


@dataclass
class _State:
    """What later paragraphs refer back to."""

    last: tuple[str, ...] = ()
    last_speaker: str = ""
    last_para: int = -100
    last_end: int = -1   # where the last statement's attribution was
    mentioned: list = field(default_factory=list)  # registry mentions so far, in text order
    media: frozenset[str] = frozenset()               # actor ids of news media in the registry


def extract_statements(doc: Document, registry: ActorRegistry, *, narration: bool = True) -> Iterator[Statement]:
    """Yield the statements of one document in text order.

    Parameters
    ----------
    doc : the document.
    registry : aliases that map speaker mentions to actor ids.
    narration : also yield the outlet's own sentences (kind ``narration``).
    """
    text = doc.text
    state = _State(media=frozenset(a.id for a in registry.actors if registry.kind(a.id) == "media"))
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
    if words < 4 or _TWEET.search(body):
        return words < 4
    if body[0] in "“\"«„'" and _SIGNATURE.search(body):
        return False  # "“…” — Esther Tapia": a signed quotation
    # a headline may end in a quotation ('… blames "foreign agents"') but not in a full stop
    ending = body.rstrip(_CLOSERS)
    return words < 40 and (not ending or ending[-1] not in _TERMINAL)


def _paragraph(doc, registry, ps, pe, lang, index, state, sentences) -> list[Statement]:
    text = doc.text
    tweet = _TWEET.search(text, ps, pe)
    if tweet and tweet.end() == pe:
        return _tweet(doc, registry, ps, tweet, lang, index, state)
    quotes = find_quotes(text, ps, pe)
    labelled = _labelled(doc, registry, ps, pe, quotes, lang, index, state)
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
        if ";" in text[previous_end:cue.start] or "؛" in text[previous_end:cue.start]:
            previous = ()  # "X said …; Y rejected that, saying …": a new clause, a new subject
        actors, speaker, how = _resolve(doc, registry, cue, lang, paragraph, state, previous,
                                        earlier + [m for m in mentions if m.end <= cue.start])
        if not actors:
            continue
        spans = _cue_spans(text, cue, quotes, used)
        via = _via(doc.text, cue, registry, lang)
        for start, end, kind in spans:
            for actor in actors:
                out.append(_statement(doc, lang, actor, speaker, kind, start, end, how, via))
        if spans or text[ps:pe].rstrip().endswith(":"):
            # "X said:" ending a paragraph hands the speaker to the quotation that follows
            previous, previous_end = actors, cue.end
            _remember(state, actors, speaker, index)
            state.last_end = cue.end
    out.extend(_leftover_quotes(doc, registry, quotes, used, out, toks, lang, mentions, ps, index, state, cues))
    return out


def _cue_spans(text: str, cue: Cue, quotes: list[Quote], used: set[int]) -> list[tuple[int, int, str]]:
    """The statement spans of a cue: adjacent quotations, else its reported content."""
    spans = []
    head = cue.speaker[0] if cue.speaker and cue.speaker[0] < cue.start else cue.start
    if not cue.according:
        for k, q in enumerate(quotes):
            if k not in used and q.end <= head and not text[q.end:head].strip(GLUE) and len(text[q.inner_start:q.inner_end].split()) >= 2:
                used.add(k)
                spans.append((q.inner_start, q.inner_end, "direct"))
    start, end = _trim(text, *cue.content)
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
    return spans


def _words(s: str) -> int:
    return len(s.split())


_TRAILING_JOINER = re.compile(r"(?:[\s,;،]+(?:and|but|while|whereas|as|or))+\s*$", re.I)


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


def _resolve(doc, registry, cue: Cue, lang, paragraph: Paragraph, state: _State, previous, before):
    """(actors, speaker mention as written, how) for a cue.

    ``before`` are the registry mentions earlier in the document, for
    references back ("the commission" → the last-mentioned electoral commission).
    """
    mentions = paragraph.mentions
    if cue.subject == "impersonal":
        # "It was reported that …": the last actor named or speaking, else no statement
        speaker = doc.text[cue.speaker[0]:cue.speaker[1]]
        if before and before[-1].start > state.last_end:
            return (before[-1].actor,), speaker, "anaphor"
        return (state.last, speaker, "anaphor") if state.last else ((), "", "")
    if cue.subject in ("pronoun", "anaphor", "dropped", "inherit"):
        speaker = doc.text[cue.speaker[0]:cue.speaker[1]] if cue.speaker else ""
        if cue.subject == "anaphor" and cue.speaker:
            actor = registry.resolve(speaker, lang)
            if actor:
                return (actor,), speaker, "name"
        if cue.subject == "inherit" and previous:
            return previous, state.last_speaker, "inherit"
        if cue.subject in ("dropped", "inherit"):
            # "دافع X عن …، وقال إن …": the subject of the sentence's earlier verb
            sent = paragraph.sentence_of(cue.start)
            before = [m for m in mentions if sent[0] <= m.start and m.end <= cue.start
                      and paragraph.quote_at(m.start) is None]
            if before:
                m = before[0]
                return (m.actor,), doc.text[m.start:m.end], "dropped"
        if cue.subject == "anaphor" and speaker:
            actor = _head_reference(speaker, lang, before)
            if actor:
                return (actor,), speaker, "anaphor"
            if before and before[-1].start > state.last_end:
                # "the ministry said", "в ведомстве сообщили": the body named since the last statement
                return (before[-1].actor,), speaker, "anaphor"
        if state.last:
            return state.last, speaker or state.last_speaker, cue.subject
        if before and speaker:
            return (before[-1].actor,), speaker, "anaphor"  # no speaker yet: the last actor named
        return ((f"unknown:{speaker}",), speaker, "unknown") if speaker else ((), "", "")
    s, e = cue.speaker
    speaker = doc.text[s:e].strip()
    how = "according" if cue.according else "name"
    inside = [m for m in mentions if m.start >= s and m.end <= e]
    joint = _joint(doc.text, s, e, inside, lang)
    if len(joint) > 1:
        return joint, speaker, how
    # "Moscow, a traditional ally of Mr Dovan, warned": the head before the apposition names the speaker
    head = _APPOSITION.split(speaker, maxsplit=1)[0]
    actor = (head != speaker and registry.resolve(head, lang)) or registry.resolve(speaker, lang)
    if actor:
        return (actor,), speaker, how
    actor = _head_reference(speaker, lang, before)
    if actor:
        return (actor,), speaker, "anaphor"
    possessor = _POSSESSIVE.match(speaker)
    if possessor and (state.last or before):
        # "His office said", "Her campaign says": the person just quoted or named
        if state.last:
            return state.last, speaker, "anaphor"
        return (before[-1].actor,), speaker, "anaphor"
    if possessor is None:
        owner = re.match(r"^(?:the\s+)?(?P<owner>.+?)[’']s\s+\w+$", speaker, re.I)
        actor = owner and _head_reference(owner.group("owner"), lang, before)
        if actor:
            return (actor,), speaker, "anaphor"  # "The president’s office" after "President Saal"
    if _is_anaphor(speaker, lang) and (before or state.last):
        # "по данным ведомства": an inflected anaphor read as a name
        if before and (before[-1].start > state.last_end or not state.last):
            return (before[-1].actor,), speaker, "anaphor"
        return state.last, speaker, "anaphor"
    # an unknown speaker is named by the head of the mention: "Tomas Weber, a shopkeeper" -> Tomas Weber
    return (f"unknown:{head.strip()}",), speaker, "unknown"


def _is_anaphor(speaker: str, lang: str) -> bool:
    """Whether a mention is one of the language's anaphors, in any inflection."""
    language = languages.get(lang)
    anaphors = languages.attribution(lang).anaphors
    words = [language.bases(w.strip(".,،"))[-1] for w in speaker.split()]
    stems = {" ".join(language.bases(w)[-1] for w in a.split()) for a in anaphors}
    return " ".join(words) in stems


_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
_POSSESSIVE = re.compile(r"^(?:his|her|its|their)\s+\w+(?:\s+\w+)?$", re.I)


def _head_reference(speaker: str, lang: str, before) -> str | None:
    """A short definite description naming an actor met before by the head noun of its alias.

    "комиссии" after "избирательная комиссия", "the commission" after "the
    Central Electoral Commission". Only one- or two-word descriptions qualify.
    """
    language = languages.get(lang)
    words = [w for w in speaker.split() if language.normalize(w) not in _DETERMINERS]
    if not 1 <= len(words) <= 2 or before is None:
        return None
    head = set(language.bases(words[-1].strip(".,،")))
    for mention in reversed(before):
        alias_words = mention.alias.split()
        if len(alias_words) > len(words) and any(head & set(language.bases(w)) for w in alias_words):
            return mention.actor  # "the governor" after "Governor Anna Petrova"
    return None





_APPOSITION = re.compile(r"\s*[,،]\s*")


def _joiner(lang: str) -> re.Pattern:
    """What may stand between joint speakers: commas and the language's "and"."""
    words = sorted(languages.attribution(lang).coordinators | {"&", "as well as"}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"^[\s,،»”\"']*(?:(?:{alternatives})(?=\s)|و)?[\s,،«“\"']*(?:the\s+)?$", re.I)


def _joint(text: str, s: int, e: int, inside, lang: str) -> tuple[str, ...]:
    """Actors of joint speakers: "the EU and the UN", "witnesses and local media".

    Aliases joined only by "and"/commas give one actor each; a speaker noun
    phrase joined to one alias ("witnesses and …", "… и правозащитный центр")
    adds an unknown actor, in text order.
    """
    joiner = _joiner(lang)
    if len(inside) >= 2:
        if not all(joiner.match(text[a.end:b.start]) for a, b in zip(inside, inside[1:])):
            return ()
        actors = tuple(dict.fromkeys(m.actor for m in inside))
        return actors if len(actors) > 1 else ()
    if len(inside) != 1:
        return ()
    m = inside[0]
    clitic_and = text[m.start] == "و" and not m.alias.startswith("و")  # "لشهود عيان ووسائل إعلام"
    for rest, first in ((text[s:m.start], True), (text[m.end:e], False)):
        rest = rest.strip()
        if not rest:
            continue
        parts = _split_joined(rest, lang, leading=not first)
        if parts is None and first and clitic_and:
            parts = rest.strip(" ,،")
        if parts and _names_speaker(parts, lang):
            other = f"unknown:{parts}"
            return (other, m.actor) if first else (m.actor, other)
    return ()


def _split_joined(rest: str, lang: str, *, leading: bool) -> str | None:
    """The other speaker of "X and <alias>" / "<alias> and X", or None."""
    words = sorted(languages.attribution(lang).coordinators | {"&"}, key=len, reverse=True)
    alternatives = "|".join(re.escape(w) for w in words)
    if leading:
        m = re.match(rf"^[\s,]*(?:{alternatives})\s+(?P<x>.+)$", rest, re.I)
    else:
        m = re.match(rf"^(?P<x>.+?)[\s,]+(?:{alternatives})(?:\s+the)?$", rest, re.I)
    return m.group("x").strip(" ,،") if m else None


def _names_speaker(phrase: str, lang: str) -> bool:
    """A short phrase holding a speaker noun ("witnesses", "شهود عيان")."""
    language = languages.get(lang)
    words = phrase.split()
    bases = {b for w in words for b in language.bases(w.strip(".,،«»\"“”"))}
    return 0 < len(words) <= 6 and bool(bases & languages.attribution(lang).speaker_nouns)


def _remember(state: _State, actors, speaker, index) -> None:
    state.last = tuple(actors)
    state.last_speaker = speaker
    state.last_para = index


def _statement(doc, lang, actor, speaker, kind, start, end, how, via="") -> Statement:
    return Statement(doc=doc.id, source=doc.source, lang=lang, actor=actor, speaker=speaker, kind=kind,
                     start=start, end=end, text=doc.text[start:end], confidence=CONFIDENCE.get(how, 0.6), via=via)


def _via(text: str, cue: Cue, registry, lang: str) -> str:
    """The relaying source of a cue as an actor id (or ``unknown:<mention>``), or ""."""
    if cue.via is None:
        return ""
    mention = text[cue.via[0]:cue.via[1]].strip()
    return registry.resolve(mention, lang) or f"unknown:{mention}"


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
                found.append(_statement(doc, lang, m.actor, speaker, "direct", q.inner_start, q.inner_end, "verb_quote"))
                _remember(state, (m.actor,), speaker, index)
                continue
        opens_paragraph = not text[ps:q.start].strip()
        after_statement = any(s.end <= q.start for s in out + found) and _starts_sentence(text, ps, q.start)
        if state.last and (after_statement or (opens_paragraph and not cues and index - state.last_para <= _CONTINUATION_PARAGRAPHS)):
            for actor in state.last:
                found.append(_statement(doc, lang, actor, state.last_speaker, "direct", q.inner_start, q.inner_end, "continuation"))
            state.last_para = index
    return found


def _sentence_start(text, ps, pos):
    m = max((text.rfind(c, ps, pos) for c in ".!?؟\n"), default=-1)
    return max(ps, m + 1)


def _starts_sentence(text, ps, pos):
    before = text[ps:pos].rstrip()
    return not before or before[-1] in ".!?؟”\"»"


# "WALLACE: …" (a transcript's speaker label) and "“…” — Esther Tapia" (a signed quotation)
_LABEL = re.compile(r"(?P<name>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,40}):[^\S\n]+")
_SIGNATURE = re.compile(r"[^\S\n]*[—―–][^\S\n]*(?P<name>[^\W\d_][^—―–\n]{1,60}?)[.]?$")


def _labelled(doc, registry, ps, pe, quotes, lang, index, state) -> list[Statement] | None:
    """Paragraphs whose speaker is a label: a transcript line or a quotation signed with a dash."""
    text = doc.text
    label = _LABEL.match(text, ps, pe)
    if label and not any(c.islower() for c in label.group("name")) and len(label.group("name").split()) <= 4:
        name = label.group("name").strip()
        start, end = label.end(), pe
        how = "name"
    else:
        first = quotes[0] if quotes else None
        if first is None or text[ps:first.start].strip() or len(quotes) != 1:
            return None
        signature = _SIGNATURE.match(text, first.end, pe)
        if signature is None or signature.end() != pe:
            return None
        name = signature.group("name").strip()
        start, end = first.inner_start, first.inner_end
        how = "name"
    head = re.split(r"\s*,\s*", name, maxsplit=1)[0]
    actor = registry.resolve(name, lang) or registry.resolve(head.title(), lang) or f"unknown:{head}"
    _remember(state, (actor,), name, index)
    return [_statement(doc, lang, actor, name, "direct", start, end, how)]


def _tweet(doc, registry, ps, match, lang, index, state) -> list[Statement]:
    text = doc.text
    body_end = match.start()
    body = text[ps:body_end]
    url = _URL.search(body)
    if url:
        body_end = ps + url.start()
        # drop a short lead-in to the link after the last full sentence ("Read the statement 👉")
        last_stop = max(text.rfind(c, ps, body_end) for c in ".!?؟")
        if last_stop > ps and _words(text[last_stop + 1:body_end]) <= 6:
            body_end = last_stop + 1
    start, end = ps, body_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    name, handle = match.group("name").strip(), match.group("handle")
    speaker = f"{name} (@{handle})"
    actor = registry.resolve(name, lang) or registry.resolve(f"@{handle}", lang) or f"unknown:{speaker}"
    _remember(state, (actor,), speaker, index)
    return [_statement(doc, lang, actor, speaker, "direct", start, end, "tweet")]


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

"""From a cue's speaker to actor ids: registry aliases, joint speakers, references back."""

from __future__ import annotations

import re

from framing import languages
from framing.extract.attribute import Paragraph
from framing.extract.cues import Cue
from framing.extract.state import State

def resolve_speaker(doc, registry, cue: Cue, lang, paragraph: Paragraph, state: State, previous, before):
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
        # "His office said", "Her campaign says": the person named since the last statement, else the last speaker
        if before and before[-1].start > state.last_end:
            return (before[-1].actor,), speaker, "anaphor"
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


def relay_actor(text: str, cue: Cue, registry, lang: str) -> str:
    """The relaying source of a cue as an actor id (or ``unknown:<mention>``), or ""."""
    if cue.via is None:
        return ""
    mention = text[cue.via[0]:cue.via[1]].strip()
    return registry.resolve(mention, lang) or f"unknown:{mention}"

"""From a cue's speaker to actor ids: registry aliases, joint speakers, references back.

Returns ``(actors, speaker mention as written, how)``; ``how`` names the way
the speaker was found (``name``, ``according``, ``pronoun``, ``anaphor``,
``dropped``, ``inherit``, ``unknown``), which the confidence model reads.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.discourse import Discourse, Earlier
from framing.extract.joint import joint_actors
from framing.extract.reading import Cue, Subject
from framing.extract.view import Paragraph

_APPOSITION = re.compile(r"\s*[,،]\s*")
_REFERRING = (Subject.PRONOUN, Subject.ANAPHOR, Subject.DROPPED, Subject.INHERIT)


class Resolution(NamedTuple):
    actors: tuple[str, ...]
    speaker: str
    how: str


NONE = Resolution((), "", "")


def resolve_speaker(registry: ActorRegistry, cue: Cue, lang: str, p: Paragraph, state: Discourse,
                    previous: tuple[str, ...], before: Earlier) -> Resolution:
    """The actors of a cue.

    ``previous`` are the actors of the cue before in the same clause;
    ``before`` the registry mentions earlier in the document, for references
    back ("the commission" → the last-mentioned electoral commission).
    """
    if cue.subject is Subject.IMPERSONAL:
        # "It was reported that …": the last actor named or speaking, else no statement
        speaker = p.text[cue.speaker[0]:cue.speaker[1]]
        if before and before[-1].start > state.last_end:
            return Resolution((before[-1].actor,), speaker, "anaphor")
        return Resolution(state.last, speaker, "anaphor") if state.last else NONE
    if cue.subject in _REFERRING:
        return _referring(registry, cue, lang, p, state, previous, before)
    return _named(registry, cue, lang, p, state, before)


def _referring(registry: ActorRegistry, cue: Cue, lang: str, p: Paragraph, state: Discourse,
               previous: tuple[str, ...], before: Earlier) -> Resolution:
    """A pronoun, description, dropped or shared subject: someone met before."""
    speaker = p.text[cue.speaker[0]:cue.speaker[1]] if cue.speaker else ""
    if cue.subject is Subject.ANAPHOR and cue.speaker:
        actor = registry.resolve(speaker, lang)
        if actor:
            return Resolution((actor,), speaker, "name")
    if cue.subject is Subject.INHERIT and previous:
        return Resolution(previous, state.last_speaker, "inherit")
    if cue.subject in (Subject.DROPPED, Subject.INHERIT):
        # "دافع X عن …، وقال إن …": the subject of the sentence's earlier verb
        sent = p.sentence_of(cue.start)
        found = next((m for m in p.mentions_in(sent[0], cue.start) if p.quote_at(m.start) is None), None)
        if found is not None:
            return Resolution((found.actor,), p.text[found.start:found.end], "dropped")
    if cue.subject is Subject.ANAPHOR and speaker:
        actor = _head_reference(speaker, lang, before)
        if actor:
            return Resolution((actor,), speaker, "anaphor")
        if before and before[-1].start > state.last_end:
            # "the ministry said", "в ведомстве сообщили": the body named since the last statement
            return Resolution((before[-1].actor,), speaker, "anaphor")
    if state.last:
        return Resolution(state.last, speaker or state.last_speaker, cue.subject.value)
    if before and speaker:
        return Resolution((before[-1].actor,), speaker, "anaphor")  # no speaker yet: the last actor named
    return Resolution((f"unknown:{speaker}",), speaker, "unknown") if speaker else NONE


def _named(registry: ActorRegistry, cue: Cue, lang: str, p: Paragraph, state: Discourse,
           before: Earlier) -> Resolution:
    """A speaker mention: an alias, joint speakers, a description or an unknown speaker."""
    s, e = cue.speaker
    speaker = p.text[s:e].strip()
    how = "according" if cue.according else "name"
    joint = joint_actors(p.text, s, e, p.mentions_in(s, e), lang)
    if len(joint) > 1:
        return Resolution(joint, speaker, how)
    # "Moscow, a traditional ally of Mr Dovan, warned": the head before the apposition names the speaker
    head = _APPOSITION.split(speaker, maxsplit=1)[0]
    actor = (head != speaker and registry.resolve(head, lang)) or registry.resolve(speaker, lang)
    if actor:
        return Resolution((actor,), speaker, how)
    actor = _head_reference(speaker, lang, before)
    if actor:
        return Resolution((actor,), speaker, "anaphor")
    found = _owner_reference(speaker, lang, state, before)
    if found is not None:
        return Resolution(found, speaker, "anaphor")
    # an unknown speaker is named by the head of the mention: "Tomas Weber, a shopkeeper" -> Tomas Weber
    return Resolution((f"unknown:{head.strip()}",), speaker, "unknown")


def _owner_reference(speaker: str, lang: str, state: Discourse, before: Earlier) -> tuple[str, ...] | None:
    """"His office said", "The president’s office", "по данным ведомства": someone met before."""
    table = languages.attribution(lang)
    language = languages.get(lang)
    words = speaker.split()
    possessor = 2 <= len(words) <= 3 and language.normalize(words[0]) in table.possessive_determiners
    if possessor and (state.last or before):
        # "His office said", "Her campaign says": the person named since the last statement, else the last speaker
        if before and before[-1].start > state.last_end:
            return (before[-1].actor,)
        return state.last if state.last else (before[-1].actor,)
    if not possessor and table.possessive is not None:
        owner = _owner(speaker, table)
        actor = owner and _head_reference(owner, lang, before)
        if actor:
            return (actor,)  # "The president’s office" after "President Saal"
    if _is_anaphor(speaker, lang) and (before or state.last):
        # "по данным ведомства": an inflected anaphor read as a name
        if before and (before[-1].start > state.last_end or not state.last):
            return (before[-1].actor,)
        return state.last
    return None


def _owner(speaker: str, table: languages.Attribution) -> str | None:
    """The owner of "the X's office" (one noun after the possessive)."""
    for m in table.possessive.finditer(speaker):
        rest = speaker[m.end():]
        if m.group(1) and not rest.strip() and m.start() > 0:
            owner = speaker[:m.start()]
            first = owner.split(maxsplit=1)
            if len(first) == 2 and first[0].casefold() in table.articles:
                owner = first[1]
            return owner
    return None


def _is_anaphor(speaker: str, lang: str) -> bool:
    """Whether a mention is one of the language's anaphors, in any inflection."""
    language = languages.get(lang)
    anaphors = languages.attribution(lang).anaphors
    words = [language.bases(w.strip(".,،"))[-1] for w in speaker.split()]
    stems = {" ".join(language.bases(w)[-1] for w in a.split()) for a in anaphors}
    return " ".join(words) in stems


def _head_reference(speaker: str, lang: str, before: Earlier) -> str | None:
    """A short definite description naming an actor met before by the head noun of its alias.

    "комиссии" after "избирательная комиссия", "the commission" after "the
    Central Electoral Commission". Only one- or two-word descriptions qualify.
    """
    language = languages.get(lang)
    skip = languages.attribution(lang).reference_determiners
    words = [w for w in speaker.split() if language.normalize(w) not in skip]
    if not 1 <= len(words) <= 2:
        return None
    head = set(language.bases(words[-1].strip(".,،")))
    for mention in before.recent():
        alias_words = mention.alias.split()
        if len(alias_words) > len(words) and any(head & set(language.bases(w)) for w in alias_words):
            return mention.actor  # "the governor" after "Governor Anna Petrova"
    return None


def relay_actor(text: str, cue: Cue, registry: ActorRegistry, lang: str) -> str:
    """The relaying source of a cue as an actor id (or ``unknown:<mention>``), or ""."""
    if cue.via is None:
        return ""
    mention = text[cue.via[0]:cue.via[1]].strip()
    return registry.resolve(mention, lang) or f"unknown:{mention}"

"""From a cue's speaker to actor ids, through the registry and the discourse.

A speaker mention resolves, in order, as:

1. joint speakers ("the EU and the UN") — one actor each;
2. a possessive description ("Its UK ambassador", "His office") — the
   possessor, the salient entity;
3. a registry alias naming someone ("Mike Pompeo", "the Chinese embassy");
   a common-noun alias ("head of state", "police") that is a person's role
   yields to the person speaking in the discourse ("Dolan said … The head of
   government added");
4. an organisation's name spelled with one word changed (``approximate``);
5. a surname or title and surname met before in full ("Mr Liu", "Lo");
6. a description without an alias (:mod:`framing.extract.described`): a
   role ("the diplomat", "Политик", "المتحدث") is the salient person; an
   institution ("the ministry", "ведомство") the body whose name had that
   noun, else the last speaker; a document ("the report", "заявлении") the
   actor the text said issued it, else the last speaker;
7. a news outlet by its head noun ("the official news agency", "وكالة
   الأنباء الفرنسية") — the registry's media actor;
8. otherwise an unknown speaker, ``unknown:<head of the mention>``.

Pronouns and dropped subjects resolve to the salient entity that agrees
with them in gender and number. Returns ``(actors, speaker, how)``; ``how``
names the way the speaker was found, which the confidence model reads.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.discourse import Discourse, Earlier
from framing.extract.described import described, description, has_proper_name, head_words
from framing.languages import Features
from framing.extract.joint import joint_actors
from framing.extract.qualifiers import qualified_actor
from framing.extract.reading import Cue, Subject
from framing.extract.view import Paragraph, Tok

_APPOSITION = re.compile(r"[,،]")
_UNKNOWN = (None, None)


class Resolution(NamedTuple):
    actors: tuple[str, ...]
    speaker: str
    how: str


NONE = Resolution((), "", "")


def resolve_speaker(registry: ActorRegistry, cue: Cue, p: Paragraph, state: Discourse,
                    previous: tuple[str, ...], before: Earlier) -> Resolution:
    """The actors of a cue.

    ``previous`` are the actors of the cue before in the same clause;
    ``before`` the registry mentions earlier in the document.
    """
    features = verb_features(p, cue)
    speaker = p.text[cue.speaker[0]:cue.speaker[1]].strip() if cue.speaker else ""
    if cue.subject is Subject.IMPERSONAL:
        # "It was reported that …": the last actor named or speaking, else no statement
        if before and before[-1].start > state.last_end:
            return Resolution((before[-1].actor,), speaker, "anaphor")
        return Resolution(state.last, speaker, "anaphor") if state.last else NONE
    if cue.subject is Subject.INHERIT and previous:
        return Resolution(previous, state.last_speaker, "inherit")
    if cue.subject in (Subject.DROPPED, Subject.INHERIT):
        return _dropped(cue, p, state, features)
    if cue.subject is Subject.PRONOUN:
        return _pronoun(cue, p, state, features, speaker)
    return _mention(registry, cue, p, state, before, features, _without_phrase_clitic(registry, p, cue, speaker))


def _without_phrase_clitic(registry: ActorRegistry, p: Paragraph, cue: Cue, speaker: str) -> str:
    """"وفقا لوزارة الداخلية": a source phrase whose last word, a proclitic, is written on the source names
    the source without it, in the first of its forms (``Language.detach``) that the registry names from its
    first word, else the likeliest."""
    clitic = _phrase_clitic(p, cue)
    if not clitic:
        return speaker
    forms = languages.get(p.lang).detached(speaker, clitic)
    return next((form for form in (*forms, speaker)
                 if any(m.start == 0 for m in registry.find_mentions(form, p.lang))), forms[0])


def _phrase_clitic(p: Paragraph, cue: Cue) -> str:
    """The last word of a source phrase when it is written on the source's first word ("وفقا ل" + "وزارة"), or ""."""
    words = cue.lemma.split()
    if not cue.according or cue.speaker is None or len(p.starting(cue.start, cue.end)) >= len(words):
        return ""
    first, after = p.starting(cue.speaker[0], cue.speaker[1], 1), p.starting(cue.end, None, 1)
    return words[-1] if first and first == after and first[0].norm.startswith(words[-1]) else ""


def verb_features(p: Paragraph, cue: Cue) -> Features:
    """The gender and number the cue's verb shows ("заявила", "قالوا"), where the language marks them."""
    reference = languages.reference(p.lang)
    verb = p.starting(cue.start, cue.end, 1)
    if reference.agreement is None or not verb:
        return _UNKNOWN
    return reference.agreement(verb[0].norm)


def speaker_features(p: Paragraph, cue: Cue) -> Features:
    """The gender and number of a cue's speaker: its verb's, but a relayed speaker's from the word that marks
    its words ("نقلت X عن Y قوله": Y is masculine whatever X is)."""
    if cue.via is None or cue.speaker is None:
        return verb_features(p, cue)
    markers = languages.reference(p.lang).marker_features
    found = next((markers[w.norm] for w in p.starting(cue.speaker[1], None, 2) if w.norm in markers), None)
    return found if found is not None else _UNKNOWN


def _dropped(cue: Cue, p: Paragraph, state: Discourse, features: Features) -> Resolution:
    """"دافع X عن …، وقال إن …", "ونددت بـ…": the sentence's earlier subject, else the salient entity."""
    sent = p.sentence_of(cue.start)
    for m in p.mentions_in(sent[0], cue.start):
        if p.quote_at(m.start) is None and state.entities.get(m.actor, None) is not None \
                and state.entities[m.actor].agrees(features):
            return Resolution((m.actor,), p.text[m.start:m.end], "dropped")
    actor = state.salient(cue.start, features, paragraph_start=p.sentences[0][0])
    if actor is not None:
        return Resolution((actor,), state.last_speaker if actor in state.last else "", "dropped")
    return Resolution(state.last, state.last_speaker, "dropped") if state.last else NONE


def _pronoun(cue: Cue, p: Paragraph, state: Discourse, features: Features, speaker: str) -> Resolution:
    """"he added", "она подчеркнула", "according to him": the salient entity that agrees."""
    reference = languages.reference(p.lang)
    words = p.words(*cue.speaker) if cue.speaker else []
    own = next((reference.pronoun_features[w.norm] for w in words if w.norm in reference.pronoun_features), None)
    actor = state.salient(cue.start, _merge(own, features), paragraph_start=p.sentences[0][0])
    if actor is not None:
        return Resolution((actor,), speaker, "pronoun")
    if state.last:
        return Resolution(state.last, speaker or state.last_speaker, "pronoun")
    return Resolution((f"unknown:{speaker}",), speaker, "unknown") if speaker else NONE


def _possessed(p: Paragraph, words: list[Tok]) -> bool:
    """A description its possessor owns: "its ambassador", or one word with a pronoun suffix ("بيانها")."""
    if not words or p.mention_at(words[-1].start) is not None:
        return False
    if words[0].norm in p.table.possessive_determiners:
        return True
    reference = languages.reference(p.lang)
    if reference.possessed_stems is None or len(words) != 1:
        return False
    nouns = reference.role_nouns | reference.institution_nouns | reference.document_nouns
    return any(stem in nouns for base in words[0].bases for stem in reference.possessed_stems(base))


def _merge(own: Features | None, verb: Features) -> Features:
    if own is None:
        return verb
    return (own[0] or verb[0], own[1] or verb[1])


def _mention(registry: ActorRegistry, cue: Cue, p: Paragraph, state: Discourse, before: Earlier,
             features: Features, speaker: str) -> Resolution:
    """A speaker mention: joint speakers, an alias, a name met before, a description, an outlet."""
    s, e = cue.speaker
    lang = p.lang
    how = "according" if cue.according else "name"
    joint = joint_actors(p.text, s, e, p.mentions_in(s, e), lang)
    if len(joint) > 1:
        return Resolution(joint, speaker, how)
    words = p.words(s, e)
    comma = _APPOSITION.search(speaker)
    head = speaker[:comma.start()].rstrip() if comma else speaker  # "Moscow, a traditional ally of Mr Dovan, warned"
    kind = description(p, words)
    if _possessed(p, words):
        # "Its UK ambassador" (but not "Its Defense Ministry", an alias), "بيانها": the possessor speaks
        actor = state.salient(s, paragraph_start=p.sentences[0][0])
        if actor is not None:
            return Resolution((actor,), speaker, "anaphor")
    actor = (head != speaker and registry.resolve(head, lang)) or registry.resolve(speaker, lang)
    inside = p.mentions_in(s, e)
    if actor and inside:
        # "الناطق باسم هيئة شؤون الأقاليم الشمالية": a near spelling of a longer alias beats "الأقاليم الشمالية"
        longest = max(len(p.words(m.start, m.end)) for m in inside)
        actor = registry.approximate(speaker, lang, longer_than=longest) or actor
        if registry.is_generic(speaker, lang):
            # "الشرطة الكارينية": Karin's police (the qualifier may follow a mention that ends the subject)
            after = p.starting(e, None, 1)
            after = after if after and not p.text[e:after[0].start].strip() else []
            actor = qualified_actor(registry, p, words + after, actor) or actor
    if actor and kind == "role" and _role_alias(registry, p, words, lang):
        person = state.salient(cue.start, features, recent_only=True)
        if person is not None and person in state.last:
            return Resolution((person,), speaker, "anaphor")  # "The head of government added": the one speaking
    if actor:
        return Resolution((actor,), speaker, how)
    found = described(registry, cue, p, state, before, features, words, kind)
    if found is not None:
        return Resolution((found[0],), speaker, found[1])
    # an unknown speaker is named by the head of the mention: "Tomas Weber, a shopkeeper" -> Tomas Weber
    return Resolution((f"unknown:{head.strip()}",), speaker, "unknown")


def _role_alias(registry: ActorRegistry, p: Paragraph, words: list[Tok], lang: str) -> bool:
    """Whether the mention's alias is itself a common-noun role ("head of state", not "the
    government's spokesman", where the owner names the actor)."""
    reference = languages.reference(lang)
    if has_proper_name(p, words):
        return False  # "Губернатор Андрей Алёшин", "the government's spokesman, Daniel Kovar": named
    for w in head_words(p, words):
        if any(b in reference.role_nouns for b in w.bases):
            m = p.mention_at(w.start)
            return m is not None and registry.is_generic(m.alias, lang)
    return False


def relay_actor(text: str, cue: Cue, registry: ActorRegistry, lang: str) -> str:
    """The relaying source of a cue as an actor id (or ``unknown:<mention>``), or ""."""
    if cue.via is None:
        return ""
    mention = text[cue.via[0]:cue.via[1]].strip()
    return registry.resolve(mention, lang) or f"unknown:{mention}"

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
6. a description without an alias: a role ("the diplomat", "Политик",
   "المتحدث") is the salient person; an institution ("the ministry",
   "ведомство") the body whose name had that noun, else the last speaker; a
   document ("a statement", "заявлении") its issuer, the last speaker;
7. a news outlet by its head noun ("the official news agency", "وكالة
   الأنباء الفرنسية") — the registry's media actor;
8. otherwise an unknown speaker, ``unknown:<head of the mention>``.

Pronouns and dropped subjects resolve to the salient entity that agrees
with them in gender and number. Returns ``(actors, speaker, how)``; ``how``
names the way the speaker was found, which the confidence model reads.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.discourse import Discourse, Earlier
from framing.extract.documents import referring_nouns
from framing.languages import Features
from framing.extract.joint import joint_actors
from framing.extract.qualifiers import qualified_actor
from framing.extract.reading import Cue, CueKind, Subject
from framing.extract.view import Paragraph, Tok

_APPOSITION = re.compile(r"[,،]")
_MAX_NAME_WORDS = 3          # a bare name in a script without case ("ميرا سولين")
_MAX_BACK_DESCRIPTION = 2    # content words of a body's description that refers back ("the ministry")
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
    kind = _description(p, words)
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
    found = _described(registry, cue, p, state, before, features, words, kind)
    if found is not None:
        return Resolution((found[0],), speaker, found[1])
    # an unknown speaker is named by the head of the mention: "Tomas Weber, a shopkeeper" -> Tomas Weber
    return Resolution((f"unknown:{head.strip()}",), speaker, "unknown")


def _role_alias(registry: ActorRegistry, p: Paragraph, words: list[Tok], lang: str) -> bool:
    """Whether the mention's alias is itself a common-noun role ("head of state", not "the
    government's spokesman", where the owner names the actor)."""
    reference = languages.reference(lang)
    if _has_proper_name(p, words):
        return False  # "Губернатор Андрей Алёшин", "the government's spokesman, Daniel Kovar": named
    for w in _head_words(p, words):
        if any(b in reference.role_nouns for b in w.bases):
            m = p.mention_at(w.start)
            return m is not None and registry.is_generic(m.alias, lang)
    return False


def _has_proper_name(p: Paragraph, words: list[Tok]) -> bool:
    """A capitalised word that is no determiner, no description noun and no common-noun alias."""
    if not p.table.cased:
        return False
    reference = languages.reference(p.lang)
    nouns = reference.role_nouns | reference.institution_nouns | reference.document_nouns | reference.outlet_nouns
    for w in words:
        if not p.text[w.start].isupper() or w.norm in p.table.determiners or set(w.bases) & nouns:
            continue
        m = p.mention_at(w.start)
        if m is None or not _alias_generic(m.alias, p.lang):
            return True
    return False


def _alias_generic(alias: str, lang: str) -> bool:
    return languages.attribution(lang).cased and not any(c.isupper() for c in alias)


def _described(registry: ActorRegistry, cue: Cue, p: Paragraph, state: Discourse, before: Earlier,
               features: Features, words: list[Tok], kind: str | None) -> tuple[str, str] | None:
    """A mention no alias covers: a near alias, a name met before, a description, an outlet."""
    lang, speaker = p.lang, p.text[cue.speaker[0]:cue.speaker[1]]
    actor = registry.approximate(speaker, lang)
    if actor:
        return actor, "name"
    names = _proper_names(p, words)
    actor = state.by_name(names, cue.start, every=not p.table.cased) if names else None
    if actor:
        return actor, "name"
    actor = _owner_reference(speaker, p.table, lang, before)
    if actor:
        return actor, "anaphor"
    if kind == "outlet":
        media = sorted(state.media)
        if media:
            return media[0], "anaphor"
    if kind == "role" and _new_person(p, words):
        return None  # "председатель организации «Безопасная вода» Николай Егоров": someone new
    if kind in ("role", "institution") and words and words[0].norm in languages.reference(lang).indefinites:
        return None  # "a protest leader said": someone new, not the leader speaking before
    if kind in ("role", "institution", "document") or _is_anaphor(speaker, lang):
        return _reference_back(p, cue, state, before, features, words, kind)
    actor = _head_reference(speaker, lang, before)
    return (actor, "anaphor") if actor else None


def _new_person(p: Paragraph, words: list[Tok]) -> bool:
    """A role with a name never met, of no body described before ("председатель организации Николай
    Егоров", not "представителя ведомства Ольги Ивановой")."""
    institutions = languages.reference(p.lang).institution_nouns
    return _has_proper_name(p, words) and not any(set(w.bases) & institutions for w in words)


def _owner_reference(speaker: str, table: languages.Attribution, lang: str, before: Earlier) -> str | None:
    """"The president’s office" after "President Saal": the owner is a description met before."""
    if table.possessive is None:
        return None
    for m in table.possessive.finditer(speaker):
        if m.start() > 0 and not speaker[m.end():].strip():
            owner = speaker[:m.start()].split(maxsplit=1)
            if len(owner) == 2 and owner[0].casefold() in table.articles:
                owner = owner[1:]
            return _head_reference(" ".join(owner), lang, before)
    return None


def _reference_back(p: Paragraph, cue: Cue, state: Discourse, before: Earlier, features: Features,
                    words: list[Tok], kind: str | None) -> tuple[str, str] | None:
    """A description refers back: to the body named with its noun, the person or body speaking,
    else the actor named last."""
    content = [w for w in words if _content_word(p, w)]
    if kind == "institution" and len(content) > _MAX_BACK_DESCRIPTION:
        return None  # "the national weather service": a body named for the first time
    actor = _head_reference(p.text[cue.speaker[0]:cue.speaker[1]], p.lang, before) if kind != "document" else None
    if actor:
        return actor, "anaphor"
    if kind == "institution" and cue.kind is CueKind.REPORT and state.last:
        return state.last[0], "anaphor"  # "говорится в заявлении ведомства": the body issuing statements
    if kind == "document" and cue.speaker[1] < cue.content[0]:
        # "وأكد البيان الصادر عن الوزارة أن …": the issuer named between the document and its content
        issuers = {m.actor for m in p.mentions_in(cue.speaker[1], cue.content[0])}
        if len(issuers) == 1:
            return issuers.pop(), "anaphor"
    actor = state.issuer(referring_nouns(p, _head_words(p, words)), cue.speaker[0]) if kind == "document" else None
    if actor:
        return actor, "anaphor"  # "Amnesty published a report … The report said": the issuer of the document
    if kind == "institution" and before and before[-1].start > state.last_end:
        return before[-1].actor, "anaphor"  # "the ministry said", "в ведомстве сообщили": the body named since
    if kind == "role":  # a person: never an outlet or a body ("…, пишет БЕЛТА. … — заявил глава государства")
        return (actor, "anaphor") if (actor := state.person(cue.start, features, before)) else None
    actor = state.last[0] if state.last else None
    if actor is None and before:
        actor = before[-1].actor
    return (actor, "anaphor") if actor else None


def _content_word(p: Paragraph, w: Tok) -> bool:
    table = p.table
    return not (w.norm in table.determiners or w.norm in table.reference_determiners
                or w.norm in table.subject_stop or w.norm in table.discourse or len(w.norm) < 3)


def _description(p: Paragraph, words: list[Tok]) -> str | None:
    """What a speaker mention's head noun describes: a ``role``, ``institution``, ``document`` or ``outlet``."""
    reference = languages.reference(p.lang)
    if words and reference.person_descriptions is not None and \
            reference.person_descriptions.fullmatch(p.text, words[0].start, words[-1].end):
        return "role"  # "the 62-year-old alleged": a person met before
    head = _head_words(p, words)
    for kind, nouns in (("outlet", reference.outlet_nouns), ("document", reference.document_nouns),
                        ("role", reference.role_nouns), ("institution", reference.institution_nouns)):
        if any(b in nouns for w in head for b in w.bases):
            return kind
    return None


def _head_words(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """The words of a mention before its first preposition ("the editor" of "the editor of China's …")."""
    for k, w in enumerate(words):
        if k and (w.norm in p.table.subject_stop or w.norm in p.table.particles):
            return words[:k]
    return words


def _proper_names(p: Paragraph, words: list[Tok]) -> set[str]:
    """The name to look up for a mention with no alias: its last capitalised word, the surname
    ("Mr Liu" -> Liu, "Steven Lo" -> Lo), in scripts with case; else its words, when it is short."""
    reference = languages.reference(p.lang)
    if p.table.cased:
        capitalised = [w for w in words if p.text[w.start].isupper() and w.norm.rstrip(".") not in reference.titles
                       and w.norm not in p.table.determiners]  # "The report": no name
        return set(capitalised[-1].bases) if capitalised else set()
    if len(words) > _MAX_NAME_WORDS:
        return set()
    return {w.norm for w in words if len(w.norm) > 2 and w.norm not in reference.titles}


def _is_anaphor(speaker: str, lang: str) -> bool:
    """Whether a mention is one of the language's anaphors, in any inflection."""
    language = languages.get(lang)
    stems, longest = _anaphor_stems(lang)
    words = speaker.split()
    return len(words) <= longest and " ".join(language.bases(w.strip(".,،"))[-1] for w in words) in stems


@cache
def _anaphor_stems(lang: str) -> tuple[frozenset[str], int]:
    """The stems of a language's anaphors, and the most words one has."""
    language = languages.get(lang)
    anaphors = languages.attribution(lang).anaphors
    stems = frozenset(" ".join(language.bases(w)[-1] for w in a.split()) for a in anaphors)
    return stems, max((len(a.split()) for a in anaphors), default=0)


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

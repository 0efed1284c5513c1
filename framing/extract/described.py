"""A speaker mention no alias covers: a near alias, a name met before, or a description.

A description refers back by its head noun (:func:`description`): a role
("the diplomat", "Политик", "المتحدث") to the salient person, an
institution ("the ministry", "ведомство") to the body whose name had that
noun, else the last speaker; a document ("the statement", "заявлении") to
its issuer (:mod:`framing.extract.documents`), else the last speaker; an
outlet ("the official news agency") to the registry's media actor.
"""

from __future__ import annotations

from functools import cache

from framing import languages
from framing.actors import ActorRegistry
from framing.extract.discourse import Discourse, Earlier
from framing.extract.documents import referring_nouns
from framing.extract.reading import Cue, CueKind
from framing.extract.view import Paragraph, Tok
from framing.languages import Features

_MAX_NAME_WORDS = 3          # a bare name in a script without case ("ميرا سولين")
_MAX_BACK_DESCRIPTION = 2    # content words of a body's description that refers back ("the ministry")


def has_proper_name(p: Paragraph, words: list[Tok]) -> bool:
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


def described(registry: ActorRegistry, cue: Cue, p: Paragraph, state: Discourse, before: Earlier,
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
    actor = _group_reference(p, state, words)
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
    return has_proper_name(p, words) and not any(set(w.bases) & institutions for w in words)


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
    actor = state.issuer(referring_nouns(p, head_words(p, words)), cue.speaker[0]) if kind == "document" else None
    if actor:
        return actor, "anaphor"  # "Amnesty published a report … The report said": the issuer of the document
    if kind == "institution" and before and before[-1].start > state.last_end:
        return before[-1].actor, "anaphor"  # "the ministry said", "в ведомстве сообщили": the body named since
    if kind == "role" and (actor := state.described_by(_role_words(p, words), cue.start)):
        return actor, "anaphor"  # "the official" after "a senior military official said …" (not "глава региона"
        # after "глава округа"): the same person
    if kind == "role":  # a person: never an outlet or a body ("…, пишет БЕЛТА. … — заявил глава государства")
        return (actor, "anaphor") if (actor := state.person(cue.start, features, before)) else None
    actor = state.last[0] if state.last else None
    if actor is None and before:
        actor = before[-1].actor
    return (actor, "anaphor") if actor else None


def _role_words(p: Paragraph, words: list[Tok]) -> list[set[str]]:
    """The content words of a role description ("the official", "the law officer"), each as its bases."""
    roles = languages.reference(p.lang).role_nouns
    content = [set(w.bases) for w in head_words(p, words) if _content_word(p, w)]
    return content if any(b & roles for b in content) else []


def _group_reference(p: Paragraph, state: Discourse, words: list[Tok]) -> str | None:
    """"The ministers said" after "Minister A and Minister B said": the one actor both speak for
    (none when they are two actors' people); else the one described with the plural noun before."""
    head = head_words(p, words)
    if len(head) < 2 or head[0].norm not in p.table.articles or \
            head[-1].norm not in languages.reference(p.lang).role_plurals:
        return None
    actor = (state.group[0] if len(state.group) == 1 else None) if state.group else \
        state.described_by([{head[-1].norm}], words[0].start)
    return None if actor is None or actor.startswith("unknown:") else actor  # (an unknown speaker's span is a guess)


def _content_word(p: Paragraph, w: Tok) -> bool:
    table = p.table
    return not (w.norm in table.determiners or w.norm in table.reference_determiners
                or w.norm in table.subject_stop or w.norm in table.discourse or len(w.norm) < 3)


def description(p: Paragraph, words: list[Tok]) -> str | None:
    """What a speaker mention's head noun describes: a ``role``, ``institution``, ``document`` or ``outlet``."""
    reference = languages.reference(p.lang)
    if words and reference.person_descriptions is not None and \
            reference.person_descriptions.fullmatch(p.text, words[0].start, words[-1].end):
        return "role"  # "the 62-year-old alleged": a person met before
    head = head_words(p, words)
    if any(w.norm in reference.body_qualifiers for w in head):
        return "institution"  # "الوكالة الأممية": an international body, not a news agency
    for kind, nouns in (("outlet", reference.outlet_nouns), ("document", reference.document_nouns),
                        ("role", reference.role_nouns), ("institution", reference.institution_nouns)):
        if any(b in nouns for w in head for b in w.bases):
            return kind
    return None


def head_words(p: Paragraph, words: list[Tok]) -> list[Tok]:
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

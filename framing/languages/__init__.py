"""Per-language data: normalisation, clitics, stemmer, negators, attribution tables.

Each language is one module exposing ``LANGUAGE``, a :class:`Language`.
To add a language: write ``languages/<code>.py`` (copy ``en.py``), add it to
``LANGUAGES`` below, give its script in ``text.SCRIPTS`` and add lexicon terms
and registry aliases for it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Callable

from framing.errors import UsageError


# How a word form of a verb is used, as a language's morphology reports it
# (``verb_forms(word) -> ((lemma, tag), ...)`` in ``languages/<code>_morphology.py``).
# A form may carry several tags ("said" is finite and a past participle); the
# construction around it decides.
FINITE = "finite"                    # said, says, say, заявил, заявит, заявляют, قال, يقول, تقولان
PAST_PARTICIPLE = "past_participle"  # said, told, warned: finite after have, passive after be
GERUND = "gerund"                    # adding, добавив, مضيفاً: an adverbial participle, no subject of its own
ATTRIBUTIVE = "attributive"          # заявивший, заявленный: an adjectival participle
INFINITIVE = "infinitive"            # say, заявить
IMPERSONAL = "impersonal"            # сообщается, отмечается: a passive report with no agent
VERB_FORM_TAGS = (FINITE, PAST_PARTICIPLE, GERUND, ATTRIBUTIVE, INFINITIVE, IMPERSONAL)


@dataclass(frozen=True)
class Language:
    """Everything language-specific the pipeline needs, as data.

    Attributes
    ----------
    code : ISO 639-1 code.
    normalize : maps one token (or alias/term text) to its comparison form.
    proclitics : prefixes stripped from a normalised token to find its base
        (longest first), e.g. Arabic ``wa-``, ``al-``.
    min_base : shortest base left after stripping a proclitic.
    stem : maps a normalised token to a stem, or None for no stemming.
    term_bases : maps a lexicon term word to the forms it matches (Arabic
        drops only the article), or None to use :meth:`bases`.
    negators : words that negate a following frame term (normalised); an
        entry with an apostrophe (``n't``) matches the end of a contraction.
    negation_window : how many tokens before a frame term a negator may
        stand (in the same sentence) to negate it; the lexicon may override.
    pseudo_negators : phrases that start with a negator but do not negate
        what follows ("not only", "no doubt", Arabic "لا بد").
    negator_proclitics : proclitics a negator may carry (Arabic و ف ب:
        "ولا", "بدون"); other proclitics are not stripped from negators.
    negation_stops : words that end a negator's scope ("not a protest but
        terrorism", Arabic "بل"): a term after one is not negated by a
        negator before it.
    """

    code: str
    normalize: Callable[[str], str]
    proclitics: tuple[str, ...] = ()
    min_base: int = 2
    stem: Callable[[str], str] | None = None
    term_bases: Callable[[str], tuple[str, ...]] | None = None
    negators: frozenset[str] = frozenset()
    negation_window: int = 3
    pseudo_negators: tuple[str, ...] = ()
    negator_proclitics: tuple[str, ...] = ()
    negation_stops: frozenset[str] = frozenset()

    def bases(self, token: str) -> tuple[str, ...]:
        """The normalised token and each form left by stripping one proclitic chain."""
        return _bases(self.code, token)


@lru_cache(maxsize=1 << 18)
def _bases(code: str, token: str) -> tuple[str, ...]:
    # Cached: the same words recur in every article, and this runs per token.
    language = get(code)
    norm = language.normalize(token)
    forms = [norm]
    for clitic in language.proclitics:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= language.min_base:
            forms.append(norm[len(clitic):])
    if language.stem is not None:
        forms.append(language.stem(norm))
    return tuple(dict.fromkeys(forms))


@cache
def _table() -> dict[str, "Language"]:
    from framing.languages import ar, en, ru

    return {"en": en.LANGUAGE, "ar": ar.LANGUAGE, "ru": ru.LANGUAGE}


def get(code: str) -> Language:
    """The language for an ISO code; unknown codes fall back to English rules."""
    table = _table()
    return table.get(code) or table["en"]


def codes() -> tuple[str, ...]:
    """Supported language codes."""
    return ("ar", "en", "ru")


def check(code: str) -> str:
    if code not in codes():
        raise UsageError(f"unsupported language {code!r}; choose one of {', '.join(codes())}")
    return code


@dataclass(frozen=True)
class Attribution:
    """How a language attributes speech, as data for ``framing.extract``.

    All word lists hold normalised forms (``Language.normalize``); Arabic
    entries are matched against proclitic-stripped token bases too.

    Attributes
    ----------
    verbs : speech-verb forms (finite), one or more words, -> lemma.
    participles : speech participles that continue the current speaker's
        statement ("adding", "مضيفا"); they open a new statement only when
        a quote follows them.
    verb_first : True where the subject usually follows the verb (Arabic).
    complementizers : words opening reported content ("that", "أن").
    particles : words that may sit between verb and content ("for", "إلى").
    according_to : phrases that put the speaker after them ("according to X").
    according_self : such phrases with a pronoun for the speaker ("according to him").
    according_fillers : words between such a phrase and its speaker ("بحسب ما أفاد به X").
    pronouns : subject words that refer back to the last speaker.
    anaphors : definite descriptions referring back to the last issuing actor
        ("the statement", "the ministry").
    discourse : clause-initial words that are never part of a subject.
    passive_aux : words that make a following verb passive ("been reported").
    determiners : words that make a following verb form an adjective ("the stated goal").
    performative_objects : objects that make a declaring verb an act, not speech
    performative_verbs : the declaring verbs (lemmas); empty means every cue verb
        ("declared a state of emergency").
    subject_stop : words that end a speaker noun phrase read to the right.
    time_words : words of time adverbials skipped between speaker and content.
    speaker_nouns : lower-case nouns that make an unknown subject a speaker
        ("witness", "officials").
    relativizers : words before a subject that make a cue parenthetical
        ("that he said").
    needs_complement : verb lemmas that report speech only with a complement
        (Arabic "أعلن أن", not "أعلن حالة الطوارئ").
    cased : the script has case, so a capitalised verb form mid-sentence is a name.
    participle_splits : a participle ("مضيفاً أن") always opens a new statement;
        otherwise only when a quotation follows it ("adding: “…”").
    absolute_with : words opening an absolute clause whose participle has its
        own subject ("with the union saying …").
    relay_verbs, relay_particles, quote_markers : "نقلت وكالة X عن Y قوله إن": a
        source (X) relaying a speaker (Y) after a particle, up to a marker.
    nominal_prefixes : prefixes only nouns take (the Arabic article), so such a
        word is never a speech verb ("النقل" is transport, not "he relayed").
    trailing, adverb_suffixes : auxiliaries and adverbs that may stand between
        a subject and its verb ("has repeatedly said"), by word or ending.
    addressee_verbs : lemmas whose following noun is the addressee ("told AFP"),
        so the subject never follows them.
    preamble : where-and-when phrases between a verb and its content when no
        complementizer marks it ("said in a statement it …").
    expletives : dummy subjects of an impersonal passive ("it was reported that").
    coordinators : conjunctions joining two verbs of one subject ("said … and urged").
    org_prepositions : prepositions before an organisation that speaks
        ("в МИД заявили", "сообщили в ГУ МЧС").
    retrospective : subjects that point back at the previous sentence as the
        content ("Об этом сообщил X").
    addressees : words that stand for the hearer after "told" with no
        complementizer ("told reporters the deal was dead", "told him it was over").
    teasers : phrases opening a "Read more" line, which holds no statement.
    credits : words of a photo credit in brackets ending a caption ("(Photo: AFP)").
    pointers : words that make a content only point back ("denied that", "نفت ذلك").
    joiners : conjunctions left dangling at the end of a content ("…, and").
    apposition_openers : words opening an apposition that is not the speaker
        ("X, known as …, said").
    non_speakers : capitalised subject words that are no speaker ("It", "There").
    possessive : the possessive ending and its noun ("Gowdy's office"), or None.
    possessive_tokens : what the possessive ending leaves as a token ("s").
    possessive_determiners : "his office", "her campaign": a person met before.
    reference_determiners : words skipped when a description names an actor
        by its head noun ("the commission").
    list_joiners : what joins joint speakers ("the EU and the UN").
    conjunction_clitics : a conjunction written on the next word (Arabic و).
    articles : articles that may open a joined speaker ("the UN").
    object_verbs : cue verbs (and participles) that take an object, not a clause,
        so a complementizer-like word right after them is a determiner
        ("rejected that argument").
    title_before : text ending right before a quotation that makes it a title,
        not speech ('on CBS's "Face the Nation,"').
    predicate_break : where a coordinated predicate of the speaker starts inside
        the content ("…, and criticized the party"), which ends the content.
    number_words : spelled-out numbers and quantifiers, which make a following
        noun homograph a noun ("all five states voting", "several states").
    document_nouns : subjects that report findings with a bare clause ("a poll
        shows Clinton leading"), after verbs that otherwise need a complement.
    name_joiners : lower-case words inside a capitalised name ("Secretary of State").
    person_relativizers : relative pronouns whose antecedent is a person, who
        then speaks ("Mr. Sanders, who said he would rest, …").
    noun_homographs : cue forms that are also nouns, never cues after a number
        ("11 states", "two reports"); other verbs are ("four in 10 said").
    finite_aux : auxiliaries that make a would-be subject a clause ("the
        campaign has reserved time …"), unless a relative clause holds them.
    infinitive_markers : words before a cue verb that make it an intention,
        not a statement ("is expected to say", "declined to say").
    naming_verbs : verbs that characterise their object with a quoted
        predicate ("called her “weak”", "calling the deal “a disaster”").
    adjunct_suffixes : endings of a participle that opens a manner adjunct after
        an attribution, not its content ("…, he said, wiping his face").
    reporting_particles : prepositions that introduce reported content after a
        verb that needs a complement (Arabic "أعلن عن", "حذر من").
    """

    verbs: dict[str, str]
    participles: frozenset[str] = frozenset()
    verb_first: bool = False
    complementizers: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    according_to: tuple[str, ...] = ()
    according_self: tuple[str, ...] = ()
    according_fillers: frozenset[str] = frozenset()
    pronouns: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    discourse: frozenset[str] = frozenset()
    passive_aux: frozenset[str] = frozenset()
    determiners: frozenset[str] = frozenset()
    performative_objects: tuple[str, ...] = ()
    performative_verbs: frozenset[str] = frozenset()
    subject_stop: frozenset[str] = frozenset()
    time_words: frozenset[str] = frozenset()
    speaker_nouns: frozenset[str] = frozenset()
    relativizers: frozenset[str] = frozenset()
    needs_complement: frozenset[str] = frozenset()
    cased: bool = True
    participle_splits: bool = False
    reporting_particles: frozenset[str] = frozenset()
    absolute_with: frozenset[str] = frozenset()
    coordinators: frozenset[str] = frozenset()
    expletives: frozenset[str] = frozenset()
    addressee_verbs: frozenset[str] = frozenset()
    preamble: re.Pattern | None = None
    trailing: frozenset[str] = frozenset()
    nominal_prefixes: tuple[str, ...] = ()
    adverb_suffixes: tuple[str, ...] = ()
    relay_verbs: frozenset[str] = frozenset()
    relay_particles: frozenset[str] = frozenset()
    quote_markers: frozenset[str] = frozenset()
    org_prepositions: frozenset[str] = frozenset()
    retrospective: frozenset[str] = frozenset()
    adjunct_suffixes: tuple[str, ...] = ()
    addressees: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    finite_aux: frozenset[str] = frozenset()
    noun_homographs: frozenset[str] = frozenset()
    person_relativizers: frozenset[str] = frozenset()
    name_joiners: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    number_words: frozenset[str] = frozenset()
    predicate_break: re.Pattern | None = None
    title_before: re.Pattern | None = None
    object_verbs: frozenset[str] = frozenset()
    teasers: tuple[str, ...] = ()
    credits: tuple[str, ...] = ()
    pointers: frozenset[str] = frozenset()
    joiners: frozenset[str] = frozenset()
    apposition_openers: frozenset[str] = frozenset()
    non_speakers: frozenset[str] = frozenset()
    possessive: re.Pattern | None = None
    possessive_tokens: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    reference_determiners: frozenset[str] = frozenset()
    list_joiners: frozenset[str] = frozenset()
    conjunction_clitics: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()


def attribution(code: str) -> Attribution:
    """The attribution tables of a language (English rules for unknown codes)."""
    from framing.languages import ar, en, ru

    table = {"en": en.ATTRIBUTION, "ar": ar.ATTRIBUTION, "ru": ru.ATTRIBUTION}
    return table.get(code, en.ATTRIBUTION)

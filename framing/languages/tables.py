"""The shape of a language's data: its :class:`Attribution` tables (how it
reports speech); its :class:`~framing.languages.language_table.Language`
(normalisation, morphology, negation) is in ``language_table``, its
:class:`~framing.languages.reference_table.Reference` tables (how it refers
back to someone) in ``reference_table``.

Every field is data a language module fills in; the code that reads them
(``framing.extract``, ``framing.lexicon``) holds no word of any language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable, Mapping, Sequence

from framing.languages.feeling_table import Feelings
from framing.languages.language_table import Language
from framing.languages.reference_table import Features, Reference

__all__ = ["Language", "Attribution", "Feelings", "Reference", "Features", "VERB_FORM_TAGS", "FINITE",
           "PAST_PARTICIPLE", "GERUND", "ATTRIBUTIVE", "INFINITIVE", "IMPERSONAL"]

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
class Attribution(Feelings):
    """How a language attributes speech, as data for ``framing.extract``.

    All word lists hold normalised forms (``Language.normalize``); Arabic
    entries are matched against proclitic-stripped token bases too.

    Attributes
    ----------
    cue_verbs : lemmas of the speech, cognition and evaluation verbs whose
        forms (from ``Language.verb_forms``) are cues on their own.
    phrasal : head lemma -> particles that make a phrasal cue with it
        ("call" + "for" is the cue "call for"); a head that is no cue alone
        is a cue only with one of them.
    bare_cues : lemmas whose bare form counts as finite without an auxiliary
        ("officials say"); other bare forms are nouns ("a report").
    gerund_needs_break : an adverbial participle is a cue only after a clause
        break, an opener or an absolute "with" ("…, adding that"), not as a
        noun or modifier ("no point talking about", "a stern warning").
    manner_openers : words before a participle that give the manner of the verb before it ("responded *by*
        saying that …"): the participle's content is that verb's.
    gerund_openers : words after which a participle opens an adverbial
        clause ("while welcoming", "and suggesting").
    as_markers : words that turn a following finite cue into a source phrase
        ("как заявил X, …").
    verbs : extra speech-verb forms the morphology lacks, one or more words,
        -> lemma.
    participles : extra participle forms the morphology lacks.
    what_relatives, imperfect_prefixes : "what"/"which" words after which a verb in the imperfect (by its
        prefix) is the relative's, not a speaker's: "ما يؤكد أن …" (which confirms), "مما يشير إلى …".
    comma_participles : participle forms that are also nouns, read as participles (-> lemma) only
        right after a comma (Arabic "…، مطالبة بـ …", where مطالبة is otherwise the masdar).
    ambiguous_forms : cue forms with a common other reading (Arabic كتب
        "books", ذكر "male"): cues only with a complement, as ``needs_complement``.
    report_prepositions : prepositions that place a passive report in a
        document ("в заявлении говорится", "сообщается на сайте").
    pronoun_suffixes : pronouns written on a particle ("منه", "عنه").
    first_person : subject words of the first and second person, which no
        report in narration has ("I'm not asking …" outside its marks).
    complement_distance : how many words after a verb a complementizer may
        stand and still open its content.
    comma_complementizer : a comma always stands before a complementizer (", что"), so one after a
        hearer, place or time ("сообщил журналистам, что …") ends no content.
    correlatives : pointers that stand for a following clause ("о том, что").
    intention_verbs : cue verbs that report no speech when an infinitive
        follows them directly ("asked to remain anonymous", not "asked the
        police to leave").
    feeling_verbs, needs_feeling, feeling_nouns, feeling_prepositions, feeling_case : what a
        feeling is about (:class:`~framing.languages.feeling_table.Feelings`).
    dative_outlets : an outlet named right before the verb is its addressee
        ("В пресс-службе завода «Медузе» сообщили"), not part of the subject.
    prepositional_clitics : prepositions written on their noun (Arabic بـ، لـ):
        such a word is never a subject ("نددت بالمتظاهرين").
    saying_verbs : the neutral verbs of saying ("said", "заявил", "قال"): after a
        source phrase they make it a relay ("According to Reuters, Guterres said …").
    determiner_complementizers : complementizers that are also determiners
        ("rejected that argument", "called that claim a lie").
    verb_first : True where the subject usually follows the verb (Arabic).
    complementizers : words opening reported content ("that", "أن").
    particles : words that may sit between verb and content ("for", "إلى").
    according_to : phrases that put the speaker after them ("according to X").
    according_self : such phrases with a pronoun for the speaker ("according to him").
    according_checked : such phrases that also mean "in accordance with" (Arabic "وفق"): a source only
        when a registry mention or a speaker, outlet or document noun follows.
    according_fillers : words between such a phrase and its speaker ("بحسب ما أفاد به X").
    citing : source phrases after a relayer that name whom it cites ("передает X со ссылкой на
        Y"): Y speaks, X only relays. Each must also be in ``according_to``.
    pronouns : subject words that refer back to the last speaker.
    anaphors : definite descriptions referring back to the last issuing actor
        ("the statement", "the ministry").
    discourse : clause-initial words that are never part of a subject.
    passive_aux : words that make a following verb passive ("been reported").
    passive_adverbs : adverbs that may stand between a passive auxiliary and its verb ("was widely
        reported"); with no auxiliary before them the verb is active ("Kovac previously said").
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
    cased : the script has case, so a capitalised verb form mid-sentence is a name (its
        ``Language.cased``).
    participle_splits : a participle ("مضيفاً أن") always opens a new statement;
        otherwise only when a quotation follows it ("adding: “…”").
    topic_verbs : verbs whose particle names a topic ("علّق على X"): with a saying
        participle after it ("…، قائلاً: …") only the participle's content is said.
    adverbial_endings : endings of a circumstantial participle ("واصفاً", "مرجحاً"): one
        ends the open statement before it, even where it opens none itself.
    absolute_with : words opening an absolute clause whose participle has its
        own subject ("with the union saying …").
    relay_as : a word that, with a participle, ends a relayed speaker ("the
        paper quoted Ortega as saying").
    passive_agents : what introduces the agent of a passive ("was quoted by Reuters as saying").
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
    affiliation_prepositions : prepositions that link a speaker noun right before them to the body it
        belongs to, named by a registry mention right after (Arabic "مسؤول كبير في X").
    retrospective : subjects that point back at the previous sentence as the
        content ("Об этом сообщил X"); retrospective_bare: those that point back only with no comma after
        them and no complement after the verb ("Так X прокомментировал …", not "Так, X заявил, что …").
    addressees : words that stand for the hearer after "told" with no
        complementizer ("told reporters the deal was dead", "told him it was over").
    teasers : phrases opening a "Read more" line, which holds no statement.
    credits : photo labels and agencies that make a paragraph a caption: opening it
        ("FILE PHOTO: …"), in brackets ending it ("(Photo: AFP)"), ending it as
        "Photo: Bloomberg", "REUTERS/Name" or alone after a full stop ("… . رويترز").
    pointers : words that make a content only point back ("denied that", "نفت ذلك").
    joiners : conjunctions left dangling at the end of a content ("…, and").
    apposition_openers : words opening an apposition that is not the speaker
        ("X, known as …, said").
    aside_openers : words opening an aside of place or time that another part follows
        ("X, at a rally in Lyon, France, said"); alone it may be the speaker's ("X, at the WHO, said").
    title_participles : participles that give a document's title ("an article headlined “…”"), whose
        words are its publisher's; titled_nouns: the writings that take one, beside the document nouns.
    affiliation_openers : prepositions before a named body that a speaker belongs to, not a
        passing aside ("X, at Amnesty International, said", "X, from Acme Corp, said").
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
        not speech ('on Channel 4's "Morning Desk,"').
    predicate_break : where a coordinated predicate of the speaker starts inside
        the content ("…, and criticized the party"), which ends the content.
    number_words : spelled-out numbers and quantifiers, which make a following
        noun homograph a noun ("all five states voting", "several states").
    document_nouns : subjects that report findings with a bare clause ("a poll
        shows Clinton leading"), after verbs that otherwise need a complement.
    name_joiners : lower-case words inside a capitalised name ("Secretary of State").
    person_relativizers : relative pronouns whose antecedent is a person, who
        then speaks ("Mr. Sanders, who said he would rest, …").
    gloss_relativizers : relative pronouns opening the writer's gloss that closes a content ("…, which
        includes …"); None: every relativizer but the complementizers; empty: none ("…, которые …").
    object_relativizers : relative pronouns that continue an evaluated object past its comma
        ("осудил аресты, которые проводят …"), which otherwise ends at the comma.
    comparatives : words before a participle that make it a comparison ("than expected", "as promised").
    noun_homographs : cue forms that are also nouns, never cues after a number
        ("11 states", "two reports"); other verbs are ("four in 10 said").
    finite_aux : auxiliaries that make a would-be subject a clause ("the
        campaign has reserved time …"), unless a relative clause holds them.
    infinitive_markers : words before a cue verb that make it an intention,
        not a statement ("is expected to say", "declined to say"), unless
        ``speaking_lead_in`` ends right before them ("went on to say").
    naming_verbs : verbs that characterise their object with a quoted
        predicate ("called her “weak”", "calling the deal “a disaster”").
    adjunct_suffixes : endings of a participle that opens a manner adjunct after
        an attribution, not its content ("…, he said, wiping his face").
    nested_reports : a report inside another speaker's report is a statement of
        its own when its speaker is another registry actor ("X said that Y had
        promised to …": Y's promise too).
    source_participles : source phrases that are participles ("citing"): a source
        phrase when a source follows ("citing officials"), else the participle
        of an object verb ("…, citing events abroad").
    relative_adverbs : adverbs opening a relative clause ("where", "when"), which
        with a quotation in it describes an object in the speaker's words.
    circumstantial : prepositions of the writer's circumstance ("amid"), which end
        reported content right after a closing quotation mark.
    call_verbs : calls and demands whose object alone is what is demanded, a
        statement however short ("urged calm", "called for restraint").
    reporting_particles : prepositions that introduce reported content after a
        verb that needs a complement (Arabic "أعلن عن", "حذر من").
    particle_reach : how many object words may stand before such a preposition, hearers, names and
        times aside ("рассказал журналистам в среду о …", not "прокомментировала слова посла об …").
    circumstance : how many leading words (normalised; with which are capitalised, and the text
        between each word and the one before) are a circumstance standing before a subject ("В беседе с журналистами Песков", "заявил
        на брифинге глава …"), 0 when none or when no subject follows; None where word order needs none.
    hearer : how many leading words (normalised; with the text before each word) name the hearer of a
        report by their case alone ("сообщил депутатам городской думы, что …", "заявил «Вестнику»
        директор …"), 0 when none; ``dependents=False`` leaves out the genitives after its noun.
    hearer_after : whether the last of an inverted subject's words is its hearer ("рассказал
        председатель банка губернатору").
    adverb_after_subject : whether a lower-case word between a subject and its verb belongs to the verb
        (an adverb, or an object pronoun: "Следователь сразу попросил", "Прокурор его поддержала").
    adverbs_before_subject : how many leading adverbs stand before a subject ("Тогда министр заявил").
    subordinators : conjunctions that open a new clause inside the words before a verb, whose subject
        speaks ("This comes as X called for …"); subordinator_blockers, the words before one that make it
        a comparison ("as well as", "such as").
    clause_subject : the subject of a sentence's first verb, as (first word, end) of the words given (with
        capitals and the text before each word), for a cue coordinated with that verb ("Губернатор области X
        назвала … и призвала …"); None when none is found; None where capitals find the name.
    clause_openers : conjunctions that open a clause of the narrator's inside a
        report ("ندد بالانتهاكات فيما أعلنت الحكومة …", "whereas"): a cue right after
        one is no part of the content before it.
    """

    verbs: Mapping[str, str] = field(default_factory=dict)
    participles: frozenset[str] = frozenset()
    comma_participles: Mapping[str, str] = field(default_factory=dict)
    what_relatives: frozenset[str] = frozenset()
    imperfect_prefixes: tuple[str, ...] = ()
    cue_verbs: frozenset[str] = frozenset()
    phrasal: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    bare_cues: frozenset[str] = frozenset()
    gerund_needs_break: bool = False
    gerund_openers: frozenset[str] = frozenset()
    manner_openers: frozenset[str] = frozenset()
    as_markers: frozenset[str] = frozenset()
    ambiguous_forms: frozenset[str] = frozenset()
    report_prepositions: frozenset[str] = frozenset()
    pronoun_suffixes: frozenset[str] = frozenset()
    first_person: frozenset[str] = frozenset()
    complement_distance: int = 12
    comma_complementizer: bool = False
    passive_agents: frozenset[str] = frozenset()
    determiner_complementizers: frozenset[str] = frozenset()
    saying_verbs: frozenset[str] = frozenset()
    prepositional_clitics: tuple[str, ...] = ()
    dative_outlets: bool = False
    intention_verbs: frozenset[str] = frozenset()
    correlatives: frozenset[str] = frozenset()
    verb_first: bool = False
    complementizers: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()
    according_to: tuple[str, ...] = ()
    according_self: tuple[str, ...] = ()
    according_fillers: frozenset[str] = frozenset()
    citing: tuple[str, ...] = ()
    pronouns: frozenset[str] = frozenset()
    anaphors: frozenset[str] = frozenset()
    discourse: frozenset[str] = frozenset()
    passive_aux: frozenset[str] = frozenset()
    passive_adverbs: frozenset[str] = frozenset()
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
    adverbial_endings: tuple[str, ...] = ()
    topic_verbs: frozenset[str] = frozenset()
    reporting_particles: frozenset[str] = frozenset()
    particle_reach: int = 8
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
    relay_as: frozenset[str] = frozenset()
    org_prepositions: frozenset[str] = frozenset()
    affiliation_prepositions: frozenset[str] = frozenset()
    retrospective: frozenset[str] = frozenset()
    retrospective_bare: frozenset[str] = frozenset()
    adjunct_suffixes: tuple[str, ...] = ()
    addressees: frozenset[str] = frozenset()
    naming_verbs: frozenset[str] = frozenset()
    infinitive_markers: frozenset[str] = frozenset()
    speaking_lead_in: re.Pattern | None = None
    finite_aux: frozenset[str] = frozenset()
    noun_homographs: frozenset[str] = frozenset()
    comparatives: frozenset[str] = frozenset()
    person_relativizers: frozenset[str] = frozenset()
    gloss_relativizers: frozenset[str] | None = None
    object_relativizers: frozenset[str] = frozenset()
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
    aside_openers: frozenset[str] = frozenset()
    affiliation_openers: frozenset[str] = frozenset()
    title_participles: frozenset[str] = frozenset()
    titled_nouns: frozenset[str] = frozenset()
    non_speakers: frozenset[str] = frozenset()
    possessive: re.Pattern | None = None
    possessive_tokens: frozenset[str] = frozenset()
    possessive_determiners: frozenset[str] = frozenset()
    reference_determiners: frozenset[str] = frozenset()
    list_joiners: frozenset[str] = frozenset()
    conjunction_clitics: tuple[str, ...] = ()
    articles: frozenset[str] = frozenset()
    call_verbs: frozenset[str] = frozenset()
    nested_reports: bool = False
    source_participles: frozenset[str] = frozenset()
    relative_adverbs: frozenset[str] = frozenset()
    circumstantial: frozenset[str] = frozenset()
    clause_openers: frozenset[str] = frozenset()
    according_checked: frozenset[str] = frozenset()
    circumstance: Callable[[Sequence[str], Sequence[bool], Sequence[str]], int] | None = None
    hearer: Callable[..., int] | None = None
    hearer_after: Callable[[Sequence[str], Sequence[bool]], bool] | None = None
    adverb_after_subject: Callable[[str], bool] | None = None
    adverbs_before_subject: Callable[[Sequence[str], Sequence[bool]], int] | None = None
    clause_subject: Callable[[Sequence[str], Sequence[bool], Sequence[str]], tuple[int, int] | None] | None = None
    subordinators: frozenset[str] = frozenset()
    subordinator_blockers: frozenset[str] = frozenset()

    @cached_property
    def relative_pronouns(self) -> frozenset[str]:
        """Relativizers that are not also complementizers ("who", "which"; not "that")."""
        return self.relativizers - self.complementizers

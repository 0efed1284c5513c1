"""English."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from framing.languages import en_roles
from framing.languages.en_clauses import SUBORDINATOR_BLOCKERS, SUBORDINATORS
from framing.languages.polarity_table import Polarity, verb_table
from framing.languages.tables import Attribution, Language, Reference

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def normalize(text: str) -> str:
    """Casefold, NFKC, one apostrophe."""
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()


NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "without", "neither", "nor", "n't", "cannot"})
# Negator-led phrases that affirm what follows ("not only terrorism but ...").
PSEUDO_NEGATORS = ("not only", "not just", "not least", "no doubt", "without doubt", "no matter",
                   "nothing but", "no alternative", "never before")

# Contrast ends a negator's scope: "not a protest but terrorism".
NEGATION_STOPS = frozenset({"but", "however", "although", "though", "yet", "instead", "rather", "whereas", "while"})



# Speech, cognition and evaluation verbs by lemma: their forms ("says", "said",
# "has said", "is saying", "adding") come from ``en_morphology`` and ``en_verbgroup``.
CUE_VERBS = frozenset({
    "accuse", "acknowledge", "add", "admit", "advocate", "affirm", "allege", "announce", "applaud", "argue",
    "ask", "assert", "assure", "believe", "blame", "blast", "boast", "brag", "call", "caution", "chant",
    "chide", "cite", "claim", "commend", "comment", "complain", "concede", "conclude", "condemn", "confirm",
    "congratulate", "contend", "criticise", "criticize", "declare", "decry", "demand", "denounce", "deny",
    "describe", "dispute", "echo", "emphasise", "emphasize", "endorse", "estimate", "expect", "explain",
    "express", "fear", "find", "hail", "highlight", "hope", "indicate", "inform", "insist", "joke", "lambaste",
    "lament", "laud", "maintain", "mention", "mock", "note", "observe", "pledge", "praise", "predict",
    "promise", "propose", "quip", "read", "reaffirm", "rebuke", "recall", "recommend", "recount", "reiterate",
    "reject", "remark", "remind", "reply", "report", "respond", "reveal", "ridicule", "say", "seek", "shout",
    "show", "slam", "speculate", "state", "stress", "suggest", "tell", "testify", "thank", "think", "threaten",
    "tout", "tweet", "underline", "urge", "vow", "want", "warn", "welcome", "wonder", "worry", "write",
    "contest", "repeat", "question", "quote", "label", "brand", "dub", "term", "extend", "voice",
    "hint", "disclose", "clarify", "submit", "elaborate",
})

# Cues of several words the morphology does not conjugate, by form: "made (it) clear", and stances
# with a copula ("is confident that", "was adamant that"), which need their clause.
STANCES = ("confident", "convinced", "adamant")
PHRASE_VERBS = {
    **{f"{verb}{it} clear": "make clear" for verb in ("make", "makes", "made") for it in ("", " it")},
    **{f"{copula} {stance}": f"be {stance}" for stance in STANCES
       for copula in ("is", "was", "are", "were", "been", "remains", "remained", "remain")},  # not after a modal
}

# Heads that make a cue with a particle ("called for", "pointed out", "spoke of");
# "call" is a cue alone too (as a naming verb: "called the vote a sham").
PHRASAL = {
    "appeal": ("for", "to",),
    "argue": ("for",),
    "ask": ("for",),
    "call": ("for", "on", "upon"),
    "comment": ("on",),
    "complain": ("about",),
    "hit": ("out at",),
    "lash": ("out at",),
    "point": ("out",),
    "push": ("for",),
    "rail": ("against",),
    "refer": ("to",),
    "speak": ("out against", "about", "of",),
    "talk": ("about",),
    "weigh": ("in on",),
    "write": ("about",),
}

# Bare forms double as nouns ("state television", "a report"); only these
# count without an auxiliary ("officials say", "witnesses tell").
BARE_CUES = frozenset({"say", "tell", "insist", "argue", "warn", "urge", "call for", "call on", "deny", "accuse", "claim",
                       "show", "find", "think", "believe"})

# Participles open an adverbial clause after these words ("while welcoming …", "and suggesting …").
GERUND_OPENERS = frozenset({"while", "after", "before", "when", "whilst", "upon", "and", "also", "again", "only", "by"})

# Photo credits: labels and agencies that open or end a caption ("FILE PHOTO: …", "… (Photo: AFP)",
# "… Photo: Bloomberg", "… REUTERS/Name"); agencies are written alike in every script.
CREDITS = ("Image", "Images", "Photo", "Photograph", "Picture", "AFP", "Reuters", "AP", "EPA", "Getty", "Anadolu",
           "Xinhua", "TASS", "Sputnik", "file")

ATTRIBUTION = Attribution(
    cue_verbs=CUE_VERBS | frozenset(PHRASE_VERBS.values()),
    verbs=PHRASE_VERBS,
    first_person=frozenset({"i", "you"}),
    relay_verbs=frozenset({"quote", "cite"}),
    relay_as=frozenset({"as"}),
    passive_agents=frozenset({"by"}),
    feeling_verbs=frozenset({"express", "extend", "voice", "convey", "offer"}),
    needs_feeling=frozenset({"extend", "voice"}),
    intention_verbs=frozenset({"ask", "want", "seek", "expect", "hope"}),
    feeling_nouns=frozenset({"concern", "concerns", "worry", "worries", "regret", "sympathy", "sympathies",
                             "condolences", "alarm", "dismay", "outrage", "disappointment", "satisfaction",
                             "solidarity", "support", "gratitude", "anger", "sorrow", "fears", "hope", "hopes",
                             "frustration", "indignation", "shock"}),
    feeling_prepositions=frozenset({"over", "about", "at", "for", "to", "regarding", "with", "on", "that"}),
    saying_verbs=frozenset({"say", "tell", "state", "add", "report", "announce", "write", "tweet", "note", "explain"}),
    determiner_complementizers=frozenset({"that"}),
    phrasal=PHRASAL,
    bare_cues=BARE_CUES,
    gerund_needs_break=True,
    gerund_openers=GERUND_OPENERS,
    manner_openers=frozenset({"by"}),
    verb_first=False,
    complementizers=frozenset({"that"}),
    particles=frozenset({"that", "for", "on", "of", "out"}),
    according_to=("according to", "as reported by", "citing"),
    according_self=("according to him", "according to her", "according to them", "in his words",
                    "in her words", "by his account", "by her account"),
    pronouns=frozenset({"he", "she", "it", "they", "we"}),
    anaphors=frozenset({"the statement", "the ministry", "the spokesperson", "the spokesman",
                        "the spokeswoman", "the official", "the minister", "the report", "the agency",
                        "the president", "the government", "the embassy", "the office", "the department",
                        "the communique", "the communiqué", "the source", "the post", "the tweet"}),
    discourse=frozenset({"furthermore", "moreover", "meanwhile", "however", "also", "but", "and", "so",
                         "although", "though", "because", "unless", "whereas",
                         "while", "whereas", "then", "separately", "earlier", "later", "instead", "still",
                         "yet", "indeed", "likewise", "similarly", "in", "on", "at", "after", "before",
                         "during", "since", "as", "when", "today", "yesterday", "tonight", "for", "by",
                         "with", "from", "last", "this", "speaking", "asked", "addressing", "if"}),
    passive_aux=frozenset({"been", "be", "being", "is", "are", "was", "were"}),
    passive_adverbs=frozenset({"widely", "previously"}),
    determiners=frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this",
                           "that", "these", "those", "unnamed", "newly", "s", "one"}),
    performative_objects=("state of emergency", "emergency rule", "curfew", "martial law", "war on",
                          "independence", "victory", "day of mourning", "days of mourning", "bankruptcy",
                          "ceasefire", "truce", "holiday", "the winner", "winner of"),
    performative_verbs=frozenset({"declare", "announce", "call", "state", "proclaim", "promise", "pledge", "vow", "threaten",
                                  "demand", "call for"}),
    subject_stop=frozenset({"on", "in", "at", "during", "to", "when", "after", "before", "while", "as",
                            "via", "through", "late", "early", "last", "yesterday", "today", "tonight",
                            "this", "that", "in"}),
    time_words=frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                          "today", "yesterday", "tonight", "morning", "evening", "night", "earlier",
                          "later", "late", "early", "last", "week", "month", "on", "january", "february",
                          "march", "april", "june", "july", "august", "september", "october",
                          "november", "december", "jan", "feb", "aug", "sept", "oct", "nov", "dec"}),
    speaker_nouns=frozenset({
        "witness", "witnesses", "official", "officials", "spokesperson", "spokesman", "spokeswoman",
        "source", "sources", "resident", "residents", "analyst", "analysts", "expert", "experts",
        "activist", "activists", "protester", "protesters", "protestor", "protestors", "demonstrators",
        "lawyer", "lawyers", "doctor", "doctors", "diplomat", "diplomats", "minister", "ministry",
        "police", "army", "military", "statement", "report", "reports", "agency", "media", "outlets",
        "government", "authorities", "leader", "leaders", "observers", "critics", "opposition",
        "organisers", "organizers", "organiser", "organizer", "group", "committee", "council", "office", "embassy", "president",
        "prime", "secretary", "chief", "head", "director", "correspondent", "reporter", "journalist",
        "journalists", "people", "man", "woman", "student", "students", "worker", "workers", "teacher",
        "farmer", "farmers", "union", "party", "spokespeople", "representative", "representatives",
        "mayor", "governor", "commander", "general", "prosecutor", "prosecutors", "judge", "court",
        "ngo", "charity", "monitor", "monitors", "watchdog", "newspaper", "channel", "television",
        "website", "tweet", "post", "communique", "communiqué", "declaration", "decree",
        # groups and shares of people, and the trades of political news
        "percent", "majority", "many", "most", "some", "others", "several", "few", "half",
        "voters", "voter", "supporters", "supporter", "delegates", "delegate", "aides", "aide", "adviser",
        "advisers", "advisor", "advisors", "strategist", "strategists", "participants", "members", "member",
        "lawmakers", "lawmaker", "legislators", "senator", "senators", "congressman", "congresswoman",
        "candidate", "candidates", "nominee", "campaign", "staff", "staffer", "staffers", "insiders",
        "economists", "economist", "scholars", "researchers", "professor", "historian", "pollster",
        "pollsters", "consultant", "consultants", "executive", "executives", "investigators", "regulators",
        "founder", "chairman", "chairwoman", "chair", "ceo", "attendees", "audience", "crowd", "veterans",
        "parents", "mother", "father", "citizens", "neighbors", "neighbours", "officers",
        "soldiers", "survey", "poll", "polls", "study", "documents", "filing", "letter", "memo", "email",
        "groups", "organizations", "organisations", "organization", "organisation", "campaigners", "advocates",
        "opponents", "allies", "rivals", "republicans", "democrats", "conservatives", "liberals", "progressives",
        "scientists", "nurses", "teachers", "unions", "companies", "company", "firms", "firm", "banks", "investors",
        "traders", "agencies", "ministries", "governments", "countries", "states",
        "defenders", "backers", "donors", "commentators", "pundits", "critic", "skeptics", "sceptics",
        "friends", "lobbyists", "foes", "colleagues", "relatives", "family", "families", "locals", "fans",
        "volunteers", "thirds", "fourths", "quarters", "respondents", "americans", "majorities",
    }),
    relativizers=frozenset({"that", "which", "who", "whom", "whose"}),
    # "read", "found" and "called" report speech only with a complement: "the statement read: “…”",
    # "the audit found that …", "called the claim “a scare tactic”" (not "police found a body").
    needs_complement=frozenset({"read", "find", "indicate", "hint", "disclose", "elaborate", "state", "call", "ask", "wonder", "believe", "think",
                                "show", *(f"be {stance}" for stance in STANCES),
                                "estimate", "conclude", "testify", "lament", "fear", "hope", "expect", "worry",
                                "submit", "clarify"}),
    absolute_with=frozenset({"with"}),
    coordinators=frozenset({"and", "but", "while", "whereas"}),
    expletives=frozenset({"it"}),
    # not "accuse": the accused is part of the accusation ("accused Brandt of taking bribes")
    addressee_verbs=frozenset({"tell", "inform", "assure", "call on", "urge", "warn", "remind"}),
    preamble=re.compile(
        r"(?:(?:in|on|at|during|via|through)\s+(?:(?:an?|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
        r"(?:statement|interview|briefing|conference|address|speech|post|tweet|video|message|broadcast|"
        r"Instagram|Facebook|Twitter|X|Telegram|television|TV|radio|"
        r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
        r"(?:\s+(?:with|to|on)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)?|(?:late|early)\s+\w+day)[\s,]+",
        re.I),
    trailing=frozenset({"has", "have", "had", "also", "later", "again", "then", "once", "would", "will",
                        "could", "further", "publicly", "repeatedly", "earlier", "reportedly", "previously",
                        "already", "never", "not", "did", "does", "do", "is", "was", "were", "are", "long",
                        "now", "just", "since", "still", "always", "often", "both", "all"}),
    adverb_suffixes=("ly",),
    retrospective=frozenset({"this was", "that was"}),
    adjunct_suffixes=("ing",),
    subordinators=SUBORDINATORS,
    subordinator_blockers=SUBORDINATOR_BLOCKERS,
    title_before=re.compile(r"(?:['’]s|\b(?:on|in|titled|called|named|show|program|programme|book|film|episode of))"
                            r",?[^\S\r\n]*$", re.I),
    object_verbs=frozenset({"criticize", "criticise", "praise", "welcome", "reject", "denounce", "slam", "blast", "endorse",
                            "mock", "hail", "decry", "applaud", "thank", "congratulate", "rebuke", "lambaste", "chide", "laud",
                            "commend", "ridicule", "dispute", "condemn", "mention", "cite", "propose", "tout", "express",
                            "echo", "recommend", "advocate", "want", "seek", "talk about", "speak about", "speak of",
                            "refer to", "comment on", "push for", "rail against", "lash out at", "hit out at",
                            "contest", "extend", "voice", "label", "brand", "dub", "term"}),
    predicate_break=re.compile(r",[^\S\r\n]+(?:and|but)[^\S\r\n]+(?:then[^\S\r\n]+|also[^\S\r\n]+|later[^\S\r\n]+)?[a-z]+ed\b"),
    # "asked whether …", "wondered if …": questions reported as content
    reporting_particles=frozenset({"whether", "if"}),
    naming_verbs=frozenset({"call", "label", "brand", "dub", "term", "describe"}),
    call_verbs=frozenset({"urge", "call for", "demand", "appeal for", "push for", "ask for"}),
    nested_reports=True,
    source_participles=frozenset({"citing"}),
    relative_adverbs=frozenset({"where", "when"}),
    circumstantial=frozenset({"amid", "amidst"}),
    infinitive_markers=frozenset({"to"}),
    # "went on to say", "took to Twitter to condemn": the subject speaks through the infinitive
    speaking_lead_in=re.compile(
        r"\b(?:(?:go|goes|going|gone|went)\s+on|(?:take|takes|took|taking|taken)\s+to\s+"
        r"(?:(?:his|her|its|their|the)\s+)?(?:social\s+media|Instagram|Facebook|Twitter|X|Telegram|Weibo|"
        r"YouTube|TikTok|television|TV|radio|the\s+airwaves)(?:\s+account)?)\s+$", re.I),
    person_relativizers=frozenset({"who", "whom", "whose"}),
    name_joiners=frozenset({"of", "the", "for"}),
    number_words=frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                            "twelve", "twenty", "dozen", "hundred", "thousand", "several", "many", "both",
                            "dozens", "hundreds", "thousands", "millions", "tens"}),
    document_nouns=frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
                              "data", "analysis", "figures", "research", "audit", "review", "investigation",
                              "projection", "average", "census", "tally", "count", "forecast", "model"}),
    noun_homographs=frozenset({"states", "reports", "claims", "calls", "notes", "comments", "remarks", "demands",
                               "pledges", "promises", "threats", "appeals", "tweets", "finds", "shows", "fears",
                               "hopes", "estimates", "statements"}),
    comparatives=frozenset({"than", "as"}),
    finite_aux=frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
                          "should", "did", "does", "must", "might", "may", "shall",
                          # the first halves of contractions, as tokens ("didn't" is "didn" + "t")
                          "didn", "doesn", "isn", "wasn", "hasn", "haven", "wouldn", "couldn", "aren", "weren",
                          "shouldn", "hadn"}),
    teasers=("read more", "read also", "read the full", "see also", "also see", "also read", "related:", "watch:"),
    credits=CREDITS,
    pointers=frozenset({"that", "this", "it", "so"}),
    joiners=frozenset({"and", "but", "while", "whereas", "as", "or"}),
    # and the subordinators of an adverbial aside ("Dolan, when asked about it, said")
    apposition_openers=frozenset({"known", "when", "while", "whilst", "after", "before", "once", "if", "although",
                                  "though", "despite", "upon"}),
    aside_openers=frozenset({"at", "in", "on", "during", "from"}),
    affiliation_openers=frozenset({"at", "from", "with"}),
    title_participles=frozenset({"headlined", "titled", "entitled"}),
    titled_nouns=frozenset({"article", "editorial", "story", "column", "piece", "commentary", "op-ed"}),
    non_speakers=frozenset({"it", "this", "there", "let"}),  # "Let me make clear …": an imperative
    possessive=re.compile(r"[’']s\s+(\w+)"),
    possessive_tokens=frozenset({"s"}),
    possessive_determiners=frozenset({"his", "her", "its", "their"}),
    reference_determiners=frozenset({"the", "this", "that", "its", "their"}),
    list_joiners=frozenset({"and", "but", "while", "whereas", "&", "as well as"}),
    articles=frozenset({"the"}),
    addressees=frozenset({"him", "her", "them", "me", "us", "you", "reporters", "journalists", "supporters",
                          "voters", "crowd", "audience", "lawmakers", "listeners", "viewers", "readers",
                          "members", "donors", "students", "congress", "parliament", "senators"}),
)

# The head lemmas morphology recognises: cues alone and heads of phrasal cues.
_HEADS = CUE_VERBS | frozenset(PHRASAL)


def _verb_forms(word: str) -> tuple[tuple[str, str], ...]:
    from framing.languages import en_morphology

    return en_morphology.verb_forms(word, _HEADS)


def _verb_group(words, i: int):
    return _group_of(tuple(words), i)


@lru_cache(maxsize=1 << 12)  # a clause prefix may hold tens of words: a few MiB at most
def _group_of(words: tuple[str, ...], i: int):
    # Cached: a clause's few words before a verb ("we must", "I have said") recur throughout a corpus.
    from framing.languages import en_verbgroup

    return en_verbgroup.verb_group(words, i, _HEADS)


LANGUAGE = Language(code="en", normalize=normalize, negators=NEGATORS, pseudo_negators=PSEUDO_NEGATORS,
                    negation_stops=NEGATION_STOPS, verb_forms=_verb_forms, verb_group=_verb_group)


REFERENCE = Reference(
    pronoun_features={"he": ("m", "sg"), "she": ("f", "sg"), "it": ("n", "sg"), "they": (None, "pl"),
                      "we": (None, "pl")},
    role_nouns=en_roles.ROLE_NOUNS,
    role_plurals=en_roles.ROLE_PLURALS,
    institution_nouns=frozenset({
        "ministry", "government", "office", "department", "embassy", "council", "commission", "committee",
        "administration", "authorities", "court", "parliament", "congress", "assembly", "bureau", "service",
        "cabinet", "presidency", "military", "army", "police", "party", "union", "mission", "consulate",
    }),
    document_nouns=frozenset({"statement", "communique", "communiqué", "declaration", "letter", "report", "post",
                              "tweet", "message", "decree", "resolution", "release", "memo", "note", "document",
                              "video", "address", "readout", "email", "e-mail", "filing", "op-ed", "interview"}),
    outlet_nouns=frozenset({"agency", "newspaper", "paper", "daily", "channel", "broadcaster", "network", "outlet",
                            "website", "magazine", "tabloid", "radio", "television", "tv", "station", "wire"}),
    titles={"mr": "m", "mrs": "f", "ms": "f", "miss": "f", "sir": "m", "dame": "f", "lady": "f", "lord": "m",
            "dr": None, "madam": "f"},
    indefinites=frozenset({"a", "an", "another"}),
    owner_links=frozenset({"by", "from", "of", "issued", "released", "published", "posted", "signed", "sent"}),
    possessive_marks=("'s", "’s", "'", "’"),
    person_descriptions=re.compile(r"(?:the\s+)?\d{1,3}-year-old", re.I),
    namers=("named", "called", "identified as", "by the name of", "who gave his name as", "who gave her name as",
            "who gave his name only as", "who gave her name only as"),
)


# Verbs that ascribe a label to what they name, and the word that must link it
# to the label ("smeared the families as extremists", "called us terrorists").
_ASCRIBING = {
    "smear": ("as",), "paint": ("as",), "portray": ("as",), "depict": ("as",), "cast": ("as",),
    "dismiss": ("as",), "vilify": ("as",), "demonize": ("as",), "demonise": ("as",), "stigmatize": ("as",),
    "stigmatise": ("as",), "slander": ("as",), "caricature": ("as",), "misrepresent": ("as",),
    "brand": (), "label": (), "dub": (), "accuse": ("of",), "call": ("us", "me"),
}


def _ascribing_forms() -> dict[str, tuple[str, ...]]:
    from framing.languages.en_morphology import paradigm

    forms = {verb: paradigm(verb) for verb in _ASCRIBING}
    for noun_too in ("brand", "label", "cast"):  # "a brand of", "the label": only the -ed and -ing forms ascribe
        forms[noun_too] = tuple(f for f in forms[noun_too] if f.endswith(("ed", "ing")) or f == "cast")
    forms["accuse"] = (*forms["accuse"], "accusation", "accusations")
    return verb_table(forms, _ASCRIBING)


POLARITY = Polarity(
    transparent=frozenset({
        "a", "an", "the", "any", "some", "such", "this", "that", "these", "those", "one", "single", "mere",
        "so", "very", "too", "really", "even", "just", "simply", "merely", "quite", "all", "more", "much",
        "exactly", "necessarily", "actually", "truly", "ever", "about", "be", "is", "are", "was", "were",
        "been", "being", "am",
        # modals, and the verbs of naming and deeming with their objects: "we do not call them terrorists",
        # "this cannot be described as terrorism" deny the label as "they are not terrorists" does
        "can", "could", "may", "might", "must", "should", "would", "call", "called", "calling", "describe",
        "described", "describing", "consider", "considered", "considering", "regard", "regarded", "label",
        "labelled", "labeled", "term", "termed", "deem", "deemed", "see", "view", "viewed", "as", "them", "him",
        "her", "it", "us", "me", "you",
        # prepositions: "not through violence", "not about terrorism"
        "through", "by", "via", "with", "from", "of", "in", "on", "into", "against", "for", "to",
    }),
    before=(("so", "called"), ("self", "styled"), ("self", "proclaimed"), ("alleged",), ("supposed",),
            ("purported",)),
    verbs=_ascribing_forms(),
)


# How an outlet reports a speaker, by the lemma of the cue: the classes of
# framing.languages.CUE_CLASSES (a lemma in none of them is "other").
CUE_CLASSES = {
    "neutral": ("say", "tell", "state", "add", "note", "report", "write", "explain", "elaborate", "comment", "respond", "reply",
                "announce", "mention", "indicate", "tweet", "quote", "cite", "describe", "recall", "recount",
                "remark", "observe", "inform", "read", "answer", "testify", "speak", "according to", "disclose"),
    "assertive": ("stress", "insist", "emphasise", "emphasize", "underline", "affirm", "reaffirm", "assert",
                  "declare", "reiterate", "maintain", "confirm", "highlight", "assure", "pledge", "vow", "promise",
                  "argue", "contend", "repeat", "make clear", "be adamant"),
    "doubt": ("claim", "allege", "purport"),
    "admission": ("admit", "acknowledge", "concede", "confess", "recognise", "recognize"),
    "denial": ("deny", "reject", "dispute", "refute", "contest"),
    "opinion": ("believe", "think", "consider", "feel", "suggest", "expect", "hope", "fear", "predict", "estimate",
                "speculate", "wonder", "worry", "find", "hint", "be confident", "be convinced"),
    "evaluative": ("condemn", "criticise", "criticize", "denounce", "praise", "hail", "welcome", "slam", "blast",
                   "decry", "lament", "applaud", "commend", "laud", "rebuke", "lambaste", "mock", "ridicule",
                   "blame", "accuse", "thank", "congratulate", "tout", "boast", "brag", "complain", "chide",
                   "express", "voice", "extend", "label", "brand", "dub", "term", "endorse", "question"),
    "directive": ("urge", "call", "demand", "ask", "appeal", "recommend", "propose", "warn", "caution", "threaten",
                  "seek", "push"),
}

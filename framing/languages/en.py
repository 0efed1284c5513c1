"""English."""

from __future__ import annotations

import re
import unicodedata

from framing.languages import Attribution, Language

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

LANGUAGE = Language(code="en", normalize=normalize, negators=NEGATORS, pseudo_negators=PSEUDO_NEGATORS,
                    negation_stops=NEGATION_STOPS)


# Speech verbs: lemma -> (3rd person present, past). Finite forms only; the
# bare lemma also counts ("officials say").
_VERBS = {
    "say": ("says", "said"), "add": ("adds", "added"), "stress": ("stresses", "stressed"),
    "state": ("states", "stated"), "tell": ("tells", "told"), "claim": ("claims", "claimed"),
    "call for": ("calls for", "called for"), "call on": ("calls on", "called on"),
    "urge": ("urges", "urged"), "warn": ("warns", "warned"), "report": ("reports", "reported"),
    "note": ("notes", "noted"), "announce": ("announces", "announced"), "declare": ("declares", "declared"),
    "insist": ("insists", "insisted"), "deny": ("denies", "denied"), "accuse": ("accuses", "accused"),
    "write": ("writes", "wrote"), "tweet": ("tweets", "tweeted"), "argue": ("argues", "argued"),
    "explain": ("explains", "explained"), "assert": ("asserts", "asserted"), "confirm": ("confirms", "confirmed"),
    "maintain": ("maintains", "maintained"), "acknowledge": ("acknowledges", "acknowledged"),
    "admit": ("admits", "admitted"), "emphasise": ("emphasises", "emphasised"),
    "emphasize": ("emphasizes", "emphasized"), "underline": ("underlines", "underlined"),
    "point out": ("points out", "pointed out"), "suggest": ("suggests", "suggested"),
    "vow": ("vows", "vowed"), "pledge": ("pledges", "pledged"), "promise": ("promises", "promised"),
    "threaten": ("threatens", "threatened"), "demand": ("demands", "demanded"),
    "appeal to": ("appeals to", "appealed to"), "appeal for": ("appeals for", "appealed for"), "blame": ("blames", "blamed"), "condemn": ("condemns", "condemned"),
    "allege": ("alleges", "alleged"), "affirm": ("affirms", "affirmed"), "reiterate": ("reiterates", "reiterated"),
    "reply": ("replies", "replied"), "respond": ("responds", "responded"), "comment": ("comments", "commented"),
    "remark": ("remarks", "remarked"), "observe": ("observes", "observed"), "recall": ("recalls", "recalled"),
    "reveal": ("reveals", "revealed"), "describe": ("describes", "described"), "predict": ("predicts", "predicted"),
    "caution": ("cautions", "cautioned"), "contend": ("contends", "contended"), "complain": ("complains", "complained"),
    "inform": ("informs", "informed"), "read": ("reads", "read"), "find": ("finds", "found"),
    "call": ("calls", "called"),
    # beliefs and findings: attributions only with a complement ("believes that …", "the poll showed that …")
    "believe": ("believes", "believed"), "think": ("thinks", "thought"), "show": ("shows", "showed"),
    "estimate": ("estimates", "estimated"), "conclude": ("concludes", "concluded"),
    "testify": ("testifies", "testified"), "lament": ("laments", "lamented"), "fear": ("fears", "feared"),
    # evaluations of a target, which news reports as statements ("criticized the ruling", "welcomed the deal")
    "criticize": ("criticizes", "criticized"), "criticise": ("criticises", "criticised"),
    "praise": ("praises", "praised"), "welcome": ("welcomes", "welcomed"), "reject": ("rejects", "rejected"),
    "denounce": ("denounces", "denounced"), "slam": ("slams", "slammed"), "blast": ("blasts", "blasted"),
    "endorse": ("endorses", "endorsed"), "mock": ("mocks", "mocked"),
    "hail": ("hails", "hailed"), "decry": ("decries", "decried"), "applaud": ("applauds", "applauded"),
    "thank": ("thanks", "thanked"), "congratulate": ("congratulates", "congratulated"),
    "rebuke": ("rebukes", "rebuked"), "lambaste": ("lambastes", "lambasted"), "chide": ("chides", "chided"),
    "laud": ("lauds", "lauded"), "commend": ("commends", "commended"), "ridicule": ("ridicules", "ridiculed"),
    "dispute": ("disputes", "disputed"),
    # more verbs of saying
    "mention": ("mentions", "mentioned"), "cite": ("cites", "cited"), "propose": ("proposes", "proposed"),
    "tout": ("touts", "touted"), "remind": ("reminds", "reminded"), "express": ("expresses", "expressed"),
    "echo": ("echoes", "echoed"), "recommend": ("recommends", "recommended"),
    "advocate": ("advocates", "advocated"), "boast": ("boasts", "boasted"), "brag": ("brags", "bragged"),
    "joke": ("jokes", "joked"), "quip": ("quips", "quipped"), "speculate": ("speculates", "speculated"),
    "concede": ("concedes", "conceded"), "recount": ("recounts", "recounted"),
    # what someone spoke about ("talked about immigration", "spoke of terrorists", "railed against …")
    "talk about": ("talks about", "talked about"), "speak about": ("speaks about", "spoke about"),
    "speak of": ("speaks of", "spoke of"), "refer to": ("refers to", "referred to"),
    "comment on": ("comments on", "commented on"), "push for": ("pushes for", "pushed for"),
    "argue for": ("argues for", "argued for"), "ask for": ("asks for", "asked for"),
    "rail against": ("rails against", "railed against"), "lash out at": ("lashes out at", "lashed out at"),
    "hit out at": ("hits out at", "hit out at"), "weigh in on": ("weighs in on", "weighed in on"),
    "speak out against": ("speaks out against", "spoke out against"),
    "complain about": ("complains about", "complained about"), "write about": ("writes about", "wrote about"),
    # wishes and aims reported of an actor ("Russia wants dialogue", "the EU seeks a ceasefire")
    "want": ("wants", "wanted"), "seek": ("seeks", "sought"),
    "ask": ("asks", "asked"), "indicate": ("indicates", "indicated"), "wonder": ("wonders", "wondered"),
    "hope": ("hopes", "hoped"), "expect": ("expects", "expected"), "worry": ("worries", "worried"), "assure": ("assures", "assured"), "shout": ("shouts", "shouted"), "chant": ("chants", "chanted"), "reaffirm": ("reaffirms", "reaffirmed"), "highlight": ("highlights", "highlighted"),
}

# Bare forms double as nouns ("state television", "a report"); only these
# are verbs often enough ("officials say", "witnesses tell").
_BARE = {"say", "tell", "insist", "argue", "warn", "urge", "call for", "call on", "deny", "accuse", "claim", "show",
         "find", "think", "believe"}

VERBS: dict[str, str] = {}
for _lemma, _forms in _VERBS.items():
    for _form in ((_lemma, *_forms) if _lemma in _BARE else _forms):
        VERBS[_form] = _lemma

# Photo credits in brackets end a caption ("(Photo: AFP)"); agencies are written alike in every script.
CREDITS = ("Image", "Images", "Photo", "AFP", "Reuters", "AP", "EPA", "Getty", "Anadolu", "Xinhua", "TASS",
           "Sputnik", "file")

ATTRIBUTION = Attribution(
    verbs=VERBS,
    participles=frozenset({"adding", "noting", "saying", "stressing", "stating", "warning", "insisting",
                           "explaining", "claiming", "calling for", "urging", "arguing", "stressing",
                           "emphasising", "emphasizing", "pointing out", "describing", "telling", "suggesting",
                           "announcing", "promising", "declaring", "acknowledging", "recalling", "predicting",
                           "vowing", "accusing", "blaming", "complaining", "conceding", "denying", "admitting",
                           "reiterating", "asserting", "contending", "replying", "responding", "confirming",
                           "tweeting", "writing", "asking", "calling", "questioning", "wondering", "criticizing",
                           "criticising", "praising", "welcoming", "rejecting", "denouncing", "endorsing",
                           "mentioning", "touting", "expressing", "proposing", "reminding", "joking", "boasting",
                           "recounting", "recommending", "echoing", "mocking", "decrying", "hailing",
                           "referring to", "talking about", "speaking of", "pushing for", "railing against"}),
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
    passive_aux=frozenset({"been", "be", "being", "is", "are", "was", "were", "widely", "previously"}),
    determiners=frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "my", "your", "this",
                           "that", "these", "those", "unnamed", "newly", "s", "one"}),
    performative_objects=("state of emergency", "emergency rule", "curfew", "martial law", "war on",
                          "independence", "victory", "day of mourning", "days of mourning", "bankruptcy",
                          "ceasefire", "truce", "holiday", "the winner", "winner of"),
    performative_verbs=frozenset({"declare", "announce", "declaring", "announcing", "call", "calling", "state",
                                  "proclaim", "promise", "pledge", "vow", "threaten", "demand", "call for"}),
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
    needs_complement=frozenset({"read", "find", "indicate", "state", "call", "calling", "ask", "asking", "wonder", "wondering", "believe", "think", "show", "estimate", "conclude",
                                "testify", "lament", "fear", "hope", "expect", "worry"}),
    absolute_with=frozenset({"with"}),
    coordinators=frozenset({"and", "but", "while", "whereas"}),
    expletives=frozenset({"it"}),
    addressee_verbs=frozenset({"tell", "inform", "assure", "call on", "urge", "accuse", "warn", "remind"}),
    preamble=re.compile(
        r"(?:(?:in|on|at|during|via|through)\s+(?:an?|the|his|her|its|their)?\s*(?:[\w-]+\s+){0,2}?"
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
    title_before=re.compile(r"(?:['’]s|\b(?:on|in|titled|called|named|show|program|programme|book|film|episode of))"
                            r",?[^\S\n]*$", re.I),
    object_verbs=frozenset({"criticize", "criticise", "praise", "welcome", "reject", "denounce", "slam", "blast",
                            "endorse", "mock", "hail", "decry", "applaud", "thank", "congratulate", "rebuke",
                            "lambaste", "chide", "laud", "commend", "ridicule", "dispute", "condemn", "mention",
                            "cite", "propose", "tout", "express", "echo", "recommend", "advocate", "want", "seek",
                            "talk about", "speak about", "speak of", "refer to", "comment on", "push for",
                            "rail against", "lash out at", "hit out at", "criticizing", "criticising", "praising",
                            "welcoming", "rejecting", "denouncing", "endorsing", "mentioning", "touting",
                            "expressing", "proposing", "mocking", "decrying", "hailing", "referring to",
                            "talking about", "speaking of", "pushing for", "railing against"}),
    predicate_break=re.compile(r",[^\S\n]+(?:and|but)[^\S\n]+(?:then[^\S\n]+|also[^\S\n]+|later[^\S\n]+)?[a-z]+ed\b"),
    # "asked whether …", "wondered if …": questions reported as content
    reporting_particles=frozenset({"whether", "if"}),
    naming_verbs=frozenset({"call", "calling"}),
    infinitive_markers=frozenset({"to"}),
    person_relativizers=frozenset({"who", "whom", "whose"}),
    name_joiners=frozenset({"of", "the", "for"}),
    number_words=frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
                            "twelve", "twenty", "dozen", "hundred", "thousand", "several", "many", "both"}),
    document_nouns=frozenset({"poll", "polls", "survey", "surveys", "study", "studies", "report", "reports",
                              "data", "analysis", "figures", "research", "audit", "review", "investigation",
                              "projection", "average", "census", "tally", "count", "forecast", "model"}),
    noun_homographs=frozenset({"states", "reports", "claims", "calls", "notes", "comments", "remarks", "demands",
                               "pledges", "promises", "threats", "appeals", "tweets", "finds", "shows", "fears",
                               "hopes", "estimates", "statements"}),
    finite_aux=frozenset({"has", "have", "had", "is", "are", "was", "were", "will", "would", "can", "could",
                          "should", "did", "does", "must", "might", "may", "shall",
                          # the first halves of contractions, as tokens ("didn't" is "didn" + "t")
                          "didn", "doesn", "isn", "wasn", "hasn", "haven", "wouldn", "couldn", "aren", "weren",
                          "shouldn", "hadn"}),
    teasers=("read more", "read also", "read the full", "see also", "related:", "watch:"),
    credits=CREDITS,
    pointers=frozenset({"that", "this", "it", "so"}),
    joiners=frozenset({"and", "but", "while", "whereas", "as", "or"}),
    apposition_openers=frozenset({"known"}),
    non_speakers=frozenset({"it", "this", "there"}),
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

"""English verb morphology: rules, the irregular table, their inversion, and verb groups."""

from __future__ import annotations

import pytest

from framing.languages import ATTRIBUTIVE, FINITE, GERUND, IMPERSONAL, INFINITIVE, PAST_PARTICIPLE, VERB_FORM_TAGS
from framing.languages.en import CUE_VERBS, LANGUAGE, PHRASAL, normalize
from framing.languages.en_morphology import (IRREGULAR, Conjugation, conjugate, head_lemmas, inflect, paradigm,
                                             verb_forms)
from framing.languages.en_verbgroup import AUXILIARIES, GOVERNS, VerbGroup, verb_group
from framing.text import token_spans

LEMMAS = head_lemmas(CUE_VERBS | frozenset(PHRASAL))
PP = PAST_PARTICIPLE


def _round_trip_misses(lemma: str) -> list[tuple[str, str]]:
    return [(form, tag) for tag, forms in inflect(lemma).items() for form in forms
            if (lemma, tag) not in verb_forms(form, {lemma})]


# (a) today's inventory -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("lemma", sorted(LEMMAS))
def test_every_form_of_an_inventory_verb_is_read_back_with_its_tag(lemma):
    assert _round_trip_misses(lemma) == []


@pytest.mark.parametrize("lemma", sorted(LEMMAS))
def test_the_language_reads_every_form_of_its_cue_verbs(lemma):
    """English's ``verb_forms`` (what cue detection calls) knows every form of every cue lemma."""
    generated = conjugate(lemma)
    for form in (*generated.present, *generated.past, *generated.past_participle, *generated.gerund):
        assert lemma in {found for found, _ in LANGUAGE.verb_forms(form)}, form


@pytest.mark.parametrize("lemma", sorted(IRREGULAR))
def test_every_form_of_an_irregular_verb_is_read_back(lemma):
    assert _round_trip_misses(lemma) == []


# (b) spelling ------------------------------------------------------------------------------------------------

SPELLING = [  # (word, lemma, every tag it has for that lemma)
    ("urged", "urge", (FINITE, PP)), ("urging", "urge", (GERUND,)), ("urges", "urge", (FINITE,)),
    ("denies", "deny", (FINITE,)), ("denied", "deny", (FINITE, PP)), ("denying", "deny", (GERUND,)),
    ("admitted", "admit", (FINITE, PP)), ("admitting", "admit", (GERUND,)), ("referred", "refer", (FINITE, PP)),
    ("regretted", "regret", (FINITE, PP)), ("echoes", "echo", (FINITE,)), ("vetoes", "veto", (FINITE,)),
    ("stressed", "stress", (FINITE, PP)), ("stresses", "stress", (FINITE,)),
    ("emphasised", "emphasise", (FINITE, PP)), ("criticized", "criticize", (FINITE, PP)),
    ("criticised", "criticise", (FINITE, PP)), ("cancelled", "cancel", (FINITE, PP)),
    ("canceled", "cancel", (FINITE, PP)), ("labelled", "label", (FINITE, PP)), ("labeled", "label", (FINITE, PP)),
    ("signalled", "signal", (FINITE, PP)), ("signaling", "signal", (GERUND,)),
    ("stopped", "stop", (FINITE, PP)), ("quipped", "quip", (FINITE, PP)), ("visited", "visit", (FINITE, PP)),
    ("offered", "offer", (FINITE, PP)), ("opened", "open", (FINITE, PP)), ("panicked", "panic", (FINITE, PP)),
    ("arguing", "argue", (GERUND,)), ("issuing", "issue", (GERUND,)), ("seeing", "see", (GERUND,)),
    ("agreeing", "agree", (GERUND,)), ("dyeing", "dye", (GERUND,)), ("lying", "lie", (GERUND,)),
    ("dying", "die", (GERUND,)), ("tying", "tie", (GERUND,)), ("quizzes", "quiz", (FINITE,)),
    ("say", "say", (FINITE, INFINITIVE)), ("says", "say", (FINITE,)), ("said", "say", (FINITE, PP)),
    ("told", "tell", (FINITE, PP)), ("wrote", "write", (FINITE,)), ("written", "write", (PP,)),
    ("spoke", "speak", (FINITE,)), ("spoken", "speak", (PP,)), ("thought", "think", (FINITE, PP)),
    ("sought", "seek", (FINITE, PP)), ("foresaw", "foresee", (FINITE,)), ("foreseen", "foresee", (PP,)),
    ("foretold", "foretell", (FINITE, PP)), ("withheld", "withhold", (FINITE, PP)),
    ("misunderstood", "misunderstand", (FINITE, PP)), ("swore", "swear", (FINITE,)), ("sworn", "swear", (PP,)),
    ("forecast", "forecast", (FINITE, PP, INFINITIVE)), ("forecasted", "forecast", (FINITE, PP)),
    ("read", "read", (FINITE, PP, INFINITIVE)), ("shown", "show", (PP,)), ("showed", "show", (FINITE, PP)),
    ("lay", "lie", (FINITE,)), ("lain", "lie", (PP,)), ("lied", "lie", (FINITE, PP)),
    ("relayed", "relay", (FINITE, PP)), ("behaved", "behave", (FINITE, PP)),
]


@pytest.mark.parametrize("word, lemma, tags", SPELLING)
def test_spelling(word, lemma, tags):
    assert verb_forms(word, {lemma}) == tuple((lemma, tag) for tag in tags)


@pytest.mark.parametrize("word, lemma", [("sayed", "say"), ("telled", "tell"), ("writed", "write"),
                                         ("speaked", "speak"), ("admited", "admit"), ("visitted", "visit"),
                                         ("stoped", "stop"), ("urgeing", "urge"), ("relaid", "relay")])
def test_misspelt_or_regularised_forms_are_not_read(word, lemma):
    assert verb_forms(word, {lemma}) == ()


@pytest.mark.parametrize("lemma, expected", [
    ("cancel", Conjugation("cancel", ("cancels",), ("cancelled", "canceled"), ("cancelled", "canceled"),
                        ("cancelling", "canceling"))),
    ("echo", Conjugation("echo", ("echoes",), ("echoed",), ("echoed",), ("echoing",))),
    ("lie", Conjugation("lie", ("lies",), ("lay", "lied"), ("lain", "lied"), ("lying",))),
    ("call for", Conjugation("call for", ("calls for",), ("called for",), ("called for",), ("calling for",))),
    ("understand", Conjugation("understand", ("understands",), ("understood",), ("understood",), ("understanding",))),
    ("begin", Conjugation("begin", ("begins",), ("began",), ("begun",), ("beginning",))),
])
def test_conjugate(lemma, expected):
    assert conjugate(lemma) == expected
    assert paradigm(lemma) == expected.forms


# (d) words that are no form of an accepted verb ---------------------------------------------------------------

@pytest.mark.parametrize("word", ["news", "series", "bed", "sing", "during", "thing", "nothing", "anything",
                                  "business", "morning", "evening", "wedding", "king"])
def test_non_verbs_are_not_read_as_inventory_verbs(word):
    assert verb_forms(word, LEMMAS) == ()


@pytest.mark.parametrize("word, stem", [("sing", "s"), ("bed", "b"), ("thing", "th"), ("during", "dur")])
def test_a_stem_with_no_vowel_or_one_letter_is_never_a_lemma(word, stem):
    assert verb_forms(word, {stem}) == ()


def test_the_lemma_set_is_what_keeps_news_from_new():
    assert verb_forms("news", {"new"}) == (("new", FINITE),)
    assert verb_forms("news", LEMMAS) == ()


def test_readings_are_sorted_and_filtered():
    assert verb_forms("found", {"find", "found"}) == (
        ("find", FINITE), ("find", PP), ("found", FINITE), ("found", INFINITIVE))
    assert verb_forms("found", {"find"}) == (("find", FINITE), ("find", PP))
    for word in ("said", "lay", "read", "found"):
        readings = verb_forms(word, {"say", "lie", "lay", "read", "find", "found"})
        assert list(readings) == sorted(readings, key=lambda r: (r[0], VERB_FORM_TAGS.index(r[1])))


def test_without_a_lemma_set_the_english_speech_verbs_are_accepted():
    assert verb_forms("said") == (("say", FINITE), ("say", PP))
    assert verb_forms("calling") == (("call", GERUND),)
    assert verb_forms("news") == ()
    assert verb_group(["he", "has", "said"], 2) == VerbGroup(1, "say", FINITE)


def test_head_lemmas_take_the_first_word_of_phrasal_verbs():
    assert {"call", "point", "lash", "speak"} <= LEMMAS
    assert "call for" not in LEMMAS


# (c) verb groups ---------------------------------------------------------------------------------------------

def _tokens(text: str) -> list[str]:
    return [normalize(text[start:end]) for start, end in token_spans(text)]


GROUPS = [  # (text, main verb, word the group starts at or None, tag)
    ("He is saying", "saying", "is", FINITE),
    ("She has warned", "warned", "has", FINITE),
    ("He had told reporters", "told", "had", FINITE),
    ("The minister would add", "add", "would", FINITE),
    ("She will say", "say", "will", FINITE),
    ("He did not say", "say", "did", FINITE),
    ("He didn't say", "say", "didn", FINITE),
    ("They won't say", "say", "won", FINITE),
    ("He has repeatedly said", "said", "has", FINITE),
    ("She has also warned", "warned", "has", FINITE),
    ("The ministry did not immediately respond", "respond", "did", FINITE),
    ("He does not believe", "believe", "does", FINITE),
    ("It would not say", "say", "would", FINITE),
    ("He has been saying", "saying", "has", FINITE),
    ("They will have said", "said", "will", FINITE),
    ("He's said", "said", "s", FINITE),
    ("She'd say", "say", "d", FINITE),
    ("She was told", "told", "was", IMPERSONAL),
    ("It is said that", "said", "is", IMPERSONAL),
    ("He has been told", "told", "has", IMPERSONAL),
    ("It's said", "said", "s", IMPERSONAL),
    ("After being told", "told", "being", IMPERSONAL),
    ("She is expected to say", "say", "to", INFINITIVE),
    ("He declined to say", "say", "to", INFINITIVE),
    ("He is said to have warned", "warned", "to", INFINITIVE),
    ("Saying", "saying", "saying", GERUND),
    ("Having said", "said", "having", GERUND),
    ("Officials say", "say", "say", FINITE),
    ("He said", "said", "said", FINITE),
    ("The family said", "said", "said", FINITE),
    ("He won praise", "praise", "praise", FINITE),
    ("The letter, written by", "written", "written", PP),
    ("The stated goal", "stated", "stated", ATTRIBUTIVE),
    ("Putin's stated aim", "stated", "stated", ATTRIBUTIVE),
    ("A widely reported remark", "reported", "reported", ATTRIBUTIVE),
    ("The report", "report", None, None),
    ("Its claims", "claims", None, None),
    ("The news", "news", None, None),
    ("Nothing", "nothing", None, None),
]


@pytest.mark.parametrize("text, verb, start, tag", GROUPS)
def test_verb_group(text, verb, start, tag):
    words = _tokens(text)
    group = verb_group(words, words.index(verb), LEMMAS)
    if start is None:
        assert group is None
    else:
        assert group == (words.index(start), group.lemma, tag)
        assert group.lemma in LEMMAS and (group.lemma, FINITE) in verb_forms(group.lemma, LEMMAS)


def test_verb_group_reports_the_lemma_and_prefers_the_reading_the_auxiliary_takes():
    words = ["the", "audit", "has", "found"]
    assert verb_group(words, 3, {"find", "found"}) == VerbGroup(2, "find", FINITE)
    assert verb_group(["police", "found", "a", "body"], 1, {"find"}) == VerbGroup(1, "find", FINITE)


def test_verb_group_reads_contractions_in_any_tokenisation():
    for words in (["he", "didn", "t", "say"], ["he", "did", "n't", "say"], ["he", "didn't", "say"]):
        assert verb_group(words, 3 if len(words) == 4 else 2, {"say"}) == VerbGroup(1, "say", FINITE)


def test_auxiliaries_table_is_consistent():
    assert {kind for aux in AUXILIARIES.values() for kind in aux.kinds} <= set(GOVERNS)
    assert {tag for aux in AUXILIARIES.values() for tag in aux.form} <= set(VERB_FORM_TAGS)
    for word in ("has", "had", "'ve", "is", "were", "been", "'re", "will", "'ll", "must", "did", "to"):
        assert word in AUXILIARIES

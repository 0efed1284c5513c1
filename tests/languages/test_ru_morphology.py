"""Russian speech-verb morphology: every form of every cue verb, specific forms, negatives, the cache."""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from framing.languages import ATTRIBUTIVE, FINITE, GERUND, IMPERSONAL, INFINITIVE
from framing.languages.ru import normalize
from framing.languages.ru_morphology import CUE_VERBS, IMPERSONAL_CUES, _lexeme, paradigm, verb_forms

# pymorphy3's part of speech -> the tag a form of that part of speech must carry.
POS_TAG = {"VERB": FINITE, "INFN": INFINITIVE, "GRND": GERUND, "PRTF": ATTRIBUTIVE, "PRTS": ATTRIBUTIVE}


def _dropped(tag) -> bool:
    """Readings left out on purpose: imperatives, adverbialised short present participles ("видимо")."""
    return "impr" in tag or (tag.POS == "PRTS" and {"pres", "neut", "sing"} in tag)


@pytest.mark.parametrize("cue", sorted(CUE_VERBS))
def test_every_form_of_every_cue_verb_is_recognised(cue):
    forms = set()
    for infinitive in CUE_VERBS[cue]:
        for form in _lexeme(infinitive):
            word = normalize(form.word)
            forms.add(word)
            if _dropped(form.tag):
                continue
            readings = verb_forms(word)
            assert (cue, POS_TAG[form.tag.POS]) in readings, (word, str(form.tag), readings)
            if form.tag.POS == "PRTS" and {"past", "neut", "sing"} in form.tag:
                assert (cue, IMPERSONAL) in readings, (word, readings)
    assert set(paradigm(cue)) == forms
    assert len(forms) > 20


def test_inventory_is_normalised_and_each_infinitive_has_one_cue():
    infinitives = [inf for infs in CUE_VERBS.values() for inf in infs]
    assert len(infinitives) == len(set(infinitives))
    for cue, infs in CUE_VERBS.items():
        assert infs[0] == cue
        assert all(normalize(inf) == inf and re.fullmatch(r"[а-я]+(ть|ти|чь)(ся)?", inf) for inf in infs), cue
    assert IMPERSONAL_CUES <= CUE_VERBS.keys()


# Today's hand-listed lemmas of ru.py (masculine past or 3rd person) -> the cue lemma that now covers them.
TODAYS_LEMMAS = [
    ("заявил", "заявить"), ("сообщил", "сообщить"), ("отметил", "отметить"), ("подчеркнул", "подчеркнуть"),
    ("добавил", "добавить"), ("написал", "написать"), ("призвал", "призвать"), ("предупредил", "предупредить"),
    ("сказал", "сказать"), ("говорил", "говорить"), ("считает", "считать"), ("пояснил", "пояснить"),
    ("уточнил", "уточнить"), ("указал", "указать"), ("констатировал", "констатировать"), ("обвинил", "обвинить"),
    ("опроверг", "опровергнуть"), ("отрицает", "отрицать"), ("потребовал", "потребовать"),
    ("напомнил", "напомнить"), ("признал", "признать"), ("рассказал", "рассказать"), ("передал", "передать"),
    ("выразил", "выразить"), ("назвал", "назвать"), ("объявил", "объявить"), ("подтвердил", "подтвердить"),
    ("возразил", "возразить"), ("ответил", "ответить"), ("пообещал", "пообещать"), ("настаивает", "настаивать"),
    ("утверждает", "утверждать"), ("осудил", "осудить"), ("пожаловался", "пожаловаться"), ("сообщает", "сообщить"),
    ("заключила", "заключить"), ("обращает", "обратить"),
]


@pytest.mark.parametrize(("word", "cue"), TODAYS_LEMMAS)
def test_todays_hand_listed_verbs_are_covered(word, cue):
    assert verb_forms(word) == ((cue, FINITE),)


FORMS = [
    # finite: any tense, person, number, gender, aspect; one cue lemma per aspect pair
    ("заявил", (("заявить", FINITE),)),
    ("заявила", (("заявить", FINITE),)),
    ("заявлял", (("заявить", FINITE),)),
    ("заявит", (("заявить", FINITE),)),
    ("заявляют", (("заявить", FINITE),)),
    ("сообщили", (("сообщить", FINITE),)),
    (normalize("признаёт"), (("признать", FINITE),)),  # признать (future) and признавать (present)
    ("скажет", (("сказать", FINITE),)),
    ("говорят", (("говорить", FINITE),)),
    ("ждут", (("ждать", FINITE),)),
    ("видит", (("видеть", FINITE),)),
    ("счел", (("считать", FINITE),)),
    ("опасается", (("опасаться", FINITE),)),
    ("жалуются", (("пожаловаться", FINITE),)),
    ("высказался", (("высказаться", FINITE),)),
    ("признался", (("признаться", FINITE),)),
    ("скажем", (("сказать", FINITE),)),  # also a parenthetical; every verbal reading counts
    ("заявите", (("заявить", FINITE),)),  # indicative as well as imperative
    ("извинился", (("извиниться", FINITE),)),
    ("извиняются", (("извиниться", FINITE),)),
    ("принесла", (("принести", FINITE),)),  # a cue only with "извинения" (ru.py phrasal)
    # gerunds
    ("заявив", (("заявить", GERUND),)),
    ("заявляя", (("заявить", GERUND),)),
    ("добавив", (("добавить", GERUND),)),
    ("подчеркнув", (("подчеркнуть", GERUND),)),
    ("отметив", (("отметить", GERUND),)),
    ("говоря", (("говорить", GERUND),)),
    ("считая", (("считать", GERUND),)),
    ("пожаловавшись", (("пожаловаться", GERUND),)),
    ("предостерегая", (("предостеречь", GERUND),)),
    # participles, full and short
    ("заявивший", (("заявить", ATTRIBUTIVE),)),
    ("заявлявший", (("заявить", ATTRIBUTIVE),)),
    ("заявленный", (("заявить", ATTRIBUTIVE),)),
    ("сообщаемый", (("сообщить", ATTRIBUTIVE),)),
    ("признаны", (("признать", ATTRIBUTIVE),)),
    ("уверен", (("уверить", ATTRIBUTIVE),)),
    # neuter short past passive: a personal passive or the agentless "в заявлении сказано"
    ("сказано", (("сказать", ATTRIBUTIVE), ("сказать", IMPERSONAL))),
    ("сообщено", (("сообщить", ATTRIBUTIVE), ("сообщить", IMPERSONAL))),
    ("заявлено", (("заявить", ATTRIBUTIVE), ("заявить", IMPERSONAL))),
    # infinitives
    ("заявить", (("заявить", INFINITIVE),)),
    ("заявлять", (("заявить", INFINITIVE),)),
    ("надеяться", (("надеяться", INFINITIVE),)),
    # the reflexive passive of a report
    ("сообщается", (("сообщить", IMPERSONAL),)),
    ("отмечается", (("отметить", IMPERSONAL),)),
    ("говорится", (("говорить", IMPERSONAL),)),
    ("сообщалось", (("сообщить", IMPERSONAL),)),
    ("отмечалось", (("отметить", IMPERSONAL),)),
    ("утверждается", (("утверждать", IMPERSONAL),)),
    (normalize("подчёркивается"), (("подчеркнуть", IMPERSONAL),)),
    ("указывается", (("указать", IMPERSONAL),)),
    ("заявляется", (("заявить", IMPERSONAL),)),
    ("считается", (("считать", IMPERSONAL),)),
    ("ожидается", (("ожидать", IMPERSONAL),)),
    # ambiguous within one lemma: 1pl present and a short participle
    ("видим", (("видеть", FINITE), ("видеть", ATTRIBUTIVE))),
]


@pytest.mark.parametrize(("word", "expected"), FORMS)
def test_specific_forms(word, expected):
    assert verb_forms(word) == expected


NOT_CUES = [
    # nouns and adjectives of cue roots
    "заявление", "сообщение", "заявитель", "признание", "говорливый", "передача", "заявлений", "обещание",
    "требование", "призыв", "ответ",
    # predicatives and adverbs that look like participles
    "видно", "видимо", "ожидаемо",
    # imperatives only
    "скажите", "заяви", "сообщи",
    # reflexives that are other verbs: not reports
    "продолжается", "полагается", "называется", "сказалось", "требуется", "сообщаются",
    # unrelated verbs, and утвердить (approve), not утверждать (claim)
    "поехал", "купил", "утвердил", "работает",
    # pronouns, function words, names, numbers, punctuation, Latin, nothing
    "он", "они", "мы", "что", "и", "в", "москва", "2024", ",", "said", "",
]


@pytest.mark.parametrize("word", NOT_CUES)
def test_not_a_cue_verb(word):
    assert verb_forms(word) == ()


def test_unknown_lemma_is_an_error_naming_the_table():
    with pytest.raises(LookupError, match="'заявление' is not a cue lemma; use a key of CUE_VERBS"):
        paradigm("заявление")


# Sentences written for this test, not taken from any article.
TEXT = """
Министр заявил журналистам, что переговоры продолжатся. Как сообщается, делегации встретятся в среду.
Представитель ведомства, отметив рост цен, подчеркнула, что правительство ждёт стабилизации.
В документе говорится о новых правилах; ранее сообщалось, что они вступят в силу летом.
Эксперты считают, что рынок восстановится, но опасаются новых санкций. Он признаёт ошибки и обещает
исправить их. Мэр пожаловался на погоду, добавив, что дороги расчистят к утру. Депутаты призвали коллег
поддержать закон, а оппозиция раскритиковала его. Купил хлеб, поехал домой, увидел соседа.
"""


def test_repeated_tokens_hit_the_cache():
    words = [normalize(w) for w in re.findall(r"\w+", TEXT)]
    tokens = (words * (100_000 // len(words) + 1))[:100_000]
    distinct = len(set(tokens))
    before = verb_forms.cache_info()
    found = sum(bool(verb_forms(token)) for token in tokens)
    after = verb_forms.cache_info()
    assert after.misses - before.misses <= distinct
    assert after.hits - before.hits >= len(tokens) - distinct
    assert found > 10_000


def test_import_does_not_load_pymorphy3():
    code = "import sys, framing.languages.ru_morphology; print('pymorphy3' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"


def test_word_forms_give_every_case_of_the_relative_pronoun():
    from framing.languages.ru_morphology import word_forms

    assert word_forms("который") == {"который", "которая", "которое", "которые", "которого", "которой", "котором",
                                     "которому", "которую", "которым", "которыми", "которых"}


@pytest.mark.parametrize("form", ["ведомстве", "ведомства", "представителя", "источники", "властей", "министерстве"])
def test_speaker_nouns_hold_every_case(form):
    from framing.languages import attribution

    assert form in attribution("ru").speaker_nouns

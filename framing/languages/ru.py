"""Russian: ё/е normalisation, Snowball stems, quote-dash attributions."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from framing.languages.polarity_table import Polarity, verb_table
from framing.languages.tables import Attribution, Language, Reference
from framing.languages.en import CREDITS

_FOLD = str.maketrans({"ё": "е", "’": "'", "‘": "'"})


def normalize(text: str) -> str:
    """NFKC, casefold, ё → е (Russian print uses both for the same letter)."""
    return unicodedata.normalize("NFKC", text).casefold().translate(_FOLD)


@lru_cache(maxsize=1 << 14)
def stem(word: str) -> str:
    """Snowball (Porter) Russian stem of a normalised word (nltk, no download needed)."""
    return _stemmer().stem(word) if len(word) > 3 else word


@lru_cache(maxsize=1)
def _stemmer():
    # Snowball's module alone: ``import nltk`` would pull in scipy and scikit-learn.
    from framing.nltk_modules import load

    return load("nltk.stem.snowball").SnowballStemmer("russian")


NEGATORS = frozenset({"не", "нет", "никогда", "ни", "без", "ничего", "никто", "нельзя", "никакой", "никакая", "никакое",
                      "никакие", "никакого", "никакой", "никаких", "никакому", "никаким", "никакими", "никакую"})
# Negator-led phrases that do not negate ("not only", "no doubt", "more than once").
PSEUDO_NEGATORS = ("не только", "не менее", "не раз", "нет сомнений", "без сомнения", "не исключено", "не секрет")
# Contrast ends a negator's reach: "не протест, а терроризм".
NEGATION_STOPS = frozenset({"но", "а", "однако", "зато", "хотя"})


# Speech verbs come from pymorphy3 (``ru_morphology``): every tense, aspect,
# gender, number, gerund and participle of an inventory lemma. (Imported here,
# below ``normalize``, which the morphology module uses.)
from framing.languages.ru_morphology import CUE_VERBS, verb_forms  # noqa: E402
from framing.languages.ru_morphology import agreement as _agreement, noun_features as _noun_features  # noqa: E402
from framing.languages.ru_morphology import instrumental_only, word_forms  # noqa: E402
from framing.languages.ru_phrases import (adverb_after_subject, adverbs_before_subject,  # noqa: E402
                                          circumstance, clause_subject, hearer, hearer_after)

# "по словам X", "по сообщениям X", "по его данным": the nouns of a source phrase with "по"
# (dative: singular and plural where both are used).
_SOURCE_NOUNS = ("словам", "данным", "информации", "мнению", "сведениям", "оценке", "оценкам", "сообщению",
                 "сообщениям", "заявлению", "утверждению", "версии", "подсчетам", "признанию", "заверению",
                 "заверениям", "убеждению")
# "передает X со ссылкой на Y", "сообщил X, ссылаясь на Y": Y is the source X relays
_CITING = ("со ссылкой на", "ссылаясь на")
# Stances with no verb of their own, by form -> lemma: predicative adjectives of conviction ("Песков
# уверен, что …") and a negated verb that asserts a possibility ("не исключил, что …"); each needs
# its complement ("уверен в победе" reports nothing).
_PHRASE_VERBS = {
    **{form: "быть уверенным" for form in ("уверен", "уверена", "уверены")},
    **{form: "быть убежденным" for form in ("убежден", "убеждена", "убеждены")},
    **{f"не {form}": "не исключить" for form in ("исключил", "исключила", "исключили", "исключает", "исключают",
                                                 "исключаем", "исключаю")},
}


def _attribution() -> Attribution:
    # every case, gender and number of "который": a relative clause's pronoun
    which = word_forms("который")
    return Attribution(
        cue_verbs=frozenset(CUE_VERBS) - {"выступить", "принести", "обратить"} | frozenset(_PHRASE_VERBS.values()),
        verbs=_PHRASE_VERBS,
        # "выступил за диалог", "выступают против": a stance; "выступил на концерте" is no statement;
        # "принесла извинения за …" is an apology, "принес цветы" none
        # "обратил внимание, что …" reports; "обратил взор на …" does not
        phrasal={"выступить": ("за", "против", "с заявлением"), "принести": ("извинения", "свои извинения"),
                 "обратить": ("внимание",)},
        as_markers=frozenset({"как"}),
        # "Иван Сидоров, который отметил …": the antecedent speaks
        person_relativizers=frozenset({"который", "которая", "которые"}),
        reporting_particles=frozenset({"о", "об", "про"}),
        particle_reach=1,
        correlatives=frozenset({"то", "том", "тем", "того"}),
        addressees=frozenset(normalize(w) for w in ("журналистам", "репортерам", "корреспондентам", "агентству",
                                                    "изданию", "телеканалу", "газете", "корреспонденту", "ему", "ей",
                                                    "им", "нам")),
        relay_verbs=frozenset({"процитировать"}),
        first_person=frozenset({"я", "ты", "вы"}),
        participle_splits=True,
        dative_outlets=True,
        feeling_verbs=frozenset({"выразить"}),
        feeling_nouns=frozenset(stem(normalize(w)) for w in (
            "обеспокоенность", "беспокойство", "озабоченность", "сожаление", "надежда", "уверенность", "солидарность",
            "поддержка", "соболезнования", "возмущение", "удовлетворение", "тревога", "недоумение", "разочарование")),
        feeling_prepositions=frozenset({"в", "по", "на", "за", "о", "об", "относительно"}),
        # the instrumental of nouns (and the feminine's adjectives): "обеспокоенность (массовыми) увольнениями";
        # not -ым/-им, also the dative plural of those to whom condolences go ("соболезнования погибшим")
        feeling_case=instrumental_only,
        saying_verbs=frozenset({"сказать", "заявить", "сообщить", "добавить", "написать", "отметить", "говорить",
                                "рассказать", "пояснить", "уточнить"}),
        # evaluations of a target: the content is the object ("осудил аресты", "приветствовал решение")
        object_verbs=frozenset({"осудить", "раскритиковать", "приветствовать", "поддержать", "обвинить", "упрекнуть",
                                "назвать", "опровергнуть", "отрицать", "оценить"}),
        verb_first=False,
        # "заявил, мол, …", "ответил: дескать, …": the particles of hearsay open the content as "что" does
        complementizers=frozenset({"что", "чтобы", "мол", "дескать"}),
        comma_complementizer=True,
        particles=frozenset({"к", "о", "об", "на"}),
        according_to=(*(f"по {noun}" for noun in _SOURCE_NOUNS), *(normalize(w) for w in (
            "как сообщает", "как сообщил", "как сообщила", "как сообщили", "как заявил", "как заявила",
            "как заявили", "как отметил", "как отметила", "как пишет", "как передает", "как передаёт",
            "согласно", "со слов", *_CITING,
        ))),
        according_self=(*(f"по {owner} {noun}" for owner in ("его", "ее", "их") for noun in _SOURCE_NOUNS),
                        *(f"с {owner} слов" for owner in ("его", "ее", "их"))),
        citing=_CITING,
        # subjects only: его, ее, их are possessives or objects ("их обвиняют", "его слова")
        pronouns=frozenset({"он", "она", "оно", "они", "мы"}),
        anaphors=frozenset(normalize(w) for w in ("в заявлении", "в сообщении", "ведомство", "в ведомстве",
                                                  "министерство", "в министерстве", "источник", "дипломат")),
        discourse=frozenset(normalize(w) for w in (
            "в", "во", "на", "также", "кроме", "того", "при", "этом", "однако", "но", "и", "а", "тем", "временем",
            "между", "позднее", "ранее", "затем", "сегодня", "вчера", "в свою очередь", "свою", "очередь", "же",
            "как", "так", "впрочем", "между тем",
            # the writer's own asides opening a sentence ("Напомним, …", "Отметим, …")
            "напомним", "отметим", "заметим", "добавим", "подчеркнем", "уточним",
        )),
        passive_aux=frozenset({"было", "был", "была", "были"}),
        determiners=frozenset(),
        performative_objects=tuple(normalize(w) for w in (
            "режим чс", "режим чрезвычайной", "чрезвычайное положение", "режим чрезвычайного", "комендантский час",
            "войну", "траур", "мобилизацию", "режим кто", "контртеррористической операции",
        )),
        subject_stop=frozenset(normalize(w) for w in (
            "журналистам", "репортерам", "агентству", "изданию", "телеканалу", "корреспонденту", "газете",
            "в", "во", "на", "по", "во время", "после", "перед", "при", "в ходе", "что", "сегодня", "вчера",
        )),
        time_words=frozenset(normalize(w) for w in (
            "сегодня", "вчера", "утром", "вечером", "днем", "ночью", "понедельник", "вторник", "среду", "четверг",
            "пятницу", "субботу", "воскресенье", "ранее", "позднее",
        )),
        # every case and number of each (pymorphy3): "в ведомстве подчеркнули", "представителя МИД"
        speaker_nouns=frozenset(form for w in (
            "представитель", "пресс-секретарь", "секретарь", "министр", "глава", "президент", "премьер", "премьер-министр",
            "источник", "источники", "эксперт", "эксперты", "аналитик", "аналитики", "депутат", "сенатор", "посол",
            "дипломат", "мид", "ведомство", "министерство", "полиция", "власти", "свидетель", "свидетели", "очевидец",
            "очевидцы", "житель", "жители", "местные", "участник", "участники", "протестующие", "демонстранты",
            "активист", "активисты", "правозащитники", "журналист", "корреспондент", "агентство", "издание",
            "телеканал", "газета", "канцелярия", "кремль", "пресс-служба", "служба", "организация", "совет",
            "комитет", "генсек", "генеральный", "спикер", "официальный", "лидер", "губернатор", "мэр", "прокурор",
            # the court: "После отказа следователь попросил …", "защитник подчеркнул"
            "следователь", "адвокат", "защитник", "судья", "председатель", "директор", "постпред",
            # officials and professionals named by their occupation: "Тогда политик говорил …"
            "политик", "чиновник", "руководитель", "начальник", "тренер", "врач", "ученый",
            # the military and rescuers, and the heads of Central Asian districts and cities
            "командир", "комбат", "военный", "спасатель", "хоким", "аким",
        ) for form in {normalize(w), *word_forms(normalize(w))}),
        relativizers=which | {"что"},
        # relative clauses in reported content are the speaker's ("устранить недостатки, которые выявила проверка …"),
        # and continue an evaluated object ("осудил аресты, которые проводят …")
        gloss_relativizers=frozenset(),
        object_relativizers=which,
        # "прокомментировал слова посла": the object is a topic, not what was said
        needs_complement=frozenset(normalize(w) for w in ("передать", "назвать", "выразить", "объявить", "рассказать",
                                                          "заключить",
                                                          "прокомментировать", *_PHRASE_VERBS.values())),
        cased=LANGUAGE.cased,
        coordinators=frozenset({"и", "а", "но"}),
        org_prepositions=frozenset({"в", "во"}),
        trailing=frozenset({"также", "уже", "вновь", "ранее", "еще", "не", "тоже", "сегодня", "вчера", "затем"}),
        adverb_suffixes=("но",),
        retrospective=frozenset({"об этом", "об этом же", "это", "о том", "так"}),
        # "Так X прокомментировал …" ("this is how X commented"); "Так, X заявил, что …" is a discourse marker
        retrospective_bare=frozenset({"так"}),
        report_prepositions=frozenset({"в", "во", "на"}),
        # documents that hold a passive report ("в заявлении говорится"), as Snowball stems
        document_nouns=frozenset({"заявлен", "сообщен", "коммюник", "документ", "письм", "доклад", "отчет", "публикац",
                                  "сайт", "канал", "блог", "комментар", "пресс-релиз", "обращен", "резолюц",
                                  "постановлен", "стат", "материал", "телеграм-канал", "видеообращен"}),
        teasers=("читайте также", "также по теме", "смотрите также", "подробнее", "по теме:"),
        credits=(*CREDITS, "Фото", "ТАСС", "РИА Новости", "Интерфакс"),
        pointers=frozenset({"это", "этого", "то"}),
        list_joiners=frozenset({"и", "а", "но", "&"}),
        # left dangling before the next speaker's clause ("…, и Токаев заявил")
        joiners=frozenset({"и", "а", "но", "однако", "или", "тогда как", "в то время как"}),
        # "В беседе с журналистами Песков", "заявил на брифинге глава …": where and when before a subject
        circumstance=circumstance,
        # «сообщил депутатам думы, что …», «заявил «Вестнику» директор …»: a hearer by its dative case (pymorphy3)
        hearer=hearer,
        hearer_after=hearer_after,
        # «Тогда министр», «Следователь сразу», «Прокурор его»: adverbs and object pronouns by their part of speech
        adverb_after_subject=adverb_after_subject,
        adverbs_before_subject=adverbs_before_subject,
        # «Глава завода встретился с рабочими и сообщил …»: the first verb's subject, by parts of speech
        clause_subject=clause_subject,
    )


def __getattr__(name: str) -> Attribution:
    """``ATTRIBUTION`` is built on first use: its word forms come from pymorphy3, whose dictionaries
    take about a second to load, which a corpus without Russian text should not pay."""
    if name == "ATTRIBUTION":
        globals()["ATTRIBUTION"] = value = _attribution()
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

LANGUAGE = Language(code="ru", normalize=normalize, stem=stem, negators=NEGATORS, pseudo_negators=PSEUDO_NEGATORS,
                    negation_stops=NEGATION_STOPS, verb_forms=verb_forms)


def _stems(*words: str) -> frozenset[str]:
    return frozenset(stem(normalize(w)) for w in words)


REFERENCE = Reference(
    pronoun_features={"он": ("m", "sg"), "она": ("f", "sg"), "оно": ("n", "sg"), "они": (None, "pl")},
    role_nouns=_stems("президент", "лидер", "глава", "министр", "представитель", "представительница", "дипломат",
                      "посол", "политик", "чиновник", "спикер", "пресс-секретарь", "генсек", "секретарь", "премьер",
                      "канцлер", "губернатор", "мэр", "депутат", "сенатор", "председатель", "руководитель", "начальник",
                      "хоким", "аким"),
    institution_nouns=_stems("министерство", "ведомство", "мид", "правительство", "администрация", "служба",
                             "пресс-служба", "комитет", "комиссия", "совет", "посольство", "канцелярия", "власти",
                             "руководство", "департамент", "управление", "полиция", "прокуратура", "суд", "кабмин"),
    document_nouns=_stems("заявление", "сообщение", "коммюнике", "документ", "письмо", "доклад", "отчет",
                          "публикация", "обращение", "резолюция", "пресс-релиз"),
    outlet_nouns=_stems("агентство", "газета", "издание", "телеканал", "канал", "радиостанция", "сайт", "портал",
                        "журнал", "информагентство"),
    titles={"господин": "m", "госпожа": "f",  # their cases through the lemma; the abbreviations' spelled out
            **dict.fromkeys(("г-н", "г-на", "г-ну", "г-ном", "г-не"), "m"),
            **dict.fromkeys(("г-жа", "г-жи", "г-же", "г-жу", "г-жой"), "f")},
    namers=("по имени", "по фамилии", "назвавшийся", "назвавшаяся", "представившийся", "представившаяся"),
    owner_links=frozenset({"от"}),
    agreement=_agreement,
    noun_features=_noun_features,
)


def _adjective(stem: str) -> tuple[str, ...]:
    """The forms of an adjective or participle in -ый ("называем" -> "называемый", "называемые", ...)."""
    return tuple(stem + ending for ending in ("ый", "ая", "ое", "ые", "ого", "ой", "ому", "ым", "ых", "ыми", "ую"))


# Verbs that ascribe a label, by the forms news uses, and the word that links
# the label ("выдать недовольство за терроризм", "называют нас экстремистами").
_ASCRIBING_FORMS = {
    "выдать": ("выдать", "выдал", "выдала", "выдало", "выдали", "выдаст", "выдадут", "выдав", "выдавать",
               "выдавал", "выдавала", "выдавали", "выдает", "выдают", "выдаем", "выдаете", "выдавая"),
    "представить": ("представить", "представил", "представила", "представили", "представят", "представлять",
                    "представляет", "представляют", "представлял", "представляла", "представляли", "представляя"),
    "называть": ("называть", "называют", "называет", "называл", "называла", "называли", "назвать", "назвал",
                 "назвала", "назвали", "назовут", "объявить", "объявили", "объявил", "объявила", "объявляют"),
    "клеймить": ("клеймить", "клеймят", "клеймит", "клеймил", "клеймили", "заклеймить", "заклеймил",
                 "заклеймила", "заклеймили"),
    "обвинять": ("обвинять", "обвиняют", "обвиняет", "обвинял", "обвиняли", "обвинить", "обвинил", "обвинила",
                 "обвинили", "обвинят", "обвинение", "обвинения", "обвинений", "обвинениями"),
    "записать": ("записать", "записали", "записал", "записала", "записывают", "записывает"),
}
_LINKERS = {"выдать": ("за",), "представить": ("как",), "называть": ("нас", "меня"), "обвинять": ("в",),
            "записать": ("в",)}

POLARITY = Polarity(
    transparent=frozenset({
        "это", "был", "была", "было", "были", "будет", "будут", "является", "являются", "являлся", "являлась",
        "являлось", "являлись", "просто", "совсем", "вовсе", "даже", "вообще", "совершенно", "абсолютно",
        "один", "одна", "одно", "одного", "одной", "какой", "какая", "какое", "какие", "какого", "каких",
        "такой", "такая", "такое", "такие", "такого", "таких",
        # the modal and the verbs of naming and deeming with their objects: "нельзя назвать это терроризмом",
        # "мы не считаем их террористами" deny the label as "они не террористы" does
        "можно", "назвать", "называть", "назвали", "называем", "называют", "считать", "считаем", "считаю",
        "считают", "считает", "считали", "рассматривать", "рассматриваем", "квалифицировать", "квалифицируем",
        "их", "его", "ее", "нас", "вас", "как",
        # prepositions: "не через насилие", "не о терроризме"
        "через", "о", "об", "в", "на", "с", "к", "по", "для", "от", "из", "про",
    }),
    before=(*((("так", form)) for form in _adjective("называем")), *((form,) for form in _adjective("мним")),
            *((form,) for form in _adjective("пресловут")), ("якобы",), ("псевдо",), ("лже",)),
    verbs=verb_table(_ASCRIBING_FORMS, _LINKERS),
)


# How an outlet reports a speaker, by the lemma of the cue (framing.languages.CUE_CLASSES).
CUE_CLASSES = {
    "neutral": ("сказать", "говорить", "заявить", "сообщить", "отметить", "добавить", "написать", "пояснить",
                "объяснить", "уточнить", "указать", "констатировать", "напомнить", "рассказать", "передать",
                "объявить", "ответить", "заметить", "продолжить", "резюмировать", "заключить", "обратить внимание", "процитировать",
                "проинформировать", "прокомментировать", "высказать", "высказаться", "выступить", "спросить",
                "поинтересоваться", "по словам"),
    "assertive": ("подчеркнуть", "акцентировать", "подтвердить", "настаивать", "заверить", "уверить"),
    "doubt": ("утверждать",),
    "admission": ("признать", "признаться", "согласиться", "допустить", "принести извинения", "извиниться"),
    "denial": ("опровергнуть", "отрицать", "возразить"),
    "opinion": ("считать", "полагать", "видеть", "ждать", "надеяться", "опасаться", "думать", "ожидать",
                "быть уверенным", "быть убежденным", "не исключить"),
    "evaluative": ("обвинить", "упрекнуть", "осудить", "раскритиковать", "критиковать", "похвалить",
                   "приветствовать", "поблагодарить", "выразить", "назвать", "поддержать"),
    "directive": ("призвать", "потребовать", "попросить", "предложить", "предупредить", "предостеречь",
                  "пригрозить", "угрожать", "пообещать"),
}


# Latin letters for Cyrillic ones, for readable ASCII ids ("Маркова" -> "markova").
_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f",
    "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu",
    "я": "ya", "і": "i", "ї": "yi", "є": "ye", "ґ": "g",
})


def transliterate(text: str) -> str:
    """Cyrillic in Latin letters (lower case), other characters as they are.

    >>> transliterate("Елена Маркова")
    'elena markova'
    """
    return text.casefold().translate(_LATIN)

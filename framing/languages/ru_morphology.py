"""Russian speech-verb morphology: which cue verb a word form belongs to, and how it is used.

A news report writes a speech verb in any of dozens of forms (заявил, заявляют,
заявив, заявивший, заявлено, сообщается …). Rather than listing them by hand,
:func:`verb_forms` asks pymorphy3 (OpenCorpora dictionary) for every reading of
a token and keeps the readings whose infinitive belongs to :data:`CUE_VERBS`,
tagged with the verb-form tags of :mod:`framing.languages`.

pymorphy3 is imported, and its analyzer built, on the first call only, so
importing this module stays cheap.

Decisions on forms that look like cues
--------------------------------------
* Every verbal reading counts whatever its score ("признает" is both признать
  and признавать; "скажем" is both a parenthetical and 1pl future: FINITE).
  Nouns and adjectives of the same roots never do (заявление, признание,
  передача, заявитель, говорливый), nor predicatives ("видно").
* Imperatives are dropped ("скажите", "заяви"): they order speech, they never
  report it. A form that is also indicative ("заявите") stays FINITE.
* Neuter short present passive participles are dropped ("видимо",
  "ожидаемо"): modern Russian uses them only as adverbs or parentheticals.
* A neuter short past passive participle ("сказано", "сообщено", "заявлено")
  is ATTRIBUTIVE and IMPERSONAL: with a subject it is a personal passive
  ("письмо написано"), without one it is the agentless report "в заявлении
  сказано, что …"; only the construction around it can tell.
* A reflexive form of a non-reflexive cue verb is IMPERSONAL only in the
  present 3rd singular or past neuter of the imperfective ("сообщается",
  "говорилось") and only for the verbs of :data:`IMPERSONAL_CUES`; the other
  reflexives are different verbs ("продолжается", "полагается",
  "называется", "сказалось" are no reports) and give nothing.
* Gerunds are GERUND even inside set phrases ("честно говоря", "не считая");
  the caller decides whether such a phrase reports anything.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING

from framing.languages import ATTRIBUTIVE, FINITE, GERUND, IMPERSONAL, INFINITIVE, VERB_FORM_TAGS


def normalize(text: str) -> str:
    """``framing.languages.ru.normalize``, looked up at call time: ``ru.py`` imports this module."""
    from framing.languages.ru import normalize as language_normalize

    return language_normalize(text)

if TYPE_CHECKING:
    from pymorphy3 import MorphAnalyzer
    from pymorphy3.analyzer import Parse
    from pymorphy3.tagset import OpencorporaTag

# Cue lemma -> the infinitives (normalised: lower case, ё -> е) that share it.
# The cue lemma is the perfective infinitive of an aspect pair, listed first.
# To add a verb: one line here (it must report speech, cognition, a call, an
# accusation, a denial, an evaluation, a promise or a threat) and one row in
# tests/languages/test_ru_morphology.py.
# Kept apart on purpose: сказать and говорить (a suppletive pair only in the
# sense "say"; говорить also means "speak, talk" and has its own perfective
# поговорить, and говорится is its impersonal), признать (admit) and
# признаться (confess), высказать (voice an opinion) and высказаться (speak
# out), ждать and ожидать (synonyms, not partners). считать keeps the
# imperfective as its cue lemma: its perfectives split by sense (счесть
# "deem", посчитать "count" or "deem").
CUE_VERBS: dict[str, tuple[str, ...]] = {
    # saying, writing, explaining
    "сказать": ("сказать",),
    "говорить": ("говорить",),
    "заявить": ("заявить", "заявлять"),
    "сообщить": ("сообщить", "сообщать"),
    "отметить": ("отметить", "отмечать"),
    "подчеркнуть": ("подчеркнуть", "подчеркивать"),
    "добавить": ("добавить", "добавлять"),
    "написать": ("написать", "писать"),
    "пояснить": ("пояснить", "пояснять"),
    "объяснить": ("объяснить", "объяснять"),
    "уточнить": ("уточнить", "уточнять"),
    "указать": ("указать", "указывать"),
    "констатировать": ("констатировать",),
    "напомнить": ("напомнить", "напоминать"),
    "рассказать": ("рассказать", "рассказывать"),
    "передать": ("передать", "передавать"),
    "объявить": ("объявить", "объявлять"),
    "ответить": ("ответить", "отвечать"),
    "заметить": ("заметить", "замечать"),
    "продолжить": ("продолжить", "продолжать"),
    "резюмировать": ("резюмировать",),
    # "заключил, что …", "«…», — заключил X"; never alone ("заключил договор": :data:`ru.ATTRIBUTION`'s needs_complement)
    "заключить": ("заключить", "заключать"),
    "акцентировать": ("акцентировать",),
    "процитировать": ("процитировать", "цитировать"),
    "проинформировать": ("проинформировать", "информировать"),
    "прокомментировать": ("прокомментировать", "комментировать"),
    "высказать": ("высказать", "высказывать"),
    "высказаться": ("высказаться", "высказываться"),
    "выступить": ("выступить", "выступать"),
    "спросить": ("спросить", "спрашивать"),
    "поинтересоваться": ("поинтересоваться",),
    "выразить": ("выразить", "выражать"),
    "назвать": ("назвать", "называть"),
    # confirming, denying, admitting, insisting
    "подтвердить": ("подтвердить", "подтверждать"),
    "опровергнуть": ("опровергнуть", "опровергать"),
    "отрицать": ("отрицать",),
    "возразить": ("возразить", "возражать"),
    "признать": ("признать", "признавать"),
    "признаться": ("признаться", "признаваться"),
    "согласиться": ("согласиться", "соглашаться"),
    "допустить": ("допустить", "допускать"),
    "утверждать": ("утверждать",),
    "настаивать": ("настаивать",),
    "заверить": ("заверить", "заверять"),
    "уверить": ("уверить", "уверять"),
    # calls, demands, warnings, threats, promises
    "призвать": ("призвать", "призывать"),
    "потребовать": ("потребовать", "требовать"),
    "попросить": ("попросить", "просить"),
    "предложить": ("предложить", "предлагать"),
    "предупредить": ("предупредить", "предупреждать"),
    "предостеречь": ("предостеречь", "предостерегать"),
    "пригрозить": ("пригрозить", "грозить"),
    "угрожать": ("угрожать",),
    "пообещать": ("пообещать", "обещать"),
    # accusations, evaluations, reactions
    "обвинить": ("обвинить", "обвинять"),
    "упрекнуть": ("упрекнуть", "упрекать"),
    "осудить": ("осудить", "осуждать"),
    "раскритиковать": ("раскритиковать", "критиковать"),
    "пожаловаться": ("пожаловаться", "жаловаться"),
    "посетовать": ("посетовать", "сетовать"),
    "приветствовать": ("приветствовать",),
    "поддержать": ("поддержать", "поддерживать"),
    "оценить": ("оценить", "оценивать"),
    "отреагировать": ("отреагировать", "реагировать"),
    "извиниться": ("извиниться", "извиняться"),
    # only in a phrasal cue ("принес извинения за то, что …", "обратил внимание, что …"), never alone
    "принести": ("принести", "приносить"),
    "обратить": ("обратить", "обращать"),
    # cognition: beliefs, expectations, fears ("видит в этом угрозу")
    "считать": ("считать", "счесть", "посчитать"),
    "полагать": ("полагать",),
    "предположить": ("предположить", "предполагать"),
    "видеть": ("видеть",),
    "ждать": ("ждать",),
    "ожидать": ("ожидать",),
    "надеяться": ("надеяться",),
    "опасаться": ("опасаться",),
    "сомневаться": ("сомневаться",),
}

# Cue lemmas whose imperfective reflexive reports with no agent: "сообщается,
# что …", "в документе говорится", "считалось, что …". Left out on purpose:
# verbs whose reflexive is another verb (полагается "is due", называется "is
# called", продолжается "goes on", требуется "is needed", допускается "is
# allowed", передается "is transmitted", признается "confesses").
IMPERSONAL_CUES: frozenset[str] = frozenset({
    "говорить", "заявить", "констатировать", "ожидать", "отметить", "подчеркнуть", "пояснить",
    "предположить", "рассказать", "сообщить", "считать", "указать", "утверждать", "уточнить",
})

# infinitive -> cue lemma
_CUE_OF: dict[str, str] = {infinitive: cue for cue, infinitives in CUE_VERBS.items() for infinitive in infinitives}
_TAG_ORDER = {tag: i for i, tag in enumerate(VERB_FORM_TAGS)}
_VERBAL = frozenset({"VERB", "INFN", "GRND", "PRTF", "PRTS"})


@cache
def analyzer() -> MorphAnalyzer:
    # Built once, on first use: the import and the dictionary load cost time and memory.
    import pymorphy3

    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=1 << 14)
def verb_forms(word: str) -> tuple[tuple[str, str], ...]:
    """Every reading of a token as a form of a speech or cognition verb of :data:`CUE_VERBS`.

    Parameters
    ----------
    word : str
        One token, normalised as :func:`framing.languages.ru.normalize` gives
        it (casefolded, ё → е).

    Returns
    -------
    tuple of (str, str)
        ``(cue lemma, tag)`` pairs, tags from :data:`framing.languages.VERB_FORM_TAGS`,
        sorted by lemma then tag order; ``()`` when no reading is a cue verb.

    Examples
    --------
    >>> verb_forms("заявляют")
    (('заявить', 'finite'),)
    >>> verb_forms("добавив")
    (('добавить', 'gerund'),)
    >>> verb_forms("сказано")
    (('сказать', 'attributive'), ('сказать', 'impersonal'))
    >>> verb_forms("сообщается")
    (('сообщить', 'impersonal'),)
    >>> verb_forms("заявление")
    ()
    """
    if not word:
        return ()
    readings: set[tuple[str, str]] = set()
    for parse in analyzer().parse(word):
        readings.update(_readings(normalize(parse.normal_form), parse.tag))
    return tuple(sorted(readings, key=lambda reading: (reading[0], _TAG_ORDER[reading[1]])))


def _readings(infinitive: str, tag: OpencorporaTag) -> tuple[tuple[str, str], ...]:
    """The (cue lemma, tag) readings of one pymorphy3 parse (see the module docstring)."""
    pos = tag.POS
    if pos not in _VERBAL:
        return ()
    cue = _CUE_OF.get(infinitive)
    if cue is None:
        return _impersonal_reflexive(infinitive, tag)
    if pos == "VERB":
        return () if "impr" in tag else ((cue, FINITE),)
    if pos == "INFN":
        return ((cue, INFINITIVE),)
    if pos == "GRND":
        return ((cue, GERUND),)
    if pos == "PRTS" and {"neut", "sing"} in tag:
        if "pres" in tag:
            return ()
        return ((cue, ATTRIBUTIVE), (cue, IMPERSONAL))
    return ((cue, ATTRIBUTIVE),)


def _impersonal_reflexive(infinitive: str, tag: OpencorporaTag) -> tuple[tuple[str, str], ...]:
    """"сообщается", "говорилось": the agentless reflexive passive of an :data:`IMPERSONAL_CUES` verb."""
    if tag.POS != "VERB" or not infinitive.endswith("ся") or "impf" not in tag:
        return ()
    cue = _CUE_OF.get(infinitive[:-2])
    if cue is None or cue not in IMPERSONAL_CUES:
        return ()
    if {"pres", "3per", "sing"} in tag or {"past", "neut", "sing"} in tag:
        return ((cue, IMPERSONAL),)
    return ()


def paradigm(lemma: str) -> tuple[str, ...]:
    """Every normalised word form of every infinitive that shares a cue lemma.

    Parameters
    ----------
    lemma : str
        A key of :data:`CUE_VERBS`.

    Returns
    -------
    tuple of str
        The forms of pymorphy3's lexemes of those infinitives (finite forms,
        imperatives, participles, gerunds, the infinitives), normalised,
        deduplicated and sorted. Impersonal reflexives ("сообщается") belong
        to another lexeme and are not included.

    Raises
    ------
    LookupError
        If ``lemma`` is not a cue lemma.

    Examples
    --------
    >>> forms = paradigm("заявить")
    >>> {"заявил", "заявляют", "заявив", "заявивший", "заявлено", "заявлять"} <= set(forms)
    True
    >>> paradigm("заявление")
    Traceback (most recent call last):
    ...
    LookupError: 'заявление' is not a cue lemma; use a key of CUE_VERBS, e.g. 'заявить'
    """
    if lemma not in CUE_VERBS:
        raise LookupError(f"{lemma!r} is not a cue lemma; use a key of CUE_VERBS, e.g. 'заявить'")
    forms = {normalize(form.word) for infinitive in CUE_VERBS[lemma] for form in _lexeme(infinitive)}
    return tuple(sorted(forms))


def _lexeme(infinitive: str) -> list[Parse]:
    """pymorphy3's lexeme of an infinitive of the inventory, found by its INFN parse."""
    for parse in analyzer().parse(infinitive):
        if parse.tag.POS == "INFN" and normalize(parse.normal_form) == infinitive:
            return list(parse.lexeme)
    raise LookupError(f"pymorphy3 does not know {infinitive!r} as an infinitive; fix its entry in CUE_VERBS")


@cache
def word_forms(lemma: str) -> frozenset[str]:
    """Every normalised form of a word's lexeme (all genders, numbers and cases of a pronoun).

    Examples
    --------
    >>> sorted(word_forms("который"))[:4]
    ['которая', 'которого', 'которое', 'которой']
    >>> len(word_forms("который"))
    12
    """
    parse = analyzer().parse(lemma)[0]
    return frozenset(normalize(form.word) for form in parse.lexeme)


_GENDERS = {"masc": "m", "femn": "f", "neut": "n"}
_NUMBERS = {"sing": "sg", "plur": "pl"}


@lru_cache(maxsize=1 << 14)
def agreement(word: str) -> tuple[str | None, str | None]:
    """The gender and number a verb form agrees with, from its most likely verbal parse.

    Examples
    --------
    >>> agreement("заявила"), agreement("заявили"), agreement("заявил")
    (('f', 'sg'), (None, 'pl'), ('m', 'sg'))
    """
    for parse in analyzer().parse(word):
        if parse.tag.POS in ("VERB", "PRTF", "PRTS"):
            return _GENDERS.get(parse.tag.gender), _NUMBERS.get(parse.tag.number)
    return None, None


@lru_cache(maxsize=1 << 14)
def noun_features(word: str) -> tuple[str | None, str | None]:
    """The gender and number of a noun or name in a mention ("Захарова": female, "МИД": unknown).

    Examples
    --------
    >>> noun_features("захарова"), noun_features("песков"), noun_features("стрельцов")
    (('f', 'sg'), ('m', 'sg'), (None, None))
    """
    for parse in analyzer().parse(word):
        tag = parse.tag
        if tag.POS != "NOUN" or tag.case != "nomn":
            continue  # a subject is in the nominative; "стрельцов" is also a genitive plural
        if "Surn" in tag or "Name" in tag:
            return _GENDERS.get(tag.gender), _NUMBERS.get(tag.number)
        if "anim" in tag:
            return None, _NUMBERS.get(tag.number)  # a role's grammatical gender is not its holder's ("политик")
    return None, None


@lru_cache(maxsize=1 << 14)
def instrumental_only(word: str) -> bool:
    """Whether every reading of a word is in the instrumental: what a feeling right before it is about
    ("обеспокоенность увольнениями"), not whose it is ("озабоченность российской стороны": genitive
    too) nor to whom ("соболезнования погибшим": dative too).

    Examples
    --------
    >>> instrumental_only("увольнениями"), instrumental_only("российской"), instrumental_only("погибшим")
    (True, False, False)
    """
    cases = {parse.tag.case for parse in analyzer().parse(word)}
    return cases == {"ablt"}

"""Russian phrase shapes read through pymorphy3 cases: the circumstance before a subject.

A Russian report often puts where and when before its subject, on either side
of the verb: «В беседе с журналистами Песков отметил …», «На брифинге
председатель банка заявила …», «Как заявил в понедельник, 15 января,
пресс-секретарь …», «заявил на брифинге глава министерства …». The
circumstance is a chain of prepositional phrases and dates; the subject is
the first word after it that can be in the nominative. :func:`circumstance`
measures that chain, so the shared constructions can skip it without knowing
a word of Russian.

Decisions
---------
* A preposition is a word whose most likely reading is a preposition
  («в», «на», «с», «после», «во время» as «во» + its object).
* Its object is the next noun, with the adjectives before it that cannot be
  nominative («на сегодняшнем брифинге»); its dependents follow it: words with
  no nominative reading («с главой министерства Турции»), a lower-case word
  whose likeliest reading is oblique, an abbreviation or place name that can
  be a genitive («в интервью агентству РИА»), and a capitalised name in the
  object's own oblique case («с главой … Мевлютом …», an apposition).
* A date («15 января») and a time adverb («сегодня», «вчера») belong to the
  circumstance; a comma may stand only around a date («в понедельник, 15
  января, пресс-секретарь …»).
* Nothing is skipped unless a word that can be nominative follows the chain:
  «В МИД России заявили» keeps its organisation as the speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from framing.languages.ru_morphology import analyzer

_MONTHS = frozenset({"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
                     "октября", "ноября", "декабря"})
_OBLIQUE = frozenset({"datv", "ablt", "loct"})  # the cases of an object an apposition repeats (not accs, gent)
_NAMED = frozenset({"Abbr", "Orgn", "Geox"})
_MAX_WORDS = 24
_BREAK = re.compile(r"[,;:—–]|\s-\s")
_QUOTE_OPEN = re.compile(r"[«„“\"]")


@lru_cache(maxsize=1 << 14)
def _parses(word: str) -> tuple[tuple[str, str | None, frozenset[str], float], ...]:
    """(part of speech, case, grammemes, score) of every reading of a word."""
    return tuple((str(p.tag.POS), p.tag.case, frozenset(p.tag.grammemes), p.score) for p in analyzer().parse(word))


def _top(word: str) -> tuple[str, str | None, frozenset[str], float]:
    return _parses(word)[0]


def _preposition(word: str) -> bool:
    return bool(_parses(word)) and _top(word)[0] == "PREP"


def _cases(word: str) -> frozenset[str | None]:
    return frozenset(case for _, case, _, _ in _parses(word))


def can_be_nominative(word: str, capitalised: bool) -> bool:
    """Whether a word may open a subject: a reading in the nominative, or a capitalised word pymorphy3
    cannot decline (a foreign name)."""
    if word.isdigit():
        return False
    if "nomn" in _cases(word):
        return True
    return capitalised and all(pos in ("LATN", "UNKN", "None") or "Fixd" in tags for pos, _, tags, _ in _parses(word))


def _nominal(word: str) -> bool:
    return _top(word)[0] in ("NOUN", "NPRO", "LATN", "UNKN", "NUMB", "None") or "Fixd" in _top(word)[2]


def _modifier(word: str) -> bool:
    """An adjective, participle or possessive that cannot be nominative: its noun follows in its case."""
    pos = _top(word)[0]
    return pos in ("ADJF", "PRTF") and "nomn" not in _cases(word)


def _dependent(word: str, capitalised: bool, case_of_object: frozenset[str | None]) -> bool:
    """A word that continues a prepositional phrase after its object (see the module docstring)."""
    if _preposition(word) or word.isdigit():
        return False
    cases = _cases(word)
    if "nomn" not in cases and not can_be_nominative(word, capitalised):
        return True
    if capitalised:
        named = any(tags & _NAMED and case == "gent" for _, case, tags, _ in _parses(word))
        return named or bool(cases & case_of_object & _OBLIQUE)
    return _top(word)[1] not in ("nomn", None)


def _foreign_before_name(words: Sequence[str], capitalised: Sequence[bool], breaks: Sequence[bool], i: int) -> bool:
    """«в интервью RT Лавров»: a foreign name pymorphy3 cannot decline, right before a capitalised subject."""
    return (capitalised[i] and _top(words[i])[0] in ("LATN", "UNKN", "None") and i + 1 < len(words)
            and capitalised[i + 1] and not breaks[i + 1] and "nomn" in _cases(words[i + 1]))


def _date(words: Sequence[str], i: int) -> int:
    """How many words of a date or time adverb start at ``i`` («15 января», «сегодня»)."""
    if i + 1 < len(words) and words[i].isdigit() and words[i + 1] in _MONTHS:
        return 2
    if i < len(words) and _parses(words[i]) and _top(words[i])[0] == "ADVB" and "Dmns" not in _top(words[i])[2] \
            and any("Qual" not in tags for _, _, tags, _ in _parses(words[i])):
        return 1 if _top(words[i])[3] > 0.5 else 0
    return 0


def circumstance(words: Sequence[str], capitalised: Sequence[bool], gaps: Sequence[str]) -> int:
    """How many leading words are a circumstance before a subject (0 when none, or no subject follows).

    ``words`` are normalised, ``capitalised`` says which were written with a capital, ``gaps`` holds
    the text between each word and the one before (a comma or dash there is a break; an opening
    quotation mark makes the word a quoted name, which belongs to the noun before it: «агентству
    "Укринформ"»).

    >>> circumstance("в беседе с журналистами песков".split(), [True, False, False, False, True], [" "] * 5)
    4
    >>> circumstance("в мид россии".split(), [True, True, True], [" "] * 3)
    0
    """
    breaks = [bool(_BREAK.search(gap)) for gap in gaps]
    quoted = [bool(_QUOTE_OPEN.search(gap)) for gap in gaps]
    n, i, skipped = min(len(words), _MAX_WORDS), 0, False
    after_date = False
    while i < n:
        if i and breaks[i] and not after_date and not _date(words, i):
            return 0  # a comma closes the circumstance only around a date
        date = _date(words, i)
        if date:
            i, skipped, after_date = i + date, True, True
            continue
        after_date = False
        if not _preposition(words[i]):
            break
        i += 1
        while i + 1 < n and _modifier(words[i]) and not breaks[i] and _cases(words[i]) - {"nomn"} & _cases(words[i + 1]):
            i += 1  # «на сегодняшнем брифинге»; but «с рабочими глава …»: the adjective is the object itself
        if i >= n or not _nominal(words[i]) or breaks[i]:
            return 0
        case_of_object = _cases(words[i]) - {"nomn"}
        i += 1
        while i < n and not breaks[i] and (quoted[i] or _dependent(words[i], capitalised[i], case_of_object)
                                           or _modifier(words[i - 1]) and _nominal(words[i])
                                           or _foreign_before_name(words, capitalised, breaks, i)):
            i += 1
        skipped = True
    if not skipped or i >= n or not can_be_nominative(words[i], capitalised[i]):
        return 0
    return i


# The hearer of a report: «сообщил депутатам городской думы, что …», «рассказала местным жителям о …»,
# «заявил «Вестнику» директор …», «рассказал председатель банка губернатору».
_HEARER_DEPENDENTS = 3
_QUOTE_CLOSE = re.compile(r"[»“\"]")


def _dative_noun(word: str) -> bool:
    """A noun in the dative that cannot be the subject nor its genitive («депутатам», «Интерфаксу», «газете»)."""
    parses = _parses(word)
    return bool(parses) and not word.isdigit() and any(pos in ("NOUN", "NPRO") and case == "datv"
                                                       for pos, case, _, _ in parses) \
        and not _cases(word) & {"nomn", "gent", "ablt"} and not _preposition(word)


def _dative_modifier(word: str) -> bool:
    """An adjective or participle that can agree with a dative noun and is no nominative («местным», «Новой»)."""
    return any(pos in ("ADJF", "PRTF") and case == "datv" for pos, case, _, _ in _parses(word)) \
        and "nomn" not in _cases(word)


def _acronym_hearer(words: Sequence[str], gaps: Sequence[str], surface: Sequence[str]) -> bool:
    """«сообщил ТАСС помощник министра»: an acronym in capitals (which does not decline, so may be the
    dative) followed by a person in the nominative (a title, a first name or a surname) is the hearer."""
    if len(surface) < 2 or len(words) < 2 or not (2 <= len(surface[0]) <= 6 and surface[0].isalpha()
                                                 and surface[0].isupper()) or not gaps[1].isspace():
        return False
    head = f"{words[1]}-{words[2]}" if len(words) > 2 and gaps[2] == "-" else words[1]  # «вице-премьер»
    return any(pos == "NOUN" and case == "nomn" and ("anim" in tags or tags & {"Name", "Surn"})
               for pos, case, tags, _ in _parses(head))  # a person, not «РИА Новости»


def hearer(words: Sequence[str], gaps: Sequence[str], dependents: bool = True, surface: Sequence[str] = ()) -> int:
    """How many leading words name the hearer of a report: adjectives that can be dative, a dative noun,
    and (with ``dependents``) the genitives after it or the rest of its quoted name; 0 when none.

    ``words`` are normalised; ``gaps`` hold the text before each word (an opening quotation mark
    before the first word quotes the hearer's name, which runs to its closing mark).

    >>> hearer("депутатам городской думы что".split(), [" "] * 4)
    3
    >>> hearer("новость коллегам".split(), [" "] * 2)
    0
    """
    if _acronym_hearer(words, gaps, surface):
        return 1
    n, i = min(len(words), _MAX_WORDS), 0
    quoted = bool(gaps) and bool(_QUOTE_OPEN.search(gaps[0]))
    while i + 1 < n and _dative_modifier(words[i]) and not _BREAK.search(gaps[i + 1]) \
            and not _QUOTE_CLOSE.search(gaps[i + 1]):
        i += 1
    if i >= n or not _dative_noun(words[i]) or i + 1 < n and gaps[i + 1] == "-":
        return 0  # «вице-премьер»: the first part of a compound
    i += 1
    if quoted:
        while i < n and not _QUOTE_CLOSE.search(gaps[i]) and i < _HEARER_DEPENDENTS + 2:
            i += 1  # «Северному курьеру»: the rest of the name to its closing mark
        return i
    k = i
    while dependents and k < n and k - i < _HEARER_DEPENDENTS and not _BREAK.search(gaps[k]) \
            and "gent" in _cases(words[k]) and not _preposition(words[k]):
        k += 1
    return k


def hearer_after(words: Sequence[str], capitalised: Sequence[bool]) -> bool:
    """Whether the last of a subject's words is its hearer («рассказал председатель банка губернатору»,
    «— рассказала Ольга Савина Громову»), not a dependent of a preposition («заместитель министра по культуре»)."""
    return len(words) >= 2 and _dative_noun(words[-1]) and not _preposition(words[-2]) and "gent" not in _cases(words[-1])


# Words of manner and time around a subject: «Тогда министр заявил», «Следователь сразу попросил»,
# «Прокурор его поддержала» (an object pronoun before the verb).
_ADVERBIAL = frozenset({"ADVB", "COMP", "PRCL"})
_RARE = 0.05  # a reading pymorphy3 gives less weight than this is no reading in news


def _adverbial(word: str) -> bool:
    return bool(_parses(word)) and _top(word)[0] in _ADVERBIAL and _top(word)[3] >= 0.5 and not any(
        case == "nomn" and score > _RARE for _, case, _, score in _parses(word))  # «тут»: a noun only in a dictionary


def adverb_after_subject(word: str) -> bool:
    """A lower-case word between a subject and its verb that is no part of the subject: an adverb or
    particle («сразу», «тут же», «всегда») or a personal pronoun in an oblique case, the verb's object
    («его», «им»)."""
    if not _parses(word):
        return False
    pos, case, _, _ = _top(word)
    return _adverbial(word) or pos == "NPRO" and case not in ("nomn", None)


def adverbs_before_subject(words: Sequence[str], capitalised: Sequence[bool]) -> int:
    """How many leading adverbs stand before a subject that can be nominative («Тогда министр», «Позже
    глава …»); 0 before a genitive («Немало экспертов») or when nothing follows."""
    i = 0
    while i + 1 < len(words) and _adverbial(words[i]):
        i += 1
    return i if i < len(words) and can_be_nominative(words[i], capitalised[i]) else 0


_MAX_CLAUSE_SUBJECT = 12  # words before the first verb of a sentence whose subject a later verb shares


def clause_subject(words: Sequence[str], capitalised: Sequence[bool], gaps: Sequence[str]) -> tuple[int, int] | None:
    """The subject of a sentence's first verb, as (first word, end), for a cue coordinated with that verb
    («Губернатор области Нина Кравец назвала ситуацию сложной и призвала …», «Несколько дней назад он
    обращался к жителям и призывал …»): the words before the first finite verb, past leading adverbs and the
    circumstance, without adverbs before the verb; a personal pronoun there alone. None when no verb
    follows a subject that can be nominative.
    """
    verb = next((k for k, w in enumerate(words[:_MAX_CLAUSE_SUBJECT + 1]) if _parses(w) and _top(w)[0] == "VERB"), None)
    if not verb:
        return None
    i, moved = 0, True
    while moved and i < verb:
        moved = False
        while i < verb and _adverbial(words[i]):
            i, moved = i + 1, True
        skip = circumstance(words[i:verb + 1], capitalised[i:verb + 1], ("",) + tuple(gaps[i + 1:verb + 1]))
        if skip:
            i, moved = i + skip, True
    end = verb
    while end - 1 > i and not capitalised[end - 1] and adverb_after_subject(words[end - 1]):
        end -= 1
    if i >= end or any(_BREAK.search(g) for g in gaps[i + 1:end]) or not can_be_nominative(words[i], capitalised[i]):
        return None
    if _top(words[end - 1])[0] == "NPRO" and _top(words[end - 1])[1] == "nomn":
        return end - 1, end  # «… назад он обращался»
    return i, end

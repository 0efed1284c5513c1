"""Polarity: every hit is affirmed, negated (a negator governs it) or attributed (the speaker
ascribes the label to others), and counts toward its frame whatever its polarity.

The sentences are written for this test. Each row: the sentence, and the hits as
(matched text, polarity) in text order.
"""

from __future__ import annotations

import pytest

from framing.lexicon import compile_lexicon, with_negation
from framing.model import Frame, Lexicon

A, N, T = "affirmed", "negated", "attributed"

LEXICON = Lexicon("polarity", "", (
    Frame("terrorism", "", {"en": ("terror*", "extremis*", "bandit*"), "ar": ("إرهاب*", "متطرف*", "تطرف*", "مخرب*"),
                            "ru": ("террор*", "экстреми*", "бандит*")}),
    Frame("violence", "", {"en": ("violen*",), "ar": ("عنف",), "ru": ("насили*",)}),
    Frame("dialogue", "", {"en": ("dialogue", "talks"), "ar": ("حوار",), "ru": ("диалог*",)}),
))
MATCHER = compile_lexicon(LEXICON)

EN = [
    ("We will not let terrorists destroy our country.", [("terrorists", A)]),
    ("There is no place for terrorism in our society.", [("terrorism", A)]),
    ("We will never allow extremists to win.", [("extremists", A)]),
    ("We cannot tolerate terrorism.", [("terrorism", A)]),
    ("They are not terrorists.", [("terrorists", N)]),
    ("There is no terrorism here.", [("terrorism", N)]),
    ("This was not a terrorist act.", [("terrorist", N)]),
    ("This is terrorism.", [("terrorism", A)]),
    ("It isn't terrorism, it is a protest.", [("terrorism", N)]),
    ("These people aren’t extremists.", [("extremists", N)]),
    ("Not a single extremist was arrested.", [("extremist", N)]),
    ("We do not want violence.", [("violence", A)]),
    ("We reject violence in all its forms.", [("violence", A)]),
    ("There was no violence at the rally.", [("violence", N)]),
    ("The protest was not violent.", [("violent", N)]),
    ("Nobody wants dialogue with bandits.", [("dialogue", A), ("bandits", A)]),
    ("We will never stop the dialogue.", [("dialogue", A)]),
    ("Without dialogue there will be no peace.", [("dialogue", N)]),
    ("They refused talks without preconditions.", [("talks", A)]),
    ("Not only terrorism but banditry.", [("terrorism", A), ("banditry", A)]),
    ("It is not protest but terrorism.", [("terrorism", A)]),
    ("No. Terrorists attacked the station.", [("Terrorists", A)]),
    ("They smear ordinary families as extremists.", [("extremists", T)]),
    ("The regime branded peaceful students terrorists.", [("terrorists", T)]),
    ("They called us terrorists.", [("terrorists", T)]),
    ("We call this terrorism.", [("terrorism", A)]),
    ("These so-called extremists are our neighbours.", [("extremists", T)]),
    ("The alleged terrorists were students.", [("terrorists", T)]),
    ("They portray every critic as an extremist.", [("extremist", T)]),
    ("The government accused the protesters of extremism.", [("extremism", T)]),
    ("They dismissed the rally as violence.", [("violence", T)]),
    ("Stop calling us extremists.", [("extremists", T)]),
    ("We do not call them terrorists.", [("terrorists", N)]),
    ("We will never negotiate with terrorists.", [("terrorists", A)]),
    ("Terrorism has no future here.", [("Terrorism", A)]),
    ("No terrorist group claimed the attack.", [("terrorist", N)]),
    ("They have never been extremists.", [("extremists", N)]),
    ("This is not about terrorism.", [("terrorism", N)]),
    ("We condemn violence and call for dialogue.", [("violence", A), ("dialogue", A)]),
    ("He said the ‘terrorists’ were students.", [("terrorists", T)]),
    ("He said \"terrorists\" attacked the station.", [("terrorists", A)]),  # a partial quote: his own word
    ("The police did not use violence.", [("violence", A)]),
    ("Through dialogue, not through violence.", [("dialogue", A), ("violence", N)]),
    ("Not violence, but dialogue.", [("violence", N), ("dialogue", A)]),
    ("The brand of terrorism they describe is new.", [("terrorism", A)]),
]

AR = [
    ("لن نسمح للإرهابيين بتدمير بلدنا", [("للإرهابيين", A)]),
    ("لا مكان للإرهاب في مجتمعنا", [("للإرهاب", A)]),
    ("لن نسمح للمتطرفين بالانتصار", [("للمتطرفين", A)]),
    ("لا يمكننا التسامح مع الإرهاب", [("الإرهاب", A)]),
    ("ليسوا إرهابيين", [("إرهابيين", N)]),
    ("هم ليسوا متطرفين", [("متطرفين", N)]),
    ("لا يوجد إرهاب هنا", [("إرهاب", N)]),
    ("لم تكن عملية إرهابية", [("إرهابية", N)]),
    ("هذا إرهاب", [("إرهاب", A)]),
    ("هذا ليس إرهابا بل احتجاج", [("إرهابا", N)]),
    ("هذا ليس احتجاجا بل إرهاب", [("إرهاب", A)]),
    ("لسنا إرهابيين ولا متطرفين", [("إرهابيين", N), ("متطرفين", N)]),
    ("نرفض العنف بكل أشكاله", [("العنف", A)]),
    ("لم يكن هناك عنف في التظاهرة", [("عنف", N)]),
    ("كانت المظاهرة سلمية ولا عنف فيها", [("عنف", N)]),
    ("بدون حوار لن يكون هناك سلام", [("حوار", N)]),
    ("دون حوار حقيقي", [("حوار", N)]),
    ("ندعو إلى الحوار", [("الحوار", A)]),
    ("لا بديل عن الحوار", [("الحوار", A)]),
    ("لا سيما الحوار", [("الحوار", A)]),
    ("لم نوقف الحوار أبدا", [("الحوار", A)]),
    ("لا نريد العنف", [("العنف", A)]),
    ("ما وصفته بالإرهاب", [("بالإرهاب", A)]),
    ("ما يسمى بالإرهاب", [("بالإرهاب", T)]),
    ("ما يسمى الإرهابيين خرجوا للشوارع", [("الإرهابيين", T)]),
    ("وصموا المتظاهرين بالإرهاب", [("بالإرهاب", T)]),
    ("اتهموا المعارضة بالتطرف", [("بالتطرف", T)]),
    ("يتهموننا بالإرهاب", [("بالإرهاب", T)]),
    ("الإرهاب المزعوم", [("الإرهاب", T)]),
    ("المتطرفين المزعومين", [("المتطرفين", T)]),
    ("نعتوا الطلاب بالمخربين", [("بالمخربين", T)]),
    ("ولا يمكن وصفهم بالإرهابيين", [("بالإرهابيين", N)]),
    ("لا نعتبرهم إرهابيين", [("إرهابيين", N)]),
    ("الإرهاب لا مستقبل له", [("الإرهاب", A)]),
    ("واجهنا الإرهاب بحزم", [("الإرهاب", A)]),
    ("لم يكن عملا إرهابيا", [("إرهابيا", N)]),
    ("لن نتحاور مع المخربين", [("المخربين", A)]),
    ("ليس لدينا متطرفون", [("متطرفون", N)]),
    ("لا علاقة لنا بالإرهاب", [("بالإرهاب", A)]),
    ("الحكومة تصور المحتجين كإرهابيين", [("كإرهابيين", T)]),
    ("لم يحدث أي عنف", [("عنف", N)]),
    ("هؤلاء ليسوا مخربين", [("مخربين", N)]),
]

RU = [
    ("Мы не позволим террористам разрушить страну", [("террористам", A)]),
    ("Нет места терроризму", [("терроризму", A)]),
    ("Мы никогда не допустим победы экстремистов", [("экстремистов", A)]),
    ("Они не террористы", [("террористы", N)]),
    ("Это не терроризм", [("терроризм", N)]),
    ("Это не было терроризмом", [("терроризмом", N)]),
    ("Это не является терроризмом", [("терроризмом", N)]),
    ("Никакого терроризма здесь нет", [("терроризма", N)]),
    ("Это был терроризм", [("терроризм", A)]),
    ("Не протест, а терроризм", [("терроризм", A)]),
    ("Мы не террористы, а граждане", [("террористы", N)]),
    ("Без насилия", [("насилия", N)]),
    ("Мы осуждаем насилие", [("насилие", A)]),
    ("Насилия не было", [("Насилия", A)]),
    ("Никакого насилия не было", [("насилия", N)]),
    ("Мы не хотим насилия", [("насилия", A)]),
    ("Мы не применяли насилие", [("насилие", A)]),
    ("Мы призываем к диалогу", [("диалогу", A)]),
    ("Без диалога мира не будет", [("диалога", N)]),
    ("Мы не отказываемся от диалога", [("диалога", A)]),
    ("Не только терроризм", [("терроризм", A)]),
    ("так называемые террористы", [("террористы", T)]),
    ("Так называемых экстремистов задержали", [("экстремистов", T)]),
    ("якобы экстремисты вышли на площадь", [("экстремисты", T)]),
    ("мнимые террористы оказались студентами", [("террористы", T)]),
    ("Власти пытаются выдать недовольство граждан за терроризм", [("терроризм", T)]),
    ("Нас называют экстремистами", [("экстремистами", T)]),
    ("Они называют нас экстремистами", [("экстремистами", T)]),
    ("Протестующих обвиняют в экстремизме", [("экстремизме", T)]),
    ("Нас обвинили в терроризме", [("терроризме", T)]),
    ("Студентов заклеймили экстремистами", [("экстремистами", T)]),
    ("Их представляют как бандитов", [("бандитов", T)]),
    ("Мы не считаем их террористами", [("террористами", N)]),
    ("Нельзя назвать это терроризмом", [("терроризмом", N)]),
    ("Нельзя допустить терроризма", [("терроризма", A)]),
    ("Это не бандиты, это студенты", [("бандиты", N)]),
    ("Они не были экстремистами", [("экстремистами", N)]),
    ("Мы никогда не будем вести диалог с террористами", [("диалог", A), ("террористами", A)]),
    ("В стране нет никакого экстремизма", [("экстремизма", N)]),
    ("Ни один экстремист не был задержан", [("экстремист", N)]),
    ("Диалог невозможен без доверия", [("Диалог", A)]),
    ("Мы против насилия", [("насилия", A)]),
]

CASES = [(text, "en", hits) for text, hits in EN] + [(text, "ar", hits) for text, hits in AR] + [
    (text, "ru", hits) for text, hits in RU]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_polarity(text: str, lang: str, expected: list) -> None:
    found = MATCHER.scan(text, lang)
    assert [(text[h.start:h.end], h.polarity) for h in found.hits] == expected
    assert found.cancelled == []  # by default nothing is cancelled: a negated term still invokes its frame


def test_the_table_covers_each_language_with_negatives() -> None:
    for rows in (EN, AR, RU):
        polarities = [p for _, hits in rows for _, p in hits]
        assert len(rows) >= 40 and {A, N, T} <= set(polarities)


def test_exclude_cancels_negated_hits_only() -> None:
    excluding = compile_lexicon(with_negation(LEXICON, "exclude"))
    found = excluding.scan("They are not terrorists, but these so-called extremists are not violent.", "en")
    assert [(h.term, h.polarity) for h in found.hits] == [("extremis*", T)]
    assert [h.term for h in found.cancelled] == ["terror*", "violen*"]


def test_a_negated_term_counts_toward_its_frame() -> None:
    """A government that says it will not let terrorists win scores on terrorism."""
    found = MATCHER.scan("We will not let terrorists win. They are not terrorists.", "en")
    assert [h.frame for h in found.hits] == ["terrorism", "terrorism"]
    assert [h.polarity for h in found.hits] == [A, N]

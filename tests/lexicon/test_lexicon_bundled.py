"""The bundled `unrest` lexicon: structure, general positives, overfiring negatives, the demo article."""

from __future__ import annotations

from collections import Counter

import pytest

from framing import languages, resources, text
from framing.lexicon import compile_lexicon, load_lexicon
from framing.lexicon.terms import parse_term

FRAME_IDS = (
    "terrorism", "restraint", "dialogue", "disinformation", "foreign_interference", "sovereignty_order",
    "peacekeeping", "violence_casualties", "protest_legitimacy", "economic_grievance", "human_rights",
)
UNREST = load_lexicon("unrest")
MATCHER = compile_lexicon(UNREST)


def frames_in(sentence: str, lang: str) -> set[str]:
    return {h.frame for h in MATCHER.match(sentence, lang)}


def test_structure() -> None:
    assert UNREST.name == "unrest"
    assert UNREST.path == "unrest"
    assert UNREST.frame_ids == FRAME_IDS
    assert resources.bundled_lexicons() == ["unrest"]
    for frame in UNREST.frames:
        assert frame.description and "\n" not in frame.description
        assert set(frame.terms) == set(languages.codes()), frame.id
        for lang, terms in frame.terms.items():
            assert len(terms) >= 5, (frame.id, lang)
            assert any("*" in t for t in terms), (frame.id, lang)
            assert any(len(parse_term(t)) > 1 for t in terms), (frame.id, lang)


# Sentences not from the demo article, one or more per frame and language.
POSITIVE = [
    ("Officials blamed terrorists and armed gangs for the violence.", "en", "terrorism"),
    ("The interior ministry launched a counter-terrorism operation.", "en", "terrorism"),
    ("Extremist groups and bandits attacked the city hall.", "en", "terrorism"),
    ("The UN urged all parties to exercise maximum restraint.", "en", "restraint"),
    ("We call for calm and for de-escalation.", "en", "restraint"),
    ("Protesters should refrain from violence.", "en", "restraint"),
    ("Only dialogue and negotiations can end the crisis.", "en", "dialogue"),
    ("A political settlement within the constitutional framework.", "en", "dialogue"),
    ("These reports are baseless propaganda.", "en", "disinformation"),
    ("He called it fake news and part of a disinformation campaign.", "en", "disinformation"),
    ("The ministry called the report untrue and groundless.", "en", "disinformation"),
    ("The militants were trained abroad and funded from abroad.", "en", "foreign_interference"),
    ("The minister warned against foreign interference in the internal affairs of the country.", "en",
     "foreign_interference"),
    ("Foreign-backed groups are behind the unrest.", "en", "foreign_interference"),
    ("The president vowed to restore constitutional order and stability.", "en", "sovereignty_order"),
    ("This is a threat to national security and sovereignty.", "en", "sovereignty_order"),
    ("Peacekeepers of the Collective Security Treaty Organisation arrived.", "en", "peacekeeping"),
    ("The CSTO peacekeeping mission will leave next week.", "en", "peacekeeping"),
    ("Dozens were killed and hundreds injured in clashes.", "en", "violence_casualties"),
    ("Rioters set fire to the mayor's office and looted shops.", "en", "violence_casualties"),
    ("Police opened fire on the crowd.", "en", "violence_casualties"),
    ("People have the right to protest peacefully.", "en", "protest_legitimacy"),
    ("Their grievances and legitimate demands must be heard.", "en", "protest_legitimacy"),
    ("The protests began over a sharp rise in fuel prices.", "en", "economic_grievance"),
    ("Rising prices and the cost of living angered many.", "en", "economic_grievance"),
    ("Amnesty urged respect for human rights and freedom of expression.", "en", "human_rights"),
    ("Rights groups condemned the internet shutdown and arbitrary arrests.", "en", "human_rights"),
    ("Any use of force must be proportionate; excessive force is unlawful.", "en", "restraint"),
    ("The police detained 200 people and arrested two journalists.", "en", "human_rights"),
    ("Everyone must be free to exercise their rights and freedoms.", "en", "human_rights"),
    ("The minister accused Western capitals of interfering in the crisis.", "en", "foreign_interference"),
    ("He said the riots were a Maidan staged by foreign powers.", "en", "foreign_interference"),
    ("This is a domestic affair and the situation is under control.", "en", "sovereignty_order"),
    ("Those who break the law will be brought to justice.", "en", "sovereignty_order"),
    ("Moscow keeps a reserve force ready to provide security assistance.", "en", "peacekeeping"),
    ("Officers were attacked and beaten by a mob.", "en", "violence_casualties"),
    ("We condemn the violence against journalists.", "en", "violence_casualties"),
    ("Citizens may peaceably assemble.", "en", "protest_legitimacy"),
    ("وصفت الحكومة المحتجين بالإرهابيين والعصابات المسلحة", "ar", "terrorism"),
    ("أعلنت السلطات بدء عملية لمكافحة الإرهاب", "ar", "terrorism"),
    ("جماعات متطرفة تقف خلف الهجمات", "ar", "terrorism"),
    ("دعت الأمم المتحدة إلى ضبط النفس والتهدئة", "ar", "restraint"),
    ("طالب الاتحاد الأوروبي بالامتناع عن العنف وخفض التصعيد", "ar", "restraint"),
    ("لا بديل عن الحوار والحل السلمي", "ar", "dialogue"),
    ("دعت إلى تسوية سياسية عبر المفاوضات", "ar", "dialogue"),
    ("هذه أخبار كاذبة وحملة تضليل", "ar", "disinformation"),
    ("ادعاءات لا أساس لها من الصحة", "ar", "disinformation"),
    ("حذر من التدخلات الخارجية في الشؤون الداخلية", "ar", "foreign_interference"),
    ("عناصر تلقت تدريبا في الخارج", "ar", "foreign_interference"),
    ("أكد الحفاظ على الاستقرار والأمن القومي", "ar", "sovereignty_order"),
    ("إعلان حالة الطوارئ وحظر التجول", "ar", "sovereignty_order"),
    ("وصلت قوات حفظ السلام إلى العاصمة", "ar", "peacekeeping"),
    ("قمة منظمة معاهدة الأمن الجماعي", "ar", "peacekeeping"),
    ("سقط عشرات القتلى والجرحى في الاشتباكات", "ar", "violence_casualties"),
    ("استخدمت الشرطة الغاز المسيل للدموع", "ar", "violence_casualties"),
    ("شهدت المدينة أعمال شغب ونهب", "ar", "violence_casualties"),
    ("خرجت احتجاجات سلمية للمطالبة بالإصلاح", "ar", "protest_legitimacy"),
    ("أكدت حق التظاهر والمطالب المشروعة للمواطنين", "ar", "protest_legitimacy"),
    ("اندلعت الاحتجاجات بسبب ارتفاع أسعار الوقود", "ar", "economic_grievance"),
    ("يشكو السكان من غلاء المعيشة والبطالة", "ar", "economic_grievance"),
    ("طالبت المنظمة باحترام حقوق الإنسان وحرية التعبير", "ar", "human_rights"),
    ("انتقدت قطع الإنترنت والاعتقالات التعسفية", "ar", "human_rights"),
    ("طالبت بالإفراج عن جميع من اعتقلوا خلال المظاهرات", "ar", "human_rights"),
    ("رفضت الوزارة أي تدخل في شؤون البلاد", "ar", "foreign_interference"),
    ("وصف ما يجري بأنه حرب هجينة", "ar", "foreign_interference"),
    ("أكد أن الوضع تحت السيطرة وأن الحياة عادت إلى طبيعتها", "ar", "sovereignty_order"),
    ("دعا الشرطة إلى استخدام الحد الأدنى من القوة", "ar", "restraint"),
    ("أجرى الطرفان مباحثات في العاصمة", "ar", "dialogue"),
    ("اتهمت المعارضة الشرطة بالقمع العنيف للمحتجين", "ar", "violence_casualties"),
    ("نظم الطلاب تجمعات سلمية أمام الجامعة", "ar", "protest_legitimacy"),
    ("Это вмешательство во внутренние дела страны.", "ru", "foreign_interference"),
    ("Это вмешательство во внутренние дела страны.", "ru", "sovereignty_order"),
    ("Ситуация под контролем, обстановка нормализуется.", "ru", "sovereignty_order"),
    ("Организаторов привлекут к уголовной ответственности.", "ru", "sovereignty_order"),
    ("Власти должны прекратить насилие.", "ru", "restraint"),
    ("Полицию обвинили в избиении задержанных.", "ru", "violence_casualties"),
    ("В полицейских бросали коктейли Молотова.", "ru", "violence_casualties"),
    ("Полиция задержала и арестовала десятки человек.", "ru", "human_rights"),
    ("Эти обвинения совершенно безосновательны.", "ru", "disinformation"),
]


@pytest.mark.parametrize(("sentence", "lang", "frame"), POSITIVE)
def test_general_positives(sentence: str, lang: str, frame: str) -> None:
    assert frame in frames_in(sentence, lang)


# (sentence, lang, frames that must NOT fire)
NEGATIVE = [
    ("Police fired tear gas at the crowd.", "en", {"economic_grievance"}),
    ("Security forces were deployed.", "en", {"sovereignty_order", "violence_casualties", "peacekeeping"}),
    ("The Ministry of Internal Affairs said arrests were made.", "en", {"foreign_interference", "sovereignty_order"}),
    ("They arrested activists who have nothing to do with the violence.", "en", {"disinformation"}),
    ("Non-violent protesters marched downtown.", "en", {"violence_casualties"}),
    ("The reason behind this decision is the budget.", "en", {"foreign_interference"}),
    ("Министерство внутренних дел сообщило о задержаниях.", "ru", {"sovereignty_order", "foreign_interference"}),
    ("Ему грозит до пяти лет лишения свободы.", "ru", {"human_rights"}),
    ("Мирные протестующие вышли на площадь.", "ru", {"violence_casualties"}),
    ("Радикальные изменения в экономике.", "ru", {"terrorism"}),
    ("وجهت المنظمة انتقادات إلى مزاعم التعذيب", "ar", {"disinformation"}),
    ("He met the media after the meeting.", "en", {"dialogue"}),
    ("A non-violent protest.", "en", {"violence_casualties"}),
    ("The weather was calm.", "en", {"restraint"}),
    ("The protesters talks were long.", "en", {"dialogue"}),
    ("The terrain was difficult.", "en", {"terrorism"}),
    ("استقبل سيادة الرئيس السفير", "ar", {"sovereignty_order"}),
    ("أعلنت القوات المسلحة", "ar", {"terrorism"}),
    ("أطلقت الشرطة الغاز", "ar", {"economic_grievance"}),
    ("ذبح الخروف", "ar", {"disinformation"}),
    ("اطفأ المصابيح", "ar", {"violence_casualties"}),
    ("وزارة الشؤون الداخلية", "ar", {"foreign_interference"}),
]


@pytest.mark.parametrize(("sentence", "lang", "absent"), NEGATIVE)
def test_no_overfiring(sentence: str, lang: str, absent: set[str]) -> None:
    assert not frames_in(sentence, lang) & absent


def demo() -> str:
    path = resources.corpus_path("kazakhstan-2022") / "almayadeen-2022-01-06.txt"
    return path.read_text(encoding="utf-8")


def test_demo_article_is_covered() -> None:
    doc = demo()
    counts: dict[str, Counter[str]] = {"en": Counter(), "ar": Counter()}
    for start, end in text.paragraph_spans(doc):
        lang = text.script_lang(doc[start:end])
        for hit in MATCHER.match(doc, lang, start, end):
            counts[lang][hit.frame] += 1
    en_expected = set(FRAME_IDS) - {"human_rights"}
    assert set(counts["en"]) >= en_expected
    assert set(counts["ar"]) >= {"terrorism", "restraint", "dialogue", "foreign_interference",
                                 "sovereignty_order", "peacekeeping", "violence_casualties"}


def demo_hits() -> list[str]:
    doc = demo()
    return [
        repr(h) for s, e in text.paragraph_spans(doc) for h in MATCHER.match(doc, text.script_lang(doc[s:e]), s, e)
    ]

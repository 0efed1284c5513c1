"""Arabic constructions of real news, second set: text → the exact set of (actor, kind, span text).

Sentences are invented (Veloria, Karin, the Northern Provinces), with the registry of the first set.
"""

from __future__ import annotations

import pytest

from tests.extract.test_arabic_constructions import run

CASES = [
    # a relative clause on the subject with a negated verb of its own: the verb reports nothing, and the
    # subject (not the body inside the relative clause) speaks what follows the complementizer
    ("وأوضح المسؤول الذي لم تكشف رويترز هويته أن الاتفاق بات قريبا.",
     {("unknown:المسؤول", "indirect", "الاتفاق بات قريبا")}),
    ("وقال براندت، الذي لم تكشف الشرطة مكان إقامته، إن الاعتقالات تعسفية.",
     {("opp", "indirect", "الاعتقالات تعسفية")}),
    # ... but a relative clause whose verb is not negated still speaks for its antecedent
    ("وتأجل إعلان نتائج الجولة التي يؤكد حزب الحرية أنها شهدت خروقات.",
     {("opp", "indirect", "شهدت خروقات")}),
    # a speaker noun and the body it belongs to after في/لدى
    ("وقال مسؤول كبير في حزب الحرية إن الحزب سيقاطع الجولة الثانية.",
     {("opp", "indirect", "الحزب سيقاطع الجولة الثانية")}),
    ("وقال مسؤول رفيع لدى الأمم المتحدة إن القوافل توقفت عند الحدود.",
     {("un", "indirect", "القوافل توقفت عند الحدود")}),
    # ... but a source inside a body is a source of its own, and a named expert someone new
    ("وقال مصدر مطلع في الشرطة إن القوافل توقفت عند الحدود.",
     {("unknown:مصدر مطلع", "indirect", "القوافل توقفت عند الحدود")}),
    ("وقالت ميرا سولين إن الفرز تأخر. وأكد الخبير القانوني رامي حداد أن الطعن ممكن.",
     {("opp", "indirect", "الفرز تأخر"), ("unknown:الخبير القانوني رامي حداد", "indirect", "الطعن ممكن")}),
    # ... not after a name, nor before a place no registry names
    ("وقال براندت في العاصمة إن الحزب سيقاطع الجولة الثانية.",
     {("opp", "indirect", "الحزب سيقاطع الجولة الثانية")}),
    ("وقال مسؤول في العاصمة إن الطرق أغلقت.", {("unknown:مسؤول", "indirect", "الطرق أغلقت")}),
    # a description refers back to the one speaking: an expert, a commissioner, "the same source"
    ("وقالت ميرا سولين إن الفرز تأخر. وأكدت الخبيرة أن الطعن ممكن.",
     {("opp", "indirect", "الفرز تأخر"), ("opp", "indirect", "الطعن ممكن")}),
    ("وقال غوتيريش إن القوافل توقفت. وشدد المفوض الأممي على ضرورة فتح المعابر.",
     {("un", "indirect", "القوافل توقفت"), ("un", "indirect", "على ضرورة فتح المعابر")}),
    ("وقال براندت إن الشرطة اعتقلت العشرات. وأغلقت المحكمة القضية، وفق المصدر ذاته.",
     {("opp", "indirect", "الشرطة اعتقلت العشرات"), ("opp", "indirect", "وأغلقت المحكمة القضية")}),
    # a chain of phrases between commas: the verb's own particle first, a circumstance closed by a complementizer
    # inside the last phrase, or a quotation after a long phrase
    ("وقال براندت، على هامش اجتماع الحزب، المنعقد مساء الأحد في العاصمة أن الحزب سيقاطع الجولة الثانية.",
     {("opp", "indirect", "الحزب سيقاطع الجولة الثانية")}),
    ("وأكد براندت، في مقابلة، على ضرورة إجراء انتخابات جديدة.",
     {("opp", "indirect", "على ضرورة إجراء انتخابات جديدة")}),
    ("وأضاف براندت، خلال مؤتمر صحفي بالعاصمة مع وزير الخارجية والتجارة الكاريني مارك هولت، \"لن نقبل بالنتائج\".",
     {("opp", "direct", "لن نقبل بالنتائج")}),
    # a time or focus word between the verb and its subject
    ("كما طالب أيضا حزب الحرية بإعادة الفرز في الدوائر الجنوبية.",
     {("opp", "indirect", "بإعادة الفرز في الدوائر الجنوبية")}),
    ("وقال كذلك براندت إن الحزب لن يعترف بالنتائج.", {("opp", "indirect", "الحزب لن يعترف بالنتائج")}),
    # a short name in brackets inside the subject
    ("وعلق رئيس الوزراء (دولان) آنا كوفاتش، على الاحتجاجات.", {("gov", "indirect", "على الاحتجاجات")}),
    ("وقال زعيم المعارضة (حزب الحرية) لوكا براندت، إن النتائج مزورة.", {("opp", "indirect", "النتائج مزورة")}),
    # a second participle of a speech verb ends the statement before it, with or without a comma
    ("وقال براندت إن الشرطة اعتقلت العشرات، مرجحا أن يرتفع العدد.",
     {("opp", "indirect", "الشرطة اعتقلت العشرات"), ("opp", "indirect", "يرتفع العدد")}),
    ("وحذر غوتيريش من تفاقم الأزمة واصفا إياها بالكارثية.", {("un", "indirect", "من تفاقم الأزمة")}),
    # ... not a participle read only with its complement, nor one inside a quotation
    ("وأكدت كوفاتش أن الحدود \"ستبقى مفتوحة مرجحا\".", {("gov", "direct", "ستبقى مفتوحة مرجحا")}),
    # "commented on X, saying: …": X is the topic; alone it is what was commented
    ("وعلّق براندت في مقابلة مع قناة محلية، على قرار المحكمة قائلا: \"هذا يوم حزين\".",
     {("opp", "direct", "هذا يوم حزين")}),
    ("وعلقت كوفاتش على الاحتجاجات، قائلة إن الحكومة ستحاور الجميع.",
     {("gov", "indirect", "الحكومة ستحاور الجميع")}),
    ("وعلّق براندت على قرار المحكمة.", {("opp", "indirect", "على قرار المحكمة")}),
    # "وختم قوله": "his saying" is no speaker, the one speaking before is
    ("وقال براندت إن الشرطة اعتقلت العشرات. وختم قوله: \"سنعود إلى الشارع\".",
     {("opp", "indirect", "الشرطة اعتقلت العشرات"), ("opp", "direct", "سنعود إلى الشارع")}),
    # an outlet noun with an international qualifier is a body ("the UN agency"), not a news agency
    ("وقال غوتيريش إن القوافل توقفت. وتقول الوكالة الأممية إن الجوع يتفاقم.",
     {("un", "indirect", "القوافل توقفت"), ("un", "indirect", "الجوع يتفاقم")}),
    ("وقال براندت إن الفرز تأخر. وأفادت الوكالة أن المخزون نفد.",
     {("opp", "indirect", "الفرز تأخر"), ("media", "indirect", "المخزون نفد")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:30] for t, _ in CASES])
def test_arabic_news_constructions_2(text, expected):
    assert run(text) == expected

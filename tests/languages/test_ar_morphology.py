"""Arabic speech verbs by conjugation and clitic rules: every generated form reads back, nouns do not."""

from __future__ import annotations

import subprocess
import sys
from collections import defaultdict

import pytest

from framing.languages import FINITE, GERUND, INFINITIVE, ar
from framing.languages import ar_morphology as morph
from framing.languages.ar import normalize

# The verbs of news attribution the inventory must hold (حمّل is left out on
# purpose: every form of it is also حمل "carry").
REQUIRED = """قال أعلن أشار أوضح أكد دعا حث ناشد كتب أضاف تابع شدد اعتبر صرح ذكر أفاد نفى حذر طالب اتهم
وصف أدان ندد استنكر لفت نقل زعم رأى غرد أردف استطرد أبلغ أعرب أبدى كشف تعهد توعد أشاد رحب انتقد رفض
جدد اقترح وعد هدد أقر اعترف تساءل استدرك نوه بين لاحظ اعتقد ختم علق أفصح أورد أخبر شكر أثنى طلب تمنى
أمل توقع خشي قلل نبه دافع أيد عارض تحدث""".split()

# (token as written, lemma as written, tag): each token has exactly this one reading.
FORMS = [
    ("قالا", "قال", FINITE), ("قالتا", "قال", FINITE), ("قالوا", "قال", FINITE), ("قلن", "قال", FINITE),
    ("يقولان", "قال", FINITE), ("تقولان", "قال", FINITE), ("يقولون", "قال", FINITE), ("يقلن", "قال", FINITE),
    ("تقول", "قال", FINITE), ("تؤكد", "أكد", FINITE), ("تؤكّدان", "أكد", FINITE),
    ("سيقول", "قال", FINITE), ("ستقول", "قال", FINITE), ("وسيقولون", "قال", FINITE),
    ("فقالت", "قال", FINITE), ("وأضافت", "أضاف", FINITE),
    ("ليقول", "قال", INFINITIVE), ("ليؤكد", "أكد", INFINITIVE), ("ولتضيف", "أضاف", INFINITIVE),
    ("مضيفاً", "أضاف", GERUND), ("مؤكدين", "أكد", GERUND), ("داعين", "دعا", GERUND), ("داعياً", "دعا", GERUND),
    ("مشددة", "شدد", GERUND), ("مستدركاً", "استدرك", GERUND), ("واعداً", "وعد", GERUND),
    ("مطالبين", "طالب", GERUND), ("مشيرة", "أشار", GERUND), ("قائلين", "قال", GERUND),
    ("قائلات", "قال", GERUND), ("ومؤكداً", "أكد", GERUND), ("متسائلاً", "تساءل", GERUND),
    ("آملين", "أمل", GERUND), ("متمنياً", "تمنى", GERUND), ("مبدياً", "أبدى", GERUND), ("نافياً", "نفى", GERUND),
    ("وكشف", "كشف", FINITE), ("وتعهّد", "تعهد", FINITE), ("وشدد", "شدد", FINITE),
    ("ونددت", "ندد", FINITE), ("وأشادت", "أشاد", FINITE),
    ("وحثها", "حث", FINITE), ("ودعاهم", "دعا", FINITE), ("دعوهم", "دعا", FINITE),
    ("أوصاه", "أوصى", FINITE), ("يوصيهم", "أوصى", FINITE),
    ("وأبلغه", "أبلغ", FINITE), ("أبلغوه", "أبلغ", FINITE), ("اتهمهم", "اتهم", FINITE),
    ("سيدعوهم", "دعا", FINITE), ("يطالبكم", "طالب", FINITE), ("ناشدنا", "ناشد", FINITE),
    # weak classes
    ("دعت", "دعا", FINITE), ("دعتا", "دعا", FINITE), ("دعون", "دعا", FINITE), ("يدعوان", "دعا", FINITE),
    ("يدعون", "دعا", FINITE), ("نفت", "نفى", FINITE), ("نفوا", "نفى", FINITE), ("نفين", "نفى", FINITE),
    ("ينفون", "نفى", FINITE), ("ينفين", "نفى", FINITE), ("رأت", "رأى", FINITE), ("رأوا", "رأى", FINITE),
    ("يرى", "رأى", FINITE), ("يريان", "رأى", FINITE), ("يرون", "رأى", FINITE), ("يرين", "رأى", FINITE),
    ("خشيت", "خشي", FINITE), ("خشوا", "خشي", FINITE), ("يخشون", "خشي", FINITE),
    ("تمنت", "تمنى", FINITE), ("يتمنيان", "تمنى", FINITE), ("أبدت", "أبدى", FINITE),
    ("حثثن", "حث", FINITE), ("يحثثن", "حث", FINITE), ("أقررن", "أقر", FINITE), ("يقرون", "أقر", FINITE),
    ("أشرن", "أشار", FINITE), ("يشرن", "أشار", FINITE), ("أضفن", "أضاف", FINITE),
    ("أعلنتا", "أعلن", FINITE), ("تساءلوا", "تساءل", FINITE), ("يتساءلون", "تساءل", FINITE),
    ("يأمل", "أمل", FINITE), ("يصف", "وصف", FINITE), ("وعدت", "وعد", FINITE),
    # announcing: every person and number the news uses, with و / ف and the future
    ("وأعلنت", "أعلن", FINITE), ("فأعلنوا", "أعلن", FINITE), ("أعلنّ", "أعلن", FINITE), ("يعلنان", "أعلن", FINITE),
    ("وتعلن", "أعلن", FINITE), ("سيعلنون", "أعلن", FINITE), ("معلناً", "أعلن", GERUND),
    ("وركزت", "ركز", FINITE), ("يركزون", "ركز", FINITE),
]

# عبر is "via" unless عن and a feeling follow it at the head of a clause: the extractor guards it
# (ar.feeling_homographs), the morphology reads it.
def test_via_is_read_and_guarded():
    assert morph.verb_forms("عبر") == ((normalize("عبّر"), FINITE),)
    assert morph.verb_forms("وعبر") == ((normalize("عبّر"), FINITE),)


# Nouns, particles, other verbs and forms not generated: no reading.
NOT_VERBS = """البيان قول تصريح كتاب ذكرى بين وبين بينهم أن إن قوله قولها ذهب أكل دعوة ودعوة رأياً
أمل أملاً مرحباً مجدداً شكراً نقلاً كتباً طلباً لافتة لافتات مطالبة مطالبات مناشدة ملاحظات طالبة طالباً
إدانة اثنين تبين يبلغ تبلغ يعد تعد نقول أقول ندعو نطالب قلت قلنا يقل يقال قيل النقل والقول
نفاه رفضه كتبه قالها توصية مطالب كاتب كاتبة مفيدة مبلغاً مقر مدينة متحدث متحدثة متهمين معارضة مؤيدين مقترحات
ذاكرة ناقلة واعدة مهددة تهديدات اتهامات تعهدات وعود مرحب قائل مضيف يقولوا سيقال وقالو مركز المركز تركيز""".split()


@pytest.mark.parametrize("lemma", morph.lemmas())
def test_every_generated_form_reads_back_with_its_lemma_and_tag(lemma):
    inflections = morph.inflections(lemma)
    assert inflections, lemma
    for form, tag in inflections:
        assert form == normalize(form)
        for token in (form, "و" + form, "ف" + form):
            assert (lemma, tag) in morph.verb_forms(token), token


def test_reading_a_generated_form_gives_exactly_the_generated_readings():
    generated: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for lemma in morph.lemmas():
        for form, tag in morph.inflections(lemma):
            generated[form].add((lemma, tag))
    assert {form: set(morph.verb_forms(form)) for form in generated} == generated


def test_paradigm_lists_each_form_once():
    for lemma in morph.lemmas():
        forms = morph.paradigm(lemma)
        assert len(forms) == len(set(forms)) == len({form for form, _ in morph.inflections(lemma)})


@pytest.mark.parametrize("token, lemma, tag", FORMS)
def test_form_table(token, lemma, tag):
    assert morph.verb_forms(token) == ((normalize(lemma), tag),)


@pytest.mark.parametrize("word", NOT_VERBS)
def test_not_a_speech_verb(word):
    assert morph.verb_forms(word) == ()


def test_the_inventory_holds_the_attribution_verbs_once():
    assert len(set(morph.lemmas())) == len(morph.VERBS)
    assert {normalize(verb) for verb in REQUIRED} <= set(morph.lemmas())
    for verb in morph.VERBS:
        assert verb.imperfect is None or verb.imperfect.startswith("ي"), verb


# The forms ar.py once listed by hand (perfect m/f/pl, imperfect, participles): rules must read them all.
FORMERLY_LISTED = (
    "قال قالت قالوا يقول تقول يقولون أعلن أعلنت أعلنوا يعلن تعلن أشار أشارت أشاروا يشير تشير أوضح أوضحت "
    "أوضحوا يوضح توضح أكد أكدت أكدوا يؤكد تؤكد دعا دعت دعوا يدعو تدعو حث حثت حثوا يحث تحث ناشد ناشدت ناشدوا "
    "يناشد تناشد كتب كتبت كتبوا يكتب تكتب أضاف أضافت أضافوا يضيف تضيف تابع تابعت شدد شددت شددوا يشدد تشدد "
    "اعتبر اعتبرت اعتبروا يعتبر تعتبر صرح صرحت صرحوا يصرح تصرح ذكر ذكرت ذكروا يذكر تذكر أفاد أفادت أفادوا يفيد "
    "تفيد نفى نفت نفوا ينفي تنفي حذر حذرت حذروا يحذر تحذر طالب طالبت طالبوا يطالب تطالب اتهم اتهمت اتهموا يتهم "
    "تتهم وصف وصفت وصفوا يصف تصف أدان أدانت أدانوا يدين تدين لفت لفتت نقل نقلت أفصح أفصحت زعم زعمت زعموا يزعم "
    "تزعم رأى رأت رأوا يرى ترى غرد غردت يغرد أردف أردفت استطرد استطردت أبلغ أبلغت أعرب أعربت أعربوا يعرب تعرب "
    "أبدى أبدت أبدوا يبدي تبدي").split()
FORMER_PARTICIPLES = ("مضيفا مضيفة مشيرا مشيرة مؤكدا مؤكدة موضحا موضحة معتبرا معتبرة داعيا داعية محذرا محذرة "
                      "مشددا مشددة قائلا قائلة متسائلا متسائلة معربا معربة منوها منوهة مطالبا").split()


@pytest.mark.parametrize("form", FORMERLY_LISTED)
def test_every_form_once_listed_by_hand_is_read(form):
    assert any(tag == FINITE for _, tag in morph.verb_forms(form)), form


@pytest.mark.parametrize("form", FORMER_PARTICIPLES)
def test_every_participle_once_listed_by_hand_is_read(form):
    # مطالبة (the masdar "demand") and لافتة ("banner") are no longer read: their noun reading dominates
    assert [tag for _, tag in morph.verb_forms(form)] == [GERUND], form


def test_excluded_forms_are_never_returned_nor_generated():
    generated = {form for lemma in morph.lemmas() for form in morph.paradigm(lemma)}
    for form in morph.EXCLUDED:
        assert form == normalize(form)
        assert form not in generated
        for token in (form, "و" + form, "ف" + form):
            assert morph.verb_forms(token) == (), token


def test_ambiguous_forms_are_kept_and_not_excluded():
    assert not set(morph.AMBIGUOUS) & morph.EXCLUDED
    for form in morph.AMBIGUOUS:
        assert form == normalize(form)
        assert morph.verb_forms(form), form


def test_bin_is_a_verb_only_with_an_ending():
    assert morph.verb_forms("بين") == morph.verb_forms("وبين") == ()
    assert morph.verb_forms("وبيّنت") == ((normalize("بين"), FINITE),)
    assert morph.verb_forms("مبيناً") == ((normalize("بين"), GERUND),)


def test_object_suffixes_only_on_verbs_that_take_them():
    assert morph.verb_forms("قاله") == ()
    assert morph.verb_forms("مؤكداه") == ()
    assert morph.verb_forms("وصفه") == ((normalize("وصف"), FINITE),)


def test_unknown_lemma_names_the_table():
    with pytest.raises(KeyError, match="not a verb of framing.languages.ar_morphology.VERBS"):
        morph.paradigm("ذهب")


def test_recognising_100000_tokens_goes_through_the_cache():
    vocabulary = [token for token, _, _ in FORMS] + NOT_VERBS
    tokens = (vocabulary * (100_000 // len(vocabulary) + 1))[:100_000]
    morph.verb_forms.cache_clear()
    readings = [morph.verb_forms(token) for token in tokens]
    info = morph.verb_forms.cache_info()
    assert info.misses == len(set(vocabulary))
    assert info.hits == 100_000 - info.misses
    assert readings[: len(vocabulary)] == [morph.verb_forms(token) for token in vocabulary]


def test_import_does_not_build_the_index():
    code = ("import framing.languages.ar_morphology as m; "
            "assert m._index.cache_info().currsize == 0; m.verb_forms('قال'); "
            "assert m._index.cache_info().currsize == 1")
    subprocess.run([sys.executable, "-c", code], check=True)


AGREEMENT = [
    ("وقالت", ("f", "sg")), ("قالوا", ("m", "pl")), ("قال", ("m", "sg")),
    # an object suffix or a particle does not hide the subject's gender and number
    ("ودعتهم", ("f", "sg")), ("دعوهم", ("m", "pl")), ("لتقول", ("f", "sg")), ("ستقول", ("f", "sg")),
    ("مشيرة", ("f", "sg")), ("مطالبين", ("m", "pl")),
]


@pytest.mark.parametrize("word,features", AGREEMENT, ids=[w for w, _ in AGREEMENT])
def test_agreement_reads_the_stem_the_form_was_matched_on(word, features):
    from framing.languages.ar_morphology import agreement

    assert agreement(word) == features

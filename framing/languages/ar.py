"""Arabic: orthographic normalisation, proclitics, light stemming."""

from __future__ import annotations

import re
import unicodedata

from framing.languages import Attribution, Language
from framing.languages.en import CREDITS

# Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, and tatweel.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي",  # alef maqsura and Persian yeh -> yeh
    "ة": "ه",             # teh marbuta -> heh
    "ک": "ك",             # keheh -> kaf
})


def normalize(text: str) -> str:
    """Strip diacritics and tatweel, unify alef, yeh and teh marbuta forms."""
    text = unicodedata.normalize("NFKC", text)
    return _MARKS.sub("", text).translate(_LETTERS).casefold()


# Conjunction (wa, fa), preposition (bi, li, ka) and article (al) prefixes, in
# the combinations that occur; longest first so "wal-" wins over "wa-".
PROCLITICS = tuple(sorted({
    "وبال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "ال",
    "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
}, key=lambda c: (-len(c), c)))

MIN_BASE = 2

# Not ما: in news it is mostly "what" (ما وصفته بالإرهاب), rarely a negator.
NEGATORS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "غير", "بدون", "دون"})
# Negator-led phrases that do not negate: "must", "especially", "no doubt",
# "no alternative to", "however", "still", "not only".
PSEUDO_NEGATORS = ("لا بد", "لا سيما", "لا شك", "دون شك", "بدون شك", "لا بديل", "غير أن", "لا يزال",
                   "لا تزال", "لا يزالون", "لا زال", "لم يزل", "ليس فقط")

# The proclitic chains that contain the article (plus li-l-). A lexicon term is
# stripped only of these: a term's single-letter proclitic is too often part of
# its root (كذب* must not become ذب*).
ARTICLES = tuple(c for c in PROCLITICS if c.endswith("ال") or c.endswith("لل"))


def term_bases(term: str) -> tuple[str, ...]:
    """The normalised term word and its form without an article chain."""
    norm = normalize(term)
    forms = [norm]
    for clitic in ARTICLES:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= MIN_BASE:
            forms.append(norm[len(clitic):])
    return tuple(dict.fromkeys(forms))


LANGUAGE = Language(code="ar", normalize=normalize, proclitics=PROCLITICS, min_base=MIN_BASE,
                    negators=NEGATORS, term_bases=term_bases, pseudo_negators=PSEUDO_NEGATORS,
                    negator_proclitics=("و", "ف", "ب"),
                    negation_stops=frozenset(normalize(w) for w in ("بل", "لكن", "ولكن", "لكنه", "لكنها", "إنما",
                                                                    "وإنما", "بينما")))


def _forms(*stems: str) -> dict[str, str]:
    """Normalised verb forms -> lemma (the first form)."""
    lemma = normalize(stems[0])
    return {normalize(s): lemma for s in stems}


# Perfect (m/f/pl) and imperfect forms; proclitics و/ف are stripped before lookup.
VERBS: dict[str, str] = {}
for _group in (
    ("قال", "قالت", "قالوا", "يقول", "تقول", "يقولون"),
    ("أعلن", "أعلنت", "أعلنوا", "يعلن", "تعلن"),
    ("أشار", "أشارت", "أشاروا", "يشير", "تشير"),
    ("أوضح", "أوضحت", "أوضحوا", "يوضح", "توضح"),
    ("أكد", "أكدت", "أكدوا", "يؤكد", "تؤكد"),
    ("دعا", "دعت", "دعوا", "يدعو", "تدعو"),
    ("حث", "حثت", "حثوا", "يحث", "تحث"),
    ("ناشد", "ناشدت", "ناشدوا", "يناشد", "تناشد"),
    ("كتب", "كتبت", "كتبوا", "يكتب", "تكتب"),
    ("أضاف", "أضافت", "أضافوا", "يضيف", "تضيف"),
    ("تابع", "تابعت"),
    ("شدد", "شددت", "شددوا", "يشدد", "تشدد"),
    ("اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر"),
    ("صرح", "صرحت", "صرحوا", "يصرح", "تصرح"),
    ("ذكر", "ذكرت", "ذكروا", "يذكر", "تذكر"),
    ("أفاد", "أفادت", "أفادوا", "يفيد", "تفيد"),
    ("نفى", "نفت", "نفوا", "ينفي", "تنفي"),
    ("حذر", "حذرت", "حذروا", "يحذر", "تحذر"),
    ("طالب", "طالبت", "طالبوا", "يطالب", "تطالب"),
    ("اتهم", "اتهمت", "اتهموا", "يتهم", "تتهم"),
    ("وصف", "وصفت", "وصفوا", "يصف", "تصف"),
    ("أدان", "أدانت", "أدانوا", "يدين", "تدين"),
    ("لفت", "لفتت"),
    ("نقل", "نقلت"),
    ("أفصح", "أفصحت"),
    ("زعم", "زعمت", "زعموا", "يزعم", "تزعم"),
    ("رأى", "رأت", "رأوا", "يرى", "ترى"),
    ("غرد", "غردت", "يغرد"),
    ("أردف", "أردفت"),
    ("استطرد", "استطردت"),
    ("أبلغ", "أبلغت"),
    ("أعرب", "أعربت", "أعربوا", "يعرب", "تعرب"),
    ("أبدى", "أبدت", "أبدوا", "يبدي", "تبدي"),
):
    VERBS.update(_forms(*_group))

# Verbs that are only speech with a complement: a quote, أن/إن, a colon or عن.
# ("أعلن حالة الطوارئ" declares an act; "أعلن أن ..." reports speech.)
NEEDS_COMPLEMENT = frozenset(normalize(v) for v in (
    "أعلن", "نقل", "كتب", "ذكر", "رأى", "وصف", "أدان", "أعرب", "تابع", "أبلغ", "لفت", "أبدى",
))

ATTRIBUTION = Attribution(
    verbs=VERBS,
    participles=frozenset(normalize(w) for w in (
        "مضيفا", "مضيفة", "مشيرا", "مشيرة", "مؤكدا", "مؤكدة", "موضحا", "موضحة", "معتبرا", "معتبرة",
        "لافتا", "لافتة", "داعيا", "داعية", "محذرا", "محذرة", "مشددا", "مشددة", "قائلا", "قائلة",
        "متسائلا", "متسائلة", "معربا", "معربة", "منوها", "منوهة", "مطالبا", "مطالبة",
    )),
    verb_first=True,
    complementizers=frozenset(normalize(w) for w in (
        "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأن", "بأنه", "بأنها", "بأنهم",
        "فإن", "وأن", "أنّ", "إنّ",
    )),
    particles=frozenset(normalize(w) for w in ("إلى", "على", "عن", "الى", "من", "ب")),
    according_to=tuple(normalize(w) for w in (
        "وفقا ل", "وفقاً لـ", "بحسب", "حسب", "نقلا عن", "جاء في", "ورد في", "بحسب ما أفاد", "وفق ما أفاد", "طبقا ل", "على حد قول", "كما قال", "كما ذكرت",
    )),
    according_fillers=frozenset(normalize(w) for w in ("ما", "به", "عنه", "عنها", "بها")),
    according_self=tuple(normalize(w) for w in ("بحسب قوله", "على حد قوله", "على حد تعبيره", "وفق قوله", "حسب قوله")),
    pronouns=frozenset(normalize(w) for w in ("هو", "هي", "هم", "لكنه", "لكنها", "لكنهم", "إلا أنه", "إلا أنها")),
    anaphors=frozenset(normalize(w) for w in ("البيان", "الوزارة", "المتحدث", "المتحدثة", "الرئيس", "المصدر")),
    discourse=frozenset(normalize(w) for w in (
        "بدوره", "بدورها", "بدورهم", "من جهته", "من جهتها", "من جانبه", "من جانبها", "هذا", "كما",
        "في", "وفي", "من", "ناحية", "أخرى", "الوقت", "نفسه", "ذلك", "وقد", "قد", "كان", "كانت", "ثم",
        "أما", "وأما", "غير", "أن", "لكن", "بينما", "فيما", "المقابل", "جانبها", "جانبه", "جهتها", "جهته",
    )),
    subject_stop=frozenset(normalize(w) for w in (
        "في", "على", "عبر", "خلال", "أمس", "اليوم", "مساء", "صباح", "فجر", "ظهر", "عصر", "أمام", "بعد",
        "قبل", "منذ", "حول", "ضد", "مع", "عن", "من", "لدى", "وسط", "أثناء", "الأحد", "الاثنين", "الثلاثاء",
        "الأربعاء", "الخميس", "الجمعة", "السبت", "لوسائل", "للصحفيين", "لوكالة", "ل", "الى", "إلى",
    )),
    time_words=frozenset(normalize(w) for w in (
        "أمس", "اليوم", "مساء", "صباح", "ليل", "ليلة", "فجر", "ظهر", "عصر", "الليلة", "مرارا", "سابقا",
        "أيضا", "مجددا", "كذلك", "أخيرا", "لاحقا", "حينها", "الأحد", "الاثنين", "الإثنين", "الثلاثاء",
        "الأربعاء", "الخميس", "الجمعة", "السبت", "سابق", "وقت", "الماضي", "الحالي",
    )),
    speaker_nouns=frozenset(normalize(w) for w in (
        "شاهد", "شهود", "مصدر", "مصادر", "مسؤول", "مسؤولون", "مسؤولين", "متحدث", "المتحدث", "متحدثة",
        "وزير", "وزارة", "الوزارة", "سكان", "محلل", "محللون", "ناشط", "ناشطون", "متظاهرون", "مراسل",
        "وكالة", "صحيفة", "قناة", "بيان", "البيان", "رئيس", "الرئيس", "الشرطة", "الجيش", "الحكومة",
        "السلطات", "حزب", "منظمة", "مكتب", "سفارة", "مجلس", "لجنة", "قائد", "محامي", "طبيب",
    )),
    needs_complement=NEEDS_COMPLEMENT,
    cased=False,
    participle_splits=True,
    nominal_prefixes=tuple(normalize(p) for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل")),
    relay_verbs=frozenset({normalize("نقل")}),
    relay_particles=frozenset({normalize("عن")}),
    quote_markers=frozenset(normalize(w) for w in ("قوله", "قولها", "قولهم", "قولهما")),
    reporting_particles=frozenset(normalize(w) for w in ("عن", "من", "ب")),
    teasers=("اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "شاهد"),
    credits=CREDITS,
    pointers=frozenset({"ذلك", "هذا", "هذه"}),
    list_joiners=frozenset({"&"}),
    conjunction_clitics=("و",),
)

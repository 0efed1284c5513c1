"""Arabic speech verbs: the inventory, by principal parts, and the forms whose other reading wins.

This is the lexicon :mod:`framing.languages.ar_morphology` conjugates: each
:class:`Verb` is three principal parts (perfect, imperfect, active participle);
:data:`EXCLUDED` holds generated forms that are never read as verbs (their
noun or particle reading dominates news text), :data:`AMBIGUOUS` forms that
are read only where a complement follows them. The rules live in
``ar_morphology``; no form here is listed that a rule makes.
"""

from __future__ import annotations

from dataclasses import dataclass


def normalize(text: str) -> str:
    """``framing.languages.ar.normalize``, looked up at call time: ``ar.py`` imports this module."""
    from framing.languages.ar import normalize as language_normalize

    return language_normalize(text)


@dataclass(frozen=True)
class Verb:
    """One speech verb by its principal parts, vocalised only where it matters.

    Attributes
    ----------
    perfect : 3rd m sg perfect; shadda on a doubled last radical (حثّ).
    imperfect : 3rd m sg imperfect, or None when every imperfect is another
        verb's (أبلغ: يبلغ "reaches"; وعد: يعد "is considered").
    participle : active participle m sg stem, final ي for a defective (داعي),
        or None when its forms are mostly nouns (كاتب "writer", مفيد "useful").
    objects : takes an object pronoun suffix (أبلغه، دعاهم).

    Examples
    --------
    >>> Verb("أكّد", "يؤكّد", "مؤكّد").lemma
    'اكد'
    """

    perfect: str
    imperfect: str | None
    participle: str | None
    objects: bool = False

    @property
    def lemma(self) -> str:
        """The normalised perfect, the verb's name in ``ar.VERBS``."""
        return normalize(self.perfect)


# To add a verb: one line here (it must report speech, cognition, a call, an
# accusation, a denial, an evaluation, a feeling, a promise or a threat), and
# any form of it that is mostly something else into EXCLUDED or AMBIGUOUS.
V = Verb
VERBS: tuple[Verb, ...] = (
    # saying and reporting
    V("قال", "يقول", "قائل"), V("أعلن", "يعلن", "معلن"), V("أشار", "يشير", "مشير"),
    V("أوضح", "يوضح", "موضح"), V("أضاف", "يضيف", "مضيف"), V("تابع", None, None),
    V("صرّح", "يصرّح", "مصرّح"), V("ذكر", "يذكر", "ذاكر"), V("أفاد", "يفيد", None),
    V("كتب", "يكتب", None), V("نقل", "ينقل", "ناقل"), V("أردف", "يردف", "مردف"),
    V("استطرد", "يستطرد", "مستطرد"), V("أبلغ", None, None, True), V("أخبر", "يخبر", None, True),
    V("أفصح", "يفصح", "مفصح"), V("أورد", "يورد", None), V("غرّد", "يغرّد", "مغرّد"),
    V("تحدّث", "يتحدّث", None), V("بيّن", "يبيّن", "مبيّن"), V("نوّه", "ينوّه", "منوّه"),
    V("لفت", "يلفت", "لافت"), V("كشف", "يكشف", "كاشف"), V("ختم", "يختم", None),
    V("اختتم", "يختتم", "مختتم"), V("علّق", "يعلّق", None), V("أجاب", "يجيب", "مجيب"),
    V("سأل", "يسأل", None, True), V("تساءل", "يتساءل", "متسائل"),
    V("استدرك", "يستدرك", "مستدرك"), V("أدلى", "يدلي", "مدلي"), V("لاحظ", "يلاحظ", "ملاحظ"),
    V("ألمح", "يلمح", "ملمح"), V("ركّز", "يركّز", None), V("رجّح", "يرجّح", "مرجّح"),
    # asserting, believing, stressing, expressing
    V("أكّد", "يؤكّد", "مؤكّد"), V("اعتبر", "يعتبر", "معتبر"), V("رأى", "يرى", None),
    V("اعتقد", "يعتقد", None), V("زعم", "يزعم", "زاعم"), V("أقرّ", "يقرّ", None),
    V("اعترف", "يعترف", "معترف"), V("توقّع", "يتوقّع", None), V("شدّد", "يشدّد", "مشدّد"),
    V("جدّد", "يجدّد", "مجدّد"), V("أعرب", "يعرب", "معرب"), V("أبدى", "يبدي", "مبدي"),
    V("عبّر", "يعبّر", None), V("كرّر", "يكرّر", "مكرّر"), V("ردّد", "يردّد", "مردّد"),
    V("شعر", "يشعر", None), V("دان", None, None),
    # calling, urging, requesting, warning
    V("دعا", "يدعو", "داعي", True), V("حثّ", "يحثّ", "حاث", True), V("حضّ", "يحضّ", None, True),
    V("ناشد", "يناشد", "مناشد", True), V("طالب", "يطالب", "مطالب", True), V("طلب", "يطلب", None),
    V("اقترح", "يقترح", None), V("أوصى", "يوصي", "موصي", True), V("نبّه", "ينبّه", "منبّه", True),
    V("حذّر", "يحذّر", "محذّر", True),
    # accusing, denying, judging
    V("اتّهم", "يتّهم", None, True), V("نفى", "ينفي", "نافي"), V("أنكر", "ينكر", None),
    V("وصف", "يصف", "واصف", True), V("أدان", "يدين", None, True), V("ندّد", "يندّد", "مندّد"),
    V("استنكر", "يستنكر", "مستنكر"), V("انتقد", "ينتقد", "منتقد", True), V("رفض", "يرفض", "رافض"),
    V("عارض", "يعارض", None, True), V("أيّد", "يؤيّد", None, True), V("أشاد", "يشيد", "مشيد"),
    V("رحّب", "يرحّب", "مرحّب"), V("أثنى", "يثني", "مثني"), V("شكر", "يشكر", "شاكر"),
    V("دافع", "يدافع", "مدافع"), V("قلّل", "يقلّل", "مقلّل"), V("استبعد", "يستبعد", None),
    V("اعتذر", "يعتذر", "معتذر"),
    # promising, threatening, hoping, fearing
    V("وعد", None, "واعد"), V("تعهّد", "يتعهّد", "متعهّد"), V("هدّد", "يهدّد", "مهدّد", True),
    V("توعّد", "يتوعّد", "متوعّد", True), V("تمنّى", "يتمنّى", "متمنّي"), V("أمل", "يأمل", "آمل"),
    V("خشي", "يخشى", None),
    # estimating: "قدّر X أن …" (its imperfect is mostly "can" or "is estimated", its participle "estimated")
    V("قدّر", None, None),
)
del V

# Object pronouns on a finite verb: him, her, them, them two, them (f), you (pl), us.
OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن", "كم", "نا")

# Normalised forms never returned, with any clitics: their other reading
# dominates news text.
EXCLUDED = frozenset({
    "بين", "تبين",          # بين "between" (وبين، بينهم); تبيّن "it turned out"
    "دعوه", "توصيه",        # دعوة "invitation"; توصية "recommendation" (توصي+ه)
    "رايا",                 # رأياً "opinion" (رأى is kept: a complement must follow it)
    "امل", "املا", "امله",  # أمل "hope", أملاً في, أمله "his hope"
    "ادانه",                # إدانة "condemnation" (عبر "via" is ar.feeling_homographs)
    "طالبا", "طالبه",       # طالب "student", طالبة
    "دافعا", "تابعا",       # دافعاً "motive"; تابعاً "affiliated"
    "مرحبا", "مجددا",       # مرحباً "hello"; مجدداً "again"
    "لافته", "لافتات",      # لافتة "banner", "بصورة لافتة" remarkably
    "ذاكره", "واعده",       # ذاكرة "memory"; واعدة "promising"
    "ناقله", "ناقلات",      # ناقلة "tanker"
    "مهدده", "مهددين", "مهددات",  # passive مهدَّد "threatened, endangered"
    "متعهدين", "منبهات",    # "contractors"; "stimulants"
    "مغردين", "مغردات",     # مغردون "tweeters" (the noun)
    "اثنين", "اثنتا",       # اثنين "two", اثنتا عشرة "twelve" (أثنى: أثنين، أثنتا)
    # A 3rd dual perfect that is an accusative masdar or noun with tanwin alef:
    "كتبا", "ذكرا", "نقلا", "وصفا", "وعدا", "طلبا", "رفضا", "شكرا", "كشفا", "حذرا",
    "ختما", "نفيا", "توقعا", "تعهدا", "قدرا",  # كتباً "books", نقلاً عن "quoting", شكراً, حذراً "cautiously", ...
})

# Forms returned although they have another common reading; callers should
# want a complement (أن، إن، a quote, a particle) after them.
AMBIGUOUS: dict[str, str] = {
    "راي": "opinion (رأي)", "كتب": "books", "ذكر": "male; mention", "نقل": "transport", "وصف": "description",
    "وصفه": "his description; recipe (وصفة)", "طلب": "request", "وعد": "promise",
    "رفض": "refusal", "شكر": "thanks", "حذر": "caution", "طالب": "student",
    "تابع": "affiliated to", "دافع": "motive", "جدد": "new (pl.)", "كشف": "list; exposure",
    "ختم": "seal", "زعم": "claim", "تعهد": "pledge", "توقع": "expectation", "نفي": "denial",
    "حث": "urging", "علق": "suspended, hung", "اوضح": "clearer", "ايد": "hands",
    "يدين": "two hands", "سال": "flowed", "سالت": "flowed (f.)", "تامل": "contemplation",
    "اعتقد": "I believe (أعتقد), mostly in quotations", "يعتبر": "is considered",
    "يذكر": "it is noted (ويذكر أن)", "يعتقد": "it is believed", "يتوقع": "is expected",
    "يتهم": "is accused", "يرجح": "is likely (يُرجَّح أن)", "مشدده": "tightened (حراسة مشددة)", "مؤكده": "confirmed",
    "معلنه": "declared", "معتبره": "considerable", "داعيه": "preacher", "مضيفه": "hostess",
    "حذره": "cautious (f.)", "رحب": "spacious", "تعارض": "contradiction", "مدافعين": "defenders",
    "تعلق": "related (تعلّق بـ)", "يعبر": "crosses (يعبُر)",
    "قدر": "amount; fate (بقدر، قدر من)",
}

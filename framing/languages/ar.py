"""Arabic: orthographic normalisation, proclitics, light stemming."""

from __future__ import annotations

import re
import unicodedata
from typing import Sequence

from framing.languages.polarity_table import Polarity, verb_table
from framing.languages.tables import Attribution, Language, Reference
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
NEGATORS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "ليسوا", "ليسا", "لسنا", "لستم", "لست", "لسن", "لستن", "غير",
                      "بدون", "دون"})
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


_TANWIN_ALEF = ("اً", "ًا")


def _case_forms(token: str) -> tuple[str, ...]:
    """A noun in the accusative with its tanwin written ("مصدراً مطلعاً") is also the bare noun."""
    if token.endswith(_TANWIN_ALEF) and len(token) > 4:
        return (normalize(token[:-2]),)
    return ()


_MARK_RUN = re.compile(f"{_MARKS.pattern}*")
_ARTICLE_LAM = "ل"
# Nouns of sources that begin with lam: "ل" on them is written with two lams with the article or without it
# ("للجنة" is "ل" + "لجنة" or "ل" + "اللجنة"), so their second lam is no article.
_LAM_NOUNS = frozenset(normalize(w) for w in ("لجنة", "لجان", "لواء"))


def detach(word: str, clitic: str) -> tuple[str, ...]:
    """A word as written with a proclitic, without it: "لوزارة" -> "وزارة". "لـ" before the article takes
    its alif ("للشرطة" -> "الشرطة"), so a word it leaves starting with lam is first read with the article,
    then as written ("للوكا" -> "الوكا", "لوكا"), except a noun that starts with lam itself.

    >>> detach("لوزارة الداخلية", "ل"), detach("لِلشرطة", "ل"), detach("للجنة الانتخابات", "ل")[0]
    (('وزارة الداخلية',), ('الشرطة', 'لشرطة'), 'لجنة الانتخابات')
    """
    k = 0
    for _ in clitic:  # each letter of the clitic, with the marks written on it
        k = _MARK_RUN.match(word, k + 1).end()
    rest = word[k:]
    if clitic != _ARTICLE_LAM or not rest.startswith(_ARTICLE_LAM):
        return (rest,)
    if normalize(rest.split(" ", 1)[0]) in _LAM_NOUNS:
        return (rest, "ال" + rest)  # "للجنة": "لجنة" (mostly a construct, "لجنة الانتخابات"), or "اللجنة"
    return ("ا" + rest, rest)


def _verb_forms(word: str) -> tuple[tuple[str, str], ...]:
    from framing.languages.ar_morphology import verb_forms

    return verb_forms(word)


LANGUAGE = Language(code="ar", normalize=normalize, proclitics=PROCLITICS, min_base=MIN_BASE,
                    negators=NEGATORS, term_bases=term_bases, pseudo_negators=PSEUDO_NEGATORS,
                    negator_proclitics=("و", "ف", "ب"), cased=False,
                    negation_stops=frozenset(normalize(w) for w in ("بل", "لكن", "ولكن", "لكنه", "لكنها", "إنما",
                                                                    "وإنما", "بينما")),
                    verb_forms=_verb_forms, case_forms=_case_forms, detach=detach)


# Speech verbs come from ``ar_morphology``: perfect, imperfect, future and
# participle forms of an inventory of verb specs, with their clitics, by rule.
# (Imported here, below ``normalize``, which the morphology module uses.)
from framing.languages.ar_morphology import AMBIGUOUS, lemmas  # noqa: E402
from framing.languages.ar_morphology import agreement as _agreement  # noqa: E402
from framing.languages.ar_verbs import VERBS  # noqa: E402
from framing.languages.ar_phrases import PREAMBLE  # noqa: E402

# A Form III participle's feminine (singular and plural) is also its masdar: مطالبة "demanding" and
# "demand", مناشدة. Right after a comma it opens a circumstantial clause ("…، مطالبة بالإفراج عن …").
COMMA_PARTICIPLES = {normalize(v.participle + end): v.lemma for v in VERBS if v.participle
                     and len(normalize(v.perfect)) == 4 and normalize(v.perfect)[1] == "ا"
                     and normalize(v.participle).startswith("م") for end in ("ة", "ات")}


# Verbs that are only speech with a complement: a quote, أن/إن, a colon or عن.
# ("أعلن حالة الطوارئ" declares an act; "أعلن أن ..." reports speech.)
NEEDS_COMPLEMENT = frozenset(normalize(v) for v in (
    "أعلن", "نقل", "كتب", "ذكر", "رأى", "وصف", "أعرب", "تابع", "أبلغ", "لفت", "أبدى", "عبّر", "شعر",
    "قدّر",  # "قدّر جهود X" (appreciated) is an act; "قدّر أن …" (estimated) reports
))

# Verbs that report speech only with their particle: "تحدث عن" (spoke about), "طلب من … أن"
# (asked of), "ركز على" (stressed); alone they are "spoke on condition …", "asked not to be named".
PHRASAL = {normalize("تحدّث"): (normalize("عن"),), normalize("طلب"): (normalize("من"),),
           normalize("ركّز"): (normalize("على"),)}  # "ركز على" (stressed), not "ركز قواته" (massed)

# Evaluations of a target (condemned, praised, rejected …): the content is the object, which ends
# at the clause ("رفضت المعارضة النتائج، إذ قالت …").
OBJECT_VERBS = frozenset(normalize(v) for v in (
    "رفض", "انتقد", "أدان", "دان", "ندّد", "استنكر", "أشاد", "رحّب", "شكر", "أيّد", "عارض", "دافع", "أثنى",
    "اتّهم", "وصف", "نفى", "أنكر",
))

RELATIVIZERS = frozenset(normalize(w) for w in ("الذي", "التي", "الذين", "اللذان", "اللتان", "اللواتي", "اللاتي"))

ATTRIBUTION = Attribution(
    cue_verbs=frozenset(lemmas()) - frozenset(PHRASAL),
    phrasal=PHRASAL,
    feeling_verbs=frozenset(normalize(v) for v in ("أعرب", "عبّر", "أبدى", "شعر")),
    feeling_nouns=frozenset(normalize(w) for w in (
        "قلق", "قلقه", "قلقها", "قلقهم", "أسف", "أسفه", "أسفها", "أسفهم", "ارتياح", "ارتياحه", "ارتياحها",
        "أمل", "أمله", "أملها", "ترحيب", "ترحيبه", "ترحيبها", "تضامن", "تضامنه", "تضامنها", "استياء", "استياءه",
        "استياءها", "انزعاج", "انزعاجه", "رفض", "رفضه", "رفضها", "دعم", "دعمه", "دعمها", "تعازي", "تعازيه",
        "حزن", "حزنه", "حزنها", "غضب", "غضبه", "إدانة", "إدانته", "تقدير", "تقديره", "استنكار", "استنكاره",
        "استنكارها", "شكره", "شكرها", "امتنان", "امتنانه", "امتنانها", "سعادته", "سعادتها", "تفاؤله", "تفاؤلها")),
    feeling_homographs={normalize("عبر"): normalize("عن")},  # عبّر عن قلقه; عبر "via" else
    feeling_prepositions=frozenset(normalize(w) for w in ("إزاء", "من", "على", "ل", "بشأن", "حيال", "تجاه", "لـ",
                                                          "جراء", "مما", "عما", "بسبب")),
    # a preposition written on a noun with its article ("بالمتظاهرين", "للصحفيين"); not a bare بـ/لـ,
    # which begin names too ("بوتين", "لام")
    prepositional_clitics=tuple(normalize(c) for c in ("وبال", "ولل", "فبال", "بال", "لل", "كال")),
    saying_verbs=frozenset(normalize(v) for v in ("قال", "أعلن", "أضاف", "كتب", "ذكر", "أفاد", "أوضح", "صرّح")),
    object_verbs=OBJECT_VERBS,
    naming_verbs=frozenset({normalize("وصف")}),  # "وصف X بأنه Y"
    pronoun_suffixes=frozenset(normalize(s) for s in ("ه", "ها", "هم", "هما", "هن", "ي", "نا", "كم")),
    first_person=frozenset(normalize(w) for w in ("أنا", "أنت", "أنتم")),
    ambiguous_forms=frozenset(AMBIGUOUS),
    preamble=PREAMBLE,
    comma_participles=COMMA_PARTICIPLES,
    what_relatives=frozenset(normalize(w) for w in ("ما", "مما", "بما", "وهو ما", "وهذا ما")),
    imperfect_prefixes=("ي", "ت"),
    verb_first=True,
    complementizers=frozenset(normalize(w) for w in (
        "أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأن", "بأنه", "بأنها", "بأنهم",
        "فإن", "وأن", "أنّ", "إنّ",
    )),
    particles=frozenset(normalize(w) for w in ("إلى", "على", "عن", "الى", "من", "ب")),
    according_to=tuple(normalize(w) for w in (
        "وفقا ل", "وفقاً لـ", "وفق", "بحسب", "حسب", "نقلا عن", "جاء في", "ورد في", "بحسب ما أفاد", "وفق ما أفاد",
        "طبقا ل", "على حد قول", "على حد تعبير", "كما قال", "كما ذكرت",
    )),
    # "in accordance with" as much as "according to": a source only before a source
    according_checked=frozenset(normalize(w) for w in ("وفق", "وفقا ل", "وفقاً لـ", "طبقا ل")),
    according_fillers=frozenset(normalize(w) for w in ("ما", "به", "عنه", "عنها", "بها")),
    # "أصدرت X بياناً جاء فيه أن …": "in which it came", the statement just issued, whose issuer speaks
    according_self=tuple(normalize(w) for w in ("بحسب قوله", "على حد قوله", "على حد تعبيره", "وفق قوله", "حسب قوله",
                                                "جاء فيه", "جاء فيها", "ورد فيه", "ورد فيها")),
    pronouns=frozenset(normalize(w) for w in ("هو", "هي", "هم", "لكنه", "لكنها", "لكنهم", "إلا أنه", "إلا أنها",
                                              # honorifics with a pronoun: "His Excellency", "His Highness"
                                              "معاليه", "معاليها", "سعادته", "سعادتها", "فخامته", "سموه",
                                              # "وختم قوله": "his saying" after the verb, its own speaker
                                              "قوله", "قولها", "قولهم", "حديثه", "حديثها")),
    anaphors=frozenset(normalize(w) for w in ("البيان", "الوزارة", "المتحدث", "المتحدثة", "الرئيس", "المصدر",
                                              # "the same source": the one cited before
                                              "المصدر ذاته", "المصدر نفسه", "المصادر ذاتها", "المصادر نفسها",
                                              "ذات المصدر", "ذات المتحدث", "المتحدث ذاته", "المتحدث نفسه",
                                              # a bare description of the one speaking ("وأكد الخبير أن …")
                                              "الخبير", "الخبيرة", "المفوض", "المفوضة", "المفوض الأممي")),
    discourse=frozenset(normalize(w) for w in (
        "بدوره", "بدورها", "بدورهم", "من جهته", "من جهتها", "من جانبه", "من جانبها", "هذا", "كما",
        "في", "وفي", "من", "ناحية", "أخرى", "الوقت", "نفسه", "ذلك", "وقد", "قد", "كان", "كانت", "ثم",
        "أما", "وأما", "غير", "أن", "لكن", "بينما", "فيما", "المقابل", "جانبها", "جانبه", "جهتها", "جهته",
        "حيث", "إذ", "حين", "عندما", "بعدما", "قبلما", "كلما", "لما", "كل",
    )),
    subject_stop=frozenset(normalize(w) for w in (
        "في", "على", "عبر", "خلال", "أمس", "اليوم", "مساء", "صباح", "فجر", "ظهر", "عصر", "أمام", "بعد",
        "قبل", "منذ", "حول", "ضد", "مع", "عن", "من", "لدى", "وسط", "أثناء", "الأحد", "الاثنين", "الثلاثاء",
        "الأربعاء", "الخميس", "الجمعة", "السبت", "لوسائل", "للصحفيين", "لوكالة", "ل", "الى", "إلى",
        "رغم", "برغم", "عقب", "إثر", "اثر", "بسبب", "لدى", "عند", "بعيد", "قبيل",
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
        "السلطات", "حزب", "منظمة", "مكتب", "سفارة", "مجلس", "لجنة", "هيئة", "نقابة", "قائد", "محامي", "طبيب",
    )),
    needs_complement=NEEDS_COMPLEMENT,
    relativizers=RELATIVIZERS,
    affiliation_prepositions=frozenset(normalize(w) for w in ("في", "لدى")),  # "مسؤول كبير في X"
    object_relativizers=RELATIVIZERS,  # "نددت بالمهاجمين، الذين أحرقوا …": the object runs on past its comma
    cased=LANGUAGE.cased,
    participle_splits=True,
    topic_verbs=frozenset({normalize("علّق")}),  # "علّق على القرار قائلاً: …": the decision is the topic
    adverbial_endings=("ا",),  # the accusative singular: "…، مرجحاً أن …", "… واصفاً إياها بـ…"
    nominal_prefixes=tuple(normalize(p) for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل")),
    relay_verbs=frozenset({normalize("نقل")}),
    trailing=frozenset(normalize(w) for w in ("قد", "لقد")),  # "وكان X قد أعلن": the pluperfect
    addressees=frozenset(normalize(w) for w in ("للصحفيين", "للصحافيين", "لوسائل", "لوكالة", "لقناة", "لصحيفة",
                                                "للتلفزيون", "لموقع", "لإذاعة")),
    relay_particles=frozenset({normalize("عن")}),
    quote_markers=frozenset(normalize(w) for w in ("قوله", "قولها", "قولهم", "قولهما")),
    reporting_particles=frozenset(normalize(w) for w in ("عن", "من", "ب")),
    teasers=("اقرأ أيضا", "اقرأ أيضاً", "اقرأ المزيد", "شاهد"),
    credits=(*CREDITS, "الصورة", "صورة", "رويترز", "أ ف ب", "ا ف ب", "فرانس برس", "الأناضول"),
    pointers=frozenset({"ذلك", "هذا", "هذه"}),
    list_joiners=frozenset({"&"}),
    conjunction_clitics=("و",),
    clause_openers=frozenset(normalize(w) for w in ("فيما", "بينما", "حيث", "إذ", "وفيما", "وبينما")),
    joiners=frozenset(normalize(w) for w in ("فيما", "بينما", "حيث", "إذ", "وفيما", "وبينما", "لكن", "ولكن")),
)


def _noun_features(word: str) -> tuple[str | None, str | None]:
    """A plural of persons ("المتظاهرون", "المسؤولين"); else unknown. (No gender: an actor is named both
    by its institution, often feminine ("الوزارة"), and by its people.)"""
    norm = normalize(word)
    stem = norm[2:] if norm.startswith("ال") else norm
    # a sound plural has a stem of at least four letters before ون/ين ("متظاهرين", "مسؤولون"), three before
    # ات ("سلطات"); shorter words in ين are names ("ياسين", "برلين")
    if len(stem) >= 6 and stem.endswith(("ون", "ين")) or len(stem) >= 5 and stem.endswith("ات"):
        return None, "pl"
    return None, None


def _words(*words: str) -> frozenset[str]:
    return frozenset(normalize(w) for w in words)


_POSSESSIVE_SUFFIXES = tuple(normalize(s) for s in ("ها", "هم", "هما", "هن", "ه", "نا", "كم"))


def _possessed_stems(word: str) -> tuple[str, ...]:
    """"بيانها" -> "بيان", "وزارتها" -> "وزاره" (ة is written ت before a suffix): a noun and its owner."""
    stems = [word.removesuffix(s) for s in _POSSESSIVE_SUFFIXES if word.endswith(s) and len(word) - len(s) >= 3]
    return tuple(s[:-1] + normalize("ة") if s.endswith("ت") else s for s in stems)


# Words that speak in the first person at the head of a clause: pronouns, and particles with "نا"/"ني" on them.
_OWN_VOICE = _words("نحن", "أنا", "إننا", "إنني", "إنا", "أننا", "أنني", "لكننا", "لكنني", "لدينا", "لدي", "علينا",
                    "لنا", "عندنا")
_JUSSIVE_NEGATORS = _words("لن", "لم")  # followed only by an imperfect, whose prefix gives its person
_FIRST_PERSON_PREFIXES = tuple(normalize(c) for c in ("ن", "أ"))


def _own_voice(words: Sequence[str]) -> bool:
    """A clause in the first person: "ونحن …", "وإننا …", "ولن نقبل …" (lan/lam and a verb in ن or أ)."""
    if not words:
        return False
    first = words[0][1:] if words[0][:1] in ("و", "ف") and len(words[0]) > 2 else words[0]
    if first in _OWN_VOICE:
        return True
    return first in _JUSSIVE_NEGATORS and len(words) > 1 and words[1].startswith(_FIRST_PERSON_PREFIXES)


REFERENCE = Reference(
    possessed_stems=_possessed_stems,
    pronoun_features={normalize(w): f for w, f in (("هو", ("m", "sg")), ("هي", ("f", "sg")), ("هم", ("m", "pl")),
                                                  ("لكنه", ("m", "sg")), ("لكنها", ("f", "sg")), ("لكنهم", ("m", "pl")))},
    role_nouns=_words("رئيس", "رئيسة", "زعيم", "زعيمة", "وزير", "وزيرة", "متحدث", "متحدثة", "ناطق", "ناطقة", "سفير",
                      "دبلوماسي", "مسؤول", "مسؤولة", "مندوب", "ممثل", "أمين", "مستشار", "قائد", "مرشح", "مرشحة", "نائب"),
    institution_nouns=_words("وزارة", "حكومة", "سلطات", "رئاسة", "مكتب", "مجلس", "لجنة", "هيئة", "سفارة", "جيش",
                             "شرطة", "خارجية", "برلمان", "إدارة", "قيادة", "مفوضية",
                             "نقابة"),
    document_nouns=_words("بيان", "تصريح", "رسالة", "تقرير", "مرسوم", "قرار", "تغريدة", "منشور", "كلمة", "خطاب"),
    outlet_nouns=_words("وكالة", "صحيفة", "جريدة", "قناة", "تلفزيون", "إذاعة", "موقع", "مجلة", "شبكة"),
    body_qualifiers=_words("الأممية", "الأممي", "الدولية", "الدولي", "الإنسانية", "الإغاثية", "الأوروبية"),
    titles={normalize("السيد"): "m", normalize("السيدة"): "f"},
    namers=("يدعى", "تدعى", "اسمه", "اسمها", "يدعي"),
    owner_links=_words("صادر", "الصادر", "صادرة", "الصادرة", "عن", "من"),
    definite_prefixes=tuple(normalize(p) for p in ("ال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل")),
    indefinite_endings=(normalize("اً"),),
    generic_nouns=_words("السلطات", "الحكومة", "الشرطة", "الجيش", "المعارضة", "الوزارة", "الرئاسة", "البرلمان",
                         "المحتجون", "المحتجين", "المتظاهرون", "المتظاهرين", "الوكالة", "المتحدث", "الرئيس"),
    agreement=_agreement,
    noun_features=_noun_features,
    own_voice=_own_voice,
    marker_features={normalize(w): f for w, f in (("قوله", ("m", "sg")), ("قولها", ("f", "sg")),
                                                  ("قولهم", ("m", "pl")), ("قولهما", (None, "pl")))},
)


# Verbs (and their nouns) that ascribe a label, in the forms news uses, with
# the object pronouns they carry, and what links the label: the preposition
# bi- glued to it ("وصموهم بالإرهاب"), ka- or "على" ("تصويرهم على أنهم").
_ASCRIBING_FORMS = {
    "وصم": ("وصم", "يصم", "تصم", "وصموا", "وصمت", "يصمون", "وصمهم", "وصمونا", "يصموننا", "يصمهم", "وصمه"),
    "اتهم": ("اتهم", "يتهم", "تتهم", "اتهموا", "اتهمت", "يتهمون", "اتهمهم", "اتهمونا", "يتهموننا", "يتهمهم",
             "اتهام", "اتهامات", "اتهامها", "اتهامهم"),
    "نعت": ("نعت", "ينعت", "تنعت", "نعتوا", "ينعتون", "نعتهم", "نعتونا", "ينعتوننا"),
    "صور": ("صور", "يصور", "تصور", "صوروا", "يصورون", "تصوير", "صورهم", "يصورهم", "تصويرهم"),
    "لفق": ("لفق", "يلفق", "لفقوا", "يلفقون", "تلفيق"),
}
_LINKERS = {"وصم": ("ب", "بال"), "اتهم": ("ب", "بال"), "نعت": ("ب", "بال"), "صور": ("ك", "كال", "على")}

POLARITY = Polarity(
    # besides determiners and copulas, the modal and the verbs of naming and deeming: "لا يمكن وصفهم
    # بالإرهابيين" denies the label as "they are not terrorists" does
    transparent=frozenset({"مجرد", "أي", "هناك", "ثمة", "يوجد", "توجد", "كان", "كانت", "كانوا", "يكون", "تكون",
                           "يكونوا", "تكن", "يكن", "يكونوا", "أبدا", "أبداً", "حتى", "قط", "هذا", "هذه", "ذلك", "تلك",
                           "من", "يمكن", "وصف", "وصفهم", "وصفه", "وصفها", "نصف", "نصفهم", "يصف", "اعتبار", "اعتبارهم",
                           "نعتبر", "نعتبرهم", "يعتبر", "تعتبر", "تسمية", "نسمي", "يسمى", "تسمى", "تصنيف", "نصنف",
                           "تصنيفهم", "عن", "في", "على", "إلى", "مع", "عبر", "خلال", "لدينا", "لدي", "لديهم", "عندنا", "يحدث", "حدث", "تحدث", "وقع", "يقع"}),
    before=(("ما", "يسمى"), ("ما", "تسمى"), ("ما", "سمي"), ("ما", "سميت"), ("ما", "يعرف"), ("ما", "تعرف"),
            ("ما", "يطلق", "عليه"), ("ما", "يطلق", "عليها"), ("ما", "يطلق", "عليهم"), ("مزاعم",), ("ادعاءات",)),
    after=frozenset({"المزعوم", "المزعومة", "المزعومين", "المزعومون", "مزعوم", "مزعومة"}),
    adjective_endings=("ية", "ي", "يا", "يين", "يون", "يات"),
    governed_by=("بال", "كال", "لل", "ولل", "فلل", "وبال", "وب", "ول", "وك", "فب", "فل", "ب", "ل", "ك"),
    verbs=verb_table(_ASCRIBING_FORMS, _LINKERS),
)


# How an outlet reports a speaker, by the lemma of the cue (framing.languages.CUE_CLASSES).
CUE_CLASSES = {
    "neutral": ("قال", "أضاف", "ذكر", "أوضح", "أشار", "صرح", "أفاد", "كتب", "أعلن", "أبلغ", "أخبر", "أجاب",
                "أردف", "تابع", "بين", "تحدث", "علق", "غرد", "نقل", "لفت", "نوه", "لاحظ", "أورد", "أدلى", "ختم",
                "اختتم", "استطرد", "استدرك", "كشف", "أفصح", "بحسب"),
    "assertive": ("أكد", "شدد", "جدد", "كرر", "ردد", "ركز", "تعهد", "وعد", "دافع"),
    "doubt": ("زعم", "ادعى"),
    "admission": ("اعترف", "أقر", "اعتذر"),
    "denial": ("نفى", "أنكر", "رفض", "استبعد", "عارض", "قلل"),
    "opinion": ("اعتبر", "رأى", "اعتقد", "شعر", "توقع", "أمل", "تمنى", "خشي", "تساءل", "قدر"),
    "evaluative": ("أدان", "دان", "ندد", "استنكر", "انتقد", "أشاد", "أثنى", "رحب", "شكر", "اتهم", "وصف", "أعرب",
                   "عبر", "أبدى", "أيد"),
    "directive": ("دعا", "طالب", "طلب", "حث", "حض", "ناشد", "حذر", "نبه", "هدد", "توعد", "اقترح", "أوصى"),
}


# Latin letters for Arabic ones, for readable ASCII ids ("ميهاي رادو" -> "mihai radu"): waw and yeh
# are consonants at the start of a word and long vowels inside it.
_LATIN = str.maketrans({
    "ا": "a", "أ": "a", "إ": "i", "آ": "a", "ب": "b", "ت": "t", "ث": "th", "ج": "j", "ح": "h", "خ": "kh", "د": "d",
    "ذ": "dh", "ر": "r", "ز": "z", "س": "s", "ش": "sh", "ص": "s", "ض": "d", "ط": "t", "ظ": "z", "ع": "", "غ": "gh",
    "ف": "f", "ق": "q", "ك": "k", "ل": "l", "م": "m", "ن": "n", "ه": "h", "ة": "a", "ى": "a", "ء": "", "ئ": "",
    "ؤ": "", "و": "u", "ي": "i", "پ": "p", "چ": "ch", "ڤ": "v", "گ": "g",
})
_INITIAL = {"و": "w", "ي": "y"}


def transliterate(text: str) -> str:
    """Arabic in Latin letters, other characters as they are.

    >>> transliterate("ميهاي رادو"), transliterate("يوسف وليد")
    ('mihai radu', 'yusf wlid')
    """
    words = [(_INITIAL.get(w[0], w[0]) + w[1:]) if w else w for w in normalize(text).split(" ")]
    return " ".join(w.translate(_LATIN) for w in words)

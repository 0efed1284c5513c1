"""Arabic speech verbs: every form by conjugation and clitic rules, not by lists.

The inventory (:data:`VERBS`) and its homograph tables (:data:`EXCLUDED`,
:data:`AMBIGUOUS`) are the lexicon in :mod:`framing.languages.ar_verbs`; this
module holds the rules that make and read their forms.

Representation
--------------
Each verb of :data:`VERBS` is one :class:`Verb` of three principal parts,
spelt as a dictionary gives them: the perfect and the imperfect, 3rd person
masculine singular, and the active participle (masculine singular stem, ``None``
when its forms are mostly nouns). Everything else is made by rule, and the weak
classes are read off that spelling, so no class needs writing down:

* doubled: the perfect ends in shadda (حثّ، أقرّ): حثثن، يحثثن;
* defective: the perfect ends in ا / ى, or in ي with an imperfect in ى
  (دعا يدعو، نفى ينفي، رأى يرى، خشي يخشى): دعتا، دعوا، نفيا، يدعون، يرين;
* hollow: alef before the last radical, a long vowel in the imperfect
  (قال يقول، أشار يشير): قلن، يقلن; otherwise sound (hamza seats are spelt out).

Principal parts beat (pattern, root): Form I imperfect vowels, hamza seats (يؤكد، متسائل)
and first-waw imperfects (يصف) are lexical anyway. The lemma is the normalised perfect.

Forms (all through ``ar.normalize``)
------------------------------------
* perfect and imperfect indicative, 3rd person m/f singular, dual and plural;
  the imperfect with future سـ (سيقول): FINITE;
* purpose لـ before a 3rd singular imperfect (ليقول، ثم عاد ليؤكد): INFINITIVE,
  a subjunctive like English "to say" — the construction decides whether it
  reports speech ("عاد ليؤكد") or an intention ("سافر ليطالب");
* the participle as a circumstantial accusative (حال): m singular with tanwin
  alef, f singular, m and f plural (قائلا، قائلة، قائلين، قائلات): GERUND. Form III
  gives no feminine: مفاعلة is its masdar (مطالبة، مناشدة، ملاحظات).
* Not made: 1st and 2nd person (نقول، أقول، قلت): they never report a third
  party, fill quotations ("نطالب"، "ندعو"), and collide (آمل is أمل "hope");
  jussive and subjunctive forms (يقل is "lessens"); passives and masdars.

Clitics (:func:`verb_forms`)
----------------------------
A token is read as ``[و|ف] [سـ|لـ] stem [object]``: an object suffix
(:data:`OBJECT_SUFFIXES`) only on finite forms of verbs whose object is the
addressee or target (``Verb.objects``: أبلغه، دعاهم، حثها، وصفه), not the
resumptive of "ما قاله / ما نفاه". -وا loses its alef before it (دعوه), ى becomes ا (أوصاه).

Homographs
----------
A form whose other reading dominates news text is in :data:`EXCLUDED` and is
never returned, with or without clitics. Forms kept although ambiguous are in
:data:`AMBIGUOUS`, for callers to guard (``ar.NEEDS_COMPLEMENT``). Left out of
the inventory: حمّل (every form is حمل "carry"; حمّله is حملة "campaign"),
ردّ (ورد "it came in"), زاد (يزيد "increases"), هاجم (military attack), رجّح
(يرجح "it is likely").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache

from framing.languages import FINITE, GERUND, INFINITIVE, VERB_FORM_TAGS
from framing.languages.ar_verbs import AMBIGUOUS, EXCLUDED, OBJECT_SUFFIXES, VERBS, Verb, normalize

__all__ = ["AMBIGUOUS", "EXCLUDED", "OBJECT_SUFFIXES", "VERBS", "Verb", "agreement", "inflections", "lemmas",
           "paradigm", "verb_forms"]


# Where a stem form stands in its paradigm, which decides the prefixes it takes.
_PERFECT, _IMPERFECT_SG, _IMPERFECT_PL, _PARTICIPLE = "perfect", "imperfect_sg", "imperfect_pl", "participle"
_FINITE_CELLS = frozenset({_PERFECT, _IMPERFECT_SG, _IMPERFECT_PL})
# Prefix between the conjunction and the stem -> the stem cells it takes, and the tag.
_PREFIXES: dict[str, dict[str, str]] = {
    "": {_PERFECT: FINITE, _IMPERFECT_SG: FINITE, _IMPERFECT_PL: FINITE, _PARTICIPLE: GERUND},
    "س": {_IMPERFECT_SG: FINITE, _IMPERFECT_PL: FINITE},
    "ل": {_IMPERFECT_SG: INFINITIVE},
}
_CONJUNCTIONS = ("", "و", "ف")
_SHADDA = "\u0651"
_VOWELS = re.compile("[\u064b-\u0650\u0652-\u065f\u0670\u0640]")  # every mark but shadda


def _kind(verb: Verb) -> str:
    """The weak class read off the spelling: sound, hollow, defective or doubled."""
    perfect = _VOWELS.sub("", verb.perfect)
    imperfect = _bare(verb.imperfect or "")
    if perfect.endswith(_SHADDA):
        return "doubled"
    if perfect[-1] in "اى" or (perfect[-1] == "ي" and imperfect.endswith("ى")):
        return "defective"
    perfect = perfect.replace(_SHADDA, "")
    if perfect[-2] == "ا" and (not imperfect or imperfect[-2] in "اوي"):
        return "hollow"
    return "sound"


def _bare(word: str) -> str:
    return _VOWELS.sub("", word).replace(_SHADDA, "")


def _feminine_plural(stem: str) -> str:
    # -نَ after a stem in ن is written once with shadda: أعلنّ، يعلنّ.
    return stem if stem.endswith("ن") else stem + "ن"


def _short(stem: str, kind: str) -> str:
    """The stem before a consonant ending: hollow loses its long vowel, doubled splits."""
    if kind == "hollow":
        return stem[:-2] + stem[-1]
    return stem + stem[-1] if kind == "doubled" else stem


def _perfect(p: str, kind: str) -> tuple[str, ...]:
    """3rd person perfect: m sg, f sg, m dual, f dual, m pl, f pl."""
    if kind != "defective":
        return p, p + "ت", p + "ا", p + "تا", p + "وا", _feminine_plural(_short(p, kind))
    s = p[:-1]
    if p.endswith("ي"):  # خشي: خشيت، خشيا، خشوا، خشين
        return p, p + "ت", p + "ا", p + "تا", s + "وا", p + "ن"
    waw = p.endswith("ا")  # دعا دعوا دعون; نفى نفيا نفين
    return p, s + "ت", s + ("وا" if waw else "يا"), s + "تا", s + "وا", s + ("ون" if waw else "ين")


def _imperfect(i: str, kind: str) -> tuple[tuple[str, str], tuple[str, ...]]:
    """3rd person imperfect: (m sg, f sg), (m dual, f dual, m pl, f pl)."""
    if kind == "defective" and i.endswith("و"):  # يدعو يدعوان يدعون يدعون
        dual, plural, feminine = i + "ان", i + "ن", i + "ن"
    elif kind == "defective" and i.endswith("ي"):  # ينفي ينفيان ينفون ينفين
        dual, plural, feminine = i + "ان", i[:-1] + "ون", i + "ن"
    elif kind == "defective":  # يرى يريان يرون يرين
        dual, plural, feminine = i[:-1] + "يان", i[:-1] + "ون", i[:-1] + "ين"
    else:
        dual, plural, feminine = i + "ان", i + "ون", _feminine_plural(_short(i, kind))
    return (i, "ت" + i[1:]), (dual, "ت" + dual[1:], plural, feminine)


def _participles(stem: str, kind: str, perfect: str) -> tuple[str, ...]:
    """Accusative participles: m sg, m pl, and unless Form III, f sg and f pl."""
    plural = stem[:-1] + "ين" if kind == "defective" and stem.endswith("ي") else stem + "ين"
    if len(perfect) == 4 and perfect[1] == "ا" and stem.startswith("م"):
        return stem + "ا", plural  # Form III: مفاعلة is the masdar
    return stem + "ا", stem + "ة", plural, stem + "ات"


def _stems(verb: Verb) -> tuple[tuple[str, str], ...]:
    """(unvocalised form, cell) for every stem of a verb, before clitics and normalising."""
    kind = _kind(verb)
    perfect = _bare(verb.perfect)
    cells = [(form, _PERFECT) for form in _perfect(perfect, kind)]
    if verb.imperfect:
        singular, other = _imperfect(_bare(verb.imperfect), kind)
        cells += [(form, _IMPERFECT_SG) for form in singular] + [(form, _IMPERFECT_PL) for form in other]
    if verb.participle:
        cells += [(form, _PARTICIPLE) for form in _participles(_bare(verb.participle), kind, perfect)]
    return tuple(cells)


def _attach(form: str, suffix: str) -> str:
    """A finite form with an object suffix: دعوا+ه دعوه، نفى+ه نفاه."""
    if form.endswith("وا"):
        form = form[:-1]
    elif form.endswith("ى"):
        form = form[:-1] + "ا"
    return form + suffix


def inflections(lemma: str) -> tuple[tuple[str, str], ...]:
    """Every generated (form, tag) of one verb, normalised, without و / ف.

    Parameters
    ----------
    lemma : the verb's perfect, normalised or not (``Verb.lemma``).

    Raises
    ------
    KeyError : the lemma is no verb of :data:`VERBS`.

    Examples
    --------
    >>> [form for form, tag in inflections("قال") if tag == "infinitive"]
    ['ليقول', 'لتقول']
    """
    verb = _by_lemma().get(normalize(lemma))
    if verb is None:
        raise KeyError(f"{lemma!r} is not a verb of framing.languages.ar_morphology.VERBS; add it there")
    out: dict[tuple[str, str], None] = {}
    for raw, cell in _stems(verb):
        stem = normalize(raw)
        for prefix, cells in _PREFIXES.items():
            tag = cells.get(cell)
            if tag is None or stem in EXCLUDED:
                continue
            suffixes = OBJECT_SUFFIXES if verb.objects and cell in _FINITE_CELLS else ()
            for form in (prefix + raw, *(prefix + _attach(raw, suffix) for suffix in suffixes)):
                if normalize(form) not in EXCLUDED:
                    out[normalize(form), tag] = None
    return tuple(out)


def paradigm(lemma: str) -> tuple[str, ...]:
    """Every generated form of one verb, normalised, in generation order.

    Examples
    --------
    >>> paradigm("قال")[:6]
    ('قال', 'قالت', 'قالا', 'قالتا', 'قالوا', 'قلن')
    >>> "يقلن" in paradigm("قال") and "سيقولون" in paradigm("قال")
    True
    """
    return tuple(dict.fromkeys(form for form, _ in inflections(lemma)))


def lemmas() -> tuple[str, ...]:
    """The lemmas of :data:`VERBS`, in table order.

    Examples
    --------
    >>> lemmas()[:3]
    ('قال', 'اعلن', 'اشار')
    """
    return tuple(_by_lemma())


@cache
def _by_lemma() -> dict[str, Verb]:
    return {verb.lemma: verb for verb in VERBS}


@cache
def _index() -> dict[str, tuple[tuple[str, str, bool], ...]]:
    """Normalised stem form -> (lemma, cell, takes objects), built on first use."""
    index: dict[str, set[tuple[str, str, bool]]] = {}
    for verb in VERBS:
        for raw, cell in _stems(verb):
            form = normalize(raw)
            if form not in EXCLUDED:
                index.setdefault(form, set()).add((verb.lemma, cell, verb.objects))
    return {form: tuple(sorted(entries)) for form, entries in index.items()}


def _unsuffixed(body: str) -> list[tuple[str, bool]]:
    """(stem, had an object suffix) for the body and each suffix it may end in."""
    out = [(body, False)]
    for suffix in OBJECT_SUFFIXES:
        base = body[: -len(suffix)]
        if body.endswith(suffix) and len(base) >= 2:
            out.append((base, True))
            if base.endswith("و"):    # دعوه <- دعوا
                out.append((base + "ا", True))
            elif base.endswith("ا"):  # أوصاه <- أوصى (normalised اوصي)
                out.append((base[:-1] + "ي", True))
    return out


@lru_cache(maxsize=1 << 14)
def verb_forms(word: str) -> tuple[tuple[str, str], ...]:
    """Every (lemma, tag) reading of one token as a speech verb, or ().

    The token may carry و / ف, then سـ or لـ, and an object suffix on verbs that
    take one; it is normalised again (harmless if it already is). Readings are
    cached per word; the form index is built on the first call. Sorted by
    lemma, then ``VERB_FORM_TAGS``.

    Examples
    --------
    >>> verb_forms("وقالت")
    (('قال', 'finite'),)
    >>> verb_forms("مضيفاً")
    (('اضاف', 'gerund'),)
    >>> verb_forms("ودعاهم"), verb_forms("ليؤكد")
    ((('دعا', 'finite'),), (('اكد', 'infinitive'),))
    >>> verb_forms("بين"), verb_forms("قوله")
    ((), ())
    """
    readings = {(lemma, tag) for lemma, tag, _ in _analyses(normalize(word))}
    return tuple(sorted(readings, key=_reading_order))


def _reading_order(reading: tuple[str, ...]) -> tuple[str, int]:
    return reading[0], VERB_FORM_TAGS.index(reading[1])


@lru_cache(maxsize=1 << 13)
def _analyses(token: str) -> tuple[tuple[str, str, str], ...]:
    """(lemma, tag, stem) for each reading of a normalised token; the stem is what is left without its
    conjunction, particle and object suffix, which is what shows gender and number."""
    index = _index()
    found: list[tuple[str, str, str]] = []
    for conjunction in _CONJUNCTIONS:
        rest = token[len(conjunction):]
        if not token.startswith(conjunction) or rest in EXCLUDED:
            continue
        for prefix, cells in _PREFIXES.items():
            if not rest.startswith(prefix):
                continue
            for stem, suffixed in _unsuffixed(rest[len(prefix):]):
                if stem in EXCLUDED:
                    continue
                for lemma, cell, objects in index.get(stem, ()):
                    tag = cells.get(cell)
                    if tag and (not suffixed or (objects and cell in _FINITE_CELLS)):
                        found.append((lemma, tag, stem))
    return tuple(found)


def agreement(word: str) -> tuple[str | None, str | None]:
    """The gender and number a verb or participle form agrees with, from its ending.

    Only what the form shows: a perfect in ت is feminine singular ("قالت",
    "دعت"), one in وا masculine plural ("قالوا"); an imperfect in تـ feminine
    ("تقول"), in ون masculine plural; a participle in ة feminine ("مشيرة"), in
    ين/ون masculine plural ("مطالبين"). Anything else is masculine singular.

    Examples
    --------
    >>> agreement("وقالت"), agreement("قالوا"), agreement("مشيرة"), agreement("مطالبين"), agreement("قال")
    (('f', 'sg'), ('m', 'pl'), ('f', 'sg'), ('m', 'pl'), ('m', 'sg'))
    """
    found = _analyses(normalize(word))
    if not found:
        return None, None
    lemma, tag, stem = min(found, key=_reading_order)
    if tag == GERUND:
        return _participle_features(stem)
    return _finite_features(stem, lemma)


def _participle_features(stem: str) -> tuple[str | None, str | None]:
    if stem.endswith(("ين", "ون")):
        return "m", "pl"
    if stem.endswith("ات"):
        return "f", "pl"
    return ("f", "sg") if stem.endswith("ه") else ("m", "sg")


def _finite_features(stem: str, lemma: str) -> tuple[str | None, str | None]:
    if stem.endswith(("وا", "ون")):
        return "m", "pl"
    if stem.endswith(("تا", "ان")) or stem.endswith("ن") and not lemma.endswith("ن"):
        return None, "pl"  # duals and feminine plurals: several speakers
    if stem.endswith("ت") and (not lemma.endswith("ت") or stem.endswith("تت")):
        return "f", "sg"
    if stem.startswith("ت") and (not lemma.startswith("ت") or stem.startswith("تت")):
        return "f", "sg"
    return "m", "sg"

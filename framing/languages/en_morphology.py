"""English verbs by rule: every form of a verb, and the verb behind a form.

Spelling rules plus an irregular table inflect any verb (:func:`conjugate`,
:func:`inflect`, :func:`paradigm`). :func:`verb_forms` strips endings, undoes
the spelling and keeps the candidate lemmas whose forms give the word back, so
its readings are exact; since stripping overgenerates on non-verbs ("news" ->
"new"), the caller names the lemmas it accepts; ``en_verbgroup`` reads the
auxiliaries before a form ("has repeatedly said", "was told", "to say"). Words
are tokens as ``en.normalize`` gives them; British and American doubling are
both made ("cancelled", "canceled"); -ise/-ize are separate lemmas, as in ``en.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache

from framing.languages import FINITE, GERUND, INFINITIVE, PAST_PARTICIPLE, VERB_FORM_TAGS

# Irregular verbs: "lemma past [participle]", variants joined by "/"; no
# participle means it equals the past. To add a verb, add an entry; verbs
# built from these with a prefix in _PREFIXES ("withhold", "misunderstand")
# follow them without an entry.
_IRREGULAR_TEXT = """
arise arose arisen, awake awoke awoken, be was/were been, bear bore borne/born, beat beat beaten/beat,
begin began begun, bend bent, bet bet/betted, bid bid/bade bid/bidden, bind bound, bite bit bitten, bleed bled,
blow blew blown, break broke broken, breed bred, bring brought, broadcast broadcast/broadcasted, build built,
burn burnt/burned, burst burst, buy bought, cast cast, catch caught, choose chose chosen, cling clung, come came come,
cost cost, creep crept, cut cut, deal dealt, dig dug, dive dived/dove dived, do did done, draw drew drawn,
dream dreamt/dreamed, drink drank drunk, drive drove driven, dwell dwelt/dwelled, eat ate eaten, fall fell fallen,
feed fed, feel felt, fight fought, find found, flee fled, fling flung, fly flew flown,
forbid forbade/forbad forbidden/forbid, forecast forecast/forecasted, forsake forsook forsaken, freeze froze frozen,
get got got/gotten, give gave given, go went gone, grind ground, grow grew grown, hang hung/hanged, have had,
hear heard, hide hid hidden, hit hit, hold held, hurt hurt, keep kept, kneel knelt/kneeled, know knew known, lay laid,
lead led, lean leant/leaned, leap leapt/leaped, learn learnt/learned, leave left, lend lent, let let,
lie lay/lied lain/lied, light lit/lighted, lose lost, make made, mean meant, meet met, pay paid, plead pleaded/pled,
prove proved proved/proven, put put, quit quit/quitted, read read, rid rid, ride rode ridden, ring rang rung,
rise rose risen, run ran run, say said, see saw seen, seek sought, sell sold, send sent, set set, shake shook shaken,
shed shed, shine shone/shined, shoot shot, show showed shown/showed, shrink shrank/shrunk shrunk, shut shut,
sing sang sung, sink sank sunk, sit sat, sleep slept, slide slid, sling slung, slit slit, speak spoke spoken,
speed sped/speeded, spell spelt/spelled, spend spent, spill spilt/spilled, spin spun, spit spat/spit, split split,
spoil spoilt/spoiled, spread spread, spring sprang/sprung sprung, stand stood, steal stole stolen, stick stuck,
sting stung, stink stank/stunk stunk, stride strode stridden, strike struck struck/stricken, string strung,
strive strove/strived striven/strived, swear swore sworn, sweep swept, swell swelled swollen/swelled, swim swam swum,
swing swung, take took taken, teach taught, tear tore torn, tell told, think thought, throw threw thrown,
thrust thrust, tread trod trodden/trod, wake woke/waked woken/waked, wear wore worn, weave wove/weaved woven/weaved,
weep wept, win won, wind wound, wring wrung, write wrote written
"""


def _parse_irregular(text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    table = {}
    for entry in text.split(","):
        lemma, past, *participle = entry.split()
        table[lemma] = (tuple(past.split("/")), tuple((participle or [past])[0].split("/")))
    return table


IRREGULAR: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = _parse_irregular(_IRREGULAR_TEXT)
_PRESENT = {"be": ("am", "is", "are"), "have": ("has",)}  # finite present forms not made by rule
_PREFIXES = ("under", "over", "fore", "gain", "with", "mis", "out", "for", "off", "re", "un", "up", "be")
_REGULAR_COMPOUNDS = frozenset({"behave", "belie", "relay", "outlet"})  # prefix + irregular, yet regular

# Final consonant doubling needs stress, which spelling does not show: one
# syllable doubles (stop -> stopped); longer verbs double only when listed here
# (admit, refer), or both ways when usage is split; a final unstressed -l
# doubles in British spelling only (cancelled, canceled).
_DOUBLE = frozenset(
    "abet abhor acquit admit allot annul aver befit begin commit compel concur confer control debar defer "
    "demur deter disbar dispel distil embed emit enrol enthral entrap equip excel expel extol forbid format "
    "fulfil handicap impel incur infer instil inter omit outstrip outwit overlap overstep patrol permit "
    "prefer propel rebel rebut recur refer refit regret remit repel sidestep submit transfer transmit "
    "unclog unpin unplug unwrap".split())
_DOUBLE_BOTH = frozenset("benefit bias combat focus kidnap program worship".split())
_VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Conjugation:
    """The forms of one verb, by kind.

    Attributes
    ----------
    base : the lemma, also the infinitive and the non-3rd-person present.
    present : other finite present forms ("says"; "am", "is", "are").
    past, past_participle, gerund : those forms, variants in a fixed order.
    """

    base: str
    present: tuple[str, ...]
    past: tuple[str, ...]
    past_participle: tuple[str, ...]
    gerund: tuple[str, ...]

    @property
    def forms(self) -> tuple[str, ...]:  # every distinct form, sorted
        return tuple(sorted({self.base, *self.present, *self.past, *self.past_participle, *self.gerund}))


def _consonant_vowel_consonant(word: str) -> bool:
    w = word.replace("qu", "q")  # "qu" spells a consonant: quip -> quipped
    return (len(w) >= 3 and w[-1] not in _VOWELS and w[-1] not in "wxy" and w[-2] in _VOWELS
            and w[-3] not in _VOWELS)


def _doublings(lemma: str) -> tuple[bool, ...]:
    if lemma in _DOUBLE_BOTH or lemma.endswith(("uel", "ial", "ual")):  # fuelled, dialled, equalled
        return (True, False)
    if not _consonant_vowel_consonant(lemma):
        return (False,)
    if lemma in _DOUBLE or len(re.findall("[aeiouy]+", lemma.replace("qu", "q"))) == 1:
        return (True,)
    return (True, False) if lemma.endswith("l") else (False,)


def _third(lemma: str) -> str:
    if lemma.endswith("z") and _doublings(lemma) == (True,):
        return lemma + "zes"  # quizzes
    if lemma.endswith(("s", "x", "z", "ch", "sh")) or (lemma.endswith("o") and lemma[-2:-1] not in _VOWELS):
        return lemma + "es"  # stresses, echoes, vetoes, goes
    if lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ies"
    return lemma + "s"


def _suffixed(lemma: str, suffix: str, double: bool) -> str:
    """``lemma`` + "ed" or "ing" under the spelling rules."""
    if suffix == "ing" and lemma.endswith("ie"):
        return lemma[:-2] + "ying"  # lying
    if lemma.endswith("e"):
        keep = suffix == "ing" and (len(lemma) == 2 or lemma.endswith(("ee", "ye", "oe")))
        return lemma + suffix if keep else lemma[:-1] + suffix  # agreeing, dyeing; urged, urging
    if suffix == "ed" and lemma.endswith("y") and lemma[-2:-1] not in _VOWELS:
        return lemma[:-1] + "ied"
    if lemma.endswith("ic") and len(lemma) > 3:
        return lemma + "k" + suffix  # panicked
    return lemma + lemma[-1] + suffix if double else lemma + suffix


def _variants(lemma: str, suffix: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(_suffixed(lemma, suffix, double) for double in _doublings(lemma)))


def _split_prefix(lemma: str) -> tuple[str, str] | None:
    """("with", "hold") for "withhold": an irregular verb behind a prefix."""
    if lemma in IRREGULAR or lemma in _REGULAR_COMPOUNDS:
        return None
    for prefix in _PREFIXES:
        rest = lemma[len(prefix):]
        if lemma.startswith(prefix) and len(rest) >= 2 and (rest in IRREGULAR or _split_prefix(rest)):
            return prefix, rest
    return None


@lru_cache(maxsize=1 << 12)
def conjugate(lemma: str) -> Conjugation:
    """The forms of a verb (a normalised lemma) by kind; "call for" inflects its first word.

    Examples
    --------
    >>> conjugate("write")
    Conjugation(base='write', present=('writes',), past=('wrote',), past_participle=('written',), gerund=('writing',))
    >>> conjugate("cancel").past
    ('cancelled', 'canceled')
    >>> conjugate("point out").present
    ('points out',)
    """
    head, space, tail = lemma.partition(" ")
    if space:
        p = conjugate(head)
        return Conjugation(lemma, *(tuple(f"{form} {tail}" for form in forms)
                                 for forms in (p.present, p.past, p.past_participle, p.gerund)))
    if split := _split_prefix(lemma):
        prefix, rest = split
        p = conjugate(rest)
        return Conjugation(lemma, *(tuple(prefix + form for form in forms)
                                 for forms in (p.present, p.past, p.past_participle, p.gerund)))
    present = _PRESENT.get(lemma, (_third(lemma),))
    if lemma in IRREGULAR:
        past, participle = IRREGULAR[lemma]
    else:
        past = participle = _variants(lemma, "ed")
    return Conjugation(lemma, present, past, participle, _variants(lemma, "ing"))


def paradigm(lemma: str) -> tuple[str, ...]:
    """Every form of a verb, sorted.

    Examples
    --------
    >>> paradigm("foresee")
    ('foresaw', 'foresee', 'foreseeing', 'foreseen', 'foresees')
    """
    return conjugate(lemma).forms


def inflect(lemma: str) -> dict[str, tuple[str, ...]]:
    """The forms of a verb by verb-form tag.

    FINITE holds the base, the present and the past forms; INFINITIVE the
    base; PAST_PARTICIPLE and GERUND those forms.

    Examples
    --------
    >>> inflect("say")
    {'finite': ('say', 'says', 'said'), 'infinitive': ('say',), 'past_participle': ('said',), 'gerund': ('saying',)}
    """
    p = conjugate(lemma)
    return {FINITE: tuple(dict.fromkeys((p.base, *p.present, *p.past))), INFINITIVE: (p.base,),
            PAST_PARTICIPLE: p.past_participle, GERUND: p.gerund}


# Endings to strip, and what the spelling had taken away.
_UNDO = (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("d", ""),
         ("ying", "ie"), ("ing", ""), ("ing", "e"))


def _irregular_lemmas(word: str) -> set[str]:
    """Irregular lemmas with ``word`` among their forms, prefixed ones too ("withheld" -> "withhold")."""
    found = set(_IRREGULAR_FORMS.get(word, ()))
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 2:
            found.update(prefix + lemma for lemma in _irregular_lemmas(word[len(prefix):]))
    return found


_IRREGULAR_FORMS: dict[str, frozenset[str]] = {}
for _lemma in IRREGULAR:
    for _form in paradigm(_lemma):
        _IRREGULAR_FORMS[_form] = _IRREGULAR_FORMS.get(_form, frozenset()) | {_lemma}


def _candidates(word: str) -> set[str]:
    found = {word}
    for ending, restore in _UNDO:
        if word.endswith(ending):
            stem = word[: -len(ending)] + restore
            found.add(stem)
            if len(stem) >= 2 and (stem[-1] == stem[-2] or stem.endswith("ck")):
                found.add(stem[:-1])  # stopped -> stop, panicked -> panic
    found.update(_irregular_lemmas(word))
    return {c for c in found if len(c) >= 2 and any(v in c for v in "aeiouy")}


@lru_cache(maxsize=1 << 13)
def _readings(word: str) -> tuple[tuple[str, str], ...]:
    readings: set[tuple[str, str]] = set()
    for lemma in _candidates(word):
        p = conjugate(lemma)
        tags = ([FINITE, INFINITIVE] if word == p.base else []) + [
            tag for tag, forms in ((FINITE, p.present), (FINITE, p.past), (PAST_PARTICIPLE, p.past_participle),
                                   (GERUND, p.gerund)) if word in forms]
        readings.update((lemma, tag) for tag in tags)
    return tuple(sorted(readings, key=lambda r: (r[0], VERB_FORM_TAGS.index(r[1]))))


def verb_forms(word: str, lemmas: AbstractSet[str] | None = None) -> tuple[tuple[str, str], ...]:
    """Every (lemma, tag) reading of a normalised word whose lemma is in ``lemmas``.

    Any regular verb is read by inverting the rules; ``lemmas`` keeps non-verbs
    out ("news" is "new" + -s). Lemmas are single words: for "call for" accept
    "call" (:func:`head_lemmas`); None accepts the first words of the English
    speech verbs (``attribution("en").verbs``). Readings are cached per word.
    Base -> FINITE and INFINITIVE; -s, past -> FINITE; participle ->
    PAST_PARTICIPLE; -ing -> GERUND. Sorted by lemma, then ``VERB_FORM_TAGS``.

    Parameters
    ----------
    word : a token as ``en.normalize`` gives it.
    lemmas : the verbs to accept, or None for the English speech verbs.

    Examples
    --------
    >>> verb_forms("said", {"say"})
    (('say', 'finite'), ('say', 'past_participle'))
    >>> verb_forms("urging", {"urge"})
    (('urge', 'gerund'),)
    >>> verb_forms("news", {"say", "urge"})
    ()
    """
    accepted = _speech_verbs() if lemmas is None else lemmas
    if isinstance(accepted, frozenset) and word not in _forms_of(accepted):
        return ()  # no form of an accepted verb: most words, told apart without reading them
    return tuple(reading for reading in _readings(word) if reading[0] in accepted)


@lru_cache(maxsize=16)
def _forms_of(lemmas: frozenset[str]) -> frozenset[str]:
    """Every form of the one-word ``lemmas``: a reading of any other word has a lemma outside them."""
    return frozenset(form for lemma in lemmas if " " not in lemma for form in paradigm(lemma))


@cache
def _speech_verbs() -> frozenset[str]:
    from framing.languages import attribution  # at call time: en.py imports this module's users

    table = attribution("en")
    return head_lemmas(table.cue_verbs | frozenset(table.phrasal))


def head_lemmas(lemmas: Iterable[str]) -> frozenset[str]:
    """The first words of lemmas, the single words :func:`verb_forms` matches.

    Examples
    --------
    >>> sorted(head_lemmas(["call for", "lash out at", "say"]))
    ['call', 'lash', 'say']
    """
    return frozenset(lemma.split()[0] for lemma in lemmas)

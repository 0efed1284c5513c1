"""English verbs by rule: every form of a verb, the verb behind a form, and its auxiliaries.

Spelling rules plus an irregular table inflect any verb (:func:`conjugate`,
:func:`inflect`, :func:`paradigm`). :func:`verb_forms` strips endings, undoes
the spelling and keeps the candidate lemmas whose forms give the word back, so
its readings are exact; since stripping overgenerates on non-verbs ("news" ->
"new"), the caller names the lemmas it accepts. :func:`verb_group` reads the
auxiliaries before a form ("has repeatedly said", "was told", "to say"). Words
are tokens as ``en.normalize`` gives them; British and American doubling are
both made ("cancelled", "canceled"); -ise/-ize are separate lemmas, as in ``en.py``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from framing.languages import (ATTRIBUTIVE, FINITE, GERUND, IMPERSONAL, INFINITIVE, PAST_PARTICIPLE,
                               VERB_FORM_TAGS)

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


@lru_cache(maxsize=1 << 14)
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


@lru_cache(maxsize=1 << 16)
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
    return tuple(reading for reading in _readings(word) if reading[0] in accepted)


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


# --- verb groups: auxiliaries before a form ---------------------------------

# The form each kind of auxiliary takes next, in order of preference:
# "has said" (perfect), "is saying" (progressive), "was told" (passive),
# "would add", "did not say", "to say".
GOVERNS: dict[str, tuple[str, ...]] = {
    "have": (PAST_PARTICIPLE,), "be": (GERUND, PAST_PARTICIPLE), "modal": (INFINITIVE,),
    "do": (INFINITIVE,), "to": (INFINITIVE,),
}


@dataclass(frozen=True)
class Auxiliary:
    """An auxiliary word: what it takes, and what it is to the auxiliary before it."""

    kinds: tuple[str, ...]  # keys of GOVERNS by preference; "'d" is two: had or would
    form: tuple[str, ...]   # its own form tags: "been" is a past participle ("has been told")


def _auxiliaries() -> dict[str, Auxiliary]:
    kinds = {"have": "has have had having 've ve", "be": "am is are was were be been being 're re 'm m",
             "modal": "will would shall should can could may might must cannot 'll ll", "do": "do does did",
             "to": "to"}
    forms = {"have": (FINITE, INFINITIVE), "had": (FINITE, PAST_PARTICIPLE), "having": (GERUND,),
             "be": (INFINITIVE,), "been": (PAST_PARTICIPLE,), "being": (GERUND,), "to": ()}
    table = {word: Auxiliary((kind,), forms.get(word, (FINITE,))) for kind, words in kinds.items()
             for word in words.split()}
    table["'d"] = table["d"] = Auxiliary(("have", "modal"), (FINITE,))  # he'd said, he'd say
    return table


# Auxiliary words by normalised token. To add one, add it to its kind in
# _auxiliaries(); "'s" is resolved by its host (he's said: has; it's said: is;
# Putin's: possessive), negative contractions through _NEGATIVE_HOSTS.
AUXILIARIES: dict[str, Auxiliary] = _auxiliaries()
# The token before "t"/"n't" in a negative contraction ("didn" "t") -> its auxiliary.
_NEGATIVE_HOSTS = {"didn": "did", "doesn": "does", "don": "do", "isn": "is", "aren": "are", "wasn": "was",
                   "weren": "were", "hasn": "has", "haven": "have", "hadn": "had", "wouldn": "would",
                   "couldn": "could", "shouldn": "should", "mustn": "must", "mightn": "might", "won": "will",
                   "wo": "will", "can": "can", "ca": "can", "shan": "shall", "sha": "shall", "ain": "is", "ai": "is"}
_HAS_HOSTS = frozenset({"he", "she", "who", "one", "someone", "somebody", "everyone", "everybody", "nobody"})
_IS_HOSTS = frozenset({"it", "that", "there", "what", "this", "here", "where"})
# Words that may stand inside a verb group ("has repeatedly said", "would not say", "may well be").
ADVERBS = frozenset(
    "not never n't also again already always now just still even ever then later once first long further "
    "since yet only all both each well so much ill indeed themselves himself herself itself".split())
# -ly words that are not adverbs: "the family said" is no "the widely reported".
_LY_WORDS = frozenset(
    "ally apply assembly belly bully comply costly daily deadly early elderly emily family fly folly friendly "
    "holly holy imply italy jelly july kelly likely lily lonely lovely monopoly monthly multiply nightly orderly "
    "quarterly rally rely reply sally silly supply tally ugly unlikely weekly yearly".split())
# Words that make a following participle adjectival ("the stated goal"). Not
# "her" ("heard her say") and no demonstratives ("this says").
DETERMINERS = frozenset("a an the its his their our my your whose every each another".split())
_MAX_ADVERBS = 3


class VerbGroup(NamedTuple):
    """A verb with its auxiliaries: where it starts, its lemma, and its tag."""

    start: int
    lemma: str
    tag: str


def _is_adverb(words: Sequence[str], k: int) -> bool:
    word = words[k]
    if word in ("t", "'t"):
        return k > 0 and words[k - 1] in _NEGATIVE_HOSTS
    return word in ADVERBS or (len(word) > 4 and word.endswith("ly") and word not in _LY_WORDS)


def _skip_adverbs(words: Sequence[str], k: int) -> int:
    """The first index at or before ``k`` that is not an adverb (at most a few skipped), or -1."""
    for _ in range(_MAX_ADVERBS):
        if k < 0 or not _is_adverb(words, k):
            break
        k -= 1
    return k


def _auxiliary(words: Sequence[str], k: int) -> Auxiliary | None:
    word = words[k]
    host = words[k - 1] if k > 0 else ""
    if k + 1 < len(words) and words[k + 1] in ("t", "'t") and word in _NEGATIVE_HOSTS:
        word = _NEGATIVE_HOSTS[word]  # "didn" "t": only a negative contraction ("won praise" is not)
    elif word.endswith("n't") and len(word) > 3:
        word = _NEGATIVE_HOSTS.get(word[:-3], word[:-3])  # one token: "didn't", "won't"
    elif "'" in word[1:]:
        host, _, clitic = word.rpartition("'")  # one token: "he's", "they've"
        word = "'" + clitic
    if word in ("s", "'s"):
        if host in _HAS_HOSTS:
            return Auxiliary(("have", "be"), (FINITE,))
        return Auxiliary(("be", "have"), (FINITE,)) if host in _IS_HOSTS else None
    return AUXILIARIES.get(word)


def _possessive(words: Sequence[str], k: int) -> bool:
    word = words[k]
    if word in ("s", "'s"):
        return k > 0 and words[k - 1] not in _HAS_HOSTS | _IS_HOSTS
    return word.endswith(("'s", "s'")) and word.rpartition("'")[0] not in _HAS_HOSTS | _IS_HOSTS


def _governed(aux: Auxiliary, tags: Sequence[str]) -> tuple[str, str] | None:
    """The (kind, tag) by which ``aux`` takes a link with these form tags."""
    for kind in aux.kinds:
        for tag in GOVERNS[kind]:
            if tag in tags:
                return kind, tag
    return None


def _chain(words: Sequence[str], i: int, lemma: str, tags: tuple[str, ...]) -> VerbGroup | None:
    """The verb at ``i`` with the auxiliaries that take it, or None when none does."""
    start, link, first, last = i, tags, None, None
    k = _skip_adverbs(words, i - 1)
    while k >= 0 and (aux := _auxiliary(words, k)) and (taken := _governed(aux, link)):
        first = first or taken  # how the auxiliary next to the verb takes it
        start, link, last = k, aux.form, aux
        if taken[0] == "to":
            break
        k = _skip_adverbs(words, k - 1)
    if last is None or first is None:
        return None
    if last.kinds == ("to",):
        return VerbGroup(start, lemma, INFINITIVE)
    if first == ("be", PAST_PARTICIPLE):
        return VerbGroup(start, lemma, IMPERSONAL)
    return VerbGroup(start, lemma, last.form[0])  # "has": finite, "having said": gerund


def _bare(words: Sequence[str], i: int, lemma: str, tags: tuple[str, ...]) -> VerbGroup | None:
    """The verb at ``i`` with no auxiliary: a determiner makes it adjectival or a noun."""
    k = _skip_adverbs(words, i - 1)
    if k >= 0 and (words[k] in DETERMINERS or _possessive(words, k)):
        return VerbGroup(i, lemma, ATTRIBUTIVE) if {PAST_PARTICIPLE, GERUND} & set(tags) else None
    return next(VerbGroup(i, lemma, tag) for tag in (FINITE, GERUND, PAST_PARTICIPLE, INFINITIVE) if tag in tags)


def verb_group(words: Sequence[str], i: int, lemmas: AbstractSet[str] | None = None) -> VerbGroup | None:
    """The verb group ending at ``words[i]``: its first word, lemma and tag.

    Walks back from a form of an accepted lemma over adverbs and negators
    (:data:`ADVERBS`, -ly words, "n't") to the auxiliaries that take it
    (:data:`AUXILIARIES`, :data:`GOVERNS`). The tag is

    - INFINITIVE when "to" opens the group ("is expected to say": the group
      starts at "to"; "to have said" too);
    - IMPERSONAL when be takes a past participle, a passive ("was told",
      "is said", "has been told", "being told");
    - else the form of the first auxiliary: FINITE ("is saying", "has warned",
      "would add", "did not say", "he's said"), GERUND ("having said");
    - with no auxiliary, the word's own reading, first of FINITE ("said",
      "say"), GERUND ("saying"), PAST_PARTICIPLE ("written");
    - ATTRIBUTIVE for a past participle or -ing form after a determiner or a
      possessive ("the stated goal", "Putin's stated aim"); None for a base
      or -s form there ("the report", "its claims"), which is a noun.

    None too when the word is no form of an accepted lemma. Tokens are
    normalised words of one clause; punctuation, if present, ends the walk.
    Negative contractions may be one token ("didn't"), two ("did", "n't") or
    split as ``text.token_spans`` does ("didn", "t"); "'s" after he/she/who is
    has, after it/that/there is, after a name a possessive.

    Parameters
    ----------
    words, i : normalised tokens, and the index of the candidate main verb.
    lemmas : accepted lemmas, single words, as for :func:`verb_forms`.

    Examples
    --------
    >>> lemmas = {"say", "warn", "tell", "add", "state"}
    >>> verb_group("he has repeatedly said".split(), 3, lemmas)
    VerbGroup(start=1, lemma='say', tag='finite')
    >>> verb_group("she was told".split(), 2, lemmas)
    VerbGroup(start=1, lemma='tell', tag='impersonal')
    >>> verb_group("he is expected to say".split(), 4, lemmas)
    VerbGroup(start=3, lemma='say', tag='infinitive')
    >>> verb_group("the stated goal".split(), 1, lemmas)
    VerbGroup(start=1, lemma='state', tag='attributive')
    >>> verb_group("the news".split(), 1, lemmas) is None
    True
    """
    best = None
    for lemma in dict.fromkeys(lemma for lemma, _ in verb_forms(words[i], lemmas)):
        tags = tuple(tag for reading, tag in verb_forms(words[i], lemmas) if reading == lemma)
        group = _chain(words, i, lemma, tags) or _bare(words, i, lemma, tags)
        if group and (best is None or group.start < best.start):
            best = group  # "has found": find (has + participle) over found (bare)
    return best

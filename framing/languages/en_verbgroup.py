"""English verb groups: the auxiliaries before a verb form decide its use.

"has repeatedly said" (finite), "is saying" (finite progressive), "was told"
(a passive: impersonal), "to say" (an infinitive), "the stated goal"
(attributive). :func:`verb_group` walks back from a form that
``en_morphology.verb_forms`` reads as a cue verb over adverbs and negators to
the auxiliaries that govern it. Words are tokens as ``en.normalize`` gives them.
"""

from __future__ import annotations

from collections.abc import Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from typing import NamedTuple

from framing.languages import ATTRIBUTIVE, FINITE, GERUND, IMPERSONAL, INFINITIVE, PAST_PARTICIPLE
from framing.languages.en_morphology import verb_forms


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
# Kovac's: possessive), negative contractions through _NEGATIVE_HOSTS.
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
      possessive ("the stated goal", "Kovac's stated aim"); None for a base
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

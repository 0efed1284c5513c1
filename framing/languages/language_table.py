"""The shape of a language's word-level data: :class:`Language` (normalisation,
proclitics, stems, negation, verb morphology) and the bases of a token.

Every field is data a language module fills in; the code that reads them
(``framing.extract``, ``framing.lexicon``) holds no word of any language.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Sequence


@dataclass(frozen=True)
class Language:
    """Everything language-specific the pipeline needs, as data.

    Attributes
    ----------
    code : ISO 639-1 code.
    normalize : maps one token (or alias/term text) to its comparison form.
    proclitics : prefixes stripped from a normalised token to find its base
        (longest first), e.g. Arabic ``wa-``, ``al-``.
    min_base : shortest base left after stripping a proclitic.
    stem : maps a normalised token to a stem, or None for no stemming.
    term_bases : maps a lexicon term word to the forms it matches (Arabic
        drops only the article), or None to use :meth:`bases`.
    negators : words that negate a following frame term (normalised); an
        entry with an apostrophe (``n't``) matches the end of a contraction.
    negation_window : how many tokens before a frame term a negator may
        stand (in the same sentence) to negate it; the lexicon may override.
    pseudo_negators : phrases that start with a negator but do not negate
        what follows ("not only", "no doubt", Arabic "لا بد").
    negator_proclitics : proclitics a negator may carry (Arabic و ف ب:
        "ولا", "بدون"); other proclitics are not stripped from negators.
    negation_stops : words that end a negator's scope ("not a protest but
        terrorism", Arabic "بل"): a term after one is not negated by a
        negator before it.
    verb_forms : the language's morphology: a normalised token -> its
        ``(cue lemma, tag)`` readings as a speech verb (tags: ``FINITE``,
        ``GERUND``, ...), or () when it is no form of one.
    case_forms : a raw token -> its forms without a case ending the script
        writes (Arabic accusative "مصدراً" -> "مصدر"), or None.
    verb_group : where auxiliaries decide a form's use (English "has said",
        "is saying", "was told", "to say"): ``(words, i) -> (start, lemma, tag)``
        over the normalised words of a clause up to the verb at ``i``, or None.
    cased : the script has case (capitals tell names from common nouns).
    detach : a word as written with a proclitic on it, and that proclitic (normalised) -> the forms the word
        may have when written alone, likeliest first (Arabic "للشرطة" without "ل" is "الشرطة": the
        preposition takes the article's alif), or None to cut the proclitic's letters.
    """

    code: str
    normalize: Callable[[str], str]
    proclitics: tuple[str, ...] = ()
    min_base: int = 2
    stem: Callable[[str], str] | None = None
    term_bases: Callable[[str], tuple[str, ...]] | None = None
    negators: frozenset[str] = frozenset()
    negation_window: int = 3
    pseudo_negators: tuple[str, ...] = ()
    negator_proclitics: tuple[str, ...] = ()
    negation_stops: frozenset[str] = frozenset()
    verb_forms: Callable[[str], tuple[tuple[str, str], ...]] | None = None
    case_forms: Callable[[str], tuple[str, ...]] | None = None
    verb_group: Callable[[Sequence[str], int], tuple[int, str, str] | None] | None = None
    cased: bool = True
    detach: Callable[[str, str], tuple[str, ...]] | None = None

    def bases(self, token: str) -> tuple[str, ...]:
        """The normalised token and each form left by stripping one proclitic chain."""
        return _bases(self.code, token)

    def detached(self, word: str, clitic: str) -> tuple[str, ...]:
        """The forms of ``word`` (as written) without the proclitic ``clitic`` written on it, likeliest first."""
        return self.detach(word, clitic) if self.detach is not None else (word[len(clitic):],)


@lru_cache(maxsize=1 << 14)
def _bases(code: str, token: str) -> tuple[str, ...]:
    # Cached: the same words recur in every article, and this runs per token.
    from framing.languages import get

    language = get(code)
    norm = language.normalize(token)
    forms = [norm]
    for clitic in language.proclitics:
        if norm.startswith(clitic) and len(norm) - len(clitic) >= language.min_base:
            forms.append(norm[len(clitic):])
    if language.stem is not None:
        forms.append(language.stem(norm))
    if language.case_forms is not None:
        forms.extend(language.case_forms(token))
    return tuple(dict.fromkeys(forms))

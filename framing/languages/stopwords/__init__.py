"""Stopwords per language, shipped as data: ``en.txt``, ``ar.txt``, ``ru.txt`` beside this module.

A list is one word per line, as written; ``#`` starts a comment. A line
ending in ``-`` is a proclitic (Arabic ``و-``): every listed word is a
stopword behind it too, so "وفي" needs no line of its own. The words are
normalised as the language normalises tokens (:func:`framing.languages.get`),
and the language's negators are stopwords too. ``keyness`` and ``lexicons
coverage`` leave these words out.

To add a language: a ``<code>.txt`` here (and the language itself, see
:mod:`framing.languages`). Unknown codes get English rules, as elsewhere.

Examples
--------
>>> "the" in stopwords("en"), "terrorism" in stopwords("en")
(True, False)
>>> from framing.languages import get
>>> [is_stopword(get("ar").normalize(w), "ar") for w in ("على", "وفي", "وبهذا", "إرهاب", "الله")]
[True, True, True, False, False]
"""

from __future__ import annotations

from functools import cache, lru_cache
from importlib import resources

from framing import languages

_PROCLITIC = "-"


@cache
def _table(lang: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """The normalised words and proclitics of a language's list."""
    code = lang if lang in languages.LANGUAGES else "en"
    language = languages.get(code)
    text = resources.files(__name__).joinpath(f"{code}.txt").read_text(encoding="utf-8")
    entries = [line.split("#", 1)[0].strip() for line in text.splitlines()]
    words = {language.normalize(e) for e in entries if e and not e.endswith(_PROCLITIC)}
    clitics = {language.normalize(e[:-1]) for e in entries if e.endswith(_PROCLITIC)}
    return frozenset(words) | language.negators, tuple(sorted(clitics, key=lambda c: (-len(c), c)))


def stopwords(lang: str) -> frozenset[str]:
    """The stopwords of ``lang`` (an ISO code), normalised: the shipped list and the negators.

    Parameters
    ----------
    lang : ``en``, ``ar``, ``ru``; any other code gets the English list.

    Returns
    -------
    frozenset of str
        Normalised words; a word behind a proclitic is not in it (see :func:`is_stopword`).
    """
    return _table(lang)[0]


@lru_cache(maxsize=1 << 16)
def is_stopword(word: str, lang: str) -> bool:
    """Whether a normalised word is a stopword of ``lang``, alone or behind proclitics ("وفي", "وبهذا").

    A proclitic is stripped only when at least ``min_base`` letters of the
    language remain.
    """
    words, clitics = _table(lang)
    if word in words:
        return True
    least = languages.get(lang).min_base
    return any(word.startswith(c) and len(word) - len(c) >= least and is_stopword(word[len(c):], lang)
               for c in clitics)

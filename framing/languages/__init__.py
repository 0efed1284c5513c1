"""The languages framing reads: one module each, registered here, in one place.

Each language module (``en.py``, ``ar.py``, ``ru.py``) defines three tables
(their shapes are in :mod:`framing.languages.tables`):

* ``LANGUAGE`` — a :class:`Language`: normalisation, clitics, stemmer,
  negators, and its morphology (``verb_forms``: which tokens are forms of
  which speech verb; usually a ``<code>_morphology.py`` module beside it);
* ``ATTRIBUTION`` — an :class:`Attribution`: how it reports speech (cue
  verbs, complementizers, source phrases, word order, stop words);
* ``REFERENCE`` — a :class:`Reference`: how it refers back (pronouns and
  their features, role, institution, document and outlet nouns, titles);
* ``POLARITY`` — a :class:`Polarity`: the words a negator's scope passes
  over, and how a speaker ascribes a label to others ("so-called",
  "smeared … as");
* ``CUE_CLASSES`` — how an outlet reports a speaker, by the lemma of the
  cue: class -> lemmas (:data:`CUE_CLASSES`).

To add a language, e.g. French:

1. write ``languages/fr.py`` defining ``LANGUAGE``, ``ATTRIBUTION``,
   ``REFERENCE`` and ``POLARITY`` (copy ``en.py`` and translate its word lists), and, when a
   library does the job (pymorphy3 for Russian), a ``fr_morphology.py`` with
   ``verb_forms(word) -> ((lemma, tag), ...)``;
2. add ``"fr"`` to :data:`LANGUAGES` below;
3. give its script in ``framing.text.SCRIPTS`` (a script shared with another
   language is told apart by the document's ``lang``);
4. add its lexicon terms (``lexicons/*.yml``) and registry aliases;
5. write its paradigm test (``tests/languages/test_fr_morphology.py``) and a
   table of its constructions (``tests/extract/``).

No code in ``framing.extract`` changes: every word it reads is data here.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from importlib import import_module

from framing.errors import UsageError
from framing.languages.tables import (ATTRIBUTIVE, FINITE, GERUND, IMPERSONAL, INFINITIVE, PAST_PARTICIPLE,
                                      VERB_FORM_TAGS, Attribution, Features, Language, Reference)
from framing.languages.polarity_table import Polarity

__all__ = ["ATTRIBUTIVE", "FINITE", "GERUND", "IMPERSONAL", "INFINITIVE", "PAST_PARTICIPLE", "VERB_FORM_TAGS",
           "Attribution", "Features", "LANGUAGES", "Language", "Polarity", "Reference", "attribution", "check", "codes",
           "get", "polarity", "reference", "CUE_CLASSES", "cue_class", "transliterate"]

# The supported languages: ISO 639-1 code -> module under framing.languages.
LANGUAGES = ("ar", "en", "ru")
_FALLBACK = "en"


@cache
def _module(code: str):
    return import_module(f"framing.languages.{code if code in LANGUAGES else _FALLBACK}")


def get(code: str) -> Language:
    """The language for an ISO code; unknown codes fall back to English rules."""
    return _module(code).LANGUAGE


def attribution(code: str) -> Attribution:
    """The attribution tables of a language (English rules for unknown codes)."""
    return _module(code).ATTRIBUTION


def reference(code: str) -> Reference:
    """The reference tables of a language (English rules for unknown codes)."""
    return _module(code).REFERENCE


@cache
def polarity(code: str) -> Polarity:
    """The polarity tables of a language, every word normalised (English rules for unknown codes)."""
    table, norm = _module(code).POLARITY, get(code).normalize
    words = lambda ws: frozenset(map(norm, ws))  # noqa: E731
    return replace(table, transparent=words(table.transparent), after=words(table.after),
                   before=tuple(tuple(map(norm, phrase)) for phrase in table.before),
                   adjective_endings=tuple(map(norm, table.adjective_endings)),
                   governed_by=tuple(sorted(map(norm, table.governed_by), key=len, reverse=True)),
                   verbs={norm(form): tuple(map(norm, linkers)) for form, linkers in table.verbs.items()})


#: The classes of attribution cues, in the order tables show them: the classes of the languages'
#: ``CUE_CLASSES``, then "other" (a cue in none of them) and "none" (a statement without a cue:
#: a continued quotation, a signed quote, a post).
CUE_CLASSES = ("neutral", "assertive", "doubt", "admission", "denial", "opinion", "evaluative", "directive", "other",
               "none")


def cue_class(code: str, lemma: str) -> str:
    """The class of a cue by its lemma ("claim" -> "doubt"); a phrase by its first word, then its last
    ("call for" as "call", "как заявить" as "заявить"); "other" for a lemma of no class.

    >>> cue_class("en", "claim"), cue_class("en", "call for"), cue_class("ru", "как заявить"), cue_class("en", "sing")
    ('doubt', 'directive', 'neutral', 'other')
    """
    classes, norm = _cue_classes(code), get(code).normalize(lemma)
    words = norm.split()
    for key in (norm, *words[:1], *words[-1:]):
        if key in classes:
            return classes[key]
    return "other"


@cache
def _cue_classes(code: str) -> dict[str, str]:
    norm = get(code).normalize
    return {norm(lemma): cls for cls, lemmas in _module(code).CUE_CLASSES.items() for lemma in lemmas}


def transliterate(code: str, text: str) -> str:
    """``text`` in Latin letters by the rules of its language (Cyrillic, Arabic), lower case; a
    language without rules gives it back folded to lower case.

    >>> transliterate("ru", "Маркова"), transliterate("ar", "رادو"), transliterate("en", "Brenner")
    ('markova', 'radu', 'brenner')
    """
    rules = getattr(_module(code), "transliterate", None)
    return rules(text) if rules is not None else text.casefold()


def codes() -> tuple[str, ...]:
    """Supported language codes."""
    return LANGUAGES


def check(code: str) -> str:
    """``code`` if it is supported, else a usage error naming the choices."""
    if code not in LANGUAGES:
        raise UsageError(f"unsupported language {code!r}; choose one of {', '.join(LANGUAGES)}")
    return code

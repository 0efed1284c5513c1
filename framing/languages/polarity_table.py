"""The shape of a language's polarity data: which words a negator's scope passes over,
and how a speaker marks a label as someone else's (:class:`Polarity`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping


@dataclass(frozen=True)
class Polarity:
    """How a language marks a frame term as negated or as ascribed to others, as data for
    :mod:`framing.lexicon.scan` and :mod:`framing.lexicon.ascription`.

    Word lists hold normalised forms; they match any base of a token (its
    clitic-stripped forms, its stem).

    Attributes
    ----------
    transparent : words a negator's scope passes over to reach a term:
        articles, determiners, degree words, copulas ("not *a* terrorist act",
        "не *является* терроризмом"). Any other word between a negator and a
        term is what the negator governs ("not *let* terrorists destroy",
        "no *place* for terrorism"), and the term is affirmed.
    before : phrases standing right before a term that ascribe it to others
        ("so called", "так называемые", "ما يسمى").
    after : words standing right after a term that ascribe it ("المزعوم":
        "the alleged terrorism").
    verbs : forms of verbs that ascribe a label to what they name ("smeared
        … as", "выдать … за", "وصموا … بـ") -> the words one of which must
        stand between the verb and the term (empty: none needed). A word that
        is also a proclitic of the language may instead be glued to the term
        ("بالإرهاب").
    reach : how many tokens the verb may stand before the term.
    adjective_endings : endings of a term that is an adjective after its
        noun (Arabic nisba "إرهابية" in "ليست عملية إرهابية"): the noun right
        before it is what the negator reaches through, unless the term carries
        one of ``governed_by`` (a preposition glued to it: "لن نسمح للإرهابيين"
        is governed by the verb).
    governed_by : proclitic chains that make the term a complement.
    quotes : (opening, closing) marks that, around a term alone, are scare
        quotes: the speaker holds the label at a distance. These are the
        marks of a quotation inside a quotation (single marks, „…“): in news,
        double marks around a word are mostly the reporter's partial quote of
        the speaker's own word (said "terrorists" attacked), which is affirmed.
    """

    transparent: frozenset[str] = frozenset()
    before: tuple[tuple[str, ...], ...] = ()
    after: frozenset[str] = frozenset()
    verbs: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    reach: int = 6
    adjective_endings: tuple[str, ...] = ()
    governed_by: tuple[str, ...] = ()
    quotes: tuple[str, str] = ("'‘„‹", "'’“›")

    def marker_words(self) -> frozenset[str]:
        """The words that may open an ascription: verbs, the first words of ``before``, ``after``."""
        return frozenset(self.verbs) | {phrase[0] for phrase in self.before} | self.after


def verb_table(forms: Mapping[str, tuple[str, ...]], linkers: Mapping[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Each form of each verb -> its verb's linkers.

    >>> verb_table({"smear": ("smear", "smeared")}, {"smear": ("as",)})
    {'smear': ('as',), 'smeared': ('as',)}
    """
    return {form: tuple(linkers.get(verb, ())) for verb, verb_forms in forms.items() for form in verb_forms}

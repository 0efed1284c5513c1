"""The shape of a language's reference data: how it refers back to someone met before
(:class:`Reference`), and the grammatical :data:`Features` that agreement compares."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Callable, Mapping, Sequence


# Grammatical features: a gender ("m", "f") and a number ("sg", "pl"), None when unknown.
Features = tuple[str | None, str | None]


@dataclass(frozen=True)
class Reference:
    """How a language refers back to someone met before, as data for
    ``framing.extract.discourse`` and ``framing.extract.resolve``.

    Word lists hold normalised forms; they match a token's norm or any of its
    bases (clitic-stripped forms, stems), so inflected forms match a stem.

    Attributes
    ----------
    pronoun_features : subject pronouns -> their gender and number ("she":
        ("f", "sg"), "они": (None, "pl")).
    role_nouns : nouns of a person's role ("president", "spokesman",
        "дипломат", "المتحدث"): a description with one refers to the person
        speaking in the discourse ("The head of government added …").
    role_plurals : their plurals ("ministers"): "the ministers" refers back to the people last named
        together as speakers ("Minister A and Minister B said"), when they are one actor's.
    institution_nouns : nouns of a body ("ministry", "ведомство",
        "الوزارة"): a description with one refers to the body named or
        speaking before.
    document_nouns : documents that speak for their issuer ("a statement",
        "заявление", "البيان").
    outlet_nouns : heads of news outlets ("agency", "newspaper", "издание",
        "وكالة"): a speaker with one is the registry's media actor.
    body_qualifiers : adjectives that make an outlet noun a body ("الوكالة
        الأممية", "the UN agency"): a description with one is an institution.
    titles : honorifics before a surname ("Mr", "Ms", "г-н", "السيد"), with
        the gender they give (None when they give none).
    generic_nouns : common-noun aliases in a script without case (Arabic
        "السلطات", "الحكومة"), which a proper name in the same mention beats.
    agreement : a verb or participle form -> the features of its subject
        (Russian "заявила": ("f", "sg"); Arabic "قالوا": ("m", "pl")).
    noun_features : a mention's word -> its gender and number (Russian
        "Захарова": ("f", "sg")); None where the language gives none.
    indefinites : determiners that open a description of someone new ("a
        protest leader", "an official"): it never refers back to the person
        or body met before.
    namers : words after which a description gives a name ("a driver named
        Mihai Radu", "سائق يدعى ميهاي رادو", "водитель по имени Михай Раду").
    possessed_stems : a word -> the nouns it is with a possessive pronoun written on it (Arabic
        "وزارتها" -> "وزاره"): such a description refers to its possessor, as "its ministry" does.
    owner_links : words that may stand between a document and the actor issuing it ("a statement
        *issued by* the ministry", "بيان *صادر عن* الوزارة"); see ``framing.extract.documents``.
    possessive_marks : what follows a possessor written before its noun ("Amnesty*'s* report").
    definite_prefixes : the article forms written on a noun in a language that writes it so (Arabic
        "ال", "وال", "بال" ...): a noun without one introduces a document rather than referring back.
    indefinite_endings : endings only an indefinite noun takes (the Arabic accusative "بياناً"),
        stripped to find the noun.
    own_voice : the normalised words opening a clause -> whether it speaks in the first person ("we",
        "ولن نقبل"), as a speaker's own words do and no narration does; None where the language gives none.
    person_descriptions : descriptions of a person that name no role, written whole ("the 62-year-old"):
        they refer back as a role does.
    marker_features : the words that mark a relayed speaker's words ("نقلت X عن Y قوله": "his saying") -> that
        speaker's gender and number (the relay's verb agrees with its source, X).
    """

    pronoun_features: Mapping[str, Features] = field(default_factory=dict)
    role_nouns: frozenset[str] = frozenset()
    role_plurals: frozenset[str] = frozenset()
    institution_nouns: frozenset[str] = frozenset()
    document_nouns: frozenset[str] = frozenset()
    outlet_nouns: frozenset[str] = frozenset()
    body_qualifiers: frozenset[str] = frozenset()
    titles: Mapping[str, str | None] = field(default_factory=dict)
    generic_nouns: frozenset[str] = frozenset()
    agreement: Callable[[str], Features] | None = None
    noun_features: Callable[[str], Features] | None = None
    indefinites: frozenset[str] = frozenset()
    namers: tuple[str, ...] = ()
    possessed_stems: Callable[[str], tuple[str, ...]] | None = None
    owner_links: frozenset[str] = frozenset()
    possessive_marks: tuple[str, ...] = ()
    definite_prefixes: tuple[str, ...] = ()
    indefinite_endings: tuple[str, ...] = ()
    own_voice: Callable[[Sequence[str]], bool] | None = None
    person_descriptions: re.Pattern | None = None
    marker_features: Mapping[str, Features] = field(default_factory=dict)

"""Per-language data: normalisation, clitics, stemmer, negators, attribution tables.

Each language is one module exposing ``LANGUAGE``, a :class:`Language`.
To add a language: write ``languages/<code>.py`` (copy ``en.py``), add it to
``LANGUAGES`` below, give its script in ``text.SCRIPTS`` and add lexicon terms
and registry aliases for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from framing.errors import UsageError


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
    negators : words that negate a following frame term.
    speech_verbs : attribution verbs: surface form -> lemma.
    pronouns : speaker pronouns (normalised) that refer back to the last speaker.
    """

    code: str
    normalize: Callable[[str], str]
    proclitics: tuple[str, ...] = ()
    min_base: int = 2
    stem: Callable[[str], str] | None = None
    negators: frozenset[str] = frozenset()
    speech_verbs: dict[str, str] = field(default_factory=dict)
    pronouns: frozenset[str] = frozenset()

    def bases(self, token: str) -> tuple[str, ...]:
        """The normalised token and each form left by stripping one proclitic chain."""
        norm = self.normalize(token)
        forms = [norm]
        for clitic in self.proclitics:
            if norm.startswith(clitic) and len(norm) - len(clitic) >= self.min_base:
                forms.append(norm[len(clitic):])
        return tuple(dict.fromkeys(forms))


def get(code: str) -> Language:
    """The language for an ISO code; unknown codes fall back to English rules."""
    from framing.languages import ar, en

    table = {"en": en.LANGUAGE, "ar": ar.LANGUAGE}
    return table.get(code, en.LANGUAGE)


def codes() -> tuple[str, ...]:
    """Supported language codes."""
    return ("ar", "en")


def check(code: str) -> str:
    if code not in codes():
        raise UsageError(f"unsupported language {code!r}; choose one of {', '.join(codes())}")
    return code

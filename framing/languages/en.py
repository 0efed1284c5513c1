"""English."""

from __future__ import annotations

import unicodedata

from framing.languages import Language

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "`": "'"})


def normalize(text: str) -> str:
    """Casefold, NFKC, one apostrophe."""
    return unicodedata.normalize("NFKC", text).translate(_APOSTROPHES).casefold()


NEGATORS = frozenset({"not", "no", "never", "nothing", "nobody", "without", "neither", "nor", "n't"})

LANGUAGE = Language(code="en", normalize=normalize, negators=NEGATORS)

"""Arabic: orthographic normalisation, proclitics, light stemming."""

from __future__ import annotations

import re
import unicodedata

from framing.languages import Language

# Harakat, tanwin, shadda, sukun, dagger alef, Quranic marks, and tatweel.
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ى": "ي", "ی": "ي",  # alef maqsura and Persian yeh -> yeh
    "ة": "ه",             # teh marbuta -> heh
    "ک": "ك",             # keheh -> kaf
})


def normalize(text: str) -> str:
    """Strip diacritics and tatweel, unify alef, yeh and teh marbuta forms."""
    text = unicodedata.normalize("NFKC", text)
    return _MARKS.sub("", text).translate(_LETTERS).casefold()


# Conjunction (wa, fa), preposition (bi, li, ka) and article (al) prefixes, in
# the combinations that occur; longest first so "wal-" wins over "wa-".
PROCLITICS = tuple(sorted({
    "وبال", "وال", "فال", "بال", "كال", "لل", "ولل", "فلل", "ال",
    "وب", "ول", "وك", "فب", "فل", "و", "ف", "ب", "ل", "ك",
}, key=lambda c: (-len(c), c)))

NEGATORS = frozenset({"لا", "لم", "لن", "ليس", "ليست", "غير", "بدون", "دون", "ما"})

LANGUAGE = Language(code="ar", normalize=normalize, proclitics=PROCLITICS, min_base=2, negators=NEGATORS)

"""The text the term automaton reads: a span in comparison form, with a map back.

:func:`fold` turns ``text[start:end]`` into one string in which every token
is in the form the matcher compares (``Language.normalize``: casefolded,
Arabic letters unified ...) and everything that is not a token is a space,
framed by a space on each side. Term words then match as plain substrings
anchored on spaces (`` terror`` for ``terror*``, `` attack `` for ``attack``),
so a C automaton finds them in one pass (:mod:`framing.lexicon.scan`).

Three ways, cheapest first; each gives the same tokens in the same form:

- ASCII text (most English): one bytes translation (A-Z to a-z, every other
  ASCII sign to a space); positions are the original ones, shifted by one.
- Other text whose normalised form keeps its length (Russian, English with
  curly quotes): the same translation, the non-ASCII signs replaced by
  spaces, then the language's ``normalize`` over the whole span.
- Text whose normalisation changes lengths (Arabic harakat and tatweel are
  dropped; NFKC expands ``½`` and ligatures): token by token, each
  normalised alone, with one offset per token to map back.

Examples
--------
>>> from framing import languages
>>> f = fold("Not TERROR-ism.", 0, 15, languages.get("en"))
>>> f.text
' not terror ism  '
>>> f.original(5)  # the folded token at 5 starts at 4 in the text
4
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_right
from typing import NamedTuple

from framing.languages.tables import Language
from framing.memo import memo
from framing.text import WORD_RE
from framing.token_count import blank_signs

# ASCII capitals to small letters, every other ASCII character that is not a
# letter or digit to a space; bytes of other characters (>= 128) unchanged.
_ASCII_FOLD = bytes(
    (c + 32 if 65 <= c <= 90 else c) if (c >= 128 or chr(c).isalnum()) else 32 for c in range(256)
)


class Folded(NamedTuple):
    """A span in comparison form, and how its positions map back to the text.

    ``text[i]`` comes from ``original(i)``: positions at or after
    ``starts[k]`` (and before ``starts[k + 1]``) are shifted by ``shifts[k]``;
    with no ``starts`` every position is shifted by ``shift``. Only token
    starts are mapped back.
    """

    text: str
    shift: int
    starts: tuple[int, ...] = ()
    shifts: tuple[int, ...] = ()

    def original(self, pos: int) -> int:
        """The position in the original text of the folded token start ``pos``."""
        if not self.starts:
            return pos + self.shift
        return pos + self.shifts[bisect_right(self.starts, pos) - 1]


def fold(text: str, start: int, end: int, language: Language) -> Folded:
    """``text[start:end]`` in comparison form, one space around (see the module docstring)."""
    folded = _aligned(text[start:end], language)
    if folded is not None:
        return Folded(f" {folded} ", start - 1)
    return _by_line(text, start, end, language)


def _aligned(span: str, language: Language) -> str | None:
    """``span`` folded position for position, or None when normalising changes its length."""
    folded = span.encode("utf-8").translate(_ASCII_FOLD).decode("utf-8")
    if span.isascii():
        return folded
    folded = blank_signs(folded)
    if not unicodedata.is_normalized("NFKC", span):
        return None
    normal = language.normalize(folded)
    return normal if len(normal) == len(folded) else None


def _by_line(text: str, start: int, end: int, language: Language) -> Folded:
    """Line by line, each with its own shift; a line whose length changes token by token."""
    pieces = [" "]
    starts: list[int] = []
    shifts: list[int] = []
    pos = 1
    line = start
    while line < end:
        stop = text.find("\n", line, end)
        stop = end if stop < 0 else stop + 1
        folded = _aligned(text[line:stop], language)
        if folded is not None:
            starts.append(pos)
            shifts.append(line - pos)
            pieces.append(folded)
            pos += len(folded)
        else:
            normalize = memo(("fold", language.code), language.normalize)  # the same words, line after line
            for m in WORD_RE.finditer(text, line, stop):
                normal = normalize[m.group()]
                starts.append(pos)
                shifts.append(m.start() - pos)
                pieces.append(f"{normal} ")
                pos += len(normal) + 1
        line = stop
    pieces.append(" ")
    return Folded("".join(pieces), 0, tuple(starts), tuple(shifts))

"""The syntax of a lexicon term: words, phrases and trailing ``*`` globs.

>>> parse_term("terror* attack")
(Word(text='terror', prefix=True), Word(text='attack', prefix=False))
"""

from __future__ import annotations

from typing import NamedTuple

from framing.text import WORD_RE


class Word(NamedTuple):
    """One word of a parsed term, as written (not yet normalised)."""

    text: str
    prefix: bool


def parse_term(term: str) -> tuple[Word, ...]:
    """Split a lexicon term into its words and glob flags.

    Raises
    ------
    ValueError
        If the term is empty, has no word characters, or has ``*`` anywhere
        but at the end of a word.
    """
    if not isinstance(term, str) or not term.strip():
        raise ValueError("empty term")
    words: list[Word] = []
    for chunk in term.split():
        glob = chunk.endswith("*")
        body = chunk[:-1] if glob else chunk
        if "*" in body or (glob and not WORD_RE.search(body[-1:] or " ")):
            raise ValueError(f"term {term!r}: '*' may only end a word (as in 'terror*')")
        parts = WORD_RE.findall(body)
        if not parts:
            if glob:
                raise ValueError(f"term {term!r}: '*' may only end a word (as in 'terror*')")
            continue  # punctuation between words ("rock & roll") is not a token
        words.extend(Word(p, False) for p in parts[:-1])
        words.append(Word(parts[-1], glob))
    if not words:
        raise ValueError(f"term {term!r} has no word characters")
    return tuple(words)

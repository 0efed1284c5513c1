"""The automaton over a language's term starts and negators, and what each key decides.

Keys are the first words of the terms (and the negators) as they appear in
folded text (:mod:`framing.lexicon.fold`): a space before each, and a space
after a whole word (`` attack ``, `` not ``) but not after a glob's prefix
(`` terror``). Every key matched at one token start is reported, shortest
first, and the longest is the one that decides: its value says whether the
token is a negator, which term-trie nodes it reaches, and, when no term goes
on to a next word (or the next word continues none of them), which term
wins in each frame, so the token is decided without looking at it again.

Languages that strip proclitics or stem (Arabic, Russian) get the forms
alone as keys, found anywhere inside a token (a proclitic chain may stand
before a form, a case ending or more of the word after it), and each token a
key falls in is looked at again (its bases decide): the key only says where
to look, and the automaton stays as small as the lexicon.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, NamedTuple

import ahocorasick

if TYPE_CHECKING:
    from framing.languages.tables import Language
    from framing.lexicon.trie import Node

#: The nodes of a key whose tokens are looked at again (the language's bases decide).
VERIFY = ("verify",)


class Case(NamedTuple):
    """What the longest key at a token means for it: an automaton value."""

    length: int                                     # the key's length
    whole: bool                                     # the key ends with the token (a space closes it)
    negator: bool                                   # the token is a negator
    nodes: tuple                                    # trie nodes of the terms the token starts (or VERIFY)
    winners: tuple[tuple[int, int], ...] | None     # (frame, pattern id) per frame of the terms ending here
    more: bool = False                              # some term goes on to a next word: read it first
    anchored: bool = True                           # the key starts with the space before its token
    marker: bool = False                            # the token may ascribe a label (framing.lexicon.ascription)


def plain(language: Language) -> bool:
    """Tokens of this language are matched as they are (no proclitics, stems or case forms)."""
    return not language.proclitics and language.stem is None and language.case_forms is None


def build_automaton(language: Language, first_words: Iterable[tuple[str, bool, Node]], negators: Iterable[str],
                    frame_of: tuple[int, ...], markers: Iterable[str] = ()) -> ahocorasick.Automaton:
    """An automaton whose values are :class:`Case`.

    ``first_words``: ``(form, is_prefix, node)`` of each term's first word;
    ``frame_of``: the frame of each pattern id; ``negators`` and ``markers``
    (words that may ascribe a label) are whole tokens.
    """
    if not plain(language):
        return _verifying(first_words, negators, markers)
    terms: dict[str, list[Node]] = {}
    for form, is_prefix, node in first_words:
        key = f" {form}" + ("" if is_prefix else " ")
        if node not in terms.setdefault(key, []):
            terms[key].append(node)
    negator_keys = {f" {word} " for word in negators}
    marker_keys = {f" {word} " for word in markers} - negator_keys
    automaton = ahocorasick.Automaton()
    for key in sorted(set(terms) | negator_keys | marker_keys):
        # every shorter key at the same token start (globs' prefixes), and the key itself
        nodes = [node for n in range(2, len(key) + 1) for node in terms.get(key[:n], ())
                 if n == len(key) or not key[:n].endswith(" ")]
        automaton.add_word(key, Case(len(key), key.endswith(" "), key in negator_keys, tuple(nodes),
                                     _winners(nodes, frame_of), any(node.more for node in nodes),
                                     marker=key in marker_keys))
    automaton.make_automaton()
    return automaton


def _verifying(first_words: Iterable[tuple[str, bool, Node]], negators: Iterable[str],
               markers: Iterable[str]) -> ahocorasick.Automaton:
    """Keys for a language whose bases decide: the forms anywhere in a token (a proclitic or a
    case ending may stand around them), the negators as whole tokens; every token a key
    falls in is looked at again."""
    automaton = ahocorasick.Automaton()
    for form in sorted({form for form, _is_prefix, _node in first_words}):
        automaton.add_word(form, Case(len(form), False, False, VERIFY, None, anchored=False))
    for word in sorted(set(negators)):
        automaton.add_word(f" {word} ", Case(len(word) + 2, True, True, VERIFY, None))
    for word in sorted(set(markers) - set(negators)):
        automaton.add_word(f" {word} ", Case(len(word) + 2, True, False, VERIFY, None, marker=True))
    automaton.make_automaton()
    return automaton


def _winners(nodes: list, frame_of: tuple[int, ...]) -> tuple[tuple[int, int], ...]:
    """Per frame the one-word term that wins at a token reaching ``nodes``."""
    best: dict[int, int] = {}
    for pid in sorted(pid for node in nodes for pid in node.ends):
        best.setdefault(frame_of[pid], pid)  # within a frame the term listed first wins
    return tuple(sorted(best.items()))

"""A trie of lexicon term words: the compiled form of one language's terms.

Each node holds the term ids that end there and the next word, by exact
normalised form and by glob prefix (looked up by length). Terms that share
their first words share their nodes, so following every term from a token
costs a few dict lookups per word whatever the number of terms, and a glob
is one prefix entry, never a list of the words it matches.
"""

from __future__ import annotations

from typing import Callable, Iterable

from framing.memo import LIMIT

WordForms = tuple[tuple[str, ...], bool]  # (normalised forms, is prefix)


class Node:
    """A word trie node: the terms that end here, and the next word by exact form or glob prefix."""

    __slots__ = ("ends", "exact", "prefix", "lengths", "more", "reached")

    def __init__(self) -> None:
        self.ends: tuple[int, ...] = ()            # pattern ids whose last word leads here
        self.exact: dict[str, Node] = {}          # next word's normalised form -> node
        self.prefix: dict[str, Node] = {}         # next word's glob prefix -> node
        self.lengths: tuple[int, ...] = ()         # distinct lengths of the glob prefixes, ascending
        self.more = False                          # some term goes on to a next word
        self.reached: dict[str, list[Node]] | None = None  # token -> children(its bases), kept by the root

    def __getstate__(self) -> tuple:
        return (self.ends, self.exact, self.prefix, self.lengths, self.more)

    def __setstate__(self, state: tuple) -> None:
        self.ends, self.exact, self.prefix, self.lengths, self.more = state
        self.reached = None

    def children(self, bases: tuple[str, ...]) -> list[Node]:
        """The nodes reached by a token with these bases (may repeat)."""
        out = []
        exact, prefix, lengths = self.exact, self.prefix, self.lengths
        for b in bases:
            node = exact.get(b)
            if node is not None:
                out.append(node)
            for length in lengths:
                if length > len(b):
                    break
                node = prefix.get(b[:length])
                if node is not None:
                    out.append(node)
        return out


    def reached_by(self, token: str, bases: Callable[[str], tuple[str, ...]]) -> list[Node]:
        """:meth:`children` of a token as written, through its ``bases``, remembered (a few MiB at most):
        a language whose tokens are looked at again (Arabic, Russian) meets the same words all the time."""
        reached = self.reached
        if reached is None or len(reached) > LIMIT:
            reached = self.reached = {}
        found = reached.get(token)
        if found is None:
            found = reached[token] = self.children(bases(token))
        return found


def build_trie(words_of: Iterable[tuple[WordForms, ...]]) -> Node:
    """The trie of some terms' words; term ``i`` (in iteration order) ends at the nodes listing ``i``.

    A word with several forms (Arabic ``الحوار`` and ``حوار``) leads to one
    node per form, so a term may end at several nodes.
    """
    root = Node()
    ends: dict[int, list[int]] = {}
    nodes: dict[int, Node] = {id(root): root}
    for pid, words in enumerate(words_of):
        level = [root]
        for forms, is_prefix in words:
            nxt = []
            for node in level:
                table = node.prefix if is_prefix else node.exact
                for form in forms:
                    child = table.get(form)
                    if child is None:
                        child = table[form] = Node()
                        nodes[id(child)] = child
                    if child not in nxt:
                        nxt.append(child)
            level = nxt
        for node in level:
            ids = ends.setdefault(id(node), [])
            if pid not in ids:
                ids.append(pid)
    for key, node in nodes.items():
        node.ends = tuple(ends.get(key, ()))
        node.lengths = tuple(sorted({len(k) for k in node.prefix}))
        node.more = bool(node.exact or node.prefix)
    return root

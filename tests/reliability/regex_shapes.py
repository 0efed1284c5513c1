"""Hostile shapes of regular expressions: what makes a backtracking engine slower than linear.

``problems(pattern, flags, searched)`` reads a pattern's parse tree (``re``'s
own parser) and names every shape that lets ``re`` backtrack more than a
bounded number of times per character:

* ``nested``: a run inside a repeated group that can trade characters with the
  rest of the group or its next round (``(a+)+``, ``(\\w+\\s?)*``, ``(\\s*,?)*``):
  exponential.
* ``alternation``: a repeated choice between branches that match the same
  characters (``(a|a)*``, ``(\\w|\\d)+``): exponential.
* ``adjacent``: two unbounded runs of overlapping classes with nothing
  between them that must match (``\\s*,?\\s*``, ``\\w+\\w*``): quadratic per start.
* ``scan`` (patterns used with ``search``, ``finditer``, ``sub`` …): an
  unbounded run that a search enters from every position inside it and after
  which the match can fail (``\\w+!``, ``[.!?]+(?=x)``, ``a[ab]*c``):
  quadratic. Guarded by what only the run's first character can follow: a
  lookbehind that refuses the class (``(?<![.!?])[.!?]+``), a character of
  another class before it (``,\\s*x``), ``\\b`` before a word run, ``^``.

Character classes are compared on a sample alphabet (Latin, Cyrillic,
Arabic, punctuation, spaces, and every character the pattern names).
"""

from __future__ import annotations

import re
from re import _compiler, _parser
from re._constants import (ANY, ASSERT, ASSERT_NOT, AT, AT_BEGINNING, AT_BEGINNING_STRING, AT_BOUNDARY,
                           ATOMIC_GROUP, BRANCH, GROUPREF_EXISTS, IN, LITERAL, MAX_REPEAT, MAXREPEAT, MIN_REPEAT,
                           NOT_LITERAL, POSSESSIVE_REPEAT, RANGE, SUBPATTERN)

REPEATS = (MAX_REPEAT, MIN_REPEAT, POSSESSIVE_REPEAT)
CHARS = (LITERAL, NOT_LITERAL, ANY, IN)
SEARCHING = frozenset({"search", "finditer", "findall", "sub", "subn", "split"})
_BLOCKS = ((0, 0x530), (0x600, 0x700), (0x750, 0x780), (0x2000, 0x2070), (0x20a0, 0x20c0), (0x3000, 0x3004),
           (0xfb50, 0xfb60), (0xfe70, 0xfe80), (0xfeff, 0xff00), (0xff01, 0xff10))
BASE_ALPHABET = "".join(chr(c) for lo, hi in _BLOCKS for c in range(lo, hi))


def problems(pattern: str, flags: int = 0, *, searched: bool = True, whole: bool = True) -> list[str]:
    """The hostile shapes of a pattern, one line each (empty: linear).

    ``searched``: the pattern is used to search a text (``search``, ``finditer``, ``sub`` …), not only
    matched at one position; ``whole``: it may be used with ``fullmatch`` (the match must reach the end,
    so a match can fail after any part of it).
    """
    return _Shapes(pattern, flags).check(searched, whole)


class _Shapes:
    def __init__(self, pattern: str, flags: int):
        self.parsed = _parser.parse(pattern, flags)
        self.flags = self.parsed.state.flags
        named = set()
        _named_chars(self.parsed.data, named)
        self.alphabet = BASE_ALPHABET + "".join(sorted(named - set(BASE_ALPHABET)))
        self.found: list[str] = []
        self._sets: dict = {}

    # -- character sets ------------------------------------------------------------

    def charset(self, node, flags: int) -> frozenset[str]:
        key = (repr(node), flags)
        if key not in self._sets:
            single = _compiler.compile(_parser.SubPattern(self.parsed.state, [node]), flags)
            self._sets[key] = frozenset(m.group() for m in single.finditer(self.alphabet))
        return self._sets[key]

    def nullable(self, seq) -> bool:
        return all(self._nullable(op, av) for op, av in seq)

    def _nullable(self, op, av) -> bool:
        if op in CHARS:
            return False
        if op == SUBPATTERN:
            return self.nullable(av[3])
        if op == ATOMIC_GROUP:
            return self.nullable(av)
        if op == BRANCH:
            return any(self.nullable(alt) for alt in av[1])
        if op in REPEATS:
            return av[0] == 0 or self.nullable(av[2])
        return True  # assertions, anchors, back references

    def edge(self, seq, flags: int, last: bool = False) -> frozenset[str]:
        """The characters a match of ``seq`` may start (or, ``last``, end) with."""
        out: set[str] = set()
        for op, av in (reversed(seq) if last else seq):
            out |= self._edge(op, av, flags, last)
            if not self._nullable(op, av):
                break
        return frozenset(out)

    def _edge(self, op, av, flags: int, last: bool) -> frozenset[str]:
        if op in CHARS:
            return self.charset((op, av), flags)
        if op == SUBPATTERN:
            return self.edge(av[3], _inner(flags, av), last)
        if op == ATOMIC_GROUP:
            return self.edge(av, flags, last)
        if op == BRANCH:
            return frozenset().union(*(self.edge(alt, flags, last) for alt in av[1]))
        if op in REPEATS:
            return self.edge(av[2], flags, last) if av[1] else frozenset()
        if op == GROUPREF_EXISTS:
            return frozenset().union(*(self.edge(b, flags, last) for b in av[1:] if b))
        return frozenset()

    def chars(self, seq, flags: int) -> frozenset[str]:
        """Every character a match of ``seq`` may hold (lookarounds aside)."""
        out: set[str] = set()
        for op, av in seq:
            if op in CHARS:
                out |= self.charset((op, av), flags)
            elif op == SUBPATTERN:
                out |= self.chars(av[3], _inner(flags, av))
            elif op == ATOMIC_GROUP:
                out |= self.chars(av, flags)
            elif op == BRANCH:
                for alt in av[1]:
                    out |= self.chars(alt, flags)
            elif op in REPEATS:
                out |= self.chars(av[2], flags)
        return frozenset(out)

    # -- the walk ----------------------------------------------------------------------

    def check(self, searched: bool, whole: bool) -> list[str]:
        self.searched, self.whole = searched, whole
        self.walk(self.parsed.data, self.flags, [], frozenset(self.alphabet))
        return list(dict.fromkeys(self.found))

    def walk(self, seq, flags: int, cont: list, entry: frozenset[str]) -> None:
        """Check every element of ``seq``; ``cont`` is what follows ``seq`` (outward); ``entry`` the
        characters inside whose runs a search may reach the current point at every position."""
        for k, (op, av) in enumerate(seq):
            after = [(node, flags) for node in seq[k + 1:]] + cont
            if op == SUBPATTERN:
                self.walk(av[3], _inner(flags, av), after, entry)
            elif op == ATOMIC_GROUP:
                self.walk(av, flags, after, entry)
            elif op == BRANCH:
                for alt in av[1]:
                    self.walk(alt, flags, after, entry)
            elif op in (ASSERT, ASSERT_NOT):
                self.walk(av[1], flags, [], frozenset())
            elif op in REPEATS:
                self.repeat(op, av, flags, after, entry)
            entry = self._entry(op, av, flags, entry)

    def _entry(self, op, av, flags: int, entry: frozenset[str]) -> frozenset[str]:
        """``entry`` after one element: a search reaches a point inside a run only where the element
        before can end inside that run."""
        if not entry:
            return entry
        if op == AT:
            if av == AT_BEGINNING_STRING or av == AT_BEGINNING and not self.flags & re.M or av == AT_BOUNDARY:
                return frozenset()  # no start, or only where a run begins (word runs and others alike)
            return entry
        if op in (ASSERT, ASSERT_NOT):
            direction, body = av
            if direction != -1:
                return entry
            looked = self.chars(body, flags)
            return entry - looked if op == ASSERT_NOT else entry & looked
        if self._nullable(op, av):
            return entry
        return self._edge(op, av, flags, True) if entry & self._edge(op, av, flags, False) else frozenset()

    def repeat(self, op, av, flags: int, cont: list, entry: frozenset[str]) -> None:
        low, high, body = av
        run = self.chars(body, flags)
        # what nothing can make fail after it is never backtracked into ("\w+" ending a search)
        fails_searched = not self._always_succeeds(cont)
        fails = self.whole or fails_searched
        if high > 1:
            if fails and op != POSSESSIVE_REPEAT:
                self._nested(body, flags)
                self._alternation(body, flags)
            self.walk(body, flags, [((op, av), flags)] + cont, entry)
        else:
            self.walk(body, flags, cont, entry)
        if high != MAXREPEAT or op == POSSESSIVE_REPEAT:
            return
        if fails:
            self._adjacent(self.edge(body, flags, True), cont)
        if entry & run and self.searched and fails_searched:
            self.found.append(f"scan: an unbounded run of {_show(run)} is entered from every position inside it "
                              "and the match can fail after it (quadratic under search); anchor its start")

    def _nested(self, body, flags: int) -> None:
        """An unbounded run inside a repeated body that can give characters to what follows it in the loop."""
        for inner, follow in self._runs(body, flags, self.edge(body, flags)):
            if inner & follow:
                self.found.append(f"nested: an unbounded run of {_show(inner)} inside a repeated group can also "
                                  f"match what follows it there ({_show(inner & follow)}): exponential")

    def _runs(self, seq, flags: int, after: frozenset[str]):
        """(characters, what may follow) of every unbounded run in ``seq``, followed by ``after``."""
        for k, (op, av) in enumerate(seq):
            rest = seq[k + 1:]
            follow = self.edge(rest, flags) | (after if self.nullable(rest) else frozenset())
            if op == SUBPATTERN:
                yield from self._runs(av[3], _inner(flags, av), follow)
            elif op == BRANCH:
                for alt in av[1]:
                    yield from self._runs(alt, flags, follow)
            elif op in REPEATS and av[1] != 0:
                if av[1] == MAXREPEAT and op != POSSESSIVE_REPEAT:
                    yield self.chars(av[2], flags), follow
                yield from self._runs(av[2], flags, follow)

    def _alternation(self, body, flags: int, before=None, after=None) -> None:
        """Two branches of a repeated choice that may match the same characters (an empty branch matches
        what stands around the choice: "(?:aa|a)+" is "a(?:a|)+")."""
        before = self.edge(body, flags, True) if before is None else before
        after = self.edge(body, flags) if after is None else after
        for k, (op, av) in enumerate(body):
            ahead = self.edge(body[k + 1:], flags) | (after if self.nullable(body[k + 1:]) else frozenset())
            behind = self.edge(body[:k], flags, True) | (before if self.nullable(body[:k]) else frozenset())
            if op == SUBPATTERN:
                self._alternation(av[3], _inner(flags, av), behind, ahead)
            elif op == BRANCH:
                ends = [(self.edge(alt, flags) | (ahead if self.nullable(alt) else frozenset()),
                         self.edge(alt, flags, True) | (behind if self.nullable(alt) else frozenset()))
                        for alt in av[1]]
                for i, (first_a, last_a) in enumerate(ends):
                    for first_b, last_b in ends[i + 1:]:
                        if first_a & first_b and last_a & last_b:
                            self.found.append("alternation: a repeated choice between branches that match the "
                                              f"same characters ({_show(first_a & first_b)}): exponential")

    def _adjacent(self, run: frozenset[str], cont: list) -> None:
        r"""A run that can give the characters it ends with to a later run, through what may stand between
        them: nothing that must match, or single characters of the shared class ("\s*,?\s*", ".*?\S[\s,]+")."""
        for (op, av), flags in cont:
            overlap = self._leading_run(op, av, flags) & run
            if overlap:
                self.found.append(f"adjacent: two unbounded runs of {_show(overlap)} with nothing between them "
                                  "that must match (quadratic per start)")
                return
            if op in CHARS:
                run = run & self.charset((op, av), flags)
            if not run or not self._nullable(op, av) and op not in CHARS:
                return

    def _leading_run(self, op, av, flags: int) -> frozenset[str]:
        """The characters of an unbounded run a node may open with."""
        if op in REPEATS:
            body = av[2]
            if av[1] == MAXREPEAT and all(o in CHARS for o, _ in body):
                return self.chars(body, flags)
            return self._leading_run(*body[0], flags) if body else frozenset()
        if op == SUBPATTERN and av[3]:
            return self._leading_run(*av[3][0], _inner(flags, av))
        if op == BRANCH:
            return frozenset().union(*(self._leading_run(*alt[0], flags) for alt in av[1] if alt))
        return frozenset()

    def _always_succeeds(self, cont: list) -> bool:
        """Whether nothing after a run can make the match fail (no character or assertion must follow)."""
        for (op, av), _ in cont:
            if op in REPEATS and av[0] == 0:
                continue
            if op == SUBPATTERN and self._always_succeeds([(node, 0) for node in av[3]]):
                continue
            return False
        return True


def _inner(flags: int, av) -> int:
    group, add, remove, _ = av
    return (flags | add) & ~remove


def _named_chars(seq, out: set) -> None:
    for op, av in seq:
        if op in (LITERAL, NOT_LITERAL):
            out.add(chr(av))
        elif op == IN:
            for item, value in av:
                if item in (LITERAL, NOT_LITERAL):
                    out.add(chr(value))
                elif item == RANGE:
                    out.update(chr(c) for c in (value[0], value[1], (value[0] + value[1]) // 2))
        elif op == SUBPATTERN:
            _named_chars(av[3], out)
        elif op in REPEATS:
            _named_chars(av[2], out)
        elif op == BRANCH:
            for alt in av[1]:
                _named_chars(alt, out)
        elif op in (ASSERT, ASSERT_NOT):
            _named_chars(av[1], out)
        elif op == ATOMIC_GROUP:
            _named_chars(av, out)


def _show(chars: frozenset[str]) -> str:
    sample = sorted(chars)[:6]
    return "[" + "".join(repr(c)[1:-1] for c in sample) + ("…" if len(chars) > 6 else "") + "]"

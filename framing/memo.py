"""Bounded memos: a function's results kept per key, a few MiB at most.

Extraction looks the same words up again and again (a word's bases, whether
it may start a speech cue, which aliases it may begin). A :class:`Memo` is a
dict that computes a missing key on first sight, so a look-up is one C-level
``dict`` access (``map(memo.__getitem__, words)``); :func:`memo` keeps one per
name and starts it afresh when it holds more than ``limit`` keys, so memory
stays bounded on a corpus of ever new words.

>>> squares = memo("squares", lambda n: n * n, limit=2)
>>> squares[3], squares[4]
(9, 16)
"""

from __future__ import annotations

from typing import Callable, Hashable

#: Keys a memo holds before it starts afresh (words and their forms: a few MiB).
LIMIT = 1 << 15


class Memo(dict):
    """``key -> function(key)``, computed on first sight."""

    __slots__ = ("function",)

    def __init__(self, function: Callable) -> None:
        super().__init__()
        self.function = function

    def __missing__(self, key: Hashable) -> object:
        found = self[key] = self.function(key)
        return found


_MEMOS: dict[Hashable, Memo] = {}


def memo(name: Hashable, function: Callable, *, limit: int = LIMIT) -> Memo:
    """The memo called ``name`` (made with ``function`` on first use), fresh once it holds ``limit`` keys."""
    found = _MEMOS.get(name)
    if found is None or len(found) > limit:
        found = _MEMOS[name] = Memo(function)
    return found

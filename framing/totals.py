"""Mergeable totals: the one shape of every per-group count that workers add up.

A comparison cell (:class:`framing.comparison.Counts`), a keyness group
(:class:`framing.keyness.GroupTotals`), a coverage group
(:class:`framing.coverage.Coverage`) and a cue group
(:class:`framing.cue_table.CueCounts`) are dataclasses of totals that add
field by field: numbers add, counters add, sets join, and a mapping of
counters adds counter by counter. :class:`Totals` gives each of them that
one ``merge``, so a field added to a class is merged without more code, and
:func:`count_words` is the one word count of keyness and coverage.

>>> from collections import Counter
>>> from dataclasses import dataclass, field
>>> @dataclass
... class Seen(Totals):
...     n: int = 0
...     words: Counter = field(default_factory=Counter)
>>> a, b = Seen(1, Counter(x=1)), Seen(2, Counter(x=1, y=1))
>>> a.merge(b); a
Seen(n=3, words=Counter({'x': 2, 'y': 1}))
"""

from __future__ import annotations

from collections import Counter
from dataclasses import fields
from typing import Callable



class Totals:
    """A dataclass of totals that merges field by field (see the module docstring)."""

    def merge(self, other: Totals) -> None:
        """Add another group's totals to these (``other`` is not modified)."""
        for f in fields(self):  # type: ignore[arg-type]
            mine, theirs = getattr(self, f.name), getattr(other, f.name)
            if isinstance(mine, Counter):
                mine.update(theirs)
            elif isinstance(mine, set):
                mine |= theirs
            elif isinstance(mine, dict):
                for key, counts in theirs.items():
                    mine.setdefault(key, Counter()).update(counts)
            else:
                setattr(self, f.name, mine + theirs)


def count_words(text: str, lang: str, words: Counter[str], forms: Counter[tuple[str, str]],
                keep: Callable[[str], bool] = lambda word: True) -> list[str]:
    """Count the words of ``text`` that ``keep`` keeps: each normalised word, and each (normalised, as
    written in lower case) form, so a word can be shown as it is most often written. Returns the
    normalised words counted."""
    from framing import languages  # here: the tables' merge (imported by every command) needs neither
    from framing.text import WORD_RE

    normalize = languages.get(lang).normalize
    counted = []
    for match in WORD_RE.finditer(text):
        word = normalize(match.group())
        if keep(word):
            words[word] += 1
            forms[(word, match.group().lower())] += 1
            counted.append(word)
    return counted

"""Why a gold statement was missed, or why a prediction matched no gold statement.

Scores pair predictions and gold one-to-one (:func:`framing.evaluate.match`);
an error's *cause* looks instead at every statement on the other side of the
same document, to say what went wrong:

* ``wrong actor``: a statement of another actor matches it by the overlap
  rule (the shared part covers at least half of each span);
* ``span``: a statement of the same actor overlaps it, but covers less than
  half of one of the two spans (a boundary error);
* ``span and actor``: a statement of another actor overlaps it, under half;
* ``one-to-one``: a statement of the same actor matches it by the overlap
  rule but is paired with another one (overlapping gold statements, or two
  predictions of one gold statement);
* ``not found`` (a miss) or ``no gold statement`` (a false alarm): nothing
  on the other side overlaps it at all.

The causes are tried in the order ``one-to-one``, ``wrong actor``, ``span``,
``span and actor``; among several statements of one cause, the one sharing
the most characters explains the error. Causes are diagnostic only: they
never change the scores.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from framing.evaluate import Gold, match, overlaps, same_actor
from framing.model import Statement

#: The causes, in the order reports list them.
CAUSES = ("wrong actor", "span", "span and actor", "one-to-one", "not found", "no gold statement")

#: A statement on either side: a prediction or a gold record.
Item = Statement | Gold


@dataclass(frozen=True, slots=True)
class Diagnosis:
    """A miss (``item`` is a :class:`Gold`) or a false alarm (``item`` is a
    prediction), its ``cause``, and the statement on the other side that
    explains it (``None`` for ``not found`` and ``no gold statement``)."""

    error: str
    cause: str
    item: Item
    other: Item | None = None


def diagnose(predicted: Sequence[Statement], gold: Sequence[Gold]) -> list[Diagnosis]:
    """Every miss and false alarm of the one-to-one matching, with its cause.

    Narration is left out, as in scoring. Misses come first, each side in
    the order given.

    Examples
    --------
    >>> p = Statement("d", "src", "en", "us", "Mr Doe", "indirect", 0, 40, "x" * 40)
    >>> g = Gold("d", "uk", "Mr Doe", "indirect", 0, 38, "x" * 38)
    >>> [(e.error, e.cause, e.other.actor) for e in diagnose([p], [g])]
    [('miss', 'wrong actor', 'us'), ('false alarm', 'wrong actor', 'uk')]
    """
    predicted = [p for p in predicted if p.kind != "narration"]
    pairs = match(predicted, gold)
    paired_p, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
    errors = [_diagnosis("miss", g, predicted) for j, g in enumerate(gold) if j not in paired_g]
    errors += [_diagnosis("false alarm", p, gold) for i, p in enumerate(predicted) if i not in paired_p]
    return errors


def error_row(error: Diagnosis) -> tuple:
    """The row of ``framing evaluate --errors`` for one error
    (:data:`framing.evaluate.ERROR_COLUMNS`)."""
    item = error.item
    return (error.error, error.cause, item.doc, item.lang, item.actor, item.speaker or "", item.kind,
            item.start, item.end, item.text, describe_other(error))


def describe_other(error: Diagnosis) -> str:
    """The ``other`` column of ``framing evaluate --errors``: the other side's
    actor for ``wrong actor``, its span and text for ``span`` and ``one-to-one``,
    both for ``span and actor``, empty otherwise."""
    other = error.other
    if other is None:
        return ""
    if error.cause == "wrong actor":
        return other.actor
    span = f"{other.start}-{other.end} {other.text}"
    return f"{other.actor} {span}" if error.cause == "span and actor" else span


def _diagnosis(error: str, item: Item, others: Sequence[Item]) -> Diagnosis:
    """The cause of one unpaired statement, from the other side's statements.

    A same-actor statement that matches by the overlap rule must be paired
    with another one (greedy pairing would have paired the two otherwise),
    hence ``one-to-one``.
    """
    gold_side = error == "miss"
    full_same: list[tuple[int, Item]] = []
    full_other: list[tuple[int, Item]] = []
    part_same: list[tuple[int, Item]] = []
    part_other: list[tuple[int, Item]] = []
    for other in others:
        if other.doc != item.doc:
            continue
        shared = min(item.end, other.end) - max(item.start, other.start)
        if shared <= 0:
            continue
        agree = same_actor(other.actor, item.actor) if gold_side else same_actor(item.actor, other.actor)
        if overlaps(item.start, item.end, other.start, other.end):
            (full_same if agree else full_other).append((shared, other))
        else:
            (part_same if agree else part_other).append((shared, other))
    for cause, found in (("one-to-one", full_same), ("wrong actor", full_other),
                         ("span", part_same), ("span and actor", part_other)):
        if found:
            return Diagnosis(error, cause, item, min(found, key=_rank)[1])
    return Diagnosis(error, "not found" if gold_side else "no gold statement", item)


def _rank(candidate: tuple[int, Item]) -> tuple[int, int, int, str]:
    """Most shared characters first, then the earliest, shortest span, then the actor id."""
    shared, other = candidate
    return -shared, other.start, other.end, other.actor

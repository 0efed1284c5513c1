"""Voice: what an actor said, and what the outlet's own sentences say about it.

An actor's statements (``direct``, ``indirect``) are its own words. The
outlet's narration (actor ``outlet:<source>``) is the journalist's. A
narration sentence that mentions an actor (by the registry's aliases, through
:meth:`ActorRegistry.find_mentions`) is also scored as a statement *about*
that actor, with actor ``about:<id>`` and kind ``narration``; a sentence that
mentions several actors is about each of them, as joint speakers give one
statement per actor.

Hits inside a mention of the actor a statement is about are not counted: an
actor's own name is how the registry recognises it, not how the outlet frames
it ("CSTO" names the CSTO; it does not make a sentence about the CSTO a
peacekeeping frame). Hits anywhere else in the sentence count.

``--voice`` chooses the statements a comparison is made of (:data:`VOICES`):
``said`` (the default) the actors' own statements, ``about`` the narration
about them, ``both`` the two side by side (:func:`pair_rows` puts each
``about:<id>`` row right after the ``<id>`` row).
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Iterator, Protocol

from framing.errors import UsageError
from framing.model import Hit, ScoredStatement, Statement, Table
from framing.token_count import count_tokens

if TYPE_CHECKING:
    from framing.actors import ActorRegistry

#: Values of ``--voice``: which statements a comparison is made of.
VOICES = ("said", "about", "both")
#: Prefix of the actor of a statement about an actor.
ABOUT = "about:"


class _Matcher(Protocol):
    def match(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Hit]: ...


def check_voice(voice: str) -> str:
    """``voice`` if it is one of :data:`VOICES`, else a :class:`UsageError`."""
    if voice not in VOICES:
        raise UsageError(f"unknown --voice {voice!r}; choose from: {', '.join(VOICES)}")
    return voice


def wants(voice: str) -> tuple[bool, bool]:
    """``(said, about)``: whether a voice keeps the actors' statements and the statements about them."""
    check_voice(voice)
    return voice in ("said", "both"), voice in ("about", "both")


def about_actor(actor: str) -> str | None:
    """The actor id an ``about:<id>`` actor is about, or None for any other actor."""
    return actor[len(ABOUT):] if actor.startswith(ABOUT) else None


Spans = tuple[tuple[int, int], ...]


def about_statements(text: str, narration: Statement, registry: ActorRegistry) -> Iterator[tuple[Statement, Spans]]:
    """The statements about actors that one narration sentence makes.

    Parameters
    ----------
    text : the document's text.
    narration : a statement of kind ``narration`` of that document.
    registry : the actors and their aliases.

    Yields
    ------
    (Statement, spans)
        One per actor mentioned, sorted by actor id: the sentence as a
        statement with actor ``about:<id>`` and speaker the first mention as
        written, and the ``(start, end)`` of every mention of that actor.

    Examples
    --------
    >>> from framing.actors import ActorRegistry
    >>> from framing.model import Actor
    >>> reg = ActorRegistry([Actor("eu", "EU", {"en": ("EU",)}), Actor("un", "UN", {"en": ("UN",)})])
    >>> text = "The EU and the UN met."
    >>> s = Statement("d", "src", "en", "outlet:src", "", "narration", 0, len(text), text)
    >>> [(a.actor, a.speaker, spans) for a, spans in about_statements(text, s, reg)]
    [('about:eu', 'EU', ((4, 6),)), ('about:un', 'UN', ((15, 17),))]
    """
    spans: dict[str, list[tuple[int, int]]] = {}
    for mention in registry.find_mentions(text, narration.lang, narration.start, narration.end):
        spans.setdefault(mention.actor, []).append((mention.start, mention.end))
    for actor in sorted(spans):
        first = spans[actor][0]
        statement = dataclasses.replace(narration, actor=ABOUT + actor, speaker=text[first[0]:first[1]])
        yield statement, tuple(spans[actor])


def score_about(text: str, narration: Statement, registry: ActorRegistry, matcher: _Matcher) -> list[ScoredStatement]:
    """The scored statements about actors of one narration sentence.

    Hits are those of the whole sentence less any inside a mention of the
    actor the statement is about (see the module's docstring).
    """
    out: list[ScoredStatement] = []
    hits: list[Hit] | None = None
    for statement, mentions in about_statements(text, narration, registry):
        if hits is None:
            hits = sorted(matcher.match(text, narration.lang, narration.start, narration.end),
                          key=lambda h: (h.start, h.end, h.frame, h.term))
        kept = tuple(h for h in hits if not any(h.start < e and h.end > s for s, e in mentions))
        out.append(ScoredStatement(statement=statement, tokens=count_tokens(statement.text), hits=kept))
    return out


def pair_rows(table: Table) -> Table:
    """The table with each ``about:<id>`` row right after the row of ``<id>``.

    Pairs are matched on the whole group key (``--by actor,source`` pairs
    ``(about:us, X)`` with ``(us, X)``). A pair takes the place of its first
    row in the table's order, said before about; other rows keep their order.

    Examples
    --------
    >>> from framing.model import Row
    >>> def row(actor, n): return Row((actor,), n, 0, {}, {}, {})
    >>> t = Table(("actor",), "share", (), (row("about:us", 5), row("eu", 4), row("us", 3)))
    >>> [r.key[0] for r in pair_rows(t).rows]
    ['us', 'about:us', 'eu']
    """
    if "actor" not in table.by:
        return table
    at = table.by.index("actor")

    def base(key: tuple[str, ...]) -> tuple[str, ...]:
        actor = about_actor(key[at])
        return key if actor is None else (*key[:at], actor, *key[at + 1:])

    groups: dict[tuple[str, ...], list] = {}
    for row in table.rows:
        groups.setdefault(base(row.key), []).append(row)
    rows = [row for members in groups.values()
            for row in sorted(members, key=lambda r: about_actor(r.key[at]) is not None)]
    return dataclasses.replace(table, rows=tuple(rows))

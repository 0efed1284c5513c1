"""The evidence behind the numbers: the statements behind a cell, and concordances.

:func:`explain` gathers the statements of one group (an actor, an outlet, ...)
that invoke one frame, i.e. the statements counted in one cell of
``framing compare``, with the matched terms marked and a keyword-in-context
line per hit, and the cell's counts. :func:`kwic` gives keyword-in-context
lines for a frame or an ad-hoc term, over statements or over all text.

Both take documents paired with their scored statements
(:func:`framing.pipeline.analyse_documents`) and are pure. Text stays in
logical order; contexts are cut to a width and put on one line.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from typing import Iterable, Iterator, Sequence

from framing.comparison import METRICS, Counts
from framing.grouping import check_by, group_key
from framing.errors import FramingWarning, UsageError
from framing.model import AFFIRMED, Document, Frame, Hit, ScoredStatement, Statement

#: Brackets around a matched term in a marked statement: characters news
#: text does not use, unlike [ ], which quotes use for editorial insertions.
MARKS = ("⟦", "⟧")
#: Default characters of context on each side of a hit.
WIDTH = 40
ELLIPSIS = "…"
_SPACE = re.compile(r"\s+")


# -- text helpers -----------------------------------------------------------------

def flatten(text: str) -> str:
    """``text`` on one line: every run of whitespace becomes one space."""
    return _SPACE.sub(" ", text)


def mark(text: str, spans: Iterable[tuple[int, int]], marks: tuple[str, str] = MARKS) -> str:
    """``text`` with each ``(start, end)`` span (offsets into ``text``) bracketed.

    Overlapping spans are bracketed once, as their union.

    Examples
    --------
    >>> mark("armed terrorist gangs", [(6, 15)])
    'armed ⟦terrorist⟧ gangs'
    """
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    out, pos = [], 0
    for start, end in merged:
        out += [text[pos:start], marks[0], text[start:end], marks[1]]
        pos = end
    out.append(text[pos:])
    return "".join(out)


def context(text: str, start: int, end: int, width: int = WIDTH, lo: int = 0,
            hi: int | None = None) -> tuple[str, str, str]:
    """``(left, match, right)`` around ``text[start:end]``, within ``text[lo:hi]``.

    Each side is flattened to one line and cut to at most ``width``
    characters, at a word boundary where there is one, with ``…`` where text
    was cut.

    Examples
    --------
    >>> context("They are terrorist gangs trained abroad.", 9, 18, width=12)
    ('They are ', 'terrorist', ' gangs…')
    """
    hi = len(text) if hi is None else hi
    left = flatten(text[lo:start]).lstrip()
    right = flatten(text[end:hi]).rstrip()
    if len(left) > width:
        cut = left[len(left) - width + 1:]
        space = cut.find(" ")
        if 0 <= space < len(cut) - 1 and not left[len(left) - width].isspace():
            cut = cut[space:]  # do not start inside a word
        left = ELLIPSIS + cut.lstrip()
    if len(right) > width:
        cut = right[:width - 1]
        space = cut.rfind(" ")
        if space > 0 and not right[width - 1].isspace():
            cut = cut[:space]  # do not end inside a word
        right = cut.rstrip() + ELLIPSIS
    return left, flatten(text[start:end]), right


# -- keyword in context -------------------------------------------------------------

@dataclass(frozen=True)
class Line:
    """One hit in its context: a keyword-in-context (concordance) line.

    ``start``/``end`` are offsets of the match into the document. ``actor``,
    ``speaker`` and ``kind`` are those of the statement holding the hit
    (empty for text outside every statement). ``frame`` is empty for an
    ad-hoc term. ``polarity`` is the hit's (``affirmed``, ``negated``,
    ``attributed``).
    """

    doc: str
    source: str
    date: str
    lang: str
    actor: str
    speaker: str
    kind: str
    frame: str
    term: str
    start: int
    end: int
    left: str
    match: str
    right: str
    polarity: str = AFFIRMED


def _line(doc: Document, statement: Statement | None, lang: str, hit: Hit, frame: str, width: int,
          lo: int, hi: int) -> Line:
    left, match, right = context(doc.text, hit.start, hit.end, width, lo, hi)
    return Line(doc.id, doc.source, doc.date, lang,
                statement.actor if statement else "", statement.speaker if statement else "",
                statement.kind if statement else "", frame, hit.term, hit.start, hit.end, left, match, right,
                hit.polarity)


@dataclass(frozen=True)
class Query:
    """What :func:`kwic` looks for: a lexicon frame, or an ad-hoc term.

    ``matcher`` finds the hits (the lexicon's, or one compiled from the
    term); ``frame`` keeps only that frame's hits (None for a term).
    """

    label: str
    frame: str | None
    matcher: object


def make_query(query: str, frames: Sequence[str], matcher: object) -> Query:
    """A frame of the lexicon if ``query`` names one, else an ad-hoc term.

    A term follows the lexicon's rules (``*`` ends a prefix, several words
    are a phrase) in the language of its script. A query shaped like a frame
    id (``violence_casualty``: a word with an underscore, which no token
    has) is a mistyped frame: an error that names the frames, not an empty
    table.
    """
    if query in frames:
        return Query(query, query, matcher)
    if "_" in query and query.replace("_", "").isalnum():
        import difflib

        close = difflib.get_close_matches(query, frames, n=1, cutoff=0.6)
        hint = f"; did you mean {close[0]}?" if close else ""
        raise UsageError(f"unknown frame {query!r}{hint} (frames of the lexicon: {', '.join(frames)})")
    from framing.lexicon import compile_lexicon
    from framing.text import script_lang

    try:
        term_matcher = compile_lexicon([Frame("term", "", {script_lang(query): (query,)})])
    except ValueError as e:
        raise UsageError(f"{query!r} is neither a frame of the lexicon ({', '.join(frames)}) "
                         f"nor a usable term: {e}") from None
    return Query(query, None, term_matcher)


def _hits(query: Query, doc: Document, lang: str, start: int, end: int) -> list[Hit]:
    hits = query.matcher.match(doc.text, lang, start, end)  # type: ignore[attr-defined]
    return [h for h in hits if query.frame is None or h.frame == query.frame]


def kwic(
    analysed: Iterable[tuple[Document, Sequence[ScoredStatement]]],
    query: Query,
    *,
    width: int = WIDTH,
    all_text: bool = False,
) -> Iterator[Line]:
    """Keyword-in-context lines for a frame or a term, in document order.

    Parameters
    ----------
    analysed : documents with their scored statements
        (:func:`framing.pipeline.analyse_documents`).
    query : from :func:`make_query`.
    width : characters of context on each side.
    all_text : look in every paragraph, not only in statements; the context
        is then the paragraph, and a line names the statement holding the
        hit, if any (pass statements with narration to see the outlet's).

    In statements, a frame's lines are exactly the hits ``compare`` counts,
    and the context is the statement: what the actor said, no more. A query
    that matches nothing warns (:class:`FramingWarning`): a mistyped term
    shows, though the table is empty.
    """
    if width < 1:
        raise UsageError(f"--width must be 1 or more, got {width}")
    found = 0
    for line in _kwic_lines(analysed, query, width, all_text):
        found += 1
        yield line
    if not found:
        where = "text" if all_text else "statements"
        warnings.warn(FramingWarning(f"{query.label!r} matched nothing in the {where}"), stacklevel=2)


def _kwic_lines(analysed: Iterable[tuple[Document, Sequence[ScoredStatement]]], query: Query, width: int,
                all_text: bool) -> Iterator[Line]:
    for doc, scored in analysed:
        if all_text:
            yield from _kwic_text(doc, scored, query, width)
            continue
        for item in scored:
            s = item.statement
            if query.frame is not None:
                hits = [h for h in item.hits if h.frame == query.frame]
            else:
                hits = _hits(query, doc, s.lang, s.start, s.end)
            for hit in hits:
                yield _line(doc, s, s.lang, hit, hit.frame if query.frame else "", width, s.start, s.end)


def _kwic_text(doc: Document, scored: Sequence[ScoredStatement], query: Query, width: int) -> Iterator[Line]:
    from framing import languages
    from framing.text import paragraph_spans, script_lang

    default = doc.lang if doc.lang in languages.codes() else "en"
    statements = [item.statement for item in scored]
    for ps, pe in paragraph_spans(doc.text):
        lang = script_lang(doc.text[ps:pe], default=default)
        for hit in _hits(query, doc, lang, ps, pe):
            holder = _holder(statements, hit)
            yield _line(doc, holder, lang, hit, hit.frame if query.frame else "", width, ps, pe)


def _holder(statements: Sequence[Statement], hit: Hit) -> Statement | None:
    """The statement holding a hit: an actor's before the outlet's narration.

    Joint speakers share one span; their actors are joined with ``;``.
    """
    inside = [s for s in statements if s.start <= hit.start and hit.end <= s.end]
    said = [s for s in inside if s.kind != "narration"] or inside
    if not said:
        return None
    actors = ";".join(dict.fromkeys(s.actor for s in said))
    first = said[0]
    return Statement(first.doc, first.source, first.lang, actors, first.speaker, first.kind,
                     first.start, first.end, first.text, first.confidence, date=first.date)


# -- explain: the statements behind one cell ------------------------------------------

@dataclass(frozen=True)
class Evidence:
    """One statement behind a cell: its hits of the frame, marked, and their lines."""

    scored: ScoredStatement
    date: str
    title: str
    url: str
    hits: tuple[Hit, ...]
    marked: str
    lines: tuple[Line, ...]


@dataclass(frozen=True)
class Explanation:
    """The statements behind one cell of a comparison, and the cell's counts.

    ``counts`` are the group's totals, as ``compare`` sums them, so
    ``values`` (every metric) equal the cell in every ``--metric``;
    ``evidence`` lists the group's statements with at least one hit of the
    frame, in document order.
    """

    by: tuple[str, ...]
    key: tuple[str, ...]
    frame: str
    counts: Counts
    evidence: tuple[Evidence, ...]

    @property
    def values(self) -> dict[str, float]:
        """The cell's value under every metric of :data:`framing.comparison.METRICS`."""
        return {name: metric.value(self.counts, self.frame) for name, metric in METRICS.items()}


def parse_key(group: str, by: Sequence[str]) -> tuple[str, ...]:
    """A group key from its command-line form: values joined by ``,`` in ``by`` order.

    Only the last value may contain a comma (it takes the rest).
    """
    parts = tuple(group.split(",", len(by) - 1))
    if len(parts) != len(by):
        raise UsageError(f"group {group!r} needs {len(by)} values joined by ',' (for --by {','.join(by)})")
    return parts


def explain(
    analysed: Iterable[tuple[Document, Sequence[ScoredStatement]]],
    key: Sequence[str],
    frame: str,
    *,
    frames: Sequence[str],
    by: Sequence[str] = ("actor",),
    width: int = 30,
) -> Explanation:
    """The statements of one group that invoke ``frame``, with their evidence.

    Parameters
    ----------
    analysed : documents with their scored statements
        (:func:`framing.pipeline.analyse_documents`).
    key : the group, one value per ``by`` field (e.g. ``("kz_government",)``).
    frame : a frame id of ``frames`` (the lexicon's).
    by : the grouping, as in :func:`framing.comparison.compare`.
    width : characters of context on each side of a hit.

    Raises
    ------
    UsageError
        For an unknown frame, or a group with no statements at all (the
        message lists the groups there are).
    """
    keys = check_by(by)
    key = tuple(key)
    if frame not in frames:
        raise UsageError(f"unknown frame {frame!r}; frames of the lexicon: {', '.join(frames)}")
    if len(key) != len(keys):
        raise UsageError(f"a group of --by {','.join(keys)} needs {len(keys)} values, got {len(key)}")
    counts = Counts()
    seen: set[tuple[str, ...]] = set()
    found: list[Evidence] = []
    for doc, scored in analysed:
        for item in scored:
            s = item.statement
            group = group_key(s, keys)
            seen.add(group)
            if group != key:
                continue
            counts.add(item)
            hits = tuple(h for h in item.hits if h.frame == frame)
            if not hits:
                continue
            marked = mark(s.text, [(h.start - s.start, h.end - s.start) for h in hits])
            lines = tuple(_line(doc, s, s.lang, h, frame, width, s.start, s.end) for h in hits)
            found.append(Evidence(item, doc.date, doc.title, doc.url, hits, marked, lines))
    if key not in seen:
        known = sorted(",".join(g) for g in seen)
        shown = ", ".join(known[:30]) + (", …" if len(known) > 30 else "")
        raise UsageError(f"no statements of {','.join(keys)} {','.join(key)!r}; there are: {shown or 'none'}")
    return Explanation(keys, key, frame, counts, tuple(found))

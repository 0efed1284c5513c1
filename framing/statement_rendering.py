"""Statements as text, in every output format (``framing statements``). Pure: no printing.

``-f jsonl`` is the statements schema of DESIGN.md (one object per line),
``json`` a list of them, ``csv``/``tsv`` flat rows (the cue's fields, then one
column of hits per frame of the lexicon), and the tabulate formats a readable
table with the text shortened.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping, Sequence

from framing.errors import UsageError
from framing.model import Cue, Hit, ScoredStatement
from framing.formats import CSV, DEFAULT_FORMAT, JSON, JSONL, get_format
from framing.records import TEXT_WIDTH, Records, dumps, json_list, tabulated, write_csv

# -- statements -------------------------------------------------------------

def _hit_object(hit: Hit, frame: bool = True) -> dict[str, Any]:
    obj: dict[str, Any] = {"frame": hit.frame} if frame else {}
    obj.update(term=hit.term, start=hit.start, end=hit.end, polarity=hit.polarity)
    if hit.weight != 1:  # only weighted lexicons carry weights
        obj["weight"] = int(hit.weight) if float(hit.weight).is_integer() else hit.weight
    return obj


def statement_object(scored: ScoredStatement, lexicons: Sequence[tuple[str, str]] = ()) -> dict[str, Any]:
    """One statement in the ``statements -f jsonl`` schema.

    Each hit carries its ``polarity`` (``affirmed``, ``negated``,
    ``attributed``). ``cancelled`` lists, per frame, the matches a negator
    cancelled under ``--negation exclude``; they are not in ``hits`` or
    ``frames``. ``lexicons`` names each lexicon used and its sha256.
    """
    s = scored.statement
    order = lambda h: (h.start, h.end, h.frame, h.term)  # noqa: E731
    cancelled: dict[str, list[dict[str, Any]]] = {}
    for hit in sorted(scored.cancelled, key=lambda h: (h.frame, h.start, h.end, h.term)):
        cancelled.setdefault(hit.frame, []).append(_hit_object(hit, frame=False))
    return {
        "doc": s.doc, "source": s.source, "date": s.date, "lang": s.lang, "actor": s.actor, "speaker": s.speaker,
        "kind": s.kind, "start": s.start, "end": s.end, "text": s.text, "tokens": scored.tokens,
        "frames": scored.frame_counts(),
        "hits": [_hit_object(h) for h in sorted(scored.hits, key=order)],
        "cancelled": cancelled,
        "confidence": s.confidence,
        "via": s.via,
        **cue_fields(s.cue),
        "lexicons": [{"name": name, "sha256": sha} for name, sha in lexicons],
    }


def cue_fields(cue: Cue | None) -> dict[str, Any]:
    """A statement's cue as flat fields: ``cue`` as written, ``cue_lemma``, ``cue_class``, the cue's and the
    speaker's offsets (-1 where there is none: a dropped subject, a continued quotation)."""
    if cue is None:
        return {"cue": "", "cue_lemma": "", "cue_class": "none", "cue_start": -1, "cue_end": -1,
                "speaker_start": -1, "speaker_end": -1}
    return {"cue": cue.text, "cue_lemma": cue.lemma, "cue_class": cue.cls, "cue_start": cue.start,
            "cue_end": cue.end, "speaker_start": cue.speaker_start, "speaker_end": cue.speaker_end}


def _frames_cell(counts: Mapping[str, int]) -> str:
    return ";".join(f"{frame}:{n}" for frame, n in counts.items())


def shorten(text: str, width: int = TEXT_WIDTH) -> str:
    """``text`` on one line, cut to ``width`` characters with an ellipsis."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1].rstrip() + "…"


#: The ``csv``/``tsv`` columns before the frames; ``text`` comes after them.
STATEMENT_CSV_COLUMNS = ("doc", "source", "date", "lang", "actor", "speaker", "kind", "start", "end", "tokens",
                         "confidence", "via", *cue_fields(None))
STATEMENT_TABLE_COLUMNS = ("doc", "lang", "actor", "speaker", "kind", "start", "end", "tokens",
                           "frames", "text")


def _table_row(scored: ScoredStatement) -> list[Any]:
    obj = statement_object(scored)
    obj["frames"] = _frames_cell(obj["frames"])
    obj["text"] = shorten(obj["text"])
    return [obj[c] for c in STATEMENT_TABLE_COLUMNS]


def statement_csv_headers(frames: Sequence[str]) -> list[str]:
    """The header row of ``statements -f csv``: fixed by the lexicon's ``frames``, not by the statements."""
    return [*STATEMENT_CSV_COLUMNS, *frames, "text"]


def statement_csv_row(scored: ScoredStatement, frames: Sequence[str]) -> list[Any]:
    """One ``csv``/``tsv`` row: the statement's fields and cue, its hits per frame (0 where none), its text.

    Raises :class:`UsageError` for a hit of a frame not in ``frames`` rather
    than drop it.
    """
    obj = statement_object(scored)
    counts = obj["frames"]
    unknown = sorted(set(counts) - set(frames))
    if unknown:
        raise UsageError(f"statement {obj['doc']}:{obj['start']} has hits of {', '.join(unknown)}, "
                         f"which are not among the frames {', '.join(frames)}")
    obj["confidence"] = repr(obj["confidence"])
    return [*(obj[c] for c in STATEMENT_CSV_COLUMNS), *(counts.get(f, 0) for f in frames), obj["text"]]


def _csv_records(scored: Iterable[ScoredStatement], frames: Sequence[str] | None) -> Records:
    if frames is None:  # not given: the frames hit, sorted (the statements are read first)
        scored = list(scored)
        frames = sorted({h.frame for item in scored for h in item.hits})
    chosen = tuple(frames)
    return statement_csv_headers(chosen), (statement_csv_row(item, chosen) for item in scored)


def iter_statements(scored: Iterable[ScoredStatement], fmt: str = DEFAULT_FORMAT,
                    lexicons: Sequence[tuple[str, str]] = (), *, frames: Sequence[str] | None = None
                    ) -> Iterator[str]:
    """Statements as text chunks, streaming for ``jsonl``, ``json``, ``csv``, ``tsv``.

    ``jsonl`` is the evaluation schema (see DESIGN.md), ``json`` a list of the
    same objects, each naming ``lexicons`` (name, sha256); ``csv``/``tsv``
    flat, with the cue's fields and one column per frame of ``frames`` (the
    lexicon's frame ids, in its order) holding the statement's hits, 0 where
    none, then ``text``. Without ``frames`` the columns are the frames hit,
    sorted, and the statements are read before the first row. Tabulate
    formats give a readable table with the text shortened and frames as
    ``frame:count;...`` (both CSV and tables stay pure tables, without
    provenance).

    Examples
    --------
    >>> from framing.model import Hit, ScoredStatement, Statement
    >>> s = Statement("d", "Outlet", "en", "eu", "EU", "direct", 0, 14, "Keep calm, all")
    >>> out = render_statements([ScoredStatement(s, 3, (Hit("restraint", "calm", 5, 9),))], "csv",
    ...                         frames=("terrorism", "restraint"))
    >>> print(out, end="")  # doctest: +ELLIPSIS
    doc,source,...,cue_class,...,speaker_end,terrorism,restraint,text
    d,Outlet,...,none,...,-1,0,1,"Keep calm, all"
    """
    chosen = get_format(fmt)
    if chosen.kind == JSONL:
        for item in scored:
            yield dumps(statement_object(item, lexicons)) + "\n"
    elif chosen.kind == JSON:
        yield from json_list(statement_object(item, lexicons) for item in scored)
    elif chosen.kind == CSV:
        yield from write_csv(_csv_records(scored, frames), chosen.delimiter)
    else:
        rows = [_table_row(item) for item in scored]
        yield tabulated((STATEMENT_TABLE_COLUMNS, rows), fmt)


def render_statements(scored: Iterable[ScoredStatement], fmt: str = DEFAULT_FORMAT,
                      lexicons: Sequence[tuple[str, str]] = (), *, frames: Sequence[str] | None = None) -> str:
    """Statements as text in format ``fmt`` (see :func:`iter_statements`)."""
    return "".join(iter_statements(scored, fmt, lexicons, frames=frames))

"""Statements as text, in every output format (``framing statements``). Pure: no printing.

``-f jsonl`` is the statements schema of DESIGN.md (one object per line),
``json`` a list of them, ``csv``/``tsv`` flat rows (frames as
``frame:count;…``), and the tabulate formats a readable table with the text
shortened.
"""

from __future__ import annotations

from typing import Any, Iterable, Iterator, Mapping, Sequence

from framing.model import Cue, Hit, ScoredStatement
from framing.formats import CSV, DEFAULT_FORMAT, JSON, JSONL, get_format
from framing.records import TEXT_WIDTH, dumps, json_list, tabulated, write_csv

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


STATEMENT_CSV_COLUMNS = ("doc", "source", "date", "lang", "actor", "speaker", "kind", "start", "end",
                         "tokens", "frames", "confidence", "text")
STATEMENT_TABLE_COLUMNS = ("doc", "lang", "actor", "speaker", "kind", "start", "end", "tokens",
                           "frames", "text")


def _statement_row(scored: ScoredStatement, columns: Sequence[str], short: bool) -> list[Any]:
    obj = statement_object(scored)
    obj["frames"] = _frames_cell(obj["frames"])
    obj["confidence"] = repr(obj["confidence"])
    if short:
        obj["text"] = shorten(obj["text"])
    return [obj[c] for c in columns]


def iter_statements(scored: Iterable[ScoredStatement], fmt: str = DEFAULT_FORMAT,
                    lexicons: Sequence[tuple[str, str]] = ()) -> Iterator[str]:
    """Statements as text chunks, streaming for ``jsonl``, ``json``, ``csv``, ``tsv``.

    ``jsonl`` is the evaluation schema (see DESIGN.md), ``json`` a list of the
    same objects, each naming ``lexicons`` (name, sha256); ``csv``/``tsv``
    flat with ``frames`` as ``frame:count;...``, tabulate formats a readable
    table with the text shortened (both stay pure tables, without provenance).
    """
    chosen = get_format(fmt)
    if chosen.kind == JSONL:
        for item in scored:
            yield dumps(statement_object(item, lexicons)) + "\n"
    elif chosen.kind == JSON:
        yield from json_list(statement_object(item, lexicons) for item in scored)
    elif chosen.kind == CSV:
        rows = (_statement_row(item, STATEMENT_CSV_COLUMNS, short=False) for item in scored)
        yield from write_csv((STATEMENT_CSV_COLUMNS, rows), chosen.delimiter)
    else:
        rows = [_statement_row(item, STATEMENT_TABLE_COLUMNS, short=True) for item in scored]
        yield tabulated((STATEMENT_TABLE_COLUMNS, rows), fmt)


def render_statements(scored: Iterable[ScoredStatement], fmt: str = DEFAULT_FORMAT,
                      lexicons: Sequence[tuple[str, str]] = ()) -> str:
    """Statements as text in format ``fmt`` (see :func:`iter_statements`)."""
    return "".join(iter_statements(scored, fmt, lexicons))

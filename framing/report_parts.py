"""The pieces of a report's text that HTML and Markdown share (:mod:`framing.report_html`,
:mod:`framing.report_render`). Pure.

Each piece keeps the user's text (outlets, speakers, dates, labels, words)
apart from the words around it, so each format can isolate it: HTML puts it
in ``<bdi>``, so that an Arabic outlet or speaker cannot reorder the line
it stands in.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable, Sequence

from framing.comparison import check_metric
from framing.model import ScoredStatement
from framing.rendering import FLAG
from framing.report import Cell, KeyGroup, Report

if TYPE_CHECKING:
    from framing.evidence import Evidence

_SPACE = re.compile(r"\s+")

DOC_HEADERS = ("id", "source", "date", "lang", "title", "chars", "sha256")
KEYNESS_HEADERS = ("group", "statements", "frames over-used (hits, z)", "words over-used (count, z)")
LEXICON_HEADERS = ("frame", "lang", "terms", "description")

EVIDENCE_NOTE = ("The cells with the largest values (rows of fewer statements last), and the statements "
                 "behind each with most hits, the matched terms marked. Every statement behind a cell: "
                 "framing explain GROUP FRAME with the same inputs.")


def plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def marked(scored: ScoredStatement, frame: str, mark: Callable[[str], str], plain: Callable[[str], str]) -> str:
    """The statement's text with the hits of ``frame`` passed through ``mark``, the rest through ``plain``."""
    s = scored.statement
    out, at = [], 0
    for hit in sorted((h for h in scored.hits if h.frame == frame), key=lambda h: (h.start, -h.end)):
        start, end = hit.start - s.start, hit.end - s.start
        if start < at:
            continue
        out.append(plain(s.text[at:start]))
        out.append(mark(s.text[start:end]))
        at = end
    out.append(plain(s.text[at:]))
    return _SPACE.sub(" ", "".join(out)).strip()


def cell_heading(cell: Cell, user: Callable[[str], str], plain: Callable[[str], str]) -> str:
    """``label × frame: value; counts``, the label and frame through ``user``, the rest through ``plain``."""
    counts = (f": {cell.shown}; {cell.with_frame} of {plural(cell.statements, 'statement')}, "
              f"{plural(cell.hits, 'hit')}")
    return f"{user(cell.label)}{plain(' × ')}{user(cell.frame)}{plain(counts)}"


def source_line(ev: Evidence) -> list[tuple[str, str]]:
    """Where a statement comes from, as ``(user text, words after it)``: document, outlet, date,
    speaker (kind), language and offsets; empty values left out."""
    s = ev.scored.statement
    parts = [(s.doc, ""), (s.source, ""), (ev.date, ""), (s.speaker or s.actor, f" ({s.kind})"),
             (s.lang, f", characters {s.start}–{s.end}")]
    return [(text, after) for text, after in parts if text]


def key_frames(group: KeyGroup) -> list[tuple[str, str]]:
    """A group's over-used frames as ``(frame, " (hits, z)")``."""
    return [(name, f" ({plural(count, 'hit')}, z {z:.2f})") for name, count, z in group.frames]


def key_words(group: KeyGroup) -> list[tuple[str, str]]:
    """A group's over-used words as ``(word, " (count, z)")``."""
    return [(word, f" ({count}, z {z:.2f})") for word, count, z in group.words]


def summary(report: Report) -> str:
    table = report.table
    statements = sum(r.statements for r in table.rows)
    return (f"{plural(len(report.documents), 'document')}, {plural(statements, 'statement')} in "
            f"{plural(len(table.rows), 'group')}, {plural(len(table.frames), 'frame')}. "
            f"Made by framing {report.version}.")


def metric_sentence(report: Report) -> str:
    table = report.table
    description = check_metric(table.metric).description
    settings = dict(report.settings)
    voice = {"said": "what each actor said", "about": "the outlet's own sentences about each actor",
             "both": "what each actor said, each followed by the outlet's own sentences about it (about:)"}
    text = (f"Metric {table.metric}: {description}. Rows: by {settings['by']}, statements of "
            f"{voice[settings['voice']]}{', with the narration (outlet:)' if settings['narration'] == 'yes' else ''}.")
    if table.min_statements:
        text += f" {FLAG} marks a row of fewer than {table.min_statements} statements."
    if table.ci is not None:
        text += (f" [low–high] is the {table.ci.level:g} % bootstrap interval ({table.ci.resamples} resamples of "
                 f"the group's statements, seed {table.ci.seed}).")
    return text


def provenance_rows(report: Report) -> list[tuple[str, str]]:
    rows = [("corpus", ", ".join(report.sources) or "(documents given directly)"),
            ("corpus sha256", report.corpus_sha256),
            ("documents", str(len(report.documents)))]
    rows += [(f"lexicon {name} sha256", sha) for name, sha in report.table.lexicons]
    rows += [("actor registry sha256", report.registry_sha256)]
    rows += [(name, value) for name, value in report.settings]
    rows += [("framing", report.version)]
    return rows


def document_rows(report: Report) -> list[tuple[object, ...]]:
    return [(d.id, d.source, d.date, d.lang, d.title, d.chars, d.sha256) for d in report.documents]


def lexicon_rows(report: Report) -> list[tuple[str, str, Sequence[str], str]]:
    """``(frame, lang, terms, description)`` per frame and language; the terms as a list."""
    return [(f.id, lang, f.terms[lang], f.description) for f in report.lexicon.frames for lang in sorted(f.terms)]

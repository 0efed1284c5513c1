"""Real news: framing's attribution and extraction on the real-news development set.

    python benchmarks/realnews.py                          # tables per event, language, and pooled
    python benchmarks/realnews.py --format json            # or csv: the same figures, machine-readable
    python benchmarks/realnews.py --errors                 # every miss and false alarm, grouped by cause
    python benchmarks/realnews.py --errors --lang ar --event hongkong-2019
    python benchmarks/realnews.py --frame-errors --frame human_rights  # frames missed or found wrongly

The set lives outside the repository (its texts are third-party news and are
never copied into it): ``$FRAMING_REALNEWS`` if set, else
``../shared/eval/realnews`` beside the repository. Each event folder holds
``corpus.jsonl``, ``gold.jsonl`` and ``actors.yml``. Without the set the
script says ``skipped: ...`` on stderr and exits 0.

Every event is evaluated in-process by :func:`framing.evaluate.evaluate_corpus`,
the function behind ``framing evaluate``, with the event's registry and the
bundled lexicon ``unrest``. A prediction matches a gold statement when they
share the document (and, for attribution, the actor) and overlap by at least
half of each span, one-to-one. Counts are summed over events for the pooled
rows ("all events"). Gold actors ``other:<name>`` (speakers outside the
registry) are kept as they are: they can only be missed. Causes of errors
are those of :mod:`framing.evaluate_errors`. Frames are scored per language and
frame on the statements matched with the gold actor (``realnews_frames.py``).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import shlex
import subprocess
import sys
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Iterable, Sequence

from framing.errors import FramingError
from framing.evaluate import ERROR_COLUMNS, Evaluation, evaluate_corpus
from framing.evaluate_errors import CAUSES, Diagnosis, error_row

if str(Path(__file__).resolve().parent) not in sys.path:  # realnews_frames, also when loaded by path
    sys.path.insert(0, str(Path(__file__).resolve().parent))
from realnews_frames import (ALL, FRAME_GOAL, FrameCounts, disagreement_rows, disagreements,  # noqa: E402
                             figures, frame_scores, matched_pairs, render_disagreements, summary_lines, table_rows)

if TYPE_CHECKING:
    from framing.lexicon import Matcher

ENV = "FRAMING_REALNEWS"
ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "eval" / "realnews"
LANGS = ("en", "ar", "ru")
TASKS = ("attribution", "extraction")
POOLED = "all events"
GOAL = (f"goal: attribution F1 >= 0.85 and extraction F1 >= 0.90 in each language; "
        f"frame F1 on matched statements >= {FRAME_GOAL:.2f} in each language")
TEXT_WIDTH = 140
SIDE_WIDTH = 28  # each side of a gold / predicted pair of actors or speakers
CSV_COLUMNS = ("table", "task", "event", "lang", "band", "gold", "predicted", "matched",
               "precision", "recall", "f1", "share", "frame")


@dataclass(frozen=True, slots=True)
class Counts:
    """Gold, predicted and matched statements of one table row."""

    task: str
    event: str
    lang: str
    gold: int
    predicted: int
    matched: int

    def figures(self) -> tuple[float, float, float]:
        return figures(self.matched, self.predicted, self.gold)


@dataclass(frozen=True, slots=True)
class Summary:
    """What the score report shows besides the bands and frames."""

    events: list[str]
    documents: int
    gold: int
    scores: list[Counts]
    commit: str | None
    command: str


# ---------------------------------------------------------------- running

def event_folders(root: Path) -> list[Path]:
    """The event folders of the set (those holding a gold file and a corpus), by name."""
    if not root.is_dir():
        return []
    return sorted(p for p in root.iterdir()
                  if p.is_dir() and (p / "gold.jsonl").is_file() and (p / "corpus.jsonl").is_file())


def evaluate_event(folder: Path, matcher: Matcher) -> Evaluation:
    """One event through :func:`evaluate_corpus`, with the event's own registry."""
    from framing.corpus import load_corpus
    from framing.registry_file import load_registry

    gold = folder / "gold.jsonl"
    return evaluate_corpus(load_corpus(str(folder / "corpus.jsonl")), load_registry(folder / "actors.yml"),
                           gold.read_text(encoding="utf-8").splitlines(), matcher,
                           gold_path=f"{folder.name}/gold.jsonl")


def only_lang(evaluation: Evaluation, lang: str | None) -> Evaluation:
    """The statements (gold and predicted) of one language, or all."""
    if lang is None:
        return evaluation
    keep = [i for i, p in enumerate(evaluation.predicted) if p.lang == lang]
    frames = evaluation.frames
    return replace(evaluation, predicted=tuple(evaluation.predicted[i] for i in keep),
                   gold=tuple(g for g in evaluation.gold if g.lang == lang),
                   frames=None if frames is None else tuple(frames[i] for i in keep))


# ---------------------------------------------------------------- figures

# Each event's figures are the rows of ``framing evaluate`` (``Evaluation.rows()``), summed.
EventRows = Sequence[tuple[str, list[tuple]]]


def score_counts(events: EventRows, langs: Sequence[str]) -> list[Counts]:
    """Per event x language, then pooled over the events, for each task."""
    per_event: list[Counts] = []
    for name, rows in events:
        found = {(r[0], r[2] if r[1] == "lang" else "all"): r for r in rows
                 if r[0] in TASKS and r[1] in ("lang", "all")}
        for task in TASKS:
            for lang in langs:
                r = found.get((task, lang))
                per_event.append(Counts(task, name, lang, *(r[3:6] if r else (0, 0, 0))))
    pooled = [Counts(task, POOLED, lang, *(sum(getattr(c, f) for c in per_event if (c.task, c.lang) == (task, lang))
                                           for f in ("gold", "predicted", "matched")))
              for task in TASKS for lang in langs]
    return sorted(per_event, key=lambda c: (TASKS.index(c.task), c.event)) + pooled


def band_counts(events: EventRows) -> list[tuple[str, int, int]]:
    """(band, predictions, correctly attributed) per confidence band, pooled, highest band first."""
    bands: dict[str, list[int]] = {}
    for _, rows in events:
        for r in rows:
            if r[0] == "calibration":
                counts = bands.setdefault(r[2], [0, 0])
                counts[0] += r[4]
                counts[1] += r[5]
    return [(band, n, hits) for band, (n, hits) in bands.items()]


# ---------------------------------------------------------------- rendering

def _table(header: Sequence[str], rows: Iterable[Sequence[object]]) -> list[str]:
    """Aligned columns: text to the left, numbers to the right."""
    cells = [list(header)] + [[_cell(v) for v in row] for row in rows]
    widths = [max(len(row[k]) for row in cells) for k in range(len(header))]
    numeric = [all(_is_number(row[k]) for row in cells[1:]) and len(cells) > 1 for k in range(len(header))]
    return ["  ".join(c.rjust(w) if n else c.ljust(w) for c, w, n in zip(row, widths, numeric)).rstrip()
            for row in cells]


def _cell(value: object) -> str:
    return f"{value:.3f}" if isinstance(value, float) else str(value)


def _is_number(cell: str) -> bool:
    return cell == "-" or cell.replace(".", "", 1).isdigit()


def _score_lines(rows: Sequence[Counts]) -> list[str]:
    header = ("task", "event", "lang", "gold", "predicted", "matched", "P", "R", "F1")
    return _table(header, [(c.task, c.event, c.lang, c.gold, c.predicted, c.matched, *c.figures()) for c in rows])


def render_text(summary: Summary, bands: Sequence[tuple[str, int, int]], frames: Sequence[FrameCounts]) -> str:
    """The readable report; its last lines: pooled tables, frame figures per language, goal, commit, command."""
    scores = summary.scores
    total = sum(n for _, n, _ in bands)
    lines = [f"real-news set: {', '.join(summary.events)}; {summary.documents} documents, "
             f"{summary.gold} gold statements", "", "per event and language"]
    lines += _score_lines([c for c in scores if c.event != POOLED])
    lines += ["", f"frames on matched statements ({POOLED}), per language and frame"]
    lines += _table(("lang", "frame", "gold", "predicted", "matched", "P", "R", "F1"), table_rows(frames))
    lines += ["", f"{POOLED}, pooled"] + _score_lines([c for c in scores if c.event == POOLED]) + [""]
    lines += _table(("confidence", "predictions", "correct", "precision", "share"),
                    [(band, n, hits, round(hits / n, 3) if n else "-", round(n / total, 3) if total else "-")
                     for band, n, hits in bands])
    lines += summary_lines(frames)
    lines.append(GOAL)
    if summary.commit:
        lines.append(f"commit: {summary.commit}")
    lines.append(f"command: {summary.command}")
    return "\n".join(lines) + "\n"


def render_csv(scores: Sequence[Counts], bands: Sequence[tuple[str, int, int]], frames: Sequence[FrameCounts],
               lang: str) -> str:
    """One table: the score rows, the confidence bands and the frame rows (per language and frame)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for c in scores:
        writer.writerow(("scores", c.task, c.event, c.lang, "", c.gold, c.predicted, c.matched, *c.figures(), "", ""))
    total = sum(n for _, n, _ in bands)
    for band, n, hits in bands:
        writer.writerow(("bands", "attribution", POOLED, lang, band, "", n, hits,
                         round(hits / n, 3) if n else "", "", "", round(n / total, 3) if total else "", ""))
    for f in frames:
        writer.writerow(("frames", "frames", POOLED, f.lang, "", f.gold, f.predicted, f.matched, *f.figures(), "",
                         f.frame))
    return out.getvalue()


def render_json(summary: Summary, bands: Sequence[tuple[str, int, int]], frames: Sequence[FrameCounts]) -> str:
    """Every figure, with the commit and command."""
    def score(c: Counts) -> dict:
        p, r, f1 = c.figures()
        return {"task": c.task, "event": c.event, "lang": c.lang, "gold": c.gold, "predicted": c.predicted,
                "matched": c.matched, "precision": p, "recall": r, "f1": f1}

    total = sum(n for _, n, _ in bands)
    pooled = next(f for f in frames if (f.lang, f.frame) == (ALL, ALL))
    data = {"events": summary.events, "documents": summary.documents, "gold": summary.gold,
            "commit": summary.commit, "command": summary.command, "scores": [score(c) for c in summary.scores],
            "bands": [{"band": b, "predictions": n, "correct": hits, "precision": round(hits / n, 3) if n else None,
                       "share": round(n / total, 3) if total else None} for b, n, hits in bands],
            "frames": {k: v for k, v in pooled.as_dict().items() if k not in ("lang", "frame")},
            "frame_scores": [f.as_dict() for f in frames],
            "goal": {"attribution_f1": 0.85, "extraction_f1": 0.90, "frame_f1": FRAME_GOAL, "text": GOAL}}
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


# ---------------------------------------------------------------- errors

def _group_key(d: Diagnosis) -> tuple[int, int]:
    return (0 if d.error == "miss" else 1), CAUSES.index(d.cause)


def _sort_key(event: str, d: Diagnosis) -> tuple:
    other = d.other
    return (_group_key(d), event, d.item.doc, d.item.start, d.item.end, d.item.actor,
            (other.start, other.end, other.actor) if other is not None else ())


def sorted_errors(events: Sequence[tuple[str, Evaluation]]) -> list[tuple[str, Diagnosis]]:
    """Every miss and false alarm, misses first, by cause, then event, document and offset."""
    found = [(name, d) for name, evaluation in events for d in evaluation.errors()]
    return sorted(found, key=lambda e: _sort_key(*e))


def _pair(d: Diagnosis, value: str, width: int = SIDE_WIDTH) -> str:
    """``gold / predicted`` for a field of the error and of the statement that explains it."""
    mine = _one_line(str(getattr(d.item, value) or "-"), width)
    theirs = "-" if d.other is None else _one_line(str(getattr(d.other, value) or "-"), width)
    if d.other is None and value != "actor":
        return mine
    return f"{mine} / {theirs}" if d.error == "miss" else f"{theirs} / {mine}"


def _one_line(text: str, width: int) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "\u2026"


def render_errors_text(errors: Sequence[tuple[str, Diagnosis]]) -> str:
    """A heading per cause with its count, then one line per error."""
    misses = sum(1 for _, d in errors if d.error == "miss")
    lines = [f"{misses} misses, {len(errors) - misses} false alarms; a pair reads gold / predicted, "
             "the other side being the statement that explains the error"]
    groups: dict[tuple[int, int], list[tuple[str, Diagnosis]]] = {}
    for event, d in errors:
        groups.setdefault(_group_key(d), []).append((event, d))
    for members in groups.values():
        first = members[0][1]
        lines += ["", f"{first.error}: {first.cause} ({len(members)})"]
        rows = [(event, d.item.doc, d.item.lang, _pair(d, "actor"), _pair(d, "speaker"), _pair(d, "kind"),
                 _span(d), _one_line(d.item.text, TEXT_WIDTH)) for event, d in members]
        lines += ["  " + line for line in
                  _table(("event", "doc", "lang", "actor", "speaker", "kind", "start-end", "text"), rows)]
    return "\n".join(lines) + "\n"


def _span(d: Diagnosis) -> str:
    mine = f"{d.item.start}-{d.item.end}"
    if d.other is None:
        return mine
    theirs = f"{d.other.start}-{d.other.end}"
    return f"{mine} / {theirs}" if d.error == "miss" else f"{theirs} / {mine}"


def render_errors_table(errors: Sequence[tuple[str, Diagnosis]], fmt: str) -> str:
    """The rows of ``framing evaluate --errors`` with the event first, in the order of the text report."""
    columns = ("event", *ERROR_COLUMNS)
    rows = [(event, *error_row(d)) for event, d in errors]
    if fmt == "json":
        return json.dumps([dict(zip(columns, row)) for row in rows], indent=1, ensure_ascii=False) + "\n"
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(columns)
    writer.writerows(rows)
    return out.getvalue()


# ---------------------------------------------------------------- provenance and main

def git_commit() -> str | None:
    """``git rev-parse --short HEAD``, with ``+dirty`` when the tree has changes; None without git."""
    def run(*args: str) -> str | None:
        try:
            done = subprocess.run(["git", "-C", str(ROOT), *args], capture_output=True, text=True, timeout=10)
        except (OSError, subprocess.SubprocessError):
            return None
        return done.stdout if done.returncode == 0 else None

    head = run("rev-parse", "--short", "HEAD")
    if not head:
        return None
    status = run("status", "--porcelain")
    return head.strip() + ("+dirty" if status else "")


def command_line(argv: Sequence[str]) -> str:
    """The command as it can be typed again from the repository root."""
    prefix = f"{ENV}={shlex.quote(os.environ[ENV])} " if os.environ.get(ENV) else ""
    return prefix + shlex.join(["python", "benchmarks/realnews.py", *argv])


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--format", choices=("text", "csv", "json"), default="text", help="output format (text)")
    ap.add_argument("--errors", action="store_true", help="list every miss and false alarm, grouped by cause")
    ap.add_argument("--frame-errors", action="store_true", help="every frame missed or found wrongly, with its terms")
    ap.add_argument("--frame", metavar="ID", help="with --frame-errors: only this frame")
    ap.add_argument("--lang", choices=LANGS, help="only the statements in this language")
    ap.add_argument("--event", metavar="NAME", help="only this event folder")
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    root = Path(os.environ[ENV]) if os.environ.get(ENV) else DEFAULT
    available = event_folders(root)
    if not available:
        print(f"skipped: no real-news set at {root} (set {ENV} to a folder of event folders holding "
              "corpus.jsonl, gold.jsonl and actors.yml)", file=sys.stderr)
        return 0
    folders = [f for f in available if args.event in (None, f.name)]
    if not folders:
        ap.error(f"no event {args.event!r}; events: {', '.join(f.name for f in available)}")
    from framing.lexicon import compile_lexicon, load_lexicons

    try:
        matcher = compile_lexicon(load_lexicons([])[0])
        events = [(f.name, only_lang(evaluate_event(f, matcher), args.lang)) for f in folders]
    except FramingError as exc:
        print(f"realnews: {exc}", file=sys.stderr)
        return 2
    if args.errors:
        errors = sorted_errors(events)
        sys.stdout.write(render_errors_text(errors) if args.format == "text"
                         else render_errors_table(errors, args.format))
    elif args.frame_errors:
        found = disagreements([p for name, e in events for p in matched_pairs(name, e)], args.frame)
        sys.stdout.write(render_disagreements(disagreement_rows(found, matcher, TEXT_WIDTH), args.format, _table))
    else:
        sys.stdout.write(report(events, args.format, args.lang, sys.argv[1:] if argv is None else argv,
                                frames=matcher.frames))
    return 0



def report(events: Sequence[tuple[str, Evaluation]], fmt: str, lang: str | None, argv: Sequence[str],
           frames: Sequence[str] = ()) -> str:
    """The scores, bands and frames of the events in one format (``frames``: the lexicon's order)."""
    rows = [(name, evaluation.rows()) for name, evaluation in events]
    summary = Summary(events=[name for name, _ in events],
                      documents=len({(name, g.doc) for name, e in events for g in e.gold}),
                      gold=sum(len(e.gold) for _, e in events),
                      scores=score_counts(rows, [lang] if lang else [*LANGS, "all"]),
                      commit=git_commit(), command=command_line(argv))
    bands = band_counts(rows)
    frame_rows = frame_scores([p for name, e in events for p in matched_pairs(name, e)], [lang] if lang else LANGS,
                              frames)
    if fmt == "csv":
        print(f"commit: {summary.commit or '-'}; command: {summary.command}", file=sys.stderr)
        return render_csv(summary.scores, bands, frame_rows, lang or "all")
    if fmt == "json":
        return render_json(summary, bands, frame_rows)
    return render_text(summary, bands, frame_rows)


if __name__ == "__main__":
    sys.exit(main())

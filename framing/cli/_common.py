"""Options and input plumbing shared by the commands.

Everything here is about turning command-line values into library objects
(documents, a registry, a compiled lexicon) and writing text to stdout; the
work itself is done by library functions.
"""

from __future__ import annotations

import os
import sys
from typing import Annotated, Any, Callable, Iterable, Iterator, Optional

import typer

from framing.cli._groups import MAX_DOCUMENT_BYTES, Reading, Running, between, finite, option_groups
from framing.errors import OutputError
from framing.inputs import DEFAULT_CORPUS, Inputs, build_registry, input_files, lexicon_files
from framing.model import Document, Lexicon
from framing.rendering import DEFAULT_FORMAT

# What the commands take from here: the options they share, and the plumbing.
__all__ = [
    "DEFAULT_CORPUS", "DEFAULT_FORMAT", "MAX_DOCUMENT_BYTES", "Actors", "By", "Format", "KeepStopwords",
    "LexiconFormat", "Lexicons", "Metric", "MinConfidence", "Narration", "NegationMode", "Paths", "Reading",
    "Running", "Voice", "between", "build_registry", "finite", "input_files", "lexicon_files", "load_inputs",
    "option_groups", "print_note", "progress", "read_lexicons", "write",
]

# Show a progress bar once this many documents have been read (stderr TTY only).
PROGRESS_AFTER = 20


Paths = Annotated[
    Optional[list[str]],
    typer.Argument(
        metavar="PATH",
        help=f"Corpus files (.txt, .md, .jsonl, .csv, .tsv, .json, .parquet; .gz or .zst compressed), folders, "
        f"- for stdin, or bundled corpus names. "
        f"Default: the bundled corpus {DEFAULT_CORPUS}.",
        show_default=False,
    ),
]
Lexicons = Annotated[
    Optional[list[str]],
    typer.Option("-l", "--lexicon", metavar="LEXICON",
                 help="Lexicon file or bundled lexicon name; repeat to combine. Default: unrest.",
                 show_default=False),
]
LexiconFormat = Annotated[
    Optional[str],
    typer.Option("--lexicon-format", metavar="FORMAT",
                 help="Read every -l file in this format whatever its suffix: yaml (native or quanteda), "
                 "quanteda, liwc (.dic), lexicoder (.lc3), wordstat (.cat), csv, tsv.",
                 show_default=False),
]
Actors = Annotated[
    Optional[list[str]],
    typer.Option("--actors", metavar="FILE|NAME",
                 help="Actor registry file, or a bundled corpus name for its registry; repeat to merge "
                 "(later wins). Added on top of the registry (actors.yml) of each PATH.",
                 show_default=False),
]
NegationMode = Annotated[
    Optional[str],
    typer.Option("--negation", metavar="include|exclude",
                 help="include: a negated term (\"not terrorists\") counts toward its frame, as polarity "
                 "negated; exclude: it is cancelled and counted apart. Default: the lexicon's setting, else "
                 "include.", show_default=False),
]
MinConfidence = Annotated[
    float,
    typer.Option("--min-confidence", metavar="X", callback=between(0, 1),
                 help="Keep only statements attributed with at least this confidence (0-1); "
                 "1.0 a named speaker is surest, continuations least sure."),
]
Narration = Annotated[
    bool,
    typer.Option("--narration", help="Include the outlet's own narration (actor outlet:<source>)."),
]
Voice = Annotated[
    str,
    typer.Option("--voice", metavar="said|about|both",
                 help="said: what actors said; about: the outlet's own sentences that mention an actor, "
                 "as actor about:<id>; both: the two side by side."),
]
By = Annotated[
    str,
    typer.Option("--by", metavar="KEY[,KEY...]",
                 help="Group statements by these fields: actor, source, lang, doc, kind."),
]
KeepStopwords = Annotated[
    bool,
    typer.Option("--keep-stopwords", help="List stopwords (the, of, ...) among the keyness words too; "
                 "they are left out by default."),
]
Metric = Annotated[
    str,
    typer.Option("--metric", metavar="METRIC", help="share, count or per1k (see framing compare --help)."),
]


Format = Annotated[
    str,
    typer.Option("-f", "--format", metavar="FORMAT",
                 help="Output format: csv, tsv, json, jsonl, or a tabulate format "
                 "(simple, github, grid, latex, html, ...)."),
]


def print_note(note: object) -> None:
    """A lexicon reader's note (a repair it made) as one line on stderr."""
    from framing.cli._app import report

    report(f"framing: {note}")


def load_inputs(paths: list[str] | None, lexicons: list[str] | None, actors: list[str] | None,
                lexicon_format: str | None = None, *, negation: str | None = None,
                reading: Reading = Reading(), running: Running = Running()) -> Inputs:
    """:func:`framing.inputs.load_inputs` for PATH..., -l, --actors, --negation and the
    option groups; the readers' notes and the progress go to stderr."""
    from framing.inputs import load_inputs as resolve

    return resolve(paths, lexicons, actors, lexicon_format=lexicon_format, negation=negation,
                   engine=running.checked(), max_document_bytes=reading.max_document_bytes,
                   columns=reading.columns(), on_note=print_note, watch=progress)


def read_lexicons(sources: list[str], fmt: str | None = None) -> tuple[Lexicon, tuple[tuple[str, str], ...]]:
    """``framing.lexicon.load_lexicons``, the readers' notes on stderr."""
    from framing.lexicon import load_lexicons

    return load_lexicons(sources, fmt=fmt, on_note=print_note)


def progress(documents: Iterable[Document], total: Callable[[], int | None] = lambda: None) -> Iterator[Document]:
    """Pass documents through, showing progress on stderr when it is a terminal: with the corpus's
    ``total`` (asked for only then) a bar, the rate and the time left, else a count."""
    if not _stderr_is_tty():
        yield from documents
        return
    bar = None
    try:
        for n, doc in enumerate(documents, start=1):
            if bar is None and n > PROGRESS_AFTER:
                bar, task = _progress_bar(total(), n - 1)
            if bar is not None:
                speed = bar.tasks[0].speed
                bar.update(task, completed=n, rate=f"{speed:.0f}/s" if speed else "")
            yield doc
    finally:
        if bar is not None:
            bar.stop()


def _progress_bar(total: int | None, done: int) -> tuple[Any, Any]:
    """A progress display on stderr: a bar, documents done of ``total``, the rate and the time left,
    or, with no total, a count."""
    from rich.console import Console
    from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                               TimeRemainingColumn)

    rate = TextColumn("{task.fields[rate]}")
    if total is None:
        columns = (SpinnerColumn(), TextColumn("{task.completed} documents"), rate)
    else:
        columns = (BarColumn(), MofNCompleteColumn(), TextColumn("documents"), rate, TimeRemainingColumn())
    bar = Progress(*columns, console=Console(stderr=True), transient=True)
    bar.start()
    return bar, bar.add_task("documents", total=total, completed=done, rate="")


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def write(chunks: Iterable[str]) -> None:
    """Write text to stdout; a reader that went away (``| head``) ends the command quietly with exit
    code 0, as when the reader took everything (whatever the command or the size of its output), and a
    stdout that is closed or full (``>&-``, ``> /dev/full``) is an :class:`OutputError`."""
    out = sys.stdout
    if out is None or out.closed:
        raise OutputError("cannot write to stdout: it is closed")
    for chunk in chunks:
        _to_stdout(out.write, chunk)
    _to_stdout(out.flush)


def _to_stdout(call: Callable[..., Any], *args: Any) -> None:
    try:
        call(*args)
    except BrokenPipeError:
        _discard_stdout()
        raise typer.Exit(0) from None
    except OSError as e:  # no space left (/dev/full), an I/O error
        _discard_stdout()
        raise OutputError(f"cannot write to stdout: {e.strerror or e}") from None


def _discard_stdout() -> None:
    """Point stdout at /dev/null, so the interpreter's final flush of what is left is silent."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass

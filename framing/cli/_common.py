"""Options and input plumbing shared by the commands.

Everything here is about turning command-line values into library objects
(documents, a registry, a compiled lexicon) and writing text to stdout; the
work itself is done by library functions.
"""

from __future__ import annotations

import math
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Callable, Iterable, Iterator, Optional

import typer

from framing import resources
from framing.corpus_defaults import DEFAULT_COLUMNS, MAX_DOCUMENT_BYTES
from framing.engine import Engine
from framing.errors import OutputError
from framing.model import Document, Lexicon
from framing.rendering import DEFAULT_FORMAT

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.corpus.columns import Columns
    from framing.lexicon import Matcher

DEFAULT_CORPUS = "kazakhstan-2022"
# Show a progress bar once this many documents have been read (stderr TTY only).
PROGRESS_AFTER = 20


def between(low: float, high: float = math.inf) -> Callable[[Any], Any]:
    """An option callback refusing a number outside ``low``..``high`` (or NaN) in one line."""
    wanted = f"between {low:g} and {high:g}" if high < math.inf else f"{low:g} or more"

    def check(value: Any) -> Any:
        if value is not None and not low <= value <= high:
            raise typer.BadParameter(f"must be {wanted}, got {value:g}")
        return value

    return check


def finite(value: Any) -> Any:
    """An option callback refusing NaN and infinities."""
    if value is not None and not math.isfinite(value):
        raise typer.BadParameter(f"must be a finite number, got {value}")
    return value


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
MaxDocumentBytes = Annotated[
    int,
    typer.Option("--max-document-bytes", metavar="N", callback=between(1),
                 help="Refuse a document larger than N bytes (a .txt or .md file, a JSONL line, a row of a "
                 "table, the text on stdin), naming its file and line, before reading it whole."),
]


def _column(field: str, what: str, otherwise: str = "") -> Any:
    names = ", ".join(DEFAULT_COLUMNS[field])
    return typer.Option(f"--{field}-column", metavar="NAME", show_default=False,
                        help=f"The column of a CSV, TSV, JSON or Parquet corpus that holds the {what}. "
                        f"Default: the first of {names} there is{otherwise}.")


TextColumn = Annotated[Optional[str], _column("text", "text")]
IdColumn = Annotated[Optional[str], _column("id", "document id", "; with none, <file name>-<row number>")]
SourceColumn = Annotated[Optional[str], _column("source", "source (the outlet)")]
DateColumn = Annotated[Optional[str], _column("date", "date")]
LangColumn = Annotated[Optional[str], _column("lang", "language")]
ColumnsFile = Annotated[
    Optional[str],
    typer.Option("--columns", metavar="FILE.yml", show_default=False,
                 help="A YAML file naming the column of each field (text: body, source: outlet, url: link, ...); "
                 "the --*-column options win over it."),
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


Jobs = Annotated[
    Optional[int],
    typer.Option("-j", "--jobs", metavar="N",
                 help="Worker processes for the map over documents (--engine local). Default: the number of "
                 "cores; 1 runs in this process. Output is the same for any N.", show_default=False),
]
EngineName = Annotated[
    str,
    typer.Option("--engine", metavar="local|dask",
                 help="Where the map runs: local processes (--jobs), or a Dask cluster "
                 "(pip install \"framing[dask]\").", show_default=True),
]
Scheduler = Annotated[
    Optional[str],
    typer.Option("--scheduler", metavar="ADDRESS",
                 help="With --engine dask: the scheduler to use (tcp://host:8786). Default: a local cluster "
                 "on this machine.", show_default=False),
]


@dataclass(frozen=True)
class Inputs:
    """What ``compare`` and ``statements`` work on."""

    documents: Iterator[Document]
    registry: ActorRegistry
    lexicon: Lexicon
    matcher: Matcher
    provenance: tuple[tuple[str, str], ...]
    #: Where the map over documents runs (--jobs, --engine, --scheduler).
    engine: Engine = Engine()


def print_note(note: object) -> None:
    """A lexicon reader's note (a repair it made) as one line on stderr."""
    from framing.cli._app import report

    report(f"framing: {note}")


def load_inputs(paths: list[str] | None, lexicons: list[str] | None, actors: list[str] | None,
                lexicon_format: str | None = None, *, jobs: int | None = 1, engine: str = "local",
                scheduler: str | None = None, negation: str | None = None,
                max_document_bytes: int = MAX_DOCUMENT_BYTES, columns: Columns | None = None) -> Inputs:
    """Resolve PATH..., -l, --actors, --negation, --jobs/--engine/--scheduler,
    --max-document-bytes and the columns of tables (:func:`table_columns`); documents
    are streamed, not read yet.

    ``lexicon_format`` (``--lexicon-format``) is the format of every -l file;
    the readers' notes go to stderr.
    """
    from framing.engine import check_engine
    from framing.lexicon import compile_lexicon, with_negation

    chosen = check_engine(engine, jobs, scheduler)
    sources = paths or [DEFAULT_CORPUS]
    registry = build_registry(sources, actors or [])
    lexicon, provenance = read_lexicons(lexicons or [], lexicon_format)
    lexicon = with_negation(lexicon, negation)
    matcher = compile_lexicon(lexicon)
    documents = _documents(sources, chosen, max_document_bytes, columns)
    return Inputs(documents, registry, lexicon, matcher, provenance, chosen)


def read_lexicons(sources: list[str], fmt: str | None = None) -> tuple[Lexicon, tuple[tuple[str, str], ...]]:
    """``framing.lexicon.load_lexicons``, the readers' notes on stderr."""
    from framing.lexicon import load_lexicons

    return load_lexicons(sources, fmt=fmt, on_note=print_note)


def table_columns(file: str | None = None, *, text: str | None = None, id: str | None = None,
                  source: str | None = None, date: str | None = None, lang: str | None = None) -> Columns:
    """The columns of tables: --columns FILE.yml, then --text-column, --id-column, ... over it."""
    from framing.corpus.columns import Columns

    return Columns.of(file, text=text, id=id, source=source, date=date, lang=lang)


def _documents(sources: list[str], engine: Engine, limit: int, columns: Columns | None) -> Iterator[Document]:
    """The corpus, streamed; JSONL files and URLs are read by the Dask workers themselves
    (tables, like folders, are read here and sent to them)."""
    from framing.corpus import load_corpora
    from framing.engine_dask import JsonlSources, check_sources

    check_sources(sources, engine)
    if engine.name == "dask":
        remote = JsonlSources.of(sources, limit)
        if remote is not None:
            return remote  # type: ignore[return-value]
    from framing.corpus.count import corpus_size

    return progress(load_corpora(sources, max_bytes=limit, columns=columns), lambda: corpus_size(sources))


def input_files(sources: Iterable[str], lexicons: Iterable[str], actors: Iterable[str]) -> list[Path]:
    """Every file a command reads: the documents of each corpus source with their
    ``corpus.yml`` and ``actors.yml``, the -l lexicons (or the default one) and the
    --actors registries; bundled names resolved. Outputs are checked against them."""
    from framing.corpus import source_files
    from framing.lexicon import DEFAULT_LEXICON

    sources = list(sources)
    files = [path for source in sources for path in source_files(source)]
    files += lexicon_files(list(lexicons) or [DEFAULT_LEXICON])
    for name in registry_sources(sources, actors):
        bundled = resources.corpus_path(name)
        files += _existing(Path(name), Path(name) / "actors.yml", bundled / "actors.yml" if bundled else None)
    return files


def lexicon_files(names: Iterable[str]) -> list[Path]:
    """The files of these -l values: files, or bundled lexicons by name."""
    return [path for name in names for path in _existing(Path(name), resources.lexicon_path(name))]


def _existing(*candidates: Path | None) -> list[Path]:
    """The candidates that are files (a name the system cannot stat is none)."""
    found = []
    for path in candidates:
        try:
            if path is not None and path.is_file():
                found.append(path)
        except OSError:
            pass
    return found


def registry_sources(sources: Iterable[str], actors: Iterable[str]) -> list[str]:
    """The registries to merge, in order: each corpus source's own ``actors.yml``,
    then the --actors values (files, corpus folders or bundled corpus names)."""
    from framing.corpus import corpus_registry_path

    found: list[str] = []
    for source in sources:
        path = corpus_registry_path(source)
        if path is not None and str(path) not in found:
            found.append(str(path))
    return [*found, *actors]


def build_registry(sources: Iterable[str], actors: Iterable[str]) -> ActorRegistry:
    """The merged registry for these corpus sources and --actors values (later wins)."""
    from framing.actors import merge_registries
    from framing.registry_file import load_registry

    return merge_registries([load_registry(s) for s in registry_sources(sources, actors)])


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

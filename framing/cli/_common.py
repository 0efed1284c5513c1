"""Options and input plumbing shared by the commands.

Everything here is about turning command-line values into library objects
(documents, a registry, a compiled lexicon) and writing text to stdout; the
work itself is done by library functions.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Iterable, Iterator, Optional

import typer

from framing.engine import Engine
from framing.model import Document, Lexicon
from framing.rendering import DEFAULT_FORMAT

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.lexicon import Matcher

DEFAULT_CORPUS = "kazakhstan-2022"
# Show a progress bar once this many documents have been read (stderr TTY only).
PROGRESS_AFTER = 20

Paths = Annotated[
    Optional[list[str]],
    typer.Argument(
        metavar="PATH",
        help=f"Corpus files (.txt, .md, .jsonl), folders, - for stdin, or bundled corpus names. "
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
    typer.Option("--min-confidence", metavar="X", min=0.0, max=1.0,
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
                scheduler: str | None = None, negation: str | None = None) -> Inputs:
    """Resolve PATH..., -l, --actors, --negation and --jobs/--engine/--scheduler; documents are streamed,
    not read yet.

    ``lexicon_format`` (``--lexicon-format``) is the format of every -l file;
    the readers' notes go to stderr.
    """
    from framing.engine import check_engine
    from framing.lexicon import compile_lexicon, load_lexicons, with_negation

    chosen = check_engine(engine, jobs, scheduler)
    sources = paths or [DEFAULT_CORPUS]
    registry = build_registry(sources, actors or [])
    lexicon, provenance = load_lexicons(lexicons or [], fmt=lexicon_format, on_note=print_note)
    lexicon = with_negation(lexicon, negation)
    matcher = compile_lexicon(lexicon)
    return Inputs(_documents(sources, chosen), registry, lexicon, matcher, provenance, chosen)


def _documents(sources: list[str], engine: Engine) -> Iterator[Document]:
    """The corpus, streamed; JSONL files and URLs are read by the Dask workers themselves."""
    from framing.corpus import load_corpora
    from framing.engine_dask import JsonlSources, check_sources

    check_sources(sources, engine)
    if engine.name == "dask":
        remote = JsonlSources.of(sources)
        if remote is not None:
            return remote  # type: ignore[return-value]
    return progress(load_corpora(sources))


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


def progress(documents: Iterable[Document]) -> Iterator[Document]:
    """Pass documents through, counting them on stderr when it is a terminal."""
    if not _stderr_is_tty():
        yield from documents
        return
    bar = None
    try:
        for n, doc in enumerate(documents, start=1):
            if bar is None and n > PROGRESS_AFTER:
                from rich.console import Console
                from rich.progress import Progress, SpinnerColumn, TextColumn

                bar = Progress(SpinnerColumn(), TextColumn("{task.completed} documents"),
                               console=Console(stderr=True), transient=True)
                bar.start()
                task = bar.add_task("documents", total=None, completed=n - 1)
            if bar is not None:
                bar.update(task, completed=n)
            yield doc
    finally:
        if bar is not None:
            bar.stop()


def _stderr_is_tty() -> bool:
    try:
        return sys.stderr.isatty()
    except (AttributeError, ValueError):
        return False


def write(chunks: Iterable[str]) -> None:
    """Write text to stdout; a reader that went away (``| head``) ends quietly."""
    out = sys.stdout
    try:
        for chunk in chunks:
            out.write(chunk)
        out.flush()
    except BrokenPipeError:
        # Point stdout at /dev/null so the interpreter's final flush is silent.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        except (OSError, ValueError):
            pass
        raise typer.Exit(1) from None

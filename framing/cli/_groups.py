"""Option groups: options that go together, declared once and shared by every command that takes them.

A group is a frozen dataclass whose fields are typer options (an
``Annotated`` type and a default). A command takes the group as one
parameter; :func:`option_groups` shows typer the group's options in its place
and hands the command one instance built from their values::

    @app.command("compare")
    @option_groups
    def compare_command(paths: Paths = None, reading: Reading = Reading(), running: Running = Running()):
        ...

so the ten options of reading a corpus and running the map are written once
(here), not in each of the commands that read a corpus.
"""

from __future__ import annotations

import functools
import inspect
import math
import typing
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Annotated, Any, Callable, Optional

import typer

from framing.corpus_defaults import DEFAULT_COLUMNS, MAX_DOCUMENT_BYTES

if TYPE_CHECKING:
    from framing.corpus.columns import Columns
    from framing.engine import Engine


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


def _column(field: str, what: str, otherwise: str = "") -> Any:
    names = ", ".join(DEFAULT_COLUMNS[field])
    return typer.Option(f"--{field}-column", metavar="NAME", show_default=False,
                        help=f"The column of a CSV, TSV, JSON or Parquet corpus that holds the {what}. "
                        f"Default: the first of {names} there is{otherwise}.")


MaxDocumentBytes = Annotated[
    int,
    typer.Option("--max-document-bytes", metavar="N", callback=between(1),
                 help="Refuse a document larger than N bytes (a .txt or .md file, a JSONL line, a row of a "
                 "table, the text on stdin), naming its file and line, before reading it whole."),
]
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
class Reading:
    """How to read a corpus: the largest document, and which columns of a table hold what."""

    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES
    text_column: TextColumn = None
    id_column: IdColumn = None
    source_column: SourceColumn = None
    date_column: DateColumn = None
    lang_column: LangColumn = None
    columns_file: ColumnsFile = None

    def columns(self) -> Columns:
        """The columns of tables: --columns FILE.yml, then --text-column, --id-column, ... over it."""
        from framing.corpus.columns import Columns

        return Columns.of(self.columns_file, text=self.text_column, id=self.id_column, source=self.source_column,
                          date=self.date_column, lang=self.lang_column)


@dataclass(frozen=True)
class Running:
    """Where the map over documents runs: local worker processes, or a Dask cluster."""

    jobs: Jobs = None
    engine: EngineName = "local"
    scheduler: Scheduler = None

    def checked(self) -> Engine:
        from framing.engine import check_engine

        return check_engine(self.engine, self.jobs, self.scheduler)


GROUPS = (Reading, Running)


def option_groups(command: Callable[..., Any]) -> Callable[..., Any]:
    """``command`` as typer should see it: each parameter typed as a group in :data:`GROUPS`
    replaced by the group's options, and called with one instance of the group."""
    signature = inspect.signature(command, eval_str=True)
    parameters: list[inspect.Parameter] = []
    grouped: dict[str, tuple[type, tuple[str, ...]]] = {}
    for parameter in signature.parameters.values():
        if parameter.annotation not in GROUPS:
            parameters.append(parameter.replace(kind=inspect.Parameter.KEYWORD_ONLY))
            continue
        group = parameter.annotation
        hints = typing.get_type_hints(group, include_extras=True)
        names = tuple(f.name for f in fields(group))
        grouped[parameter.name] = (group, names)
        parameters += [inspect.Parameter(f.name, inspect.Parameter.KEYWORD_ONLY, default=f.default,
                                         annotation=hints[f.name]) for f in fields(group)]

    @functools.wraps(command)
    def with_groups(**values: Any) -> Any:
        for name, (group, names) in grouped.items():
            values[name] = group(**{option: values.pop(option) for option in names})
        return command(**values)

    with_groups.__signature__ = signature.replace(parameters=parameters)  # type: ignore[attr-defined]
    with_groups.__annotations__ = {p.name: p.annotation for p in parameters}
    return with_groups

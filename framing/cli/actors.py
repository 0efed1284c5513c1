"""``framing actors``: list the actors of a registry, or show one; find the speakers it misses."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    DEFAULT_CORPUS, DEFAULT_FORMAT, Actors, Format, build_registry, load_inputs, write, EngineName, Jobs,
    Scheduler,
    MAX_DOCUMENT_BYTES, MaxDocumentBytes,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
)
from framing.errors import UsageError
from framing.rendering import check_format, iter_records


@app.command("actors")
def actors_command(
    args: Annotated[Optional[list[str]], typer.Argument(
        metavar="[ID | PATH...]", help="An actor id to show; with --unknown, the corpus PATHs to read.",
        show_default=False)] = None,
    actors: Actors = None,
    unknown: Annotated[bool, typer.Option(
        "--unknown", help="List the speaker mentions of PATH... that the registry does not resolve, "
        "with counts and an example.")] = False,
    suggest: Annotated[bool, typer.Option(
        "--suggest", help="With --unknown: print them as a YAML registry stub to edit into your registry.")] = False,
    fmt: Format = DEFAULT_FORMAT,
    jobs: Jobs = None,
    engine: EngineName = "local",
    scheduler: Scheduler = None,
    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    source_column: SourceColumn = None,
    date_column: DateColumn = None,
    lang_column: LangColumn = None,
    columns_file: ColumnsFile = None,
) -> None:
    """List the actors of a registry with alias counts per language, or show one actor's aliases.

    The registry is the merge of the --actors values, or the bundled corpus
    kazakhstan-2022's registry when none is given. With --unknown it reads
    PATH... (the registries of those corpora included) and lists the speakers
    no alias matched.
    """
    check_format(fmt)
    if unknown or suggest:
        _unknown(args, actors, suggest, fmt, jobs=jobs, engine=engine, scheduler=scheduler,
                 max_document_bytes=max_document_bytes,
                 columns=table_columns(columns_file, text=text_column, id=id_column,
                                       source=source_column, date=date_column, lang=lang_column))
        return
    if args and len(args) > 1:
        raise UsageError("give one actor id (or --unknown PATH... to find unknown speakers)")
    actor_id = args[0] if args else None
    registry = build_registry([], actors or [DEFAULT_CORPUS])
    if actor_id is None:
        langs = sorted({code for actor in registry.actors for code in actor.aliases})
        headers = ("id", "name", *langs)
        rows = [
            (actor.id, actor.name, *(len(actor.aliases.get(code, ())) for code in langs))
            for actor in registry.actors
        ]
        write(iter_records(headers, rows, fmt))
        return
    actor = registry.get(actor_id)
    if actor is None:
        known = ", ".join(a.id for a in registry.actors) or "none"
        raise UsageError(f"no actor {actor_id!r} in the registry (actors: {known})")
    rows = [(actor.id, code, alias) for code in sorted(actor.aliases) for alias in actor.aliases[code]]
    write(iter_records(("id", "lang", "alias"), rows, fmt))


def _unknown(paths: list[str] | None, actors: list[str] | None, suggest: bool, fmt: str, **engine: object) -> None:
    from framing.discover import registry_stub, unknown_speakers
    from framing.mapping import extracted

    inputs = load_inputs(paths, None, actors, **engine)  # type: ignore[arg-type]
    speakers = unknown_speakers(extracted(inputs.documents, inputs.registry, engine=inputs.engine))
    if suggest:
        write([registry_stub(speakers)])
        return
    rows = [(s.mention, s.lang, s.statements, s.documents, s.example) for s in speakers]
    write(iter_records(("mention", "lang", "statements", "documents", "example"), rows, fmt))

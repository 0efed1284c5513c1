"""``framing actors``: list the actors of a registry, or show one; find the speakers it misses."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import (
    DEFAULT_CORPUS, DEFAULT_FORMAT, Actors, Format, build_registry, load_inputs, write, Reading,
    Running, option_groups,
)
from framing.errors import UsageError
from framing.rendering import check_format, iter_records


@app.command("actors")
@option_groups
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
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """List the actors of a registry with alias counts per language, or show one actor's aliases.

    The registry is the merge of the --actors values, or the bundled corpus
    kazakhstan-2022's registry when none is given. With --unknown it reads
    PATH... (the registries of those corpora included) and lists the speakers
    no alias matched.
    """
    from framing.listings import actor_rows, alias_rows, unknown_rows, unknown_speakers_in

    check_format(fmt)
    if unknown or suggest:
        from framing.discover import registry_stub

        inputs = load_inputs(args, None, actors, reading=reading, running=running)
        speakers = unknown_speakers_in(inputs.documents, inputs.registry, inputs.engine)
        write([registry_stub(speakers)] if suggest else iter_records(*unknown_rows(speakers), fmt))
        return
    if args and len(args) > 1:
        raise UsageError("give one actor id (or --unknown PATH... to find unknown speakers)")
    registry = build_registry([], actors or [DEFAULT_CORPUS])
    write(iter_records(*(alias_rows(registry, args[0]) if args else actor_rows(registry)), fmt))

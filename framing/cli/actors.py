"""``framing actors``: list the actors of a registry, or show one."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import DEFAULT_CORPUS, DEFAULT_FORMAT, Actors, Format, build_registry, write
from framing.errors import UsageError
from framing.render import check_format, iter_records


@app.command("actors")
def actors_command(
    actor_id: Annotated[Optional[str], typer.Argument(metavar="[ID]", help="An actor id to show.",
                                                      show_default=False)] = None,
    actors: Actors = None,
    fmt: Format = DEFAULT_FORMAT,
) -> None:
    """List the actors of a registry with alias counts per language, or show one actor's aliases.

    The registry is the merge of the --actors values, or the bundled corpus
    kazakhstan-2022's registry when none is given.
    """
    check_format(fmt)
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

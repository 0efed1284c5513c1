"""The typer app, and the one place where user errors become exit code 2."""

from __future__ import annotations

from typing import Any

import typer
from typer.core import TyperGroup

from framing.errors import FramingError


def report(message: str) -> None:
    """Print one line on stderr (never markup: messages carry user data)."""
    typer.echo(" ".join(message.split()), err=True)


class FramingGroup(TyperGroup):
    """The command group; its ``invoke`` is the CLI's single error boundary.

    A :class:`FramingError` from any command becomes ``framing: <message>``
    on stderr and exit code 2. Anything else is a bug and keeps its traceback.
    """

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except FramingError as e:
            report(f"framing: {e}")
            raise typer.Exit(2) from None


app = typer.Typer(
    name="framing",
    cls=FramingGroup,
    help="Compare how actors and outlets frame the same event: attributed statements "
    "scored against framing lexicons.",
    rich_markup_mode=None,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)

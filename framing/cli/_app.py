"""The typer app, and the one place where user errors become exit code 2 and warnings one line."""

from __future__ import annotations

import warnings
from typing import Any

import typer
from typer.core import TyperGroup

from framing.errors import FramingError, FramingWarning


def report(message: str) -> None:
    """Print one line on stderr (never markup: messages carry user data)."""
    typer.echo(" ".join(message.split()), err=True)


class FramingGroup(TyperGroup):
    """The command group; its ``invoke`` is the CLI's single error boundary.

    A :class:`FramingError` from any command becomes ``framing: <message>``
    on stderr and exit code 2. Anything else is a bug and keeps its traceback.
    A :class:`FramingWarning` becomes one line ``framing: warning: <message>``.
    """

    def invoke(self, ctx: Any) -> Any:
        with warnings.catch_warnings():
            warnings.showwarning = _one_line(warnings.showwarning)
            try:
                return super().invoke(ctx)
            except FramingError as e:
                report(f"framing: {e}")
                raise typer.Exit(2) from None


def _one_line(default: Any) -> Any:
    """A ``warnings.showwarning`` that prints framing's warnings as one line, others as ``default`` does."""

    def show(message: Warning | str, category: type[Warning], filename: str, lineno: int,
             file: Any = None, line: str | None = None) -> None:
        if issubclass(category, FramingWarning):
            report(f"framing: warning: {message}")
        else:
            default(message, category, filename, lineno, file, line)

    return show


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

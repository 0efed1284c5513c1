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

    Each of these becomes one line ``framing: <message>`` on stderr and exit code 2:

    - a :class:`FramingError` from any command (bad input, named by file and line);
    - an option value typer refuses (``--jobs abc``, ``--min-confidence 2``), naming
      the option, without the usage text (a missing or unknown option keeps it);
    - an ``OSError`` about a path the system cannot use (a name too long, a
      symbolic link loop), naming the path.

    Anything else is a bug and keeps its traceback. A :class:`FramingWarning`
    becomes one line ``framing: warning: <message>``.
    """

    def invoke(self, ctx: Any) -> Any:
        with warnings.catch_warnings():
            warnings.showwarning = _one_line(warnings.showwarning)
            try:
                return super().invoke(ctx)
            except FramingError as e:
                report(f"framing: {e}")
            except typer.BadParameter as e:
                if _is_missing(e):
                    raise
                report(f"framing: {_bad_value(e)}")
            except OSError as e:
                if e.filename is None:
                    raise
                report(f"framing: {e.filename}: {e.strerror or e}")
            raise typer.Exit(2)


def _is_missing(error: typer.BadParameter) -> bool:
    """Whether typer raised this for a missing option or argument (click's usage text helps there)."""
    return type(error).__name__ == "MissingParameter"


def _bad_value(error: typer.BadParameter) -> str:
    """``--option must be ...`` (our callbacks) or ``--option: <typer's message>; got 'value'``."""
    param = error.param
    if param is not None and getattr(param, "param_type_name", "") == "option" and param.opts:
        name = max(param.opts, key=len)
    else:
        name = getattr(param, "human_readable_name", None) or "value"
    message = error.message
    if message.startswith("must "):
        return f"{name} {message}"
    given = _given(error)
    return f"{name}: {message[:1].lower()}{message[1:]}" + (f"; got {given!r}" if given is not None else "")


def _given(error: typer.BadParameter) -> Any:
    """The value typer could not convert, when its validator says (pydantic keeps it)."""
    errors = getattr(error.__cause__, "errors", None)
    try:
        return errors()[0]["input"] if callable(errors) else None
    except (LookupError, TypeError):
        return None


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
    add_completion=True,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            found = version("framing")
        except PackageNotFoundError:  # run from a source tree that was never installed
            found = "unknown (not installed)"
        typer.echo(f"framing {found}")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """Compare how actors and outlets frame the same event: attributed statements scored against framing
    lexicons."""

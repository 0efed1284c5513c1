"""Typed errors for problems in the user's input.

The CLI prints ``framing: <message>`` on one line and exits 2 for every
``FramingError``; anything else is a bug and keeps its traceback. A
``FramingWarning`` is input the library reads only in part (a language it
does not support); the CLI prints it as ``framing: warning: <message>``.
"""

from __future__ import annotations

from contextlib import contextmanager
from typing import Iterator


class FramingError(Exception):
    """A problem with input the user gave, located by file and line."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None):
        self.message = message
        self.path = path
        self.line = line
        super().__init__(str(self))

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = f"{self.path}:{self.line}: " if self.line else f"{self.path}: "
        return where + self.message


class InputError(FramingError):
    """A corpus file or stream that cannot be read as text documents."""


class LexiconError(FramingError):
    """A lexicon file that is missing or malformed."""


class RegistryError(FramingError):
    """An actor registry file that is missing or malformed."""


class UsageError(FramingError):
    """An option value the user gave that is not allowed."""


class OutputError(FramingError):
    """Output that cannot be written: a full disk, a closed stdout."""


#: What a JSON or YAML value nested beyond Python's recursion limit is told.
TOO_DEEP = "nested too deeply to read (lists or mappings inside each other past the parser's recursion limit)"


@contextmanager
def refuse_deep_nesting(kind: type[FramingError], path: str, line: int | None = None) -> Iterator[None]:
    """Turn a ``RecursionError`` of a JSON or YAML parser into ``kind`` naming ``path`` (and ``line``).

    The parsers recurse once per level of nesting, so a hostile file reaches
    the interpreter's recursion limit; that is a problem with the file, not a bug.
    """
    try:
        yield
    except RecursionError:
        raise kind(TOO_DEEP, path=path, line=line) from None


class FramingWarning(UserWarning):
    """Input read only in part, e.g. paragraphs in a language the library does not support."""

"""Typed errors for problems in the user's input.

The CLI prints ``framing: <message>`` on one line and exits 2 for every
``FramingError``; anything else is a bug and keeps its traceback. A
``FramingWarning`` is input the library reads only in part (a language it
does not support); the CLI prints it as ``framing: warning: <message>``.
"""

from __future__ import annotations


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


class FramingWarning(UserWarning):
    """Input read only in part, e.g. paragraphs in a language the library does not support."""

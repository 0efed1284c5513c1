"""The ``framing`` command line: one module per command.

Each command parses its options, calls library functions, renders and
writes to stdout; user errors (:class:`framing.errors.FramingError`) are
turned into ``framing: <message>`` and exit code 2 in one place
(:class:`framing.cli._app.FramingGroup`). Heavy modules (nltk, scikit-learn)
are imported inside the commands so ``framing --help`` stays quick.
"""

from __future__ import annotations

import sys
from typing import Sequence

from framing.cli import actors, compare, corpora, evaluate, lexicons, plot, report, statements  # noqa: F401  (register commands)
from framing.cli import cues, explain, keyness, kwic, similarity  # noqa: F401  (register commands)
from framing.cli._app import app

__all__ = ["app", "main"]


def main(argv: Sequence[str] | None = None) -> None:
    """Run the CLI (the ``framing`` console script and ``python -m framing``)."""
    # Output is UTF-8 whatever the locale, so it is the same bytes everywhere.
    reconfigure = getattr(sys.stdout, "reconfigure", None)
    if reconfigure is not None:
        reconfigure(encoding="utf-8")
    app(args=list(argv) if argv is not None else None, prog_name="framing")

"""``framing lexicons``: list bundled lexicons, or show one."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing import resources
from framing.cli._app import app
from framing.cli._common import DEFAULT_FORMAT, Format, write
from framing.render import check_format, iter_records


@app.command("lexicons")
def lexicons_command(
    name: Annotated[
        Optional[str],
        typer.Argument(help="A bundled lexicon name or a lexicon file to show.", show_default=False),
    ] = None,
    fmt: Format = DEFAULT_FORMAT,
) -> None:
    """List the bundled lexicons, or show one lexicon's frames and terms."""
    from framing.lexicon import load_lexicon

    check_format(fmt)
    if name is None:
        headers = ("name", "frames", "terms", "languages", "description")
        rows = []
        for bundled in resources.bundled_lexicons():
            lexicon = load_lexicon(bundled)
            langs = sorted({code for f in lexicon.frames for code in f.terms})
            terms = sum(len(t) for f in lexicon.frames for t in f.terms.values())
            rows.append((bundled, len(lexicon.frames), terms, ",".join(langs), lexicon.description))
        write(iter_records(headers, rows, fmt))
        return
    lexicon = load_lexicon(name)
    headers = ("frame", "lang", "terms", "description")
    rows = [
        (frame.id, code, ", ".join(frame.terms[code]), frame.description)
        for frame in lexicon.frames
        for code in sorted(frame.terms)
    ]
    write(iter_records(headers, rows, fmt))

"""``framing corpora``: list bundled corpora, or show one corpus's documents."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing.cli._app import app
from framing.cli._common import DEFAULT_FORMAT, Format, write, Reading, option_groups
from framing.rendering import check_format, iter_records


@app.command("corpora")
@option_groups
def corpora_command(
    name: Annotated[
        Optional[str],
        typer.Argument(help="A bundled corpus name, or a corpus file or folder, to show.", show_default=False),
    ] = None,
    fmt: Format = DEFAULT_FORMAT,
    reading: Reading = Reading(),
) -> None:
    """List the bundled corpora, or show one corpus's documents and metadata."""
    from framing.corpus import load_corpus
    from framing.listings import bundled_corpus_rows, document_rows

    check_format(fmt)
    if name is None:
        write(iter_records(*bundled_corpus_rows(), fmt))
        return
    documents = load_corpus(name, max_bytes=reading.max_document_bytes, columns=reading.columns())
    write(iter_records(*document_rows(documents), fmt))

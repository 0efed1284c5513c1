"""``framing corpora``: list bundled corpora, or show one corpus's documents."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from framing import resources
from framing.cli._app import app
from framing.cli._common import (
    DEFAULT_FORMAT, MAX_DOCUMENT_BYTES, Format, MaxDocumentBytes, write,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
)
from framing.rendering import check_format, iter_records


@app.command("corpora")
def corpora_command(
    name: Annotated[
        Optional[str],
        typer.Argument(help="A bundled corpus name, or a corpus file or folder, to show.", show_default=False),
    ] = None,
    fmt: Format = DEFAULT_FORMAT,
    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    source_column: SourceColumn = None,
    date_column: DateColumn = None,
    lang_column: LangColumn = None,
    columns_file: ColumnsFile = None,
) -> None:
    """List the bundled corpora, or show one corpus's documents and metadata."""
    from framing.corpus import corpus_manifest, corpus_registry_path, load_corpus

    check_format(fmt)
    if name is None:
        headers = ("name", "documents", "actors", "description")
        rows = []
        for bundled in resources.bundled_corpora():
            count = sum(1 for _ in load_corpus(bundled))
            has_actors = "yes" if corpus_registry_path(bundled) else "no"
            rows.append((bundled, count, has_actors, corpus_manifest(bundled).description))
        write(iter_records(headers, rows, fmt))
        return
    headers = ("id", "source", "date", "lang", "title", "url", "chars")
    columns = table_columns(columns_file, text=text_column, id=id_column, source=source_column, date=date_column,
                            lang=lang_column)
    documents = load_corpus(name, max_bytes=max_document_bytes, columns=columns)
    rows = ((d.id, d.source, d.date, d.lang, d.title, d.url, len(d.text)) for d in documents)
    write(iter_records(headers, rows, fmt))

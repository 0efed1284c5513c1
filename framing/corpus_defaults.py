"""The corpus readers' defaults, light enough for the command line to import at start-up
(importing :mod:`framing.corpus` reads its readers, YAML and more)."""

from __future__ import annotations

from typing import Mapping

#: The largest document read by default (a .txt or .md file, a JSONL line, a table row, stdin).
MAX_DOCUMENT_BYTES = 10_000_000

#: The column names a table corpus is read by, per field, unless options or a columns file say otherwise.
DEFAULT_COLUMNS: Mapping[str, tuple[str, ...]] = {
    "id": ("id", "doc_id", "stories_id", "url"),
    "text": ("text", "body", "content", "article"),
    "source": ("source", "outlet", "media_name", "publisher"),
    "date": ("date", "published", "publish_date", "seendate"),
    "lang": ("lang", "language"),
    "url": ("url",),
    "title": ("title", "headline"),
}

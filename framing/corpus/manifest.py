"""``corpus.yml``: a folder's name, description and per-document metadata.

Format (every key optional)::

    name: kazakhstan-2022
    description: Reporting on the January 2022 unrest in Kazakhstan.
    defaults:                 # applies to every document of the folder
      source: Al Mayadeen     # "outlet" is accepted as a synonym of "source"
      lang: en
    documents:
      almayadeen-2022-01-06:  # a document id: file stem, or a JSONL "id"
        date: 2022-01-06      # YAML dates are kept as ISO strings
        title: Kazakhstan unrest: world reactions
        url: https://...
        section: world        # any other scalar key goes to Document.meta

The known fields are ``source`` (or ``outlet``), ``date``, ``lang``, ``url``
and ``title``. A document's value comes from, first to last: its entry under
``documents``, the JSONL record itself, ``defaults``; a document with no
source anywhere gets ``"unknown"``. ``lang`` is metadata only: statements get
their language per paragraph from the script.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Mapping

from framing import yaml_text
from framing.corpus.readers import FIELDS, read_small_text
from framing.errors import InputError
from framing.model import Document
from framing.yaml_shape import SCALAR, Fields, MapOf, Value, read

MANIFEST = "corpus.yml"
UNKNOWN_SOURCE = "unknown"
_FIELDS = MapOf(SCALAR, null_ok=True, expected="a mapping of field to value")
#: The shape of ``corpus.yml``.
_MANIFEST = Fields({
    "name": SCALAR,
    "description": SCALAR,
    "defaults": _FIELDS,
    "documents": MapOf(_FIELDS, null_ok=True, expected="a mapping of document id to fields"),
}, null_ok=True, expected="a mapping")


@dataclass(frozen=True)
class Manifest:
    """A parsed ``corpus.yml`` (empty when the folder has none)."""

    name: str = ""
    description: str = ""
    defaults: Mapping[str, str] = field(default_factory=dict)
    documents: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)
    path: str = ""

    def apply(self, doc: Document) -> Document:
        """``doc`` with this manifest's metadata filled in (see module docs)."""
        entry = self.documents.get(doc.id, {})
        values: dict[str, str] = {}
        for key in FIELDS:
            value = entry.get(key) or getattr(doc, key) or self.defaults.get(key, "")
            values[key] = value
        values["source"] = values["source"] or UNKNOWN_SOURCE
        extra = {k: v for k, v in self.defaults.items() if k not in FIELDS}
        extra.update((k, v) for k, v in entry.items() if k not in FIELDS)
        meta = {**extra, **doc.meta}
        return replace(doc, meta=dict(sorted(meta.items())), **values)

    def unknown_ids(self, seen: set[str]) -> list[str]:
        """Document ids listed here that are not in ``seen``, in file order."""
        return [doc_id for doc_id in self.documents if doc_id not in seen]


def load_manifest(folder: Path, label: str) -> Manifest:
    """The manifest of ``folder`` (``label`` names the folder in errors)."""
    path = folder / MANIFEST
    where = f"{label.rstrip('/')}/{MANIFEST}"
    try:
        if not path.is_file():
            return Manifest()
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", path=where) from None
    top = read(yaml_text.parse(read_small_text(path, where), where, InputError), _MANIFEST, file=where, error=InputError,
               label="the corpus file")
    documents = top.get("documents")
    entries = documents.data if documents is not None else {}
    return Manifest(name=_scalar(top.get("name")), description=_scalar(top.get("description")),
                    defaults=_fields(top.get("defaults")),
                    documents={doc_id: _fields(value) for doc_id, value in entries.items()},
                    lines={doc_id: value.key_line for doc_id, value in entries.items()}, path=where)


def _scalar(value: Value | None) -> str:
    """A value as text: a date in ISO form, nothing for an absent or null one."""
    if value is None or value.data is None:
        return ""
    if isinstance(value.data, (dt.date, dt.datetime)):
        return value.data.isoformat()
    return str(value.data)


def _fields(value: Value | None) -> dict[str, str]:
    """A document's (or the defaults') fields, ``outlet`` read as ``source``, empty ones left out."""
    out: dict[str, str] = {}
    if value is None:
        return out
    for key, found in value.items():
        name = "source" if key == "outlet" else key
        if name in out:
            raise found.error(f"{value.path} gives both 'source' and 'outlet'", at_key=True)
        text = _scalar(found)
        if text:
            out[name] = text
    return out

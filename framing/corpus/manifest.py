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
from typing import Any, Mapping

import yaml

from framing import yaml_text
from framing.corpus.readers import FIELDS
from framing.errors import InputError, refuse_deep_nesting
from framing.model import Document

MANIFEST = "corpus.yml"
UNKNOWN_SOURCE = "unknown"
_TOP_KEYS = ("name", "description", "defaults", "documents")


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
        with refuse_deep_nesting(InputError, where):
            root = yaml_text.compose(path.read_text(encoding="utf-8"))
    except OSError as e:
        raise InputError(f"cannot read: {e.strerror}", path=where) from None
    except UnicodeDecodeError as e:
        raise InputError(f"not UTF-8 text (byte offset {e.start})", path=where) from None
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        raise InputError(f"not valid YAML: {getattr(e, 'problem', e)}", path=where,
                         line=mark.line + 1 if mark else None) from None
    if root is None:
        return Manifest(path=where)
    top = _mapping(root, where, "the top level")
    for key, (key_node, _) in top.items():
        if key not in _TOP_KEYS:
            raise InputError(f"unknown key {key!r}; expected one of: {', '.join(_TOP_KEYS)}",
                             path=where, line=_line(key_node))
    name = _scalar(top["name"][1], where, "name") if "name" in top else ""
    description = _scalar(top["description"][1], where, "description") if "description" in top else ""
    defaults = _fields(top["defaults"][1], where, "defaults") if "defaults" in top else {}
    documents: dict[str, dict[str, str]] = {}
    lines: dict[str, int] = {}
    if "documents" in top:
        for doc_id, (key_node, value_node) in _mapping(top["documents"][1], where, "documents").items():
            documents[doc_id] = _fields(value_node, where, f"documents.{doc_id}")
            lines[doc_id] = _line(key_node)
    return Manifest(name=name, description=description, defaults=defaults,
                    documents=documents, lines=lines, path=where)


def _line(node: yaml.Node) -> int:
    return node.start_mark.line + 1


def _mapping(node: yaml.Node, where: str, what: str) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    if isinstance(node, yaml.ScalarNode) and node.value in ("", "~", "null"):
        return {}
    if not isinstance(node, yaml.MappingNode):
        raise InputError(f"{what} must be a mapping", path=where, line=_line(node))
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in out:
            raise InputError(f"duplicate key {key!r} in {what}", path=where, line=_line(key_node))
        out[key] = (key_node, value_node)
    return out


def _scalar(node: yaml.Node, where: str, what: str) -> str:
    if not isinstance(node, yaml.ScalarNode):
        raise InputError(f"{what} must be a single value, got a {node.id}", path=where, line=_line(node))
    value = _construct(node)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None:
        return ""
    return str(value)


def _construct(node: yaml.ScalarNode) -> Any:
    loader = yaml.SafeLoader("")
    try:
        return loader.construct_object(node, deep=True)
    finally:
        loader.dispose()


def _fields(node: yaml.Node, where: str, what: str) -> dict[str, str]:
    out: dict[str, str] = {}
    for key, (key_node, value_node) in _mapping(node, where, what).items():
        name = "source" if key == "outlet" else key
        if name in out:
            raise InputError(f"{what} gives both 'source' and 'outlet'", path=where, line=_line(key_node))
        value = _scalar(value_node, where, f"{what}.{key}")
        if value:
            out[name] = value
    return out

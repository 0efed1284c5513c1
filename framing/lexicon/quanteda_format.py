"""quanteda dictionaries in YAML (``dictionary(file = "x.yml")``)::

    AFRICA:
      EAST:
        'KE': [Kenya, Kenyan*, Nairobi]
        'TZ': [Tanzania, Tanzanian*, Dar es Salaam]
    ECONOMY: [tax*, budget]

Keys nest; the values at the bottom are lists of patterns. Every key path
that holds patterns becomes one frame, its id the keys joined with ``/``
(``AFRICA/EAST/KE``); :func:`framing.lexicon.collapse_levels` (``lexicons
convert --levels N``) keeps only the first N levels, as quanteda's
``levels =`` does. Keys are read as written, so unquoted ``NO`` (Norway) is
the key ``NO``, not YAML 1.1's ``false``. Patterns are quanteda globs:
``*`` at the end of a word is supported, a ``*`` elsewhere and ``?`` are not
(the entry is skipped with a note). A single string instead of a list is
read as a one-pattern list with a note. Terms get the language of their
script.
"""

from __future__ import annotations

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from framing.errors import LexiconError
from framing.lexicon.report import Report
from framing.lexicon.schema import LEVEL_SEPARATOR, LexiconBuilder, frame_id_from
from framing.model import Lexicon


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def parse_quanteda(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a quanteda YAML dictionary from text."""
    from framing.lexicon.yaml_format import compose

    report = report if report is not None else Report(path)
    return parse_quanteda_node(compose(text, path), path, report)


def parse_quanteda_node(root: Node | None, path: str, report: Report) -> Lexicon:
    """Parse a composed quanteda dictionary (see :func:`parse_quanteda`)."""
    if not isinstance(root, MappingNode) or not root.value:
        raise LexiconError("a quanteda dictionary is a mapping of keys to lists of patterns",
                           path=path, line=_line(root) if root is not None else None)
    builder = LexiconBuilder(report)
    _walk(root, [], builder, report)
    lexicon = builder.build()
    report.finish()
    return lexicon


def _walk(node: MappingNode, keys: list[str], builder: LexiconBuilder, report: Report) -> None:
    seen: dict[str, int] = {}
    for key_node, value in node.value:
        if not isinstance(key_node, ScalarNode) or not str(key_node.value).strip():
            report.error(_line(key_node), "dictionary keys must be plain names")
            continue
        key = str(key_node.value).strip()
        if key in seen:
            report.error(_line(key_node), f"duplicate key {key!r} (first at line {seen[key]})")
            continue
        seen[key] = _line(key_node)
        name = frame_id_from(key).replace(LEVEL_SEPARATOR, "_")
        if name != key:
            report.note(_line(key_node), f"key {key!r} is {name!r} in frame ids", check="renamed", level="info")
        path = [*keys, name]
        frame_id = LEVEL_SEPARATOR.join(path)
        if isinstance(value, MappingNode):
            _walk(value, path, builder, report)
        elif isinstance(value, SequenceNode):
            builder.frame(frame_id, _line(key_node))
            for item in value.value:
                if not isinstance(item, ScalarNode):
                    report.error(_line(item), f"{frame_id}: patterns must be strings, got a nested list or mapping")
                    continue
                builder.add(frame_id, str(item.value), _line(item))
        elif isinstance(value, ScalarNode) and str(value.value).strip():
            report.note(_line(value), f"{frame_id}: a single pattern instead of a list; read as a list",
                        check="quanteda-scalar")
            builder.frame(frame_id, _line(key_node))
            builder.add(frame_id, str(value.value), _line(value))
        else:
            report.note(_line(key_node), f"key {frame_id!r} has no patterns; left out", check="empty")

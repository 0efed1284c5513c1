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

from framing import yaml_text
from framing.errors import LexiconError
from framing.lexicon.report import Report
from framing.lexicon.schema import LEVEL_SEPARATOR, LexiconBuilder, frame_id_from
from framing.model import Lexicon
from framing.yaml_shape import TEXT, Either, ListOf, MapOf, Value, read

_PATTERN = TEXT.but(expected="a pattern")  # as written: an unquoted yes is the pattern 'yes'
_CATEGORY = MapOf(_PATTERN, expected="a mapping of keys to lists of patterns")  # its value is set below
_CATEGORY.value = Either(_CATEGORY, ListOf(_PATTERN), _PATTERN, expected="a mapping, a list of patterns or a pattern")
#: The shape of a quanteda dictionary: keys to keys ... to lists of patterns.
DICTIONARY = MapOf(_CATEGORY.value, if_empty="", expected=_CATEGORY.expected)


def is_quanteda(root: Node | None) -> bool:
    """A quanteda dictionary: a mapping without ``frames`` whose values are all mappings or lists.

    A mapping with a ``terms`` key anywhere in its first levels is a native
    lexicon with a mistake (``frame:`` for ``frames:``), so that the native
    reader names it instead of reading ``terms`` as a category.
    """
    if not isinstance(root, MappingNode) or not root.value:
        return False
    keys = {str(k.value) for k, _ in root.value if isinstance(k, ScalarNode)}
    if "frames" in keys or not all(isinstance(v, (MappingNode, SequenceNode)) for _, v in root.value):
        return False

    def has_terms(node: Node, depth: int) -> bool:
        if not isinstance(node, MappingNode) or depth > 3:
            return False
        return any((isinstance(k, ScalarNode) and k.value == "terms") or has_terms(v, depth + 1) for k, v in node.value)

    return not has_terms(root, 0)


def parse_quanteda(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a quanteda YAML dictionary from text."""
    report = report if report is not None else Report(path)
    return parse_quanteda_node(yaml_text.parse(text, path, LexiconError), path, report)


def parse_quanteda_node(root: Node | None, path: str, report: Report) -> Lexicon:
    """Parse a composed quanteda dictionary (see :func:`parse_quanteda`).

    A malformed part is an error, or with the report's ``keep_going`` a note
    of level ``error`` and the part left out.
    """
    top = read(root, DICTIONARY, file=path, error=LexiconError, label="the quanteda dictionary",
               on_error=lambda error: report.error(error.line, error.message))
    builder = LexiconBuilder(report)
    if top is not None:
        _walk(top, [], builder, report)
    lexicon = builder.build()
    report.finish()
    return lexicon


def _walk(category: Value, keys: list[str], builder: LexiconBuilder, report: Report) -> None:
    """Each key that holds patterns as one frame, its id the keys down to it."""
    for key, value in category.items():
        key = key.strip()
        name = frame_id_from(key).replace(LEVEL_SEPARATOR, "_")
        if name != key:
            report.note(value.key_line, f"key {key!r} is {name!r} in frame ids", check="renamed", level="info")
        frame_id = LEVEL_SEPARATOR.join([*keys, name])
        if isinstance(value.data, dict):
            _walk(value, [*keys, name], builder, report)
        elif isinstance(value.data, list):
            builder.frame(frame_id, value.key_line)
            for item in value.data:
                builder.add(frame_id, item.data, item.line)
        elif value.data.strip():
            report.note(value.line, f"{frame_id}: a single pattern instead of a list; read as a list",
                        check="quanteda-scalar")
            builder.frame(frame_id, value.key_line)
            builder.add(frame_id, value.data, value.line)
        else:
            report.note(value.key_line, f"key {frame_id!r} has no patterns; left out", check="empty")

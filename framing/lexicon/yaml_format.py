"""The native lexicon format, YAML::

    name: unrest
    description: Frames for reporting on civil unrest.
    frames:
      terrorism:
        description: The unrest as terrorism, banditry or extremism.
        terms:
          en: ["terror*", "bandit*", "counter-terrorism"]
          ar: ["إرهاب*", "عصاب*"]

Parsed from yaml's node graph (``yaml.compose``), not from constructed
Python objects, so every error names the line of the offending node.
Strict about structure (unknown keys, wrong types, duplicate keys are
errors); duplicate terms within one list are dropped silently.
"""

from __future__ import annotations

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from framing.errors import LexiconError
from framing.lexicon import schema
from framing.model import Frame, Lexicon

_TOP_KEYS = ("name", "description", "frames")
_FRAME_KEYS = ("description", "terms")
_TAG_NAMES = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
}


def _line(node: Node) -> int:
    return node.start_mark.line + 1


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    return _TAG_NAMES.get(node.tag, node.tag)


def _is_str(node: Node) -> bool:
    return isinstance(node, ScalarNode) and node.tag == "tag:yaml.org,2002:str"


class _Parser:
    def __init__(self, path: str):
        self.path = path

    def error(self, message: str, node: Node | None = None, line: int | None = None) -> LexiconError:
        return LexiconError(message, path=self.path, line=_line(node) if node is not None else line)

    def mapping(self, node: Node, where: str, expected: str) -> list[tuple[str, Node, Node]]:
        """The (key, key node, value node) pairs of a mapping node, keys unique."""
        if not isinstance(node, MappingNode):
            raise self.error(f"{where} must be {expected}, got {_kind(node)}", node)
        pairs: list[tuple[str, Node, Node]] = []
        seen: dict[str, int] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                raise self.error(f"{where}: keys must be plain names, got a {_kind(key_node)}", key_node)
            key = str(key_node.value)
            if key in seen:
                raise self.error(f"{where}: duplicate key {key!r} (first at line {seen[key]})", key_node)
            seen[key] = _line(key_node)
            pairs.append((key, key_node, value_node))
        return pairs

    def text(self, node: Node, where: str) -> str:
        if not _is_str(node):
            raise self.error(f"{where} must be a string, got {_kind(node)}", node)
        return str(node.value)

    def unknown(self, key: str, key_node: Node, where: str, allowed: tuple[str, ...]) -> LexiconError:
        return self.error(f"{where}: unknown key {key!r}; expected one of: {', '.join(allowed)}", key_node)

    def document(self, root: Node | None) -> Lexicon:
        if root is None:
            raise self.error("lexicon is empty; expected a mapping with 'name', 'description' and 'frames'")
        name, description, frames_node = "", "", None
        for key, key_node, value in self.mapping(root, "the lexicon", "a mapping with 'frames'"):
            if key == "name":
                name = self.text(value, "name").strip()
            elif key == "description":
                description = self.text(value, "description").strip()
            elif key == "frames":
                frames_node = value
            else:
                raise self.unknown(key, key_node, "the lexicon", _TOP_KEYS)
        if frames_node is None:
            raise self.error("no frames: the lexicon needs a 'frames' mapping", root)
        pairs = self.mapping(frames_node, "frames", "a mapping of frame id to frame")
        if not pairs:
            raise self.error("no frames: 'frames' is empty", frames_node)
        frames = tuple(self.frame(key, key_node, value) for key, key_node, value in pairs)
        return Lexicon(name=name, description=description, frames=frames)

    def frame(self, frame_id: str, key_node: Node, node: Node) -> Frame:
        try:
            schema.check_frame_id(frame_id)
        except ValueError as e:
            raise self.error(f"frames: {e}", key_node) from None
        where = f"frames.{frame_id}"
        description, terms_node = "", None
        for key, knode, value in self.mapping(node, where, "a mapping with 'description' and 'terms'"):
            if key == "description":
                description = self.text(value, f"{where}.description").strip()
            elif key == "terms":
                terms_node = value
            else:
                raise self.unknown(key, knode, where, _FRAME_KEYS)
        if terms_node is None:
            raise self.error(f"{where} has no 'terms'", node)
        where = f"{where}.terms"
        pairs = self.mapping(terms_node, where, "a mapping of language code to a list of terms")
        if not pairs:
            raise self.error(f"{where} is empty; give terms under a language code (en, ar)", terms_node)
        terms: dict[str, tuple[str, ...]] = {}
        for code, knode, value in pairs:
            try:
                schema.check_lang(code)
            except ValueError as e:
                raise self.error(f"{where}: {e}", knode) from None
            terms[code] = self.terms(value, f"{where}.{code}")
        return Frame(id=frame_id, description=description, terms=terms)

    def terms(self, node: Node, where: str) -> tuple[str, ...]:
        if not isinstance(node, SequenceNode):
            raise self.error(f"{where} must be a list of strings, got {_kind(node)}", node)
        if not node.value:
            raise self.error(f"{where} is empty; give at least one term or drop the language", node)
        out: list[str] = []
        for number, item in enumerate(node.value, start=1):
            if not _is_str(item):
                shown = f": {item.value}" if isinstance(item, ScalarNode) else ""
                raise self.error(
                    f"{where} must be a list of strings, got {_kind(item)} (item {number}{shown}; quote it)", item
                )
            term = str(item.value).strip()
            try:
                schema.check_term(term)
            except ValueError as e:
                raise self.error(f"{where}: {e}", item) from None
            out.append(term)
        return tuple(dict.fromkeys(out))


def parse_yaml(text: str, path: str = "<string>") -> Lexicon:
    """Parse a YAML lexicon from text.

    Parameters
    ----------
    text : str
        The file content.
    path : str
        The name used in error messages.

    Returns
    -------
    Lexicon
        With ``name`` as written (empty when absent), no ``sha256``/``path``.

    Raises
    ------
    LexiconError
        Naming ``path`` and the line, for a YAML syntax error or a lexicon
        that breaks the format.
    """
    parser = _Parser(path)
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = " ".join(p for p in (e.context, e.problem) if p)
        raise parser.error(f"YAML syntax error: {problem}", line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        raise parser.error(f"not a text file: character {e.character!r} is not allowed in YAML", line=line) from None
    except yaml.YAMLError as e:  # pragma: no cover - every yaml error we know is marked
        raise parser.error(f"YAML error: {e}") from None
    return parser.document(root)

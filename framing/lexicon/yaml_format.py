"""The native lexicon format, YAML::

    name: unrest
    description: Frames for reporting on civil unrest.
    negation:                      # optional; false turns negation off
      mode: include                # a negated term counts, as `negated` (or: exclude)
      window: 3
      negators: {en: [not, no, never]}
      pseudo_negators: {en: [not only]}
    frames:
      terrorism:
        description: The unrest as terrorism, banditry or extremism.
        terms:
          en: ["terror*", "bandit*", "counter-terrorism", {"armed gang*": 2}]
          ar: ["إرهاب*", "عصاب*"]

A term is a string, or a one-entry mapping ``{term: weight}`` for an entry
whose weight is not 1. ``negation`` may also be given per frame, replacing
the lexicon's. Missing negation keys and languages fall back to the
defaults of :mod:`framing.languages`.

Parsed from yaml's node graph (``yaml.compose``), not from constructed
Python objects, so every error names the line of the offending node.
Strict about structure (unknown keys, wrong types, duplicate keys are
errors); a term repeated within one list is counted once with a note.

A YAML file whose top level has no ``frames`` key and only mappings and
lists as values is a quanteda dictionary (:mod:`framing.lexicon.quanteda_format`).
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from framing import yaml_text
from framing.errors import LexiconError
import framing.lexicon.schema as schema
from framing.lexicon.report import Report
from framing.model import NEGATION_MODES, Frame, Lexicon, Negation

_TOP_KEYS = ("name", "description", "negation", "frames")
_FRAME_KEYS = ("description", "terms", "negation")
_NEGATION_KEYS = ("mode", "window", "negators", "pseudo_negators")
_TAG_NAMES = {
    "tag:yaml.org,2002:str": "str",
    "tag:yaml.org,2002:int": "int",
    "tag:yaml.org,2002:float": "float",
    "tag:yaml.org,2002:bool": "bool",
    "tag:yaml.org,2002:null": "null",
    "tag:yaml.org,2002:timestamp": "date",
}
_INT = "tag:yaml.org,2002:int"
_FLOAT = "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"


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


def compose(text: str, path: str) -> Node | None:
    """The YAML node graph of ``text``; syntax errors as :class:`LexiconError` with a line."""
    try:
        return yaml_text.compose(text)
    except yaml_text.AliasBomb as e:
        raise LexiconError(e.problem, path=path, line=e.problem_mark.line + 1) from None
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = " ".join(p for p in (e.context, e.problem) if p)
        raise LexiconError(f"YAML syntax error: {problem}", path=path, line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as e:
        line = text.count("\n", 0, e.position) + 1
        raise LexiconError(f"not a text file: character {e.character!r} is not allowed in YAML",
                           path=path, line=line) from None
    except yaml.YAMLError as e:  # pragma: no cover - every yaml error we know is marked
        raise LexiconError(f"YAML error: {e}", path=path) from None


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


class _Parser:
    def __init__(self, path: str, report: Report):
        self.path = path
        self.report = report

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
        name, description, frames_node, negation = "", "", None, None
        for key, key_node, value in self.mapping(root, "the lexicon", "a mapping with 'frames'"):
            if key == "name":
                name = self.text(value, "name").strip()
            elif key == "description":
                description = self.text(value, "description").strip()
            elif key == "negation":
                negation = self.negation(value, "negation")
            elif key == "frames":
                frames_node = value
            else:
                raise self.unknown(key, key_node, "the lexicon", _TOP_KEYS)
        if frames_node is None:
            raise self.error("no frames: the lexicon needs a 'frames' mapping", root)
        pairs = self.mapping(frames_node, "frames", "a mapping of frame id to frame")
        if not pairs:
            raise self.error("no frames: 'frames' is empty", frames_node)
        frames = tuple(self.frame(key, key_node, value, negation) for key, key_node, value in pairs)
        return Lexicon(name=name, description=description, frames=frames)

    def frame(self, frame_id: str, key_node: Node, node: Node, negation: Negation | None) -> Frame:
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
            elif key == "negation":
                negation = self.negation(value, f"{where}.negation")
            else:
                raise self.unknown(key, knode, where, _FRAME_KEYS)
        if terms_node is None:
            raise self.error(f"{where} has no 'terms'", node)
        where = f"{where}.terms"
        pairs = self.mapping(terms_node, where, "a mapping of language code to a list of terms")
        if not pairs:
            raise self.error(f"{where} is empty; give terms under a language code (en, ar)", terms_node)
        terms: dict[str, tuple[str, ...]] = {}
        weights: dict[str, dict[str, float]] = {}
        for code, knode, value in pairs:
            try:
                schema.check_lang(code)
            except ValueError as e:
                raise self.error(f"{where}: {e}", knode) from None
            terms[code], found = self.terms(value, f"{where}.{code}", frame_id, code)
            if found:
                weights[code] = found
        return Frame(id=frame_id, description=description, terms=terms, weights=weights, negation=negation)

    def terms(self, node: Node, where: str, frame_id: str, code: str) -> tuple[tuple[str, ...], dict[str, float]]:
        if not isinstance(node, SequenceNode):
            raise self.error(f"{where} must be a list of strings, got {_kind(node)}", node)
        if not node.value:
            raise self.error(f"{where} is empty; give at least one term or drop the language", node)
        out: list[str] = []
        weights: dict[str, float] = {}
        for number, item in enumerate(node.value, start=1):
            weight = None
            if isinstance(item, MappingNode) and len(item.value) == 1 and _is_str(item.value[0][0]):
                term_node, weight_node = item.value[0]
                if weight_node.tag not in (_INT, _FLOAT):
                    raise self.error(f"{where}: the weight of {term_node.value!r} must be a number, "
                                     f"got {_kind(weight_node)}", weight_node)
                try:
                    weight = schema.parse_weight(str(weight_node.value).replace("_", ""))
                except ValueError as e:
                    raise self.error(f"{where}: {e}", weight_node) from None
                item = term_node
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
            if not self.report.entry(frame_id, code, term, _line(item)):
                continue
            out.append(term)
            if weight is not None and weight != 1:
                weights[term] = weight
        return tuple(out), weights

    def negation(self, node: Node, where: str) -> Negation:
        if isinstance(node, ScalarNode) and node.tag == _BOOL:
            on = yaml.safe_load(node.value) is True
            return Negation() if on else Negation(window=0)
        window, mode = None, None
        negators: dict[str, tuple[str, ...]] = {}
        pseudo: dict[str, tuple[str, ...]] = {}
        for key, knode, value in self.mapping(node, where, "false or a mapping with 'window' and 'negators'"):
            if key == "mode":
                if not _is_str(value) or value.value not in NEGATION_MODES:
                    raise self.error(f"{where}.mode must be one of {', '.join(NEGATION_MODES)}, got {value.value!r}",
                                     value)
                mode = value.value
            elif key == "window":
                if value.tag != _INT or int(value.value) < 0:
                    raise self.error(f"{where}.window must be a whole number of tokens (0 turns negation off), "
                                     f"got {value.value!r}", value)
                window = int(value.value)
            elif key in ("negators", "pseudo_negators"):
                target = negators if key == "negators" else pseudo
                for code, cnode, words in self.mapping(value, f"{where}.{key}", "a mapping of language to words"):
                    try:
                        schema.check_lang(code)
                    except ValueError as e:
                        raise self.error(f"{where}.{key}: {e}", cnode) from None
                    if not isinstance(words, SequenceNode) or not all(_is_str(w) for w in words.value):
                        raise self.error(f"{where}.{key}.{code} must be a list of strings", words)
                    target[code] = tuple(str(w.value).strip() for w in words.value if str(w.value).strip())
            else:
                raise self.unknown(key, knode, where, _NEGATION_KEYS)
        return Negation(window=window, negators=negators, pseudo=pseudo, mode=mode)


def parse_yaml(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a YAML lexicon from text: the native format, or a quanteda dictionary.

    Parameters
    ----------
    text : str
        The file content.
    path : str
        The name used in error messages.
    report : Report, optional
        Collects notes (repeated terms) and the line of every entry.

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
    report = report if report is not None else Report(path)
    root = compose(text, path)
    if is_quanteda(root):
        from framing.lexicon.quanteda_format import parse_quanteda_node

        return parse_quanteda_node(root, path, report)
    return _Parser(path, report).document(root)


# -- writing ---------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z_][\w./-]*")
_WIDTH = 100


def _key(key: str) -> str:
    """A mapping key, quoted only where YAML would read it as something else."""
    if _PLAIN.fullmatch(key) and yaml.safe_load(f"{key}: 0") == {key: 0}:
        return key
    return json.dumps(key, ensure_ascii=False)


def _scalar(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def _text(value: str) -> str:
    """A name or description: plain where YAML reads it back unchanged, else quoted."""
    if value and "\n" not in value and value == value.strip() and not value.startswith(("'", '"')):
        try:
            if yaml.safe_load(f"k: {value}") == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return _scalar(value)


def _flow(items: list[str], indent: int) -> str:
    """A flow list, wrapped at about ``_WIDTH`` characters."""
    lines, current = [], "["
    pad = " " * (indent + 1)
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "]")
        if current != "[" and len(current) + 1 + len(piece) + indent > _WIDTH:
            lines.append(current)
            current = pad + piece
        else:
            current += ("" if current == "[" else " ") + piece
    lines.append(current if items else "[]")
    return "\n".join(lines)


def _negation_lines(negation: Negation, indent: int) -> list[str]:
    pad = " " * indent
    if negation.window == 0 and not negation.negators and not negation.pseudo:
        return [f"{pad}negation: false"]
    lines = [f"{pad}negation:"]
    if negation.mode is not None:
        lines.append(f"{pad}  mode: {negation.mode}")
    if negation.window is not None:
        lines.append(f"{pad}  window: {negation.window}")
    for key, table in (("negators", negation.negators), ("pseudo_negators", negation.pseudo)):
        if table:
            lines.append(f"{pad}  {key}:")
            for code in sorted(table):
                words = [_scalar(w) for w in table[code]]
                lines.append(f"{pad}    {code}: " + _flow(words, len(pad) + 8))
    return lines


def dump_yaml(lexicon: Lexicon, report: Report | None = None) -> str:
    """A lexicon as native YAML; :func:`parse_yaml` reads it back equal.

    Weighted terms are written as ``{term: weight}``; a negation setting
    shared by every frame is written once at the top.
    """
    lines = []
    if lexicon.name:
        lines.append(f"name: {_text(lexicon.name)}")
    if lexicon.description:
        lines.append(f"description: {_text(lexicon.description)}")
    shared = len({repr(f.negation) for f in lexicon.frames}) <= 1
    common = lexicon.frames[0].negation if shared and lexicon.frames else None
    if common is not None:
        lines.extend(_negation_lines(common, 0))
    lines.append("frames:")
    for frame in lexicon.frames:
        lines.append(f"  {_key(frame.id)}:")
        if frame.description:
            lines.append(f"    description: {_text(frame.description)}")
        if frame.negation is not None and not shared:
            lines.extend(_negation_lines(frame.negation, 4))
        lines.append("    terms:")
        for code in sorted(frame.terms):
            weights = frame.weights.get(code, {})
            items = [
                "{" + _scalar(t) + ": " + _scalar(weights[t]) + "}" if t in weights else _scalar(t)
                for t in frame.terms[code]
            ]
            lines.append(f"      {code}: " + _flow(items, 10))
    return "\n".join(lines) + "\n"

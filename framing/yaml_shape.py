"""A YAML node graph read against a declared shape, each problem named by file, line and dotted path.

The YAML readers (lexicons, quanteda dictionaries, actor registries,
``corpus.yml``, columns files) declare the shape they expect, and
:func:`read` walks :func:`framing.yaml_text.compose`'s nodes against it:

- :class:`Scalar`: a single value of some kinds (:data:`STR`, :data:`INT`,
  :data:`NUMBER`, :data:`BOOL`), or any (:data:`SCALAR`, :data:`TEXT`);
- :class:`ListOf`: a list of one shape;
- :class:`MapOf`: a mapping of any keys to one shape;
- :class:`Fields`: a mapping of known keys, each with its shape, some required;
- :class:`Pair`: a one-entry mapping ``{key: value}``;
- :class:`Either`: the first of several shapes that takes the node's kind.

Every problem of shape is one message, ``PATH must be EXPECTED, got KIND``
(or ``PATH: unknown key ...``, ``PATH has no 'KEY' ...``, ``PATH is empty``),
raised as the reader's own :class:`~framing.errors.FramingError` subclass
with the file and the node's line. A path is the keys from the top joined
by dots (``frames.calm.terms.en``); a list's items share its path and their
messages say which item. Keys are taken as written (``NO`` is ``'NO'``, not
YAML 1.1's false) and must be unique and not blank. What is read comes back
as :class:`Value` objects, data with lines, so that the reader's own checks
of content can name the line too.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Callable, Iterator

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from framing.errors import FramingError

#: A check of a value read: raise ``ValueError`` (its message is shown after the path), or return False
#: (``PATH must be EXPECTED, got VALUE``); anything else passes.
Check = Callable[[Any], Any]
#: Where a list's item stands: its number from 1, and what the list must be.
Item = tuple[int, str] | None

_YAML = "tag:yaml.org,2002:"
_STR = _YAML + "str"
_BUILT = {_YAML + name for name in ("int", "float", "bool", "null", "timestamp", "binary")}  # YAML reads these
_QUOTABLE = ("int", "float", "bool", "date")  # a plain scalar that quotes would make a string
_CONSTRUCTOR = yaml.constructor.SafeConstructor()


def kind(node: Node) -> str:
    """What a node is, in a message's words: ``mapping``, ``list``, ``str``, ``int``, ``null``, ``date``, ``!tag``."""
    if isinstance(node, MappingNode):
        return "mapping"
    if isinstance(node, SequenceNode):
        return "list"
    name = node.tag.removeprefix(_YAML)
    return "date" if name == "timestamp" else name


def line(node: Node) -> int:
    """The line a node starts on, from 1."""
    return node.start_mark.line + 1


class Value:
    """What :func:`read` found at one node: ``data``, its dotted ``path``, its ``line`` and its key's.

    ``data`` is a ``dict`` of key to Value for a mapping, a ``list`` of Values
    for a list, a ``(key, value)`` tuple of Values for a :class:`Pair`, else
    the scalar (``str``, ``int``, ``float``, ``bool``, ``None``, a date).
    """

    __slots__ = ("data", "path", "line", "key_line", "_walk")

    def __init__(self, data: Any, path: str, line: int | None, key_line: int | None, walk: _Walk):
        self.data, self.path, self.line, self.key_line, self._walk = data, path, line, key_line, walk

    def get(self, key: str) -> Value | None:
        """The Value under ``key`` of a mapping, None when absent."""
        return self.data.get(key)

    def items(self) -> Iterator[tuple[str, Value]]:
        """The (key, Value) pairs of a mapping, in file order."""
        return iter(self.data.items())

    def error(self, message: str, *, at_key: bool = False) -> FramingError:
        """``message`` as the reader's error, at this value's line (its key's with ``at_key``)."""
        return self._walk.error(message, path=self._walk.file, line=self.key_line if at_key else self.line)

    def plain(self) -> Any:
        """The data with no Values in it: dicts, lists, tuples and scalars."""
        if isinstance(self.data, dict):
            return {key: value.plain() for key, value in self.data.items()}
        if isinstance(self.data, (list, tuple)):
            return type(self.data)(value.plain() for value in self.data)
        return self.data

    def __repr__(self) -> str:
        return f"Value({self.plain()!r}, path={self.path!r}, line={self.line})"


@dataclass
class _Walk:
    """One reading: the file, the error class, the name of the top, who takes the errors (None: raise)."""

    file: str
    error: type[FramingError]
    label: str
    on_error: Callable[[FramingError], None] | None

    def value(self, data: Any, node: Node, path: str, key_line: int | None) -> Value:
        at = node.start_mark.line + 1
        return Value(data, path, at, key_line or at, self)

    def fail(self, message: str, path: str, at: int | None) -> None:
        """Raise ``PATH message``; with ``on_error``, hand it over and return None (the node is left out)."""
        error = self.error(f"{path or self.label}{message}", path=self.file, line=at)
        if self.on_error is None:
            raise error
        self.on_error(error)

    def wrong(self, node: Node, shape: Shape, path: str, item: Item, got: str = "") -> None:
        """``PATH must be EXPECTED, got KIND``; for a list's item, the list's expectation and which item."""
        shown = f": {node.value}" if isinstance(node, ScalarNode) and not got else ""
        quote = shape.wants_str and isinstance(node, ScalarNode) and kind(node) in _QUOTABLE
        got, expected = got or kind(node), shape.expected
        if item is not None:
            number, expected = item
            got = f"{got} (item {number}{shown}{'; quote it' if quote else ''})"
        elif quote:
            got += " (quote it)"
        return self.fail(f" must be {expected}, got {got}", path, line(node))

    def check(self, check: Check | None, data: Any, path: str, at: int) -> bool | None:
        """True: ``data`` passes; False: the check says no; None: it raised, and the error was handed over."""
        try:
            return check is None or check(data) is not False
        except ValueError as e:
            return self.fail(f": {e}", path, at)


class Shape:
    """What a node must be; :attr:`expected` says it in a message's words (``a list of strings``)."""

    expected: str = ""
    wants_str = False  # a plain number or true/false here is a string left unquoted

    def takes(self, node: Node) -> bool:
        """Whether the node is of a kind this shape reads (its content may still be wrong)."""
        raise NotImplementedError

    def read(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item = None) -> Value | None:
        """The node's Value; None when it was wrong and the walk's ``on_error`` let it be left out."""
        if not self.takes(node):
            return walk.wrong(node, self, path, item)
        return self.content(node, walk, path, key_line, item)

    def content(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item) -> Value | None:
        """:meth:`read` for a node this shape takes."""
        raise NotImplementedError


@dataclass(eq=False)
class Scalar(Shape):
    """A single value of ``kinds`` (``str``, ``int``, ``float``, ``bool``, ``null``, ``date``; None: any),
    as YAML reads it, or with ``raw`` the text as written; ``check`` its content."""

    expected: str
    kinds: tuple[str, ...] | None = None
    raw: bool = False
    check: Check | None = None

    def __post_init__(self) -> None:
        self._tags = None if self.kinds is None else {_YAML + ("timestamp" if k == "date" else k) for k in self.kinds}

    def but(self, **changes: Any) -> Scalar:
        """This shape with other ``expected``, ``check`` ..."""
        return dataclasses.replace(self, **changes)

    @property
    def wants_str(self) -> bool:  # type: ignore[override]
        return self.kinds == ("str",)

    def takes(self, node: Node) -> bool:
        return isinstance(node, ScalarNode) and (self._tags is None or node.tag in self._tags)

    def content(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item) -> Value | None:
        data = node.value
        if not (self.raw or node.tag == _STR):
            try:
                if node.tag not in _BUILT:  # a tag of the file's own (!wire): no value YAML knows
                    raise ValueError(node.tag)
                data = _CONSTRUCTOR.yaml_constructors[node.tag](_CONSTRUCTOR, node)
            except (yaml.YAMLError, ValueError, OverflowError):
                return walk.wrong(node, self, path, item, got=f"an unreadable {kind(node)} {node.value!r}")
        passed = self.check is None or walk.check(self.check, data, path, line(node))
        if passed is False:
            return walk.wrong(node, self, path, item, got=repr(data))
        return walk.value(data, node, path, key_line) if passed else None


STR = Scalar("a string", ("str",))
INT = Scalar("a whole number", ("int",))
NUMBER = Scalar("a number", ("int", "float"))
BOOL = Scalar("true or false", ("bool",))
#: Any single value, as YAML reads it (a date is a ``datetime.date``, ``~`` is None).
SCALAR = Scalar("a single value")
#: Any single value, as written (``yes`` is ``'yes'``, ``~`` is ``'~'``).
TEXT = Scalar("a single value", raw=True)


def one_of(*choices: str) -> Scalar:
    """One of the words ``choices``, as written (``3`` is ``'3'``, not one of them)."""
    return TEXT.but(expected=f"one of {', '.join(choices)}", check=lambda value: value in choices)


def _empty(node: Node, hint: str | None) -> str:
    """The message for an empty list or mapping where that is an error (``hint`` is given), else ''."""
    if hint is None or (isinstance(node, (MappingNode, SequenceNode)) and node.value):
        return ""
    return " is empty" + (f"; {hint}" if hint else "")


@dataclass(eq=False)
class ListOf(Shape):
    """A list whose items are ``item``; with ``if_empty``, an empty list is an error told that hint."""

    item: Shape
    expected: str = ""
    if_empty: str | None = None

    def __post_init__(self) -> None:  # "a string" -> "a list of strings"
        self.expected = self.expected or "a list of " + self.item.expected.split(" ", 1)[-1] + "s"

    def takes(self, node: Node) -> bool:
        return isinstance(node, SequenceNode)

    def content(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item) -> Value | None:
        if empty := _empty(node, self.if_empty):
            return walk.fail(empty, path, line(node))
        items = [self.item.read(child, walk, path, None, (number, self.expected))
                 for number, child in enumerate(node.value, start=1)]
        return walk.value([found for found in items if found is not None], node, path, key_line)


@dataclass(eq=False, kw_only=True)
class _Mapping(Shape):
    """What :class:`MapOf` and :class:`Fields` share: keys plain, unique and not blank; null as empty."""

    expected: str = "a mapping"
    null_ok: bool = False

    def takes(self, node: Node) -> bool:
        return isinstance(node, MappingNode) or (self.null_ok and isinstance(node, ScalarNode) and kind(node) == "null")

    def entries(self, node: Node, walk: _Walk, path: str) -> Iterator[tuple[str, Node, Node]]:
        """The (key, key node, value node) of a mapping node; a null one with ``null_ok`` has none."""
        seen: dict[str, int] = {}
        for key_node, value_node in node.value if isinstance(node, MappingNode) else ():
            if not isinstance(key_node, ScalarNode) or not str(key_node.value).strip():
                got = "an empty one" if isinstance(key_node, ScalarNode) else f"a {kind(key_node)}"
                walk.fail(f": keys must be plain names, got {got}", path, line(key_node))
            elif str(key_node.value) in seen:
                walk.fail(f": duplicate key {key_node.value!r} (first at line {seen[key_node.value]})", path,
                          line(key_node))
            else:
                seen[str(key_node.value)] = line(key_node)
                yield str(key_node.value), key_node, value_node


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


@dataclass(eq=False)
class MapOf(_Mapping):
    """A mapping of any keys (each passing ``keys``) to ``value``; with ``if_empty``, an empty one is an error."""

    value: Shape
    keys: Check | None = None
    if_empty: str | None = None

    def content(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item) -> Value | None:
        if empty := _empty(node, self.if_empty):
            return walk.fail(empty, path, line(node))
        found: dict[str, Value] = {}
        for key, key_node, value_node in self.entries(node, walk, path):
            passed = walk.check(self.keys, key, path, line(key_node))
            if passed is False:
                walk.fail(f": key {key!r} is not allowed", path, line(key_node))
            value = self.value.read(value_node, walk, _child(path, key), line(key_node)) if passed else None
            if value is not None:
                found[key] = value
        return walk.value(found, node, path, key_line)


@dataclass(eq=False)
class Fields(_Mapping):
    """A mapping of the keys of ``fields``, each read by its shape; the ``required`` ones must be there."""

    fields: dict[str, Shape]
    required: tuple[str, ...] = ()

    def content(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item) -> Value | None:
        found: dict[str, Value] = {}
        given = []
        for key, key_node, value_node in self.entries(node, walk, path):
            if key not in self.fields:
                walk.fail(f": unknown key {key!r}; expected one of: {', '.join(self.fields)}", path, line(key_node))
                continue
            given.append(key)
            value = self.fields[key].read(value_node, walk, _child(path, key), line(key_node))
            if value is not None:
                found[key] = value
        for key in self.required:  # a required value that was wrong (and handed over) leaves the mapping out
            if key not in found:
                return None if key in given else walk.fail(f" has no {key!r} ({self.fields[key].expected})", path,
                                                           key_line or line(node))
        return walk.value(found, node, path, key_line)


@dataclass(eq=False)
class Pair(Shape):
    """A one-entry mapping ``{key: value}`` (a term and its weight); its Value's data is a (key, value) tuple."""

    key: Scalar
    value: Shape
    expected: str = "a one-entry mapping"

    def takes(self, node: Node) -> bool:
        return isinstance(node, MappingNode) and len(node.value) == 1 and isinstance(node.value[0][0], ScalarNode)

    def content(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item) -> Value | None:
        key_node, value_node = node.value[0]
        key = self.key.read(key_node, walk, path, None, item)
        if key is None:
            return None
        value = self.value.read(value_node, walk, _child(path, str(key.data)), line(key_node))
        return None if value is None else walk.value((key, value), node, path, key_line)


class Either(Shape):
    """The first of ``shapes`` that takes the node; none does: ``PATH must be EXPECTED, got KIND``."""

    def __init__(self, *shapes: Shape, expected: str):
        self.shapes = shapes
        self.expected = expected
        self.wants_str = any(shape.wants_str for shape in shapes)

    def takes(self, node: Node) -> bool:
        return any(shape.takes(node) for shape in self.shapes)

    def read(self, node: Node, walk: _Walk, path: str, key_line: int | None, item: Item = None) -> Value | None:
        for shape in self.shapes:
            if shape.takes(node):
                return shape.content(node, walk, path, key_line, item)
        return walk.wrong(node, self, path, item)


def read(root: Node | None, shape: Shape, *, file: str, error: type[FramingError], label: str,
         on_error: Callable[[FramingError], None] | None = None) -> Value | None:
    """``root`` (what :func:`framing.yaml_text.compose` gave; None for an empty document) read against ``shape``.

    Problems are raised as ``error`` (``LexiconError``, ``RegistryError`` ...)
    naming ``file``; ``label`` (``the lexicon``) names the top in messages,
    below which paths start at its keys. With ``on_error``, each problem is
    handed to it instead and the node left out (the result is None if the
    top is).

    Examples
    --------
    >>> from framing.errors import LexiconError
    >>> from framing.yaml_text import compose
    >>> shape = Fields({"terms": MapOf(ListOf(STR))}, required=("terms",))
    >>> def lexicon(text):
    ...     return read(compose(text), shape, file="x.yml", error=LexiconError, label="the lexicon")
    >>> lexicon("terms:\\n  en: [calm, restraint]").plain()
    {'terms': {'en': ['calm', 'restraint']}}
    >>> lexicon("terms:\\n  en: [calm, 12]")
    Traceback (most recent call last):
    framing.errors.LexiconError: x.yml:2: terms.en must be a list of strings, got int (item 2: 12; quote it)
    """
    walk = _Walk(file, error, label, on_error)
    if root is None:
        if isinstance(shape, _Mapping) and shape.null_ok:
            return Value({}, "", None, None, walk)
        return walk.fail(f" is empty; it must be {shape.expected}", "", None)
    return shape.read(root, walk, "", None)

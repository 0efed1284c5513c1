"""YAML text to yaml's node graph, by libyaml when PyYAML was built with it.

Lexicons, registries and corpus manifests are read from the node graph (each
node keeps its line for error messages). libyaml's parser (``CSafeLoader``)
builds the same graph about ten times faster than PyYAML's own; when it
rejects a text, the text is parsed again by PyYAML's own parser, so errors
(and their lines and wording) are the ones users have always seen, and a
text libyaml would accept but PyYAML rejects is rejected too. :func:`parse`
is :func:`compose` with every problem as the reader's own error, naming the
file and line: ``invalid YAML: ...``.

>>> compose("a: [1, 2]").value[0][0].value
'a'
"""

from __future__ import annotations

import yaml

from framing.errors import FramingError, refuse_deep_nesting

_FAST = getattr(yaml, "CSafeLoader", None)
# Characters PyYAML's reader refuses (control characters and the like) but libyaml may pass.
_REFUSED = yaml.reader.Reader.NON_PRINTABLE


# Nodes that aliases may add to a document when expanded: enough to share a list of terms among
# frames, far too few for an alias bomb (a few hundred bytes that expand to millions of nodes).
ALIAS_BUDGET = 10_000


class AliasBomb(yaml.composer.ComposerError):
    """A document whose aliases expand beyond :data:`ALIAS_BUDGET` nodes (or refer to themselves)."""


def compose(text: str) -> yaml.Node | None:
    """The node graph of one YAML document (None for an empty one); raises ``yaml.YAMLError``,
    :class:`AliasBomb` when its aliases expand too far."""
    root = None
    if _FAST is not None and not _REFUSED.search(text):
        try:
            root = yaml.compose(text, Loader=_FAST)
        except yaml.YAMLError:
            pass  # parsed again below, for PyYAML's own error
    if root is None:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    _check_aliases(root)
    return root


def parse(text: str, path: str, error: type[FramingError]) -> yaml.Node | None:
    """:func:`compose`, its errors (syntax, a refused character, an alias bomb, nesting past the
    recursion limit) raised as ``error`` naming ``path`` and the line.

    >>> from framing.errors import InputError
    >>> parse("a: 1\\n---\\nb: 2", "x.yml", InputError)
    Traceback (most recent call last):
    framing.errors.InputError: x.yml:2: invalid YAML: expected a single document in the stream, but found another document
    """
    try:
        with refuse_deep_nesting(error, path):
            return compose(text)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = ", ".join(part for part in (e.context, e.problem) if part)
        raise error(f"invalid YAML: {what}", path=path, line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as e:
        char = e.character if isinstance(e.character, str) else chr(e.character)
        raise error(f"invalid YAML: control character U+{ord(char):04X} is not allowed", path=path,
                    line=text.count("\n", 0, e.position) + 1) from None
    except yaml.YAMLError as e:  # pragma: no cover - every yaml error we know is marked
        raise error(f"invalid YAML: {e}", path=path) from None


def _check_aliases(root: yaml.Node | None) -> None:
    """Walk the graph as its readers will, with aliases expanded, and stop past the budget."""
    seen: set[int] = set()
    extra = 0
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if id(node) in seen:
            extra += 1
            if extra > ALIAS_BUDGET:
                raise AliasBomb(None, None, f"aliases expand to more than {ALIAS_BUDGET:,} repeated nodes (or an "
                                "alias refers to itself); write the repeated part out", node.start_mark)
        seen.add(id(node))
        if isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
        elif isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                stack.extend((key, value))

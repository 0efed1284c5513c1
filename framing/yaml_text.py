"""YAML text to yaml's node graph, by libyaml when PyYAML was built with it.

Lexicons, registries and corpus manifests are read from the node graph (each
node keeps its line for error messages). libyaml's parser (``CSafeLoader``)
builds the same graph about ten times faster than PyYAML's own; when it
rejects a text, the text is parsed again by PyYAML's own parser, so errors
(and their lines and wording) are the ones users have always seen, and a
text libyaml would accept but PyYAML rejects is rejected too.

>>> compose("a: [1, 2]").value[0][0].value
'a'
"""

from __future__ import annotations

import yaml

_FAST = getattr(yaml, "CSafeLoader", None)
# Characters PyYAML's reader refuses (control characters and the like) but libyaml may pass.
_REFUSED = yaml.reader.Reader.NON_PRINTABLE


def compose(text: str) -> yaml.Node | None:
    """The node graph of one YAML document (None for an empty one); raises ``yaml.YAMLError``."""
    if _FAST is not None and not _REFUSED.search(text):
        try:
            return yaml.compose(text, Loader=_FAST)
        except yaml.YAMLError:
            pass  # parsed again below, for PyYAML's own error
    return yaml.compose(text, Loader=yaml.SafeLoader)

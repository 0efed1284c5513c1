"""The examples in the library's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import importlib.util
import pkgutil
from pathlib import Path

import pytest

import framing



def _has_examples(name: str) -> bool:
    """The module's source shows an example (``>>>``); modules without one are not collected."""
    spec = importlib.util.find_spec(name)
    return spec is not None and spec.origin is not None and ">>>" in Path(spec.origin).read_text(encoding="utf-8")


MODULES = sorted(name for _, name, _ in pkgutil.walk_packages(framing.__path__, "framing.")
                 if not name.startswith("framing.bundled") and _has_examples(name))


@pytest.mark.parametrize("name", MODULES)
def test_docstring_examples(name):
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples failed in {name}"

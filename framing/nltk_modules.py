"""nltk's leaf modules without nltk's package ``__init__``.

``import nltk`` (and so ``from nltk.tokenize.punkt import ...``) first runs
``nltk/__init__.py``, which imports nearly all of nltk and with it
scipy.stats and scikit-learn: about two seconds and 100 MiB before the first
sentence. framing needs two modules, Punkt and the Snowball stemmers, whose
own imports are light. :func:`load` imports such a module while the packages
above it stand in as bare namespaces, then takes every nltk module it added
out of ``sys.modules`` again: the module returned keeps working, and a later
``import nltk`` anywhere in the process gets the whole package as usual
(with its own copy of the module, whose classes are not the ones returned).
While a module loads, the stand-ins are in ``sys.modules``: a thread that
imports nltk at that very moment would get them.

Examples
--------
>>> punkt = load("nltk.tokenize.punkt")
>>> punkt.PunktSentenceTokenizer().tokenize("It rained. We left.")
['It rained.', 'We left.']
"""

from __future__ import annotations

import importlib
import importlib.machinery
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

# The packages whose __init__ is not run, with what a loaded module imports from them.
_PACKAGES: dict[str, dict[str, object]] = {
    "nltk": {},
    "nltk.tokenize": {},
    "nltk.stem": {},
    # snowball.py imports the stopword list, a corpus loader, and reads it only with
    # ignore_stopwords=True (which needs the downloaded corpus, so framing never passes it)
    "nltk.corpus": {"stopwords": None},
}


def load(name: str) -> ModuleType:
    """The nltk module ``name`` (e.g. ``"nltk.tokenize.punkt"``), imported without nltk's ``__init__``.

    When nltk is imported already, or a version of nltk needs more of its
    package than stands in, the module is imported the ordinary way.
    """
    if "nltk" in sys.modules:
        return importlib.import_module(name)
    spec = importlib.util.find_spec("nltk")  # finds the package without running it
    if spec is None or not spec.submodule_search_locations:
        return importlib.import_module(name)
    root = Path(next(iter(spec.submodule_search_locations)))
    before = set(sys.modules)
    try:
        for package, names in _PACKAGES.items():
            sys.modules[package] = _stand_in(package, root.joinpath(*package.split(".")[1:]), names)
        return importlib.import_module(name)
    except (ImportError, AttributeError):
        pass
    finally:
        for added in set(sys.modules) - before:
            if added == "nltk" or added.startswith("nltk."):
                del sys.modules[added]
    return importlib.import_module(name)


def _stand_in(package: str, path: Path, names: dict[str, object]) -> ModuleType:
    """An empty package ``package`` whose submodules are found in ``path``."""
    module = ModuleType(package)
    module.__spec__ = importlib.machinery.ModuleSpec(package, None, is_package=True)
    module.__spec__.submodule_search_locations = [str(path)]
    module.__path__ = [str(path)]
    module.__package__ = package
    module.__dict__.update(names)
    return module

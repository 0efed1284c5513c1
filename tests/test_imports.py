"""Start-up: importing framing, its CLI, and reading a document pull in no heavy package.

scikit-learn, scipy, numpy, matplotlib and rich are imported by the commands
that use them, and nltk's package ``__init__`` (which imports scipy and
scikit-learn) never runs: sentence splitting and Russian stems load their
own nltk modules only (:mod:`framing.nltk_modules`). Each check runs in a
fresh interpreter, as the test process has imported everything already.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HEAVY = ("sklearn", "scipy", "numpy", "matplotlib", "rich", "nltk")
# Prints, at exit, the heavy packages imported, and "nltk.*" if any nltk module is left in sys.modules.
_REPORT = f"""
import atexit, json, sys
def _report():
    found = [m for m in {HEAVY!r} if m in sys.modules]
    found += ["nltk.*"] if any(m.startswith("nltk.") for m in sys.modules) else []
    print(json.dumps(found), file=sys.stderr)
atexit.register(_report)
"""


def _heavy_imported(code: str) -> tuple[list[str], str]:
    """The heavy packages ``code`` imports in a fresh interpreter, and its stdout."""
    proc = subprocess.run([sys.executable, "-c", _REPORT + code], capture_output=True, text=True, check=True)
    return json.loads(proc.stderr.strip().splitlines()[-1]), proc.stdout


def test_importing_framing_and_the_cli_imports_no_heavy_package() -> None:
    code = "import framing, framing.cli\nfrom framing import compare, render, load_corpus\n"
    # nor tabulate, a third of the CLI's import time: ``framing --help`` prints no table
    assert _heavy_imported(code + "print('tabulate' in sys.modules)") == ([], "False\n")


def test_stopwords_are_read_without_scikit_learn() -> None:
    imported, out = _heavy_imported(
        "from framing.languages.stopwords import stopwords\nprint('the' in stopwords('en'))\n")
    assert (imported, out) == ([], "True\n")


def test_sentences_and_russian_stems_without_nltks_package() -> None:
    imported, out = _heavy_imported(
        "from framing.text import sentence_spans\n"
        "from framing.languages import ru\n"
        "text = 'Dr. Lind spoke on Monday. The bridge reopens.'\n"
        "print([text[s:e] for s, e in sentence_spans(text)], ru.stem('заявления'))\n"
    )
    assert out == "['Dr. Lind spoke on Monday.', 'The bridge reopens.'] заявлен\n"
    assert imported == []  # nor any nltk module left behind: a later ``import nltk`` gets the whole package


def test_compare_on_a_document_imports_no_heavy_package(tmp_path: Path) -> None:
    doc = tmp_path / "bridge.txt"
    doc.write_text("“The bridge will reopen on Friday,” the mayor said.\n\n"
                   "«Мост откроется в пятницу», — сказал мэр.\n", encoding="utf-8")
    imported, out = _heavy_imported(
        "import sys\nfrom framing.cli import main\n"
        f"sys.argv = ['framing', 'compare', {str(doc)!r}, '-f', 'csv']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print('tabulate' in sys.modules)\n"
    )
    assert out.startswith("actor,statements,tokens,")
    assert imported == []
    assert out.endswith("False\n")  # csv needs no tabulate


def test_a_registry_with_russian_aliases_loads_no_russian_morphology_for_english_text(tmp_path: Path) -> None:
    # whether an alias is a common noun is told by case in a cased script: no Russian tables needed
    doc = tmp_path / "bridge.txt"
    doc.write_text("“The bridge will reopen on Friday,” the mayor said.\n", encoding="utf-8")
    registry = tmp_path / "actors.yml"
    registry.write_text("actors:\n  mayor:\n    name: The mayor\n    aliases:\n      en: [the mayor]\n"
                        "      ru: [мэр, Мэр города]\n", encoding="utf-8")
    code = ("import sys\nfrom framing.cli import main\n"
            f"sys.argv = ['framing', 'compare', {str(doc)!r}, '--actors', {str(registry)!r}, '-f', 'csv']\n"
            "try:\n    main()\nexcept SystemExit:\n    pass\n"
            "print('pymorphy3' in sys.modules)\n")
    imported, out = _heavy_imported(code)
    assert out.startswith("actor,statements,tokens,") and "mayor," in out
    assert out.endswith("False\n")

"""Finding the speakers a registry misses, and the registry stub for them."""

from __future__ import annotations

import subprocess
import sys

import yaml

from framing.registry_file import parse_registry
from framing.discover import registry_stub, unknown_speakers
from framing.extract import extract_statements
from framing.model import Document

REGISTRY = parse_registry("actors:\n  un:\n    name: UN\n    aliases:\n      en: [Guterres]\n", path="r.yml")
TEXT = ("Guterres said the violence must stop.\n\n"
        "“They fired without warning,” said Tomas Weber, a shopkeeper.\n\n"
        "Tomas Weber, a shopkeeper, added that the shop was looted twice.\n\n"
        "“We are afraid,” said Anna Lind.\n")


def _speakers():
    doc = Document(id="d", text=TEXT, source="S")
    return unknown_speakers(extract_statements(doc, REGISTRY, narration=False))


def test_unknown_speakers_are_counted_most_frequent_first():
    rows = _speakers()
    assert [(r.mention, r.statements) for r in rows] == [("Tomas Weber", 2), ("Anna Lind", 1)]
    assert rows[0].example == "They fired without warning,"


def test_stub_is_a_registry_that_resolves_them():
    stub = registry_stub(_speakers())
    data = yaml.safe_load(stub)
    assert data["actors"]["anna_lind"] == {"name": "Anna Lind", "aliases": {"en": ["Anna Lind"]}}
    merged = parse_registry(stub, path="stub.yml")
    assert merged.resolve("Anna Lind", "en") == "anna_lind"


def test_cli_lists_unknown_speakers_of_a_corpus(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    registry = tmp_path / "r.yml"
    registry.write_text("actors:\n  un:\n    name: UN\n    aliases:\n      en: [Guterres]\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "framing", "actors", "--unknown", str(tmp_path / "a.txt"),
                          "--actors", str(registry), "-f", "csv"], capture_output=True, text=True, check=True)
    lines = out.stdout.splitlines()
    assert lines[0] == "mention,lang,statements,documents,example"
    assert lines[1].startswith("Tomas Weber,en,2,1,")

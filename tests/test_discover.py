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


# Mentions of one person across a corpus: a surname and the full name, inflected forms, two scripts,
# a description that gives the name, a time adverbial at the end.
PEOPLE = [("Prime Minister Tomas Brenner", "en", 3), ("Brenner", "en", 2), ("Елена Маркова", "ru", 2),
          ("Марковой", "ru", 1), ("Mihail Radu on Monday", "en", 2), ("سائق سيارة أجرة يدعى ميهاي رادو", "ar", 1),
          ("Anna Brenner", "en", 1), ("witnesses", "en", 1), ("شهود عيان", "ar", 1)]


def test_stub_merges_the_mentions_of_one_person():
    from framing.discover import UnknownSpeaker

    speakers = [UnknownSpeaker(m, lang, n, 1, "…") for m, lang, n in PEOPLE]
    actors = yaml.safe_load(registry_stub(speakers))["actors"]
    assert actors["prime_minister_tomas_brenner"]["aliases"] == {"en": ["Prime Minister Tomas Brenner", "Brenner"]}
    assert actors["elena_markova"]["aliases"] == {"ru": ["Елена Маркова", "Марковой"]}
    assert actors["mihail_radu"]["aliases"] == {"en": ["Mihail Radu"], "ar": ["ميهاي رادو"]}
    assert actors["anna_brenner"]["aliases"] == {"en": ["Anna Brenner"]}  # another first name: another person
    assert actors["witnesses"]["aliases"] == {"en": ["witnesses"]}
    assert actors["shhud_ian"]["aliases"] == {"ar": ["شهود عيان"]}  # an ASCII id for an Arabic mention, not actor_2
    assert all(key.isascii() for key in actors)


def test_evaluate_can_take_unregistered_speakers_as_one(tmp_path):
    text = "Guterres said the violence must stop. Tomas Weber said the shop was looted twice."
    (tmp_path / "d.txt").write_text(text, encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text('{"doc": "d", "actor": "un", "text": "the violence must stop"}\n'
                    '{"doc": "d", "actor": "other:tomas_weber", "text": "the shop was looted twice"}\n',
                    encoding="utf-8")
    registry = tmp_path / "r.yml"
    registry.write_text("actors:\n  un:\n    name: UN\n    aliases:\n      en: [Guterres]\n", encoding="utf-8")

    def attribution(*extra):
        out = subprocess.run([sys.executable, "-m", "framing", "evaluate", str(gold), str(tmp_path / "d.txt"),
                              "--actors", str(registry), "-f", "csv", *extra], capture_output=True, text=True,
                             check=True).stdout
        return next(line for line in out.splitlines() if line.startswith("attribution,all,all"))

    assert attribution().endswith(",2,2,1,0.5,0.5,0.5")
    assert attribution("--unregistered-as-one").endswith(",2,2,2,1.0,1.0,1.0")

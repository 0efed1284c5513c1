"""The hand-coded evaluation sets are consistent with their articles and registries.

Every record's text is the slice its offsets name, its actor is in the set's
registry (or ``unknown``), its kind and frames are valid, no record is
repeated, and every article has records. (Replaces the sets' own validator
scripts: data hygiene runs with the tests.)
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

from framing.registry_file import load_registry

DATA = Path(__file__).resolve().parent / "data"
SETS = ["articles", "russian", "dev2", "heldout"]
FRAMES = {"terrorism", "restraint", "dialogue", "disinformation", "foreign_interference", "sovereignty_order",
          "peacekeeping", "violence_casualties", "protest_legitimacy", "economic_grievance", "human_rights"}
KEYS = {"doc", "actor", "speaker", "kind", "start", "end", "text", "frames"}


def _texts(folder: Path) -> dict[str, str]:
    manifest = yaml.safe_load((folder / "corpus" / "corpus.yml").read_text(encoding="utf-8"))
    return {doc: (folder / "corpus" / f"{doc}.txt").read_text(encoding="utf-8")
            for doc in manifest["documents"]}


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("name", SETS)
def test_gold_records_match_their_articles(name):
    folder = DATA / name
    texts = _texts(folder)
    registry = load_registry(str(folder / "corpus" / "actors.yml"))
    seen, per_doc = set(), {doc: 0 for doc in texts}
    for number, record in enumerate(_records(folder / "gold.jsonl"), 1):
        where = f"{name}/gold.jsonl:{number}"
        assert set(record) == KEYS, where
        text = texts[record["doc"]]
        start, end = record["start"], record["end"]
        assert 0 <= start < end <= len(text) and text[start:end] == record["text"], where
        assert record["actor"] == "unknown" or record["actor"] in registry, where
        assert record["kind"] in ("direct", "indirect"), where
        assert set(record["frames"]) <= FRAMES, where
        key = (record["doc"], record["actor"], start, end)
        assert key not in seen, f"{where}: duplicate"
        seen.add(key)
        per_doc[record["doc"]] += 1
    assert all(per_doc.values()), f"{name}: articles without gold records"


def test_seed_gold_matches_the_bundled_article():
    text = (Path(__file__).resolve().parents[1] / "corpora" / "kazakhstan-2022"
            / "almayadeen-2022-01-06.txt").read_text(encoding="utf-8")
    for number, record in enumerate(_records(DATA / "seed_gold.jsonl"), 1):
        assert text[record["start"]:record["end"]] == record["text"], f"seed_gold.jsonl:{number}"

"""How many documents a corpus holds, for progress with a total; None when it is not cheap to know."""

from __future__ import annotations

import gzip
import json

from framing.corpus.count import corpus_size


def test_corpus_size(tmp_path) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("One.\n", encoding="utf-8")
    (folder / "b.md").write_text("Two.\n", encoding="utf-8")
    lines = "".join(json.dumps({"id": f"d{i}", "text": "x"}) + "\n" for i in range(5))
    (tmp_path / "c.jsonl").write_text(lines + "\n\n" + json.dumps({"id": "last", "text": "y"}), encoding="utf-8")
    (tmp_path / "d.csv").write_text("id,text\n1,a\n2,b\n", encoding="utf-8")
    assert corpus_size([str(folder)]) == 2
    assert corpus_size([str(tmp_path / "c.jsonl")]) == 6  # blank lines are no documents; the last line has no end
    assert corpus_size([str(folder), str(tmp_path / "d.csv")]) == 4
    assert corpus_size(["kazakhstan-2022"]) == 1
    (tmp_path / "e.jsonl.gz").write_bytes(gzip.compress(lines.encode()))
    assert corpus_size([str(folder), str(tmp_path / "e.jsonl.gz")]) is None  # compressed: not counted
    assert corpus_size(["-"]) is None

#!/usr/bin/env python3
"""Compare `framing compare --unit document --by doc --metric count` with liwc 0.5.0 reference counts.

    python3 tests/data/lexicon-fixtures/compare_reference.py                  # the 6 texts copied here
    python3 tests/data/lexicon-fixtures/compare_reference.py \\
        --texts ../shared/lexicon-fixtures/texts/sotu_last50.jsonl \\
        --reference ../shared/lexicon-fixtures/reference_counts.jsonl       # all 50

For each .dic it runs the CLI twice, on the dictionary as published and on a
copy without its multi-word entries (liwc never matches those), and reports
per document x category cell whether ``hits`` equals the reference (a match
a negator governs is a hit with polarity ``negated``: liwc has no negation),
how many hits are negated, and whether every remaining difference lies in a
cell that the phrase entries change. Prints one summary line per dictionary.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
TARGETS = {"mfd2.0.dic": "merge-duplicate-terms", "framing-bench.dic": "none"}


def run_cli(dic: Path, texts: Path) -> dict[str, dict]:
    out = subprocess.run(
        [sys.executable, "-m", "framing", "compare", "--unit", "document", "--by", "doc", "--metric", "count",
         "-f", "json", "-l", str(dic), str(texts)],
        cwd=ROOT, capture_output=True, text=True, check=True)
    return {row["doc"]: row for row in json.loads(out.stdout)["rows"]}


def without_phrases(dic: Path, folder: Path) -> Path:
    """A copy of a .dic without the entries whose term has a space."""
    lines = dic.read_text(encoding="utf-8").replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    body = [line for line in lines[marks[1] + 1:] if " " not in line.split("\t")[0].strip()]
    out = folder / dic.name
    out.write_text("\n".join(lines[:marks[1] + 1] + body) + "\n", encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--texts", type=Path, default=HERE / "sotu_subset.jsonl")
    ap.add_argument("--reference", type=Path, default=HERE / "reference_counts_subset.jsonl")
    ap.add_argument("--dic", type=Path, action="append", help="default: mfd2.0.dic and framing-bench.dic here")
    args = ap.parse_args(argv)
    refs = [json.loads(line) for line in args.reference.read_text(encoding="utf-8").splitlines()]
    doc_ids = {json.loads(line)["id"] for line in args.texts.read_text(encoding="utf-8").splitlines()}
    for dic in args.dic or [HERE / name for name in TARGETS]:
        want = {r["doc_id"]: r for r in refs if r["dictionary"] == dic.name
                and r["preprocess"] == TARGETS.get(dic.name, "none") and r["doc_id"] in doc_ids}
        with tempfile.TemporaryDirectory() as tmp:
            full = run_cli(dic, args.texts)
            plain = run_cli(without_phrases(dic, Path(tmp)), args.texts)
        cells = hits_equal = plain_equal = explained = tokens_equal = negated = 0
        for doc_id, ref in sorted(want.items()):
            tokens_equal += full[doc_id]["tokens"] == ref["n_tokens"]
            for category, expected in ref["counts"].items():
                cells += 1
                hits, bare = full[doc_id]["hits"][category], plain[doc_id]["hits"][category]
                negated += full[doc_id]["polarity"][category]["negated"]
                hits_equal += hits == expected
                plain_equal += bare == expected
                explained += hits != expected and hits != bare
        print(f"{dic.name}: {len(want)} documents, {cells} cells; tokens equal in {tokens_equal}; "
              f"hits = reference in {hits_equal} ({negated} hits negated); "
              f"without phrase entries, hits = reference in {plain_equal}; "
              f"the {cells - hits_equal} other cells all changed by phrase entries: "
              f"{'yes' if explained == cells - hits_equal else 'NO'} ({explained})")


if __name__ == "__main__":
    main()

"""Consistency check for the held-out evaluation set in this folder.

Run:  python3 tests/data/heldout/validate.py
Checks every gold record against its article (offsets, text), the actor
registry (which must load with framing.actors.load_registry), the frame ids and
the span conventions of README.md, and prints counts per language and kind.
It also reports, for information only, gold speakers that the registry does
not resolve to their gold actor (pronouns, anaphors and "unknown" excluded).
Exits non-zero on any error. (Deliberately not named test_*.py: it is data
hygiene, not a test of the code, and pytest must not collect it.)
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
FRAMES = {
    "terrorism", "restraint", "dialogue", "disinformation", "foreign_interference",
    "sovereignty_order", "peacekeeping", "violence_casualties", "protest_legitimacy",
    "economic_grievance", "human_rights",
}
KINDS = {"direct", "indirect"}
OPEN_Q = "“\"«‘„"
CLOSE_Q = "”\"»’“"
KEYS = {"doc", "actor", "speaker", "kind", "start", "end", "text", "frames"}
# speakers that are pronouns or anaphors; the registry is not expected to resolve them
ANAPHORS = {"he", "she", "it", "they", "which", "Its Defense Ministry", "معاليه"}


def main() -> int:
    errors: list[str] = []
    notes: list[str] = []
    corpus = yaml.safe_load((HERE / "corpus" / "corpus.yml").read_text(encoding="utf-8"))
    actors = yaml.safe_load((HERE / "corpus" / "actors.yml").read_text(encoding="utf-8"))["actors"]
    for aid, a in actors.items():
        if not isinstance(a.get("name"), str) or not isinstance(a.get("aliases"), dict):
            errors.append(f"actor {aid}: needs name and aliases")
        elif not a["aliases"].get("en") or not a["aliases"].get("ar"):
            errors.append(f"actor {aid}: needs en and ar aliases")

    registry = None
    sys.path.insert(0, str(ROOT))
    try:
        from framing.actors import load_registry

        registry = load_registry(str(HERE / "corpus" / "actors.yml"))
    except Exception as e:  # noqa: BLE001 - report any loader failure
        errors.append(f"actors.yml does not load: {type(e).__name__}: {e}")

    docs = corpus["documents"]
    texts = {}
    for doc_id, meta in docs.items():
        raw = (HERE / "corpus" / f"{doc_id}.txt").read_bytes()
        if b"\r" in raw:
            errors.append(f"{doc_id}: contains \\r")
        texts[doc_id] = raw.decode("utf-8")
        if texts[doc_id].split("\n", 1)[0] != meta.get("title"):
            errors.append(f"{doc_id}: title in corpus.yml differs from first line")
    lang_of = {d: (m.get("lang") or corpus.get("defaults", {}).get("lang")) for d, m in docs.items()}

    seen = set()
    per_doc = Counter()
    counts = Counter()
    spans = set()
    records = [json.loads(l) for l in (HERE / "gold.jsonl").read_text(encoding="utf-8").splitlines() if l.strip()]
    for i, r in enumerate(records, 1):
        where = f"gold line {i}"
        if set(r) != KEYS:
            errors.append(f"{where}: keys {sorted(r)}")
            continue
        doc = r["doc"]
        if doc not in texts:
            errors.append(f"{where}: unknown doc {doc}")
            continue
        text = texts[doc]
        s, e = r["start"], r["end"]
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: bad offsets {s}-{e}")
            continue
        if text[s:e] != r["text"]:
            errors.append(f"{where}: text mismatch {text[s:e]!r} != {r['text']!r}")
        if r["actor"] != "unknown" and r["actor"] not in actors:
            errors.append(f"{where}: actor {r['actor']} not in actors.yml")
        if r["kind"] not in KINDS:
            errors.append(f"{where}: kind {r['kind']}")
        if not isinstance(r["frames"], list) or set(r["frames"]) - FRAMES or len(set(r["frames"])) != len(r["frames"]):
            errors.append(f"{where}: frames {r['frames']}")
        if not r["speaker"] or r["speaker"] != r["speaker"].strip():
            errors.append(f"{where}: speaker {r['speaker']!r}")
        elif r["speaker"] not in text:
            errors.append(f"{where}: speaker {r['speaker']!r} does not occur in {doc}")
        span = r["text"]
        if span != span.strip():
            errors.append(f"{where}: span has outer whitespace")
        if "\n" in span:
            errors.append(f"{where}: span crosses a paragraph break")
        if text.split("\n", 1)[0] and s < len(text.split("\n", 1)[0]):
            errors.append(f"{where}: span is in the headline")
        if r["kind"] == "direct":
            before, after = text[s - 1 : s], text[e : e + 1]
            if before not in OPEN_Q or after not in CLOSE_Q:
                errors.append(f"{where}: direct span not enclosed in quote marks: {before!r}…{after!r}")
        else:
            if span.endswith(".") and not span.endswith(("a.m.", "p.m.")):
                errors.append(f"{where}: indirect span ends with the sentence period")
        key = (doc, r["actor"], s, e)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        spans.add((doc, s, e))
        per_doc[doc] += 1
        lang = lang_of[doc]
        counts[(lang, r["kind"])] += 1
        counts[(lang, "unknown" if r["actor"] == "unknown" else "known")] += 1
        counts[(lang, "spans", doc, s, e)] = 1
        if registry is not None and r["actor"] != "unknown" and r["speaker"] not in ANAPHORS:
            got = registry.resolve(r["speaker"], lang)
            if got != r["actor"]:
                notes.append(f"{doc}: speaker {r['speaker']!r} resolves to {got!r}, gold {r['actor']!r}")

    for doc in docs:
        if not per_doc[doc]:
            errors.append(f"{doc}: no gold records")

    for err in errors:
        print("ERROR", err)
    for note in notes:
        print("note ", note)
    for doc in docs:
        words = len(texts[doc].split())
        if not 150 <= words <= 450:
            print(f"ERROR {doc}: {words} words, outside 150-450")
            errors.append("length")
        print(f"{doc:34} {lang_of[doc]}  words={words:4}  statements={per_doc[doc]}")
    for lang in sorted({k[0] for k in counts}):
        d, ind = counts[(lang, "direct")], counts[(lang, "indirect")]
        n_spans = sum(1 for k in counts if k[0] == lang and k[1] == "spans")
        print(f"{lang}: {d + ind} records (direct {d}, indirect {ind}; distinct spans {n_spans}; "
              f"unknown actor {counts[(lang, 'unknown')]})")
    print(f"total: {len(records)} records, {len(errors)} errors")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

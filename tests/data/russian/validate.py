"""Consistency check for the Russian evaluation set in this folder.

Run:  python3 tests/data/russian/validate.py
Checks every gold record against its article (offsets, text), the actor
registry, the frame ids and the span conventions of README.md, and prints
counts per kind. Exits non-zero on any data error.

Registry: it tries framing.actors.load_registry on corpus/actors.yml. If the
loader rejects the `ru` alias key (it did when this set was written: only
`en` and `ar` were accepted), that is printed as a WARNING, not an error.
Either way the script checks the rest itself: the file loads once the `ru`
lists are removed, every actor has `ru` and `en` aliases, and no `ru` alias
belongs to two actors (compared case-folded, with ё read as е). For
information it reports which gold speakers the registry does not resolve to
their gold actor: with the real registry and lang "ru" when it loads, else
with exact-alias lookup (the `ru` lists relabelled `en`). Pronouns, anaphors
and "unknown" are excluded; unknown speakers that contain an alias are listed. (Deliberately not named test_*.py: pytest must not
collect it.)
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
OPEN_Q = "«„“\""
CLOSE_Q = "»“”\""
KEYS = {"doc", "actor", "speaker", "kind", "start", "end", "text", "frames"}
# speakers that are pronouns or anaphoric nouns; no registry is expected to resolve them
ANAPHORS = {"он", "она", "Он", "Она", "его", "ведомства", "ведомстве", "пресс-службы", "политик", "комиссии"}


def fold(s: str) -> str:
    return " ".join(s.casefold().replace("ё", "е").replace("«", "").replace("»", "").split())


def main() -> int:
    errors: list[str] = []
    warnings: list[str] = []
    notes: list[str] = []
    reg_path = HERE / "corpus" / "actors.yml"
    reg_text = reg_path.read_text(encoding="utf-8")
    actors = yaml.safe_load(reg_text)["actors"]
    owner: dict[str, str] = {}
    for aid, a in actors.items():
        if not isinstance(a.get("name"), str) or not isinstance(a.get("aliases"), dict):
            errors.append(f"actor {aid}: needs name and aliases")
            continue
        if not a["aliases"].get("ru") or not a["aliases"].get("en"):
            errors.append(f"actor {aid}: needs ru and en aliases")
        for alias in a["aliases"].get("ru", []):
            k = fold(alias)
            if k in owner and owner[k] != aid:
                errors.append(f"ru alias {alias!r} of {aid} is also an alias of {owner[k]}")
            owner[k] = aid

    sys.path.insert(0, str(ROOT))
    from framing.actors import load_registry, parse_registry

    registry = None
    lookup_lang = "en"
    try:
        registry = load_registry(str(reg_path))
        lookup_lang = "ru"
        print("registry: load_registry accepts actors.yml (ru aliases included); speaker report uses it with lang ru")
    except Exception as e:  # noqa: BLE001
        if "'ru'" in str(e):
            warnings.append(f"load_registry rejects the ru key: {e}")
        else:
            errors.append(f"actors.yml does not load: {type(e).__name__}: {e}")
    # the file without its ru lists must load; a copy with ru relabelled en serves the speaker report
    no_ru = {"actors": {aid: {**a, "aliases": {k: v for k, v in a["aliases"].items() if k != "ru"}}
                        for aid, a in actors.items()}}
    try:
        parse_registry(yaml.safe_dump(no_ru, allow_unicode=True), path="actors.yml without ru")
    except Exception as e:  # noqa: BLE001
        errors.append(f"actors.yml without ru does not load: {e}")
    as_en = {"actors": {aid: {**a, "aliases": {"en": list(a["aliases"].get("en", [])) + list(a["aliases"].get("ru", []))}}
                        for aid, a in actors.items()}}
    try:
        fallback = parse_registry(yaml.safe_dump(as_en, allow_unicode=True), path="actors.yml ru-as-en")
        if registry is None:
            registry = fallback
            print("registry: speaker report uses exact-alias lookup (ru relabelled en)")
    except Exception as e:  # noqa: BLE001
        errors.append(f"actors.yml with ru relabelled en does not load: {e}")

    corpus = yaml.safe_load((HERE / "corpus" / "corpus.yml").read_text(encoding="utf-8"))
    docs = corpus["documents"]
    texts = {}
    for doc_id, meta in docs.items():
        raw = (HERE / "corpus" / f"{doc_id}.txt").read_bytes()
        if b"\r" in raw:
            errors.append(f"{doc_id}: contains \\r")
        texts[doc_id] = raw.decode("utf-8")
        if texts[doc_id].split("\n", 1)[0] != meta.get("title"):
            errors.append(f"{doc_id}: title in corpus.yml differs from first line")
        if (meta.get("lang") or corpus.get("defaults", {}).get("lang")) != "ru":
            errors.append(f"{doc_id}: lang is not ru")

    seen = set()
    spans = set()
    per_doc = Counter()
    counts = Counter()
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
        if s < len(text.split("\n", 1)[0]):
            errors.append(f"{where}: span is in the headline")
        if r["kind"] == "direct":
            before, after = text[s - 1 : s], text[e : e + 1]
            if before not in OPEN_Q or after not in CLOSE_Q:
                errors.append(f"{where}: direct span not enclosed in quote marks: {before!r}…{after!r}")
        elif span.endswith("."):
            errors.append(f"{where}: indirect span ends with the sentence period")
        key = (doc, r["actor"], s, e)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        spans.add((doc, s, e))
        per_doc[doc] += 1
        counts[r["kind"]] += 1
        counts["unknown" if r["actor"] == "unknown" else "known"] += 1
        if registry is not None and r["actor"] != "unknown" and r["speaker"] not in ANAPHORS:
            got = registry.resolve(r["speaker"], lookup_lang)
            if got != r["actor"]:
                notes.append(f"{doc}: speaker {r['speaker']!r} -> {got!r}, gold {r['actor']!r}")
        if registry is not None and r["actor"] == "unknown":
            got = registry.resolve(r["speaker"], lookup_lang)
            if got is not None:
                notes.append(f"{doc}: unknown speaker {r['speaker']!r} contains an alias of {got!r}")

    for doc in docs:
        if not per_doc[doc]:
            errors.append(f"{doc}: no gold records")

    for err in errors:
        print("ERROR", err)
    for w in warnings:
        print("WARNING", w)
    for note in notes:
        print("note ", note)
    for doc in docs:
        words = len(texts[doc].split())
        if not 150 <= words <= 400:
            errors.append(f"{doc}: {words} words, outside 150-400")
            print("ERROR", errors[-1])
        print(f"{doc:34} ru  words={words:4}  statements={per_doc[doc]}")
    print(f"ru: {counts['direct'] + counts['indirect']} records (direct {counts['direct']}, "
          f"indirect {counts['indirect']}; distinct spans {len(spans)}; unknown actor {counts['unknown']})")
    print(f"total: {len(records)} records, {len(errors)} errors, {len(warnings)} warnings")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

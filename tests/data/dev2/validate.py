"""Consistency check for the second hand-coded development set (tests/data/dev2).

Run:  python3 tests/data/dev2/validate.py

Checks every gold record against its article (offsets, text == article[start:end]),
the actor registry (actor ids, and that corpus/actors.yml loads with
framing.actors.load_registry), the frame ids, and the span conventions of
README.md; checks article length (200-500 words) and the language mix; prints
counts per language and kind. Exits non-zero on any data error.

For information it also lists gold speakers that the registry does not resolve
to their gold actor (pronouns, anaphoric nouns and descriptions listed in
ANAPHORS are skipped), and `unknown` speakers that contain a registry alias.
These notes are expected (see README.md, "Registry notes"); they are not errors.

Deliberately not named test_*.py: pytest must not collect it.
"""

from __future__ import annotations

import json
import re
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
LANGS = {"en": 5, "ar": 4, "ru": 3}
MIN_RECORDS = 150
OPEN_Q = "\"“«„"
CLOSE_Q = "\"”»“"
KEYS = {"doc", "actor", "speaker", "kind", "start", "end", "text", "frames"}
# Speakers no registry is expected to resolve: pronouns, anaphoric nouns and
# descriptions whose referent comes from the context.
ANAPHORS = {
    "en": {"he", "He", "she", "She", "it", "they", "His office", "Her campaign", "the company",
           "the mine's operator", "The presidential office", "The president’s office", "The tribunal",
           "both sides", "The joint communique issued at the end of the round"},
    "ar": {"الهيئة", "الوزارة", "الجيش", "البيان الختامي الصادر عن الوفدين"},
    "ru": {"он", "Он", "она", "ее", "его", "ведомства", "глава региона", "губернатор", "следствия", "СК"},
}


def main() -> int:
    errors: list[str] = []
    notes: list[str] = []

    # ---- registry ----
    reg_path = HERE / "corpus" / "actors.yml"
    actors = yaml.safe_load(reg_path.read_text(encoding="utf-8"))["actors"]
    for aid, a in actors.items():
        if not isinstance(a.get("name"), str) or not isinstance(a.get("aliases"), dict):
            errors.append(f"actor {aid}: needs name and aliases")
        elif not a["aliases"].get("en"):
            errors.append(f"actor {aid}: needs en aliases")
        elif set(a["aliases"]) - set(LANGS):
            errors.append(f"actor {aid}: alias languages {sorted(a['aliases'])}")
    sys.path.insert(0, str(ROOT))
    registry = None
    try:
        from framing.actors import load_registry

        registry = load_registry(str(reg_path))
    except Exception as e:  # noqa: BLE001
        errors.append(f"actors.yml does not load: {type(e).__name__}: {e}")

    # ---- corpus ----
    corpus = yaml.safe_load((HERE / "corpus" / "corpus.yml").read_text(encoding="utf-8"))
    docs = corpus["documents"]
    texts: dict[str, str] = {}
    lang_of: dict[str, str] = {}
    for doc_id, meta in docs.items():
        path = HERE / "corpus" / f"{doc_id}.txt"
        raw = path.read_bytes()
        if b"\r" in raw:
            errors.append(f"{doc_id}: contains \\r")
        texts[doc_id] = raw.decode("utf-8")
        if texts[doc_id].split("\n", 1)[0] != meta.get("title"):
            errors.append(f"{doc_id}: title in corpus.yml differs from first line")
        lang_of[doc_id] = meta.get("lang") or corpus.get("defaults", {}).get("lang")
        words = len(texts[doc_id].split())
        if not 200 <= words <= 500:
            errors.append(f"{doc_id}: {words} words, outside 200-500")
    extra = sorted(p.stem for p in (HERE / "corpus").glob("*.txt") if p.stem not in docs)
    if extra:
        errors.append(f"texts not in corpus.yml: {extra}")
    per_lang = Counter(lang_of.values())
    if dict(per_lang) != LANGS:
        errors.append(f"articles per language {dict(per_lang)}, expected {LANGS}")

    # ---- gold ----
    seen = set()
    spans = Counter()
    per_doc = Counter()
    counts = Counter()
    frames_used = Counter()
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
        text, lang = texts[doc], lang_of[doc]
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
        else:
            frames_used.update(r["frames"])
        sp = r["speaker"]
        if not isinstance(sp, str) or not sp or sp != sp.strip():
            errors.append(f"{where}: speaker {sp!r}")
        elif sp not in text:
            errors.append(f"{where}: speaker {sp!r} does not occur in {doc}")
        span = r["text"]
        if span != span.strip():
            errors.append(f"{where}: span has outer whitespace")
        if "\n" in span:
            errors.append(f"{where}: span crosses a paragraph break")
        if s < len(text.split("\n", 1)[0]):
            errors.append(f"{where}: span is in the headline")
        if r["kind"] == "direct":
            before, after = text[s - 1: s], text[e: e + 1]
            # a quote running on into the next paragraph has no closing mark here;
            # the next paragraph must reopen the quote (README, decision 3)
            runs_on = after == "\n" and re.match(r"\n+[\"“«„]", text[e:]) is not None
            if before not in OPEN_Q or (after not in CLOSE_Q and not runs_on):
                errors.append(f"{where}: direct span not enclosed in quote marks: {before!r}…{after!r}")
        elif span.endswith(".") and not span.endswith(("a.m.", "p.m.")):
            errors.append(f"{where}: indirect span ends with the sentence period")
        key = (doc, r["actor"], s, e)
        if key in seen:
            errors.append(f"{where}: duplicate {key}")
        seen.add(key)
        spans[(doc, s, e)] += 1
        per_doc[doc] += 1
        counts[(lang, r["kind"])] += 1
        counts[(lang, "records")] += 1
        counts[(lang, "unknown" if r["actor"] == "unknown" else "known")] += 1
        if not r["frames"]:
            counts[(lang, "no_frame")] += 1
        if registry is not None and isinstance(sp, str):
            got = registry.resolve(sp, lang)
            if r["actor"] == "unknown":
                if got is not None:
                    notes.append(f"{doc}: unknown speaker {sp!r} contains an alias of {got!r}")
            elif sp not in ANAPHORS.get(lang, ()) and got != r["actor"]:
                notes.append(f"{doc}: speaker {sp!r} -> {got!r}, gold {r['actor']!r}")
    for (doc, s, e), n in spans.items():
        counts[(lang_of[doc], "spans")] += 1
    for doc in docs:
        if not per_doc[doc]:
            errors.append(f"{doc}: no gold records")
    if len(records) < MIN_RECORDS:
        errors.append(f"{len(records)} records, fewer than {MIN_RECORDS}")

    # ---- report ----
    for err in errors:
        print("ERROR", err)
    for note in notes:
        print("note ", note)
    for doc in docs:
        words = len(texts[doc].split())
        print(f"{doc:42} {lang_of[doc]}  words={words:4}  records={per_doc[doc]}")
    for lang in LANGS:
        c = lambda k: counts[(lang, k)]  # noqa: E731
        print(f"{lang}: {c('records')} records (direct {c('direct')}, indirect {c('indirect')}; "
              f"distinct spans {c('spans')}; unknown actor {c('unknown')}; no frame {c('no_frame')})")
    print("frames:", ", ".join(f"{k} {v}" for k, v in frames_used.most_common()))
    print(f"total: {len(records)} records, {len(errors)} errors, {len(notes)} notes")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())

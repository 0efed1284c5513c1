"""Refit the confidence model of statements on the project's hand-coded sets.

    python benchmarks/fit_confidence.py            # refit, write framing/extract/confidence.json, report
    python benchmarks/fit_confidence.py --check    # exit 1 if the shipped model is not what a refit gives

Extraction runs over the project's own sets (the seed story and
tests/data/{articles,russian,dev2,heldout}); each predicted statement is an
example, labelled right when it matches a gold statement with the same
actor (the matching of ``framing evaluate``). A logistic regression over the
one-hot features of how each statement was found
(:func:`framing.extract.confidence.features`) is fitted with scikit-learn and
its coefficients are written as data; the package reads them without
scikit-learn. The report gives, per confidence band, how many training
statements fall in it and how many are right, and the same for each set
fitted without it (leave one set out), which is the fairer view of how the
model does on news it has not seen. Calibration on real news is reported by
``benchmarks/realnews.py``.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression

from framing.corpus import load_corpus
from framing.evaluate import BANDS, evaluate_corpus, in_band, match
from framing.extract.confidence import features, probability
from framing.registry_file import load_registry

ROOT = Path(__file__).resolve().parents[1]
MODEL = ROOT / "framing" / "extract" / "confidence.json"
DATA = ROOT / "tests" / "data"
SETS = ("articles", "russian", "dev2", "heldout")
C = 1.0  # inverse L2 strength: the examples are few and the features many


def examples() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """Per set, (features, right) of every predicted statement."""
    found = {"seed": _examples(list(load_corpus("kazakhstan-2022")), load_registry("kazakhstan-2022"),
                               DATA / "seed_gold.jsonl")}
    for name in SETS:
        corpus = DATA / name / "corpus"
        found[name] = _examples(list(load_corpus(str(corpus))), load_registry(str(corpus / "actors.yml")),
                                DATA / name / "gold.jsonl")
    return found


def _examples(documents, registry, gold: Path) -> list[tuple[tuple[str, ...], int]]:
    ev = evaluate_corpus(documents, registry, gold.read_text(encoding="utf-8").splitlines(), gold_path=str(gold))
    right = {i for i, _ in match(ev.predicted, ev.gold)}
    return [(features(s.clues), int(i in right)) for i, s in enumerate(ev.predicted)]


def fit(rows: list[tuple[tuple[str, ...], int]]) -> dict:
    """The fitted model as data: intercept and one weight per feature, rounded."""
    vectorizer = DictVectorizer(sort=True)
    x = vectorizer.fit_transform([{f: 1 for f in fs} for fs, _ in rows])
    y = [label for _, label in rows]
    model = LogisticRegression(C=C, max_iter=5000).fit(x, y)
    weights = {name: round(float(w), 6) for name, w in zip(vectorizer.feature_names_, model.coef_[0])}
    return {"intercept": round(float(model.intercept_[0]), 6), "weights": weights, "examples": len(rows),
            "right": sum(y), "C": C}


def bands(model: dict, rows: list[tuple[tuple[str, ...], int]]) -> list[tuple[str, int, int]]:
    """(band, statements, right) per confidence band of ``model`` on ``rows``."""
    out = []
    for low, high in BANDS:
        inside = [label for fs, label in rows
                  if in_band(probability(model["intercept"], model["weights"], fs), low, high)]
        out.append((f"{low:.1f}-{high:.1f}", len(inside), sum(inside)))
    return out


def report(by_set: dict[str, list], model: dict) -> str:
    lines = [f"fitted on {model['examples']} statements ({model['right']} right) of "
             f"{', '.join(by_set)}; {len(model['weights'])} features", "",
             "band      training (n, right, share right) | leave-one-set-out (n, right, share right)"]
    outside: list[tuple[str, int, int]] = [(b, 0, 0) for b, _, _ in bands(model, [])]
    for name, rows in by_set.items():
        held = fit([r for other, rs in by_set.items() if other != name for r in rs])
        outside = [(b, n + m, k + j) for (b, n, k), (_, m, j) in zip(outside, bands(held, rows))]
    every = [r for rs in by_set.values() for r in rs]
    for (band, n, k), (_, m, j) in zip(bands(model, every), outside):
        lines.append(f"{band}   {n:5d} {k:5d} {k / n if n else 0:6.3f}        | {m:5d} {j:5d} {j / m if m else 0:6.3f}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="only check that the shipped model is up to date")
    args = parser.parse_args(argv)
    by_set = examples()
    model = fit([r for rows in by_set.values() for r in rows])
    text = json.dumps(model, indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if args.check:
        if MODEL.read_text(encoding="utf-8") != text:
            print(f"{MODEL.relative_to(ROOT)} is out of date: run python benchmarks/fit_confidence.py",
                  file=sys.stderr)
            return 1
        return 0
    MODEL.write_text(text, encoding="utf-8")
    print(report(by_set, model))
    print(f"\nwrote {MODEL.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Attribution accuracy on the bundled seed article against its hand-coded statements.

The gold file (tests/data/seed_gold.jsonl) is a copy of the project's
hand-coded evaluation data; the tool itself never reads it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.actors import load_registry
from framing.corpus import load_corpus
from framing.evaluate import parse_gold, score
from framing.extract import extract_statements

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture(scope="module")
def scores():
    docs = list(load_corpus("kazakhstan-2022"))
    registry = load_registry("kazakhstan-2022")
    predicted = [s for d in docs for s in extract_statements(d, registry, narration=False)]
    gold = parse_gold((DATA / "seed_gold.jsonl").read_text(encoding="utf-8").splitlines())
    return score(predicted, gold, key="lang"), score(predicted, gold, key="lang", by_actor=False)


def test_english_attribution_f1(scores):
    attribution, _ = scores
    assert attribution["en"].f1 >= 0.95, attribution["en"]


def test_arabic_attribution_f1(scores):
    attribution, _ = scores
    assert attribution["ar"].f1 >= 0.92, attribution["ar"]


def test_extraction_alone_is_at_least_attribution(scores):
    attribution, extraction = scores
    for lang in ("en", "ar"):
        assert extraction[lang].f1 >= attribution[lang].f1


@pytest.fixture(scope="module")
def dev_scores():
    """The project's own hand-coded articles (tests/data/articles): other events, outlets, wording."""
    root = DATA / "articles"
    docs = list(load_corpus(str(root / "corpus")))
    registry = load_registry(str(root / "corpus" / "actors.yml"))
    predicted = [s for d in docs for s in extract_statements(d, registry, narration=False)]
    gold = parse_gold((root / "gold.jsonl").read_text(encoding="utf-8").splitlines())
    return score(predicted, gold, key="lang")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_attribution_generalises_to_other_articles(dev_scores, lang):
    assert dev_scores[lang].f1 >= 0.93, dev_scores[lang]

"""The learned confidence of statements: shipped up to date, ordered by how a statement was found."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from framing.actors import Actor, ActorRegistry
from framing.extract import extract_statements
from framing.extract.confidence import Clues, confidence, features
from framing.model import Document

ROOT = Path(__file__).resolve().parents[2]


def _fit_script():
    spec = importlib.util.spec_from_file_location("fit_confidence", ROOT / "benchmarks" / "fit_confidence.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_shipped_model_is_what_a_refit_gives():
    """A change to extraction changes the training examples: the coefficients must be refitted with it."""
    assert _fit_script().main(["--check"]) == 0


def test_features_are_one_hot_names():
    clues = Clues("verb", "name", "en", "direct", subject="name", speaker="registered", near=True, saying=True,
                  words=12, side="after", speaker_words=2)
    assert features(clues) == (
        "construction=verb", "how=name", "lang=en", "kind=direct", "subject=name", "speaker=registered",
        "words=<=20", "en:construction=verb", "en:how=name", "en:speaker=registered", "side=after",
        "speaker_words=<=3", "near", "saying")


REGISTRY = ActorRegistry([Actor("ministry", "Ministry of Transport", {"en": ("Ministry of Transport",)}),
                          Actor("union", "Dockworkers' Union", {"en": ("Dockworkers' Union",)})])

TEXT = ("The Ministry of Transport said on Friday that the ferry timetable would return to normal next week.\n\n"
        "A harbour official who asked not to be named said the repairs were taking longer than planned.\n\n"
        "“We have not been consulted,” the Dockworkers' Union said in a statement.\n\n"
        "“Our members will keep working until the storm season ends.”")


def _by_content() -> dict[str, float]:
    doc = Document("d1", TEXT, lang="en")
    return {s.text[:20]: s.confidence for s in extract_statements(doc, REGISTRY, narration=False)}


def test_a_named_registered_speaker_is_surer_than_an_unknown_one_or_a_continuation():
    found = _by_content()
    named, unknown = found["the ferry timetable "], found["the repairs were tak"]
    quoted, continued = found["We have not been con"], found["Our members will kee"]
    assert named > unknown
    assert quoted > continued
    assert all(0.0 < c < 1.0 for c in found.values())


def test_confidence_is_a_rounded_probability():
    value = confidence(Clues("continuation", "continuation", "ru", "direct"))
    assert value == round(value, 3) and 0.0 < value < 1.0


@pytest.mark.parametrize("lang", ["en", "ar", "ru"])
def test_every_language_has_weights_of_its_own(lang):
    from framing.extract.confidence import _model

    _, weights = _model()
    assert any(name.startswith(f"{lang}:") for name in weights)

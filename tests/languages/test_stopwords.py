"""languages/stopwords: the shipped lists, proclitics, negators, and that the lists ship in the wheel."""

from __future__ import annotations

import tomllib
from importlib import resources
from pathlib import Path

import pytest

from framing import languages
from framing.languages.stopwords import is_stopword, stopwords
from framing.text import WORD_RE

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = "framing.languages.stopwords"


def _entries(code: str) -> list[str]:
    text = resources.files(PACKAGE).joinpath(f"{code}.txt").read_text(encoding="utf-8")
    return [e for e in (line.split("#", 1)[0].strip() for line in text.splitlines()) if e]


@pytest.mark.parametrize("lang,word,expected", [
    ("en", "the", True),
    ("en", "The", True),            # normalised as the language does
    ("en", "said", True),           # reporting verbs only report
    ("en", "not", True),            # a negator
    ("en", "terrorism", False),
    ("en", "fire", False),          # scikit-learn's list has it; "exchange of fire" is news
    ("en", "restraint", False),
    ("ar", "على", True),            # written with alef maqsura, listed so
    ("ar", "علي", True),            # the normalised key is the same
    ("ar", "وفي", True),            # wa + a listed word
    ("ar", "وبهذا", True),          # wa + bi + a listed word
    ("ar", "كذلك", True),
    ("ar", "قالت", True),
    ("ar", "غير", True),            # a negator
    ("ar", "إرهاب", False),
    ("ar", "الله", False),          # the article is no proclitic: al + lahu is not "لله"
    ("ar", "ولي", False),           # wa + li is the crown prince, not a stopword
    ("ar", "النفس", False),         # "ضبط النفس", self-restraint
    ("ar", "وزير", False),
    ("ru", "через", True),
    ("ru", "Заявил", True),
    ("ru", "её", True),             # ё read as е
    ("ru", "не", True),
    ("ru", "терроризм", False),
    ("ru", "мир", False),
    ("fr", "the", True),            # unknown codes get English rules, as elsewhere
])
def test_is_stopword(lang, word, expected) -> None:
    assert is_stopword(languages.get(lang).normalize(word), lang) is expected


@pytest.mark.parametrize("code", languages.LANGUAGES)
def test_every_entry_is_one_word(code) -> None:
    entries = _entries(code)
    assert len(entries) > 100
    words = [e for e in entries if not e.endswith("-")]
    assert [w for w in words if not WORD_RE.fullmatch(w)] == []  # else it could never match a token
    assert len(words) == len(set(words))


@pytest.mark.parametrize("code", languages.LANGUAGES)
def test_normalised_with_the_negators(code) -> None:
    language = languages.get(code)
    stop = stopwords(code)
    assert language.negators <= stop
    assert all(language.normalize(w) == w for w in stop)
    assert stopwords(code) is stop  # read once


def test_only_arabic_has_proclitics() -> None:
    assert {code: [e for e in _entries(code) if e.endswith("-")] for code in languages.LANGUAGES} == {
        "ar": ["و-", "ف-", "ب-", "ل-", "ك-"], "en": [], "ru": []}


def test_a_proclitic_leaves_a_word_of_two_letters() -> None:
    assert not is_stopword("وه", "ar")  # "ه" alone is no word
    assert not is_stopword("و", "en")


def test_the_lists_ship_in_the_wheel() -> None:
    setuptools = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert PACKAGE in setuptools["packages"]
    assert setuptools["package-data"][PACKAGE] == ["*.txt"]
    assert sorted(p.name for p in resources.files(PACKAGE).iterdir() if p.name.endswith(".txt")) == [
        f"{code}.txt" for code in languages.LANGUAGES]

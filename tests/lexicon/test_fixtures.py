"""Real dictionaries (tests/data/lexicon-fixtures): they load, and the .dic ones count what an
independent implementation (liwc 0.5.0) counts, except where the semantics differ on purpose.

The two documented differences, each asserted here:

1. Phrases. liwc matches single ``\\w+`` tokens only, so its multi-word entries
   never match; ``framing`` matches them (longest match within a frame).
   With the phrase entries removed the counts agree exactly; with them, every
   cell that differs has a phrase match in it.
2. Negation. liwc has none; ``framing`` marks a match that a negator
   ("not", "never", ...) governs as a hit with polarity ``negated``, so hits
   are the reference count, and every negated hit has a negator within the
   window. (Under ``--negation exclude`` they are cancelled instead.)

liwc's reading of a term listed on several lines (the last line wins) is a
third difference: the references with repeated terms merged
(``merge-duplicate-terms``) are the target, as the fixture's README says.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from functools import cache
from pathlib import Path

import pytest

from framing.lexicon import collapse_levels, compile_lexicon, load_lexicon, read_lexicon
from framing.lexicon.terms import parse_term
from framing.model import Document, Frame, Lexicon
from framing.pipeline import score_document

FIXTURES = Path(__file__).resolve().parents[1] / "data" / "lexicon-fixtures"
TARGETS = {"mfd2.0.dic": "merge-duplicate-terms", "framing-bench.dic": "none"}


@cache
def texts() -> dict[str, str]:
    lines = (FIXTURES / "sotu_subset.jsonl").read_text(encoding="utf-8").splitlines()
    return {d["id"]: d["text"] for d in map(json.loads, lines)}


@cache
def references(dictionary: str) -> dict[str, dict]:
    lines = (FIXTURES / "reference_counts_subset.jsonl").read_text(encoding="utf-8").splitlines()
    return {r["doc_id"]: r for r in map(json.loads, lines)
            if r["dictionary"] == dictionary and r["preprocess"] == TARGETS[dictionary]}


def is_phrase(term: str) -> bool:
    return len(parse_term(term)) > 1


def without_phrases(lexicon: Lexicon) -> Lexicon:
    return Lexicon(lexicon.name, "", tuple(
        Frame(f.id, "", {c: tuple(t for t in ts if not is_phrase(t)) for c, ts in f.terms.items()})
        for f in lexicon.frames))


@cache
def scored(dictionary: str, phrases: bool) -> dict[str, tuple[Counter, Counter, int, tuple]]:
    lexicon = load_lexicon(FIXTURES / dictionary)
    matcher = compile_lexicon(lexicon if phrases else without_phrases(lexicon))
    out = {}
    for doc_id, text in texts().items():
        s = score_document(Document(doc_id, text), matcher)
        assert s.cancelled == ()
        out[doc_id] = (Counter(h.frame for h in s.hits), Counter(h.frame for h in s.hits if h.polarity == "negated"),
                       s.tokens, s.hits)
    return out


# (file, frames, entries (a term in two frames counts twice), entries with a glob, entries of several
# tokens: spaces, and hyphens and apostrophes, which are not tokens ("Port-au-Prince", "can't stand"))
LOADS = [
    ("mfd2.0.dic", 10, 2103, 0, 110),
    ("framing-bench.dic", 8, 401, 121, 40),
    ("newsmap_english.yml", 241, 819, 236, 184),
    ("AFINN-111.txt", 1, 2477, 0, 23),
]


@pytest.mark.parametrize(("name", "frames", "entries", "globs", "phrases"), LOADS)
def test_each_fixture_loads(name: str, frames: int, entries: int, globs: int, phrases: int) -> None:
    lexicon, report = read_lexicon(FIXTURES / name)
    terms = [t for f in lexicon.frames for ts in f.terms.values() for t in ts]
    assert (len(lexicon.frames), len(terms)) == (frames, entries)
    assert sum(t.endswith("*") or "* " in t for t in terms) == globs
    assert sum(is_phrase(t) for t in terms) == phrases
    assert all(n.level == "info" for n in report.notes)


def test_mfd_categories_and_union_of_repeated_terms() -> None:
    mfd = load_lexicon(FIXTURES / "mfd2.0.dic")
    sizes = [len(f.terms["en"]) for f in mfd.frames]
    assert sizes == [182, 288, 115, 236, 142, 49, 301, 130, 272, 388]
    in_frames = {f.id for f in mfd.frames if "heresy" in f.terms["en"]}
    assert in_frames == {"loyalty.vice", "authority.vice", "sanctity.vice"}  # three lines, three frames


@pytest.mark.parametrize("dictionary", sorted(TARGETS))
def test_counts_equal_the_reference_without_phrases(dictionary: str) -> None:
    refs = references(dictionary)
    assert len(refs) == len(texts()) == 6
    for doc_id, (hits, negated, tokens, _) in scored(dictionary, phrases=False).items():
        assert tokens == refs[doc_id]["n_tokens"]
        assert {c: hits[c] for c in refs[doc_id]["counts"]} == refs[doc_id]["counts"], doc_id


@pytest.mark.parametrize("dictionary", sorted(TARGETS))
def test_with_phrases_every_difference_is_a_phrase_match(dictionary: str) -> None:
    refs = references(dictionary)
    differing = 0
    for doc_id, (hits, _, _, matches) in scored(dictionary, phrases=True).items():
        phrase_frames = {h.frame for h in matches if is_phrase(h.term)}
        for frame, expected in refs[doc_id]["counts"].items():
            if hits[frame] != expected:
                differing += 1
                assert frame in phrase_frames, (doc_id, frame)
    assert differing > 0  # these texts were chosen to show the difference


NEGATOR_BEFORE = re.compile(r"\b(not|no|never|nothing|nobody|without|neither|nor|cannot|\w+n[’']t)\W+(\w+\W+){0,2}$",
                            re.IGNORECASE)


@pytest.mark.parametrize(("dictionary", "negated"), [("framing-bench.dic", 10), ("mfd2.0.dic", 15)])
def test_negated_matches_follow_a_negator(dictionary: str, negated: int) -> None:
    lexicon = load_lexicon(FIXTURES / dictionary)
    matcher = compile_lexicon(lexicon)
    total = 0
    for doc_id, text in texts().items():
        s = score_document(Document(doc_id, text), matcher)
        for hit in (h for h in s.hits if h.polarity == "negated"):
            total += 1
            before = text[max(0, hit.start - 80):hit.start]
            assert NEGATOR_BEFORE.search(before), (doc_id, text[hit.start - 40:hit.end])
    assert total == negated  # measured: the matches a negator governs in these six addresses


def test_cli_document_counts_equal_the_library(run) -> None:
    refs = references("mfd2.0.dic")
    result = run("compare", "--unit", "document", "--by", "doc", "--metric", "count", "-f", "json",
                 "-l", str(FIXTURES / "mfd2.0.dic"), str(FIXTURES / "sotu_subset.jsonl"))
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["lexicons"][0]["name"] == "mfd2.0"
    library = scored("mfd2.0.dic", phrases=True)
    assert sorted(row["doc"] for row in data["rows"]) == sorted(refs)
    for row in data["rows"]:
        hits, negated, tokens, _ = library[row["doc"]]
        assert row["tokens"] == tokens == refs[row["doc"]]["n_tokens"]
        assert row["hits"] == {f: hits[f] for f in data["frames"]} == row["values"]
        assert {f: row["polarity"][f]["negated"] for f in data["frames"]} == {f: negated[f] for f in data["frames"]}
        assert set(row["cancelled"].values()) == {0}


def test_weighted_afinn(run, tmp_path: Path) -> None:
    path = tmp_path / "review.txt"
    path.write_text("A good, honest plan. Not good enough, and a bad outcome. Some kind of win.\n", encoding="utf-8")
    result = run("compare", str(path), "--unit", "document", "--metric", "weighted", "-f", "json",
                 "-l", str(FIXTURES / "AFINN-111.txt"))
    (row,) = json.loads(result.stdout)["rows"]
    # good 3 + honest 2 + "not good" -2 (the phrase wins over "good") + bad -3 + win 4 + "some kind" 0
    assert row["values"] == {"AFINN-111": 4}
    assert row["hits"] == {"AFINN-111": 6}
    assert row["cancelled"] == {"AFINN-111": 0}
    assert "info: two columns with numbers" in result.stderr


def test_newsmap_levels() -> None:
    newsmap = load_lexicon(FIXTURES / "newsmap_english.yml")
    assert newsmap.frames[0].id == "AFRICA/EAST/BI"
    continents = collapse_levels(newsmap, 1)
    assert continents.frame_ids == ("AFRICA", "AMERICA", "ASIA", "EUROPE", "OCEANIA")
    assert sum(len(t) for f in continents.frames for t in f.terms.values()) == 819  # all distinct
    matcher = compile_lexicon(continents)
    hits = matcher.match("Talks in Dar es Salaam and Port-au-Prince; Norwegian and Réunionese envoys.", "en")
    assert [(h.frame, h.term) for h in hits] == [
        ("AFRICA", "Dar es Salaam"), ("AMERICA", "Port au Prince"), ("EUROPE", "Norwegian*"),
        ("AFRICA", "Réunionese")]

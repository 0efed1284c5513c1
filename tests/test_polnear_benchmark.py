"""The PolNeAR benchmark's scorer, on two synthetic articles (no PolNeAR text)."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path

import pytest

from framing.model import Statement

ROOT = Path(__file__).resolve().parents[1]


def _load():
    spec = importlib.util.spec_from_file_location("polnear_benchmark", ROOT / "benchmarks" / "polnear.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


pb = _load()

ART1 = ('Senate vote delayed\n\n"We will not back down," Senator Jane Roe said on Tuesday. '
        'She said that the bill would pass next week. The delay, according to aides, was caused '
        'by a procedural dispute.\n\nThe weather was mild.')
ART2 = ('Mr. Poe believes the "rigged" system must change, and he plans to run again. '
        '"It is time," Poe told reporters, "to fix this."')


def _span(text: str, piece: str, after: int = 0) -> list[int]:
    start = text.index(piece, after)
    return [start, start + len(piece)]


def _word(text: str, piece: str, near: int) -> list[int]:
    """The whole-word occurrence of ``piece`` nearest to offset ``near``."""
    pattern = re.escape(piece)
    if piece[:1].isalnum():
        pattern = rf"\b{pattern}\b"
    m = min(re.finditer(pattern, text), key=lambda m: abs(m.start() - near))
    return [m.start(), m.end()]


def _attribution(text: str, eid: str, content: list[str], source: str | None, cue: str) -> dict:
    """A record in the converter's format; each content piece is found in order."""
    frags, at = [], 0
    for piece in content:
        frags.append(_span(text, piece, at))
        at = frags[-1][1]
    hull = [frags[0][0], frags[-1][1]]
    src = _word(text, source, hull[0]) if source else None
    cue_span = _word(text, cue, hull[0])
    return {"id": eid, "source": src, "source_text": source, "cue": cue_span, "cue_text": cue,
            "content": hull, "content_text": text[hull[0]:hull[1]], "source_fragments": [src] if src else [],
            "cue_fragments": [cue_span], "content_fragments": frags,
            "direct_quote": any(ch in pb.DOUBLE_QUOTES for s, e in frags for ch in text[s:e])}


ARTICLES = [
    {"id": "synthetic-1", "split": "dev", "source": "paper-a", "lang": "en", "publisher": "paper-a",
     "date": "2016-10-01", "title": "Senate vote delayed", "text": ART1, "attributions": [
         _attribution(ART1, "E1", ['"We will not back down,"'], "Senator Jane Roe", "said"),
         _attribution(ART1, "E2", ["that the bill would pass next week"], "She", "said"),
         _attribution(ART1, "E3", ["The delay", "was caused by a procedural dispute"], "aides", "according to"),
     ]},
    {"id": "synthetic-2", "split": "dev", "source": "paper-b", "lang": "en", "publisher": "paper-b",
     "date": "2016-10-02", "title": "", "text": ART2, "attributions": [
         _attribution(ART2, "E1", ['the "rigged" system must change'], "Mr. Poe", "believes"),
         _attribution(ART2, "E2", ["to run again"], "he", "plans"),
         _attribution(ART2, "E3", ['"It is time,"', '"to fix this."'], "Poe", "told"),
         {"id": "E4", "source": None, "source_text": None, "cue": None, "cue_text": None, "content": None,
          "content_text": None, "source_fragments": [], "cue_fragments": [], "content_fragments": [],
          "direct_quote": False},  # no content: not a gold unit
     ]},
]


def _stmt(doc: str, text: str, piece: str, speaker: str, kind: str) -> Statement:
    start, end = _span(text, piece)
    return Statement(doc=doc, source="", lang="en", actor=f"unknown:{speaker}", speaker=speaker, kind=kind,
                     start=start, end=end, text=text[start:end])


PREDICTED = {
    "synthetic-1": [
        _stmt("synthetic-1", ART1, "We will not back down", "Senator Jane Roe", "direct"),  # exact after normalising
        _stmt("synthetic-1", ART1, "the bill would pass next week", "She", "indirect"),    # shorter, > half
        _stmt("synthetic-1", ART1, "Senate vote delayed", "outlet:paper-a", "narration"),  # ignored
        _stmt("synthetic-1", ART1, "The weather was mild", "Someone", "indirect"),         # false alarm
    ],
    "synthetic-2": [
        # too long for the belief (covers < half of the prediction): only a lenient match
        _stmt("synthetic-2", ART2, 'Mr. Poe believes the "rigged" system must change, and he plans to run again',
              "Mr. Poe", "indirect"),
        _stmt("synthetic-2", ART2, 'It is time," Poe told reporters, "to fix this', "reporters", "indirect"),
    ],
}


@pytest.fixture(scope="module")
def results():
    return [pb.score_article(a, PREDICTED[a["id"]]) for a in ARTICLES]


def test_gold_units_and_kinds(results):
    kinds = [[g.kind for g in r.gold] for r in results]
    assert kinds == [["direct", "indirect", "indirect"], ["mixed", "indirect", "direct"]]
    # the discontinuous content is matched as its hull, which includes the interrupting cue
    assert ART1[slice(*results[0].gold[2].span)] == "The delay, according to aides, was caused by a procedural dispute"
    assert ART2[slice(*results[1].gold[2].span)] == 'It is time," Poe told reporters, "to fix this'


def test_content_overlap_scores(results):
    s = pb.summarise(results)
    assert (s["gold"], s["predicted"]) == (6, 5)
    assert s["overlap"]["matched_gold"] == 3
    assert (s["overlap"]["precision"], s["overlap"]["recall"], s["overlap"]["f1"]) == (0.6, 0.5, 0.5455)
    assert s["exact"]["matched_gold"] == 2
    assert s["lenient"]["matched_gold"] == 4
    assert [(results[0].pairs["overlap"]), results[1].pairs["overlap"]] == [[(0, 0), (1, 1)], [(1, 2)]]


def test_by_kind(results):
    k = pb.summarise(results)["overlap_by_kind"]
    assert (k["direct"]["gold"], k["direct"]["matched_gold"], k["direct"]["predicted"],
            k["direct"]["matched_predicted"]) == (2, 2, 2, 2)
    assert (k["mixed"]["gold"], k["mixed"]["matched_gold"], k["mixed"]["predicted"]) == (1, 0, 1)
    assert (k["indirect"]["gold"], k["indirect"]["matched_gold"], k["indirect"]["predicted"],
            k["indirect"]["matched_predicted"]) == (3, 1, 2, 1)
    assert k["indirect"]["recall"] == round(1 / 3, 4) and k["indirect"]["precision"] == 0.5


def test_source_and_kind_accuracy(results):
    s = pb.summarise(results)
    assert s["source"]["with_source"] == {"correct": 2, "pairs": 3, "accuracy": round(2 / 3, 4)}
    assert s["source"]["pronoun"]["correct"] == 1 and s["source"]["non_pronoun"]["pairs"] == 2
    matrix = s["kind_confusion"]["matrix"]
    assert matrix["direct"] == {"direct": 1, "indirect": 1} and matrix["indirect"] == {"direct": 0, "indirect": 1}
    assert s["kind_confusion"]["accuracy_mixed_as_indirect"] == round(2 / 3, 4)


@pytest.mark.parametrize("span, expected", [
    ('  "Hello, world." ', "Hello, world"),
    ("\u201cWe won\u2019t,\u201d ", "We won\u2019t"),
    ("(that it rained);", "that it rained"),
    ('"..."', ""),
])
def test_normalise(span, expected):
    s, e = pb.normalise(span, 0, len(span))
    assert span[s:e] == expected


@pytest.mark.parametrize("text, kind", [
    ('"We will win."', "direct"),
    ('"We will," he said, "win."', "direct"),
    ('that it was "a disgrace"', "mixed"),
    ('"a disgrace," he said of the plan', "mixed"),
    ("that it rained", "indirect"),
    ("'single quotes' do not count", "indirect"),
])
def test_content_kind(text, kind):
    assert pb.content_kind(text, [(0, len(text))]) == kind


def test_prediction_kind_sees_adjacent_quote_marks():
    text = 'He said: \u201cWe will win,\u201d and left. He said we would.'
    s, e = _span(text, "We will win")
    assert pb.prediction_kind(text, s, e) == "direct"
    s, e = _span(text, "we would")
    assert pb.prediction_kind(text, s, e) == "indirect"


def test_half_overlap_boundary():
    assert pb.half_overlap((0, 10), (5, 10)) == 5      # exactly half of the longer span
    assert pb.half_overlap((0, 11), (6, 11)) == 0      # less than half
    assert pb.greedy_match([(0, 10), (0, 8)], [(0, 9)]) == [(0, 0)]  # largest overlap wins, one-to-one


def test_token_overlap():
    text = "a b c d e"
    article = {"id": "t", "text": text, "attributions": [
        {"id": "E1", "content": [2, 7], "content_fragments": [[2, 7]], "source_text": "x", "cue_text": "y"}]}
    pred = Statement(doc="t", source="", lang="en", actor="unknown:x", speaker="x", kind="indirect",
                     start=4, end=9, text=text[4:9])
    t = pb.summarise([pb.score_article(article, [pred])])["token_overlap"]
    assert (t["precision"], t["recall"]) == (round(2 / 3, 4), round(2 / 3, 4))


def test_same_source():
    assert pb.same_source("Sen. Jane Roe", "Senator Jane Roe")       # Jaccard 2/4
    assert pb.same_source("He", "he")
    assert not pb.same_source("Trump", "he")


def test_errors_are_rendered_with_context(results):
    lines = pb.sample_errors(results, 5)
    assert sum(line.startswith("MISS") for line in lines) == 3
    assert sum(line.startswith("FALSE ALARM") for line in lines) == 2
    assert any("\u27e6The weather was mild\u27e7" in line for line in lines)


def test_skips_without_data(monkeypatch, capsys, tmp_path):
    monkeypatch.delenv(pb.ENV, raising=False)
    assert pb.main([]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err.startswith("skipped: set FRAMING_POLNEAR=") and "benchmarks/README.md" in captured.err
    monkeypatch.setenv(pb.ENV, str(tmp_path / "missing"))
    assert pb.main(["--split", "train"]) == 0
    assert "skipped:" in capsys.readouterr().err


def test_refuses_errors_on_test(monkeypatch, capsys):
    monkeypatch.delenv(pb.ENV, raising=False)
    with pytest.raises(SystemExit) as exc:
        pb.main(["--split", "test", "--errors", "3"])
    assert exc.value.code == 2
    assert "refused on the test split" in capsys.readouterr().err


def test_runs_framing_end_to_end(monkeypatch, capsys, tmp_path):
    (tmp_path / "dev.jsonl").write_text("".join(json.dumps(a) + "\n" for a in ARTICLES), encoding="utf-8")
    monkeypatch.setenv(pb.ENV, str(tmp_path))
    assert pb.main(["--format", "json"]) == 0
    out = json.loads(capsys.readouterr().out)
    assert (out["split"], out["articles"], out["gold"]) == ("dev", 2, 6)
    assert 0.0 <= out["overlap"]["f1"] <= 1.0
    assert pb.main(["--errors", "1"]) == 0
    assert capsys.readouterr().out.startswith("PolNeAR dev: 2 articles, 6 gold attributions")


def test_diagnostics_headline_and_two_apostrophe_quotes():
    text = "Roe: Vote Was Rigged\n\nRoe said ''it is over,'' and left."
    article = {"id": "h", "text": text, "attributions": [
        _attribution(text, "E1", ["Vote Was Rigged"], "Roe", ":"),
        _attribution(text, "E2", ["''it is over,''"], "Roe", "said")]}
    pred = _stmt("h", text, "it is over", "Roe", "direct")
    d = pb.summarise([pb.score_article(article, [pred])])["diagnostics"]
    assert d["headline"] == {"gold": 1, "matched": 0, "recall": 0.0}
    assert d["two_apostrophe_quotes"] == {"gold": 1, "matched": 1, "recall": 1.0}
    assert [g.kind for g in pb.gold_units(article)] == ["indirect", "indirect"]  # '' is no quote mark to the protocol


def test_prediction_kind_stays_in_its_paragraph():
    text = 'He said: "We won."\n\nThey would appeal, she said.\n\n"Next," he said.'
    s, e = _span(text, "They would appeal")
    assert pb.prediction_kind(text, s, e) == "indirect"


def test_interrupted_quotation_with_a_long_speaker_description_is_joined():
    long_speaker = "said Ana Ruiz, a nurse who has worked at the county hospital for twenty years and runs its union"
    text = f'"We are exhausted," {long_speaker}. "Nobody listens."\n\n"We stay," she said.'
    first = _stmt("j", text, "We are exhausted,", "Ana Ruiz", "direct")
    second = _stmt("j", text, "Nobody listens.", "Ana Ruiz", "direct")
    third = _stmt("j", text, "We stay,", "Ana Ruiz", "direct")
    joined = pb.join_interrupted(text, [first, second, third])
    assert [text[s.start:s.end] for s in joined] == [f'We are exhausted," {long_speaker}. "Nobody listens.', "We stay,"]


def test_a_second_quotation_with_its_own_cue_is_not_joined():
    text = '"We are tired," she said, adding that "nobody listens."'
    first = _stmt("k", text, "We are tired,", "she", "direct")
    second = _stmt("k", text, "nobody listens.", "she", "direct")
    assert len(pb.join_interrupted(text, [first, second])) == 2


# An interrupted quotation: PolNeAR's one unit, framing's two direct statements.
SECOND_HALF = "Nobody listens to the nurses who keep this hospital running."
INTERRUPTED = f'"We are tired," Ana Ruiz said on Monday. "{SECOND_HALF}"'
INTERRUPTED_ARTICLE = {
    "id": "interrupted", "split": "dev", "source": "paper-c", "lang": "en", "publisher": "paper-c",
    "date": "2016-10-03", "title": "", "text": INTERRUPTED, "attributions": [
        _attribution(INTERRUPTED, "E1", ['"We are tired,"', f'"{SECOND_HALF}"'], "Ana Ruiz", "said")]}
INTERRUPTED_PREDICTED = [
    _stmt("interrupted", INTERRUPTED, "We are tired,", "Ana Ruiz", "direct"),
    _stmt("interrupted", INTERRUPTED, SECOND_HALF, "Ana Ruiz", "direct"),
]


def test_protocol_scores_statements_as_they_are():
    r = pb.score_article(INTERRUPTED_ARTICLE, INTERRUPTED_PREDICTED)
    assert len(r.predicted) == 2 and r.pairs["overlap"] == [(1, 0)]  # the longer half covers half the hull
    s = pb.summarise([r])["overlap"]
    assert (s["predicted"], s["matched_gold"], s["precision"]) == (2, 1, 0.5)


def test_join_is_an_opt_in_adaptation():
    r = pb.score_article(INTERRUPTED_ARTICLE, INTERRUPTED_PREDICTED, join=True)
    assert len(r.predicted) == 1 and r.pairs["exact"] == [(0, 0)]
    adapted = pb.adapted_summary([r])
    assert adapted["label"] == "adapted: interrupted quotations joined (not the protocol)"
    assert (adapted["predicted"], adapted["overlap"]["precision"], adapted["overlap"]["recall"]) == (1, 1.0, 1.0)


def _write_split(folder: Path, split: str, articles: list[dict]) -> None:
    (folder / f"{split}.jsonl").write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")


def _fixed_extractor(monkeypatch) -> None:
    predicted = {**PREDICTED, "interrupted": INTERRUPTED_PREDICTED}
    monkeypatch.setattr(pb, "extract", lambda article: predicted[article["id"]])


def test_join_adds_a_labelled_section_and_leaves_the_headline(monkeypatch, capsys, tmp_path):
    _write_split(tmp_path, "dev", [*ARTICLES, INTERRUPTED_ARTICLE])
    monkeypatch.setenv(pb.ENV, str(tmp_path))
    _fixed_extractor(monkeypatch)
    assert pb.main(["--format", "json"]) == 0
    protocol = json.loads(capsys.readouterr().out)
    assert "adapted_join" not in protocol and protocol["predicted"] == 7
    assert pb.main(["--format", "json", "--join"]) == 0
    joined = json.loads(capsys.readouterr().out)
    adapted = joined.pop("adapted_join")
    assert joined == protocol
    assert adapted["predicted"] == 6 and adapted["label"].endswith("(not the protocol)")
    assert pb.main([]) == 0
    assert "adapted" not in capsys.readouterr().out
    assert pb.main(["--join"]) == 0
    head, _, section = capsys.readouterr().out.partition("\nadapted: interrupted quotations joined (not the protocol)")
    assert head.startswith("PolNeAR dev: 3 articles, 7 gold attributions with content, 7 predicted statements")
    assert section.startswith(": 6 predicted statements")


def test_no_merge_is_a_deprecated_no_op(monkeypatch, capsys, tmp_path):
    _write_split(tmp_path, "dev", [*ARTICLES, INTERRUPTED_ARTICLE])
    monkeypatch.setenv(pb.ENV, str(tmp_path))
    _fixed_extractor(monkeypatch)
    assert pb.main([]) == 0
    plain = capsys.readouterr().out
    assert pb.main(["--no-merge"]) == 0
    captured = capsys.readouterr()
    assert captured.out == plain
    assert "--no-merge is deprecated" in captured.err


def test_test_split_prints_a_reminder(monkeypatch, capsys, tmp_path):
    _write_split(tmp_path, "test", ARTICLES)
    monkeypatch.setenv(pb.ENV, str(tmp_path))
    _fixed_extractor(monkeypatch)
    assert pb.main(["--split", "test", "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["split"] == "test"
    assert "the test split is scored once per issue, at the end" in captured.err
    _write_split(tmp_path, "dev", ARTICLES)
    assert pb.main([]) == 0
    assert "scored once per issue" not in capsys.readouterr().err

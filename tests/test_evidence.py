"""evidence.py and views.py: the statements behind a cell, concordances, their layouts.

Hand-made documents and statements (no extraction), so the golden files only
change when the layout does.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

import pytest
from wcwidth import wcswidth

from framing.errors import FramingWarning, UsageError
from framing.evidence import MARKS, context, explain, flatten, kwic, make_query, mark, parse_key
from framing.lexicon import compile_lexicon, load_lexicon
from framing.model import Document, Hit, ScoredStatement, Statement
from framing.rendering import FSI, PDI, render_view
from framing.views import explanation_view, kwic_view

GOLDEN = Path(__file__).parent / "golden"
UPDATE = os.environ.get("FRAMING_UPDATE_GOLDEN") == "1"

EN = "Tokayev said “terrorist gangs” attacked.\n\nThe EU urged calm. Tokayev said the terrorists were trained abroad."
AR = "قال توكاييف إن عصابات إرهابية دولية هاجمت المدينة."
DOC_EN = Document("d-en", EN, source="Outlet A", date="2022-01-06", title="Unrest")
DOC_AR = Document("d-ar", AR, source="Outlet B", date="2022-01-07")


def statement(doc: Document, actor: str, text: str, kind: str = "indirect", lang: str = "en") -> Statement:
    start = doc.text.index(text)
    return Statement(doc.id, doc.source, lang, actor, actor.title(), kind, start, start + len(text), text)


def hit(doc: Document, frame: str, term: str, word: str, after: int = 0) -> Hit:
    start = doc.text.index(word, after)
    return Hit(frame, term, start, start + len(word))


S1 = statement(DOC_EN, "kz_government", "“terrorist gangs” attacked")
S2 = statement(DOC_EN, "eu", "calm", kind="direct")
S3 = statement(DOC_EN, "kz_government", "the terrorists were trained abroad")
S4 = statement(DOC_AR, "kz_government", "عصابات إرهابية دولية هاجمت المدينة", lang="ar")
ANALYSED = [
    (DOC_EN, [
        ScoredStatement(S1, 2, (hit(DOC_EN, "terrorism", "terrorist gang*", "terrorist gangs"),)),
        ScoredStatement(S2, 1, (hit(DOC_EN, "restraint", "calm*", "calm"),)),
        ScoredStatement(S3, 5, (hit(DOC_EN, "terrorism", "terror*", "terrorists"),
                                hit(DOC_EN, "foreign_interference", "train* abroad", "trained abroad"))),
    ]),
    (DOC_AR, [
        ScoredStatement(S4, 5, (hit(DOC_AR, "terrorism", "عصاب*", "عصابات"),
                                hit(DOC_AR, "terrorism", "إرهاب*", "إرهابية"))),
    ]),
]
FRAMES = ("terrorism", "restraint", "foreign_interference")


def test_mark_and_context() -> None:
    assert mark("a b c", [(2, 3)]) == f"a {MARKS[0]}b{MARKS[1]} c"
    assert mark("abcdef", [(0, 2), (1, 4), (5, 6)]) == "⟦abcd⟧e⟦f⟧"  # overlaps merged
    assert flatten("a \n\t b") == "a b"
    text = "one two three four five six seven"
    left, match, right = context(text, text.index("four"), text.index("four") + 4, width=9)
    assert (left, match, right) == ("…three ", "four", " five…")  # cut at word boundaries
    assert context(text, 0, 3, width=100) == ("", "one", " two three four five six seven")
    assert context("x\n\ny", 0, 1) == ("", "x", " y")


def test_explain_lists_the_cell_with_marks_and_counts() -> None:
    expl = explain(ANALYSED, ("kz_government",), "terrorism", frames=FRAMES)
    assert (expl.counts.statements, expl.counts.with_frame["terrorism"], expl.counts.hits["terrorism"]) == (3, 3, 4)
    assert expl.values["share"] == 100.0 and expl.values["count"] == 4
    assert [ev.scored.statement for ev in expl.evidence] == [S1, S3, S4]
    assert expl.evidence[0].marked == "“⟦terrorist gangs⟧” attacked"
    assert expl.evidence[1].marked == "the ⟦terrorists⟧ were trained abroad"  # only this frame's hits
    assert expl.evidence[2].marked == "⟦عصابات⟧ ⟦إرهابية⟧ دولية هاجمت المدينة"
    assert [line.match for line in expl.evidence[2].lines] == ["عصابات", "إرهابية"]
    assert (expl.evidence[0].date, expl.evidence[0].title) == ("2022-01-06", "Unrest")
    # a cell with no evidence is an answer, not an error
    assert explain(ANALYSED, ("eu",), "terrorism", frames=FRAMES).evidence == ()


@pytest.mark.parametrize("args,message", [
    ((("nobody",), "terrorism"), r"no statements of actor 'nobody'; there are: eu, kz_government"),
    ((("eu",), "nope"), r"unknown frame 'nope'; frames of the lexicon: terrorism, restraint"),
])
def test_explain_errors(args, message) -> None:
    with pytest.raises(UsageError, match=message):
        explain(ANALYSED, *args, frames=FRAMES)


def test_parse_key() -> None:
    assert parse_key("kz_government", ("actor",)) == ("kz_government",)
    assert parse_key("us,Al Mayadeen, Inc", ("actor", "source")) == ("us", "Al Mayadeen, Inc")
    with pytest.raises(UsageError, match="needs 2 values joined by ','"):
        parse_key("us", ("actor", "source"))


def test_kwic_frame_term_and_all_text() -> None:
    lexicon = load_lexicon("unrest")
    matcher = compile_lexicon(lexicon)
    frame = make_query("terrorism", lexicon.frame_ids, matcher)
    lines = list(kwic(ANALYSED, frame, width=10))
    assert [(line.doc, line.match, line.actor) for line in lines] == [
        ("d-en", "terrorist gangs", "kz_government"), ("d-en", "terrorists", "kz_government"),
        ("d-ar", "عصابات", "kz_government"), ("d-ar", "إرهابية", "kz_government")]
    # an ad-hoc term, matched with the lexicon's rules, inside statements only
    term = make_query("terror*", lexicon.frame_ids, matcher)
    assert [line.match for line in kwic(ANALYSED, term)] == ["terrorist", "terrorists"]
    assert all(line.frame == "" and line.term == "terror*" for line in kwic(ANALYSED, term))
    # all text: every paragraph; a hit outside statements has no actor
    calm = make_query("calm", lexicon.frame_ids, matcher)
    assert [(line.actor, line.kind) for line in kwic(ANALYSED, calm, all_text=True)] == [("eu", "direct")]
    said = make_query("said", lexicon.frame_ids, matcher)
    assert [line.actor for line in kwic(ANALYSED, said, all_text=True)] == ["", ""]
    with pytest.warns(FramingWarning, match="'said' matched nothing in the statements"):
        assert list(kwic(ANALYSED, said)) == []  # only in the narration: no statement says "said"
    with pytest.raises(UsageError, match="neither a frame of the lexicon"):
        make_query("* *", lexicon.frame_ids, matcher)
    with pytest.raises(UsageError, match="--width must be 1 or more"):
        list(kwic(ANALYSED, term, width=0))


VIEWS = {"explain": lambda: explanation_view(explain(ANALYSED, ("kz_government",), "terrorism", frames=FRAMES)),
         "kwic": lambda: kwic_view(kwic(ANALYSED, make_query("terrorism", FRAMES, None), width=12))}
SUFFIX = {"csv": "csv", "json": "json", "jsonl": "jsonl", "simple": "txt", "github": "md", "latex": "tex"}


@pytest.mark.parametrize("name", sorted(VIEWS))
@pytest.mark.parametrize("fmt", sorted(SUFFIX))
def test_golden(name: str, fmt: str) -> None:
    path = GOLDEN / f"{name}.{SUFFIX[fmt]}"
    out = render_view(VIEWS[name](), fmt)
    if UPDATE:
        path.write_bytes(out.encode("utf-8"))
    assert out == path.read_bytes().decode("utf-8")


def test_explain_in_every_format() -> None:
    view = VIEWS["explain"]()
    data = json.loads(render_view(view, "json"))
    assert (data["group"], data["frame"], data["statements"], data["with_frame"], data["hits"]) == (
        {"actor": "kz_government"}, "terrorism", 3, 3, 4)
    assert [e["marked"] for e in data["evidence"]][0] == "“⟦terrorist gangs⟧” attacked"
    first = data["evidence"][0]
    assert EN[first["start"]:first["end"]] == first["text"]
    assert EN[first["hits"][0]["start"]:first["hits"][0]["end"]] == "terrorist gangs"
    lines = [json.loads(x) for x in render_view(view, "jsonl").splitlines()]
    assert lines == data["evidence"]
    rows = list(csv.DictReader(io.StringIO(render_view(view, "csv"))))
    assert [(r["n"], r["match"]) for r in rows] == [("1", "terrorist gangs"), ("2", "terrorists"),
                                                    ("3", "عصابات"), ("3", "إرهابية")]
    for fmt in ("simple", "github", "grid", "latex", "html", "rst", "tsv"):
        out = render_view(view, fmt)
        assert "⟦terrorist gangs⟧" in out and "⟦terrorists⟧" in out, fmt


def test_arabic_kwic_keeps_columns() -> None:
    out = render_view(VIEWS["kwic"](), "simple")
    lines = out.splitlines()
    # logical order, each right-to-left cell wrapped in an isolate (zero width)
    assert f"{FSI}إرهابية{PDI}" in out and "هاجمت" not in out.split(FSI + "إرهابية")[0]
    visible = [line.replace(FSI, "").replace(PDI, "") for line in lines]
    assert all(wcswidth(line) == wcswidth(shown) for line, shown in zip(lines, visible))
    # the gaps between columns (under the header rule) are blank on every row
    gaps = [i for i, c in enumerate(visible[1]) if c == " "]
    for row in visible[2:]:
        assert all(i >= len(row) or row[i] == " " for i in gaps), row
    # data formats carry the text as it is: no bidi controls
    assert FSI not in render_view(VIEWS["kwic"](), "csv")

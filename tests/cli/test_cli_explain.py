"""framing explain and framing kwic on the bundled corpus, in every format."""

from __future__ import annotations

import csv
import io
import json

import pytest
from tabulate import tabulate_formats

from framing.corpus import load_corpus

DOC = {d.id: d.text for d in load_corpus("kazakhstan-2022")}


def test_explain_json_lists_the_tokayev_statements(run) -> None:
    result = run("explain", "kz_government", "terrorism", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["group"] == {"actor": "kz_government"} and data["frame"] == "terrorism"
    # the cell of framing compare: statements with the frame / statements
    row = [r for r in json.loads(run("compare", "-f", "json").stdout)["rows"] if r["actor"] == "kz_government"][0]
    assert (data["statements"], data["with_frame"], data["hits"]) == (
        row["statements"], row["with_frame"]["terrorism"], row["hits"]["terrorism"])
    assert len(data["evidence"]) == data["with_frame"]
    assert data["values"]["share"] == pytest.approx(row["values"]["terrorism"], abs=0.05)
    english = [e for e in data["evidence"] if e["lang"] == "en"]
    assert english and all("Tokayev" in e["speaker"] for e in english)
    assert sum("⟦terrorist" in e["marked"] for e in english) >= 2
    for e in data["evidence"]:
        assert DOC[e["doc"]][e["start"]:e["end"]] == e["text"]
        assert (e["source"], e["date"]) == ("Al Mayadeen", "2022-01-06")
        for h in e["hits"]:
            assert DOC[e["doc"]][h["start"]:h["end"]] == h["match"] and h["frame"] == "terrorism"
            assert f"⟦{h['match']}⟧" in e["marked"]


@pytest.fixture(scope="module")
def explanation():
    """The library's explanation of the cell, computed once."""
    from framing.registry_file import load_registry
    from framing.evidence import explain
    from framing.lexicon import compile_lexicon, load_lexicon
    from framing.pipeline import analyse_documents

    lexicon = load_lexicon("unrest")
    analysed = analyse_documents(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
                                 compile_lexicon(lexicon))
    return explain(analysed, ("kz_government",), "terrorism", frames=lexicon.frame_ids)


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", *sorted(tabulate_formats)])
def test_explain_every_format_marks_terrorist(explanation, fmt: str) -> None:
    from framing.rendering import render_view
    from framing.views import explanation_view

    out = render_view(explanation_view(explanation), fmt)
    assert "⟦terrorist" in out and "Tokayev" in out, fmt
    assert out.endswith("\n")


@pytest.mark.parametrize("fmt", ["csv", "json", "simple"])
def test_explain_cli_equals_library(run, explanation, fmt: str) -> None:
    from framing.rendering import render_view
    from framing.views import explanation_view

    result = run("explain", "kz_government", "terrorism", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == render_view(explanation_view(explanation), fmt)


def test_explain_csv_one_row_per_hit(run) -> None:
    rows = list(csv.DictReader(io.StringIO(run("explain", "kz_government", "terrorism", "-f", "csv").stdout)))
    data = json.loads(run("explain", "kz_government", "terrorism", "-f", "json").stdout)
    assert len(rows) == data["hits"]
    assert {r["n"] for r in rows} == {str(e["n"]) for e in data["evidence"]}
    assert all(r["match"] in r["marked"] for r in rows)


def test_explain_by_source_and_other_rows(run) -> None:
    data = json.loads(run("explain", "Al Mayadeen", "restraint", "--by", "source", "-f", "json").stdout)
    assert data["group"] == {"source": "Al Mayadeen"} and data["with_frame"] > 0
    both = json.loads(run("explain", "eu,en", "restraint", "--by", "actor,lang", "-f", "json").stdout)
    assert both["group"] == {"actor": "eu", "lang": "en"} and {e["lang"] for e in both["evidence"]} == {"en"}
    outlet = run("explain", "outlet:Al Mayadeen", "violence_casualties", "-f", "json")
    assert outlet.exit_code == 0, outlet.stderr
    assert all(e["kind"] == "narration" for e in json.loads(outlet.stdout)["evidence"])


@pytest.mark.parametrize("args,message", [
    (["explain", "nobody", "terrorism"], "framing: no statements of actor 'nobody'; there are: csto, eu, "),
    (["explain", "eu", "nope"], "framing: unknown frame 'nope'; frames of the lexicon: terrorism, "),
    (["explain", "eu", "restraint", "--by", "actor,lang"], "framing: group 'eu' needs 2 values joined by ','"),
    (["explain", "eu", "restraint", "-f", "nope"], "framing: unknown format 'nope'"),
    (["kwic", "terrorism", "--width", "0"], "framing: --width must be 1 or more, got 0"),
    (["kwic", "* *"], "framing: '* *' is neither a frame of the lexicon"),
])
def test_errors_are_one_line_exit_2(run, args, message) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_kwic_frame_equals_explain_hits(run) -> None:
    lines = [json.loads(x) for x in run("kwic", "terrorism", "-f", "jsonl").stdout.splitlines()]
    gov = [x for x in lines if x["actor"] == "kz_government"]
    data = json.loads(run("explain", "kz_government", "terrorism", "-f", "json").stdout)
    assert [(x["start"], x["end"]) for x in gov] == [(h["start"], h["end"]) for e in data["evidence"]
                                                   for h in e["hits"]]
    assert {x["lang"] for x in lines} == {"en", "ar"}


def test_kwic_term_width_and_all_text(run) -> None:
    narrow = [json.loads(x) for x in run("kwic", "terror*", "--width", "12", "-f", "jsonl").stdout.splitlines()]
    assert narrow and all(len(x["left"]) <= 12 and len(x["right"]) <= 12 for x in narrow)
    assert all(x["match"].lower().startswith("terror") and x["frame"] == "" for x in narrow)
    said = run("kwic", "Kazakh*", "-f", "jsonl").stdout.splitlines()
    everywhere = [json.loads(x) for x in run("kwic", "Kazakh*", "--all-text", "-f", "jsonl").stdout.splitlines()]
    assert len(everywhere) > len(said)  # headline and narration too
    assert any(x["actor"] == "" for x in everywhere)
    assert any(x["actor"].startswith("outlet:") and x["kind"] == "narration" for x in everywhere)
    rows = list(csv.reader(io.StringIO(run("kwic", "إرهاب*", "-f", "csv").stdout)))
    assert rows[0][-3:] == ["left", "match", "right"] and len(rows) > 1
    assert all(row[3] == "ar" for row in rows[1:])


def test_kwic_table_right_aligns_the_left_context(run) -> None:
    out = run("kwic", "restraint", "--width", "20").stdout.splitlines()
    header = out[0]
    assert header.split()[:4] == ["doc", "start", "lang", "actor"]
    assert "match" in header and "right" in header

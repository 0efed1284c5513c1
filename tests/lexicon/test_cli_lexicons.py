"""The `framing lexicons` command group: list, show, convert, coverage; and --lexicon-format, --unit document."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from framing.lexicon import load_lexicon


def test_bare_group_lists_and_a_name_shows(run) -> None:
    listed = run("lexicons", "-f", "json")
    assert listed.exit_code == 0 and [r["name"] for r in json.loads(listed.stdout)] == ["unrest"]
    assert run("lexicons", "list", "-f", "json").stdout == listed.stdout
    shown = run("lexicons", "unrest", "-f", "csv")
    assert shown.stdout == run("lexicons", "show", "unrest", "-f", "csv").stdout
    assert shown.stdout.startswith("frame,lang,terms,description\n")
    assert run("lexicons", "-f", "csv", "unrest").stdout == shown.stdout  # options before the name


def test_group_help_lists_the_subcommands(run) -> None:
    result = run("lexicons", "--help")
    assert result.exit_code == 0 and result.stdout.startswith("Usage: framing lexicons [OPTIONS] COMMAND")
    for command in ("list", "show", "convert", "lint", "coverage"):
        assert f"  {command} " in result.stdout


def test_show_weights_and_format_override(run, tmp_path: Path) -> None:
    path = tmp_path / "valence.txt"
    path.write_text("good\t3\nbad\t-3\nfine\t1\n", encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO(run("lexicons", str(path), "-f", "csv").stdout)))
    assert rows == [{"frame": "valence", "lang": "en", "terms": "good (3), bad (-3), fine", "description": ""}]
    dic = tmp_path / "calm.txt"
    dic.write_text("%\n1\tcalm\n%\ncalm*\t1\n", encoding="utf-8")
    result = run("lexicons", "show", str(dic), "--lexicon-format", "liwc", "-f", "csv")
    assert result.stdout == "frame,lang,terms,description\ncalm,en,calm*,\n"


def test_convert_round_trips_yaml_dic_yaml(run, tmp_path: Path) -> None:
    dic, back = tmp_path / "unrest.dic", tmp_path / "unrest.yml"
    first = run("lexicons", "convert", "unrest", str(dic))
    assert first.exit_code == 0 and first.stdout == ""
    assert f"wrote {dic} (liwc: 11 frames," in first.stderr
    assert run("lexicons", "convert", str(dic), str(back)).exit_code == 0
    original, again = load_lexicon("unrest"), load_lexicon(back)
    assert again.frame_ids == original.frame_ids
    assert [dict(f.terms) for f in again.frames] == [dict(f.terms) for f in original.frames]
    assert [list(f.terms[c]) for f in again.frames for c in sorted(f.terms)] == \
        [list(f.terms[c]) for f in original.frames for c in sorted(f.terms)]


def test_convert_to_stdout_levels_and_errors(run, fixtures: Path, tmp_path: Path) -> None:
    out = run("lexicons", "convert", str(fixtures / "newsmap_english.yml"), "-", "--levels", "1")
    assert out.exit_code == 0
    assert out.stdout.startswith("name: newsmap_english\nframes:\n  AFRICA:\n    terms:\n      en: [")
    dic = run("lexicons", "convert", str(fixtures / "AFINN-111.txt"), "-", "--to", "liwc")
    assert dic.stdout.startswith("%\n1\tAFINN-111\n%\nabandon\t1\n")
    assert "warning: .dic has no weights; weights of AFINN-111 left out" in dic.stderr
    for args, message in [
        (["unrest", str(tmp_path / "x.xlsx")], "unknown lexicon format '.xlsx'; use one of .csv, .dic, .tsv"),
        (["unrest", "-", "--to", "lc3"], "unknown lexicon format 'lc3'; use one of csv, liwc, tsv, yaml"),
        (["unrest", "-", "--levels", "0"], "--levels must be 1 or more, got 0"),
    ]:
        result = run("lexicons", "convert", *args)
        assert result.exit_code == 2 and message in result.stderr and result.stderr.count("\n") == 1
    same = tmp_path / "same.yml"
    same.write_text("frames:\n  a:\n    terms: {en: [a]}\n", encoding="utf-8")
    result = run("lexicons", "convert", str(same), str(same))
    assert result.exit_code == 2 and "OUT is IN" in result.stderr


def test_coverage(run) -> None:
    result = run("lexicons", "coverage", "-f", "json", "--top", "3")
    assert result.exit_code == 0, result.stderr
    rows = json.loads(result.stdout)
    assert list(rows[0]) == ["actor", "lang", "statements", "unmatched", "unmatched_pct", "top_unmatched_words"]
    total = rows[-1]
    assert (total["actor"], total["lang"]) == ("(all)", "(all)")
    assert total["statements"] == sum(r["statements"] for r in rows[:-1])
    assert total["unmatched"] == sum(r["unmatched"] for r in rows[:-1])
    for row in rows:
        assert row["unmatched_pct"] == f"{100 * row['unmatched'] / row['statements']:.1f}"
        assert row["top_unmatched_words"].count("(") <= 3
    by_lang = json.loads(run("lexicons", "coverage", "--by", "lang", "-f", "json").stdout)
    assert {r["lang"] for r in by_lang} == {"en", "ar", "(all)"}


def test_coverage_library() -> None:
    from framing.coverage import coverage, coverage_rows
    from framing.model import Hit, ScoredStatement, Statement

    def st(actor: str, text: str, hit: bool) -> ScoredStatement:
        s = Statement("d", "src", "en", actor, actor, "direct", 0, len(text), text)
        return ScoredStatement(s, len(text.split()), (Hit("f", "x", 0, 1),) if hit else ())

    groups = coverage([st("eu", "The economy and the economy grew", False), st("eu", "calm", True),
                       st("us", "Not the 2 economies, said he", False)], by=("actor",))
    assert (groups[("eu",)].statements, groups[("eu",)].unmatched) == (2, 1)
    assert dict(groups[("eu",)].words) == {"economy": 2, "grew": 1}  # stopwords, negators, numbers left out
    headers, rows = coverage_rows(groups, ("actor",), top=1)
    assert rows == [["eu", 2, 1, "50.0", "economy (2)"], ["us", 1, 1, "100.0", "economies (1)"],
                    ["(all)", 3, 2, "66.7", "economy (2)"]]


def test_document_unit(run, tmp_path: Path) -> None:
    corpus = tmp_path / "docs.jsonl"
    corpus.write_text(
        json.dumps({"id": "a", "text": "Terrorists attacked. This is not terrorism.\n\nهذا إرهاب", "source": "x"}) + "\n"
        + json.dumps({"id": "b", "text": "Restraint, we said; restraint.", "source": "y"}) + "\n", encoding="utf-8")
    data = json.loads(run("compare", str(corpus), "--unit", "document", "--metric", "count", "-f", "json").stdout)
    assert data["by"] == ["doc"]  # the default --by of document units
    rows = {r["doc"]: r for r in data["rows"]}
    assert rows["a"]["documents"] == 1 and rows["a"]["tokens"] == 8  # a document unit: rows count documents
    assert rows["a"]["hits"]["terrorism"] == 3 and rows["a"]["polarity"]["terrorism"]["negated"] == 1
    assert rows["b"]["hits"]["restraint"] == 2
    by_actor = json.loads(run("compare", str(corpus), "--unit", "document", "--by", "actor", "-f", "json").stdout)
    assert sorted(r["actor"] for r in by_actor["rows"]) == ["outlet:x", "outlet:y"]
    for args, message in [(["--unit", "sentence"], "unknown --unit 'sentence'; choose from: statement, document"),
                          (["--unit", "document", "--narration"], "--narration and --voice select statements")]:
        result = run("compare", str(corpus), *args)
        assert result.exit_code == 2 and message in result.stderr


def test_statement_unit_by_doc(run) -> None:
    data = json.loads(run("compare", "--by", "doc", "-f", "json").stdout)
    assert [r["doc"] for r in data["rows"]] == ["almayadeen-2022-01-06"]
    assert data["rows"][0]["statements"] > 10


def test_tables_stay_pure(run) -> None:
    for command, fmt in [("compare", "csv"), ("compare", "simple"), ("statements", "tsv")]:
        out = run(command, "-f", fmt).stdout
        assert out and "sha256" not in out and load_lexicon("unrest").sha256[:12] not in out


def test_the_readme_documents_the_lexicon_commands_and_options() -> None:
    import typer.main

    from framing.cli.lexicons import lexicons_app

    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    for command in typer.main.get_group(lexicons_app).commands:
        if command not in ("list", "show"):
            assert f"framing lexicons {command}" in readme, command
    for option in ("--lexicon-format", "--unit document", "--metric weighted", "--levels", "negation:"):
        assert option in readme, option

"""framing compare: output parses, equals the library result, covers the bundled corpus."""

from __future__ import annotations

import csv
import io
import json

import pytest

from framing.comparison import compare
from framing.corpus import load_corpus
from framing.registry_file import load_registry
from framing.lexicon import compile_lexicon, load_lexicon
from framing.pipeline import analyse
from framing.rendering import render

CORPUS = "kazakhstan-2022"


def library_table(**kwargs):
    lexicon = load_lexicon("unrest")
    scored = analyse(load_corpus(CORPUS), load_registry(CORPUS), compile_lexicon(lexicon),
                     narration=kwargs.pop("narration", False))
    return compare(scored, lexicon.frame_ids, lexicons=[lexicon], **kwargs)


def test_json_has_the_main_actors(run) -> None:
    result = run("compare", "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert result.stderr == ""
    data = json.loads(result.stdout)
    assert data["by"] == ["actor"] and data["metric"] == "share"
    lexicon = load_lexicon("unrest")
    assert data["lexicons"] == [{"name": "unrest", "sha256": lexicon.sha256}]
    assert data["frames"] == list(lexicon.frame_ids)
    actors = {row["actor"] for row in data["rows"]}
    assert {"kz_government", "russia", "eu", "un", "us"} <= actors
    assert not any(a.startswith("outlet:") for a in actors)  # narration is off by default
    for row in data["rows"]:
        for frame in data["frames"]:
            assert row["values"][frame] == round(100 * row["with_frame"][frame] / row["statements"], 1)


def test_cli_equals_library(run) -> None:
    for fmt, kwargs in [("simple", {}), ("csv", {"by": ("actor", "lang"), "metric": "count"})]:
        args = ["compare", "-f", fmt]
        if kwargs:
            args += ["--by", ",".join(kwargs["by"]), "--metric", kwargs["metric"]]
        assert run(*args).stdout == render(library_table(**kwargs), fmt)


def test_default_paths_equal_explicit_bundled_corpus(run) -> None:
    assert run("compare", "-f", "csv").stdout == run("compare", CORPUS, "-f", "csv", "--actors", CORPUS).stdout


@pytest.mark.parametrize("fmt,dialect", [("csv", "excel"), ("tsv", "excel-tab")])
def test_csv_by_actor_lang(run, fmt: str, dialect: str) -> None:
    result = run("compare", "--by", "actor,lang", "--metric", "per1k", "-f", fmt)
    rows = list(csv.reader(io.StringIO(result.stdout), dialect=dialect))
    frames = load_lexicon("unrest").frame_ids
    assert rows[0][:5 + len(frames)] == ["actor", "lang", "statements", "tokens", "flagged", *frames]
    assert rows[0][5 + len(frames)] == f"{frames[0]}:hits"  # raw counts always follow the values
    assert {r[1] for r in rows[1:]} == {"en", "ar"}
    assert all(len(r) == len(rows[0]) for r in rows)


def test_narration_adds_the_outlet(run) -> None:
    rows = json.loads(run("compare", "--narration", "-f", "json").stdout)["rows"]
    assert "outlet:Al Mayadeen" in {r["actor"] for r in rows}


def test_jsonl_rows(run) -> None:
    lines = run("compare", "-f", "jsonl").stdout.splitlines()
    assert [json.loads(x) for x in lines] == json.loads(run("compare", "-f", "json").stdout)["rows"]


def test_stdin_and_user_lexicon(run, tmp_path) -> None:
    lexicon = tmp_path / "calm.yml"
    lexicon.write_text("name: calm\nframes:\n  calm:\n    description: Calm.\n    terms:\n      en: [calm*]\n",
                       encoding="utf-8")
    text = "“We urge everyone to stay calm,” the EU said.\n"
    result = run("compare", "-", "-l", str(lexicon), "--actors", CORPUS, "-f", "json", input=text.encode())
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["frames"] == ["calm"] and data["lexicons"][0]["name"] == "calm"
    assert data["rows"] == [{"actor": "eu", "statements": 1, "tokens": 6, "flagged": True,
                             "values": {"calm": 100.0}, "hits": {"calm": 1}, "with_frame": {"calm": 1},
                             "polarity": {"calm": {"affirmed": 1, "negated": 0, "attributed": 0}},
                             "cancelled": {"calm": 0}}]


def test_user_registry_is_merged_over_the_corpus_registry(run, tmp_path) -> None:
    registry = tmp_path / "actors.yml"
    registry.write_text("actors:\n  eu_commission:\n    name: EU\n    aliases:\n      en: [the EU]\n", encoding="utf-8")
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "a.txt").write_text("“We urge calm,” the EU said.\n", encoding="utf-8")
    without = json.loads(run("compare", str(folder), "-f", "json").stdout)["rows"]
    assert without[0]["actor"].startswith("unknown:")
    with_reg = json.loads(run("compare", str(folder), "--actors", str(registry), "-f", "json").stdout)["rows"]
    assert with_reg[0]["actor"] == "eu_commission"

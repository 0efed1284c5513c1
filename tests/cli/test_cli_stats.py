"""compare --ci/--show-counts/--min-statements/--pivot, keyness and similarity from the command line."""

from __future__ import annotations

import csv
import io
import json

import pytest

ARTICLES = "tests/data/articles/corpus"  # several outlets


def test_compare_ci_fields_and_table(run) -> None:
    data = json.loads(run("compare", "--ci", "95", "-f", "json").stdout)
    assert data["ci"]["level"] == 95 and data["ci"]["resamples"] == 1000
    for row in data["rows"]:
        for frame in data["frames"]:
            assert row["low"][frame] <= row["values"][frame] <= row["high"][frame]
    table = run("compare", "--ci", "95", "--show-counts").stdout
    gov = [line for line in table.splitlines() if line.startswith("kz_government")][0]
    assert "(5/11) [" in gov and "–" in gov
    again = run("compare", "--ci", "95", "--resamples", "200", "--seed", "7", "-f", "csv").stdout
    assert again == run("compare", "--ci", "95", "--resamples", "200", "--seed", "7", "-f", "csv").stdout
    assert again != run("compare", "--ci", "95", "--resamples", "200", "--seed", "8", "-f", "csv").stdout


def test_compare_flags_few_statements(run) -> None:
    rows = {r["actor"]: r for r in json.loads(run("compare", "-f", "json").stdout)["rows"]}
    assert rows["un"]["flagged"] is True and rows["kz_government"]["flagged"] is False
    table = run("compare").stdout
    un = [line for line in table.splitlines() if line.startswith("un ")][0]
    assert "100.0*" in un
    assert "*" not in run("compare", "--min-statements", "0").stdout
    rows = list(csv.DictReader(io.StringIO(run("compare", "--min-statements", "6", "-f", "csv").stdout)))
    assert {r["actor"]: r["flagged"] for r in rows}["russia"] == "true"


def test_compare_pivot_actor_by_outlet(run) -> None:
    result = run("compare", ARTICLES, "--by", "actor,source", "--pivot", "frame", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert len(data["columns"]) >= 4 and [t["frame"] for t in data["tables"]] == data["frames"]
    flat = json.loads(run("compare", ARTICLES, "--by", "actor,source", "-f", "json").stdout)
    cells = {(r["actor"], r["source"]): r for r in flat["rows"]}
    for table in data["tables"]:
        for row in table["rows"]:
            for outlet, cell in row["cells"].items():
                if cell is None:
                    assert (row["actor"], outlet) not in cells
                else:
                    assert cell["value"] == cells[(row["actor"], outlet)]["values"][table["frame"]]
    text = run("compare", ARTICLES, "--by", "actor,source", "--pivot", "frame").stdout
    assert text.count("share of ") == len(data["frames"])


@pytest.mark.parametrize("args,message", [
    (["compare", "--ci", "0"], "framing: --ci must be a percentage between 0 and 100, e.g. 95; got 0"),
    (["compare", "--ci", "95", "--resamples", "0"], "framing: --resamples must be 1 or more, got 0"),
    (["compare", "--pivot", "frame"], "framing: --pivot frame needs --by with two keys"),
    (["compare", "--by", "actor,source", "--pivot", "outlet"], "framing: unknown --pivot 'outlet'"),
    (["keyness", "--against", "all"], "framing: unknown --against 'all'; choose from: rest, each, both"),
    (["keyness", "--by", "source"], "framing: keyness needs at least two groups to compare; found 1"),
    (["keyness", "--group", "nobody"], "framing: no such group: nobody; groups: kz_government, "),
    (["similarity", "--linkage", "ward"], "framing: unknown --linkage 'ward'; choose from: average, "),
    (["similarity", "--metric", "mean"], "framing: unknown metric 'mean'"),
])
def test_errors_are_one_line_exit_2(run, args, message) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message) and result.stderr.count("\n") == 1


def test_keyness(run) -> None:
    data = json.loads(run("keyness", "--top", "5", "-f", "json").stdout)
    groups = [g["actor"] for g in data["groups"]]
    assert len(groups) >= 5 and data["prior"] == "corpus counts"
    assert data["table_chi2"]["dof"] > 0 and 0 <= data["table_chi2"]["p"] <= 1
    features = data["features"]
    versus = {(f["actor"], f["versus"]) for f in features}
    assert versus == {(g, "rest") for g in groups} | {(g, h) for g in groups for h in groups if g != h}
    gov = [f for f in features if (f["actor"], f["versus"], f["kind"]) == ("kz_government", "rest", "frame")]
    assert gov[0]["feature"] == "terrorism" and gov[0]["z"] > 0 and gov[0]["p"] < 0.05
    assert len(gov) == len(data["frames"])
    words = [f for f in features if f["kind"] == "word" and f["actor"] == "kz_government" and f["versus"] == "rest"]
    assert 0 < len(words) <= 5 and all(w["z"] > 0 and w["count"] > 0 for w in words)
    rows = list(csv.DictReader(io.StringIO(run("keyness", "--against", "rest", "--top", "0", "-f", "csv").stdout)))
    assert {r["versus"] for r in rows} == {"rest"} and {r["kind"] for r in rows} == {"frame"}
    table = run("keyness", "--group", "kz_government", "--against", "rest").stdout
    assert table.startswith("frames x actor: chi2 = ")


def test_keyness_by_kind_keeps_the_group_apart_from_the_features_kind(run) -> None:
    """--by kind groups statements by their kind (direct, indirect); each row's feature has a kind too."""
    rows = list(csv.DictReader(io.StringIO(run("keyness", "--by", "kind", "--top", "2", "-f", "csv").stdout)))
    assert {r["group_kind"] for r in rows} == {"direct", "indirect"}
    assert {r["kind"] for r in rows} == {"frame", "word"}
    data = json.loads(run("keyness", "--by", "kind", "-f", "json").stdout)
    assert data["by"] == ["group_kind"] and {g["group_kind"] for g in data["groups"]} == {"direct", "indirect"}
    assert {f["group_kind"] for f in data["features"]} == {"direct", "indirect"}
    assert run("keyness", "--by", "kind").stdout.startswith("frames x kind: chi2 = ")


def _words(data: dict) -> list[tuple[str, str]]:
    """``(lang, word)`` of every word listed; a word's language from its script."""
    from framing.text import script_lang

    return [(script_lang(f["feature"]), f["feature"]) for f in data["features"] if f["kind"] == "word"]


def _stopwords(words: list[tuple[str, str]]) -> list[str]:
    from framing import languages
    from framing.languages.stopwords import is_stopword

    return sorted({w for lang, w in words if is_stopword(languages.get(lang).normalize(w), lang)})


@pytest.mark.parametrize("args", [["--by", "actor"], ["--by", "lang"], ["--by", "actor,lang", "--narration"],
                                  ["--by", "source", ARTICLES], ["--by", "actor", ARTICLES, "--voice", "both"]])
def test_keyness_lists_no_stopword_unless_kept(run, args) -> None:
    data = json.loads(run("keyness", *args, "-f", "json").stdout)
    words = _words(data)
    assert words and _stopwords(words) == [] and data["stopwords"] == "left out"
    kept = json.loads(run("keyness", *args, "--keep-stopwords", "-f", "json").stdout)
    assert _stopwords(_words(kept)) != [] and kept["stopwords"] == "kept"


def test_keyness_shows_arabic_words_as_written(run) -> None:
    words = {w for _, w in _words(json.loads(run("keyness", "--against", "rest", "-f", "json").stdout))}
    assert {"الجمهورية", "أمنية", "إرسال"} <= words  # teh marbuta and hamza as the corpus writes them
    assert not words & {"الجمهوريه", "امنيه", "ارسال"}
    kept = run("keyness", "--against", "rest", "--keep-stopwords", "--top", "1000", "-f", "csv").stdout
    assert ",على," in kept and ",علي," not in kept


def test_similarity(run) -> None:
    data = json.loads(run("similarity", "-f", "json").stdout)
    order = data["order"]
    assert sorted(order) == sorted(g["actor"] for g in data["groups"])
    assert [g["actor"] for g in data["groups"]] == order
    sim = {g["actor"]: g["similarity"] for g in data["groups"]}
    assert sim["eu"]["un"] == 1.0  # both only call for restraint
    assert all(sim[a][a] == 1.0 for a in order)
    assert all(sim[a][b] == sim[b][a] for a in order for b in order)
    assert abs(order.index("eu") - order.index("un")) == 1  # clustered next to each other
    assert len(data["merges"]) == len(order) - 1
    rows = list(csv.reader(io.StringIO(run("similarity", "--by", "source", ARTICLES, "-f", "csv").stdout)))
    assert rows[0][:3] == ["source", "statements", "flagged"] and len(rows) == len(rows[0]) - 2

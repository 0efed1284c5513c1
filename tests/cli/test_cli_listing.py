"""framing lexicons / actors / corpora."""

from __future__ import annotations

import csv
import io
import json

from framing.lexicon import load_lexicon


def test_lexicons_list(run) -> None:
    rows = json.loads(run("lexicons", "-f", "json").stdout)
    (unrest,) = [r for r in rows if r["name"] == "unrest"]
    assert unrest["frames"] == len(load_lexicon("unrest").frames)
    assert unrest["languages"] == ",".join(sorted({c for f in load_lexicon("unrest").frames for c in f.terms}))


def test_lexicon_show_by_name_and_file(run, tmp_path) -> None:
    rows = list(csv.DictReader(io.StringIO(run("lexicons", "unrest", "-f", "csv").stdout)))
    assert {(r["frame"], r["lang"]) for r in rows} >= {("terrorism", "en"), ("terrorism", "ar")}
    assert "terror*" in [r for r in rows if (r["frame"], r["lang"]) == ("terrorism", "en")][0]["terms"]
    path = tmp_path / "mine.yml"
    path.write_text("frames:\n  calm:\n    terms:\n      en: [calm, quiet*]\n", encoding="utf-8")
    assert json.loads(run("lexicons", str(path), "-f", "json").stdout) == [
        {"frame": "calm", "lang": "en", "terms": "calm, quiet*", "description": ""}]


def test_actors_list_and_show(run) -> None:
    rows = json.loads(run("actors", "-f", "json").stdout)
    ids = [r["id"] for r in rows]
    assert ids == sorted(ids) and {"kz_government", "eu", "un", "us", "russia"} <= set(ids)
    assert all(isinstance(r["en"], int) and isinstance(r["ar"], int) for r in rows)
    aliases = json.loads(run("actors", "eu", "-f", "json").stdout)
    assert {"id": "eu", "lang": "en", "alias": "European Union"} in aliases


def test_actors_from_a_file(run, tmp_path) -> None:
    path = tmp_path / "a.yml"
    path.write_text("actors:\n  x:\n    name: Ex\n    aliases:\n      en: [Ex, Exx]\n", encoding="utf-8")
    assert run("actors", "--actors", str(path), "-f", "csv").stdout == "id,name,en\nx,Ex,2\n"


def test_corpora_list_and_show(run, tmp_path) -> None:
    rows = json.loads(run("corpora", "-f", "json").stdout)
    assert {"name": "kazakhstan-2022", "documents": 1, "actors": "yes"} == {
        k: v for k, v in rows[0].items() if k != "description"}
    (doc,) = json.loads(run("corpora", "kazakhstan-2022", "-f", "json").stdout)
    assert (doc["id"], doc["source"], doc["date"]) == ("almayadeen-2022-01-06", "Al Mayadeen", "2022-01-06")
    (tmp_path / "a.txt").write_text("Hello.", encoding="utf-8")
    assert run("corpora", str(tmp_path), "-f", "csv").stdout == "id,source,date,lang,title,url,chars\na,unknown,,,,,6\n"

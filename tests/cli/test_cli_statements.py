"""framing statements: the jsonl schema, offsets into the document, other formats."""

from __future__ import annotations

import csv
import io
import json

from framing.corpus import load_corpus

KEYS = ["doc", "source", "date", "lang", "actor", "speaker", "kind", "start", "end", "text", "tokens", "frames",
        "hits", "cancelled", "confidence", "via", "cue", "cue_lemma", "cue_class", "cue_start", "cue_end",
        "speaker_start", "speaker_end", "lexicons"]


def documents() -> dict[str, str]:
    return {d.id: d.text for d in load_corpus("kazakhstan-2022")}


def test_jsonl_offsets_index_the_document(run) -> None:
    result = run("statements", "-f", "jsonl")
    assert result.exit_code == 0 and result.stderr == ""
    texts = documents()
    lines = result.stdout.splitlines()
    assert len(lines) > 10
    for line in lines:
        obj = json.loads(line)
        assert list(obj) == KEYS
        doc = texts[obj["doc"]]
        assert obj["text"] == doc[obj["start"]:obj["end"]]
        assert obj["source"] == "Al Mayadeen"
        assert obj["kind"] in ("direct", "indirect")
        for hit in obj["hits"]:
            assert obj["start"] <= hit["start"] < hit["end"] <= obj["end"]
        assert sum(obj["frames"].values()) == len(obj["hits"])
    actors = {json.loads(line)["actor"] for line in lines}
    assert {"kz_government", "russia", "eu", "un", "us"} <= actors
    assert {json.loads(line)["lang"] for line in lines} == {"en", "ar"}


def test_narration_flag(run) -> None:
    kinds = {json.loads(x)["kind"] for x in run("statements", "--narration", "-f", "jsonl").stdout.splitlines()}
    assert "narration" in kinds


def test_json_is_a_list_of_the_jsonl_objects(run) -> None:
    listed = json.loads(run("statements", "-f", "json").stdout)
    assert listed == [json.loads(x) for x in run("statements", "-f", "jsonl").stdout.splitlines()]


def test_csv_has_a_column_per_frame_of_the_lexicon_and_the_cue(run) -> None:
    from framing.lexicon import load_lexicon

    frames = list(load_lexicon("unrest").frame_ids)
    rows = list(csv.DictReader(io.StringIO(run("statements", "-f", "csv").stdout)))
    assert list(rows[0]) == ["doc", "source", "date", "lang", "actor", "speaker", "kind", "start", "end", "tokens",
                             "confidence", "via", "cue", "cue_lemma", "cue_class", "cue_start", "cue_end",
                             "speaker_start", "speaker_end", *frames, "text"]
    by_offsets = {(o["doc"], o["start"], o["actor"]): o
                  for o in map(json.loads, run("statements", "-f", "jsonl").stdout.splitlines())}
    texts = documents()
    assert len(rows) == len(by_offsets)
    for row in rows:
        obj = by_offsets[(row["doc"], int(row["start"]), row["actor"])]
        assert row["text"] == texts[row["doc"]][int(row["start"]):int(row["end"])] == obj["text"]
        assert {f: int(row[f]) for f in frames} == {f: obj["frames"].get(f, 0) for f in frames}
        assert (row["cue"], row["cue_class"], int(row["cue_start"])) == (obj["cue"], obj["cue_class"], obj["cue_start"])
        if obj["cue_start"] >= 0:
            assert texts[row["doc"]][obj["cue_start"]:obj["cue_end"]] == row["cue"]


def test_csv_header_is_the_lexicons_frames_even_with_no_statement(run) -> None:
    out = run("statements", "-", "-l", "unrest", "-f", "tsv", input=b"Nobody said anything.\n").stdout
    header = out.splitlines()[0].split("\t")
    assert out.count("\n") == 1 and header[-3:] == ["economic_grievance", "human_rights", "text"]


def test_default_table(run) -> None:
    out = run("statements").stdout
    assert out.splitlines()[0].split()[:3] == ["doc", "lang", "actor"]
    assert "kz_government" in out


def test_plain_text_from_stdin(run) -> None:
    text = "Tokayev said “terrorist gangs” were to blame.\n"
    # stdin has no registry of its own: the speaker is unknown unless --actors gives one
    alone = json.loads(run("statements", "-", "-f", "jsonl", input=text.encode()).stdout)
    assert alone["actor"] == "unknown:Tokayev"
    obj = json.loads(run("statements", "-", "--actors", "kazakhstan-2022", "-f", "jsonl", input=text.encode()).stdout)
    assert (obj["doc"], obj["source"], obj["actor"]) == ("stdin", "unknown", "kz_government")
    assert obj["text"] == text[obj["start"]:obj["end"]]
    assert obj["frames"] == {"terrorism": 1}

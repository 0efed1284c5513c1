"""How the outlet reported it: every statement carries its cue (as written, lemma, class, offsets, the
speaker's offsets), and `framing cues` tables the classes per group, with the cues behind them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing import languages
from framing.extract import extract_statements
from framing.model import Document
from framing.registry_file import parse_registry

REGISTRY = parse_registry("""
actors:
  ministry: {name: Ministry of Energy, aliases: {en: [Ministry of Energy], ru: [Министерство энергетики],
                                                 ar: [وزارة الطاقة]}}
  union: {name: Miners' Union, aliases: {en: [Miners' Union], ru: [Профсоюз горняков], ar: [نقابة عمال المناجم]}}
""", path="cue-registry.yml")

# (lang, text, the statements' (actor, cue as written, lemma, class))
CASES = [
    ("en", "The Ministry of Energy said the mine would reopen.", [("ministry", "said", "say", "neutral")]),
    ("en", "The Miners' Union claimed that the shafts were unsafe.", [("union", "claimed", "claim", "doubt")]),
    ("en", "The Ministry of Energy admitted that the pumps had failed.",
     [("ministry", "admitted", "admit", "admission")]),
    ("en", "The Miners' Union stressed that no one would return underground.",
     [("union", "stressed", "stress", "assertive")]),
    ("en", "The Ministry of Energy denied that the shafts were unsafe.", [("ministry", "denied", "deny", "denial")]),
    ("ru", "Министерство энергетики заявило, что шахта откроется.",
     [("ministry", "заявило", "заявить", "neutral")]),
    ("ru", "Профсоюз горняков утверждает, что шахты опасны.", [("union", "утверждает", "утверждать", "doubt")]),
    ("ru", "Министерство энергетики признало, что насосы сломались.",
     [("ministry", "признало", "признать", "admission")]),
    ("ar", "قالت وزارة الطاقة إن المنجم سيفتح.", [("ministry", "قالت", "قال", "neutral")]),
    ("ar", "زعمت نقابة عمال المناجم أن الأنفاق خطرة.", [("union", "زعمت", "زعم", "doubt")]),
    ("ar", "أكدت نقابة عمال المناجم أن أحدا لن يعود.", [("union", "أكدت", "أكد", "assertive")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), CASES)
def test_each_statement_carries_its_cue(lang: str, text: str, expected: list) -> None:
    statements = list(extract_statements(Document("d", text, source="Wire", lang=lang), REGISTRY))
    norm = languages.get(lang).normalize
    assert [(s.actor, s.cue.text, s.cue.lemma, s.cue.cls) for s in statements] == [
        (actor, cue, norm(lemma), cls) for actor, cue, lemma, cls in expected]
    for s in statements:
        assert text[s.cue.start:s.cue.end] == s.cue.text
        assert s.cue.speaker_start >= 0 and s.speaker in text[s.cue.speaker_start:s.cue.speaker_end]


def test_statement_records_carry_the_cue_fields(run, tmp_path: Path) -> None:
    path = tmp_path / "mine.txt"
    path.write_text("The Miners' Union claimed that the shafts were unsafe. “They are,” the union added.\n\n"
                    "“Nobody goes down,” it said.\n\n“Not this week, and not next week either.”\n", encoding="utf-8")
    registry = tmp_path / "actors.yml"
    registry.write_text("actors:\n  union: {name: Miners' Union, aliases: {en: [Miners' Union]}}\n", encoding="utf-8")
    records = [json.loads(line) for line in run("statements", str(path), "--actors", str(registry), "-f",
                                                   "jsonl").stdout.splitlines()]
    text = path.read_text(encoding="utf-8")
    first = records[0]
    assert (first["cue"], first["cue_lemma"], first["cue_class"]) == ("claimed", "claim", "doubt")
    assert text[first["cue_start"]:first["cue_end"]] == "claimed"
    assert text[first["speaker_start"]:first["speaker_end"]] == "The Miners' Union"
    assert records[-1]["cue_class"] == "none" and records[-1]["cue_start"] == -1  # a continued quotation


def test_cues_table_per_outlet_and_actor(run, tmp_path: Path) -> None:
    corpus = tmp_path / "mines.jsonl"
    docs = [("a", "Daily Post", "The Miners' Union claimed that the shafts were unsafe."),
            ("b", "Daily Post", "The Ministry of Energy said the mine would reopen."),
            ("c", "Wire", "The Miners' Union said that the shafts were unsafe."),
            ("d", "Wire", "The Ministry of Energy admitted that the pumps had failed.")]
    corpus.write_text("".join(json.dumps({"id": i, "source": s, "text": t, "lang": "en"}) + "\n"
                              for i, s, t in docs), encoding="utf-8")
    registry = tmp_path / "actors.yml"
    registry.write_text("actors:\n  union: {name: Miners' Union, aliases: {en: [Miners' Union]}}\n"
                        "  ministry: {name: Ministry of Energy, aliases: {en: [Ministry of Energy]}}\n",
                        encoding="utf-8")
    result = run("cues", str(corpus), "--actors", str(registry), "--by", "source,actor", "-f", "json")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["classes"] == ["neutral", "doubt", "admission"]
    rows = {(r["source"], r["actor"]): r["classes"] for r in data["rows"]}
    assert rows[("Daily Post", "union")]["doubt"] == {"count": 1, "share": 100.0, "cues": {"claimed": 1}}
    assert rows[("Wire", "union")]["neutral"]["cues"] == {"said": 1}
    assert rows[("Wire", "ministry")]["admission"]["count"] == 1
    table = run("cues", str(corpus), "--actors", str(registry), "--by", "source", "-f", "github").stdout
    assert "claimed (1)" in table and "admitted (1)" in table
    assert run("cues", str(corpus), "--by", "colour").exit_code == 2

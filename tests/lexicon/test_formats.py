"""Every lexicon format: one tiny lexicon written in each loads equal; format choice; writers round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon import (FORMATS, SUFFIXES, WRITERS, collapse_levels, compile_lexicon, dump_lexicon, format_for,
                             load_lexicon, parse_yaml, read_lexicon)
from framing.model import Frame, Lexicon, Negation

TERMS = {
    "calm": {"en": ("calm", "restraint", "call* for calm"), "ar": ("ضبط النفس",)},
    "terror": {"en": ("terror*", "counter-terrorism")},
}
WEIGHTS = {"terror": {"en": {"terror*": 2.0}}}

# (file name, content, carries weights). The same lexicon in every format.
MINI = [
    ("mini.yml", """\
name: mini
frames:
  calm:
    terms:
      en: ["calm", "restraint", "call* for calm"]
      ar: ["ضبط النفس"]
  terror:
    terms:
      en: [{"terror*": 2}, "counter-terrorism"]
""", True),
    ("mini-quanteda.yml", """\
# a quanteda dictionary: keys to lists of patterns
calm: [calm, restraint, call* for calm, ضبط النفس]
terror: [terror*, counter-terrorism]
""", False),
    ("mini.dic", "%\n1\tcalm\n2\tterror\n%\ncalm\t1\nrestraint\t1\ncall* for calm\t1\nضبط النفس\t1\n"
                 "terror*\t2\ncounter-terrorism\t2\n", False),
    ("mini.lc3", "+calm\ncalm\nrestraint\ncall* for calm\nضبط النفس\n+terror\nterror*\ncounter-terrorism\n", False),
    ("mini.cat", "calm\n\tcalm (1)\n\trestraint (1)\n\tcall*_for_calm (1)\n\tضبط_النفس (1)\n"
                 "terror\n\tterror* (2)\n\tcounter-terrorism (1)\n", True),
    ("mini.csv", "term,frame,lang,weight\ncalm,calm,en,\nrestraint,calm,,1\ncall* for calm,calm,en,1\n"
                 "ضبط النفس,calm,ar,\nterror*,terror,en,2\ncounter-terrorism,terror,,\n", True),
    ("mini.tsv", "calm\tcalm\nrestraint\tcalm\ncall* for calm\tcalm\nضبط النفس\tcalm\nterror*\tterror\n"
                 "counter-terrorism\tterror\n", False),
]


def write(tmp_path: Path, name: str, text: str | bytes) -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def terms_of(lexicon: Lexicon) -> dict[str, dict[str, tuple[str, ...]]]:
    return {f.id: {code: tuple(terms) for code, terms in f.terms.items()} for f in lexicon.frames}


@pytest.mark.parametrize(("name", "text", "weighted"), MINI, ids=[m[0] for m in MINI])
def test_the_same_lexicon_in_every_format(tmp_path: Path, name: str, text: str, weighted: bool) -> None:
    lexicon, report = read_lexicon(write(tmp_path, name, text))
    assert lexicon.frame_ids == ("calm", "terror")
    assert terms_of(lexicon) == TERMS
    assert {f.id: dict(f.weights) for f in lexicon.frames if f.weights} == (WEIGHTS if weighted else {})
    assert [n for n in report.notes if n.level != "info"] == []
    # and it matches the same way, whatever the format
    hits = compile_lexicon(lexicon).match("They call for calm after a counter terrorism raid.", "en")
    assert [(h.frame, h.term) for h in hits] == [("calm", "call* for calm"), ("terror", "counter-terrorism")]


def test_every_format_has_a_suffix_and_mini_lexicon() -> None:
    assert set(SUFFIXES.values()) <= set(FORMATS)
    named = {format_for(name) for name, _, _ in MINI}
    assert named >= set(SUFFIXES.values()) - {"quanteda"}
    assert set(WRITERS) == {"yaml", "liwc", "csv", "tsv"}


@pytest.mark.parametrize(("path", "fmt", "expected"), [
    ("a.yml", None, "yaml"), ("a.YAML", None, "yaml"), ("a.dic", None, "liwc"), ("a.lc3", None, "lexicoder"),
    ("a.cat", None, "wordstat"), ("a.csv", None, "csv"), ("a.tsv", None, "tsv"), ("a.txt", None, "tsv"),
    ("a.txt", "liwc", "liwc"), ("a.txt", "dic", "liwc"), ("a.yml", "quanteda", "quanteda"), ("x", "LC3", "lexicoder"),
])
def test_format_for(path: str, fmt: str | None, expected: str) -> None:
    assert format_for(path, fmt) == expected


def test_unknown_formats_name_the_choices() -> None:
    with pytest.raises(LexiconError, match=r"^a\.xlsx: unknown lexicon format '\.xlsx'; use one of \.cat, \.csv"):
        format_for("a.xlsx")
    with pytest.raises(LexiconError, match=r"unknown lexicon format 'excel'; use one of csv, lexicoder, liwc"):
        format_for("a.csv", "excel")
    with pytest.raises(LexiconError, match=r"unknown lexicon format 'lexicoder'; use one of csv, liwc, tsv, yaml"):
        format_for("a.lc3", "lexicoder", writing=True)


def test_lexicon_format_overrides_the_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "mfd-export.txt", MINI[2][1])
    assert terms_of(load_lexicon(path, fmt="liwc")) == TERMS
    with pytest.raises(LexiconError, match=r"mfd-export\.txt:2: 2 cells; expected 1 \(term\)"):
        load_lexicon(path)  # read as TSV it is not a lexicon


def test_bundled_names_keep_their_format() -> None:
    assert load_lexicon("unrest", fmt="liwc") == load_lexicon("unrest")


@pytest.mark.parametrize("fmt", ["yaml", "liwc", "csv", "tsv"])
def test_writers_round_trip_frames_and_terms(tmp_path: Path, fmt: str) -> None:
    for source in ["unrest", write(tmp_path, "mini.yml", MINI[0][1])]:
        lexicon = load_lexicon(source)
        notes: list = []
        text = dump_lexicon(lexicon, fmt, on_note=notes.append)
        suffix = {"yaml": ".yml", "liwc": ".dic", "csv": ".csv", "tsv": ".tsv"}[fmt]
        again = load_lexicon(write(tmp_path, "again" + suffix, text))
        assert again.frame_ids == lexicon.frame_ids
        assert terms_of(again) == terms_of(lexicon)  # the same terms, in the same order
        if fmt == "liwc":
            assert all(not f.weights for f in again.frames)
            assert any(n.check == "dic-weights" for n in notes) == any(f.weights for f in lexicon.frames)
        else:
            assert [dict(f.weights) for f in again.frames] == [dict(f.weights) for f in lexicon.frames]
        if fmt == "yaml":
            assert again.frames == lexicon.frames and again.description == lexicon.description


def test_dic_writer_keeps_each_frames_order_when_terms_are_shared() -> None:
    lexicon = Lexicon("x", "", (Frame("a", "", {"en": ("x", "y", "z")}), Frame("b", "", {"en": ("w", "y", "x2")})))
    text = dump_lexicon(lexicon, "liwc")
    assert text == "%\n1\ta\n2\tb\n%\nx\t1\nw\t2\ny\t1\t2\nz\t1\nx2\t2\n"


def test_yaml_writer_keeps_negation_and_weights() -> None:
    negation = Negation(window=2, negators={"en": ("not", "hardly")}, pseudo={"en": ("not only",)})
    lexicon = Lexicon("n", "A lexicon: with a colon", (
        Frame("a", "First.", {"en": ("x", "y")}, {"en": {"y": -1.5}}, negation),
        Frame("b", "", {"ar": ("ضبط النفس",)}, {}, negation),
    ))
    text = dump_lexicon(lexicon, "yaml")
    assert "negation:\n  window: 2\n" in text and '{"y": -1.5}' in text
    assert parse_yaml(text).frames == lexicon.frames
    off = Lexicon("n", "", (Frame("a", "", {"en": ("x",)}, {}, Negation(window=0)), Frame("b", "", {"en": ("y",)})))
    assert "    negation: false\n" in dump_lexicon(off, "yaml")
    assert parse_yaml(dump_lexicon(off, "yaml")).frames == off.frames


def test_collapse_levels() -> None:
    lexicon = Lexicon("geo", "", (
        Frame("AFRICA/EAST/KE", "", {"en": ("Kenya", "Nairobi")}),
        Frame("AFRICA/EAST/TZ", "", {"en": ("Tanzania", "Nairobi")}),
        Frame("AFRICA/WEST/GH", "", {"en": ("Ghana",)}),
        Frame("ASIA/EAST/JP", "", {"en": ("Japan",)}, {"en": {"Japan": 2.0}}),
    ))
    one = collapse_levels(lexicon, 1)
    assert one.frame_ids == ("AFRICA", "ASIA")
    assert one.frames[0].terms == {"en": ("Kenya", "Nairobi", "Tanzania", "Ghana")}
    assert one.frames[1].weights == {"en": {"Japan": 2.0}}
    assert collapse_levels(lexicon, 2).frame_ids == ("AFRICA/EAST", "AFRICA/WEST", "ASIA/EAST")
    assert collapse_levels(lexicon, 5) .frame_ids == lexicon.frame_ids
    with pytest.raises(ValueError):
        collapse_levels(lexicon, 0)


# -- per-format details ------------------------------------------------------

def test_lexicoder(tmp_path: Path) -> None:
    text = "stray\n+NEGATIVE\n  a lie \nabandon*\n\n+POS ITIVE\nability*\n+\n"
    path = write(tmp_path, "lsd.lc3", text)
    with pytest.raises(LexiconError, match=r"lsd\.lc3:8: a category line needs a name after '\+'"):
        load_lexicon(path)
    lexicon, report = read_lexicon(write(tmp_path, "ok.lc3", text[:-2]))
    assert lexicon.frame_ids == ("NEGATIVE", "POS_ITIVE")
    assert lexicon.frames[0].terms == {"en": ("a lie", "abandon*")}
    assert [(n.line, n.check) for n in report.notes] == [(1, "lc3-orphan"), (6, "renamed")]


def test_wordstat_nesting_weights_and_phrases(tmp_path: Path) -> None:
    text = ("ECONOMY\n\tTAXES\n\t\tTAX* (1)\n\t\tTAX_CUT (2)\n\tBUDGET (1)\n\tEMPTY\n"
            "SECURITY\n    ARMY (1)\n\t\t\tDEEP (0.5)\n")
    lexicon, report = read_lexicon(write(tmp_path, "d.cat", text))
    assert lexicon.frame_ids == ("ECONOMY/TAXES", "ECONOMY", "SECURITY")
    assert lexicon.frames[0].terms == {"en": ("TAX*", "TAX CUT")}
    assert lexicon.frames[0].weights == {"en": {"TAX CUT": 2.0}}
    assert lexicon.frames[1].terms == {"en": ("BUDGET",)}
    assert lexicon.frames[2].terms == {"en": ("ARMY", "DEEP")} and lexicon.frames[2].weights == {"en": {"DEEP": 0.5}}
    assert sorted((n.line, n.check) for n in report.notes) == [(6, "empty"), (8, "cat-spaces"), (9, "cat-indent")]
    with pytest.raises(LexiconError, match=r"bad\.cat:2: category 'SUB' is indented 2 level\(s\)"):
        load_lexicon(write(tmp_path, "bad.cat", "TOP\n\t\tSUB\n\t\t\tX (1)\n"))


@pytest.mark.parametrize(("text", "line", "message"), [
    ("term,frame\ncalm\n", 2, r"1 cells; expected 2 \(term,frame\)"),
    ("term,frame,lang\ncalm,calm,fr\n", 2, "unknown language code 'fr'"),
    ("term,frame,weight\ncalm,calm,high\n", 2, "weight 'high' is not a number"),
    ("term,category,colour\ncalm,calm,red\n", 1, "unknown column 'colour'; use term, frame, lang, weight"),
    ("a,b,c,d,e\n", 1, "5 columns; expected term,frame"),
    ("# only a comment\n\n", None, "no entries: the table has no rows"),
])
def test_table_errors(tmp_path: Path, text: str, line: int | None, message: str) -> None:
    path = write(tmp_path, "t.csv", text)
    where = f"{path}:{line}: " if line else f"{path}: "
    with pytest.raises(LexiconError, match="^" + where.replace(".", r"\.") + message):
        load_lexicon(path)


def test_table_layouts(tmp_path: Path) -> None:
    words = load_lexicon(write(tmp_path, "calm-words.txt", "calm\nrestraint\n"))
    assert words.frame_ids == ("calm-words",) and words.frames[0].terms == {"en": ("calm", "restraint")}
    scored = load_lexicon(write(tmp_path, "valence.tsv", "good\t3\nbad\t-3\nnot good\t-2\n"), on_note=lambda n: None)
    assert scored.frame_ids == ("valence",)
    assert scored.frames[0].weights == {"en": {"good": 3.0, "bad": -3.0, "not good": -2.0}}
    three = load_lexicon(write(tmp_path, "x.csv", "calm,calm,0.5\nhush,calm,2\n"))
    assert three.frames[0].weights == {"en": {"calm": 0.5, "hush": 2.0}}
    quoted = load_lexicon(write(tmp_path, "q.csv", 'term,frame\n"rock, paper",game\n'))
    assert quoted.frames[0].terms == {"en": ("rock, paper",)}


def test_quanteda_yaml(tmp_path: Path) -> None:
    text = ("AFRICA:\n  EAST:\n    KE: [Kenya, Kenyan*]\n    NO: Norway\nEUROPE:\n  'NO': [Norway, yes]\n"
            "BAD: [\"*deceit*\", \"z??\", fine]\nEMPTY: []\n")
    lexicon, report = read_lexicon(write(tmp_path, "d.yml", text))
    assert lexicon.frame_ids == ("AFRICA/EAST/KE", "AFRICA/EAST/NO", "EUROPE/NO", "BAD")
    assert lexicon.frames[2].terms == {"en": ("Norway", "yes")}  # keys and items as written, not YAML booleans
    assert [(n.line, n.check) for n in report.notes] == [
        (4, "quanteda-scalar"), (7, "unsupported"), (7, "unsupported"), (8, "empty")]
    assert "'?' wildcards are not supported" in report.notes[2].message
    forced = load_lexicon(write(tmp_path, "f.yml", "frames: [a, b]\nother: [c]\n"), fmt="quanteda")
    assert forced.frame_ids == ("frames", "other")


def test_a_native_lexicon_with_a_typo_is_not_read_as_quanteda(tmp_path: Path) -> None:
    from framing.errors import LexiconError

    path = write(tmp_path, "typo.yml", "frame:\n  calm:\n    terms:\n      en: [calm]\n")
    with pytest.raises(LexiconError, match=r"typo\.yml:1: the lexicon: unknown key 'frame'"):
        load_lexicon(path)

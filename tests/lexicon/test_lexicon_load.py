"""Loading lexicon files: the YAML format, its errors (file:line), merging."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from framing.errors import FramingError, LexiconError
from framing.lexicon import LOADERS, load_lexicon, load_lexicons, merge_lexicons, parse_yaml, provenance
from framing.model import Frame, Lexicon

MINI = """\
name: mini
description: A tiny lexicon.
frames:
  calm:
    description: Calls for calm.
    terms:
      en: ["calm", "restraint"]
      ar: ["ضبط النفس"]
  terror:
    terms:
      en:
        - terror*
        - counter-terrorism
"""


def write(tmp_path: Path, text: str | bytes, name: str = "mine.yml") -> str:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return str(path)


def test_load_yaml(tmp_path: Path) -> None:
    path = write(tmp_path, MINI)
    lexicon = load_lexicon(path)
    assert lexicon.name == "mini"
    assert lexicon.description == "A tiny lexicon."
    assert lexicon.frame_ids == ("calm", "terror")
    assert lexicon.frames[0] == Frame("calm", "Calls for calm.", {"en": ("calm", "restraint"), "ar": ("ضبط النفس",)})
    assert lexicon.frames[1].description == ""
    assert lexicon.frames[1].terms == {"en": ("terror*", "counter-terrorism")}
    assert lexicon.sha256 == hashlib.sha256(MINI.encode()).hexdigest()
    assert lexicon.path == path
    assert load_lexicon(Path(path)) == lexicon


def test_suffixes_and_defaults(tmp_path: Path) -> None:
    assert set(LOADERS) >= {".yml", ".yaml"}
    text = "frames:\n  calm:\n    terms:\n      en: [calm, calm]\n"
    lexicon = load_lexicon(write(tmp_path, text, "other.YAML"), on_note=lambda note: None)
    assert lexicon.name == "other"  # no name: the file name
    assert lexicon.frames[0].terms == {"en": ("calm",)}  # duplicates counted once (with a note)


def test_utf8_bom_accepted(tmp_path: Path) -> None:
    lexicon = load_lexicon(write(tmp_path, "\ufeff" + MINI))
    assert lexicon.frame_ids == ("calm", "terror")


def test_parse_yaml_is_pure() -> None:
    lexicon = parse_yaml(MINI, "x.yml")
    assert lexicon.name == "mini" and lexicon.sha256 == "" and lexicon.path == ""


FRAME_HEAD = "name: mine\nframes:\n  calm:\n    terms:\n"

# (file content, line, message pattern); the line is None for whole-file problems.
BAD = [
    (FRAME_HEAD + "      en: 12\n", 5, "frames.calm.terms.en must be a list of strings, got int"),
    (FRAME_HEAD + "      en: calm\n", 5, "frames.calm.terms.en must be a list of strings, got str"),
    (FRAME_HEAD + "      en:\n        - calm\n        - 12\n", 7,
     r"frames.calm.terms.en must be a list of strings, got int \(item 2: 12; quote it\)"),
    (FRAME_HEAD + "      en: [yes]\n", 5, r"frames.calm.terms.en must be a list of strings, got bool \(item 1: yes; quote it\)"),
    (FRAME_HEAD + "      en: []\n", 5, "frames.calm.terms.en is empty"),
    (FRAME_HEAD + "      fr: [calme]\n", 5, "frames.calm.terms: unknown language code 'fr'; supported: ar, en"),
    (FRAME_HEAD + "      en: ['ter*or']\n", 5, r"frames.calm.terms.en: term 'ter\*or': '\*' may only end a word"),
    (FRAME_HEAD + "      en: ['']\n", 5, "frames.calm.terms.en: empty term"),
    ("name: mine\nframes:\n  calm:\n    terms: {}\n", 4, "frames.calm.terms is empty"),
    ("name: mine\nframes:\n  calm:\n    terms:\n", 4, "frames.calm.terms must be a mapping of language code"),
    ("name: mine\nframes:\n  calm:\n    description: x\n", 3, r"frames.calm has no 'terms' \(a mapping of language"),
    ("name: mine\nframes:\n  calm:\n", 3, "frames.calm must be a mapping with 'description' and 'terms', got null"),
    ("name: mine\nframes:\n  calm:\n    term: {en: [calm]}\n", 4,
     "frames.calm: unknown key 'term'; expected one of: description, terms"),
    ("name: mine\nframes:\n  Calm Down:\n    terms: {en: [calm]}\n", 3, "frames: bad frame id 'Calm Down'"),
    ("name: mine\nframes:\n  calm:\n    terms: {en: [calm]}\n  calm:\n    terms: {en: [x]}\n", 5,
     r"frames: duplicate key 'calm' \(first at line 3\)"),
    ("name: mine\nframes: {}\n", 2, "frames is empty; give at least one frame"),
    ("name: mine\ndescription: no frames here\n", 1, r"the lexicon has no 'frames' \(a mapping of frame id to frame\)"),
    ("name: mine\nframe:\n  calm: {terms: {en: [calm]}}\n", 2, "the lexicon: unknown key 'frame'"),
    ("name: [a, b]\nframes: {}\n", 1, "name must be a string, got list"),
    ("- calm\n- restraint\n", 1, "the lexicon must be a mapping with 'frames', got list"),
    ("name: mine\nframes:\n  calm:\n    terms:\n      en: [calm\n", 6, "invalid YAML: while parsing a flow sequence"),
    ("name: mine\nframes:\n\tcalm: x\n", 3, r"invalid YAML: .*found character '\\t'"),
    ("# only a comment\n", None, "the lexicon is empty; it must be a mapping with 'frames'"),
]


@pytest.mark.parametrize(("text", "line", "message"), BAD)
def test_errors_name_file_and_line(tmp_path: Path, text: str, line: int | None, message: str) -> None:
    path = write(tmp_path, text)
    where = f"{path}:{line}: " if line else f"{path}: "
    with pytest.raises(LexiconError, match="^" + re.escape(where) + message) as info:
        load_lexicon(path)
    assert info.value.path == path and info.value.line == line


@pytest.mark.parametrize(("content", "line", "message"), [
    (b"", None, "file is empty"),
    (b"  \n\n", None, "file is empty"),
    (b"name: x\nframes:\n  \xff\xfe: 1\n", 3, r"not valid UTF-8 \(byte 0xff\); save the file as UTF-8"),
    (b"name: x\n\x00\x01\x02", 2, r"not a text file \(binary data\)"),
    (b"name: x\nframes: \x07\n", 2, r"invalid YAML: control character U\+0007 is not allowed"),
])
def test_unreadable_content(tmp_path: Path, content: bytes, line: int | None, message: str) -> None:
    path = write(tmp_path, content)
    where = f"{path}:{line}: " if line else f"{path}: "
    with pytest.raises(LexiconError, match="^" + re.escape(where) + message):
        load_lexicon(path)


def test_missing_file_folder_and_format(tmp_path: Path) -> None:
    with pytest.raises(LexiconError, match=re.escape(f"{tmp_path}/nope.yml: file not found")):
        load_lexicon(tmp_path / "nope.yml")
    (tmp_path / "dir.yml").mkdir()
    with pytest.raises(LexiconError, match="is a folder"):
        load_lexicon(str(tmp_path / "dir.yml"))
    with pytest.raises(LexiconError, match=r"unknown lexicon format '\.docx'; use one of \.cat, \.csv, \.dic, "
                       r"\.lc3, \.tsv, \.txt, \.yaml, \.yml, or name the format with --lexicon-format"):
        load_lexicon(write(tmp_path, MINI, "mine.docx"))


def test_unknown_bundled_name() -> None:
    with pytest.raises(LexiconError, match=r"no such lexicon file or bundled lexicon 'nonesuch' \(bundled: .*unrest"):
        load_lexicon("nonesuch")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads everything")
def test_unreadable_file(tmp_path: Path) -> None:
    path = write(tmp_path, MINI)
    os.chmod(path, 0)
    try:
        with pytest.raises(LexiconError, match="cannot read"):
            load_lexicon(path)
    finally:
        os.chmod(path, 0o644)


def test_errors_are_framing_errors_with_one_line(tmp_path: Path) -> None:
    path = write(tmp_path, FRAME_HEAD + "      en: 12\n")
    with pytest.raises(FramingError) as info:
        load_lexicon(path)
    assert "\n" not in str(info.value)


def lex(name: str, *frames: tuple[str, str]) -> Lexicon:
    return Lexicon(name, "", tuple(Frame(i, "", {"en": (t,)}) for i, t in frames), sha256=name * 3, path=name + ".yml")


def test_merge_later_frame_replaces_keeping_first_position() -> None:
    a = lex("a", ("calm", "calm"), ("terror", "terror*"))
    b = lex("b", ("dialogue", "dialogue"), ("calm", "restraint"))
    merged = merge_lexicons([a, b])
    assert merged.frame_ids == ("calm", "terror", "dialogue")
    assert merged.frames[0].terms == {"en": ("restraint",)}
    assert merged.name == "a+b"
    assert merged.path == "a.yml,b.yml"
    assert len(merged.sha256) == 64
    assert merge_lexicons([b, a]).sha256 != merged.sha256
    assert merge_lexicons([a]) is a
    assert provenance([a, b]) == (("a", "aaa"), ("b", "bbb"))
    with pytest.raises(ValueError):
        merge_lexicons([])


def test_load_lexicons_for_the_cli(tmp_path: Path) -> None:
    mine = write(tmp_path, "name: mine\nframes:\n  restraint:\n    terms: {en: [calm down]}\n  extra:\n    terms: {en: [x]}\n")
    merged, prov = load_lexicons(["unrest", mine])
    unrest = load_lexicon("unrest")
    assert merged.frame_ids == (*unrest.frame_ids, "extra")
    assert merged.frames[unrest.frame_ids.index("restraint")].terms == {"en": ("calm down",)}
    assert prov == (("unrest", unrest.sha256), ("mine", load_lexicon(mine).sha256))
    default, prov = load_lexicons()
    assert default == unrest and prov == (("unrest", unrest.sha256),)


def test_error_uses_the_path_as_given(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "lexicons").mkdir()
    (tmp_path / "lexicons" / "mine.yml").write_text(FRAME_HEAD + "      en: 12\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    with pytest.raises(LexiconError) as info:
        load_lexicon("lexicons/mine.yml")
    assert str(info.value) == "lexicons/mine.yml:5: frames.calm.terms.en must be a list of strings, got int"


def test_weights_in_yaml(tmp_path: Path) -> None:
    text = FRAME_HEAD + '      en: ["calm", {"restraint": 2}, {"calm down": -0.5}]\n'
    lexicon = load_lexicon(write(tmp_path, text))
    assert lexicon.frames[0].terms == {"en": ("calm", "restraint", "calm down")}
    assert lexicon.frames[0].weights == {"en": {"restraint": 2.0, "calm down": -0.5}}
    block = FRAME_HEAD + "      en:\n        - calm\n        - restraint: 2\n"
    assert load_lexicon(write(tmp_path, block, "b.yml")).frames[0].weights == {"en": {"restraint": 2.0}}


@pytest.mark.parametrize(("terms", "message"), [
    ('[{"restraint": high}]', r"5: frames.calm.terms.en.restraint must be a number \(the term's weight\), got str"),
    ('[{"restraint": .inf}]', r"5: frames.calm.terms.en.restraint: weight 'inf' is not a finite number"),
    ('[{"a": 1, "b": 2}]', r"5: frames.calm.terms.en must be a list of strings, got mapping \(item 1\)$"),
])
def test_weight_errors(tmp_path: Path, terms: str, message: str) -> None:
    path = write(tmp_path, FRAME_HEAD + f"      en: {terms}\n")
    with pytest.raises(LexiconError, match=re.escape(path) + ":" + message):
        load_lexicon(path)


def test_repeated_terms_are_noted(tmp_path: Path) -> None:
    path = write(tmp_path, FRAME_HEAD + "      en:\n        - calm\n        - calm\n")
    notes: list = []
    lexicon = load_lexicon(path, on_note=notes.append)
    assert lexicon.frames[0].terms == {"en": ("calm",)}
    assert [str(n) for n in notes] == [
        f"{path}:7: warning: duplicate entry 'calm' in frame 'calm' (first at line 6); counted once"]
    from framing.lexicon import LexiconWarning

    with pytest.warns(LexiconWarning, match="duplicate entry 'calm'"):
        load_lexicon(path)

"""framing lexicons lint: the checks (library) and the command (exit codes, corpus counts)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from framing.lexicon import read_lexicon
from framing.lexicon.lint import exit_code, lint_lexicon

LEXICON = """\
name: linty
frames:
  terror:
    terms:
      en: ["terror*", "terrorist", "counter-terrorism", "counter terrorism", "a*", "terror* attack*"]
      ar: ["الإرهاب", "إرهاب"]
  violence:
    terms:
      en: ["attack*", "terrorist"]
  calm:
    terms:
      en: ["calm", "calm"]
"""


def write(tmp_path: Path, text: str, name: str = "linty.yml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def findings(path: str) -> list[tuple[int | None, str, str, str]]:
    lexicon, report = read_lexicon(path, keep_going=True)
    return [(n.line, n.level, n.check, n.term) for n in lint_lexicon(lexicon, report)]


def test_checks(tmp_path: Path) -> None:
    assert findings(write(tmp_path, LEXICON)) == [
        (5, "warning", "shadowed", "counter terrorism"),  # the same words as counter-terrorism, listed after it
        (5, "warning", "shadowed", "terrorist"),          # terror* comes first and matches the same token
        (5, "warning", "short-glob", "a*"),
        (6, "warning", "shadowed", "إرهاب"),               # الإرهاب matches إرهاب too (a term's article is stripped)
        (9, "warning", "overlap", "attack*"),             # a* (terror) matches "attack..." too
        (9, "warning", "overlap", "attack*"),             # inside terror* attack*
        (9, "warning", "overlap", "terrorist"),           # inside terror* attack*
        (9, "warning", "overlap", "terrorist"),           # terror* matches it
        (9, "warning", "overlap", "terrorist"),           # and so does terror's own 'terrorist'
        (12, "warning", "duplicate", "calm"),
    ]


def test_shadowing_needs_the_general_entry_first(tmp_path: Path) -> None:
    text = "frames:\n  t:\n    terms:\n      en: [terrorist, terror*]\n"
    assert findings(write(tmp_path, text)) == []


def test_clean_lexicon(tmp_path: Path) -> None:
    assert findings(write(tmp_path, "frames:\n  t:\n    terms:\n      en: [calm, restraint]\n")) == []


def test_exit_codes(run, tmp_path: Path) -> None:
    clean = write(tmp_path, "frames:\n  t:\n    terms:\n      en: [calm, restraint]\n", "clean.yml")
    result = run("lexicons", "lint", clean, "-f", "csv")
    assert result.exit_code == 0 and result.stdout == "where,level,check,frame,term,message\n"
    result = run("lexicons", "lint", write(tmp_path, LEXICON), "-f", "json")
    assert result.exit_code == 1
    assert [r["check"] for r in json.loads(result.stdout)][:3] == ["shadowed", "shadowed", "short-glob"]
    bad = tmp_path / "bad.dic"
    bad.write_text("%\n1\tcalm\noops\n%\ncalm\t1\ncalm\t1\n", encoding="utf-8")
    result = run("lexicons", "lint", str(bad), "-f", "csv")
    assert result.exit_code == 2 and result.stderr == ""
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["where"], r["level"], r["check"]) for r in rows] == [
        (f"{bad}:3", "error", "malformed"), (f"{bad}:6", "warning", "duplicate")]


def test_unreadable_file_is_one_line_exit_2(run, tmp_path: Path) -> None:
    result = run("lexicons", "lint", str(tmp_path / "missing.dic"))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"framing: {tmp_path / 'missing.dic'}: file not found\n"


def test_with_a_corpus_every_entry_has_its_hits(run, tmp_path: Path) -> None:
    corpus = tmp_path / "news.txt"
    corpus.write_text("Terror and calm. Not calm at all. A terror attack.\n", encoding="utf-8")
    lexicon = write(tmp_path, "frames:\n  t:\n    terms:\n      en: [terror*, calm, restraint]\n")
    result = run("lexicons", "lint", lexicon, str(corpus), "-f", "json")
    assert result.exit_code == 0
    rows = [(r["check"], r["term"], r["message"]) for r in json.loads(result.stdout)]
    assert rows == [  # all on line 4, in order of check and message
        ("hits", "calm", "'calm' (t): 2 hit(s), 1 negated in 1 document(s)"),  # "Not calm": a negated hit
        ("hits", "terror*", "'terror*' (t): 2 hit(s) in 1 document(s)"),
        ("unmatched", "restraint", "'restraint' (t) never matched in 1 document(s)"),
    ]


@pytest.mark.parametrize(("name", "code"), [("unrest", 1), ("mfd2.0.dic", 1), ("AFINN-111.txt", 0)])
def test_bundled_and_fixture_lexicons(run, fixtures: Path, name: str, code: int) -> None:
    source = name if name == "unrest" else str(fixtures / name)
    result = run("lexicons", "lint", source, "-f", "jsonl")
    assert result.exit_code == code
    assert all(json.loads(line)["level"] in ("warning", "info") for line in result.stdout.splitlines())


def test_exit_code() -> None:
    from framing.lexicon.report import Note

    assert exit_code([]) == 0
    assert exit_code([Note("x", 1, "m", "info")]) == 0
    assert exit_code([Note("x", 1, "m", "info"), Note("x", 2, "m", "warning")]) == 1
    assert exit_code([Note("x", 1, "m", "error"), Note("x", 2, "m", "warning")]) == 2

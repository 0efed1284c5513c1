"""The LIWC .dic reader: strict about structure, lenient about the known irregularities, with line-numbered notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from framing.errors import LexiconError
from framing.lexicon import read_lexicon
from framing.lexicon.liwc_format import parse_dic
from framing.lexicon.report import Report

CLEAN = "%\n1\tposemo\n2\tnegemo\n%\nhappy\t1\nsad*\t2\nbitter sweet\t1\t2\n"


def read(tmp_path: Path, content: str | bytes, name: str = "d.dic"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8", newline="")
    return read_lexicon(str(path))


def terms(lexicon) -> dict[str, tuple[str, ...]]:
    return {f.id: f.terms["en"] for f in lexicon.frames}


EXPECTED = {"posemo": ("happy", "bitter sweet"), "negemo": ("sad*", "bitter sweet")}


@pytest.mark.parametrize("content", [
    CLEAN,
    CLEAN.replace("\n", "\r\n"),            # CRLF
    CLEAN.replace("\n", "\r"),              # old-Mac CR only (MFD 2.0)
    "\ufeff" + CLEAN,                       # BOM
    "\n" + CLEAN.replace("%\nhappy", "%\n\n  happy") + "\n\n",  # blank lines, indentation
])
def test_line_ends_bom_blank_lines_are_silent(tmp_path: Path, content: str) -> None:
    lexicon, report = read(tmp_path, content)
    assert terms(lexicon) == EXPECTED
    assert report.notes == []


# (entry lines after the header, expected terms, [(line, check)]); the header takes lines 1-4.
IRREGULAR = [
    ("happy \t\t 1\nsad*  2\n", {"posemo": ("happy",), "negemo": ("sad*",)}, [(5, "liwc-separator"), (6, "liwc-no-tab")]),
    ("happy\t1\nhappy\t1\n", {"posemo": ("happy",)}, [(6, "duplicate")]),
    ("protect\t1\nprotect\t2\n", {"posemo": ("protect",), "negemo": ("protect",)}, []),  # union, as MFD 2.0 needs
    ("kind <of>\t1\nhappy\t1\n", {"posemo": ("happy",)}, [(5, "liwc-of")]),
    ("like\t1 (2 1)2\n", {"posemo": ("like",), "negemo": ("like",)}, [(5, "liwc-parens"), (5, "liwc-separator")]),
    ("like\t1 134/125[02\n", {"posemo": ("like",)}, [(5, "liwc-code"), (5, "liwc-separator")]),
    ("happy\t1\t7\n", {"posemo": ("happy",)}, [(5, "liwc-undefined")]),
    ("happy\nsad*\t2\n", {"negemo": ("sad*",)}, [(5, "liwc-no-id")]),
    (":)\t1\nhappy\t1\n", {"posemo": ("happy",)}, [(5, "unsupported")]),
    ("happy\t1\n%\n", {"posemo": ("happy",)}, [(6, "liwc-extra-percent")]),
]


@pytest.mark.parametrize(("entries", "expected", "notes"), IRREGULAR)
def test_irregularities_are_read_with_notes(tmp_path: Path, entries: str, expected: dict, notes: list) -> None:
    lexicon, report = read(tmp_path, "%\n1\tposemo\n2\tnegemo\n%\n" + entries)
    assert terms(lexicon) == expected
    assert sorted((n.line, n.check) for n in report.notes if n.check != "empty") == notes
    assert all(n.path.endswith("d.dic") and str(n).startswith(f"{n.path}:{n.line}: ") for n in report.notes)


def test_spaces_for_tabs_and_repeated_irregularity_is_one_note(tmp_path: Path) -> None:
    # MFD 1.0: header separated by spaces, entries by runs of TABs, several ids per line
    content = "%\n01 HarmVirtue\n02   HarmVice\n%\nsafe*\t\t\t01\npeace*\t\t01 02\nhurt*\t\t02\n"
    lexicon, report = read(tmp_path, content)
    assert terms(lexicon) == {"HarmVirtue": ("safe*", "peace*"), "HarmVice": ("peace*", "hurt*")}
    assert [(n.line, n.message) for n in report.notes] == [
        (2, "category fields not separated by one TAB; read anyway (and 1 more line)"),
        (5, "ids not separated by single TABs; read anyway (and 2 more lines)"),
    ]


def test_category_names_become_frame_ids(tmp_path: Path) -> None:
    lexicon, report = read(tmp_path, "%\n1\tHarm Virtue\n2\tcare.vice\n%\nsafe\t1\nhurt\t2\n")
    assert lexicon.frame_ids == ("Harm_Virtue", "care.vice")
    assert [(n.line, n.level, n.check) for n in report.notes] == [(2, "info", "renamed")]


@pytest.mark.parametrize(("content", "line", "message"), [
    ("1\tposemo\nhappy\t1\n", 1, r"a LIWC \.dic needs its category list between two '%' lines; found 0"),
    ("%\n1\tposemo\nhappy\t1\n", 1, r".*; found 1 \(line 1\)"),
    ("%\nposemo\n%\nhappy\t1\n", 2, r"category line 'posemo' must be a number and a name"),
    ("%\n1\tposemo\n1\tnegemo\n%\nhappy\t1\n", 3, r"category id 1 given twice \('posemo' and 'negemo'\)"),
    ("%\n1\tposemo\n%\nhappy\t2\n", None, "no entries: the lexicon has no frame with a usable term"),
])
def test_structural_errors_name_file_and_line(tmp_path: Path, content: str, line: int | None, message: str) -> None:
    path = tmp_path / "d.dic"
    path.write_text(content, encoding="utf-8")
    where = f"{path}:{line}: " if line else f"{path}: "
    with pytest.raises(LexiconError, match="^" + re.escape(where) + message):
        read_lexicon(str(path))


def test_keep_going_records_every_error(tmp_path: Path) -> None:
    report = Report("d.dic", keep_going=True)
    lexicon = parse_dic("%\nposemo\n1\tnegemo\n1\tagain\n%\nsad\t1\n", "d.dic", report)
    assert [(n.line, n.level) for n in report.notes] == [(2, "error"), (4, "error")]
    assert terms(lexicon) == {"negemo": ("sad",)}


def test_text_before_the_header_is_noted(tmp_path: Path) -> None:
    lexicon, report = read(tmp_path, "My dictionary\n" + CLEAN)
    assert terms(lexicon) == EXPECTED
    assert [(n.line, n.check) for n in report.notes] == [(1, "liwc-preamble")]


def test_notes_go_to_stderr_and_data_to_stdout(run, tmp_path: Path) -> None:
    path = tmp_path / "calm.dic"
    path.write_text("%\n1\tcalm\n%\ncalm*\t1\nkind <of>\t1\n", encoding="utf-8")
    result = run("compare", "-", "-l", str(path), "--actors", "kazakhstan-2022", "-f", "csv",
                 input="“We urge calm,” the EU said.\n".encode())
    assert result.exit_code == 0
    assert result.stdout.startswith("actor,statements,tokens,")
    assert result.stderr == f"framing: {path}:5: warning: entry 'kind <of>' skipped: <of>-style tokens are " \
                            "not supported\n"


def test_structural_error_is_one_line_exit_2(run, tmp_path: Path) -> None:
    path = tmp_path / "bad.dic"
    path.write_text("%\nposemo\n%\nhappy\t1\n", encoding="utf-8")
    result = run("compare", "-l", str(path))
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr == f"framing: {path}:2: category line 'posemo' must be a number and a name " \
                            "('1<TAB>posemo')\n"

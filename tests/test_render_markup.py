"""records.py in markup formats: one table row per record (explain, kwic), nothing that breaks Markdown,
no bidi controls in LaTeX; pandoc reads the Markdown, pdflatex and XeLaTeX typeset the LaTeX."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from tabulate import tabulate_formats

from framing.records import FSI, PDI, TERMINAL_FORMATS, Lines, cell_text, render_view, tabulated

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles" / "corpus"  # English and Arabic outlets
MARKUP = sorted(set(tabulate_formats) - TERMINAL_FORMATS - {"tsv"})


@pytest.fixture(scope="module")
def explained():
    """``explain kz_government terrorism`` on the bundled corpus: 5 statements, long ones, two in Arabic."""
    from framing.evidence import explain
    from framing.lexicon import compile_lexicon, load_lexicon
    from framing.pipeline import analyse_documents
    from framing.corpus import load_corpus
    from framing.registry_file import load_registry
    from framing.views import explanation_view

    lexicon = load_lexicon("unrest")
    analysed = list(analyse_documents(load_corpus("kazakhstan-2022"), load_registry("kazakhstan-2022"),
                                      compile_lexicon(lexicon)))
    expl = explain(analysed, ("kz_government",), "terrorism", frames=lexicon.frame_ids)
    assert len(expl.evidence) == 5
    return explanation_view(expl)


def _pipe_rows(text: str) -> list[list[str]]:
    """The body rows of a Markdown pipe table, split on unescaped pipes."""
    lines = [line for line in text.splitlines() if line.startswith("|")]
    assert re.fullmatch(r"\|[-:| ]+\|", lines[1])
    return [[c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]] for line in lines[2:]]


@pytest.mark.parametrize("fmt", ["github", "pipe"])
def test_markdown_explain_is_one_row_per_statement(explained, fmt: str) -> None:
    rows = _pipe_rows(render_view(explained, fmt))
    assert [r[0] for r in rows] == ["1", "2", "3", "4", "5"]
    assert all(len(r) == 9 for r in rows)
    assert all("⟦" in r[7] and "⟦" in r[8] for r in rows)
    assert " · " in rows[3][8]  # two hits: their contexts on one row


@pytest.mark.parametrize("fmt", MARKUP)
def test_no_markup_format_wraps_a_cell(explained, fmt: str) -> None:
    out = render_view(explained, fmt)
    first = explained.table[1][0][7]  # the first statement, as one line
    assert first.lines[0] in out.replace("\\_", "_"), fmt
    if fmt in ("html", "unsafehtml"):
        assert out.count("<tr>") == 6
    elif fmt.startswith("latex"):
        assert len(re.findall(r"\\\\$", out, re.M)) == 6 and FSI not in out and PDI not in out


@pytest.mark.parametrize("fmt", sorted(TERMINAL_FORMATS))
def test_terminal_formats_still_wrap(explained, fmt: str) -> None:
    out = render_view(explained, fmt)
    assert max(len(line) for line in out.splitlines()) < 260, fmt
    assert "Organization (CSTO) for help in quelling protests across the" in out


def test_cells() -> None:
    assert cell_text(Lines(("one", "two")), "simple") == "one\ntwo"
    assert cell_text(Lines(("one", "two")), "github") == "one · two"
    assert cell_text(Lines(("سلام",)), "simple") == f"{FSI}سلام{PDI}"
    assert cell_text("a | b", "github") == "a \\| b" and cell_text("a | b", "simple") == "a | b"
    assert _pipe_rows(tabulated((["x", "y"], [["a|b", "c"]]), "github")) == [["a\\|b", "c"]]
    # LaTeX: Arabic as \textarabic{…}, the whole cell when it starts in Arabic, else each run
    assert tabulated((["x"], [[f"{FSI}⟦عصابات⟧ دولية{PDI}"]]), "latex").count("\\textarabic{⟦عصابات⟧ دولية}") == 1
    assert "unknown:\\textarabic{وكالة, سبوتنيك}" in tabulated((["x"], [["unknown:وكالة, سبوتنيك"]]), "latex")
    assert "\\textarabic{عرب24}" in tabulated((["x"], [["عرب24"]]), "latex_booktabs")


def test_titles_are_latex_comments(explained) -> None:
    out = render_view(explained, "latex")
    assert out.startswith("% kz_government × terrorism: 5 of 11 statements (45.5%)")
    assert render_view(explained, "github").startswith("kz_government × terrorism")


# -- the tools that read these formats ----------------------------------------------------

def _framing(*args: str) -> str:
    from typer.testing import CliRunner

    from framing.cli import app

    result = CliRunner().invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return result.stdout


@pytest.mark.skipif(shutil.which("pandoc") is None, reason="pandoc is not installed (apt-get install pandoc)")
@pytest.mark.parametrize("reader", ["markdown", "gfm"])
def test_pandoc_reads_explain_as_one_row_per_statement(reader: str) -> None:
    text = _framing("explain", "kz_government", "terrorism", "-f", "github")
    page = subprocess.run(["pandoc", "-f", reader, "-t", "html"], input=text.encode("utf-8"), capture_output=True,
                          check=True, timeout=60).stdout.decode("utf-8")
    assert page.count("<tr") == 1 + 5  # the header and one row per statement
    assert page.count("<table") == 1


#: What the README puts around a table for pdflatex: explain's marks ⟦ ⟧ declared.
PDFLATEX = r"""\documentclass{article}
\usepackage[margin=1cm,landscape]{geometry}
\DeclareUnicodeCharacter{27E6}{\ensuremath{[\![}}
\DeclareUnicodeCharacter{27E7}{\ensuremath{]\!]}}
\begin{document}
\tiny
\input{compare.tex}

\input{explain.tex}
\end{document}
"""


def _typeset(engine: str, folder: Path, document: str, tables: dict[str, str]) -> str:
    for name, text in tables.items():
        (folder / name).write_text(text, encoding="utf-8")
    (folder / "doc.tex").write_text(document, encoding="utf-8")
    done = subprocess.run([engine, "-interaction=nonstopmode", "-halt-on-error", "doc.tex"], cwd=folder,
                          capture_output=True, timeout=300)
    log = (folder / "doc.log").read_text(encoding="utf-8", errors="replace")
    assert done.returncode == 0 and (folder / "doc.pdf").stat().st_size > 1000, log[-3000:]
    return log


@pytest.mark.skipif(shutil.which("pdflatex") is None, reason="pdflatex is not installed "
                    "(apt-get install texlive-latex-base)")
def test_pdflatex_typesets_english_tables(tmp_path) -> None:
    tables = {"compare.tex": _framing("compare", "--ci", "95", "--show-counts", "-f", "latex"),
              "explain.tex": _framing("explain", "us,en", "restraint", "--by", "actor,lang", "-f", "latex")}
    assert all(FSI not in t and PDI not in t for t in tables.values())
    log = _typeset("pdflatex", tmp_path, PDFLATEX, tables)
    assert "Missing character" not in log


def _font(*names: str) -> str | None:
    if shutil.which("fc-list") is None:
        return None
    for name in names:
        if subprocess.run(["fc-list", name], capture_output=True, text=True).stdout.strip():
            return name
    return None


ARABIC_FONT = _font("Amiri", "Noto Naskh Arabic", "DejaVu Sans")
#: The README's preamble for Arabic: XeLaTeX with polyglossia, which defines \textarabic.
XELATEX = r"""\documentclass{article}
\usepackage[margin=1cm,landscape]{geometry}
\usepackage{polyglossia}
\setdefaultlanguage{english}
\setotherlanguage{arabic}
\newfontfamily\arabicfont[Script=Arabic]{%s}
\begin{document}
\tiny
\input{compare.tex}

\input{kwic.tex}
\end{document}
"""


@pytest.mark.skipif(shutil.which("xelatex") is None or shutil.which("kpsewhich") is None or ARABIC_FONT is None,
                    reason="XeLaTeX, polyglossia or an Arabic font is missing "
                    "(apt-get install texlive-xetex texlive-lang-arabic fonts-hosny-amiri)")
def test_xelatex_typesets_arabic_tables(tmp_path) -> None:
    found = subprocess.run(["kpsewhich", "polyglossia.sty"], capture_output=True, text=True).stdout.strip()
    if not found:
        pytest.skip("polyglossia is not installed (apt-get install texlive-lang-arabic)")
    tables = {"compare.tex": _framing("compare", str(ARTICLES), "--by", "source", "-f", "latex"),
              "kwic.tex": _framing("kwic", "restraint", "--width", "20", "-f", "latex")}
    assert "\\textarabic{المشرق نت}" in tables["compare.tex"]
    log = _typeset("xelatex", tmp_path, XELATEX % ARABIC_FONT, tables)
    assert "Missing character" not in log

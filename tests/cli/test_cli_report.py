"""framing report, framing plot, and --voice on compare/statements: files written, data out, errors in one line."""

from __future__ import annotations

import csv
import io
import json
import re
import sys

import pytest

from framing.registry_file import load_registry
from framing.comparison import compare
from framing.corpus import load_corpus
from framing.lexicon import compile_lexicon, load_lexicon
from framing.pipeline import analyse
from framing.voice import pair_rows

CORPUS = "kazakhstan-2022"
HINT = 'pip install "framing[plot]"'

# A small corpus on disk (English and Arabic, two outlets) with its own small
# registry and lexicon: quick to load, so most tests run on it.
FILES = {
    "corpus/a1.txt": "Interior Minister Dan Roe said that terrorists had attacked the port.\n\n"
                     "\u201cThese terrorist gangs will be defeated,\u201d Interior Minister Dan Roe said.\n\n"
                     "The EU called for restraint and calm on all sides.\n\n"
                     "The government sent troops to the port on Tuesday after the terror attack.\n",
    "corpus/b1.txt": "قالت الحكومة إن الإرهابيين هاجموا الميناء.\n\nودعا الاتحاد الأوروبي إلى ضبط النفس.\n",
    "corpus/corpus.yml": "documents:\n  a1: {source: Courier, date: '2024-01-02', lang: en}\n"
                         "  b1: {source: Akhbar, date: '2024-01-03', lang: ar}\n",
    "corpus/actors.yml": "actors:\n"
                         "  gov:\n    name: Government of Veloria\n"
                         "    aliases: {en: [the government, Interior Minister Dan Roe], ar: [الحكومة]}\n"
                         "  eu:\n    name: European Union\n"
                         "    aliases: {en: [EU, the European Union], ar: [الاتحاد الأوروبي]}\n",
    "mini.yml": "name: mini\nframes:\n"
                "  terrorism:\n    terms: {en: [terror*], ar: [إرهاب*]}\n"
                "  restraint:\n    terms: {en: [restraint, calm*], ar: [ضبط النفس]}\n",
}


@pytest.fixture(scope="module")
def small(tmp_path_factory):
    """``(root, args)``: the small corpus and the arguments that select it and its lexicon."""
    root = tmp_path_factory.mktemp("small")
    for name, text in FILES.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root, [str(root / "corpus"), "-l", str(root / "mini.yml")]


def _ok(result) -> None:
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""


def _fails(result, message: str) -> None:
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == f"framing: {message}\n"


def _no_matplotlib(monkeypatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)


# -- voice ------------------------------------------------------------------------

def _rows(text: str) -> dict[str, list[str]]:
    return {row[0]: row for row in list(csv.reader(io.StringIO(text)))[1:]}


def test_compare_voice_both_is_said_and_about_side_by_side(run, small) -> None:
    root, args = small
    said = run("compare", *args, "-f", "csv").stdout
    about = run("compare", *args, "--voice", "about", "-f", "csv").stdout
    both = run("compare", *args, "--voice", "both", "-f", "csv")
    assert both.exit_code == 0 and both.stderr == ""
    assert said == run("compare", *args, "--voice", "said", "-f", "csv").stdout
    assert _rows(both.stdout) == {**_rows(said), **_rows(about)}
    assert list(_rows(both.stdout)) == ["gov", "about:gov", "eu"]
    assert list(_rows(about)) == ["about:gov"]
    # the government's own words are terrorism; the outlet's one sentence about it too ("terror attack")
    record = next(r for r in csv.DictReader(io.StringIO(both.stdout)) if r["actor"] == "about:gov")
    assert (record["statements"], record["terrorism"], record["restraint"]) == ("1", "100.0", "0.0")
    lexicon = load_lexicon(str(root / "mini.yml"))
    scored = analyse(load_corpus(str(root / "corpus")), load_registry(str(root / "corpus")),
                     compile_lexicon(lexicon), voice="both")
    table = pair_rows(compare(scored, lexicon.frame_ids, lexicons=[lexicon]))
    assert [r.key[0] for r in table.rows] == list(_rows(both.stdout))


def test_statements_about_actors(run) -> None:
    result = run("statements", "--voice", "about", "-f", "jsonl")
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all(r["actor"].startswith("about:") and r["kind"] == "narration" for r in records)
    (doc,) = load_corpus(CORPUS)
    for r in records:
        assert doc.text[r["start"]:r["end"]] == r["text"] and r["speaker"] in r["text"]


def test_bad_voice(run) -> None:
    _fails(run("compare", "--voice", "they"), "unknown --voice 'they'; choose from: said, about, both")


# -- report -----------------------------------------------------------------------

@pytest.fixture(scope="module")
def html_report(tmp_path_factory):
    """The bundled corpus's HTML report, written by the CLI in this process."""
    pytest.importorskip("matplotlib", reason=f"the figure needs matplotlib ({HINT})")
    from typer.testing import CliRunner

    from framing.cli import app

    path = tmp_path_factory.mktemp("report") / "report.html"
    result = CliRunner().invoke(app, ["report", "--top", "10", "-o", str(path)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == "" and result.stderr == ""
    return path


def test_report_html(html_report) -> None:
    text = html_report.read_text(encoding="utf-8")
    assert text.startswith("<!DOCTYPE html>\n") and text.endswith("</html>\n")
    assert '<img src="data:image/png;base64,' in text
    assert "Evidence for the top cells" in text and "Keyness" in text
    assert "<mark>terrorist gangs</mark>" in text
    lexicon = load_lexicon("unrest")
    assert lexicon.sha256 in text and ">kazakhstan-2022<" in text


def test_report_markdown_to_file_and_stdout(run, tmp_path, small) -> None:
    root, args = small
    path = tmp_path / "report.md"
    _ok(run("report", *args, "-o", str(path), "--top", "1", "--ci", "0"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"# Framing report: {root / 'corpus'} (mini)\n")
    assert text.count("\n### ") == 1 and "bootstrap interval" not in text
    assert "### Government of Veloria × terrorism: 100.0; 3 of 3 statements, 3 hits" in text
    # the figure beside the report, linked; on stdout it is left out unless embedded
    assert (tmp_path / "report_files" / "heatmap.png").exists() == ("](report_files/heatmap.png)" in text)
    out = run("report", *args, "-o", "-", "--top", "1", "--ci", "0")
    assert out.exit_code == 0 and out.stderr == ""
    assert _without_figure(out.stdout) == _without_figure(text)
    embedded = run("report", *args, "-o", "-", "--top", "1", "--ci", "0", "--embed").stdout
    assert _without_figure(embedded) == _without_figure(text)
    html = run("report", *args, "-o", "-", "-f", "html", "--top", "0", "--voice", "about", "--title", "About")
    assert html.stdout.startswith("<!DOCTYPE html>") and "<title>About</title>" in html.stdout


def _without_figure(markdown: str) -> str:
    before, rest = markdown.split("\n## Heatmap\n", 1)
    return before + rest[rest.index("\n## "):]


def _keyness_section(markdown: str) -> str:
    return markdown.split("\n## Keyness\n", 1)[1].split("\n## ", 1)[0]


def test_report_keyness_leaves_stopwords_out_unless_kept(run, small) -> None:
    args = [*small[1], "-o", "-", "--top", "0", "--ci", "0", "--words", "10"]
    section = _keyness_section(run("report", *args).stdout)
    assert "terrorists (1" in section and "Stopwords" in section
    assert not re.search(r"[|,] (the|that|said|had|إن|إلى|قالت) \(", section)
    kept = _keyness_section(run("report", *args, "--keep-stopwords").stdout)
    assert re.search(r"[|,] the \(", kept) and "Stopwords" not in kept
    assert "إلى (" in kept  # as written, not the key "الي"


def test_report_without_matplotlib_says_how_to_get_the_figure(run, tmp_path, monkeypatch, small) -> None:
    _no_matplotlib(monkeypatch)
    path = tmp_path / "report.html"
    _ok(run("report", *small[1], "-o", str(path), "--top", "1"))
    text = path.read_text(encoding="utf-8")
    assert "<img" not in text
    assert f"No figure: matplotlib is not installed. To get one: {HINT.replace(chr(34), '&quot;')}" in text


# -- plot -------------------------------------------------------------------------

def test_plot_png_and_svg_equal_the_library(run, tmp_path, small) -> None:
    pytest.importorskip("matplotlib", reason=f"the figure needs matplotlib ({HINT})")
    from framing.plot import heatmap

    root, args = small
    lexicon = load_lexicon(str(root / "mini.yml"))
    registry = load_registry(str(root / "corpus"))
    scored = analyse(load_corpus(str(root / "corpus")), registry, compile_lexicon(lexicon), voice="both")
    table = pair_rows(compare(scored, lexicon.frame_ids, lexicons=[lexicon]))
    png = tmp_path / "heatmap.png"
    _ok(run("plot", *args, "-o", str(png), "--voice", "both"))
    assert png.read_bytes() == heatmap(table, registry=registry)
    svg = run("plot", *args, "-o", "-", "--voice", "both")
    assert svg.exit_code == 0 and svg.stderr == ""
    assert svg.stdout.encode("utf-8") == heatmap(table, fmt="svg", registry=registry)
    assert svg.stdout.startswith("<?xml") and "</svg>" in svg.stdout


def test_plot_without_matplotlib(run, tmp_path, monkeypatch) -> None:
    _no_matplotlib(monkeypatch)
    _fails(run("plot", "-o", str(tmp_path / "h.png")), f"the figure needs matplotlib: {HINT}")
    _fails(run("plot", "-o", "-"), f"the figure needs matplotlib: {HINT}")
    assert not (tmp_path / "h.png").exists()


# -- output checks ------------------------------------------------------------------

@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "a.txt").write_text("The EU said that all sides must show restraint.\n", encoding="utf-8")
    return folder


def test_output_errors(run, tmp_path, corpus) -> None:
    target = corpus / "a.txt"
    before = target.read_bytes()
    cases = [
        (("report", "-o", str(tmp_path / "r.pdf")),
         f"cannot tell the format of '{tmp_path / 'r.pdf'}' from its suffix; name it .htm, .html, .markdown, .md, "
         "or give -f"),
        (("report", "-o", "x.md", "-f", "pdf"), "unknown format 'pdf'; choose from: html, md"),
        (("plot", "-o", "-", "-f", "png"), "png is not written to stdout; give -o FILE, or -f svg with -o -"),
        (("report", "-o", str(tmp_path / "no" / "r.html")),
         f"cannot write {tmp_path / 'no' / 'r.html'}: no such folder '{tmp_path / 'no'}'"),
        (("report", "-o", str(tmp_path), "-f", "html"), f"cannot write {tmp_path}: it is a folder"),
        (("report", str(target), "-o", str(target), "-f", "md", "--actors", CORPUS),
         f"refusing to overwrite the input file {target} with {target}"),
        (("report", str(corpus), "-o", str(corpus / "report.md"), "--actors", CORPUS),
         f"refusing to write {corpus / 'report.md'} inside the input folder {corpus}: it would be read as part "
         "of the corpus; write it elsewhere"),
        (("report", "-o", str(tmp_path / "r.html"), "--top", "-1"), "--top must be 0 or more, got -1"),
        (("report", "-o", str(tmp_path / "r.html"), "--ci", "100"),
         "--ci must be a percentage between 0 and 100, e.g. 95; got 100"),
        (("plot", "-o", str(tmp_path / "h.svg"), "--max-rows", "0"), "--max-rows must be 1 or more"),
        (("plot", "-o", str(tmp_path / "h.svg"), "--by", "colour"),
         "unknown --by key 'colour'; choose from: actor, source, lang, doc, kind, date (date by day|week|month|year: date:week)"),
    ]
    for args, message in cases:
        _fails(run(*args), message)
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corpus"]
    # the report may go next to the documents when the corpus reader would not read it
    _ok(run("report", str(corpus), "-o", str(corpus / "report.html"), "--actors", CORPUS, "--top", "1"))


def test_missing_output_is_a_usage_error(run) -> None:
    result = run("plot")
    assert result.exit_code == 2 and "Missing option '-o'" in result.stderr

"""report_html.py and report_render.py: user text isolated, a comparison table that fits the page, thin rows
greyed, a Markdown report with its figure beside it; and what Chromium shows at 1,280 pixels."""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from framing.actors import ActorRegistry
from framing.model import Actor, Document, Frame, Lexicon
from framing.report import build_report
from framing.report_html import render_html
from framing.report_render import NO_FIGURE_NOTE, figure_path, render_markdown, report_files

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "tests" / "data" / "articles" / "corpus"  # English and Arabic outlets, 11 frames

REGISTRY = ActorRegistry([Actor("gov", "Government of Veloria", {"en": ("the government",), "ar": ("الحكومة",)})])
LEXICON = Lexicon("mini", "", (Frame("terrorism", "", {"en": ("terror*",), "ar": ("إرهاب*",)}),), sha256="ab" * 32)
DOCS = (
    Document("en-1", "The government said that terrorists had attacked the port.\n", source="Courier",
             date="2024-01-02", lang="en"),
    Document("ar-1", "قالت الحكومة إن الإرهابيين هاجموا الميناء.\n", source="المشرق نت", date="2024-01-03",
             lang="ar"),
)


def _report(figure: bool = False, **options):
    return build_report(iter(DOCS), REGISTRY, LEXICON, sources=["tests"], figure=figure, **options)


def _source_lines(page: str) -> list[list[str]]:
    return [re.findall(r"<bdi>(.*?)</bdi>", line) for line in re.findall(r'<div class="src">(.*?)</div>', page)]


def test_every_piece_of_user_text_is_isolated() -> None:
    page = render_html(_report(min_statements=1))
    # document, outlet, date, speaker, language: each in its own <bdi>, in that order
    assert _source_lines(page) == [["en-1", "Courier", "2024-01-02", "The government", "en"],
                                   ["ar-1", "المشرق نت", "2024-01-03", "الحكومة", "ar"]]
    assert '<div class="src"><bdi>ar-1</bdi> · <bdi>المشرق نت</bdi> · <bdi>2024-01-03</bdi> · ' \
           '<bdi>الحكومة</bdi> (direct) · <bdi>ar</bdi>, characters' in page.replace("(indirect)", "(direct)")
    assert "<h3><bdi>Government of Veloria</bdi> × <bdi>terrorism</bdi>: " in page
    assert "<td><bdi>gov</bdi></td>" in page  # the table's keys
    assert "<td><bdi>المشرق نت</bdi></td>" in page  # the documents' outlets
    assert "<bdi>terror*</bdi>, <bdi>إرهاب*</bdi>" not in page  # one language per row of the lexicon
    assert "<td><bdi>إرهاب*</bdi></td>" in page
    assert 'dir="auto"><bdi>' not in page and "<h3 dir" not in page  # isolated, not turned right to left


def test_the_comparison_table_fits_the_page_and_greys_thin_rows() -> None:
    page = render_html(_report(min_statements=3))
    assert "table.cmp{table-layout:fixed;width:100%" in page
    assert "writing-mode:vertical-rl" in page
    assert '<table class="cmp">' in page and '<col class="key">' in page
    assert '<th class="up"><span>terrorism</span></th>' in page
    assert '<tr class="few" title="Government of Veloria">' in page  # 2 statements < 3
    assert '<tr class="few"' not in render_html(_report(min_statements=2))


def test_markdown_figure_beside_the_report_unless_embedded() -> None:
    pytest.importorskip("matplotlib")
    report = _report(figure=True)
    assert figure_path("out/my report.md") == ("out/my report_files/heatmap.png", "my report_files/heatmap.png")
    (png, data), (md, text) = report_files(report, "out/my report.md", "md")
    assert (png, data, md) == ("out/my report_files/heatmap.png", report.figure, "out/my report.md")
    assert "](my%20report_files/heatmap.png)\n" in text and "base64" not in text
    assert max(map(len, text.splitlines())) < 1000
    ((_, embedded),) = report_files(report, "r.md", "md", embed=True)
    assert "](data:image/png;base64," in embedded and embedded == render_markdown(report)
    ((_, stdout),) = report_files(report, "-", "md")
    assert "base64" not in stdout and "*The heatmap is left out" in stdout and "give \\-\\-embed" not in stdout
    assert NO_FIGURE_NOTE.split(":")[0] in stdout
    ((name, page),) = report_files(report, "r.html", "html")
    assert name == "r.html" and "data:image/png;base64," in page


def test_report_markdown_files_on_disk(tmp_path) -> None:
    pytest.importorskip("matplotlib")
    from typer.testing import CliRunner

    from framing.cli import app

    out = tmp_path / "report.md"
    args = ["report", str(ARTICLES), "--by", "source", "--top", "1", "-o", str(out)]
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    figure = tmp_path / "report_files" / "heatmap.png"
    assert figure.read_bytes().startswith(b"\x89PNG") and "](report_files/heatmap.png)" in out.read_text()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md", "report_files"]
    again = CliRunner().invoke(app, [*args[:-1], str(tmp_path / "again.md")], catch_exceptions=False)
    assert again.exit_code == 0 and (tmp_path / "again_files" / "heatmap.png").read_bytes() == figure.read_bytes()
    embedded = CliRunner().invoke(app, [*args, "--embed"], catch_exceptions=False)
    assert embedded.exit_code == 0 and "](data:image/png;base64," in out.read_text()
    (tmp_path / "blocked.md").write_text("")
    (tmp_path / "blocked_files").write_text("a file where the folder goes")
    refused = CliRunner().invoke(app, [*args[:-1], str(tmp_path / "blocked.md")])
    assert refused.exit_code == 2 and "cannot write" in refused.stderr and "blocked_files" in refused.stderr
    assert (tmp_path / "blocked.md").read_text() == ""


# -- in a browser ----------------------------------------------------------------------

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
WIDTH = 1280
# Measures the page as laid out: horizontal overflow of the page and of the comparison table's box,
# and where each piece of a source line stands.
PROBE = """<script>
const root = document.documentElement;
const box = document.querySelector("table.cmp").parentElement;
const lines = [...document.querySelectorAll(".src")].map(line => [...line.querySelectorAll("bdi")].map(b => {
  const r = b.getBoundingClientRect(); return [r.left, r.right, r.top, b.textContent]; }));
document.body.setAttribute("data-probe", JSON.stringify({page: [root.scrollWidth, root.clientWidth],
  table: [box.scrollWidth, box.clientWidth], lines: lines}));
</script>"""


def _chromium(page: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
         f"--user-data-dir={page.parent / 'profile'}", f"--window-size={WIDTH},900", *args, page.as_uri()],
        capture_output=True, timeout=120, check=True)


@pytest.fixture(scope="module")
def articles_page(tmp_path_factory) -> Path:
    """The HTML report of the articles by outlet: Arabic outlets and speakers, 11 frames, thin rows."""
    pytest.importorskip("matplotlib")
    from typer.testing import CliRunner

    from framing.cli import app

    page = tmp_path_factory.mktemp("browser") / "report.html"
    result = CliRunner().invoke(app, ["report", str(ARTICLES), "--by", "source", "--top", "8", "-o", str(page)],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    return page


def test_the_articles_report_isolates_arabic_outlets(articles_page) -> None:
    lines = _source_lines(articles_page.read_text(encoding="utf-8"))
    arabic = [line for line in lines if re.search("[\u0600-\u06ff]", line[1])]
    assert arabic and all(re.fullmatch(r"\d{4}-\d\d-\d\d", line[2]) for line in arabic)
    assert all(len(line) == 5 for line in lines)


@pytest.mark.skipif(CHROMIUM is None, reason="no headless browser (apt-get install chromium); "
                    "the HTML structure is checked by the tests above")
def test_chromium_at_1280_pixels_shows_the_whole_table_and_the_metadata_in_order(articles_page) -> None:
    Image = pytest.importorskip("PIL.Image")
    shot = articles_page.with_suffix(".png")
    _chromium(articles_page, f"--screenshot={shot}")
    assert Image.open(shot).size[0] == WIDTH
    probed = articles_page.with_name("probed.html")
    probed.write_text(articles_page.read_text(encoding="utf-8").replace("</body>", PROBE + "</body>"),
                      encoding="utf-8")
    dom = _chromium(probed, "--virtual-time-budget=5000", "--dump-dom").stdout.decode("utf-8")
    probe = json.loads(html.unescape(re.search(r'data-probe="([^"]*)"', dom).group(1)))
    scroll, client = probe["page"]
    assert WIDTH - 20 <= client <= WIDTH and scroll <= client, probe["page"]  # no horizontal scrolling
    assert probe["table"][0] <= probe["table"][1], probe["table"]  # nor inside the table's box
    arabic = 0
    for line in probe["lines"]:
        for (left, right, top, text), (next_left, _, next_top, next_text) in zip(line, line[1:]):
            if abs(top - next_top) < 2:  # on one visual line: document, outlet, date, speaker, left to right
                assert right <= next_left, (text, next_text)
        arabic += bool(re.search("[\u0600-\u06ff]", line[1][3]))
    assert arabic >= 3

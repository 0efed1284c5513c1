"""report.py: what a report holds, its HTML and Markdown, and that a browser shows its heatmap."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from framing.actors import ActorRegistry
from framing.comparison import compare
from framing.lexicon import compile_lexicon
from framing.model import Actor, Document, Frame, Lexicon
from framing.pipeline import analyse
from framing.rendering import render
from framing.report import build_report, registry_sha256
from framing.report_render import render_html, render_markdown, render_report

REGISTRY = ActorRegistry([
    Actor("gov", "Government of Veloria", {"en": ("the government", "Interior Minister Dan Roe"), "ar": ("الحكومة",)}),
    Actor("eu", "European Union", {"en": ("EU", "the European Union"), "ar": ("الاتحاد الأوروبي",)}),
])
LEXICON = Lexicon("mini", "A test lexicon.", (
    Frame("terrorism", "Unrest as terrorism.", {"en": ("terror*",), "ar": ("إرهاب*",)}),
    Frame("restraint", "Calls for restraint.", {"en": ("restraint", "calm*"), "ar": ("ضبط النفس",)}),
), sha256="ab" * 32)
DOCS = (
    Document("a1", "Interior Minister Dan Roe said that terrorists had attacked the port.\n\n"
             "\u201cThese terrorist gangs will be defeated,\u201d Interior Minister Dan Roe said.\n\n"
             "The EU called for restraint and calm on all sides.\n\n"
             "The government sent troops to the port on Tuesday after the terror attack.\n",
             source="Courier", date="2024-01-02", lang="en", title="Port attacked"),
    Document("b1", "قالت الحكومة إن الإرهابيين هاجموا الميناء.\n\nودعا الاتحاد الأوروبي إلى ضبط النفس.\n",
             source="Akhbar", date="2024-01-03", lang="ar"),
)
HINT = 'pip install "framing[plot]"'


def _build(**options):
    options.setdefault("figure", False)
    return build_report(iter(DOCS), REGISTRY, LEXICON, sources=["tests"], **options)


@pytest.fixture(scope="module")
def report():
    pytest.importorskip("matplotlib", reason=f"the figure needs matplotlib ({HINT})")
    return _build(figure=True)


def test_the_table_is_the_comparison() -> None:
    got = _build(ci=None).table
    want = compare(analyse(DOCS, REGISTRY, compile_lexicon(LEXICON)), LEXICON.frame_ids,
                   lexicons=[("mini", "ab" * 32)])
    assert got == want
    assert [r.key for r in got.rows] == [("gov",), ("eu",)]
    with_ci = _build().table
    assert with_ci.ci is not None and with_ci.ci.level == 95.0 and with_ci.min_statements == 3
    assert with_ci.rows[0].low["terrorism"] <= with_ci.rows[0].values["terrorism"] <= with_ci.rows[0].high["terrorism"]


def test_top_cells_largest_first_few_statements_last() -> None:
    cells = _build(per_cell=2).cells
    # gov: 3 of 3 statements with terrorism; eu: 2 of 2 with restraint, but 2 < 3 statements (flagged)
    assert [(c.key, c.frame, c.value, c.with_frame, c.statements, c.flagged) for c in cells] == [
        (("gov",), "terrorism", 100.0, 3, 3, False), (("eu",), "restraint", 100.0, 2, 2, True)]
    # the statements with most hits first, then in document order
    assert [e.scored.statement.text for e in cells[0].examples] == [
        "terrorists had attacked the port", "These terrorist gangs will be defeated,"]
    assert [e.scored.statement.text for e in cells[1].examples] == [
        "restraint and calm on all sides", "إلى ضبط النفس"]
    assert cells[1].shown == "100.0* [100.0–100.0]"
    assert _build(top=1).cells[0].key == ("gov",)
    assert _build(top=0).cells == ()


def test_voice_both_pairs_rows_and_explains_about_cells() -> None:
    report = _build(voice="both", min_statements=1, ci=None)
    assert [r.key[0] for r in report.table.rows] == ["gov", "about:gov", "eu"]
    assert report.labels == ("Government of Veloria", "about: Government of Veloria", "European Union")
    about = [c for c in report.cells if c.key == ("about:gov",)]
    assert about and about[0].examples[0].scored.statement.kind == "narration"


def test_keyness_section() -> None:
    report = _build()
    assert [(g.key, [f for f, _, _ in g.frames]) for g in report.keyness] == [
        (("gov",), ["terrorism"]), (("eu",), ["restraint"])]
    assert all(z > 0 for g in report.keyness for _, _, z in g.frames + g.words)
    assert "Monroe, Colaresi & Quinn 2008" in report.keyness_note and "chi-square" in report.keyness_note
    one = build_report(iter(DOCS[1:]), REGISTRY, LEXICON, by=["source"], figure=False)
    assert one.keyness == () and one.keyness_note == "Keyness needs at least two groups to compare."


def test_keyness_words_leave_stopwords_out_unless_kept() -> None:
    def words(report) -> dict[str, list[str]]:
        return {g.key[0]: [w for w, _, _ in g.words] for g in report.keyness}

    left_out = _build(words=10)
    assert words(left_out) == {
        "gov": ["attacked", "defeated", "gangs", "port", "terrorist", "terrorists", "الإرهابيين", "الميناء", "هاجموا"],
        "eu": ["calm", "restraint", "sides", "النفس", "ضبط"]}
    assert "Stopwords" in left_out.keyness_note
    assert ("keyness stopwords", "left out") in left_out.settings
    kept = _build(words=10, keep_stopwords=True)
    assert "the" in words(kept)["gov"] and "إلى" in words(kept)["eu"] and "Stopwords" not in kept.keyness_note
    assert ("keyness stopwords", "kept") in kept.settings


def test_provenance_hashes_are_those_documented() -> None:
    report = _build()
    lines = []
    for doc in DOCS:
        digest = hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        record = {"id": doc.id, "source": doc.source, "date": doc.date, "lang": doc.lang, "url": doc.url,
                  "title": doc.title, "sha256": digest}
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        assert digest in [d.sha256 for d in report.documents]
    assert report.corpus_sha256 == hashlib.sha256("".join(lines).encode("utf-8")).hexdigest()
    assert [(d.id, d.chars) for d in report.documents] == [("a1", len(DOCS[0].text)), ("b1", len(DOCS[1].text))]
    assert report.registry_sha256 == registry_sha256(REGISTRY)
    moved = ActorRegistry([REGISTRY.get("gov"), Actor("eu", "European Union", {"en": ("EU",)})])
    assert registry_sha256(moved) != report.registry_sha256
    text = render_markdown(report)
    for value in (report.corpus_sha256, report.registry_sha256, "ab" * 32, *[d.sha256 for d in report.documents]):
        assert value in text


class _Checker(HTMLParser):
    """Records tags, checks that they nest and close, and collects attributes."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.tags: list[tuple[str, dict]] = []
        self.decl = ""

    def handle_decl(self, decl: str) -> None:
        self.decl = decl

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:] or 'nothing'}")
        else:
            self.stack.pop()


def _check_html(text: str) -> _Checker:
    checker = _Checker()
    checker.feed(text)
    checker.close()
    assert checker.decl.lower() == "doctype html"
    assert checker.errors == [] and checker.stack == []
    tags = [t for t, _ in checker.tags]
    assert tags[:2] == ["html", "head"] and "body" in tags
    assert "script" not in tags and "link" not in tags and "iframe" not in tags
    for _, attrs in checker.tags:  # self-contained: nothing is fetched
        for name in ("src", "href"):
            assert not attrs.get(name) or attrs[name].startswith(("data:", "#")), attrs
    assert "url(" not in text and "@import" not in text
    return checker


def test_html_is_valid_self_contained_and_embeds_the_figure(report) -> None:
    Image = pytest.importorskip("PIL.Image")
    text = render_html(report)
    checker = _check_html(text)
    (img,) = [attrs for tag, attrs in checker.tags if tag == "img"]
    prefix = "data:image/png;base64,"
    assert img["src"].startswith(prefix) and "Heatmap" in img["alt"]
    data = base64.b64decode(img["src"][len(prefix):], validate=True)
    assert data == report.figure
    assert Image.open(io.BytesIO(data)).size[0] > 500
    assert "<mark>terrorists</mark>" in text and "<mark>ضبط النفس</mark>" in text
    assert '<blockquote dir="auto">' in text
    assert render_report(report, "html") == text


def test_markdown(report) -> None:
    text = render_markdown(report)
    assert render(report.table, "github", show_counts=True) in text
    (uri,) = re.findall(r"\]\(data:image/png;base64,([A-Za-z0-9+/=]+)\)", text)
    assert base64.b64decode(uri) == report.figure
    assert "1. **terrorists** had attacked the port" in text
    assert "| terrorism | en | terror\\* | Unrest as terrorism. |" in text  # Markdown specials escaped
    assert text.endswith("\n") and "\n\n\n" not in text


def test_same_input_same_bytes(report) -> None:
    again = _build(figure=True)
    assert again == report
    assert render_html(again) == render_html(report) and render_markdown(again) == render_markdown(report)


def test_without_matplotlib_no_figure_and_how_to_get_one(monkeypatch) -> None:
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    report = _build(figure=True)
    assert report.figure is None
    assert report.figure_note == f"No figure: matplotlib is not installed. To get one: {HINT}"
    text = render_html(report)
    _check_html(text)
    assert "<img" not in text and "framing[plot]" in text
    assert "framing\\[plot\\]" in render_markdown(report)


def test_unknown_report_format() -> None:
    from framing.errors import UsageError

    with pytest.raises(UsageError, match=r"unknown report format 'pdf'; choose from: html, md"):
        render_report(_build(), "pdf")


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.skipif(not CHROMIUM.exists(), reason="no headless browser: /usr/bin/chromium is absent "
                    "(apt-get install chromium); the HTML is still checked by test_html_is_valid_…")
def test_a_browser_shows_the_heatmap(report, tmp_path) -> None:
    """Chromium renders the report: the screenshot holds the heatmap's colours."""
    Image = pytest.importorskip("PIL.Image")
    import matplotlib

    page = tmp_path / "report.html"
    page.write_text(render_html(report), encoding="utf-8")
    shot = tmp_path / "shot.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
         f"--user-data-dir={tmp_path / 'profile'}", "--window-size=1200,1600", f"--screenshot={shot}",
         page.as_uri()],
        capture_output=True, timeout=120, check=True,
    )
    pixels = Image.open(shot).convert("RGB")
    # the colour of a 100 % cell (gov × terrorism), which nothing else on the page has
    darkest = tuple(round(255 * c) for c in matplotlib.colormaps["Blues"](1.0)[:3])
    near = sum(n for n, rgb in pixels.getcolors(maxcolors=1 << 20)
               if all(abs(a - b) <= 4 for a, b in zip(rgb, darkest)))
    assert near > 500, f"the heatmap is not on the page ({near} pixels of {darkest})"

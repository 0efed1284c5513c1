"""Page layout: quotation marks as real pages set them, titles, headings, datelines, paragraph languages.

Tables of (text, expected) with negatives; every sentence is our own.
"""

from __future__ import annotations

import time
import warnings

import pytest
from typer.testing import CliRunner

from framing.cli import app
from framing.errors import FramingWarning
from framing.extract import extract_statements
from framing.extract.layout import dateline_end, is_heading, page
from framing.extract.quotes import find_quotes
from framing.model import Document
from framing.registry_file import parse_registry

REGISTRY = parse_registry("""
actors:
  city:
    name: City of Port Amsel
    aliases:
      en: [the mayor, Mayor Lina Berg, Berg]
      ar: [رئيس البلدية, لينا بيرغ]
      ru: [мэр, Лина Берг]
""", path="test-registry.yml")


def quoted(text: str) -> list[tuple[str, bool]]:
    return [(text[q.inner_start:q.inner_end], q.closed) for q in find_quotes(text)]


QUOTES = [
    # a “ in closing position closes: real pages reverse the closing mark
    ("She said “the bridge is safe.“ Then she left.", [("the bridge is safe.", True)]),
    ("They called it “a disgrace“, and walked out.", [("a disgrace", True)]),
    # ... but a “ before a word opens, even after a colon and a space
    ("She said: “ the bridge is safe” and left.", [(" the bridge is safe", True)]),
    # a ” before a word opens a quotation closed by the next ”
    ("They called the count”neither open nor honest” on Monday.", [("neither open nor honest", True)]),
    ("He said ”the bridge is safe” and left.", [("the bridge is safe", True)]),
    # ... but a ” between letters before a short ending is an apostrophe, and an unmatched ” no quote
    ("We don”t know yet, the mayor said.", []),
    ("“We don”t know yet,” the mayor said.", [("We don”t know yet,", True)]),
    ("The bridge”s arches are safe.", []),
    # today's marks keep their meaning
    ("The mayor said “the bridge is safe” on Monday.", [("the bridge is safe", True)]),
    ("«Мост «Старый» безопасен», — сказал мэр.", [("Мост «Старый» безопасен", True)]),
    ("„Мост безопасен“, — сказал мэр.", [("Мост безопасен", True)]),
    ('He said "the bridge is safe" and left.', [("the bridge is safe", True)]),
    ('The 6" pipe and the "old" bridge.', [("old", True)]),
    # straight marks nest by position: the inner pair does not close the outer quotation
    ('"Они продают нам "план мира", которого нет", - сказал он.',
     [('Они продают нам "план мира", которого нет', True)]),
    ('She said "the "Blue Line" plan is dead" and left.', [('the "Blue Line" plan is dead', True)]),
    ('"A "B" C', [("A ", True)]),
    ("“The bridge is safe, and it will reopen", [("The bridge is safe, and it will reopen", False)]),
    ("‘Safe’ was the word, and the O’Brien bridge stood.", [("Safe", True)]),
]


@pytest.mark.parametrize("text,expected", QUOTES, ids=[t[:30] for t, _ in QUOTES])
def test_quote_marks(text: str, expected: list[tuple[str, bool]]) -> None:
    assert quoted(text) == expected


@pytest.mark.parametrize("mark", ['"', "‘", "‚", "”", "''", "“", "«"])
def test_quote_finding_is_linear(mark: str) -> None:
    text = f"{mark}a " * 20000  # unmatched marks: none may scan to the paragraph's end
    began = time.perf_counter()
    find_quotes(text)
    assert time.perf_counter() - began < 2.0


def blocks(text: str, title: str = "", lang: str = "en") -> list[tuple[str, bool]]:
    doc = Document(id="d", text=text, lang=lang, title=title)
    return [(text[b.start:b.end], b.heading) for b in page(doc)]


def test_title_glued_to_the_body_is_a_heading() -> None:
    text = "Floods close the river road\nThe mayor said on Monday that the river road would stay closed."
    assert blocks(text, title="Floods close the river road") == [
        ("Floods close the river road", True),
        ("The mayor said on Monday that the river road would stay closed.", False)]


def test_title_without_case_glued_to_the_body_is_a_heading() -> None:
    title = "الفيضانات تغلق طريق النهر"
    text = f"{title}\nقال رئيس البلدية يوم الاثنين إن طريق النهر سيبقى مغلقا."
    assert blocks(text, title=title, lang="ar") == [
        (title, True), ("قال رئيس البلدية يوم الاثنين إن طريق النهر سيبقى مغلقا.", False)]


def test_repeated_title_is_a_heading_and_a_longer_line_is_not() -> None:
    title = "Floods close the river road"
    text = (f"{title}\n\nBy Anna Berg\n{title}\n\n"
            f"{title} for a week, the mayor said on Monday, as the water kept rising in the valley.")
    assert blocks(text, title=title) == [
        (title, True), ("By Anna Berg", True), (title, True),
        (f"{title} for a week, the mayor said on Monday, as the water kept rising in the valley.", False)]


def test_lede_printed_above_the_repeated_title_is_a_teaser() -> None:
    title = "Floods close the river road"
    lede = "The river road will stay closed for a week, the mayor said on Monday. Crews are out."
    body = "The river road will stay closed for a week, the mayor said on Monday."
    text = f"{title}\n{lede}\n{title}\n\n{body}\nShe added that the bridge was safe."
    assert blocks(text, title=title) == [
        (title, True), (lede, True), (title, True), (body, False), ("She added that the bridge was safe.", False)]


HEADINGS = [
    # headlines: short, no final full stop, one sentence
    ("Floods close the river road for a week", True),
    ("The mayor said the road would stay closed for a week.", False),
    # prose cut off at the end of a page is not a headline: a quotation left open, or (last) two sentences
    ("The mayor said the road was closed. She added that the bridge would", True),
    ("“The road will stay closed until the water", False),
    # a long full sentence followed by a stray end is prose anywhere on the page
    ("At the end of last week the mayor pledged her full support to all the farmers whose fields were flooded. S",
     False),
    ("The mayor said the road would stay closed “until the water", False),
    ("Floods close the river road, mayor warns of “weeks”", True),
    # teasers
    ("Also see: Floods close the river road for a week", True),
    ("Also Read: Floods close the river road", True),
    ("- Read more: Floods close the river road", True),
    ("Читайте также: Наводнение закрыло дорогу у реки", True),
    ("Также по теме: Наводнение закрыло дорогу у реки", True),
    ("Подробнее читайте на сайте городской газеты", True),
    ("اقرأ أيضا: الفيضانات تغلق طريق النهر", True),
    # photo captions
    ("FILE PHOTO: A man walks along the flooded river road in Port Amsel, May 3, 2021", True),
    ("Rescue workers carry a boat through the flooded old town on Monday.  Photo: Valley Times", True),
    ("Rescue workers carry a boat through the flooded old town on Monday. REUTERS/Anna Berg", True),
    ("Спасатели несут лодку по затопленной улице старого города в понедельник (Фото: пресс-служба)", True),
    ("عمال الإنقاذ يحملون قاربا في شارع غمرته المياه في المدينة القديمة. رويترز", True),
    ("الصورة . عمال الإنقاذ يحملون قاربا في شارع غمرته المياه. رويترز", True),
    # ... but speech to an agency is no caption
    ('The mayor told Reuters: "We will rebuild the bridge before winter."', False),
    ("The mayor told Reuters that the bridge would be rebuilt before winter.", False),
]


@pytest.mark.parametrize("text,expected", HEADINGS, ids=[t[:30] for t, _ in HEADINGS])
def test_is_heading(text: str, expected: bool) -> None:
    lang = "ar" if "\u0600" <= text[-1] <= "\u06ff" else "ru" if any("а" <= c <= "я" for c in text) else "en"
    assert is_heading(text, 0, len(text), lang) is expected


def test_two_sentences_without_a_full_stop_end_a_cut_page() -> None:
    text = "The mayor said the road was closed. She added that the bridge would"
    assert is_heading(text, 0, len(text), "en", last=True) is False
    caption = "Rescue workers carry a boat in the old town. Anna Berg for the Valley Times"
    assert blocks(f"{caption}\n\n{text}") == [(caption, True), (text, False)]


def test_summary_bullets_at_the_top_are_headings_not_below() -> None:
    text = ("Floods close the river road\n\n- The mayor says the road will stay closed for a week.\n"
            "• Engineers will inspect the bridge.\n\nThe mayor said on Monday that the river road would stay closed.\n\n"
            "- The mayor said the bridge would be inspected.")
    assert [h for _, h in blocks(text)] == [True, True, True, False, False]


DATELINES = [
    ("PORT AMSEL, March 12 (Meridian) - The mayor said the road was closed.", "en", "The mayor said"),
    ("PORT AMSEL (Meridian) - The mayor said the road was closed.", "en", "The mayor said"),
    ("(Meridian) -- The mayor said the road was closed.", "en", "The mayor said"),
    ("PORT AMSEL, March 12. /MERIDIAN/. The mayor said the road was closed.", "en", "The mayor said"),
    ("ПОРТ-АМСЕЛЬ, 12 марта. /МЕРИДИАН/. Мэр заявила, что дорога закрыта.", "ru", "Мэр заявила"),
    ("PORT AMSEL, March 12 — Mr. Berg said the road was closed.", "en", "Mr. Berg said"),
    ("مينسك: قالت رئيسة البلدية إن الطريق مغلق.", "ar", "قالت رئيسة"),
    ("بورت أمسل – وكالة الوادي للأنباء: قالت رئيسة البلدية إن الطريق مغلق.", "ar", "قالت رئيسة"),
    # no datelines
    ("وتابع: “الطريق مغلق حتى الجمعة”.", "ar", "وتابع"),
    ("U.S. officials said the road was closed.", "en", "U.S. officials"),
    ("The mayor said the road was closed.", "en", "The mayor"),
]


@pytest.mark.parametrize("text,lang,starts", DATELINES, ids=[t[:25] for t, *_ in DATELINES])
def test_datelines(text: str, lang: str, starts: str) -> None:
    assert text[dateline_end(text, 0, len(text), lang, first=True):].startswith(starts)
    first = next(b for b in page(Document(id="d", text=text, lang=lang)) if not b.heading).sentences[0]
    assert text[first[0]:].startswith(starts)


def test_a_dateline_on_a_line_of_its_own_is_a_heading() -> None:
    text = "بورت أمسل – وكالة الوادي للأنباء:\nقالت رئيسة البلدية إن الطريق مغلق."
    assert blocks(text, lang="ar") == [("بورت أمسل – وكالة الوادي للأنباء:", True),
                                       ("قالت رئيسة البلدية إن الطريق مغلق.", False)]


def test_arabic_dateline_only_opens_the_first_body_paragraph() -> None:
    text = "قالت رئيسة البلدية إن الطريق مغلق.\n\nمينسك: قالت رئيسة البلدية إن الجسر مغلق."
    second = list(page(Document(id="d", text=text, lang="ar")))[1]
    assert text[second.sentences[0][0]:].startswith("مينسك")


FRENCH = "Le maire a dit lundi que la route resterait fermée pendant une semaine."
ENGLISH = "The mayor said on Monday that the river road would stay closed for a week."
ARABIC = "قالت رئيسة البلدية يوم الاثنين إن طريق النهر سيبقى مغلقا لمدة أسبوع."
RUSSIAN = "Мэр заявила в понедельник, что дорога у реки будет закрыта неделю."

LANGUAGES = [
    ("en,ar", [ENGLISH, ARABIC], [("en", True), ("ar", True)]),
    ("ar,en", [ENGLISH, ARABIC], [("en", True), ("ar", True)]),
    ("fr,ar", [FRENCH, ARABIC], [("fr", False), ("ar", True)]),
    ("ar", [RUSSIAN, ARABIC], [("ru", True), ("ar", True)]),  # a script not listed: its own language
    ("xx", [ENGLISH], [("en", True)]),  # an unknown code: the script's language
    ("", [ARABIC], [("ar", True)]),
]


@pytest.mark.parametrize("lang,paragraphs,expected", LANGUAGES, ids=[c[0] or "none" for c in LANGUAGES])
def test_paragraph_language_from_the_listed_languages(lang: str, paragraphs: list[str],
                                                       expected: list[tuple[str, bool]]) -> None:
    doc = Document(id="d", text="\n\n".join(paragraphs), lang=lang)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FramingWarning)
        found = [(b.lang, bool(b.sentences)) for b in page(doc)]
    assert found == expected


def test_unsupported_language_is_skipped_with_one_warning() -> None:
    doc = Document(id="note-7", text=f"{FRENCH}\n\n{FRENCH}", lang="fr")
    with pytest.warns(FramingWarning, match="note-7: language fr is not supported") as caught:
        found = list(extract_statements(doc, REGISTRY))
    assert found == [] and len(caught) == 1


def test_supported_languages_raise_no_warning() -> None:
    doc = Document(id="d", text=f"{ENGLISH}\n\n{ARABIC}", lang="en,ar")
    with warnings.catch_warnings():
        warnings.simplefilter("error", FramingWarning)
        assert {s.lang for s in extract_statements(doc, REGISTRY)} == {"en", "ar"}


def test_cli_prints_the_warning_as_one_line(tmp_path) -> None:
    corpus = tmp_path / "notes.jsonl"
    corpus.write_text('{"id": "note-7", "lang": "fr", "text": "%s"}\n' % FRENCH, encoding="utf-8")
    result = CliRunner().invoke(app, ["statements", str(corpus), "-f", "jsonl"])
    assert result.exit_code == 0
    lines = [line for line in result.stderr.splitlines() if line]
    assert lines == ["framing: warning: note-7: language fr is not supported; its paragraphs are skipped "
                     "(supported: ar, en, ru)"]

"""voice.py: statements about actors in the outlet's narration, and --voice in the pipeline."""

from __future__ import annotations

import pytest

from framing.actors import ActorRegistry
from framing.errors import UsageError
from framing.lexicon import compile_lexicon
from framing.model import Actor, Document, Frame, Lexicon, Row, Statement, Table
from framing.pipeline import analyse_document
from framing.voice import VOICES, about_actor, about_statements, check_voice, pair_rows, score_about

REGISTRY = ActorRegistry([
    Actor("csto", "Collective Security Treaty Organization", {"en": ("CSTO",), "ar": ("منظمة معاهدة الأمن الجماعي",)}),
    Actor("russia", "Russia", {"en": ("Russia", "Moscow"), "ar": ("روسيا",)}),
    Actor("kz_government", "Kazakhstan (government)", {"en": ("Tokayev",), "ar": ("توكاييف",)}),
])
LEXICON = Lexicon("mini", "", (
    Frame("peacekeeping", "", {"en": ("CSTO", "peacekeep*"), "ar": ("منظمة معاهدة الأمن الجماعي", "حفظ* السلام")}),
    Frame("terrorism", "", {"en": ("terror*",), "ar": ("إرهاب*",)}),
))
MATCHER = compile_lexicon(LEXICON)

# Paragraph 1: Tokayev's reported speech, then an outlet sentence about Russia and the CSTO.
# Paragraph 2: an Arabic outlet sentence about the CSTO and Russia.
TEXT = (
    "Tokayev said that terrorists had attacked the city.\n\n"
    "Russia sent CSTO peacekeepers to the city on Thursday, and Moscow paid for them.\n\n"
    "وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي بقيادة روسيا إلى المدينة.\n"
)
DOC = Document(id="d1", text=TEXT, source="Outlet", lang="en")


def _narration(sentence: str, lang: str = "en") -> Statement:
    start = TEXT.index(sentence)
    return Statement("d1", "Outlet", lang, "outlet:Outlet", "", "narration", start, start + len(sentence), sentence)


def test_one_statement_per_actor_mentioned_sorted_by_id() -> None:
    sentence = "Russia sent CSTO peacekeepers to the city on Thursday, and Moscow paid for them."
    found = list(about_statements(TEXT, _narration(sentence), REGISTRY))
    assert [(s.actor, s.speaker, s.kind) for s, _ in found] == [
        ("about:csto", "CSTO", "narration"), ("about:russia", "Russia", "narration")]
    # every mention of the actor is kept, as offsets into the document
    russia = dict((s.actor, spans) for s, spans in found)["about:russia"]
    assert [TEXT[a:b] for a, b in russia] == ["Russia", "Moscow"]
    for s, _ in found:
        assert TEXT[s.start:s.end] == s.text == sentence


def test_a_sentence_without_actors_is_about_no_one() -> None:
    text = "The city was quiet on Friday."
    s = Statement("d", "Outlet", "en", "outlet:Outlet", "", "narration", 0, len(text), text)
    assert list(about_statements(text, s, REGISTRY)) == []


@pytest.mark.parametrize("sentence, lang, expected", [
    # "CSTO" names the CSTO: not a frame of a sentence about the CSTO, but one of a sentence about Russia
    ("Russia sent CSTO peacekeepers to the city on Thursday, and Moscow paid for them.", "en",
     {"about:csto": ["peacekeepers"], "about:russia": ["CSTO", "peacekeepers"]}),
    ("وصلت قوات حفظ السلام التابعة لمنظمة معاهدة الأمن الجماعي بقيادة روسيا إلى المدينة.", "ar",
     {"about:csto": ["حفظ السلام"], "about:russia": ["حفظ السلام", "لمنظمة معاهدة الأمن الجماعي"]}),
], ids=["en", "ar"])
def test_hits_inside_the_actors_own_name_do_not_count(sentence, lang, expected) -> None:
    scored = score_about(TEXT, _narration(sentence, lang), REGISTRY, MATCHER)
    got = {s.statement.actor: [TEXT[h.start:h.end] for h in s.hits] for s in scored}
    assert got == expected
    assert all(s.tokens > 0 for s in scored)


@pytest.mark.parametrize("voice, narration, expected", [
    ("said", False, ["kz_government"]),
    ("about", False, ["about:csto", "about:russia", "about:csto", "about:russia"]),
    ("both", False, ["kz_government", "about:csto", "about:russia", "about:csto", "about:russia"]),
    ("about", True, ["outlet:Outlet", "about:csto", "about:russia", "outlet:Outlet", "about:csto", "about:russia"]),
    ("said", True, ["kz_government", "outlet:Outlet", "outlet:Outlet"]),
])
def test_voice_chooses_the_statements(voice, narration, expected) -> None:
    scored = analyse_document(DOC, REGISTRY, MATCHER, narration=narration, voice=voice)
    assert [s.statement.actor for s in scored] == expected
    assert [s.statement.start for s in scored] == sorted(s.statement.start for s in scored)


def test_said_is_the_default_and_unchanged() -> None:
    assert analyse_document(DOC, REGISTRY, MATCHER) == analyse_document(DOC, REGISTRY, MATCHER, voice="said")


def test_unknown_voice_is_refused() -> None:
    assert VOICES == ("said", "about", "both")
    assert check_voice("both") == "both"
    with pytest.raises(UsageError, match=r"unknown --voice 'them'; choose from: said, about, both"):
        check_voice("them")
    with pytest.raises(UsageError, match="unknown --voice"):
        analyse_document(DOC, REGISTRY, MATCHER, voice="them")


def test_about_actor() -> None:
    assert about_actor("about:us") == "us"
    assert about_actor("us") is None and about_actor("outlet:about:x") is None


def _row(*key: str, n: int) -> Row:
    return Row(key, n, 0, {}, {}, {})


def test_pair_rows_puts_about_right_after_said() -> None:
    t = Table(("actor",), "share", (), (
        _row("about:us", n=9), _row("eu", n=5), _row("us", n=4), _row("about:eu", n=2), _row("about:un", n=1),
        _row("unknown:X", n=1)))
    assert [r.key[0] for r in pair_rows(t).rows] == ["us", "about:us", "eu", "about:eu", "about:un", "unknown:X"]


def test_pair_rows_pairs_whole_keys() -> None:
    t = Table(("source", "actor"), "share", (), (
        _row("A", "us", n=5), _row("B", "us", n=4), _row("B", "about:us", n=3), _row("A", "about:us", n=2)))
    assert [r.key for r in pair_rows(t).rows] == [("A", "us"), ("A", "about:us"), ("B", "us"), ("B", "about:us")]
    by_source = Table(("source",), "share", (), (_row("B", n=2), _row("A", n=1)))
    assert pair_rows(by_source) == by_source

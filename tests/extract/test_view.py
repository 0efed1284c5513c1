"""view.py: the paragraph index answers as a scan of the paragraph would, by binary search."""

from __future__ import annotations

from framing import languages
from framing.extract.cues import tokens
from framing.extract.quotes import find_quotes
from framing.extract.view import Paragraph, last_quote_close, substantial
from framing.text import sentence_spans

TEXT = ("Critics called it \u201ca trap\u201d and said \u201cwe will not pay for this,\u201d the union said; "
        "\u201cNo,\u201d \u2014 he added, \u201cnever.\u201d Then \u201cquiet\u201d returned to the docks.")


def _paragraph(text: str) -> Paragraph:
    return Paragraph(text, tokens(text, 0, len(text), "en"), sentence_spans(text), find_quotes(text), [],
                     languages.attribution("en"), frozenset(), "en")


def _scanned(p: Paragraph, pos: int) -> int:
    """last_quote_close as a scan back over every quotation before ``pos``."""
    for q in reversed(p.quotes_ending(0, pos)):
        if substantial(p, q) or p.text[q.end:q.end + 3].lstrip(" ")[:1] in (",", "\u2014", "\u2013", "\u060c"):
            return q.end
    return 0


def test_last_quote_close_is_the_scan_at_every_position() -> None:
    p = _paragraph(TEXT)
    assert [_scanned(p, pos) for pos in range(len(TEXT) + 1)] == [last_quote_close(p, pos)
                                                                   for pos in range(len(TEXT) + 1)]
    # "a trap" (two words, then "and") closes no clause; "we will not pay for this," does (long);
    # "No," does (a dash follows); "never." and "quiet" do not (one word each, no comma or dash after)
    no = TEXT.index(" \u2014 he")
    assert last_quote_close(p, TEXT.index(" and said")) == 0
    assert last_quote_close(p, TEXT.index(" the union")) == TEXT.index(" the union")
    assert last_quote_close(p, no - 1) == TEXT.index(" the union")
    assert last_quote_close(p, no) == no
    assert last_quote_close(p, len(TEXT)) == no


def test_words_limit_is_a_prefix() -> None:
    p = _paragraph(TEXT)
    every = p.words(0, len(TEXT))
    assert [t.norm for t in p.words(0, len(TEXT), 3)] == ["critics", "called", "it"]
    assert p.words(0, len(TEXT), len(every) + 5) == every
    assert p.words(TEXT.index("union"), len(TEXT), 0) == []


def test_first_quote_from() -> None:
    p = _paragraph(TEXT)
    assert TEXT[p.first_quote_from(TEXT.index("and said")).start:][:6] == "\u201cwe wi"
    assert p.first_quote_from(len(TEXT)) is None

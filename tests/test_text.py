"""text.py: paragraph joins across line breaks, sentence ends, Title Case lines.

Each case is a text and the paragraphs (or sentences) expected, as strings.
"""

from __future__ import annotations

import pytest

from framing.text import ParagraphTokens, is_title_case, paragraph_spans, script_of, sentence_spans, token_spans

PARAGRAPHS = [
    # a line ending with a comma continues into the next
    ("The mayor told reporters,\n“The bridge will reopen on Friday.”",
     ["The mayor told reporters,\n“The bridge will reopen on Friday.”"]),
    # ... an Arabic comma too
    ("وقال رئيس البلدية ،\n“سيعاد فتح الجسر يوم الجمعة”.",
     ["وقال رئيس البلدية ،\n“سيعاد فتح الجسر يوم الجمعة”."]),
    # ... and a comma before a closing quotation mark
    ("“The bridge will reopen on Friday,”\nthe mayor told reporters.",
     ["“The bridge will reopen on Friday,”\nthe mayor told reporters."]),
    # a blank line always ends a paragraph, comma or not
    ("Dear neighbours,\n\nThe bridge reopens on Friday.", ["Dear neighbours,", "The bridge reopens on Friday."]),
    # a quotation running over a bare line break is one paragraph
    ("The mayor said: “The bridge is safe.\nIt will reopen on Friday.”\nTraffic was light.",
     ["The mayor said: “The bridge is safe.\nIt will reopen on Friday.”", "Traffic was light."]),
    # ... with the closing mark reversed, standing alone at the end of the line
    ("وقال رئيس البلدية ، “الجسر آمن.\nوسيعاد فتحه يوم الجمعة. “",
     ["وقال رئيس البلدية ، “الجسر آمن.\nوسيعاد فتحه يوم الجمعة. “"]),
    # ... but a new quotation on the next line is a new paragraph (news style)
    ("“The bridge is safe.\n“It will reopen on Friday,” the mayor said.",
     ["“The bridge is safe.", "“It will reopen on Friday,” the mayor said."]),
    # lines that end sentences are paragraphs of their own
    ("The bridge reopened.\nTraffic was light.", ["The bridge reopened.", "Traffic was light."]),
    # hard-wrapped prose is one paragraph
    ("Engineers inspected the old bridge over the river on Monday\nand found no damage to its stone arches, the city said.",
     ["Engineers inspected the old bridge over the river on Monday\nand found no damage to its stone arches, the city said."]),
    # a Title Case headline above hard-wrapped prose is not part of it
    ("Old River Bridge to Reopen After Two Years of Repairs\n"
     "Engineers inspected the old bridge over the river on Monday\nand found no damage to its stone arches, the city said.",
     ["Old River Bridge to Reopen After Two Years of Repairs",
      "Engineers inspected the old bridge over the river on Monday\nand found no damage to its stone arches, the city said."]),
]


@pytest.mark.parametrize("text,expected", PARAGRAPHS, ids=[t[:30] for t, _ in PARAGRAPHS])
def test_paragraph_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in paragraph_spans(text)] == expected


TITLE_CASE = [
    ("Old River Bridge to Reopen After Two Years of Repairs", True),
    ("Police Use Tear Gas as Crowds March on Parliament", True),
    # names do not make prose a headline: a long lower-case word does not belong in one
    ("The talks between President Anna Berg and Prime Minister Tomas Lind ended", False),
    ("Old River Bridge Reopens.", False),  # a full stop ends a sentence, not a headline
    ("جسر النهر القديم يعاد فتحه", False),  # no case, no Title Case
    ("Bridge", False),
]


@pytest.mark.parametrize("line,expected", TITLE_CASE)
def test_title_case(line: str, expected: bool) -> None:
    assert is_title_case(line, 0, len(line)) is expected


SENTENCES = [
    # a full stop glued to the next Arabic word ends a sentence
    ("أكد الوزير التزامات بلاده.وكشف أنه سيزور المدينة.", ["أكد الوزير التزامات بلاده.", "وكشف أنه سيزور المدينة."]),
    ("وصل الوفد عام 2020.وقال رئيسه إن الزيارة ناجحة.", ["وصل الوفد عام 2020.", "وقال رئيسه إن الزيارة ناجحة."]),
    # a single letter with a point is an abbreviation, not a sentence
    ("قال مراسل أ.ف.ب إن الوضع هادئ.", ["قال مراسل أ.ف.ب إن الوضع هادئ."]),
    ("بلغ النمو 3.5 في المئة.", ["بلغ النمو 3.5 في المئة."]),
    # abbreviations and decimals are never split
    ("The U.S. economy grew 3.5 percent. Prices rose.", ["The U.S. economy grew 3.5 percent.", "Prices rose."]),
    ("Visit the site at www.river.example.com today.", ["Visit the site at www.river.example.com today."]),
]


@pytest.mark.parametrize("text,expected", SENTENCES, ids=[t[:20] for t, _ in SENTENCES])
def test_sentence_spans(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text)] == expected


def test_script_of_languages_that_share_a_script() -> None:
    assert (script_of("fr"), script_of("uk"), script_of("fa"), script_of("en"), script_of("xx")) == (
        "en", "ru", "ar", "en", None)


TOKEN_TEXT = "Ivo Nyberg, a ferry captain, said: \u201cRepairs cannot wait.\u201d Traffic was light."
WITHIN = [
    # (span as start and end text, lang) -> the tokens scoring gets, or None (it tokenises the span itself)
    (("Repairs", "wait"), "en", ["Repairs", "cannot", "wait"]),
    (("Ivo", "light"), "en", ["Ivo", "Nyberg", "a", "ferry", "captain", "said", "Repairs", "cannot", "wait",
                              "Traffic", "was", "light"]),
    ((", ", ", "), "en", []),                    # punctuation only
    (("erry", "captain"), "en", None),           # the span cuts "ferry"
    (("ferry", "capt"), "en", None),             # ... and "captain"
    (("Repairs", "wait"), "ar", None),           # another language than the paragraph's
]


@pytest.mark.parametrize("span, lang, expected", WITHIN, ids=[f"{a}-{b}-{lang}" for (a, b), lang, _ in WITHIN])
def test_paragraph_tokens_within(span, lang, expected) -> None:
    from framing.extract.cues import tokens

    text = TOKEN_TEXT
    start, end = text.index(span[0]), text.index(span[1]) + len(span[1])
    shared = ParagraphTokens()
    shared.keep("en", 0, len(text), tokens(text, 0, len(text), "en"))
    found = shared.within(start, end, lang)
    assert (None if found is None else [text[t.start:t.end] for t in found]) == expected
    if found is not None:  # the very tokens token_spans finds in the span
        assert [(t.start, t.end) for t in found] == [tuple(s) for s in token_spans(text, start, end)]


def test_paragraph_tokens_only_for_the_paragraph_kept() -> None:
    from framing.extract.cues import tokens

    text = "The bridge reopened.\n\nTraffic was light."
    shared = ParagraphTokens()
    shared.keep("en", 0, 20, tokens(text, 0, 20, "en"))
    assert [text[t.start:t.end] for t in shared.within(4, 19, "en")] == ["bridge", "reopened"]
    assert shared.within(22, len(text), "en") is None  # the next paragraph

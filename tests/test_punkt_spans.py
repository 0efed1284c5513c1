"""framing.punkt_spans gives Punkt's own sentence spans, found with the standard ``re`` engine."""

from __future__ import annotations

import pytest

from framing.punkt_spans import span_tokenize
from framing.text import _punkt

PARAGRAPHS = [
    "",
    "No full stop at all",
    "   Leading and trailing blanks.   ",
    "The mayor left. Nobody followed her.",
    "Mr. Tan met Dr. Ruiz at 5 p.m. on Monday. They talked for an hour.",
    "J. R. Vance signed it. The U.S. embassy said so.",
    "Turnout was 61.5 per cent. That is a record.",
    "Wait... what happened?! Nobody knows!!! Really?",
    "(The vote was delayed.) The count resumed.",
    "She said: “We will stay.” Then she left. «Нет.» — ответил он.",
    "He asked “Why?” and she shrugged. 'Because.' That was all.",
    "He paused--then spoke. It was late -- very late.",
    "هل انتهى الأمر؟ قال المتحدث إن الحوار مستمر. وأضاف …",
    "Он уехал. Никто не знал куда.\u2028Потом вернулся.",
    "Odd separators.\x1cNext part. Another\x1fpart. Next\x85line.",
    "Stop!\n\x1f And stop.\n\x1c",
    "Tabs\tbetween. Words\u00a0and. No\u3000break.",
    "Lines end here.\nAnd here.\r\nAnd a last one.",
    "Footnote [1]. Braces {ok}. Star *here*. Mail @them. 100%. Done.",
]


@pytest.mark.parametrize("text", PARAGRAPHS)
def test_same_spans_as_punkt(text: str) -> None:
    tokenizer = _punkt()
    assert span_tokenize(tokenizer, text) == list(tokenizer.span_tokenize(text))


def test_a_tokenizer_of_another_kind_is_asked_directly() -> None:
    class Lines:
        def span_tokenize(self, text):
            yield from ((0, len(text)),)

    assert span_tokenize(Lines(), "One. Two.") == [(0, 9)]

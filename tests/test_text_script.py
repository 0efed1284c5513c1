"""text.script_lang: a span's language by the script most of its letters use.

Each case is a text, the default, and the language expected.
"""

from __future__ import annotations

import pytest

from framing.text import SCRIPT_SAMPLE, script_lang

CASES = [
    ("The ferry left at noon.", "en", "en"),
    ("Le bac est parti à midi.", "en", "en"),                  # Latin letters beyond ASCII
    ("Паром отошёл в полдень.", "en", "ru"),
    ("غادرت العبارة عند الظهر.", "en", "ar"),
    ("12:30 — 14:00", "en", "en"),                             # no letters: the default
    ("12:30 — 14:00", "", ""),
    ("«Паром отошёл», — сообщил Reuters.", "en", "ru"),        # a Latin name in Russian text
    ("قال مسؤول في Ferrylink إن العبارة غادرت.", "en", "ar"),  # ... in Arabic text
    ("Ferrylink CEO Anna Berg: «паром»", "", "en"),            # Latin letters are most
    ("ab аб", "", "en"),                                       # a tie: the first code alphabetically
    ("аб ab", "", "en"),
    ("аб بت", "", "ar"),
]


@pytest.mark.parametrize("text,default,expected", CASES, ids=[t[:24] for t, _, _ in CASES])
def test_script_lang(text: str, default: str, expected: str) -> None:
    assert script_lang(text, default) == expected


def test_mixed_text_is_judged_on_a_sample_from_its_first_letter() -> None:
    # letters counted only in the SCRIPT_SAMPLE characters from the first letter, wherever it is
    russian_first = "… " * 3000 + "паром " * (SCRIPT_SAMPLE // 6) + "ferry " * SCRIPT_SAMPLE
    assert script_lang(russian_first) == "ru"

"""framing.lexicon.fold: the text the automaton reads, and the way back to the original offsets."""

from __future__ import annotations

import pytest

from framing import languages
from framing.lexicon.fold import fold
from framing.lexicon.patterns import compile_lexicon
from framing.model import Frame
from framing.text import WORD_RE

MATCHER = compile_lexicon([
    Frame("security", "", {"en": ("terror*", "attack", "national security"), "ar": ("إرهاب*", "حوار"),
                           "ru": ("террор*", "митинг")}),
])

TEXTS = [
    ("en", "Plain ASCII: a terrorist attack, national\nsecurity."),                       # one bytes translation
    ("en", "Curly “terror” — an attack’s aftermath, naïve national security"),          # aligned, non-ASCII
    ("en", "Half ½ a line.\nThe ﬁrst terrorist attack\nnational security ½"),            # NFKC expands: line by line
    ("ar", "قال إن الإرهابيين رفضوا الحوار"),                                             # aligned Arabic
    ("ar", "قال إنَّ الإِرهابيين رفضوا الحوارَ\nوالحوار أيضاً"),                           # harakat dropped: by token
    ("ru", "Ёлки: террористы и митинги, ТЕРРОР"),                                        # stems and ё
]


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_every_folded_token_maps_back_to_its_original(lang: str, text: str) -> None:
    language = languages.get(lang)
    folded = fold(text, 0, len(text), language)
    assert folded.text.startswith(" ") and folded.text.endswith(" ")
    starts = [i for i in range(1, len(folded.text)) if folded.text[i] != " " and folded.text[i - 1] == " "]
    originals = [m for m in WORD_RE.finditer(text)]
    assert len(starts) == len(originals)
    for at, token in zip(starts, originals):
        assert folded.original(at) == token.start()
        assert folded.text[at:].split(" ", 1)[0] == language.normalize(token.group())


@pytest.mark.parametrize(("lang", "text"), TEXTS)
def test_a_span_scans_as_its_text_alone(lang: str, text: str) -> None:
    # offsets of a span's hits are the document's; the span sees only its own tokens
    prefix = "Intro “line” ½ terror.\n\n"
    whole = prefix + text
    inside = MATCHER.scan(whole, lang, len(prefix), len(whole))
    alone = MATCHER.scan(text, lang)
    shifted = [(h.frame, h.term, h.start + len(prefix), h.end + len(prefix)) for h in alone.hits]
    assert [(h.frame, h.term, h.start, h.end) for h in inside.hits] == shifted
    assert alone.hits, "each text holds at least one term"


def test_the_same_words_hit_the_same_terms_whatever_the_fold() -> None:
    # ASCII, curly quotes and an NFKC-expanding sign take three different ways to the same hits
    words = ["terrorists attack", "“terrorists” attack", "½ terrorists attack"]
    found = [[(h.term, t[h.start:h.end]) for h in MATCHER.match(t, "en")] for t in words]
    assert found[0] == found[1] == found[2] == [("terror*", "terrorists"), ("attack", "attack")]


def test_the_automaton_stays_as_small_as_the_lexicon() -> None:
    # Arabic tokens are re-read through their bases, so a form needs one key, not one per proclitic chain;
    # English keys are the first words (a space before, and after a whole word) and the negators
    frames = [Frame("f", "", {"ar": ("إرهاب*", "حوار", "الحوار الوطني"), "en": ("terror*", "attack", "gas price*")})]
    indexes = compile_lexicon(frames)._indexes
    ar_negators = {w for rule in indexes["ar"].rules for w in (rule.negators if rule else ())}
    forms = {"ارهاب", "حوار", "الحوار"}  # a term's article is stripped: both forms
    assert forms <= set(indexes["ar"].automaton.keys())
    markers = languages.polarity("ar").marker_words()  # words that may ascribe a label, alone and after و ف ب
    assert len(indexes["ar"].automaton) <= len(forms) + (len(ar_negators) + len(markers)) * 4
    assert {" terror", " attack ", " gas "} <= set(indexes["en"].automaton.keys())

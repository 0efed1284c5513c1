"""Matching semantics of framing.lexicon.patterns, as tables of (text, lang, expected hits)."""

from __future__ import annotations

import pickle
import random
import time

import pytest

from framing.lexicon.patterns import compile_lexicon
from framing.lexicon.terms import Word, parse_term
from framing.model import Frame, Hit

FRAMES = (
    Frame("terrorism", "", {
        "en": ("terror*", "counter-terrorism", "bandit*", "terror* attack*", "terrorist"),
        "ar": ("إرهاب*", "مكافحة الإرهاب", "عصاب*"),
    }),
    Frame("dialogue", "", {
        "en": ("dialogue", "peaceful solution*", "solution through dialogue"),
        "ar": ("حوار", "حل سلمي*"),
    }),
    Frame("violence", "", {
        "en": ("attack*", "tear gas", "killed"),
        "ar": ("كذب*", "اشتباك", "تبادل لإطلاق النار", "إطلاق النار"),
    }),
    Frame("economy", "", {"en": ("gas price*",), "ar": ("الحوار الوطني",)}),
)
MATCHER = compile_lexicon(FRAMES)

# (text, lang, [(frame, term, matched text), ...] in output order)
CASES = [
    # whole tokens, case-insensitive, globs
    ("Terrorists struck.", "en", [("terrorism", "terror*", "Terrorists")]),
    ("TERROR and banditry", "en", [("terrorism", "terror*", "TERROR"), ("terrorism", "bandit*", "banditry")]),
    ("The terrain was hard.", "en", []),
    ("Bandits", "en", [("terrorism", "bandit*", "Bandits")]),
    # exact words do not match inflections
    ("Dialogues failed.", "en", []),
    ("A dialogue.", "en", [("dialogue", "dialogue", "dialogue")]),
    ("peaceful solutions", "en", [("dialogue", "peaceful solution*", "peaceful solutions")]),
    # punctuation is not a token: hyphenated term = phrase, either spelling matches
    ("counter-terrorism units", "en", [("terrorism", "counter-terrorism", "counter-terrorism")]),
    ("counter terrorism units", "en", [("terrorism", "counter-terrorism", "counter terrorism")]),
    # phrase with globs; the same token counts in two frames
    ("terrorist attacks", "en", [
        ("terrorism", "terror* attack*", "terrorist attacks"),
        ("violence", "attack*", "attacks"),
    ]),
    # longest wins within a frame: 3-token phrase beats the overlapping 2-token one
    ("a peaceful solution through dialogue", "en", [("dialogue", "solution through dialogue", "solution through dialogue")]),
    # equal spans in one frame: the term listed first wins
    ("the terrorist", "en", [("terrorism", "terror*", "terrorist")]),
    # phrases need consecutive tokens and do not cross a sentence break
    ("peaceful, solution", "en", [("dialogue", "peaceful solution*", "peaceful, solution")]),
    ("peaceful. Solution", "en", []),
    # a hard-wrapped line is one paragraph: a phrase runs across one line break, not across an empty line
    ("a peaceful\nsolution", "en", [("dialogue", "peaceful solution*", "peaceful\nsolution")]),
    ("a peaceful \r\n  solution", "en", [("dialogue", "peaceful solution*", "peaceful \r\n  solution")]),
    ("a peaceful\n\nsolution", "en", []),
    ("a peaceful\n  \nsolution", "en", []),
    ("مكافحة\nالإرهاب", "ar", [("terrorism", "مكافحة الإرهاب", "مكافحة\nالإرهاب")]),
    # curly quotes, dashes and ligatures are folded as the tokens they are
    ("“Terror”—attacks", "en", [("terrorism", "terror* attack*", "Terror”—attacks"), ("violence", "attack*", "attacks")]),
    ("ﬁve terrorists, ½ attacked", "en", [("terrorism", "terror*", "terrorists"), ("violence", "attack*", "attacked")]),
    ("TERRORİSTS", "en", [("terrorism", "terror*", "TERRORİSTS")]),
    ("peaceful and solution", "en", []),
    # "gas" alone is not a term; "tear gas" is violence, "gas prices" economy
    ("tear gas and gas prices", "en", [
        ("violence", "tear gas", "tear gas"),
        ("economy", "gas price*", "gas prices"),
    ]),
    # terms apply only to their language
    ("terrorism", "ar", []),
    ("الإرهاب", "en", []),
    ("terrorism", "ru", []),
    # Arabic: article and proclitics stripped from tokens, globs on the base
    ("الإرهاب", "ar", [("terrorism", "إرهاب*", "الإرهاب")]),
    ("إرهابية", "ar", [("terrorism", "إرهاب*", "إرهابية")]),
    ("والإرهابيين", "ar", [("terrorism", "إرهاب*", "والإرهابيين")]),
    ("للإرهاب", "ar", [("terrorism", "إرهاب*", "للإرهاب")]),
    ("عصابات", "ar", [("terrorism", "عصاب*", "عصابات")]),
    # diacritics, tatweel and hamza forms are normalised away
    ("الإِرْهَابِيُّونَ", "ar", [("terrorism", "إرهاب*", "الإِرْهَابِيُّونَ")]),
    ("ارهـــاب", "ar", [("terrorism", "إرهاب*", "ارهـــاب")]),
    ("الحوار", "ar", [("dialogue", "حوار", "الحوار")]),
    ("والحوار", "ar", [("dialogue", "حوار", "والحوار")]),
    ("بالحوار", "ar", [("dialogue", "حوار", "بالحوار")]),
    ("حوارات", "ar", []),
    # a term's own article is stripped: "الحوار الوطني" matches without article
    ("حوار وطني", "ar", [("dialogue", "حوار", "حوار"), ("economy", "الحوار الوطني", "حوار وطني")]),
    # the phrase with a prefixed word, longest wins over the inner phrase
    ("وقع تبادل لإطلاق النار", "ar", [("violence", "تبادل لإطلاق النار", "تبادل لإطلاق النار")]),
    ("إطلاق النار", "ar", [("violence", "إطلاق النار", "إطلاق النار")]),
    ("حلاً سلمياً", "ar", []),
    ("حل سلمية", "ar", [("dialogue", "حل سلمي*", "حل سلمية")]),
    ("مكافحة الارهاب", "ar", [("terrorism", "مكافحة الإرهاب", "مكافحة الارهاب")]),
    # terms are stripped of the article only: كذب* must not become ذب* and hit ذبح
    ("ذبح", "ar", []),
    ("الكذب وكذبوا", "ar", [("violence", "كذب*", "الكذب"), ("violence", "كذب*", "وكذبوا")]),
    # no stemming: the exact term does not match the plural (use a glob)
    ("اشتباكات", "ar", []),
    ("اشتباك", "ar", [("violence", "اشتباك", "اشتباك")]),
    ("", "en", []),
    ("!!! ...", "en", []),
]


@pytest.mark.parametrize(("text", "lang", "expected"), CASES)
def test_match(text: str, lang: str, expected: list[tuple[str, str, str]]) -> None:
    hits = MATCHER.match(text, lang)
    assert [(h.frame, h.term, text[h.start:h.end]) for h in hits] == expected


def test_offsets_point_into_the_whole_document() -> None:
    doc = "Intro about terror. He said: “We want dialogue and an end to terror.” End terror."
    start = doc.index("“")
    end = doc.index("”") + 1
    hits = MATCHER.match(doc, "en", start, end)
    assert hits == [
        Hit("dialogue", "dialogue", doc.index("dialogue"), doc.index("dialogue") + 8),
        Hit("terrorism", "terror*", doc.index("terror.”"), doc.index("terror.”") + 6),
    ]
    assert all(start <= h.start < h.end <= end for h in hits)


def test_hits_sorted_by_start_frame_end() -> None:
    hits = MATCHER.match("terrorist attacks, tear gas, terrorist attack", "en")
    assert hits == sorted(hits, key=lambda h: (h.start, h.frame, h.end))
    assert [h.frame for h in hits] == ["terrorism", "violence", "violence", "terrorism", "violence"]


def test_overlaps_count_once_per_frame_but_not_across_frames() -> None:
    frames = [
        Frame("a", "", {"en": ("state of emergency", "emergency", "state of")}),
        Frame("b", "", {"en": ("emergency",)}),
    ]
    hits = compile_lexicon(frames).match("a state of emergency", "en")
    assert [(h.frame, h.term) for h in hits] == [("a", "state of emergency"), ("b", "emergency")]


def test_overlapping_phrases_more_characters_then_earliest_wins() -> None:
    matcher = compile_lexicon([Frame("f", "", {"en": ("law and", "and order", "and law")})])
    assert [h.term for h in matcher.match("law and order", "en")] == ["and order"]
    assert [h.term for h in matcher.match("war and law", "en")] == ["and law"]
    matcher = compile_lexicon([Frame("f", "", {"en": ("war and", "and law")})])
    assert [h.term for h in matcher.match("war and law", "en")] == ["war and"]


@pytest.mark.parametrize(("term", "words"), [
    ("terror*", (Word("terror", True),)),
    ("counter-terrorism", (Word("counter", False), Word("terrorism", False))),
    ("terror* attack*", (Word("terror", True), Word("attack", True))),
    ("  calls   for calm ", (Word("calls", False), Word("for", False), Word("calm", False))),
    ("protesters' demands", (Word("protesters", False), Word("demands", False))),
    ("إرهاب*", (Word("إرهاب", True),)),
])
def test_parse_term(term: str, words: tuple[Word, ...]) -> None:
    assert parse_term(term) == words


@pytest.mark.parametrize(("term", "message"), [
    ("", "empty term"),
    ("   ", "empty term"),
    ("ter*or", "may only end a word"),
    ("*", "may only end a word"),
    ("terror *", "may only end a word"),
    ("terror-*", "may only end a word"),
    ("--", "no word characters"),
])
def test_parse_term_errors(term: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_term(term)


def test_duplicate_frame_ids_rejected() -> None:
    with pytest.raises(ValueError, match="duplicate frame id"):
        compile_lexicon([Frame("a", "", {"en": ("x",)}), Frame("a", "", {"en": ("y",)})])


def test_matcher_pickles_and_reports() -> None:
    clone = pickle.loads(pickle.dumps(MATCHER))
    text = "terrorist attacks and dialogue"
    assert clone.match(text, "en") == MATCHER.match(text, "en")
    assert clone.frames == ("terrorism", "dialogue", "violence", "economy")
    assert clone.languages == ("ar", "en")
    assert "frames=4" in repr(clone)


def test_thousands_of_glob_phrases_stay_fast() -> None:
    rng = random.Random(7)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(3000)]
    terms = tuple(f"{rng.choice(vocab)[:4]}* {rng.choice(vocab)[:3]}*" for _ in range(2000))
    started = time.perf_counter()
    matcher = compile_lexicon([Frame(f"f{i % 10}", "", {"en": terms[i::10]}) for i in range(10)])
    words = [rng.choice(vocab) for _ in range(50_000)]
    text = " ".join(words)  # about 350 KB
    assert len(text) > 300_000
    hits = matcher.match(text, "en")
    elapsed = time.perf_counter() - started
    assert hits, "random text should hit some of the 2,000 phrases"
    assert all(text[h.start:h.end].count(" ") == 1 for h in hits)
    assert elapsed < 20  # a sanity bound only; this takes well under a second


def test_memory_stays_flat_on_a_long_text_without_sentence_breaks(monkeypatch: pytest.MonkeyPatch) -> None:
    # The scan remembers the last negators and the open overlapping runs, not the
    # text's tokens: its state stays bounded however long the text and however
    # many negators it holds (benchmarks/bench.py wildcards measures bytes).
    from framing.lexicon import scan

    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyz"
    vocab = ["".join(rng.choice(letters) for _ in range(rng.randint(3, 9))) for _ in range(3000)] + ["not"] * 300
    terms = tuple(f"{rng.choice(vocab)[:4]}* {rng.choice(vocab)[:4]}*" for _ in range(2000))
    matcher = compile_lexicon([Frame(f"f{i % 10}", "", {"en": terms[i::10]}) for i in range(10)])
    text = " ".join(rng.choice(vocab) for _ in range(60_000))  # one "sentence" of 60,000 tokens
    sizes: list[int] = []
    at = scan.Scan.at

    def spy(self, start: int, nodes: list) -> None:
        sizes.append(len(self.negators) + len(self.reaches) + sum(len(run[1]) for run in self.pending.values()))
        at(self, start, nodes)

    monkeypatch.setattr(scan.Scan, "at", spy)
    found = matcher.scan(text, "en")
    assert len(sizes) > 1000 and found.hits and any(h.polarity == "negated" for h in found.hits)
    # two negators, their reaches, and per frame a chain of overlapping phrases: tens, never the 60,000 tokens
    assert max(sizes) < 100


def test_scan_equals_a_scan_in_pieces() -> None:
    # the sliding window gives what matching sentence by sentence gives
    text = " ".join(["terrorist attacks and a peaceful solution through dialogue; tear gas, gas prices."] * 1000)
    whole = MATCHER.scan(text, "en")
    pieces = []
    start = 0
    for end in [i + 1 for i, ch in enumerate(text) if ch in ";."] + [len(text)]:
        pieces.extend(MATCHER.scan(text, "en", start, end).hits)
        start = end
    assert whole.hits == sorted(pieces, key=lambda h: (h.start, h.frame, h.end, h.term))
    assert len(whole.hits) == 1000 * 5


def test_a_glob_does_not_use_its_stem() -> None:
    # Russian words carry their Snowball stem among their forms; for a glob the stem
    # would be a far shorter prefix (убит* -> уб*) and match unrelated words.
    matcher = compile_lexicon([Frame("v", "", {"ru": ("убит*", "бандит*", "терроризм")})])
    text = "убиты, убедить, убрать, бандиты, банда, терроризма"
    assert [text[h.start:h.end] for h in matcher.match(text, "ru")] == ["убиты", "бандиты", "терроризма"]

"""Properties of extraction and of every reader on adversarial input (hypothesis; profiles in conftest.py).

* Extraction: every statement's offsets slice the text it carries, a second
  run gives the same statements, nothing raises, and the time grows linearly
  with the length of a run of spaces, punctuation, quotation marks,
  conjunctions, brackets or line ends inside a sentence.
* Every lexicon format and the actor registry: reading any text raises
  nothing but ``FramingError``, within a bounded time.
"""

from __future__ import annotations

import gc
import signal
import time
from contextlib import contextmanager

import pytest
from hypothesis import given, strategies as st

from framing.errors import FramingError
from framing.extract import extract_statements
from framing.lexicon import FORMATS, Report
from framing.model import Document
from framing.registry_file import parse_registry
from samples import BRACKETS, CONJUNCTIONS, FRAGMENTS, LINE_ENDS, PUNCTUATION, QUOTES, REGISTRY, SPACES, WORDS

_REGISTRY = parse_registry(REGISTRY, path="actors.yml")
_CHARS = st.characters(blacklist_categories=("Cs",))  # lone surrogates are the corpus readers' to refuse
_PIECES = st.one_of(st.sampled_from(FRAGMENTS), st.text(_CHARS, max_size=4))
_TEXTS = st.lists(_PIECES, max_size=60).map("".join)
_EXTRACT_SECONDS = 2.0  # of CPU, for a few hundred characters

SMALL, LARGE = 400, 1600  # characters of the run
# time(LARGE) is at most this many times time(SMALL), plus a slack for the clock; linear work gives
# about LARGE / SMALL, quadratic work (LARGE / SMALL) ** 2. Times are this process's CPU time, so
# that other processes on the machine do not count.
_GROWTH = 2 * LARGE / SMALL
_SLACK = 0.005


class Overtime(Exception):
    """A reader or an extraction ran past its time."""


@contextmanager
def _within(seconds: float):
    """Interrupt what runs inside after ``seconds`` of CPU time (``re`` checks for signals as it matches)."""
    def expire(*_):
        raise Overtime(f"over {seconds} s")

    previous = signal.signal(signal.SIGVTALRM, expire)
    signal.setitimer(signal.ITIMER_VIRTUAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        signal.signal(signal.SIGVTALRM, previous)


def _statements(text: str) -> list:
    return list(extract_statements(Document("d", text, source="S", lang="en,ar,ru"), _REGISTRY, narration=True))


@given(_TEXTS)
def test_extraction_offsets_slice_the_text_and_runs_are_deterministic(text):
    with _within(_EXTRACT_SECONDS):
        first = _statements(text)
        again = _statements(text)
    for s in first:
        assert 0 <= s.start <= s.end <= len(text)
        assert s.text == text[s.start:s.end]
    assert again == first


def _run_unit():
    """What a run repeats: one to four pieces of one family ("  ", ",", "“a", "and ", "(AP ", "\r")."""
    family = st.sampled_from([SPACES, PUNCTUATION, QUOTES, CONJUNCTIONS, BRACKETS, LINE_ENDS])
    pieces = family.flatmap(lambda pieces: st.lists(st.sampled_from(pieces), min_size=1, max_size=4))
    return st.tuples(pieces, st.sampled_from(["", "a", "x "])).map(lambda t: "".join(t[0]) + t[1])


_CONTEXT = st.lists(st.sampled_from(WORDS + QUOTES + PUNCTUATION + SPACES), max_size=6).map("".join)


def _seconds(text: str, tries: int = 1) -> float:
    """The least CPU time of ``tries`` extractions of ``text``."""
    best = float("inf")
    gc.disable()
    try:
        for _ in range(tries):
            start = time.process_time()
            _statements(text)
            best = min(best, time.process_time() - start)
    finally:
        gc.enable()
    return best


def _linear(small: str, large: str, tries: int) -> bool:
    return _seconds(large, tries) <= _GROWTH * _seconds(small, tries) + _SLACK


@given(_CONTEXT, _run_unit(), _CONTEXT)
def test_extraction_time_is_linear_in_length_on_adversarial_texts(before, unit, after):
    """A run (of spaces, punctuation, quotation marks, conjunctions, brackets or line ends, maybe with a
    letter in each round) inside a sentence ("Police said “" + run + "” he said.") costs time linear in
    its length."""
    small, large = (before + unit * (n // len(unit)) + after for n in (SMALL, LARGE))
    # measured again, at best of three, before a verdict: one slow run is the machine, not the code
    assert _linear(small, large, 1) or _linear(small, large, 3), f"{before!r} + {unit!r} * n + {after!r}"


# -- readers -------------------------------------------------------------------------------------

_SYNTAX = {
    "yaml": ["name: ", "frames:", "\n  ", "    ", "terms:", "en: ", "ar: ", "ru: ", "weights:", "negation:", "[",
             "]", "{", "}", ", ", "- ", "&a ", "*a", "!!str ", "'", '"', "#", ": ", "|", ">", "~", "null",
             "calm*", "terror*", "prime minister", "?", "\n", "\r\n", "\r"],
    "quanteda": ["calm:", "fear:", "\n  - ", "\n  ", "    sub: ", "[", "]", "{", "}", ", ", "&a ", "*a",
                 "restraint", "calm*", ": ", "- ", "\n", "\r"],
    "liwc": ["%", "\n", "\r\n", "\r", "\t", " ", "1", "2", "12", "0", "calm*", "prime minister", "<of>",
             "(02 134)", "134/125[02 464]", "(", ")", "[", "]", "/", "*", "1" * 24, "1 1 1 1 ", " 2 3"],
    "lexicoder": ["+", "calm", "\n", "\r", "\t", " ", "restraint*", "prime minister", "*", "+fear\n", "#"],
    "wordstat": ["CALM", "\n", "\r\n", "\t", "    ", "RESTRAINT", " (", "(", ")", "1", "-2.5", "+", "*", "_",
                 "FEAR\n", "/"],
    "csv": ["frame", "lang", "term", "weight", ",", "\n", "\r\n", '"', '""', "en", "ar", "calm*", "1.5", "-",
            "calm,en,restraint\n", ";", "\t"],
    "tsv": ["frame", "lang", "term", "weight", "\t", "\n", "\r", '"', "en", "ru", "calm*", "1.5",
            "calm\ten\trestraint\n", ","],
}
_REGISTRY_SYNTAX = ["actors:", "\n  ", "    ", "aliases:", "kind: ", "state", "person", "media", "en: ", "ar: ",
                    "[", "]", "{", "}", ", ", "- ", "&a ", "*a", "Police", "the union", "وزير", ": ", "\n", "#"]
# A valid start to build on, so that the generated part reaches the reader's entries, not only its header.
_HEADS = {"liwc": "%\n1\tcalm\n2\tfear\n%\n", "lexicoder": "+calm\n", "wordstat": "CALM\n",
          "csv": "frame,lang,term\n", "tsv": "frame\tlang\tterm\n", "yaml": "frames:\n  calm:\n    terms:\n",
          "quanteda": "calm:\n"}
_READ_SECONDS = 1.0  # of CPU, for a few hundred characters; catastrophic backtracking takes far longer


_ODD = ["é", "ß", "İ", "ا", "ё", "\u00a0", "\u2028", "\ufeff", "\x0b", "\x85", "😀", "\\", "\x00"]


def _joined(pieces: list[str], max_size: int):
    """Up to ``max_size`` pieces, one per byte of a generated string of bytes: the cheapest draw
    hypothesis makes, so that 2,000 examples take little more than reading them."""
    return st.binary(max_size=max_size).map(lambda picks: "".join(pieces[b % len(pieces)] for b in picks))


def _source(pieces: list[str], head: str = ""):
    return st.tuples(st.sampled_from(["", head]), _joined(pieces + _ODD, 30)).map("".join)


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_lexicon_reader_raises_only_framing_errors_in_bounded_time(fmt):
    @given(_source(_SYNTAX.get(fmt, _SYNTAX["yaml"]), _HEADS.get(fmt, "")))
    def read(text):
        with _within(_READ_SECONDS):
            try:
                FORMATS[fmt](text, "fuzz", Report("fuzz"))
            except FramingError:
                pass

    read()


@given(_source(_REGISTRY_SYNTAX, "actors:\n"))
def test_the_registry_reader_raises_only_framing_errors_in_bounded_time(text):
    with _within(_READ_SECONDS):
        try:
            parse_registry(text, path="actors.yml").find_mentions("Police and the union said", "en")
        except FramingError:
            pass

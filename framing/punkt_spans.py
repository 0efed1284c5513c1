"""Punkt's sentence spans, with its candidate breaks found by the standard ``re`` engine.

nltk routes every regular expression of Punkt through ``nltk.redos``: the
third-party ``regex`` engine under a timeout, several times slower than
``re`` on the patterns Punkt uses to find where a sentence may end and to
realign closing punctuation. :func:`span_tokenize` gives exactly what
``PunktSentenceTokenizer.span_tokenize`` gives: it runs the same steps
(candidate contexts, Punkt's own decision on each, realignment) with those
two patterns compiled by ``re``. ``regex`` counts U+001C–U+001F as no
whitespace where ``re`` does, so ``\\s`` and ``\\S`` are spelt out.

A tokenizer that is no Punkt tokenizer as nltk builds it is asked directly.

Examples
--------
>>> from framing.text import _punkt
>>> text = "He left. “Why?” she asked.  Dr. No came."
>>> span_tokenize(_punkt(), text)
[(0, 8), (9, 15), (16, 26), (28, 40)]
>>> span_tokenize(_punkt(), text) == list(_punkt().span_tokenize(text))
True
"""

from __future__ import annotations

import re
import string
from typing import Any, Callable, Iterator

# Python-level flags that mean the same to ``re`` and ``regex`` (``regex`` adds its own, e.g. VERSION0).
_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE | re.VERBOSE
_SPACE_CLASS = re.compile(r"(?<!\\)\\([sS])")
_SPELT = {"s": r"[^\S\x1c-\x1f]", "S": r"[\S\x1c-\x1f]"}
_PATTERNS: dict[int, tuple[Any, re.Pattern, re.Pattern] | None] = {}


def span_tokenize(tokenizer: Any, text: str) -> list[tuple[int, int]]:
    """``list(tokenizer.span_tokenize(text))``, for a Punkt tokenizer found faster."""
    patterns = _patterns(tokenizer)
    if patterns is None:
        return list(tokenizer.span_tokenize(text))
    _, context, realign = patterns
    return _realigned(text, _slices(tokenizer, context, text), realign)


def _patterns(tokenizer: Any) -> tuple[Any, re.Pattern, re.Pattern] | None:
    """The tokenizer's candidate-context and realignment patterns compiled by ``re`` (None: not Punkt)."""
    key = id(tokenizer)
    found = _PATTERNS.get(key)
    if found is None or found[0] is not tokenizer:
        try:
            lang_vars = tokenizer._lang_vars
            found = (tokenizer, _plain(lang_vars.period_context_re()), _plain(lang_vars.re_boundary_realignment))
            tokenizer.text_contains_sentbreak  # noqa: B018 (the decision Punkt makes on each candidate)
        except (AttributeError, re.error):
            return None
        _PATTERNS[key] = found
    return found


def _plain(pattern: Any) -> re.Pattern:
    source = _SPACE_CLASS.sub(lambda m: _SPELT[m.group(1)], pattern.pattern)
    return re.compile(source, pattern.flags & _FLAGS)


def _contexts(context: re.Pattern, text: str) -> Iterator[tuple[re.Match, str]]:
    """Punkt's ``_match_potential_end_contexts``: each candidate break with the word before it."""
    previous: tuple[int, int] = (0, 0)
    previous_match = None
    for match in context.finditer(text):
        stop = previous[1]
        space = _last_whitespace(text, stop, match.start())
        prev_word = (space + 1, match.start()) if space > stop else (previous[0], match.start())
        if previous_match is not None and stop <= prev_word[0]:
            yield previous_match, text[previous[0]:stop] + previous_match.group() + previous_match.group("after_tok")
        previous_match, previous = match, prev_word
    if previous_match is not None:
        yield previous_match, text[previous[0]:previous[1]] + previous_match.group() + previous_match.group("after_tok")


def _last_whitespace(text: str, start: int, end: int) -> int:
    """Where the last ASCII whitespace of ``text[start:end]`` is, ``start`` when it is at ``start`` or absent
    (Punkt's ``_get_last_whitespace_index``, which returns 0 for both)."""
    return max(start, *(text.rfind(c, start, end) for c in string.whitespace))


def _slices(tokenizer: Any, context: re.Pattern, text: str) -> list[tuple[int, int]]:
    """Punkt's ``_slices_from_text``."""
    slices = []
    last_break = 0
    decide = tokenizer.text_contains_sentbreak
    plain = _plain_breaks(tokenizer)
    for match, words in _contexts(context, text):
        if plain(match, words) or decide(words):
            slices.append((last_break, match.end()))
            last_break = match.start("next_tok") if match.group("next_tok") else match.end()
    slices.append((last_break, len(text.rstrip())))
    return slices


def _plain_breaks(tokenizer: Any) -> Callable[[re.Match, str], bool]:
    """Where Punkt's decision is known without asking it (True), for the commonest candidates.

    A "?", "!", "؟" or "…" is a token of its own that Punkt's first pass marks
    a break, and a token follows it in the context when the context does not
    run on to a new line: a break. A word of
    two letters or more and a period ("said.", "Congress.") is a break in the
    first pass unless it is a listed abbreviation, and the second pass only
    revisits abbreviations, initials, numbers and collocations: a break when
    the parameters list no collocation. Anything else: False (ask Punkt).
    """
    params = tokenizer._params
    abbreviations, collocations = params.abbrev_types, params.collocations

    def plain(match: re.Match, words: str) -> bool:
        after = match.group("after_tok")
        if "\n" in after:
            return False  # Punkt reads the next token on a line of its own, which may strip to nothing ("\x1f")
        if match.group() != ".":
            return True
        word = words[:len(words) - len(after) - 1]
        return len(word) >= 2 and word.isalpha() and not collocations and word.lower() not in abbreviations

    return plain


def _realigned(text: str, slices: list[tuple[int, int]], realign_re: re.Pattern) -> list[tuple[int, int]]:
    """Punkt's ``_realign_boundaries``: closing punctuation after a break joins the sentence before it."""
    out = []
    realign = 0
    for k, (start, stop) in enumerate(slices):
        start += realign
        if k + 1 == len(slices):
            if start < stop:
                out.append((start, stop))
            continue
        following = slices[k + 1]
        m = realign_re.match(text[following[0]:following[1]])
        if m:
            out.append((start, following[0] + len(m.group(0).rstrip())))
            realign = m.end()
        else:
            realign = 0
            if start < stop:
                out.append((start, stop))
    return out

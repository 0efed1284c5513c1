"""Compile lexicon terms once into a matcher; find frame hits in text.

Matching semantics (the same for every lexicon format)
------------------------------------------------------
- Text is split into word tokens with :data:`framing.text.WORD_RE`;
  punctuation is not a token, so the term ``counter-terrorism`` is the phrase
  *counter* + *terrorism* and also matches "counter terrorism".
- Tokens and term words are compared in their normalised form
  (``Language.normalize``: casefolded; for Arabic also without diacritics and
  tatweel, with unified alef, yeh and teh marbuta), as whole tokens.
- A trailing ``*`` makes a word a prefix glob: ``terror*`` matches
  "terror", "terrorist", "terrorism". Globs may appear in any word of a
  phrase (``terror* attack*``). ``*`` anywhere else is an error.
- Several words are a phrase of consecutive tokens. A phrase does not run
  across a sentence break: the gap between two of its tokens may hold spaces,
  hyphens, commas, quotes and the like, and one line break (a hard-wrapped
  line), but not ``. ! ? ؟ ; …`` or an empty line (a paragraph break).
- Terms apply per language: a term listed under ``en`` matches only text
  whose language is ``en``, a term under ``ar`` only ``ar`` text.
- Tokens are matched through every base that
  :meth:`framing.languages.Language.bases` gives: for Arabic the token itself
  and the token without a proclitic chain such as و ف ب ل ك ال وال بال لل. A
  term's own article (ال and the chains containing it, and لل) is stripped as
  well, so ``الحوار``, ``والحوار`` and ``بالحوار`` all match the term ``حوار``
  (and the term ``الحوار``), and ``للإرهاب``, ``والإرهابيين``, ``إرهابية``
  match ``إرهاب*``. Terms are not stripped of single-letter proclitics, whose
  letters are often part of the root (``كذب*`` must not become ``ذب*``).
- Within one frame, overlapping matches count once: the match covering the
  most tokens wins, then the longer in characters, then the earlier, then
  the term listed first. A token may count in several frames.
- Negation: a match whose first token is governed by a negator within the
  frame's negation window, in the same sentence (no break as above in
  between; see :mod:`framing.lexicon.scan` for the scope), is a hit of
  polarity *negated*; a frame whose negation mode is ``exclude`` cancels it
  instead (reported apart, not a hit). A
  contrast word between them ("not a protest but terrorism", Arabic بل)
  ends the negator's scope. Negators, window and the negator-led phrases
  that do not negate ("not only") come from the language
  (:mod:`framing.languages`) unless the lexicon sets them; the contrast
  words come from the language.
  Negation is decided after the longest-match rule, so a lexicon entry that
  contains its own negator ("not good") wins over the bare word and is a hit.

Hits carry offsets into the text given to :meth:`Matcher.scan` (the whole
document; a statement is a ``start``/``end`` slice of it), the term as written
in the lexicon and its weight. They are sorted by ``(start, frame, end)``.

How it stays fast and flat
--------------------------
The compiled :class:`Matcher` is per language a trie of term words (each
node with an exact-form dict and a prefix-by-length dict for the next word;
globs are never expanded) and an Aho-Corasick automaton (pyahocorasick, C)
over the terms' first words and the negators. A scan folds the span once
(:mod:`framing.lexicon.fold`), lets the automaton find the tokens where a
term may start, and runs Python only there (:mod:`framing.lexicon.scan`):
the rest of a phrase through the trie, the negation window, the
longest-match rule. It keeps the last two negators and, per frame, the run of
overlapping candidates not yet resolved, so memory does not grow with the
length of the text or the number of wildcard phrases. The matcher is
picklable and shared read-only by worker processes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, NamedTuple

from framing import languages
from framing.lexicon.negation import NegationRule, negation_key, negation_rule, negator_words
from framing.lexicon.automaton import build_automaton
from framing.lexicon.scan import scan
from framing.lexicon.terms import parse_term
from framing.lexicon.trie import Node, WordForms, build_trie
from framing.model import Frame, Hit, Lexicon


def _term_forms(code: str) -> Callable[[str], tuple[str, ...]]:
    """How a language strips a term word: its module's ``term_bases`` if any, else ``bases``."""
    language = languages.get(code)
    return language.term_bases or language.bases


def term_words(term: str, lang: str) -> tuple[WordForms, ...]:
    """A term as the matcher sees it: per word, its normalised forms and glob flag.

    A glob word does not use its own stem (languages with a stemmer, such as
    Russian, add the stem to a word's forms): the glob already covers the
    endings, and a stem is often much shorter than the written prefix
    (``убит*`` has the stem ``уб``), so it would match unrelated words.
    """
    language = languages.get(lang)
    strip = _term_forms(lang)
    out = []
    for word in parse_term(term):
        forms = tuple(strip(word.text))
        if word.prefix and language.stem is not None:
            norm = language.normalize(word.text)
            stem = language.stem(norm)
            if stem != norm:
                forms = tuple(f for f in forms if f != stem) or (norm,)
        out.append((forms, word.prefix))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class _Pattern:
    frame: int                           # index into Matcher.frames
    term: str                            # as written in the lexicon
    order: int                           # position in the lexicon, for ties
    words: tuple[WordForms, ...]
    weight: float


@dataclass(frozen=True, slots=True)
class _Index:
    patterns: tuple[_Pattern, ...]
    root: Node                           # the terms of one language as a trie of words
    rules: tuple[NegationRule | None, ...]  # per frame index (None: no negation)
    automaton: object                    # term starts and negators (framing.lexicon.scan.build_automaton)
    window: int                          # the widest negation window of its frames


class Matches(NamedTuple):
    """What :meth:`Matcher.scan` finds: hits (each with its polarity), and the matches a negator
    cancelled (frames whose negation mode is ``exclude``)."""

    hits: list[Hit]
    cancelled: list[Hit]


class Matcher:
    """A compiled lexicon: finds frame hits in text of a given language.

    Build one with :func:`compile_lexicon`; it is immutable, picklable and
    safe to share.

    Attributes
    ----------
    frames : tuple of str
        Frame ids in lexicon order.
    """

    __slots__ = ("frames", "_indexes")

    def __init__(self, frames: tuple[str, ...], indexes: dict[str, _Index]):
        self.frames = frames
        self._indexes = indexes

    def __getstate__(self) -> tuple:
        return (self.frames, self._indexes)

    def __setstate__(self, state: tuple) -> None:
        self.frames, self._indexes = state

    @property
    def languages(self) -> tuple[str, ...]:
        """Language codes that have at least one term, sorted."""
        return tuple(sorted(self._indexes))

    def __repr__(self) -> str:
        sizes = ", ".join(f"{c}={len(self._indexes[c].patterns)}" for c in self.languages)
        return f"Matcher(frames={len(self.frames)}, terms: {sizes})"

    def scan(self, text: str, lang: str, start: int = 0, end: int | None = None) -> Matches:
        """Hits and cancelled matches of the ``lang`` terms in ``text[start:end]``.

        Parameters
        ----------
        text : str
            The whole document text; offsets point into it.
        lang : str
            Language of the span; only terms listed under it are used, and
            a language without terms gives no hits.
        start, end : int
            The span to search (a statement), default the whole text.

        Returns
        -------
        Matches
            ``hits`` and ``cancelled``, each sorted by ``(start, frame, end)``;
            within one frame no two of them overlap.
        """
        index = self._indexes.get(lang)
        if index is None:
            return Matches([], [])
        return Matches(*scan(text, lang, start, len(text) if end is None else end, index, self.frames))

    def match(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The hits of :meth:`scan` (cancelled matches left out)."""
        return self.scan(text, lang, start, end).hits


def compile_lexicon(frames: Lexicon | Iterable[Frame]) -> Matcher:
    """Compile a lexicon's frames into a :class:`Matcher`.

    Parameters
    ----------
    frames : Lexicon or iterable of Frame
        Frames in the order they should be reported. Frame ids must be
        unique (merge lexicons first with :func:`framing.lexicon.merge_lexicons`).

    Raises
    ------
    ValueError
        On a duplicate frame id or a malformed term (see :func:`parse_term`).
    """
    frame_list = list(frames.frames if isinstance(frames, Lexicon) else frames)
    ids = tuple(f.id for f in frame_list)
    if len(set(ids)) != len(ids):
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        raise ValueError(f"duplicate frame id(s): {', '.join(dupes)}")
    by_lang: dict[str, list[_Pattern]] = {}
    order = 0
    for fi, frame in enumerate(frame_list):
        for code in sorted(frame.terms):
            weights = frame.weights.get(code, {})
            for term in frame.terms[code]:
                words = term_words(term, code)
                by_lang.setdefault(code, []).append(_Pattern(fi, term, order, words, float(weights.get(term, 1.0))))
                order += 1
    indexes = {}
    for code, patterns in sorted(by_lang.items()):
        # Frames sharing a negation setting share one rule object.
        rules: dict[object, NegationRule | None] = {}
        per_frame = []
        for frame in frame_list:
            key = negation_key(frame.negation)
            if key not in rules:
                rules[key] = negation_rule(code, frame.negation)
            per_frame.append(rules[key])
        indexes[code] = _index(code, patterns, tuple(per_frame))
    return Matcher(ids, indexes)


def _index(code: str, patterns: list[_Pattern], rules: tuple[NegationRule | None, ...]) -> _Index:
    """One language's compiled terms: their trie, and an automaton over first words and negators."""
    root = build_trie(p.words for p in patterns)
    first_words = [(form, is_prefix, (root.prefix if is_prefix else root.exact)[form])
                   for p in patterns for forms, is_prefix in p.words[:1] for form in forms]
    negators = {word for rule in rules if rule is not None for word in negator_words(rule)}
    language = languages.get(code)
    markers = {clitic + word for word in languages.polarity(code).marker_words()
               for clitic in ("", *language.negator_proclitics)}
    automaton = build_automaton(language, first_words, sorted(negators), tuple(p.frame for p in patterns),
                                sorted(markers))
    return _Index(patterns=tuple(patterns), root=root,
                  rules=rules, automaton=automaton,
                  window=max((r.window for r in rules if r is not None), default=0))



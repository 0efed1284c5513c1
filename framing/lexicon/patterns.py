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
  hyphens, commas, quotes and the like, but not ``. ! ? ؟ ; …`` or a newline.
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
- Negation: a match whose first token is preceded, within the frame's
  negation window and in the same sentence (no break as above in between),
  by a negator is *negated*: it is reported apart and is not a hit. A
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
The compiled :class:`Matcher` is plain dicts and tuples (picklable, shared
read-only by worker processes): per language a trie of term words, each node
with an exact-form dict and a prefix-by-length dict for the next word, so
following the terms from a token costs a few dict lookups per word whatever
the lexicon size, and phrases that share their first words share the
lookups. Globs are never expanded. The scan streams over tokens keeping only a window
of ``longest phrase + negation window`` tokens and, per frame, the run of
overlapping candidates not yet resolved, so memory does not grow with the
length of the text or the number of wildcard phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple, Sequence

from framing import languages
from framing.lexicon.negation import NegationRule, negation_key, negation_rule
from framing.lexicon.trie import Node, WordForms, build_trie
from framing.model import Frame, Hit, Lexicon
from framing.text import WORD_RE

# What may not lie between two tokens of one phrase, or a negator and its term.
_BREAK_RE = re.compile(r"[.!?؟;…\n]")
# Tokens kept behind the scan position beyond what negation needs, before trimming.
_TRIM_EVERY = 2048


class Word(NamedTuple):
    """One word of a parsed term, as written (not yet normalised)."""

    text: str
    prefix: bool


def parse_term(term: str) -> tuple[Word, ...]:
    """Split a lexicon term into its words and glob flags.

    Raises
    ------
    ValueError
        If the term is empty, has no word characters, or has ``*`` anywhere
        but at the end of a word.
    """
    if not isinstance(term, str) or not term.strip():
        raise ValueError("empty term")
    words: list[Word] = []
    for chunk in term.split():
        glob = chunk.endswith("*")
        body = chunk[:-1] if glob else chunk
        if "*" in body or (glob and not WORD_RE.search(body[-1:] or " ")):
            raise ValueError(f"term {term!r}: '*' may only end a word (as in 'terror*')")
        parts = WORD_RE.findall(body)
        if not parts:
            if glob:
                raise ValueError(f"term {term!r}: '*' may only end a word (as in 'terror*')")
            continue  # punctuation between words ("rock & roll") is not a token
        words.extend(Word(p, False) for p in parts[:-1])
        words.append(Word(parts[-1], glob))
    if not words:
        raise ValueError(f"term {term!r} has no word characters")
    return tuple(words)


def _term_forms(code: str) -> Callable[[str], tuple[str, ...]]:
    """How a language strips a term word: its module's ``term_bases`` if any, else ``bases``."""
    language = languages.get(code)
    return language.term_bases or language.bases


@lru_cache(maxsize=1 << 12)
def _token_bases(code: str, token: str) -> tuple[str, ...]:
    return languages.get(code).bases(token)


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
    max_words: int
    rules: tuple[NegationRule | None, ...]  # per frame index (None: no negation)


class Matches(NamedTuple):
    """What :meth:`Matcher.scan` finds: hits, and the matches a negator cancelled."""

    hits: list[Hit]
    negated: list[Hit]


class _Scan:
    """One pass over ``text[start:end]``: a sliding window of tokens."""

    __slots__ = ("text", "lang", "index", "frames", "starts", "ends", "bases", "breaks", "base",
                 "pending", "hits", "negated")

    def __init__(self, text: str, lang: str, index: _Index, frames: tuple[str, ...]):
        self.text, self.lang, self.index, self.frames = text, lang, index, frames
        # Token k (absolute) is at list position k - self.base.
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.bases: list[tuple[str, ...]] = []
        self.breaks: list[bool | None] = []
        self.base = 0
        # frame -> [max last token, candidates]; a candidate is
        # (first, last, order, char start, char end, negated, pattern id).
        self.pending: dict[int, list] = {}
        self.hits: list[Hit] = []
        self.negated: list[Hit] = []

    def broken(self, k: int) -> bool:
        """A sentence break between token k-1 and token k."""
        i = k - self.base
        value = self.breaks[i]
        if value is None:
            value = _BREAK_RE.search(self.text, self.ends[i - 1], self.starts[i]) is not None
            self.breaks[i] = value
        return value

    def run(self, start: int, end: int, tokens: Sequence | None = None) -> Matches:
        index = self.index
        span = index.max_words - 1
        keep = max((r.window for r in index.rules if r is not None), default=0) + 2
        lang = self.lang
        count = 0
        position = 0  # next token to try as the first token of a match
        if tokens is None:
            found = WORD_RE.finditer(self.text, start, end)
            words = ((m.start(), m.end(), _token_bases(lang, m.group())) for m in found)
        else:  # the caller's tokens of the span (extraction's): the same ones, not found again
            words = ((t.start, t.end, t.bases) for t in tokens)
        for token_start, token_end, bases in words:
            self.starts.append(token_start)
            self.ends.append(token_end)
            self.bases.append(bases)
            self.breaks.append(None if count else True)
            count += 1
            while position < count - span:
                self.at(position, count)
                position += 1
            if position - self.base > _TRIM_EVERY + keep:
                cut = position - keep - self.base
                for buffer in (self.starts, self.ends, self.bases, self.breaks):
                    del buffer[:cut]
                self.base += cut
        while position < count:
            self.at(position, count)
            position += 1
        for frame in sorted(self.pending):
            self.resolve(frame, self.pending[frame][1])
        self.hits.sort(key=lambda h: (h.start, h.frame, h.end, h.term))
        self.negated.sort(key=lambda h: (h.start, h.frame, h.end, h.term))
        return Matches(self.hits, self.negated)

    def at(self, p: int, count: int) -> None:
        """Find the matches whose first token is ``p`` (``count`` tokens read so far)."""
        index = self.index
        level = index.root.children(self.bases[p - self.base])
        if not level:
            return
        found: dict[int, int] = {}  # pattern id -> last token
        last = p
        while True:
            for node in level:
                for pid in node.ends:
                    found.setdefault(pid, last)
            last += 1
            if last >= count or self.broken(last):
                break
            bases = self.bases[last - self.base]
            level = [child for node in level if node.exact or node.prefix for child in node.children(bases)]
            if not level:
                break
        patterns = index.patterns
        negated_by_rule: dict[int, bool] = {}
        for pid, last in found.items():
            pattern = patterns[pid]
            frame = pattern.frame
            rule = index.rules[frame]
            negated = False
            if rule is not None:
                key = id(rule)
                if key not in negated_by_rule:
                    negated_by_rule[key] = self.is_negated(p, rule)
                negated = negated_by_rule[key]
            candidate = (p, last, pattern.order, self.starts[p - self.base], self.ends[last - self.base],
                         negated, pid)
            run = self.pending.get(frame)
            if run is not None and run[0] < p:  # the frame's run of overlapping candidates is closed
                self.resolve(frame, run[1])
                run = None
            if run is None:
                self.pending[frame] = [last, [candidate]]
            else:
                run[0] = max(run[0], last)
                run[1].append(candidate)

    def resolve(self, frame: int, candidates: list) -> None:
        """Longest match wins within one run of overlapping candidates of a frame."""
        del self.pending[frame]
        if len(candidates) > 1:
            candidates.sort(key=lambda c: (-(c[1] - c[0]), -(c[4] - c[3]), c[0], c[2]))
        taken: set[int] = set()
        patterns = self.index.patterns
        for first, last, _order, char_start, char_end, negated, pid in candidates:
            covered = range(first, last + 1)
            if taken and any(t in taken for t in covered):
                continue
            taken.update(covered)
            pattern = patterns[pid]
            hit = Hit(self.frames[frame], pattern.term, char_start, char_end, pattern.weight)
            (self.negated if negated else self.hits).append(hit)

    def is_negated(self, p: int, rule: NegationRule) -> bool:
        """A negator within ``rule.window`` tokens before token ``p``, in the same sentence."""
        for j in range(p - 1, max(p - rule.window, self.base) - 1, -1):
            if self.broken(j + 1) or self.bases[j - self.base][0] in rule.stops:
                return False
            if self.is_negator(j, rule):
                return True
        return False

    def is_negator(self, j: int, rule: NegationRule) -> bool:
        i = j - self.base
        text = self.text
        token = self.bases[i][0]  # the normalised token (Language.bases gives it first)
        word = token if token in rule.negators else None
        if word is None:
            for clitic in rule.proclitics:
                if token.startswith(clitic) and token[len(clitic):] in rule.negators:
                    word = token[len(clitic):]
                    break
        if word is None:
            endings = rule.contractions.get(token)
            if endings and i > 0 and not self.broken(j):
                joined = languages.get(self.lang).normalize(text[self.starts[i - 1]:self.ends[i]])
                return any(joined.endswith(e) for e in endings)
            return False
        for tail in rule.pseudo.get(word, ()):
            if i + len(tail) < len(self.starts) and all(
                not self.broken(j + k) and tail[k - 1] in self.bases[i + k] for k in range(1, len(tail) + 1)
            ):
                return False
        return True


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

    def scan(self, text: str, lang: str, start: int = 0, end: int | None = None,
             tokens: Sequence | None = None) -> Matches:
        """Hits and negated matches of the ``lang`` terms in ``text[start:end]``.

        Parameters
        ----------
        text : str
            The whole document text; offsets point into it.
        lang : str
            Language of the span; only terms listed under it are used, and
            a language without terms gives no hits.
        start, end : int
            The span to search (a statement), default the whole text.
        tokens : sequence, optional
            The span's tokens, if known (:meth:`framing.text.ParagraphTokens.within`).

        Returns
        -------
        Matches
            ``hits`` and ``negated``, each sorted by ``(start, frame, end)``;
            within one frame no two of them overlap.
        """
        index = self._indexes.get(lang)
        if index is None:
            return Matches([], [])
        return _Scan(text, lang, index, self.frames).run(start, len(text) if end is None else end, tokens)

    def match(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """The hits of :meth:`scan` (negated matches left out)."""
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
        indexes[code] = _Index(
            patterns=tuple(patterns),
            root=build_trie(p.words for p in patterns),
            max_words=max(len(p.words) for p in patterns),
            rules=tuple(per_frame),
        )
    return Matcher(ids, indexes)



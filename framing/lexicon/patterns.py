"""Compile lexicon terms once into a matcher; find frame hits in text.

Matching semantics
------------------
- Text is split into word tokens with :func:`framing.text.token_spans`;
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
- Arabic tokens are matched through every base that
  :meth:`framing.languages.Language.bases` gives (the token itself and the
  token without a proclitic chain such as و ف ب ل ك ال وال بال لل). A term's
  own article (ال and the chains containing it, and لل) is stripped as well, so
  ``الحوار``, ``والحوار`` and ``بالحوار`` all match the term ``حوار`` (and
  the term ``الحوار``), and ``للإرهاب``, ``والإرهابيين``, ``إرهابية`` match
  ``إرهاب*``. Terms are not stripped of single-letter proclitics, whose
  letters are often part of the root (``كذب*`` must not become ``ذب*``).
  There is no stemming: nltk's Arabic Snowball stemmer is inconsistent on
  inflections (اشتباك -> اشتب but اشتباكات -> اشتباك) and conflates roots
  (سلمية -> سلم); use a glob for inflected forms.
- Within one frame, overlapping matches count once: the match covering the
  most tokens wins, then the longer in characters, then the earlier, then
  the term listed first. A token may count in several frames.

Hits carry offsets into the text given to :meth:`Matcher.match` (the whole
document; a statement is a ``start``/``end`` slice of it) and the term as
written in the lexicon. They are sorted by ``(start, frame, end)``.

The compiled :class:`Matcher` is plain dicts and tuples (picklable, shared
read-only by worker processes): per language an exact-form dict and a
prefix-by-length dict for the first word of every term, so finding the
candidate terms at a token costs a few dict lookups whatever the lexicon
size; the remaining words of a phrase are checked only for those candidates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Iterable, NamedTuple

from framing import languages
from framing.model import Frame, Hit, Lexicon
from framing.text import WORD_RE, token_spans

# What may not lie between two tokens of one phrase.
_BREAK_RE = re.compile(r"[.!?؟;…\n]")


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
            raise ValueError(f"term {term!r} has no word characters")
        words.extend(Word(p, False) for p in parts[:-1])
        words.append(Word(parts[-1], glob))
    return tuple(words)


def _term_forms(code: str) -> Callable[[str], tuple[str, ...]]:
    """How a language strips a term word: its module's ``term_bases`` if any, else ``bases``."""
    language = languages.get(code)
    return language.term_bases or language.bases


@lru_cache(maxsize=1 << 16)
def _token_bases(code: str, token: str) -> tuple[str, ...]:
    return languages.get(code).bases(token)


@dataclass(frozen=True, slots=True)
class _Pattern:
    frame: int                           # index into Matcher.frames
    term: str                            # as written in the lexicon
    order: int                           # position in the lexicon, for ties
    words: tuple[tuple[tuple[str, ...], bool], ...]  # (normalised forms, is prefix)


@dataclass(frozen=True, slots=True)
class _Index:
    patterns: tuple[_Pattern, ...]
    exact: dict[str, tuple[int, ...]]    # first-word form -> pattern ids
    prefix: dict[str, tuple[int, ...]]   # first-word glob form -> pattern ids
    prefix_lengths: tuple[int, ...]      # distinct lengths of the glob forms, ascending


def _word_matches(forms: tuple[str, ...], prefix: bool, bases: tuple[str, ...]) -> bool:
    if prefix:
        return any(b.startswith(f) for b in bases for f in forms)
    return any(b in forms for b in bases)


def _build_index(patterns: list[_Pattern]) -> _Index:
    exact: dict[str, list[int]] = {}
    prefix: dict[str, list[int]] = {}
    for pid, pattern in enumerate(patterns):
        forms, is_prefix = pattern.words[0]
        table = prefix if is_prefix else exact
        for form in forms:
            ids = table.setdefault(form, [])
            if not ids or ids[-1] != pid:
                ids.append(pid)
    return _Index(
        patterns=tuple(patterns),
        exact={k: tuple(v) for k, v in exact.items()},
        prefix={k: tuple(v) for k, v in prefix.items()},
        prefix_lengths=tuple(sorted({len(k) for k in prefix})),
    )


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

    def match(self, text: str, lang: str, start: int = 0, end: int | None = None) -> list[Hit]:
        """Hits of the lexicon's ``lang`` terms in ``text[start:end]``.

        Parameters
        ----------
        text : str
            The whole document text; offsets of the hits point into it.
        lang : str
            Language of the span; only terms listed under it are used, and
            a language without terms gives no hits.
        start, end : int
            The span to search (a statement), default the whole text.

        Returns
        -------
        list of Hit
            Sorted by ``(start, frame, end)``; within one frame no two hits
            overlap.
        """
        index = self._indexes.get(lang)
        if index is None:
            return []
        spans = token_spans(text, start, end)
        if not spans:
            return []
        bases = [_token_bases(lang, text[s:e]) for s, e in spans]
        patterns = index.patterns
        exact, prefix, lengths = index.exact, index.prefix, index.prefix_lengths
        breaks: dict[int, bool] = {}

        def broken(i: int) -> bool:  # a sentence break between token i-1 and token i
            if i not in breaks:
                breaks[i] = _BREAK_RE.search(text, spans[i - 1].end, spans[i].start) is not None
            return breaks[i]

        # Candidates per frame: (first token, last token, pattern id).
        found: dict[int, list[tuple[int, int, int]]] = {}
        n = len(spans)
        for i in range(n):
            ids: list[int] = []
            for b in bases[i]:
                ids.extend(exact.get(b, ()))
                for length in lengths:
                    if length > len(b):
                        break
                    ids.extend(prefix.get(b[:length], ()))
            if not ids:
                continue
            for pid in dict.fromkeys(ids):
                words = patterns[pid].words
                last = i + len(words) - 1
                if last >= n:
                    continue
                if all(
                    not broken(i + k) and _word_matches(forms, is_prefix, bases[i + k])
                    for k, (forms, is_prefix) in enumerate(words[1:], start=1)
                ):
                    found.setdefault(patterns[pid].frame, []).append((i, last, pid))

        hits: list[Hit] = []
        for frame, candidates in found.items():
            candidates.sort(key=lambda c: (
                -(c[1] - c[0]),
                -(spans[c[1]].end - spans[c[0]].start),
                c[0],
                patterns[c[2]].order,
            ))
            taken: set[int] = set()
            for first, last, pid in candidates:
                covered = range(first, last + 1)
                if any(t in taken for t in covered):
                    continue
                taken.update(covered)
                hits.append(Hit(self.frames[frame], patterns[pid].term, spans[first].start, spans[last].end))
        hits.sort(key=lambda h: (h.start, h.frame, h.end, h.term))
        return hits


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
            strip = _term_forms(code)
            for term in frame.terms[code]:
                words = tuple((tuple(strip(w.text)), w.prefix) for w in parse_term(term))
                by_lang.setdefault(code, []).append(_Pattern(fi, term, order, words))
                order += 1
    return Matcher(ids, {code: _build_index(pats) for code, pats in sorted(by_lang.items())})

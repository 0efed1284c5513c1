"""Checks of a lexicon's entries: what ``framing lexicons lint`` reports.

Pure functions over a loaded :class:`~framing.model.Lexicon` and the
:class:`~framing.lexicon.report.Report` of its reader (notes and entry lines):

- ``shadowed``: an entry that can never win because an identical or more
  general entry of the same frame and length, listed before it, matches
  wherever it does (``terror*`` before ``terrorist``; ``counter-terrorism``
  after ``counter terrorism``). Warning.
- ``overlap``: an entry of one frame that can match inside (or exactly on)
  a match of another frame's entry (``homeland*`` and ``homeland security``,
  ``protect`` in two frames); both count, in both frames. Warning: double
  counting should be a choice.
- ``short-glob``: a one-word entry with a ``*`` after fewer than
  :data:`SHORT_GLOB` letters (``a*``, ``de*``) matches too much (a glob in a
  phrase is anchored by its other words). Warning.
- the reader's notes: duplicates (``duplicate``), repaired or skipped lines,
  malformed lines (``error`` with ``keep_going``).
- with a corpus (:func:`lint_with_corpus`): ``hits`` per entry (info) and
  ``unmatched`` entries (info).

Matching here reasons on the normalised word forms the matcher uses
(:func:`framing.lexicon.patterns.term_words`), so Arabic article stripping
and globs count as they do in matching.
"""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass
from typing import Iterable, Mapping

from framing.lexicon.patterns import WordForms, term_words
from framing.lexicon.report import LEVELS, Note, Report
from framing.model import NEGATED, Document, Lexicon

#: A glob needs at least this many letters before its ``*``.
SHORT_GLOB = 3


@dataclass(frozen=True)
class _Entry:
    order: int
    frame: str
    lang: str
    term: str
    words: tuple[WordForms, ...]


def _entries(lexicon: Lexicon) -> list[_Entry]:
    out = []
    for frame in lexicon.frames:
        for code in sorted(frame.terms):
            for term in frame.terms[code]:
                out.append(_Entry(len(out), frame.id, code, term, term_words(term, code)))
    return out


def _covers(general: WordForms, specific: WordForms) -> bool:
    """Every token ``specific`` matches, ``general`` matches too."""
    g_forms, g_prefix = general
    s_forms, s_prefix = specific
    if g_prefix:
        return all(any(s.startswith(g) for g in g_forms) for s in s_forms)
    return not s_prefix and all(s in g_forms for s in s_forms)


def _compatible(a: WordForms, b: WordForms) -> bool:
    """Some token can match both words."""
    for x in a[0]:
        for y in b[0]:
            if x == y or (a[1] and y.startswith(x)) or (b[1] and x.startswith(y)):
                return True
    return False


class _WordIndex:
    """Which entries have a word that can match a given word form (one language)."""

    def __init__(self, entries: list[_Entry]):
        self.exact: dict[str, list[tuple[int, int]]] = {}
        self.prefix: dict[str, list[tuple[int, int]]] = {}
        for i, entry in enumerate(entries):
            for pos, (forms, is_prefix) in enumerate(entry.words):
                for form in forms:
                    (self.prefix if is_prefix else self.exact).setdefault(form, []).append((i, pos))
        self.sorted_exact = sorted(self.exact)
        self.sorted_prefix = sorted(self.prefix)
        self.lengths = sorted({len(k) for k in self.prefix})

    @staticmethod
    def _starting(keys: list[str], prefix: str) -> Iterable[str]:
        for key in keys[bisect.bisect_left(keys, prefix):]:
            if not key.startswith(prefix):
                break
            yield key

    def near(self, word: WordForms) -> set[tuple[int, int]]:
        """(entry, word position) pairs whose word may match a token ``word`` matches."""
        found: set[tuple[int, int]] = set()
        forms, is_prefix = word
        for form in forms:
            found.update(self.exact.get(form, ()))
            for length in self.lengths:
                if length > len(form):
                    break
                found.update(self.prefix.get(form[:length], ()))
            if is_prefix:  # exact and glob words that start with this prefix
                for key in self._starting(self.sorted_exact, form):
                    found.update(self.exact[key])
                for key in self._starting(self.sorted_prefix, form):
                    found.update(self.prefix[key])
        return found


def _overlaps(a: _Entry, b: _Entry, pos_a: int, pos_b: int) -> bool:
    """One of ``a``, ``b`` can match inside the other's match, word ``pos_a`` of a on word ``pos_b`` of b.

    Only containment counts ("war" in "trade war", the same word twice); two
    phrases that merely share an end word ("keep the peace", "peace talks")
    rarely meet in text and are not reported.
    """
    shift = pos_a - pos_b  # b starts this many tokens after a
    inside = (0 <= shift and shift + len(b.words) <= len(a.words)) or \
        (shift <= 0 and len(a.words) - shift <= len(b.words))
    if not inside:
        return False
    for k, word in enumerate(a.words):
        j = k - shift
        if 0 <= j < len(b.words) and not _compatible(word, b.words[j]):
            return False
    return True


def lint_lexicon(lexicon: Lexicon, report: Report, *, short_glob: int = SHORT_GLOB) -> list[Note]:
    """All findings about a lexicon: the reader's notes and the entry checks.

    Parameters
    ----------
    lexicon : the lexicon as read.
    report : its reader's report (notes; line of each entry).
    short_glob : globs with fewer letters before ``*`` are flagged.

    Returns
    -------
    list of Note
        Sorted by line, then level (errors first), then check and message.
    """
    path = report.path
    lines = report.lines
    findings = list(report.notes)

    def note(entry: _Entry, level: str, check: str, message: str) -> None:
        findings.append(Note(path, lines.get((entry.frame, entry.lang, entry.term)) or None, message, level, check,
                             entry.frame, entry.term))

    entries = _entries(lexicon)
    by_lang: dict[str, list[_Entry]] = {}
    for entry in entries:
        by_lang.setdefault(entry.lang, []).append(entry)
        ((forms, is_prefix), *rest) = entry.words
        if is_prefix and not rest and min(len(f) for f in forms) < short_glob:
            note(entry, "warning", "short-glob",
                 f"{entry.term!r} ({entry.frame}): a glob of {min(len(f) for f in forms)} letter(s) matches "
                 f"too many words; write the words out or lengthen the stem")
    for group in by_lang.values():
        index = _WordIndex(group)
        reported: set[tuple[int, int]] = set()
        for i, entry in enumerate(group):
            near = index.near(entry.words[0])
            # shadowed: an earlier entry of the same frame and length covering every word
            for j, pos in sorted(near):
                other = group[j]
                if (pos == 0 and other.order < entry.order and other.frame == entry.frame
                        and len(other.words) == len(entry.words)
                        and all(_covers(g, s) for g, s in zip(other.words, entry.words))):
                    note(entry, "warning", "shadowed",
                         f"{entry.term!r} ({entry.frame}) never counts: {other.term!r} (line "
                         f"{lines.get((other.frame, other.lang, other.term), '?')}) matches first wherever it does")
                    break
            # overlap: an entry of another frame that can match some of the same tokens
            for k, word in enumerate(entry.words):
                for j, pos in sorted(index.near(word)):
                    other = group[j]
                    pair = (min(i, j), max(i, j))
                    if other.frame == entry.frame or pair in reported or not _overlaps(entry, other, k, pos):
                        continue
                    reported.add(pair)
                    first, second = (entry, other) if entry.order < other.order else (other, entry)
                    note(second, "warning", "overlap",
                         f"{second.term!r} ({second.frame}) and {first.term!r} ({first.frame}, line "
                         f"{lines.get((first.frame, first.lang, first.term), '?')}) can match the same words; "
                         f"both frames count them")
    return sort_findings(findings)


def sort_findings(findings: Iterable[Note]) -> list[Note]:
    """Findings by line (file-level first), level, check, message."""
    return sorted(findings, key=lambda n: (n.line or 0, LEVELS.index(n.level), n.check, n.message))


#: The columns of a lint report, one row per finding (:func:`finding_rows`).
FINDING_COLUMNS = ("where", "level", "check", "frame", "term", "message")


def finding_rows(findings: Iterable[Note]) -> list[tuple]:
    """The findings as rows of :data:`FINDING_COLUMNS`."""
    return [(n.where, n.level, n.check, n.frame, n.term, n.message) for n in findings]


def lint_with_corpus(lexicon: Lexicon, report: Report, documents: Iterable[Document] | None = None) -> list[Note]:
    """Every finding on the lexicon and, with ``documents``, each entry's hits in them (whole documents,
    counted as they stream: hits of any polarity, and apart the negated ones, cancelled included)."""
    findings = lint_lexicon(lexicon, report)
    if documents is None:
        return findings
    from framing.lexicon.patterns import compile_lexicon
    from framing.pipeline import score_documents

    hits: Counter[tuple[str, str]] = Counter()
    negated: Counter[tuple[str, str]] = Counter()
    units = 0
    for scored in score_documents(documents, compile_lexicon(lexicon)):
        units += 1
        hits.update((h.frame, h.term) for h in scored.hits)
        negated.update((h.frame, h.term) for h in scored.hits if h.polarity == NEGATED)
        negated.update((h.frame, h.term) for h in scored.cancelled)
    return sort_findings([*findings, *usage_findings(lexicon, report, hits, negated, units)])


def usage_findings(lexicon: Lexicon, report: Report, hits: Mapping[tuple[str, str], int],
                   negated: Mapping[tuple[str, str], int], units: int) -> list[Note]:
    """One ``hits`` (or ``unmatched``) info finding per entry, from corpus counts."""
    out = []
    for frame in lexicon.frames:
        for code in sorted(frame.terms):
            for term in frame.terms[code]:
                n, m = hits.get((frame.id, term), 0), negated.get((frame.id, term), 0)
                line = report.lines.get((frame.id, code, term)) or None
                negated_text = f", {m} negated" if m else ""
                if n or m:
                    out.append(Note(report.path, line, f"{term!r} ({frame.id}): {n} hit(s){negated_text} "
                                    f"in {units} document(s)", "info", "hits", frame.id, term))
                else:
                    out.append(Note(report.path, line, f"{term!r} ({frame.id}) never matched in {units} document(s)",
                                    "info", "unmatched", frame.id, term))
    return out


def exit_code(findings: Iterable[Note]) -> int:
    """2 with an error, 1 with a warning, else 0."""
    levels = {n.level for n in findings}
    return 2 if "error" in levels else 1 if "warning" in levels else 0

"""Find a compiled lexicon's terms in a span: a C automaton, Python only where a term starts.

The span is folded (:func:`framing.lexicon.fold.fold`: tokens in comparison
form, one space for everything else) and read once by an Aho-Corasick
automaton (pyahocorasick) whose keys are the first words of the terms,
anchored on spaces, and the negators. Python runs only at a token where a
term may start:

- languages whose tokens are matched as they are (English) trust the key:
  `` attack `` is the whole token, `` terror`` its start;
- languages that strip proclitics or stem (Arabic, Russian) read the token's
  bases again (:meth:`framing.languages.Language.bases`), so the automaton
  only narrows where to look and the rule stays the one the matcher documents;
- the rest of a phrase, a negator within reach and the longest-match rule are
  decided on the original text, exactly as :mod:`framing.lexicon.patterns`
  describes them.
"""

from __future__ import annotations

import re
from itertools import islice
from operator import attrgetter
from typing import TYPE_CHECKING

from framing import languages
from framing.lexicon.ascription import ascribe
from framing.lexicon.automaton import VERIFY, Case
from framing.lexicon.fold import Folded, fold
from framing.lexicon.negation import NegationRule
from framing.model import NEGATED, Hit
from framing.text import SENTENCE_BREAK, WORD_RE

if TYPE_CHECKING:
    from framing.lexicon.patterns import _Index

# What may not lie between two tokens of one phrase, or a negator and its term.
BREAK_RE = SENTENCE_BREAK
# The order of hits a scan returns.
_ORDER = attrgetter("start", "frame", "end", "term")
# A token of folded text.
_FOLDED_TOKEN = re.compile(r"[^ ]+")


def _token_bases(lang: str, token: str) -> tuple[str, ...]:
    return languages.get(lang).bases(token)


class Scan:
    """One span of one text, scanned for the terms of one language index."""

    __slots__ = ("text", "lang", "end", "index", "frames", "folded", "pending", "hits", "cancelled",
                 "negators", "reaches", "horizon", "markers")

    def __init__(self, text: str, lang: str, index: _Index, frames: tuple[str, ...]):
        self.text, self.lang, self.index, self.frames = text, lang, index, frames
        self.pending: dict[int, list] = {}  # frame -> [max end, candidates]
        self.hits: list[Hit] = []
        self.cancelled: list[Hit] = []
        self.markers: list[int] = []        # folded starts of tokens that may ascribe a label (framing.lexicon.ascription)
        self.negators: list[int] = []       # folded starts of negator tokens read so far
        self.reaches: dict[tuple[int, int], int] = {}  # (negator, window) -> end of its reach
        self.horizon = 0                    # no term at or after this folded position is within a negator's reach

    def run(self, start: int, end: int) -> tuple[list[Hit], list[Hit]]:
        language = languages.get(self.lang)
        self.end = end
        self.folded = fold(self.text, start, end, language)
        current, last, last_end = -1, None, 0
        for key_end, case in self.index.automaton.iter(self.folded.text):
            # the token's first character: after the key's space, or after the space before the key
            at = key_end - case.length + 2 if case.anchored else self.folded.text.rfind(" ", 0, key_end) + 1
            if at != current:
                if last is not None:
                    self.token(current, last_end, last)
                current = at
            last, last_end = case, key_end  # keys at one token come shortest first: the last decides
        if last is not None:
            self.token(current, last_end, last)
        for frame in sorted(self.pending):
            self.resolve(frame, self.pending[frame][1])
        hits = sorted(self.hits, key=_ORDER)
        markers = [self.folded.original(m) for m in self.markers]
        return ascribe(self.text, start, end, self.lang, markers, hits), sorted(self.cancelled, key=_ORDER)

    def read_negator(self, folded_start: int) -> None:
        """Remember a negator token; only the last two can reach a later term."""
        negators = self.negators
        negators.append(folded_start)
        if len(negators) > 2:
            gone = negators.pop(0)
            for key in [k for k in self.reaches if k[0] == gone]:
                del self.reaches[key]
        self.horizon = self.reach(folded_start, self.index.window)

    def token(self, folded_start: int, key_end: int, case: Case) -> None:
        """A token where the longest key ``case`` ends at ``key_end``."""
        if case.negator:
            self.read_negator(folded_start)
        elif case.marker:
            self.markers.append(folded_start)
        if case.winners is None:  # the language's bases decide
            if case.nodes:
                self.at(folded_start, case.nodes)
        elif case.more and self.continued(key_end, case):
            self.at(folded_start, case.nodes)
        elif case.winners:
            self.decided(folded_start, key_end, case)

    def continued(self, key_end: int, case: Case) -> bool:
        """The next token is the next word of a term the token starts (a phrase may go on)."""
        text = self.folded.text
        nxt = _FOLDED_TOKEN.search(text, key_end if case.whole else text.find(" ", key_end))
        return nxt is not None and any(node.children((nxt.group(),)) for node in case.nodes if node.more)

    def decided(self, folded_start: int, key_end: int, case: Case) -> None:
        """A token whose terms are known from its key: one word each, the winner per frame given."""
        folded = self.folded
        if folded.starts:
            start, end = WORD_RE.match(self.text, folded.original(folded_start), self.end).span()
        else:
            start = folded_start + folded.shift
            end = min((key_end if case.whole else folded.text.find(" ", key_end)) + folded.shift, self.end)
        near = folded_start < self.horizon
        patterns, rules, pending = self.index.patterns, self.index.rules, self.pending
        if not near and not pending:  # the common case: no negator within reach, no run open in any frame
            for frame, pid in case.winners:
                pattern = patterns[pid]
                self.hits.append(Hit(self.frames[frame], pattern.term, start, end, pattern.weight))
            return
        for frame, pid in case.winners:
            rule = rules[frame]
            negated = near and rule is not None and self.is_negated(folded_start, start, end, rule)
            candidate = (start, end, 1, patterns[pid].order, negated, pid)
            if frame in pending and pending[frame][0] > start:
                self.add(frame, candidate)  # inside a run of overlapping candidates: the run decides
            else:
                self.close(frame, start)
                self.emit(frame, candidate)  # one token, alone: nothing before overlaps it, nothing after can

    def at(self, folded_start: int, nodes: tuple) -> None:
        """The candidates whose first token starts at ``folded_start``."""
        folded = self.folded
        verify = nodes == VERIFY  # (a pickled automaton holds an equal tuple, not the same one)
        if verify or folded.starts:
            first = WORD_RE.match(self.text, folded.original(folded_start), self.end)
            if first is None:
                return
            start, end = first.span()
            if verify:
                nodes = self.index.root.reached_by(first.group(), languages.get(self.lang).bases)
                if not nodes:
                    return
        else:  # the folded token is the original one, shifted
            start = folded_start + folded.shift
            end = min(folded.text.find(" ", folded_start) + folded.shift, self.end)
        near = folded_start < self.horizon  # a negator may reach this token
        if any(node.more for node in nodes):
            found = self.follow(end, nodes)
        else:
            found = {pid: (end, 1) for node in nodes for pid in node.ends}
        patterns, rules = self.index.patterns, self.index.rules
        by_rule: dict[int, bool] = {}
        by_frame: dict[int, list] = {}
        for pid, (last_end, count) in found.items():
            pattern = patterns[pid]
            rule = rules[pattern.frame]
            negated = False
            if rule is not None and near:
                if id(rule) not in by_rule:
                    by_rule[id(rule)] = self.is_negated(folded_start, start, end, rule)
                negated = by_rule[id(rule)]
            by_frame.setdefault(pattern.frame, []).append((start, last_end, count, pattern.order, negated, pid))
        for frame, candidates in by_frame.items():
            self.close(frame, start)
            if frame in self.pending or any(c[2] > 1 for c in candidates):
                for candidate in candidates:
                    self.add(frame, candidate)
            else:  # one token, nothing open before it: the first listed term wins, no later match can overlap
                self.emit(frame, min(candidates, key=lambda c: c[3]))

    def follow(self, end: int, level: list) -> dict[int, tuple[int, int]]:
        """Pattern id -> (end, tokens) of every term that starts with the token ending at ``end``."""
        found: dict[int, tuple[int, int]] = {}
        count = 1
        while level:
            for node in level:
                for pid in node.ends:
                    found.setdefault(pid, (end, count))
            level = [node for node in level if node.more]
            if not level:
                break
            nxt = WORD_RE.search(self.text, end, self.end)
            if nxt is None or BREAK_RE.search(self.text, end, nxt.start()) is not None:
                break
            bases = _token_bases(self.lang, nxt.group())
            level = [child for node in level for child in node.children(bases)]
            end, count = nxt.end(), count + 1
        return found

    def close(self, frame: int, start: int) -> None:
        """Resolve the frame's run of candidates if it ends at or before ``start``: no later
        candidate can overlap it."""
        run = self.pending.get(frame)
        if run is not None and run[0] <= start:
            self.resolve(frame, run[1])

    def add(self, frame: int, candidate: tuple) -> None:
        """Queue a candidate; a frame's run of overlapping candidates is resolved when it closes."""
        run = self.pending.get(frame)
        if run is not None and run[0] <= candidate[0]:
            self.resolve(frame, run[1])
            run = None
        if run is None:
            self.pending[frame] = [candidate[1], [candidate]]
        else:
            run[0] = max(run[0], candidate[1])
            run[1].append(candidate)

    def resolve(self, frame: int, candidates: list) -> None:
        """Longest match wins within one run of overlapping candidates of a frame."""
        del self.pending[frame]
        if len(candidates) > 1:
            candidates.sort(key=lambda c: (-c[2], -(c[1] - c[0]), c[0], c[3]))
        taken: list[tuple[int, int]] = []
        for candidate in candidates:
            start, end = candidate[0], candidate[1]
            if any(start < e and s < end for s, e in taken):
                continue
            taken.append((start, end))
            self.emit(frame, candidate)

    def emit(self, frame: int, candidate: tuple) -> None:
        """A candidate that won: a hit (negated or not), or a match its frame's negation cancels."""
        start, end, _count, _order, negated, pid = candidate
        pattern = self.index.patterns[pid]
        if not negated:
            self.hits.append(Hit(self.frames[frame], pattern.term, start, end, pattern.weight))
        else:
            hit = Hit(self.frames[frame], pattern.term, start, end, pattern.weight, NEGATED)
            (self.cancelled if self.index.rules[frame].exclude else self.hits).append(hit)

    def is_negated(self, folded_start: int, start: int, end: int, rule: NegationRule) -> bool:
        """A negator within ``rule.window`` tokens before the term, in the same sentence."""
        negators = self.negators
        last = negators[-1] if negators[-1] < folded_start else negators[-2] if len(negators) > 1 else None
        if last is None or folded_start >= self.reach(last, rule.window):
            return False
        before = _starts_before(self.folded.text, folded_start, rule.window + 1)
        tokens = [WORD_RE.match(self.text, self.folded.original(s), self.end) for s in before]
        return _Window(self, tokens + [WORD_RE.match(self.text, start, end)], rule).negated()

    def reach(self, negator: int, window: int) -> int:
        """Where the token ``window + 1`` tokens after the negator at folded ``negator`` starts."""
        key = (negator, window)
        if key not in self.reaches:
            after = _FOLDED_TOKEN.finditer(self.folded.text, negator)
            found = next(islice(after, window + 1, None), None)
            self.reaches[key] = found.start() if found is not None else len(self.folded.text)
        return self.reaches[key]


class _Window:
    """The tokens just before a term (the term last), read as the negation rule reads them."""

    def __init__(self, scan: Scan, tokens: list, rule: NegationRule):
        self.scan, self.tokens, self.rule = scan, tokens, rule
        self.term = len(tokens) - 1  # tokens after it are read on demand (pseudo-negator tails)

    def broken(self, k: int) -> bool:
        """A sentence break between token k-1 and token k."""
        tokens = self.tokens
        return BREAK_RE.search(self.scan.text, tokens[k - 1].end(), tokens[k].start()) is not None

    def base(self, k: int) -> str:
        return _token_bases(self.scan.lang, self.tokens[k].group())[0]

    def negated(self) -> bool:
        """A negator governs the term: between them only words its scope passes over ("not *a* terrorist")."""
        term, rule = self.term, self.rule
        for j in range(term - 1, max(term - rule.window, 0) - 1, -1):
            if self.broken(j + 1) or self.base(j) in rule.stops:
                return False
            if self.is_negator(j):
                return True
            if rule.transparent.isdisjoint(_token_bases(self.scan.lang, self.tokens[j].group())) and not (
                    j == term - 1 and self.after_its_noun()):
                return False  # the negator governs this word ("not *let* terrorists"), not the term
        return False

    def after_its_noun(self) -> bool:
        """The term is an adjective after its noun ("ليست عملية إرهابية"), not a complement."""
        rule, word = self.rule, self.base(self.term)
        return word.endswith(rule.adjective_endings) and not word.startswith(rule.governed_by)

    def is_negator(self, j: int) -> bool:
        rule, token = self.rule, self.base(j)
        word = token if token in rule.negators else None
        if word is None:
            word = next((token[len(c):] for c in rule.proclitics
                         if token.startswith(c) and token[len(c):] in rule.negators), None)
        if word is None:
            endings = rule.contractions.get(token)
            if endings and j > 0 and not self.broken(j):
                text = self.scan.text
                joined = languages.get(self.scan.lang).normalize(text[self.tokens[j - 1].start():self.tokens[j].end()])
                return any(joined.endswith(e) for e in endings)
            return False
        return not any(self.follows(j, tail) for tail in self.rule.pseudo.get(word, ()))

    def follows(self, j: int, tail: tuple[str, ...]) -> bool:
        """The words after token ``j`` are ``tail``, with no break in between."""
        tokens = self.tokens
        while len(tokens) < j + 1 + len(tail):
            nxt = WORD_RE.search(self.scan.text, tokens[-1].end(), self.scan.end)
            if nxt is None:
                return False
            tokens.append(nxt)
        return all(not self.broken(j + k) and tail[k - 1] in _token_bases(self.scan.lang, tokens[j + k].group())
                   for k in range(1, len(tail) + 1))


def _starts_before(folded: str, start: int, count: int) -> list[int]:
    """The folded starts of up to ``count`` tokens before ``start``, in text order."""
    starts: list[int] = []
    i = start - 1
    while len(starts) < count:
        while i >= 1 and folded[i] == " ":
            i -= 1
        if i < 1:
            break
        i = folded.rfind(" ", 0, i)
        starts.append(i + 1)
    starts.reverse()
    return starts


def scan(text: str, lang: str, start: int, end: int, index: _Index, frames: tuple[str, ...]) -> tuple:
    """Hits and cancelled matches of one language index in ``text[start:end]``."""
    return Scan(text, lang, index, frames).run(start, end)


__all__ = ["BREAK_RE", "Folded", "Scan", "scan"]

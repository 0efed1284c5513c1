"""PolNeAR: framing's statement extraction against an external English gold standard.

    FRAMING_POLNEAR=.cache/polnear python benchmarks/polnear.py                # dev split
    FRAMING_POLNEAR=.cache/polnear python benchmarks/polnear.py --split train
    FRAMING_POLNEAR=.cache/polnear python benchmarks/polnear.py --join         # plus the adapted row
    FRAMING_POLNEAR=.cache/polnear python benchmarks/polnear.py --errors 20   # sampled misses/false alarms
    FRAMING_POLNEAR=.cache/polnear python benchmarks/polnear.py --format json

PolNeAR (Newell, Margolin & Ruths, LREC 2018) annotates every attribution of
1,008 US political news articles as source / cue / content spans. Its texts
belong to the publishers and may not be committed: build the JSONL locally
(see benchmarks/README.md) and point ``FRAMING_POLNEAR`` at the folder that
holds ``{train,dev,test}.jsonl``. Without it the script says so and exits 0.

Every headline figure follows the protocol in ``shared/eval/polnear/README.md``
as written, on framing's statements as they are:

* gold units are the attributions with a content span; their kind is
  ``direct`` (the content hull, stripped of whitespace and other punctuation,
  starts and ends with a double quote mark), ``mixed`` (quote marks inside a
  paraphrase) or ``indirect`` (no double quote mark in the content);
* predictions are framing's non-narration statements, extracted with an empty
  actor registry (content extraction is scored, not actor ids);
* both spans are normalised (leading/trailing whitespace, punctuation and
  quote marks stripped); a prediction matches a gold content hull when their
  overlap covers at least half of each; one-to-one, greedy by largest overlap;
  counts are summed over the articles of the split (micro-average);
* also: exact and lenient (any overlap) matching, Citron-style token overlap
  over ``\\w+`` tokens of the gold fragments, source accuracy and kind
  accuracy on matched pairs.

Per-kind rows: recall is over the gold units of that kind; precision is over
the predictions whose own span has that kind by the same rule (a prediction
flanked by quote marks counts as quoted, since framing's direct statements
exclude the marks).

``--join`` adds one adaptation that is *not* the protocol, as its own
labelled section: an interrupted quotation (two direct statements of one
speaker around their attribution) joined into PolNeAR's one unit. It never
changes the headline figures.

Use dev (and train) for development; the test split is scored once per
issue, at the end, and ``--errors`` never prints test-split errors.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator, Sequence

ENV = "FRAMING_POLNEAR"
SPLITS = ("train", "dev", "test")
KINDS = ("direct", "mixed", "indirect")
DOUBLE_QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb')
QUOTE_MARKS = DOUBLE_QUOTES | frozenset("'\u2018\u2019\u201a\u201b\u2039\u203a`")
# Personal, possessive and relative pronouns: a pronoun source cannot match a
# speaker that was resolved to a name, so source accuracy is also given without them.
PRONOUNS = frozenset(
    "i me my we us our you your he him his she her it its they them their who whom whose which that".split()
)
SKIP_MESSAGE = (f"skipped: set {ENV}=... to a folder with PolNeAR's {{train,dev,test}}.jsonl "
                "(see benchmarks/README.md, 'PolNeAR')")
_WORD = re.compile(r"\w+")


# ---------------------------------------------------------------- spans and kinds

def _trimmable(ch: str) -> bool:
    return ch.isspace() or ch in QUOTE_MARKS or unicodedata.category(ch).startswith("P")


def normalise(text: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` without leading/trailing whitespace, punctuation and quote marks.

    An all-punctuation span collapses to an empty span at its start.
    """
    while start < end and _trimmable(text[start]):
        start += 1
    while end > start and _trimmable(text[end - 1]):
        end -= 1
    return start, end


def _kept(ch: str) -> bool:
    return ch in DOUBLE_QUOTES or not (ch.isspace() or unicodedata.category(ch).startswith("P"))


def _strip_keep_quotes(s: str) -> str:
    """Strip whitespace and punctuation other than double quote marks."""
    i, j = 0, len(s)
    while i < j and not _kept(s[i]):
        i += 1
    while j > i and not _kept(s[j - 1]):
        j -= 1
    return s[i:j]


def content_kind(text: str, fragments: Sequence[Sequence[int]]) -> str:
    """PolNeAR's gold kind of a content: ``direct``, ``mixed`` or ``indirect``.

    ``indirect``: no double quote mark in the fragments. ``direct``: the hull,
    stripped of whitespace and other punctuation, starts and ends with one.
    ``mixed``: otherwise (quotation marks inside a paraphrase).
    """
    if not any(ch in DOUBLE_QUOTES for s, e in fragments for ch in text[s:e]):
        return "indirect"
    hull = _strip_keep_quotes(text[min(s for s, _ in fragments):max(e for _, e in fragments)])
    return "direct" if hull[:1] in DOUBLE_QUOTES and hull[-1:] in DOUBLE_QUOTES else "mixed"


def prediction_kind(text: str, start: int, end: int) -> str:
    """The gold-kind rule applied to a predicted span.

    framing's direct statements exclude the quote marks, so a span whose
    nearest characters outside it (across whitespace and punctuation, within
    the line) are double quote marks on both sides is judged with those marks
    included.
    """
    def skippable(ch: str) -> bool:
        return ch != "\n" and _trimmable(ch) and ch not in DOUBLE_QUOTES

    left = start
    while left > 0 and skippable(text[left - 1]):
        left -= 1
    right = end
    while right < len(text) and skippable(text[right]):
        right += 1
    if left > 0 and right < len(text) and text[left - 1] in DOUBLE_QUOTES and text[right] in DOUBLE_QUOTES:
        start, end = left - 1, right + 1
    return content_kind(text, [(start, end)])


def half_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Characters shared by two spans if that covers at least half of each, else 0."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    if shared <= 0 or 2 * shared < a[1] - a[0] or 2 * shared < b[1] - b[0]:
        return 0
    return shared


def any_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def exact_overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return a[1] - a[0] if a == b and a[1] > a[0] else 0


MATCHERS = {"overlap": half_overlap, "exact": exact_overlap, "lenient": any_overlap}


def greedy_match(predicted: Sequence[tuple[int, int]], gold: Sequence[tuple[int, int]],
                 shared=half_overlap) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs, largest overlap first, ties by position."""
    candidates = sorted((-n, i, j) for i, p in enumerate(predicted) for j, g in enumerate(gold)
                        if (n := shared(p, g)) > 0)
    pairs, used_p, used_g = [], set(), set()
    for _, i, j in candidates:
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return sorted(pairs)


def _tokens(text: str, spans: Iterable[Sequence[int]]) -> set[tuple[int, int]]:
    found: set[tuple[int, int]] = set()
    for s, e in spans:
        found.update(m.span() for m in _WORD.finditer(text, s, e))
    return found


def _speaker_tokens(s: str) -> list[str]:
    return [t.lower() for t in _WORD.findall(s)]


def same_source(speaker: str, gold_source: str) -> bool:
    """Normalised speaker strings are equal, or their token Jaccard is at least 0.5."""
    a, b = _speaker_tokens(speaker), _speaker_tokens(gold_source)
    if not a or not b:
        return False
    if a == b:
        return True
    sa, sb = set(a), set(b)
    return len(sa & sb) >= 0.5 * len(sa | sb)


def is_pronoun(source_text: str) -> bool:
    return source_text.strip().lower() in PRONOUNS


# ---------------------------------------------------------------- data

@dataclass(frozen=True, slots=True)
class GoldUnit:
    """One PolNeAR attribution that has a content span."""

    id: str
    hull: tuple[int, int]        # raw content hull
    span: tuple[int, int]        # normalised hull, the unit that is matched
    fragments: tuple[tuple[int, int], ...]
    kind: str
    source: str | None           # source mention, None for Attribution-no-source
    cue: str | None


@dataclass(frozen=True, slots=True)
class Prediction:
    """One framing statement, reduced to what the protocol scores."""

    raw: tuple[int, int]
    span: tuple[int, int]        # normalised
    speaker: str
    actor: str
    kind: str                    # framing's kind: direct / indirect
    text_kind: str               # the gold rule applied to the span: direct / mixed / indirect


@dataclass
class ArticleResult:
    """Gold units, predictions and their matches for one article."""

    id: str
    publisher: str
    text: str
    gold: list[GoldUnit]
    predicted: list[Prediction]
    pairs: dict[str, list[tuple[int, int]]] = field(default_factory=dict)

    def matched_gold(self, how: str = "overlap") -> set[int]:
        return {j for _, j in self.pairs[how]}

    def matched_predicted(self, how: str = "overlap") -> set[int]:
        return {i for i, _ in self.pairs[how]}


def gold_units(article: dict) -> list[GoldUnit]:
    """The article's attributions that have a content span, in text order."""
    text, units = article["text"], []
    for a in article["attributions"]:
        if not a.get("content"):
            continue
        frags = tuple(tuple(f) for f in a["content_fragments"]) or (tuple(a["content"]),)
        hull = (a["content"][0], a["content"][1])
        units.append(GoldUnit(id=a["id"], hull=hull, span=normalise(text, *hull), fragments=frags,
                              kind=content_kind(text, frags), source=a.get("source_text"),
                              cue=a.get("cue_text")))
    return units


_MAX_INTERRUPTION = 400  # characters of attribution between the two halves of a quotation
# '"A," he said, adding that "B."': the second quotation has a cue of its own, so it is its own attribution
_SECOND_CUE = re.compile(r",\s+\w+ing\b.*\bthat\b|\bthat\s*[\"“”]?$")


def join_interrupted(text: str, statements: Iterable) -> list:
    """PolNeAR's unit for an interrupted quotation: the ``--join`` adaptation, not the protocol.

    PolNeAR annotates ``"A," X said. "B."`` as one attribution whose content
    hull runs from A to B; framing reports two direct statements (the
    convention of the project's own gold). Here consecutive direct
    statements of one speaker in one paragraph whose gap is only the
    attribution (at most 400 characters) are joined into one span; PolNeAR's
    hull also runs on across a sentence of the same source ('"A," X said.
    He has directed "B."'). The headline figures never use this.
    """
    from dataclasses import replace

    out: list = []
    for s in sorted(statements, key=lambda s: (s.start, s.end)):
        prev = out[-1] if out else None
        gap = text[prev.end:s.start] if prev is not None and prev.end <= s.start else None
        if (prev is not None and gap is not None and prev.kind == s.kind == "direct" and prev.actor == s.actor
                and len(gap) <= _MAX_INTERRUPTION and "\n" not in gap and not _SECOND_CUE.search(gap)):
            out[-1] = replace(prev, end=s.end, text=text[prev.start:s.end])
            continue
        out.append(s)
    return out


def predictions(text: str, statements: Iterable, *, join: bool = False) -> list[Prediction]:
    """Non-narration statements as predictions (anything with start, end, speaker, actor, kind).

    ``join=True`` applies the adaptation of :func:`join_interrupted` first.
    """
    statements = [s for s in statements if s.kind != "narration"]
    if join:
        statements = join_interrupted(text, statements)
    out = []
    for s in statements:
        out.append(Prediction(raw=(s.start, s.end), span=normalise(text, s.start, s.end), speaker=s.speaker,
                              actor=s.actor, kind=s.kind, text_kind=prediction_kind(text, s.start, s.end)))
    return out


def extract(article: dict) -> list:
    """framing's statements for one PolNeAR article (empty registry, no narration)."""
    try:
        import framing  # noqa: F401  (installed, or run with the checkout on sys.path)
    except ModuleNotFoundError:  # run as a script from a checkout: use that checkout's framing
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from framing.actors import ActorRegistry
    from framing.extract import extract_statements
    from framing.model import Document

    doc = Document(id=article["id"], text=article["text"], source=article.get("source") or "",
                   date=article.get("date") or "", lang="en", title=article.get("title") or "")
    return list(extract_statements(doc, ActorRegistry(), narration=False))


def score_article(article: dict, statements: Iterable, *, join: bool = False) -> ArticleResult:
    """Match one article's statements against its gold attributions under every matcher.

    The default is the protocol; ``join=True`` is the labelled adaptation.
    """
    text = article["text"]
    result = ArticleResult(id=article["id"], publisher=article.get("publisher") or article.get("source") or "",
                           text=text, gold=gold_units(article), predicted=predictions(text, statements, join=join))
    p_spans = [p.span for p in result.predicted]
    g_spans = [g.span for g in result.gold]
    for how, fn in MATCHERS.items():
        result.pairs[how] = greedy_match(p_spans, g_spans, fn)
    return result


def load_split(folder: str | os.PathLike, split: str) -> list[dict]:
    path = Path(folder) / f"{split}.jsonl"
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


# ---------------------------------------------------------------- figures

def prf(tp_p: int, predicted: int, tp_g: int, gold: int) -> dict:
    """P = tp_p / predicted, R = tp_g / gold (equal numerators unless split by kind)."""
    p = tp_p / predicted if predicted else 0.0
    r = tp_g / gold if gold else 0.0
    return {"gold": gold, "predicted": predicted, "matched_gold": tp_g, "matched_predicted": tp_p,
            "precision": round(p, 4), "recall": round(r, 4),
            "f1": round(2 * p * r / (p + r), 4) if p + r else 0.0}


def summarise(results: Sequence[ArticleResult]) -> dict:
    """All figures of the protocol, micro-averaged over the articles."""
    out: dict = {"articles": len(results), "gold": sum(len(r.gold) for r in results),
                 "predicted": sum(len(r.predicted) for r in results)}
    for how in MATCHERS:
        tp = sum(len(r.pairs[how]) for r in results)
        out[how] = prf(tp, out["predicted"], tp, out["gold"])
    # by kind: recall over gold of the kind, precision over predictions of the (textual) kind
    by_kind = {}
    for k in KINDS:
        gold = sum(1 for r in results for g in r.gold if g.kind == k)
        pred = sum(1 for r in results for p in r.predicted if p.text_kind == k)
        tp_g = sum(1 for r in results for j in r.matched_gold() if r.gold[j].kind == k)
        tp_p = sum(1 for r in results for i in r.matched_predicted() if r.predicted[i].text_kind == k)
        by_kind[k] = prf(tp_p, pred, tp_g, gold)
    out["overlap_by_kind"] = by_kind
    by_pub = {}
    for pub in sorted({r.publisher for r in results}):
        rs = [r for r in results if r.publisher == pub]
        tp = sum(len(r.pairs["overlap"]) for r in rs)
        by_pub[pub] = prf(tp, sum(len(r.predicted) for r in rs), tp, sum(len(r.gold) for r in rs))
    out["overlap_by_publisher"] = by_pub
    out["token_overlap"] = _token_overlap(results)
    out["source"] = _source_accuracy(results)
    out["kind_confusion"] = _kind_confusion(results)
    out["diagnostics"] = _diagnostics(results)
    dup = 0
    for r in results:
        seen = set()
        for p in r.predicted:
            dup += p.raw in seen
            seen.add(p.raw)
    out["duplicate_predicted_spans"] = dup
    return out


JOIN_LABEL = "adapted: interrupted quotations joined (not the protocol)"


def adapted_summary(results: Sequence[ArticleResult]) -> dict:
    """The matching figures of results scored with ``join=True``, labelled as an adaptation."""
    full = summarise(results)
    keep = ("predicted", "overlap", "overlap_by_kind", "exact", "lenient", "token_overlap")
    return {"label": JOIN_LABEL, **{k: full[k] for k in keep}}


def _diagnostics(results: Sequence[ArticleResult]) -> dict:
    """Recall on two subsets the protocol's figures hide (same matching, nothing redefined).

    ``headline``: gold contents in the first line, the article's title, which
    PolNeAR annotates and framing skips by design. ``two_apostrophe_quotes``:
    contents quoted with ``''`` (the New York Times' convention in this corpus),
    which the protocol's kind rule does not count as quote marks.
    """
    groups = {"headline": [0, 0], "two_apostrophe_quotes": [0, 0]}
    for r in results:
        first_line = r.text.find("\n") if "\n" in r.text else len(r.text)
        matched = r.matched_gold()
        for j, g in enumerate(r.gold):
            keys = []
            if g.hull[0] < first_line:
                keys.append("headline")
            if "''" in r.text[g.hull[0]:g.hull[1]]:
                keys.append("two_apostrophe_quotes")
            for k in keys:
                groups[k][0] += j in matched
                groups[k][1] += 1
    return {k: {"gold": n, "matched": tp, "recall": round(tp / n, 4) if n else 0.0}
            for k, (tp, n) in groups.items()}


def _token_overlap(results: Sequence[ArticleResult]) -> dict:
    """Citron's overlap metric over ``\\w+`` tokens: gold = tokens of the content fragments."""
    overlap_p = n_pred = overlap_g = n_gold = 0
    for r in results:
        gold_tokens = _tokens(r.text, [f for g in r.gold for f in g.fragments])
        pred_tokens = _tokens(r.text, [p.raw for p in r.predicted])
        for p in r.predicted:
            toks = _tokens(r.text, [p.raw])
            n_pred += len(toks)
            overlap_p += len(toks & gold_tokens)
        for g in r.gold:
            toks = _tokens(r.text, g.fragments)
            n_gold += len(toks)
            overlap_g += len(toks & pred_tokens)
    prec = overlap_p / n_pred if n_pred else 0.0
    rec = overlap_g / n_gold if n_gold else 0.0
    return {"predicted_tokens": n_pred, "gold_tokens": n_gold, "precision": round(prec, 4),
            "recall": round(rec, 4), "f1": round(2 * prec * rec / (prec + rec), 4) if prec + rec else 0.0}


def _source_accuracy(results: Sequence[ArticleResult]) -> dict:
    groups = {k: [0, 0] for k in ("with_source", "non_pronoun", "pronoun", "without_source", "all")}
    for r in results:
        for i, j in r.pairs["overlap"]:
            g, p = r.gold[j], r.predicted[i]
            if g.source:
                ok = same_source(p.speaker, g.source)
                keys = ["with_source", "pronoun" if is_pronoun(g.source) else "non_pronoun"]
            else:
                ok = not p.speaker.strip() or p.actor in ("unknown", "unknown:")
                keys = ["without_source"]
            for k in keys + ["all"]:
                groups[k][0] += ok
                groups[k][1] += 1
    return {k: {"correct": c, "pairs": n, "accuracy": round(c / n, 4) if n else 0.0}
            for k, (c, n) in groups.items()}


def _kind_confusion(results: Sequence[ArticleResult]) -> dict:
    """Gold kind x framing kind over matched pairs; accuracy counts mixed as indirect."""
    table = {k: {"direct": 0, "indirect": 0} for k in KINDS}
    for r in results:
        for i, j in r.pairs["overlap"]:
            kind = r.predicted[i].kind if r.predicted[i].kind in ("direct", "indirect") else "indirect"
            table[r.gold[j].kind][kind] += 1
    n = sum(sum(row.values()) for row in table.values())
    ok = table["direct"]["direct"] + table["mixed"]["indirect"] + table["indirect"]["indirect"]
    return {"matrix": table, "accuracy_mixed_as_indirect": round(ok / n, 4) if n else 0.0}


# ---------------------------------------------------------------- rendering

def _row(name: str, s: dict) -> str:
    return (f"{name:<22}{s['gold']:>7}{s['predicted']:>7}{s['matched_gold']:>8}{s['matched_predicted']:>8}"
            f"{s['precision']:>8.3f}{s['recall']:>8.3f}{s['f1']:>8.3f}")


_HEADER = f"{'':<22}{'gold':>7}{'pred':>7}{'tp(g)':>8}{'tp(p)':>8}{'P':>8}{'R':>8}{'F1':>8}"


def _matching_rows(summary: dict) -> list[str]:
    """Content overlap (all, per kind), exact, lenient and token overlap."""
    lines = [_HEADER, _row("all", summary["overlap"])]
    lines += [_row(f"  {k}", summary["overlap_by_kind"][k]) for k in KINDS]
    lines += ["other matchings:"]
    lines += [_row(name, summary[name]) for name in ("exact", "lenient")]
    t = summary["token_overlap"]
    lines.append(f"{'token overlap':<22}{t['gold_tokens']:>7}{t['predicted_tokens']:>7}{'':>16}"
                 f"{t['precision']:>8.3f}{t['recall']:>8.3f}{t['f1']:>8.3f}")
    return lines


def render_text(split: str, summary: dict, adapted: dict | None = None) -> str:
    """The report as plain text; ``adapted`` (from :func:`adapted_summary`) adds its own section."""
    lines = [f"PolNeAR {split}: {summary['articles']} articles, {summary['gold']} gold attributions "
             f"with content, {summary['predicted']} predicted statements",
             "", "under the protocol, framing's statements as they are;",
             "content overlap (normalised spans, overlap covers half of each, one-to-one):"]
    lines += _matching_rows(summary)
    lines += ["", "content overlap by publisher:"]
    lines += [_row(f"  {pub}", s) for pub, s in summary["overlap_by_publisher"].items()]
    lines += ["", "source accuracy on matched pairs (speaker string vs gold source mention):"]
    for k, s in summary["source"].items():
        lines.append(f"  {k:<20}{s['correct']:>6} / {s['pairs']:<6}{s['accuracy']:>8.3f}")
    c = summary["kind_confusion"]
    lines += ["", "kind on matched pairs (rows: gold, columns: framing):",
              f"  {'':<20}{'direct':>8}{'indirect':>9}"]
    lines += [f"  {k:<20}{row['direct']:>8}{row['indirect']:>9}" for k, row in c["matrix"].items()]
    lines.append(f"  accuracy (mixed counted as indirect): {c['accuracy_mixed_as_indirect']:.3f}")
    lines += ["", "recall on subsets (diagnostic):"]
    lines += [f"  {k:<20}{d['matched']:>6} / {d['gold']:<6}{d['recall']:>8.3f}"
              for k, d in summary["diagnostics"].items()]
    lines.append(f"\npredictions sharing a span with an earlier one (joint speakers): "
                 f"{summary['duplicate_predicted_spans']}")
    if adapted is not None:
        lines += ["", f"{adapted['label']}: {adapted['predicted']} predicted statements",
                  *_matching_rows({**adapted, "gold": summary["gold"]})]
    return "\n".join(lines) + "\n"


def _oneline(s: str) -> str:
    return s.replace("\n", " \u23ce ")


def _context(text: str, span: tuple[int, int], width: int = 90) -> str:
    s, e = span
    return _oneline(f"…{text[max(0, s - width):s]}\u27e6{text[s:e]}\u27e7{text[e:e + width]}…")


def iter_errors(results: Sequence[ArticleResult]) -> Iterator[tuple[str, ArticleResult, int]]:
    """("miss", article, gold index) and ("false alarm", article, predicted index), in text order."""
    for r in results:
        matched_g, matched_p = r.matched_gold(), r.matched_predicted()
        for j in range(len(r.gold)):
            if j not in matched_g:
                yield "miss", r, j
        for i in range(len(r.predicted)):
            if i not in matched_p:
                yield "false alarm", r, i


def _nearest(units: Sequence, span: tuple[int, int]):
    """The unit overlapping ``span`` most, or None when none overlaps it."""
    best = max(units, key=lambda u: any_overlap(u.span, span), default=None)
    return best if best is not None and any_overlap(best.span, span) else None


def render_error(kind: str, r: ArticleResult, index: int) -> str:
    """One miss or false alarm with its context and the nearest unit on the other side."""
    if kind == "miss":
        g = r.gold[index]
        head = (f"MISS {r.id} {g.id} [{g.kind}] source={g.source!r} cue={g.cue!r}\n"
                f"  gold: {_context(r.text, g.span)}")
        p = _nearest(r.predicted, g.span)
        if p is not None:
            head += f"\n  nearest prediction ({p.kind}, speaker={p.speaker!r}): {_context(r.text, p.span, 30)}"
        return head
    p = r.predicted[index]
    head = (f"FALSE ALARM {r.id} [{p.kind}] speaker={p.speaker!r}\n"
            f"  predicted: {_context(r.text, p.span)}")
    g = _nearest(r.gold, p.span)
    if g is not None:
        head += f"\n  nearest gold {g.id} ({g.kind}, source={g.source!r}): {_context(r.text, g.span, 30)}"
    return head


def sample_errors(results: Sequence[ArticleResult], n: int, seed: int = 0) -> list[str]:
    """``n`` misses and ``n`` false alarms drawn at random (reproducibly), each rendered."""
    errors = list(iter_errors(results))
    rng = random.Random(seed)
    out = []
    for kind in ("miss", "false alarm"):
        pool = [e for e in errors if e[0] == kind]
        out += [render_error(*e) for e in sorted(rng.sample(pool, min(n, len(pool))),
                                                 key=lambda e: (e[1].id, e[2]))]
    return out


# ---------------------------------------------------------------- command line

Extractor = Callable[[dict], list]


def run(folder: str | os.PathLike, split: str, *, extractor: Extractor | None = None,
        join: bool = False) -> list[ArticleResult]:
    """Score every article of one split (the protocol; ``join=True`` for the adaptation).

    ``extractor`` defaults to :func:`extract`, framing's statements for an article.
    """
    extractor = extractor or extract
    return [score_article(a, extractor(a), join=join) for a in load_split(folder, split)]


def run_both(folder: str | os.PathLike, split: str, *,
             extractor: Extractor | None = None) -> tuple[list[ArticleResult], list[ArticleResult]]:
    """The split scored under the protocol and with interrupted quotations joined, extracting once."""
    extractor = extractor or extract
    extracted = [(a, extractor(a)) for a in load_split(folder, split)]
    return ([score_article(a, st) for a, st in extracted],
            [score_article(a, st, join=True) for a, st in extracted])


TEST_REMINDER = ("note: the test split is scored once per issue, at the end, to report its figure; "
                 "develop on dev or train")


def _parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=SPLITS, default="dev", help="which split to score (default: dev)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="also print N sampled misses and N false alarms (not allowed on test)")
    ap.add_argument("--seed", type=int, default=0, help="seed for sampling --errors (default: 0)")
    ap.add_argument("--format", choices=("text", "json"), default="text")
    ap.add_argument("--join", action="store_true",
                    help=f"also report the figures with interrupted quotations joined into PolNeAR's one "
                    f"unit, as a separate section labelled '{JOIN_LABEL}'; the headline figures stay "
                    "under the protocol")
    # Deprecated: the headline no longer joins, so there is nothing to turn off.
    ap.add_argument("--no-merge", action="store_true", help=argparse.SUPPRESS)
    return ap


def main(argv: Sequence[str] | None = None) -> int:
    ap = _parser()
    args = ap.parse_args(argv)
    if args.errors and args.split == "test":
        ap.error("--errors is refused on the test split: look at dev or train errors, score test once")
    if args.errors < 0:
        ap.error("--errors must be >= 0")
    if args.no_merge:
        print("note: --no-merge is deprecated and does nothing: the headline figures never join "
              "interrupted quotations (see --join)", file=sys.stderr)

    folder = os.environ.get(ENV, "")
    if not folder or not (Path(folder) / f"{args.split}.jsonl").is_file():
        where = f" ({folder}/{args.split}.jsonl not found)" if folder else ""
        print(SKIP_MESSAGE + where, file=sys.stderr)
        return 0
    if args.split == "test":
        print(TEST_REMINDER, file=sys.stderr)

    if args.join:
        results, joined = run_both(folder, args.split)
        adapted = adapted_summary(joined)
    else:
        results, adapted = run(folder, args.split), None
    summary = summarise(results)
    errors = sample_errors(results, args.errors, args.seed) if args.errors else []
    if args.format == "json":
        extra: dict[str, object] = {"errors": errors} if args.errors else {}
        if adapted is not None:
            extra["adapted_join"] = adapted
        print(json.dumps({"split": args.split, **summary, **extra}, indent=1, sort_keys=True))
        return 0
    sys.stdout.write(render_text(args.split, summary, adapted))
    if errors:
        print(f"\n{args.errors} sampled misses and false alarms from {args.split} (seed {args.seed}); "
              "\u27e6 \u27e7 mark the span:\n")
        print("\n\n".join(errors))
    return 0


if __name__ == "__main__":
    sys.exit(main())

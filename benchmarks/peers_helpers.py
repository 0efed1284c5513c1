"""The pure parts of ``benchmarks/peers.py``: corpora, lexicon terms for the peers, medians and
ratios, the Markdown table and the verdicts on the targets of issue 11.

Nothing here starts a process or reads ``/work/shared``; ``tests/test_peers_benchmark.py`` runs
it on small inputs.
"""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

SOURCES = ("Outlet A", "Outlet B", "Outlet C", "Outlet D", "Outlet E")  # the `source` of the repeated corpora
MIB = 1024 * 1024

# Runners, in the order of the table. The scan is the baseline of the ratios.
SCAN, LIWC, SKLEARN = "pyahocorasick scan", "liwc", "sklearn CountVectorizer"
SCORING, FULL, STATEMENTS = "framing scoring", "framing full", "framing statements"
HELP, LEXICONS, ONE_DOC = "framing --help", "framing lexicons", "framing compare (1 doc)"
JOBS2 = "framing full --jobs 2"
RUNNERS = (SCAN, LIWC, SKLEARN, SCORING, FULL, STATEMENTS, JOBS2, HELP, LEXICONS, ONE_DOC)


# ---------------------------------------------------------------- corpora

def repeat_corpus(records: list[dict], path: Path, megabytes: float, sources: tuple[str, ...] = SOURCES) -> int:
    """Write ``records`` (``id``, ``text``) to ``path`` as JSONL, repeated under new ids until the file
    holds at least ``megabytes`` (10**6 bytes); ``source`` cycles over ``sources``. Returns the bytes.

    >>> import tempfile
    >>> out = Path(tempfile.mkdtemp()) / "c.jsonl"
    >>> repeat_corpus([{"id": "a", "text": "One."}], out, 0.0001)
    134
    >>> [json.loads(line)["id"] for line in out.read_text().splitlines()]
    ['a-r0', 'a-r1']
    """
    if not records:
        raise ValueError("no records to repeat")
    size, i = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1e6:
            record = records[i % len(records)]
            row = {"id": f"{record['id']}-r{i // len(records)}", "text": record["text"],
                   "source": sources[i % len(sources)], "lang": record.get("lang", "en")}
            line = json.dumps(row, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            i += 1
    return size


def split_documents(text: str, chars: int = 20_000, prefix: str = "gen") -> list[dict]:
    """Cut a long text at paragraph breaks into documents of about ``chars`` characters.

    >>> [d["id"] for d in split_documents("a\\n\\nb\\n\\nc", chars=2)]
    ['gen-0000', 'gen-0001', 'gen-0002']
    """
    docs: list[dict] = []
    current: list[str] = []
    for paragraph in text.split("\n\n"):
        current.append(paragraph)
        if sum(len(p) + 2 for p in current) >= chars:
            docs.append({"id": f"{prefix}-{len(docs):04d}", "text": "\n\n".join(current)})
            current = []
    if current:
        docs.append({"id": f"{prefix}-{len(docs):04d}", "text": "\n\n".join(current)})
    return docs


# ---------------------------------------------------------------- lexicon terms for the peers

def dic_terms(text: str) -> tuple[list[str], list[tuple[str, int]]]:
    """The categories of a LIWC ``.dic`` and its ``(term, category index)`` pairs, terms lowercased.

    >>> dic_terms("%\\n1\\tcalm\\n2\\ttalk\\n%\\nrestrain*\\t1\\ntalks\\t2 1\\n")
    (['calm', 'talk'], [('restrain*', 0), ('talks', 1), ('talks', 0)])
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    ids: dict[str, int] = {}
    names: list[str] = []
    for line in lines[marks[0] + 1:marks[1]]:
        if line.strip():
            key, _, name = line.strip().partition("\t")
            ids[key.strip()] = len(names)
            names.append(name.strip())
    pairs = []
    for line in lines[marks[1] + 1:]:
        term, _, rest = line.partition("\t")
        if term.strip():
            pairs += [(term.strip().lower(), ids[key]) for key in rest.split()]
    return names, pairs


def dic_without_phrases(text: str) -> str:
    """A ``.dic`` without its multi-word entries (liwc never matches them: a ``\\w+`` token has no space).

    >>> dic_without_phrases("%\\n1\\ta\\n%\\nstep back\\t1\\nstep\\t1\\n")
    '%\\n1\\ta\\n%\\nstep\\t1\\n'
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    body = [line for line in lines[marks[1] + 1:] if line.strip() and " " not in line.split("\t")[0].strip()]
    return "\n".join(lines[:marks[1] + 1] + body) + "\n"


def yaml_terms(lexicon: dict, lang: str) -> tuple[list[str], list[tuple[str, int]]]:
    """The frames of a native YAML lexicon (already parsed) and one language's ``(term, frame index)``
    pairs, lowercased.

    >>> yaml_terms({"frames": {"calm": {"terms": {"en": ["Calm*"], "ru": ["Спокойстви*"]}}}}, "ru")
    (['calm'], [('спокойстви*', 0)])
    """
    names = list(lexicon["frames"])
    pairs = [(term.lower(), i) for i, name in enumerate(names)
             for term in (lexicon["frames"][name].get("terms") or {}).get(lang, [])]
    return names, pairs


def scan_terms(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    """The scan's automaton entries: each term with ``*`` stripped (a glob is matched as a prefix)
    and the categories it counts in.

    >>> scan_terms([("restrain*", 0), ("talks", 1), ("talks", 0), ("restrain", 2)])
    {'restrain': [0, 2], 'talks': [0, 1]}
    """
    out: dict[str, set[int]] = {}
    for term, category in pairs:
        out.setdefault(term.rstrip("*"), set()).add(category)
    return {term: sorted(cats) for term, cats in sorted(out.items())}


def vocabulary(pairs: list[tuple[str, int]]) -> dict[str, list[int]]:
    """The single words of a lexicon (no glob, no phrase): what a CountVectorizer vocabulary can hold.

    >>> vocabulary([("restrain*", 0), ("talks", 1), ("step back", 1)])
    {'talks': [1]}
    """
    return scan_terms([(term, cat) for term, cat in pairs if not term.endswith("*") and " " not in term])


# ---------------------------------------------------------------- measurements

@dataclass(frozen=True)
class Run:
    """One run of one runner on one corpus: CPU seconds (user + system of the child), wall seconds,
    the child's peak RSS in MiB and the sha256 of what it wrote on stdout."""
    runner: str
    corpus: str
    mb: float
    cpu: float
    wall: float
    rss: float
    digest: str = ""


@dataclass(frozen=True)
class Row:
    """The medians of a runner's runs on one corpus, and its CPU time over the scan's on that corpus."""
    runner: str
    corpus: str
    mb: float
    cpu: float
    wall: float
    rss: float
    runs: int
    vs_scan: float | None = None

    @property
    def mb_per_cpu_second(self) -> float | None:
        return self.mb / self.cpu if self.mb > 0 and self.cpu > 0 else None


def summarise(runs: Iterable[Run], corpus_order: list[str] | None = None) -> list[Row]:
    """Median CPU, wall and peak RSS per (runner, corpus), with the ratio of the median CPU to the
    scan's median on the same corpus; sorted by corpus (``corpus_order`` first) then runner.

    >>> rows = summarise([Run(SCAN, "c", 1.0, 1.0, 1.1, 20), Run(SCORING, "c", 1.0, 1.4, 1.5, 90),
    ...                   Run(SCAN, "c", 1.0, 3.0, 3.1, 20), Run(SCORING, "c", 1.0, 1.6, 1.7, 95)])
    >>> [(r.runner, r.cpu, r.vs_scan) for r in rows]
    [('pyahocorasick scan', 2.0, 1.0), ('framing scoring', 1.5, 0.75)]
    """
    groups: dict[tuple[str, str], list[Run]] = {}
    for run in runs:
        groups.setdefault((run.runner, run.corpus), []).append(run)
    rows = {key: Row(key[0], key[1], runs[0].mb, statistics.median(r.cpu for r in runs),
                     statistics.median(r.wall for r in runs), statistics.median(r.rss for r in runs), len(runs))
            for key, runs in groups.items()}
    out = []
    for (runner, corpus), row in rows.items():
        scan = rows.get((SCAN, corpus))
        ratio = row.cpu / scan.cpu if scan and scan.cpu > 0 else None
        out.append(Row(**{**row.__dict__, "vs_scan": ratio}))
    order = {c: i for i, c in enumerate(corpus_order or [])}
    rank = {r: i for i, r in enumerate(RUNNERS)}
    return sorted(out, key=lambda r: (order.get(r.corpus, len(order)), r.corpus, rank.get(r.runner, len(rank)),
                                      r.runner))


def _num(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def markdown_table(rows: list[Row]) -> str:
    """The rows as a Markdown table (one line per runner and corpus).

    >>> print(markdown_table([Row(SCAN, "sotu-1MB", 1.0, 0.5, 0.6, 20.0, 3, 1.0)]))
    | runner | corpus | size MB | CPU s | wall s | × scan | MB per CPU-second | peak RSS MiB |
    |---|---|--:|--:|--:|--:|--:|--:|
    | pyahocorasick scan | sotu-1MB | 1.00 | 0.50 | 0.60 | 1.00 | 2.00 | 20 |
    """
    lines = ["| runner | corpus | size MB | CPU s | wall s | × scan | MB per CPU-second | peak RSS MiB |",
             "|---|---|--:|--:|--:|--:|--:|--:|"]
    for r in rows:
        lines.append(f"| {r.runner} | {r.corpus} | {_num(r.mb) if r.mb else '–'} | {_num(r.cpu)} | {_num(r.wall)} | "
                     f"{_num(r.vs_scan)} | {_num(r.mb_per_cpu_second)} | {r.rss:.0f} |")
    return "\n".join(lines)


# ---------------------------------------------------------------- targets (issue 11, "Done when")

@dataclass
class Facts:
    """What the verdicts need besides the rows: the corpora that were meant to run, and the checks."""
    sotu: list[str] = field(default_factory=list)          # sotu corpora run, e.g. ["sotu-1MB", "sotu-10MB"]
    sizes_wanted: tuple[int, ...] = (1, 10, 100)          # sizes the RSS target speaks of
    news: dict[str, str | None] = field(default_factory=dict)  # lang -> corpus name, or None with why skipped
    counts_equal: bool | None = None                       # scoring counts = liwc's (lexicon without phrases)
    counts_note: str = ""
    jobs_corpus: str | None = None                         # the corpus of the --jobs runs, None when skipped
    jobs_identical: bool | None = None
    skipped: dict[str, str] = field(default_factory=dict)  # runner -> why


def _line(ok: bool | None, what: str, detail: str) -> str:
    return f"{'skipped' if ok is None else 'pass' if ok else 'FAIL'}: {what} ({detail})"


def verdicts(rows: list[Row], facts: Facts) -> list[str]:
    """One ``pass``/``FAIL``/``skipped`` line per target of issue 11.

    >>> rows = [Row(SCAN, "sotu-1MB", 1, 1.0, 1.0, 20, 3, 1.0), Row(SCORING, "sotu-1MB", 1, 1.2, 1.3, 90, 3, 1.2)]
    >>> verdicts(rows, Facts(sotu=["sotu-1MB"], sizes_wanted=(1,)))[0]
    'pass: framing scoring ≤ 1.5 × scan CPU on sotu-1MB (1.20 ×)'
    """
    by = {(r.runner, r.corpus): r for r in rows}
    out = []
    for corpus in facts.sotu:
        scoring, liwc = by.get((SCORING, corpus)), by.get((LIWC, corpus))
        ratio = scoring.vs_scan if scoring else None
        out.append(_line(None if ratio is None else ratio <= 1.5, f"framing scoring ≤ 1.5 × scan CPU on {corpus}",
                         f"{ratio:.2f} ×" if ratio is not None else facts.skipped.get(SCAN, "no scan")))
        if scoring and liwc:
            out.append(_line(scoring.cpu < liwc.cpu, f"framing scoring faster than liwc on {corpus}",
                             f"{scoring.cpu:.2f} s vs {liwc.cpu:.2f} s CPU"))
        else:
            out.append(_line(None, f"framing scoring faster than liwc on {corpus}", facts.skipped.get(LIWC, "no run")))
    out.append(_line(facts.counts_equal, "framing scoring counts = reference (liwc 0.5.0 semantics)",
                     facts.counts_note or "not checked"))
    for lang in ("en", "ar", "ru"):
        corpus = facts.news.get(lang)
        full = by.get((FULL, corpus)) if corpus else None
        ratio = full.vs_scan if full else None
        out.append(_line(None if ratio is None else ratio <= 8, f"framing full ≤ 8 × scan CPU on news ({lang})",
                         f"{ratio:.2f} ×" if ratio is not None else "news corpus absent"))
    for runner, limit in ((HELP, 0.3), (LEXICONS, 0.3), (ONE_DOC, 0.8)):
        row = next((r for r in rows if r.runner == runner), None)
        out.append(_line(None if row is None else row.wall <= limit, f"{runner} ≤ {limit} s wall",
                         f"{row.wall:.2f} s" if row else "not run"))
    out += _rss_verdicts(rows, facts)
    out += _jobs_verdicts(by, facts)
    return out


def _rss_verdicts(rows: list[Row], facts: Facts) -> list[str]:
    out = []
    for size in facts.sizes_wanted:
        corpus = f"sotu-{size}MB"
        for runners, what in (((SCORING, FULL), "--by source"), ((STATEMENTS,), "statements -f jsonl")):
            peaks = [r.rss for r in rows if r.corpus == corpus and r.runner in runners]
            out.append(_line(None if not peaks else max(peaks) <= 200, f"peak RSS ≤ 200 MiB, {what}, {size} MB",
                             f"{max(peaks):.0f} MiB" if peaks else f"{corpus} not run"))
    return out


def _jobs_verdicts(by: dict[tuple[str, str], Row], facts: Facts) -> list[str]:
    one = by.get((FULL, facts.jobs_corpus)) if facts.jobs_corpus else None
    two = by.get((JOBS2, facts.jobs_corpus)) if facts.jobs_corpus else None
    why = facts.skipped.get(JOBS2, "not run")
    if one is None or two is None:
        return [_line(None, "--jobs 2 ≥ 1.8 × --jobs 1 (wall)", why),
                _line(None, "--jobs 2 output byte-identical", why)]
    speedup = one.wall / two.wall if two.wall > 0 else 0.0
    return [_line(speedup >= 1.8, f"--jobs 2 ≥ 1.8 × --jobs 1 (wall) on {facts.jobs_corpus}",
                  f"{speedup:.2f} ×: {one.wall:.2f} s vs {two.wall:.2f} s"),
            _line(facts.jobs_identical, "--jobs 2 output byte-identical", "compared in every round")]


def category_totals(rows: Iterator[dict], categories: list[str]) -> dict[str, int]:
    """Sum ``hits`` + ``negated`` per category over the rows of ``framing compare -f json --metric count``
    (liwc counts a negated word like any other).

    >>> category_totals(iter([{"hits": {"a": 2}, "negated": {"a": 1}}, {"hits": {"a": 4}}]), ["a"])
    {'a': 7}
    """
    totals = dict.fromkeys(categories, 0)
    for row in rows:
        for name in categories:
            totals[name] += row.get("hits", {}).get(name, 0) + row.get("negated", {}).get(name, 0)
    return totals

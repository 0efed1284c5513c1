"""`framing` side by side with the peers that are installed, in one interleaved run.

    python benchmarks/peers.py                      # 1 and 10 MB, 3 rounds
    python benchmarks/peers.py --sizes 1,10,100     # also 100 MB (several minutes more)
    python benchmarks/peers.py --repeat 5 --json    # the raw measurements as JSON

Runners, each a fresh process timed by the CPU time (user + system) of the child, its wall time
and its peak RSS: a pyahocorasick scan (the baseline of the ratios), liwc and scikit-learn's
CountVectorizer when installed, `framing compare --unit document` (scoring), `framing compare`
(the full pipeline), `framing statements -f jsonl`, `--jobs 2` when `framing compare` has it, and
the start-up of `framing --help`, `framing lexicons` and `framing compare` on one document.
Every round runs every runner once in a shuffled (seeded) order; the table gives the medians and
the ratio to the scan's median on the same corpus, then one pass/FAIL line per target of issue
11. Corpora are built in a temporary folder: the State of the Union addresses (public domain;
generated English text when they are absent) repeated to each size, and real news in English,
Arabic and Russian (skipped when absent; never copied anywhere). The script installs nothing.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

import yaml

import peers_helpers as ph

ROOT = Path(__file__).resolve().parents[1]
DIC = ROOT / "benchmarks" / "data" / "framing-bench.dic"
UNREST = ROOT / "lexicons" / "unrest.yml"
SHARED = (ROOT.parent / "shared", ROOT.parent.parent / "shared")  # beside the checkout, or beside its worktrees
PY = [sys.executable]
FRAMING = [sys.executable, "-m", "framing"]
ONE_DOC_TEXT = ('The harbour commissioner said on Monday that the talks with the union would go on.\n\n'
                '"We will not give up on dialogue," she told reporters, calling for calm.\n')

# The peers, as small scripts run with `python -c CODE ARGS...`; each prints its category totals.
SCAN_CODE = r"""
import json, sys, ahocorasick
terms, corpus, n = json.load(open(sys.argv[1], encoding="utf-8")), sys.argv[2], int(sys.argv[3])
automaton = ahocorasick.Automaton()
for term, cats in terms.items():
    automaton.add_word(term, tuple(cats))
automaton.make_automaton()
counts = [0] * n
for line in open(corpus, encoding="utf-8"):
    for _, cats in automaton.iter(json.loads(line)["text"].lower()):
        for c in cats:
            counts[c] += 1
print(json.dumps(counts))
"""
LIWC_CODE = r"""
import collections, json, re, sys, liwc
parse, categories = liwc.load_token_parser(sys.argv[1])
token = re.compile(r"\w+")
counts = collections.Counter()
for line in open(sys.argv[2], encoding="utf-8"):
    for word in token.findall(json.loads(line)["text"].lower()):
        counts.update(parse(word))
print(json.dumps({c: counts[c] for c in categories}))
"""
SKLEARN_CODE = r"""
import json, sys
from sklearn.feature_extraction.text import CountVectorizer
terms, n = json.load(open(sys.argv[1], encoding="utf-8")), int(sys.argv[3])
vocabulary = sorted(terms)
texts = (json.loads(line)["text"] for line in open(sys.argv[2], encoding="utf-8"))
column = CountVectorizer(vocabulary=vocabulary).transform(texts).sum(axis=0).A1
counts = [0] * n
for word, k in zip(vocabulary, column):
    for c in terms[word]:
        counts[c] += int(k)
print(json.dumps(counts))
"""
PEERS = {SCAN_CODE: ("ahocorasick", "pip install pyahocorasick"), LIWC_CODE: ("liwc", "pip install liwc"),
         SKLEARN_CODE: ("sklearn", "pip install scikit-learn")}


@dataclass(frozen=True)
class Task:
    runner: str
    corpus: str
    mb: float
    cmd: tuple[str, ...]


def note(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def measure(task: Task, out_path: Path) -> tuple[ph.Run, bytes]:
    """Run ``task``'s command with stdout to ``out_path``: CPU (user + system), wall and peak RSS
    of the child from ``os.wait4``; returns the run and the output when it is small."""
    with out_path.open("wb") as out, tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(task.cmd, cwd=ROOT, stdout=out, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            err.seek(0)
            tail = err.read().decode("utf-8", "replace").strip().splitlines()[-3:]
            raise SystemExit(f"peers.py: {task.runner} on {task.corpus} failed ({proc.returncode}): {' | '.join(tail)}")
    digest, size = hashlib.sha256(), out_path.stat().st_size
    with out_path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    small = out_path.read_bytes() if size < 1 << 20 else b""
    return ph.Run(task.runner, task.corpus, task.mb, usage.ru_utime + usage.ru_stime, wall,
                  usage.ru_maxrss / 1024, digest.hexdigest()), small


def _find(env: str, relative: str) -> Path | None:
    if os.environ.get(env):
        path = Path(os.environ[env])
        return path if path.exists() else None
    return next((base / relative for base in SHARED if (base / relative).exists()), None)


def base_records() -> list[dict]:
    """The State of the Union addresses, or generated English text when they are absent."""
    path = _find("FRAMING_SOTU", "lexicon-fixtures/texts/sotu_last50.jsonl")
    if path is not None and path.is_dir():
        path = path / "sotu_last50.jsonl"
    if path is not None and path.exists():
        note(f"sotu: the State of the Union addresses from {path}")
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    import bench
    note("sotu: addresses not found ($FRAMING_SOTU or ../shared/lexicon-fixtures/texts/); "
         "using generated English text (benchmarks/bench.py long_text) instead")
    return ph.split_documents(bench.long_text("paragraphs", 1.0))


def news_records() -> tuple[dict[str, list[dict]], list[Path]]:
    """Real news per language and the events' registries, or nothing (with a message) when absent."""
    root = _find("FRAMING_REALNEWS", "eval/realnews")
    if root is None:
        note("news: real news not found ($FRAMING_REALNEWS or ../shared/eval/realnews); news runs skipped")
        return {}, []
    by_lang: dict[str, list[dict]] = {}
    events = sorted(p for p in root.iterdir() if (p / "corpus.jsonl").exists())
    for event in events:
        for line in (event / "corpus.jsonl").read_text(encoding="utf-8").splitlines():
            if line.strip():
                record = json.loads(line)
                by_lang.setdefault(record["lang"], []).append(record)
    note(f"news: {', '.join(f'{k} {len(v)} documents' for k, v in sorted(by_lang.items()))} from {root}")
    return by_lang, [e / "actors.yml" for e in events if (e / "actors.yml").exists()]


def has_option(command: str, option: str) -> bool:
    out = subprocess.run([*FRAMING, command, "--help"], cwd=ROOT, capture_output=True, text=True)
    return option in out.stdout


def peer_tasks(corpus: str, mb: float, path: Path, tmp: Path, categories: list[str],
               pairs: list[tuple[str, int]], dic: Path | None, facts: ph.Facts) -> list[Task]:
    """The scan, and liwc and the vectoriser when installed and a ``.dic`` is given."""
    terms, words = tmp / f"{corpus}.scan.json", tmp / f"{corpus}.words.json"
    terms.write_text(json.dumps(ph.scan_terms(pairs), ensure_ascii=False), encoding="utf-8")
    words.write_text(json.dumps(ph.vocabulary(pairs), ensure_ascii=False), encoding="utf-8")
    wanted = [(ph.SCAN, SCAN_CODE, str(terms))]
    if dic is not None:
        wanted += [(ph.LIWC, LIWC_CODE, str(dic)), (ph.SKLEARN, SKLEARN_CODE, str(words))]
    tasks = []
    for runner, code, lexicon in wanted:
        module, hint = PEERS[code]
        if importlib.util.find_spec(module) is None:
            facts.skipped[runner] = f"not installed: {hint}"
            continue
        tasks.append(Task(runner, corpus, mb, (*PY, "-c", code, lexicon, str(path), str(len(categories)))))
    return tasks


def framing_tasks(corpus: str, mb: float, path: Path, lexicon: Path, actors: list[Path], one_core: list[str],
                  statements: list[str] | None) -> list[Task]:
    """Scoring and the full compare, and `statements -f jsonl` unless ``statements`` is None (else its
    extra options)."""
    registries = [arg for a in actors for arg in ("--actors", str(a))]
    common = (str(path), "-l", str(lexicon))
    tasks = [Task(ph.SCORING, corpus, mb, (*FRAMING, "compare", *common, "--unit", "document", "--by", "source",
                                           "-f", "csv", *one_core)),
             Task(ph.FULL, corpus, mb, (*FRAMING, "compare", *common, *registries, "--by", "source", "-f", "csv",
                                        *one_core))]
    if statements is not None:
        tasks.append(Task(ph.STATEMENTS, corpus, mb, (*FRAMING, "statements", *common, "-f", "jsonl", *statements)))
    return tasks


def build(args: argparse.Namespace, tmp: Path, facts: ph.Facts) -> list[Task]:
    """The corpora (in ``tmp``) and every task of a round."""
    jobs = has_option("compare", "--jobs")
    one_core = ["--jobs", "1"] if jobs else []
    statements_one_core = ["--jobs", "1"] if has_option("statements", "--jobs") else []
    if not jobs:
        facts.skipped[ph.JOBS2] = "framing compare has no --jobs"
        note("jobs: `framing compare --help` lists no --jobs; the --jobs 2 runs are skipped")
    records, tasks = base_records(), []
    categories, pairs = ph.dic_terms(DIC.read_text(encoding="utf-8"))
    for size in args.sizes:
        corpus, path = f"sotu-{size:g}MB", tmp / f"sotu-{size:g}MB.jsonl"
        mb = ph.repeat_corpus(records, path, size) / 1e6
        facts.sotu.append(corpus)
        tasks += peer_tasks(corpus, mb, path, tmp, categories, pairs, DIC, facts)
        tasks += framing_tasks(corpus, mb, path, DIC, [], one_core, statements=statements_one_core)
    if jobs:
        facts.jobs_corpus = f"sotu-{max([s for s in args.sizes if s <= 10] or args.sizes[:1]):g}MB"
        full = next(t for t in tasks if t.runner == ph.FULL and t.corpus == facts.jobs_corpus)
        cmd = list(full.cmd)
        cmd[cmd.index("--jobs") + 1] = "2"
        tasks.append(Task(ph.JOBS2, full.corpus, full.mb, tuple(cmd)))
    news, registries = news_records()
    unrest = yaml.safe_load(UNREST.read_text(encoding="utf-8"))
    for lang in ("en", "ar", "ru"):
        if lang not in news:
            facts.news[lang] = None
            continue
        corpus, path = f"news-{lang}", tmp / f"news-{lang}.jsonl"
        mb = ph.repeat_corpus(news[lang], path, args.news_mb) / 1e6
        facts.news[lang] = corpus
        frames, terms = ph.yaml_terms(unrest, lang)
        tasks += peer_tasks(corpus, mb, path, tmp, frames, terms, None, facts)
        tasks += framing_tasks(corpus, mb, path, UNREST, registries, one_core, statements=None)
    one = tmp / "one-doc.txt"
    one.write_text(ONE_DOC_TEXT, encoding="utf-8")
    tasks += [Task(ph.HELP, "start-up", 0.0, (*FRAMING, "--help")),
              Task(ph.LEXICONS, "start-up", 0.0, (*FRAMING, "lexicons")),
              Task(ph.ONE_DOC, "start-up", 0.0, (*FRAMING, "compare", str(one)))]
    return tasks


def run_rounds(tasks: list[Task], repeat: int, seed: int, tmp: Path) -> tuple[list[ph.Run], dict]:
    """``repeat`` rounds, each running every task once in a shuffled order (seeded)."""
    rng, runs, outputs = random.Random(seed), [], {}
    for round_ in range(1, repeat + 1):
        order = list(tasks)
        rng.shuffle(order)
        for i, task in enumerate(order, 1):
            run, small = measure(task, tmp / "stdout")
            runs.append(run)
            outputs[(task.runner, task.corpus)] = small
            note(f"round {round_}/{repeat} [{i}/{len(order)}] {task.runner} on {task.corpus}: "
                 f"{run.cpu:.2f} s CPU, {run.wall:.2f} s wall, {run.rss:.0f} MiB")
    return runs, outputs


def check_counts(outputs: dict, facts: ph.Facts, tmp: Path) -> None:
    """Whether document scoring counts what liwc 0.5.0 counts, on the smallest sotu corpus, with the
    lexicon's phrases removed (liwc never matches a phrase): hits + negated per category."""
    corpus = facts.sotu[0]
    if not outputs.get((ph.LIWC, corpus)):
        facts.counts_note = facts.skipped.get(ph.LIWC, "no liwc run")
        return
    want = json.loads(outputs[(ph.LIWC, corpus)])
    plain = tmp / "no-phrases.dic"
    plain.write_text(ph.dic_without_phrases(DIC.read_text(encoding="utf-8")), encoding="utf-8")
    path = tmp / f"{corpus}.jsonl"
    out = subprocess.run([*FRAMING, "compare", str(path), "-l", str(plain), "--unit", "document", "--by", "source",
                          "--metric", "count", "-f", "json"], cwd=ROOT, capture_output=True, text=True, check=True)
    got = ph.category_totals(iter(json.loads(out.stdout)["rows"]), list(want))
    facts.counts_equal = got == want
    differ = [c for c in want if got[c] != want[c]]
    facts.counts_note = (f"{sum(want.values())} hits in {len(want)} categories on {corpus}, lexicon without phrases"
                         if not differ else "differ in " + ", ".join(f"{c} {got[c]} vs {want[c]}" for c in differ))


def commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return out.stdout.strip() + ("+dirty" if dirty else "")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="1,10", help="sotu corpus sizes in MB, comma-separated (default 1,10)")
    ap.add_argument("--repeat", type=int, default=3, help="interleaved rounds (default 3); medians are reported")
    ap.add_argument("--seed", type=int, default=0, help="seed of the order of the runners in each round")
    ap.add_argument("--news-mb", type=float, default=1.0, help="size of each language's news corpus (default 1)")
    ap.add_argument("--json", action="store_true", help="print the raw measurements, rows and verdicts as JSON")
    args = ap.parse_args(argv)
    try:
        args.sizes = sorted({float(s) for s in args.sizes.split(",") if s.strip()})
    except ValueError:
        ap.error(f"--sizes takes numbers of MB separated by commas, got {args.sizes!r}")
    if not args.sizes or args.repeat < 1:
        ap.error("--sizes needs at least one size and --repeat at least 1")
    return args


def compile_bytecode() -> None:
    """framing's bytecode, as ``pip install`` writes it: with ``PYTHONDONTWRITEBYTECODE`` set, or stale
    ``__pycache__`` files after a change, every run would compile the package's modules again (about
    0.05 s of CPU, which the peers, installed, do not pay)."""
    import compileall

    compileall.compile_dir(str(ROOT / "framing"), quiet=1)


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    compile_bytecode()
    facts = ph.Facts()
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="framing-peers-") as folder:
        tmp = Path(folder)
        tasks = build(args, tmp, facts)
        note(f"{len(tasks)} runners x {args.repeat} rounds")
        runs, outputs = run_rounds(tasks, args.repeat, args.seed, tmp)
        check_counts(outputs, facts, tmp)
    if facts.jobs_corpus:
        digests = {r.digest for r in runs if r.corpus == facts.jobs_corpus and r.runner in (ph.FULL, ph.JOBS2)}
        facts.jobs_identical = len(digests) == 1
    order = [*facts.sotu, *(c for c in facts.news.values() if c), "start-up"]
    rows = ph.summarise(runs, order)
    lines = ph.verdicts(rows, facts)
    command = "python benchmarks/peers.py " + " ".join(argv if argv is not None else sys.argv[1:])
    if args.json:
        print(json.dumps({"commit": commit(), "command": command.strip(), "cores": os.cpu_count(),
                          "load_average": [load_before, os.getloadavg()[0]], "runs": [asdict(r) for r in runs],
                          "rows": [{**asdict(r), "mb_per_cpu_second": r.mb_per_cpu_second} for r in rows],
                          "verdicts": lines}, indent=1, ensure_ascii=False))
        return
    print(ph.markdown_table(rows))
    print()
    print("\n".join(lines))
    print(f"\nmedians of {args.repeat} interleaved rounds; load average {load_before:.1f} at the start, "
          f"{os.getloadavg()[0]:.1f} at the end on {os.cpu_count()} cores; commit {commit()}; `{command.strip()}`")


if __name__ == "__main__":
    main()

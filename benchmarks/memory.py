"""Peak memory of `framing compare --by source` and `framing statements -f jsonl` as the corpus grows.

    python benchmarks/memory.py             # 1, 10 and 100 MB (the 100 MB runs take minutes each)
    python benchmarks/memory.py 1 10        # sizes in MB

The corpus is the bundled article and the project's test articles (English
and Arabic), repeated under new ids with seven sources, as one JSONL file in
a temporary folder. Each command runs in a fresh interpreter; its peak memory
(max RSS) and CPU time are read from the kernel for that process alone
(``os.wait4``), as ``/usr/bin/time -f "%M %U"`` shows them. Memory must not
grow with the corpus: the table ends with a pass/FAIL line per command
(peak at the largest size within 10 % of the smallest).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# One process (--jobs 1): its peak is all the memory the work needs; with --jobs N
# each worker holds about as much (benchmarks/jobs.py measures them).
COMMANDS = {
    "compare --by source -f csv": ["compare", "--by", "source", "-f", "csv", "--jobs", "1"],
    "statements -f jsonl": ["statements", "-f", "jsonl", "--jobs", "1"],
}


def write_corpus(path: Path, megabytes: float) -> int:
    """A JSONL corpus of about ``megabytes`` MB; returns its number of documents."""
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles/corpus").glob("*.txt"))]
    size, count = 0, 0
    with path.open("w", encoding="utf-8") as out:
        while size < megabytes * 1_000_000:
            line = json.dumps({"id": f"doc{count:07d}", "text": texts[count % len(texts)],
                               "source": f"outlet{count % 7}"}, ensure_ascii=False) + "\n"
            out.write(line)
            size += len(line.encode("utf-8"))
            count += 1
    return count


def run(args: list[str], errors: Path) -> tuple[float, float, float]:
    """Wall seconds, user CPU seconds and peak RSS (MiB) of ``python -m framing ARGS``, output discarded."""
    start = time.perf_counter()
    with errors.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "framing", *args], cwd=ROOT,
                                stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"framing {' '.join(args)} exited {proc.returncode}: {errors.read_text()}")
    return time.perf_counter() - start, usage.ru_utime, usage.ru_maxrss / 1024


def main(sizes: list[float]) -> None:
    peaks: dict[str, list[float]] = {name: [] for name in COMMANDS}
    print("| size | documents | command | wall s | user CPU s | peak RSS MiB |")
    print("|---|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as tmp:
        for megabytes in sizes:
            corpus = Path(tmp) / f"corpus{megabytes:g}.jsonl"
            documents = write_corpus(corpus, megabytes)
            for name, args in COMMANDS.items():
                wall, user, peak = run([*args[:1], str(corpus), *args[1:]], Path(tmp) / "stderr")
                peaks[name].append(peak)
                print(f"| {megabytes:g} MB | {documents} | {name} | {wall:.1f} | {user:.1f} | {peak:.0f} |", flush=True)
            corpus.unlink()
    for name, found in peaks.items():
        verdict = "pass" if found[-1] <= 1.1 * found[0] else "FAIL"
        print(f"{verdict}: {name}: peak {found[0]:.0f} MiB at {sizes[0]:g} MB, {found[-1]:.0f} MiB at {sizes[-1]:g} MB")


def parse_args(argv: list[str]) -> list[float]:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("sizes", nargs="*", type=float, metavar="MB", help="corpus sizes in MB (default: 1 10 100)")
    return parser.parse_args(argv).sizes or [1, 10, 100]


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))

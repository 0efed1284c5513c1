"""Wall time, CPU and peak memory of a framing command, per process, for several --jobs.

Usage::

    python benchmarks/jobs.py CORPUS.jsonl [--jobs 1 2] [--repeat 3] -- compare --by source -f csv

Runs ``python -m framing ARGS CORPUS --jobs N`` and, while it runs, reads
/proc for the main process and each worker process (its children): peak
resident memory (VmHWM) and CPU seconds (utime + stime). Prints one JSON
line per run and checks that stdout is byte-identical across --jobs values.
Linux only (/proc).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import subprocess
import sys
import time
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _read(pid: int) -> tuple[float, float] | None:
    """(peak RSS in MiB, CPU seconds) of a live process, or None once it is gone."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
        stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (FileNotFoundError, ProcessLookupError):
        return None
    hwm = next((int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:")), 0)
    return hwm / 1024, (int(stat[11]) + int(stat[12])) / TICK


def _children(pid: int) -> list[int]:
    try:
        return [int(c) for c in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except FileNotFoundError:
        return []


def run(args: list[str], out: Path) -> dict:
    """Run once; peak memory and CPU of the main process and of each worker."""
    start = time.perf_counter()
    with out.open("wb") as sink:
        proc = subprocess.Popen([sys.executable, "-m", "framing", *args], stdout=sink)
        seen: dict[int, tuple[float, float]] = {}
        while proc.poll() is None:
            for pid in [proc.pid, *_children(proc.pid)]:
                sample = _read(pid)
                if sample is not None:
                    old = seen.get(pid, (0.0, 0.0))
                    seen[pid] = (max(old[0], sample[0]), max(old[1], sample[1]))
            time.sleep(0.02)
    wall = time.perf_counter() - start
    if proc.returncode:
        raise SystemExit(f"framing exited {proc.returncode}: {' '.join(args)}")
    main = seen.get(proc.pid, (0.0, 0.0))
    workers = [v for pid, v in seen.items() if pid != proc.pid]
    return {"wall_s": round(wall, 2), "main_cpu_s": round(main[1], 2), "main_peak_mib": round(main[0], 1),
            "workers": len(workers), "workers_cpu_s": round(sum(w[1] for w in workers), 2),
            "worker_peak_mib": round(max((w[0] for w in workers), default=0.0), 1),
            "sha256": hashlib.sha256(out.read_bytes()).hexdigest()[:16]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--repeat", type=int, default=1)
    argv = sys.argv[1:]
    cut = argv.index("--") if "--" in argv else len(argv)
    options = parser.parse_args(argv[:cut])
    command = argv[cut + 1:] or ["compare", "--by", "source", "-f", "csv"]
    digests = set()
    for _ in range(options.repeat):
        for jobs in options.jobs:
            args = [*command, options.corpus, "--jobs", str(jobs)]
            result = run(args, Path(f"/tmp/framing-jobs-{jobs}.out"))
            digests.add(result["sha256"])
            print(json.dumps({"command": " ".join(args), "jobs": jobs, "load": os.getloadavg()[0], **result}),
                  flush=True)
    print(json.dumps({"identical": len(digests) == 1}))


if __name__ == "__main__":
    main()

"""Start-up: wall time, CPU time and peak memory of short commands, medians of several runs.

    python benchmarks/startup.py              # five runs of each command
    python benchmarks/startup.py --runs 9     # more runs, steadier medians
    python benchmarks/startup.py --imports    # also: which heavy packages each command imported

Each command runs as its own process (``python -m framing ...``), so its
figures include the interpreter's start-up: what a user waits for. The
commands are ``framing --help``, ``framing lexicons``, ``import framing``,
``import framing.cli`` and ``framing compare`` on the bundled corpus (one
article). Run it on an idle machine: on a shared one, wall time varies with
the load, CPU time much less. Python's bytecode cache counts too: with
``PYTHONDONTWRITEBYTECODE`` set and no ``__pycache__``, every run would
compile framing's modules again (about 0.05-0.1 s), so the script first
writes the bytecode, as ``pip install`` does.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("nltk", "scipy", "sklearn", "numpy", "matplotlib", "rich", "pymorphy3", "yaml")

COMMANDS = {
    "framing --help": ["-m", "framing", "--help"],
    "framing lexicons": ["-m", "framing", "lexicons"],
    "import framing": ["-c", "import framing"],
    "import framing.cli": ["-c", "import framing.cli"],
    "framing compare (bundled, 1 article)": ["-m", "framing", "compare"],
}


def run(args: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS in MB of one run of ``python args``."""
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, *args], cwd=ROOT, stdout=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status):
        raise SystemExit(f"failed: python {' '.join(args)}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def imported(args: list[str]) -> list[str]:
    """The packages of ``HEAVY`` that ``python args`` imports (ever, while it runs)."""
    code = ("import atexit, sys, runpy\n"
            f"atexit.register(lambda: print(' '.join(m for m in {HEAVY!r} if m in sys.modules), file=sys.stderr))\n")
    if args[0] == "-m":
        code += f"sys.argv = [{args[1]!r}, *{args[2:]!r}]\nrunpy.run_module({args[1]!r}, run_name='__main__')\n"
    else:
        code += args[1] + "\n"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.PIPE, text=True)
    return out.stderr.split()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each command (default 5)")
    parser.add_argument("--imports", action="store_true", help="also list the heavy packages each imports")
    options = parser.parse_args()
    import compileall

    compileall.compile_dir(str(ROOT / "framing"), quiet=1)  # the bytecode, as pip install writes it
    print(f"{'command':40} {'wall s':>7} {'cpu s':>7} {'max RSS MB':>11}" + ("  heavy imports" if options.imports else ""))
    for name, args in COMMANDS.items():
        run(args)  # warm the file system cache (and the bytecode cache, when it is written)
        wall, cpu, rss = zip(*(run(args) for _ in range(options.runs)))
        line = f"{name:40} {statistics.median(wall):7.2f} {statistics.median(cpu):7.2f} {statistics.median(rss):11.0f}"
        if options.imports:
            line += "  " + (" ".join(imported(args)) or "-")
        print(line, flush=True)


if __name__ == "__main__":
    main()

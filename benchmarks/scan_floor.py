"""Where document scoring's time goes, next to the floor of any scorer built on the same automaton.

    python benchmarks/scan_floor.py             # the SOTU corpus repeated to 10 MB
    python benchmarks/scan_floor.py --mb 1

In one process, CPU time (medians of ``--repeat`` runs) of:

- ``read``: the corpus read into documents (``framing.corpus.load_corpora``);
- ``fold``: every document folded for the automaton (``framing.lexicon.fold``);
- ``floor``: the compiled lexicon's automaton run over the folded text, with
  nothing but a count per frame for each key it reports: no word boundaries,
  phrases, negation, polarity or hit objects, the least any scorer on this
  automaton can do;
- ``scan``: the matcher's scan of every document (``Matcher.scan``), all the
  semantics of :mod:`framing.lexicon.patterns`;

and, as its own process, the start-up of ``framing compare --unit document``
on a one-document corpus. The lexicon is ``benchmarks/data/framing-bench.dic``,
as in ``peers.py``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import peers  # noqa: E402
import peers_helpers as ph  # noqa: E402

from framing import languages  # noqa: E402
from framing.corpus import load_corpora  # noqa: E402
from framing.lexicon import compile_lexicon, load_lexicons  # noqa: E402
from framing.lexicon.fold import fold  # noqa: E402

DIC = Path(__file__).resolve().parent / "data" / "framing-bench.dic"


def _cpu(work) -> tuple[float, object]:
    start = time.process_time()
    result = work()
    return time.process_time() - start, result


def measure(path: Path) -> dict[str, float | int]:
    """CPU seconds of each stage over the corpus at ``path``, and the keys and hits seen."""
    matcher = compile_lexicon(load_lexicons([str(DIC)])[0])
    index = matcher._indexes["en"]  # the English index: its automaton and cases
    language = languages.get("en")
    read, docs = _cpu(lambda: list(load_corpora([str(path)])))
    folding, folded = _cpu(lambda: [fold(d.text, 0, len(d.text), language) for d in docs])

    def floor() -> int:
        counts = [0] * len(matcher.frames)
        keys = 0
        for f in folded:
            for _end, case in index.automaton.iter(f.text):
                keys += 1
                for frame, _pid in case.winners or ():
                    counts[frame] += 1
        return keys

    loop, keys = _cpu(floor)
    scan, hits = _cpu(lambda: sum(len(matcher.scan(d.text, "en", 0, len(d.text))[0]) for d in docs))
    return {"read": read, "fold": folding, "floor": loop, "scan": scan, "keys": keys, "hits": hits}


def startup(folder: Path) -> float:
    """CPU seconds of ``framing compare --unit document`` on one short document, in its own process."""
    one = folder / "one.jsonl"
    one.write_text(json.dumps({"id": "one", "text": "They called for calm and restraint."}) + "\n", encoding="utf-8")
    before = time.process_time(), _children()
    subprocess.run([sys.executable, "-m", "framing", "compare", str(one), "-l", str(DIC), "--unit", "document",
                    "--by", "source", "-f", "csv", "--jobs", "1"], check=True, capture_output=True)
    return _children() - before[1]


def _children() -> float:
    import os

    times = os.times()
    return times.children_user + times.children_system


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=10, help="corpus size in MB (default 10)")
    parser.add_argument("--repeat", type=int, default=3, help="runs; medians are printed (default 3)")
    args = parser.parse_args()
    peers.compile_bytecode()
    with tempfile.TemporaryDirectory(prefix="framing-floor-") as name:
        folder = Path(name)
        path = folder / "sotu.jsonl"
        mb = ph.repeat_corpus(peers.base_records(), path, args.mb) / 1e6
        runs = [measure(path) for _ in range(args.repeat)]
        start = statistics.median(startup(folder) for _ in range(args.repeat))
    median = {k: statistics.median(r[k] for r in runs) for k in ("read", "fold", "floor", "scan")}
    keys, hits = runs[0]["keys"], runs[0]["hits"]
    print(f"corpus: {mb:.2f} MB; {keys} automaton keys, {hits} hits")
    print(f"start-up (compare --unit document, one document, own process): {start:.3f} s")
    for stage, seconds in median.items():
        print(f"{stage:6} {seconds:.3f} s")
    extra = median["scan"] - median["fold"] - median["floor"]
    print(f"the scan's semantics beyond the floor: {extra:.3f} s, {1e6 * extra / max(hits, 1):.1f} µs per hit")


if __name__ == "__main__":
    main()

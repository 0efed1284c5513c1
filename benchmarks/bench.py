"""Speed and memory of `framing`, measured on this machine.

    python benchmarks/bench.py              # all benchmarks
    python benchmarks/bench.py pipeline     # one of: pipeline, cli

Each benchmark runs in a fresh subprocess so that its peak memory (max RSS)
is its own. The corpus is synthetic: the bundled article and the project's
test articles, repeated under new ids, so the numbers are reproducible.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _corpus_texts() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpora").glob("*/*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/articles/corpus").glob("*.txt"))]
    return texts


def write_corpus(path: Path, documents: int) -> int:
    """A JSONL corpus of ``documents`` articles; returns its size in bytes."""
    texts = _corpus_texts()
    with path.open("w", encoding="utf-8") as out:
        for i in range(documents):
            out.write(json.dumps({"id": f"doc{i:06d}", "text": texts[i % len(texts)], "source": f"outlet{i % 7}"},
                                 ensure_ascii=False) + "\n")
    return path.stat().st_size


def _child(code: str) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON line of results."""
    wrapped = code + "\nimport resource, json, sys\n" \
        "print(json.dumps({**RESULT, 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))"
    out = subprocess.run([sys.executable, "-c", wrapped], cwd=ROOT, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def bench_pipeline(tmp: Path, documents: int = 2000) -> dict:
    """Library: load, extract, score and compare a JSONL corpus, streaming."""
    corpus = tmp / "corpus.jsonl"
    size = write_corpus(corpus, documents)
    result = _child(f"""
import time
from framing.actors import load_registry
from framing.compare import compare
from framing.corpus import load_corpus
from framing.lexicon import compile_lexicon, load_lexicon
from framing.pipeline import analyse
registry = load_registry("kazakhstan-2022")
lexicon = load_lexicon("unrest")
matcher = compile_lexicon(lexicon)
from framing.text import sentence_spans
sentence_spans("Warm up. The sentence splitter imports nltk once.")  # start-up is the cli benchmark's
start = time.perf_counter()
table = compare(analyse(load_corpus({str(corpus)!r}), registry, matcher), lexicon.frame_ids)
seconds = time.perf_counter() - start
RESULT = {{"seconds": seconds, "statements": sum(r.statements for r in table.rows)}}
""")
    result.update(documents=documents, megabytes=size / 1e6,
                  docs_per_second=documents / result["seconds"], mb_per_second=size / 1e6 / result["seconds"])
    return result


def bench_cli(tmp: Path) -> dict:
    """The command a user types first: `framing compare` on the bundled corpus."""
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "framing", "compare"], cwd=ROOT, capture_output=True, check=True)
    return {"seconds": time.perf_counter() - start}


BENCHMARKS = {"pipeline": bench_pipeline, "cli": bench_cli}


def main(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or list(BENCHMARKS):
            result = BENCHMARKS[name](Path(tmp))
            print(name, " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))


if __name__ == "__main__":
    main(sys.argv[1:])

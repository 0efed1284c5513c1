"""Speed and memory of `framing`, measured on this machine.

    python benchmarks/bench.py              # all benchmarks
    python benchmarks/bench.py pipeline     # one of: pipeline, cli, wildcards

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
from framing.registry_file import load_registry
from framing.comparison import compare
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


def write_wildcard_lexicon(path: Path, phrases: int = 2000, frames: int = 10, seed: int = 7) -> int:
    """A CSV lexicon of ``phrases`` two-word glob phrases (``word* word*``) over ``frames`` frames.

    Each phrase is the first four letters of two words that follow each other
    somewhere in the benchmark texts (any language), so the phrases do match;
    returns the number written.
    """
    import csv
    import random
    import re

    word = re.compile(r"[^\W\d_]{3,}")
    pairs: set[tuple[str, str]] = set()
    for text in _corpus_texts():
        for line in text.splitlines():
            tokens = word.findall(line)
            pairs.update(zip(tokens, tokens[1:]))
    rng = random.Random(seed)
    chosen = rng.sample(sorted({(a.lower()[:4], b.lower()[:4]) for a, b in pairs}), phrases)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["term", "frame"])
        for i, (a, b) in enumerate(chosen):
            writer.writerow([f"{a}* {b}*", f"f{i % frames}"])
    return len(chosen)


def bench_wildcards(tmp: Path, megabytes: float = 10.0) -> dict:
    """Memory and speed of 2,000 `word* word*` phrases on 10 MB of text, whole documents
    (`compare --unit document`), and on the same 10 MB as one single document."""
    lexicon = tmp / "wildcards.csv"
    phrases = write_wildcard_lexicon(lexicon)
    texts = _corpus_texts()
    corpus = tmp / "wildcards.jsonl"
    documents = 0
    with corpus.open("w", encoding="utf-8") as out:
        while corpus.stat().st_size < megabytes * 1e6:
            text = texts[documents % len(texts)]
            out.write(json.dumps({"id": f"doc{documents:06d}", "text": text, "source": f"outlet{documents % 7}"},
                                 ensure_ascii=False) + "\n")
            out.flush()
            documents += 1
    size = corpus.stat().st_size
    code = """
import resource, time
from framing.comparison import compare
from framing.corpus import load_corpus
from framing.lexicon import compile_lexicon, load_lexicon
from framing.model import Document
from framing.pipeline import score_document, score_documents
lexicon = load_lexicon(LEXICON)
start = time.perf_counter()
matcher = compile_lexicon(lexicon)
compile_seconds = time.perf_counter() - start
before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
PREPARE
start = time.perf_counter()
WORK
seconds = time.perf_counter() - start
RESULT = {"seconds": seconds, "compile_seconds": compile_seconds, "before_scan_mb": before_mb, "hits": hits}
""".replace("LEXICON", repr(str(lexicon)))
    many = _child(code.replace("PREPARE", "").replace("WORK", """table = compare(score_documents(load_corpus(CORPUS), matcher), lexicon.frame_ids, by=["source"],
                metric="count", min_statements=0)
hits = sum(sum(r.hits.values()) for r in table.rows)""").replace("CORPUS", repr(str(corpus))))
    one = _child(code.replace("PREPARE", """import json
text = "\\n\\n".join(json.loads(line)["text"] for line in open(CORPUS, encoding="utf-8"))
before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024""").replace("WORK", """hits = len(score_document(Document("all", text), matcher).hits)""").replace("CORPUS", repr(str(corpus))))
    return {
        "phrases": phrases, "documents": documents, "megabytes": size / 1e6,
        "compile_seconds": many["compile_seconds"], "seconds": many["seconds"],
        "mb_per_second": size / 1e6 / many["seconds"], "hits": many["hits"],
        "peak_mb": many["peak_mb"], "before_scan_mb": many["before_scan_mb"],
        "one_document_seconds": one["seconds"], "one_document_hits": one["hits"],
        "one_document_peak_mb": one["peak_mb"],
    }


BENCHMARKS = {"pipeline": bench_pipeline, "cli": bench_cli, "wildcards": bench_wildcards}


def main(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or list(BENCHMARKS):
            result = BENCHMARKS[name](Path(tmp))
            print(name, " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in result.items()))


if __name__ == "__main__":
    main(sys.argv[1:])

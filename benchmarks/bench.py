"""Speed and memory of `framing`, measured on this machine.

    python benchmarks/bench.py              # pipeline, cli and wildcards
    python benchmarks/bench.py pipeline     # one of: pipeline, cli, wildcards, long
    python benchmarks/bench.py long         # about two minutes: long documents, one line per case and size

Each benchmark runs in a fresh subprocess so that its peak memory (max RSS)
is its own. The corpus is synthetic: the bundled article and the project's
test articles, repeated under new ids, so the numbers are reproducible.
``long`` is the exception: one long document of generated English news text
(see :func:`long_text`) as a single line, as one hard-wrapped paragraph and
as ordinary paragraphs, to show how `framing statements` grows with the
length of a document and of a paragraph (it must grow linearly: each case
ends with a pass/FAIL line). It runs only when named.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Iterator

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


def _child(code: str, timeout: float | None = None) -> dict:
    """Run ``code`` in a fresh interpreter; it prints one JSON line of results.

    Raises ``subprocess.TimeoutExpired`` (the child killed) after ``timeout`` seconds.
    """
    wrapped = code + "\nimport resource, json, sys\n" \
        "print(json.dumps({**RESULT, 'peak_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))"
    out = subprocess.run([sys.executable, "-c", wrapped], cwd=ROOT, capture_output=True, text=True, check=True,
                         timeout=timeout)
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


# ---------------------------------------------------------------- long documents

# The generator's own invented people, places and phrases (no article's text). The registry's cast,
# with the pronoun each takes:
_PEOPLE = (
    ("Marta Lindqvist", "Lindqvist", "the harbour commissioner", "she"),
    ("Tomas Okafor", "Okafor", "a spokesman for the transit union", "he"),
    ("Ilse Brandt", "Brandt", "the city's finance director", "she"),
    ("Rafael Quintero", "Quintero", "a council member from the eastern district", "he"),
    ("Daniel Mercer", "Mercer", "the leader of the opposition", "he"),
    ("Priya Raman", "Raman", "an economist at the regional bank", "she"),
    ("Oskar Weil", "Weil", "the mayor", "he"),
)
# Everyone else is made up as the text goes on (a first name, a surname, a role), introduced in full
# and then named by surname, title or pronoun; the registry does not know them, so they are unknown
# speakers that the discourse model keeps track of. 36 x 48 names: the cast grows with the text.
_FIRST = tuple((name, "she") for name in (
    "Anneli", "Birte", "Carmen", "Dagny", "Elif", "Fenna", "Greta", "Hanne", "Ines", "Jolien", "Kaja", "Liv",
    "Mireille", "Nadia", "Odile", "Paula", "Runa", "Sigrid")) + tuple((name, "he") for name in (
    "Anton", "Bastian", "Cyril", "Dorian", "Emil", "Felix", "Gunnar", "Henrik", "Ivo", "Jonas", "Kasper",
    "Lorenz", "Matteo", "Nils", "Olek", "Pieter", "Ruben", "Stellan"))
_LAST = ("Aalto", "Berglund", "Castell", "Dufresne", "Eklund", "Falk", "Garrido", "Hartmann", "Imhof", "Janssen",
         "Kessler", "Lund", "Moreau", "Nyberg", "Ostrowski", "Pellegrini", "Quist", "Rasmussen", "Sandoval",
         "Tamm", "Ueda", "Varga", "Wennberg", "Ystad", "Zeller", "Ahlgren", "Brunner", "Corvin", "Delacroix",
         "Engstrom", "Ferrante", "Gallo", "Holm", "Ivarsson", "Jaeger", "Kowal", "Lindahl", "Marchetti", "Novak",
         "Oberg", "Petrov", "Ramos", "Sorensen", "Thorsen", "Urbina", "Vidal", "Winther", "Zamora")
_ROLES = ("a nurse at the district hospital", "a ferry captain", "the owner of a bakery near the port",
          "a retired teacher", "a member of the tenants' association", "a lawyer for the residents",
          "a researcher at the university", "a bus driver", "the head of the chamber of commerce",
          "a student organiser", "a shop steward at the shipyard", "a pharmacist in the old town")
_TITLES = {"she": "Ms.", "he": "Mr."}
_GROUPS = ("the ministry", "the transit union", "the city council", "the port authority", "the police")
_TOPICS = ("the new budget", "the ferry service", "the bridge repairs", "the night bus network",
           "rent in the old town", "the flood barrier", "the school meals plan", "the tax on empty flats",
           "the harbour expansion", "the hospital's emergency ward")
_PREDICATES = ("will cost more than planned", "cannot wait another winter", "was never properly funded",
               "has to be finished before the spring", "is the best deal the city could get",
               "leaves the poorest districts behind", "will be reviewed by an independent panel",
               "has already saved thousands of hours", "needs a second vote in the council",
               "should have been dropped years ago", "is working better than anyone expected",
               "puts too much pressure on small shops")
_TAILS = ("", "", " this year", " in the long run", " if nothing changes", " for most families")
_CUES = ("said", "added", "warned", "argued", "insisted", "explained", "told reporters")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
_NARRATION = (
    "The square outside {place} was quiet on {day} morning.",
    "About {n} people gathered in front of {place} before noon.",
    "The meeting at {place} lasted {k} hours and ended without a vote.",
    "{Topic} first came up in {year}; the plan has been delayed {k} times since.",
    "Traffic near {place} moved slowly for most of the afternoon.",
    "A report published on {day} put the cost of {topic} at {n} million crowns.",
)
_PLACES = ("the town hall", "the ferry terminal", "the central station", "the old market", "the union office")
_RECENT = 6  # people met lately, who come back by surname, title or pronoun


def _clause(rng: random.Random) -> str:
    return f"{rng.choice(_TOPICS)} {rng.choice(_PREDICATES)}{rng.choice(_TAILS)}"


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


class _Cast:
    """The people of the generated text: the registry's, newcomers, and those met lately."""

    def __init__(self, rng: random.Random):
        self.rng = rng
        self.recent: list[tuple[str, str, str, str]] = []
        self.last: tuple[str, str, str, str] | None = None  # who spoke in the sentence before

    def pick(self) -> tuple[tuple[str, str, str, str], bool]:
        """A person (full name, surname, role, pronoun) and whether the text meets them for the first time lately."""
        rng, r = self.rng, self.rng.random()
        if r < 0.3 or not self.recent:
            (first, pronoun), last = rng.choice(_FIRST), rng.choice(_LAST)
            person = (f"{first} {last}", last, rng.choice(_ROLES), pronoun)
        elif r < 0.45:
            person = rng.choice(_PEOPLE)
        else:
            person = rng.choice(self.recent)
        new = person not in self.recent
        if not new:
            self.recent.remove(person)
        self.recent = [*self.recent[-(_RECENT - 1):], person]
        return person, new


def _long_sentence(rng: random.Random, cast: _Cast) -> str:
    """One sentence of news text: narration, a quotation or reported speech, with its attribution."""
    kind = rng.choices(("narration", "person", "group"), (4, 7, 2))[0]
    cue, clause, day = rng.choice(_CUES), _clause(rng), rng.choice(_DAYS)
    said = "said" if cue == "told reporters" else cue
    if kind == "narration":
        cast.last = None
        return rng.choice(_NARRATION).format(place=rng.choice(_PLACES), day=day, n=rng.randint(20, 900),
                                             k=rng.randint(2, 6), year=rng.randint(2004, 2019),
                                             topic=rng.choice(_TOPICS), Topic=_cap(rng.choice(_TOPICS)))
    if kind == "group":
        cast.last = None
        group = rng.choice(_GROUPS)
        return rng.choice((f"{_cap(clause)}, according to {group}.", f"{_cap(group)} said on {day} that {clause}.",
                           f'A statement from {group} said {clause}.'))
    if cast.last is not None and rng.random() < 0.3:  # the speaker goes on
        _, short, _, pronoun = cast.last
        return rng.choice((f"{_cap(pronoun)} {cue} that {clause}.", f'"{_cap(clause)}," {pronoun} {said}.',
                           f"{_TITLES[pronoun]} {short} added that {clause}."))
    (full, short, role, pronoun), new = cast.pick()
    cast.last = (full, short, role, pronoun)
    if new:
        return rng.choice((f"{full}, {role}, {cue} on {day} that {clause}.", f'"{_cap(clause)}," said {full}, {role}.',
                           f'{full}, {role}, {cue}: "{_cap(clause)}."'))
    return rng.choice((f"{short} {cue} that {clause}.", f'"{_cap(clause)}," {short} {said}.',
                       f'"{_cap(clause)}," {short} said. "{_cap(_clause(rng))}."', f'{full} {cue}: "{_cap(clause)}."',
                       f"{_TITLES[pronoun]} {short} {cue} that {clause}."))


def long_sentences(chars: int, seed: int = 11) -> list[str]:
    """Generated sentences whose total length (joined by spaces) reaches ``chars``.

    Deterministic: a shorter text is a prefix of a longer one with the same seed.
    """
    rng = random.Random(seed)
    cast = _Cast(rng)
    out: list[str] = []
    total = -1
    while total < chars:
        out.append(_long_sentence(rng, cast))
        total += len(out[-1]) + 1
    return out


_NO_WRAP_END = set(".?!؟:”\"»")  # a line ending so is not hard-wrapped prose to paragraph_spans


def hard_wrap(text: str, width: int = 70) -> str:
    """``text`` with single line breaks at about ``width`` characters.

    A line never ends with a sentence end or a closing quote and is at least
    40 characters long, so ``framing.text.paragraph_spans`` reads all the
    lines as one wrapped paragraph.
    """
    lines, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width and line[-1] not in _NO_WRAP_END and len(line) >= 40:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return "\n".join([*lines, line])


def long_text(layout: str, megabytes: float, seed: int = 11) -> str:
    """About ``megabytes`` of generated text as one single line, one hard-wrapped paragraph or
    ordinary paragraphs of one to four sentences (the same sentences in all three)."""
    sentences = long_sentences(int(megabytes * 1e6), seed)
    if layout == "single-line":
        return " ".join(sentences)
    if layout == "wrapped":
        return hard_wrap(" ".join(sentences))
    rng, paragraphs, i = random.Random(seed + 1), [], 0
    while i < len(sentences):
        n = rng.randint(1, 4)
        paragraphs.append(" ".join(sentences[i:i + n]))
        i += n
    return "\n\n".join(paragraphs)


def write_long_registry(path: Path) -> None:
    """The generated text's people and two of its groups as an actor registry."""
    lines = ["actors:"]
    for full, short, _, _ in _PEOPLE:
        lines += [f"  {short.lower()}:", f"    name: {full}", "    aliases:", f"      en: [{full}, {short}]"]
    lines += ["  transit_union:", "    name: Transit union", "    aliases:", "      en: [transit union]",
              "  port_authority:", "    name: Port authority", "    aliases:", "      en: [port authority]"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


LONG_LAYOUTS = ("single-line", "wrapped", "paragraphs")
# FRAMING_BENCH_LONG_MB="0.25,1,4" runs other sizes (the first is the baseline of the ratios)
LONG_SIZES_MB = tuple(float(mb) for mb in os.environ.get("FRAMING_BENCH_LONG_MB", "0.25,0.5,1").split(","))
LONG_LIMIT = 120.0  # CPU seconds per run; a case stops at the first size that exceeds it
LONG_SLACK = 1.25   # linear passes when every size takes at most its size ratio to the first x this
_START_UP = 30.0    # wall-clock slack for starting the interpreter and importing nltk
# What `framing statements CORPUS --actors REGISTRY -f jsonl` runs, in-process: the same inputs, the
# same library entry (`analyse`: extraction, narration, lexicon scoring) and the same jsonl rendering.
_LONG_CODE = """
import resource, time
from framing.inputs import load_inputs
from framing.pipeline import analyse
from framing.statement_rendering import iter_statements
from framing.text import sentence_spans
sentence_spans("Warm up. The sentence splitter imports nltk once.")
inputs = load_inputs([CORPUS], None, [REGISTRY])
before_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
start = time.process_time()
statements = chars = 0
for chunk in iter_statements(analyse(inputs.documents, inputs.registry, inputs.matcher), "jsonl", inputs.provenance):
    statements += 1
    chars += len(chunk)
seconds = time.process_time() - start
RESULT = {"seconds": seconds, "statements": statements, "before_mb": before_mb}
"""


def _cpu_run(cmd: list[str], timeout: float) -> dict | None:
    """Run ``cmd``: its CPU seconds (user + system), peak memory and output lines; None if killed
    after ``timeout`` wall-clock seconds."""
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=out, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + timeout
        while not (waited := os.wait4(proc.pid, os.WNOHANG))[0]:
            if time.monotonic() > deadline:
                proc.kill()
                proc.returncode = os.waitstatus_to_exitcode(os.wait4(proc.pid, 0)[1])
                return None
            time.sleep(0.05)
        _, status, usage = waited
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            raise subprocess.CalledProcessError(proc.returncode, cmd)
        out.seek(0)
        lines = sum(1 for _ in out)
    return {"seconds": usage.ru_utime + usage.ru_stime, "peak_mb": usage.ru_maxrss / 1024, "lines": lines}


def _write_long_corpus(path: Path, layout: str, megabytes: float) -> int:
    """One generated document as a JSONL corpus; returns the size of its text in bytes."""
    record = {"id": f"long-{layout}", "text": long_text(layout, megabytes), "source": "bench", "lang": "en"}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return len(record["text"].encode("utf-8"))


def _long_library(corpus: Path, registry: Path) -> dict | None:
    code = _LONG_CODE.replace("REGISTRY", repr(str(registry))).replace("CORPUS", repr(str(corpus)))
    try:
        return _child(code, timeout=LONG_LIMIT + _START_UP)
    except subprocess.TimeoutExpired:
        return None


def _long_cli(corpus: Path, registry: Path) -> dict | None:
    cli = [sys.executable, "-m", "framing", "statements", str(corpus), "--actors", str(registry), "-f", "jsonl"]
    result = _cpu_run(cli, LONG_LIMIT + _START_UP)
    if result is not None:
        result["statements"] = result.pop("lines")
    return result


def _long_row(layout: str, size: int, run: str, result: dict | None, base: dict | None, start_up: float = 0.0,
              library: dict | None = None) -> dict:
    """One size of one case: CPU seconds, their ratio to the first size's (after ``start_up``,
    the CLI's own start-up), and the memory the run added, with its ratio; for the CLI, its
    seconds after the start-up over the library run's of the same size (``vs_library``)."""
    row = {"case": layout, "mb": f"{size / 1e6:.2f}", "run": run}
    if result is None or result["seconds"] > LONG_LIMIT:
        return {**row, "seconds": f">{LONG_LIMIT:.0f}"}
    work = result["seconds"] - start_up
    row.update(seconds=f"{result['seconds']:.2f}", mb_per_second=f"{size / 1e6 / work:.3g}",
               ratio=f"{work / (base['seconds'] - start_up):.2f}" if base else "1.00",
               peak_mb=f"{result['peak_mb']:.0f}")
    if library is not None and library["seconds"] <= LONG_LIMIT:
        row["vs_library"] = f"{work / library['seconds']:.2f}"
    if "before_mb" in result:  # what the run added to the peak (the interpreter, nltk and the inputs come first)
        added = result["peak_mb"] - result["before_mb"]
        row["added_mb"] = f"{added:.0f}"
        if base:
            row["memory_ratio"] = f"{added / max(base['peak_mb'] - base['before_mb'], 1.0):.2f}"
    return {**row, "statements": result["statements"]}


def _linear_verdict(layout: str, run: str, runs: list[tuple[int, dict | None]]) -> dict:
    """Whether each size took at most LONG_SLACK x its size ratio to the first size (CPU seconds)."""
    row = {"case": layout, "run": run, "check": f"linear (each size <= {LONG_SLACK} x its size ratio to the first)"}
    if len(runs) < len(LONG_SIZES_MB) or any(r is None or r["seconds"] > LONG_LIMIT for _, r in runs):
        return {**row, "verdict": "FAIL", "why": f"a size took over {LONG_LIMIT:.0f} s"}
    (size0, first), worst = runs[0], 0.0
    for size, result in runs[1:]:
        ratio = result["seconds"] / first["seconds"]
        worst = max(worst, ratio / (size / size0))
    return {**row, "verdict": "pass" if worst <= LONG_SLACK else "FAIL", "worst": f"{worst:.2f} x linear"}


def bench_long(tmp: Path) -> Iterator[dict]:
    """`framing statements` on one long document: a single line, one hard-wrapped paragraph and
    ordinary paragraphs of the same text, at 0.25, 0.5 and 1 MB; in-process through the CLI's
    library entry (ratios to the 0.25 MB run, linear is 1 : 2 : 4, and the pass/FAIL verdict), then
    as the CLI itself, whose seconds after its start-up (the median of three runs on a one-sentence
    document) match the library's. Seconds are CPU seconds."""
    registry = tmp / "long-actors.yml"
    write_long_registry(registry)
    tiny = tmp / "long-start-up.jsonl"
    tiny.write_text(json.dumps({"id": "tiny", "text": "Mercer said the bridge was safe.", "source": "bench",
                                "lang": "en"}) + "\n", encoding="utf-8")
    start_up = sorted((_long_cli(tiny, registry) or {"seconds": 0.0})["seconds"] for _ in range(3))[1]
    yield {"case": "start-up", "run": "cli", "seconds": f"{start_up:.2f}"}
    for layout in LONG_LAYOUTS:
        corpora = [(tmp / f"long-{layout}-{mb}.jsonl", mb) for mb in LONG_SIZES_MB]
        sizes = [_write_long_corpus(path, layout, mb) for path, mb in corpora]
        library: list[tuple[int, dict | None]] = []
        for (corpus, _), size in zip(corpora, sizes):
            result = _long_library(corpus, registry)
            library.append((size, result))
            yield _long_row(layout, size, "library", result, library[0][1] if len(library) > 1 else None)
            if result is None or result["seconds"] > LONG_LIMIT:
                break  # a larger size would only take longer
        yield _linear_verdict(layout, "library", library)
        cli: list[dict | None] = []
        for ((corpus, _), size), (_, own) in zip(zip(corpora, sizes), library):
            cli.append(_long_cli(corpus, registry))
            yield _long_row(layout, size, "cli", cli[-1], cli[0] if len(cli) > 1 else None, start_up, own)


BENCHMARKS = {"pipeline": bench_pipeline, "cli": bench_cli, "wildcards": bench_wildcards, "long": bench_long}
DEFAULT = ("pipeline", "cli", "wildcards")  # `long` takes minutes: run it by name


def main(names: list[str]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for name in names or DEFAULT:
            result = BENCHMARKS[name](Path(tmp))
            for row in [result] if isinstance(result, dict) else result:
                print(name, " ".join(f"{k}={v:.2f}" if isinstance(v, float) else f"{k}={v}" for k, v in row.items()),
                      flush=True)


def parse_args(argv: list[str]) -> list[str]:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("names", nargs="*", metavar="NAME",
                        help=f"benchmarks to run, of: {', '.join(BENCHMARKS)} (default: {', '.join(DEFAULT)})")
    names = parser.parse_args(argv).names
    unknown = [n for n in names if n not in BENCHMARKS]
    if unknown:
        parser.error(f"unknown benchmark {unknown[0]!r}; choose from: {', '.join(BENCHMARKS)}")
    return names


if __name__ == "__main__":
    main(parse_args(sys.argv[1:]))

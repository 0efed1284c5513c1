"""Bad inputs, faults and hostile files: each gives exit code 2 and one line on stderr naming the
file (and line) or the option, changes no input, and takes little time (issue 13).

The groups of the issue, one test per case, named for it: files destroyed (``-o`` onto what was
read, an interrupted write), tracebacks (surrogates, deep nesting, paths the system refuses, a
full or closed stdout, huge numbers), a 50 MB single line, and one-line messages for options.
Every input is built in ``tmp_path``; nothing large is stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pytest
from typer.testing import CliRunner

from framing.cli import app

ROOT = Path(__file__).resolve().parents[2]
SAID = "The minister said the protests were terrorism and called for restraint.\n"
REGISTRY = "actors:\n  gov:\n    name: Government\n    aliases:\n      en: [the minister]\n"
LEXICON = "frames:\n  terrorism:\n    terms:\n      en: [terror*]\n"
BIG = 50 * 2**20  # the 50 MB single-line document
DEEP = 5_000      # levels of nesting, far past any parser's recursion limit
SHM = "/dev/shm"


@dataclass
class Setup:
    """What a case runs: the arguments, the files it must leave as they were, stdin."""

    args: list[str]
    inputs: list[Path] = field(default_factory=list)
    stdin: bytes | None = None
    cleanup: Callable[[], None] | None = None


@dataclass(frozen=True)
class Case:
    build: Callable[[Path], Setup]
    message: str     # the start of the one stderr line; {d} is the case's folder
    code: int = 2
    budget: float = 5.0


# -- building inputs ------------------------------------------------------------------------------

def corpus(d: Path, *, manifest: str = "", registry: str = REGISTRY) -> Path:
    """A corpus folder ``d/c`` of one document, with an actors.yml (and a corpus.yml if given)."""
    folder = d / "c"
    folder.mkdir()
    (folder / "a.txt").write_text(SAID, encoding="utf-8")
    (folder / "actors.yml").write_text(registry, encoding="utf-8")
    if manifest:
        (folder / "corpus.yml").write_text(manifest, encoding="utf-8")
    return folder


def files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file())


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def hard_link_onto(name: str, command: str) -> Callable[[Path], Setup]:
    def build(d: Path) -> Setup:
        c = corpus(d)
        os.link(c / "a.txt", d / name)
        return Setup([command, str(c), "-o", str(d / name), "-j", "1"], files(c))
    return build


def report_onto_corpus_yml(d: Path) -> Setup:
    c = corpus(d, manifest="defaults:\n  source: Wire\n")
    return Setup(["report", str(c / "a.txt"), "-o", str(c / "corpus.yml"), "-f", "md"], files(c))


def report_onto_symlink_to_actors_yml(d: Path) -> Setup:
    c = corpus(d)
    (d / "r.md").symlink_to(c / "actors.yml")
    return Setup(["report", str(c), "-o", str(d / "r.md")], files(c))


def report_onto_lexicon(d: Path) -> Setup:
    c, lexicon = corpus(d), write(d / "mine.yml", LEXICON)
    return Setup(["report", str(c), "-l", str(lexicon), "-o", str(lexicon), "-f", "md"], [*files(c), lexicon])


def report_onto_registry(d: Path) -> Setup:
    c, registry = corpus(d), write(d / "reg.yml", REGISTRY)
    return Setup(["report", str(c), "--actors", str(registry), "-o", str(registry), "-f", "md"],
                 [*files(c), registry])


def convert_onto_hard_link_of_input(d: Path) -> Setup:
    lexicon = write(d / "mine.yml", LEXICON)
    os.link(lexicon, d / "out.csv")
    return Setup(["lexicons", "convert", str(lexicon), str(d / "out.csv")], [lexicon])


def jsonl(d: Path, *records: str) -> Setup:
    path = d / "news.jsonl"
    path.write_text("".join(r + "\n" for r in records), encoding="utf-8")
    return Setup(["statements", str(path), "-j", "1"], [path])


def deep_registry(d: Path) -> Setup:
    registry = write(d / "reg.yml", "actors: " + "[" * DEEP + "]" * DEEP + "\n")
    return Setup(["compare", "--actors", str(registry), "-j", "1"], [registry])


def deep_lexicon(d: Path) -> Setup:
    lexicon = write(d / "mine.yml", "frames: " + "[" * DEEP + "]" * DEEP + "\n")
    return Setup(["compare", "-l", str(lexicon), "-j", "1"], [lexicon])


def deep_corpus_yml(d: Path) -> Setup:
    c = corpus(d, manifest="documents: " + "[" * DEEP + "]" * DEEP + "\n")
    return Setup(["compare", str(c), "-j", "1"], files(c))


def folders_1500_deep(d: Path) -> Setup:
    # On a disk each rmdir may cost milliseconds (5 s for these 1,500), so a RAM disk is used when there is one.
    base = Path(tempfile.mkdtemp(dir=SHM)) if os.access(SHM, os.W_OK) else d
    chain = [base / "c"]
    chain[0].mkdir()
    for _ in range(1500):  # os.makedirs recurses once per level
        chain.append(chain[-1] / "d")
        chain[-1].mkdir()
    doc = write(chain[-1] / "a.txt", SAID)

    def cleanup() -> None:  # shutil.rmtree (pytest's too) recurses once per level
        doc.unlink()
        for folder in [*reversed(chain), *([base] if base != d else [])]:
            folder.rmdir()

    return Setup(["statements", str(chain[0]), "-f", "jsonl", "-j", "1"], [doc], cleanup=cleanup)


def folders_beyond_path_max(d: Path) -> Setup:
    (d / "c").mkdir()
    fd = os.open(d / "c", os.O_RDONLY)
    for _ in range(20):  # 20 x 250 characters: past PATH_MAX (4096), so made relative to an open folder
        os.mkdir("x" * 250, dir_fd=fd)
        inner = os.open("x" * 250, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    doc = os.open("a.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd)
    os.write(doc, SAID.encode())
    os.close(doc)
    os.close(fd)
    return Setup(["compare", str(d / "c"), "-j", "1"])


LONG = "n" * 300  # longer than a file name may be (NAME_MAX, 255)


def symlink_loop(d: Path, name: str) -> Path:
    (d / name).symlink_to(d / f"other-{name}")
    (d / f"other-{name}").symlink_to(d / name)
    return d / name


def symlink_loop_in_folder(d: Path) -> Setup:
    c = corpus(d)
    symlink_loop(c, "loop.txt")
    return Setup(["compare", str(c), "-j", "1"], [c / "a.txt"])


def huge_text(d: Path) -> Setup:
    path = d / "big.txt"
    path.write_bytes(b"word " * (BIG // 5))
    return Setup(["compare", str(path), "-j", "1"], [path])


def huge_jsonl_line(d: Path) -> Setup:
    path = d / "big.jsonl"
    with path.open("w", encoding="utf-8") as f:
        f.write(json.dumps({"id": "a", "text": SAID}) + "\n")
        f.write('{"id": "b", "text": "' + "word " * (BIG // 5) + '"}\n')
    return Setup(["statements", str(path), "-j", "1"], [path])


def huge_stdin(d: Path) -> Setup:
    return Setup(["compare", "-", "-j", "1"], stdin=b"word " * (BIG // 5))


def option(*args: str) -> Callable[[Path], Setup]:
    return lambda d: Setup([*args])


CASES: dict[str, Case] = {
    # files destroyed
    "report_onto_hard_link_of_input": Case(hard_link_onto("r.md", "report"),
                                           "refusing to overwrite the input file {d}/c/a.txt with {d}/r.md"),
    "plot_onto_hard_link_of_input": Case(hard_link_onto("h.svg", "plot"),
                                         "refusing to overwrite the input file {d}/c/a.txt with {d}/h.svg"),
    "report_onto_corpus_yml": Case(report_onto_corpus_yml,
                                   "refusing to overwrite the input file {d}/c/corpus.yml with {d}/c/corpus.yml"),
    "report_onto_symlink_to_actors_yml": Case(report_onto_symlink_to_actors_yml,
                                              "refusing to overwrite the input file {d}/c/actors.yml with {d}/r.md"),
    "report_onto_lexicon": Case(report_onto_lexicon,
                                "refusing to overwrite the input file {d}/mine.yml with {d}/mine.yml"),
    "report_onto_registry": Case(report_onto_registry,
                                 "refusing to overwrite the input file {d}/reg.yml with {d}/reg.yml"),
    "convert_onto_hard_link_of_input": Case(convert_onto_hard_link_of_input, "OUT is IN ({d}/out.csv)"),
    # tracebacks
    "lone_surrogate_in_jsonl_text": Case(
        lambda d: jsonl(d, '{"id": "a", "text": "ok"}', '{"id": "b", "text": "x \\ud800 y"}'),
        "{d}/news.jsonl:2: field 'text' holds an unpaired surrogate \\ud800 at character 2"),
    "lone_surrogate_in_jsonl_id": Case(lambda d: jsonl(d, '{"id": "a\\udc80", "text": "ok"}'),
                                       "{d}/news.jsonl:1: field 'id' holds an unpaired surrogate \\udc80"),
    "deeply_nested_json_value": Case(
        lambda d: jsonl(d, '{"id": "a", "text": "ok", "x": ' + "[" * DEEP + "]" * DEEP + "}"),
        "{d}/news.jsonl:1: nested too deeply to read"),
    "deeply_nested_yaml_lexicon": Case(deep_lexicon, "{d}/mine.yml: nested too deeply to read"),
    "deeply_nested_yaml_registry": Case(deep_registry, "{d}/reg.yml: nested too deeply to read"),
    "deeply_nested_corpus_yml": Case(deep_corpus_yml, "{d}/c/corpus.yml: nested too deeply to read"),
    "folders_1500_deep_are_read": Case(folders_1500_deep, "", code=0),
    "folders_beyond_path_max": Case(folders_beyond_path_max, "{d}/c/" + "x" * 250),
    "corpus_name_too_long": Case(lambda d: Setup(["compare", str(d / LONG)]),
                                 "{d}/" + LONG + ": cannot read: File name too long"),
    "lexicon_name_too_long": Case(lambda d: Setup(["compare", "-l", str(d / f"{LONG}.yml")]),
                                  "{d}/" + LONG + ".yml: File name too long"),
    "registry_name_too_long": Case(lambda d: Setup(["compare", "--actors", str(d / f"{LONG}.yml")]),
                                   "{d}/" + LONG + ".yml: cannot read: File name too long"),
    "output_name_too_long": Case(lambda d: Setup(["report", "-o", str(d / f"{LONG}.md")]),
                                 "cannot write {d}/" + LONG + ".md: File name too long"),
    "symlink_loop_as_corpus": Case(lambda d: Setup(["compare", str(symlink_loop(d, "loop.txt"))]),
                                   "{d}/loop.txt: cannot follow this symbolic link"),
    "symlink_loop_in_folder": Case(symlink_loop_in_folder, "{d}/c/loop.txt: cannot follow this symbolic link"),
    "resamples_10_to_the_9": Case(option("compare", "--ci", "95", "--resamples", str(10**9)),
                                  "--resamples must be between 1 and 100,000, got 1,000,000,000"),
    # inputs silently read differently: a 50 MB single line
    "single_line_50mb_text": Case(huge_text, "{d}/big.txt: document larger than 10,000,000 bytes"),
    "single_line_50mb_jsonl": Case(huge_jsonl_line, "{d}/big.jsonl:2: document larger than 10,000,000 bytes"),
    "single_line_50mb_stdin": Case(huge_stdin, "<stdin>: document larger than 10,000,000 bytes"),
    "max_document_bytes_option": Case(
        lambda d: Setup(["compare", str(corpus(d)), "--max-document-bytes", "20"], files(d / "c")),
        "{d}/c/a.txt: document larger than 20 bytes (--max-document-bytes)"),
    "max_document_bytes_0": Case(option("compare", "--max-document-bytes", "0"),
                                 "--max-document-bytes must be 1 or more, got 0"),
    # messages: one line naming the option and its range, no usage text
    "min_confidence_2": Case(option("compare", "--min-confidence", "2"),
                             "--min-confidence must be between 0 and 1, got 2"),
    "min_confidence_nan": Case(option("compare", "--min-confidence", "nan"),
                               "--min-confidence must be between 0 and 1, got nan"),
    "jobs_abc": Case(option("compare", "--jobs", "abc"), "--jobs: 'abc' is not a valid int"),
    "jobs_0": Case(option("compare", "--jobs", "0"), "--jobs must be 1 or more, got 0"),
    "jobs_10_to_the_9": Case(option("compare", "--jobs", str(10**9)), "--jobs must be at most 512"),
    "prior_nan": Case(option("keyness", "--prior", "nan"), "--prior must be a finite number, got nan"),
    "explain_width_negative": Case(option("explain", "gov", "terrorism", "--width", "-1"),
                                   "--width must be 0 or more, got -1"),
}


def digest(paths: list[Path]) -> dict[Path, str]:
    return {p: hashlib.sha256(p.read_bytes()).hexdigest() for p in paths}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_input(name: str, tmp_path: Path) -> None:
    case = CASES[name]
    setup = case.build(tmp_path)
    try:
        before = digest(setup.inputs)
        start = time.monotonic()
        result = CliRunner().invoke(app, setup.args, input=setup.stdin, catch_exceptions=False)
        elapsed = time.monotonic() - start
        assert result.exit_code == case.code, result.stderr
        assert digest(setup.inputs) == before
    finally:
        if setup.cleanup is not None:
            setup.cleanup()
    assert elapsed < case.budget
    if case.code == 0:
        assert '"speaker": "The minister"' in result.stdout  # the document 1,500 folders down is read
        return
    assert result.stdout == ""
    assert result.stderr.startswith("framing: " + case.message.format(d=tmp_path)), result.stderr
    assert result.stderr.endswith("\n") and result.stderr.count("\n") == 1


# -- in a real process: std streams and signals ------------------------------------------------

def framing(*args: str, **popen: object) -> subprocess.Popen:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen([sys.executable, "-m", "framing", *args], stderr=subprocess.PIPE, cwd=ROOT,
                            env=env, **popen)  # type: ignore[call-overload]


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_stdout_full() -> None:
    with open("/dev/full", "wb") as full:
        proc = framing("compare", "-j", "1", stdout=full)
        _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert err == b"framing: cannot write to stdout: No space left on device\n"


@pytest.mark.skipif(os.name != "posix", reason="closes a file descriptor in the child")
def test_stdout_closed() -> None:
    proc = framing("compare", "-j", "1", preexec_fn=lambda: os.close(1))
    _, err = proc.communicate(timeout=30)
    assert proc.returncode == 2
    assert err == b"framing: cannot write to stdout: it is closed\n"


# The report is written half, then the writer stalls: the signal arrives mid-write.
SLOW_WRITE = """
import signal, sys, time
import framing.cli._output as output
from framing.cli import main

signal.signal(signal.SIGINT, signal.default_int_handler)  # even where the test runs with SIGINT ignored

def stall(stream, payload):
    stream.write(payload[: len(payload) // 2])
    stream.flush()
    time.sleep(60)
    stream.write(payload[len(payload) // 2:])

output._write_all = stall
main(sys.argv[1:])
"""


@pytest.mark.skipif(os.name != "posix", reason="POSIX signals")
@pytest.mark.parametrize("signum,old", [
    (signal.SIGTERM, b"the old report\n"), (signal.SIGTERM, None), (signal.SIGINT, b"the old report\n"),
], ids=["sigterm_over_an_old_report", "sigterm_new_report", "sigint_over_an_old_report"])
def test_signal_mid_report_leaves_the_old_file_or_none(tmp_path: Path, signum: int, old: bytes | None) -> None:
    out = tmp_path / "out"
    out.mkdir()
    target = out / "r.md"
    if old is not None:
        target.write_bytes(old)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PYTHONDONTWRITEBYTECODE": "1"}
    # --embed: one file, the figure inside (without it the figure is written first, beside the report)
    args = ["report", str(corpus(tmp_path)), "-o", str(target), "-j", "1", "--ci", "0", "--embed"]
    proc = subprocess.Popen([sys.executable, "-c", SLOW_WRITE, *args], cwd=ROOT, env=env, stderr=subprocess.PIPE)
    try:
        partial = _wait_for_partial(out, "r.md")
        assert partial.stat().st_size > 0
        proc.send_signal(signum)
        proc.wait(timeout=20)
    finally:
        proc.kill()
    assert proc.returncode == (143 if signum == signal.SIGTERM else 130)
    assert sorted(p.name for p in out.iterdir()) == ([] if old is None else ["r.md"])
    if old is not None:
        assert target.read_bytes() == old


def _wait_for_partial(folder: Path, name: str, timeout: float = 20) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        partial = [p for p in folder.iterdir() if p.name.startswith(f".{name}.")]
        if partial and partial[0].stat().st_size:
            return partial[0]
        time.sleep(0.05)
    raise AssertionError("the report was never being written")

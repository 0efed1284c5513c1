"""The app as a whole: help, plain usage errors, the error boundary, streams, pipes."""

from __future__ import annotations

import json
import shlex
import sys

import pytest

from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

COMMANDS = ("compare", "statements", "lexicons", "actors", "corpora", "explain", "kwic", "keyness", "similarity")
BOX = set("╭╮╰╯│─")


def test_help_lists_every_command(run) -> None:
    result = run("--help")
    assert result.exit_code == 0
    for command in COMMANDS:
        assert f"  {command} " in result.stdout
    assert not BOX & set(result.stdout)


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help(run, command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith(f"Usage: framing {command} [OPTIONS]")
    assert not BOX & set(result.stdout)


def test_compare_help_names_choices(run) -> None:
    out = " ".join(run("compare", "--help").stdout.split())
    for word in ("--lexicon", "--actors", "--by", "--metric", "--format", "--narration",
                 "count", "per1k", "share", "actor, source, lang, doc, kind"):
        assert word in out


@pytest.mark.parametrize("args,message", [
    (["compare", "-f", "nope"], "framing: unknown format 'nope'; choose from: csv, tsv, json, jsonl, "),
    (["compare", "--metric", "mean"], "framing: unknown metric 'mean'; choose from: count, per1k, share, weighted"),
    (["compare", "--by", "actor,speaker"], "framing: unknown --by key 'speaker'; choose from: actor, source, lang, doc, kind"),
    (["statements", "-f", "nope"], "framing: unknown format 'nope'"),
    (["compare", "missing.txt"], "framing: missing.txt: no such file or folder, and no bundled corpus"),
    (["statements", "-l", "nolexicon"], "framing: no such lexicon file or bundled lexicon 'nolexicon'"),
    (["compare", "--actors", "nofile.yml"], "framing: nofile.yml: no such registry file"),
    (["lexicons", "nolexicon"], "framing: no such lexicon"),
    (["actors", "nobody"], "framing: no actor 'nobody' in the registry (actors: china, csto, "),
    (["corpora", "nocorpus"], "framing: nocorpus: no such file or folder"),
])
def test_user_errors_are_one_line_exit_2(run, args: list[str], message: str) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(message)
    assert result.stderr.count("\n") == 1
    assert "Traceback" not in result.stderr


def test_bad_input_file_names_file_and_line(run, tmp_path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "text": "ok"}\n{"id": "b"}\n', encoding="utf-8")
    result = run("statements", str(bad))
    assert result.exit_code == 2
    assert result.stderr == f"framing: {bad}:2: missing required field 'text'\n"


def test_bad_stdin(run) -> None:
    result = run("compare", "-", input=b'{"id": 1, "text": "x"}\n')
    assert result.exit_code == 2
    assert result.stderr == "framing: <stdin>:1: field 'id' must be a string, got int\n"


def test_unknown_option_is_plain_text_exit_2(process) -> None:
    proc = process("compare", "--bogus")
    assert proc.returncode == 2
    assert proc.stdout == b""
    err = proc.stderr.decode()
    assert "Error: No such option: --bogus" in err
    assert "Usage: framing compare" in err
    assert not BOX & set(err) and "Traceback" not in err
    assert len(err.splitlines()) <= 5


def test_user_error_in_a_real_process(process) -> None:
    proc = process("compare", "--metric", "mean")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert proc.stderr == b"framing: unknown metric 'mean'; choose from: count, per1k, share, weighted\n"


def test_help_does_not_import_the_heavy_parts(process) -> None:
    proc = process(shell=(
        f"{shlex.quote(sys.executable)} -c \"import sys; from framing.cli import main; sys.argv=['framing','--help'];\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(m for m in ('sklearn', 'nltk', 'scipy', 'framing.extract') if m in sys.modules), file=sys.stderr)\""
    ))
    assert proc.stderr.decode().strip().endswith("[]")


def test_broken_pipe_is_quiet(process, tmp_path) -> None:
    # far more output than a pipe buffer holds, so the writer does hit EPIPE
    text = (ROOT / "corpora" / "kazakhstan-2022" / "almayadeen-2022-01-06.txt").read_text(encoding="utf-8")
    many = tmp_path / "many.jsonl"
    many.write_text("".join(json.dumps({"id": f"d{i}", "text": text}) + "\n" for i in range(30)), encoding="utf-8")
    proc = process(shell=f"$FRAMING statements -f jsonl {many} | head -n 1; echo ${{PIPESTATUS[0]}} >&2")
    assert proc.stdout.count(b"\n") == 1
    assert proc.stderr == b"0\n"  # no traceback, no "Exception ignored"; exit 0, as when the reader takes everything

"""The README's console examples, run as a user would run them.

Every ```console block of README.md is a shell session: lines starting with
``$ `` are commands, the lines after each its output (stdout and stderr, as a
terminal shows them). A block runs in one bash session in a fresh folder that
holds the lexicon fixtures (``tests/data/lexicon-fixtures``) and a link to
``tests``, so paths like ``tests/data/articles/corpus`` and ``mfd2.0.dic``
both work; ``$ cat FILE`` shows a file the example uses, and so writes it
there first. An output that ends (or starts) with ``...`` is a cut: only the
lines shown are compared.

A block preceded by ``<!-- example: skip REASON -->`` is not run (it needs
files that are not in the repository); a block whose commands need a
program that is not installed (``jq``) is skipped with that reason.

    python tests/readme_examples.py            # list the examples that changed
    python tests/readme_examples.py --update   # write the tool's output into README.md
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
FIXTURES = ROOT / "tests" / "data" / "lexicon-fixtures"
_BLOCK = re.compile(r"^(<!-- example: skip (?P<skip>[^>]*?) -->\n+)?```console\n(?P<body>.*?)^```", re.S | re.M)
_MARK = "@@framing-readme-example@@"
CUT = "..."


@dataclass
class Command:
    line: str                       # the command as written, without "$ "
    output: list[str] = field(default_factory=list)


@dataclass
class Example:
    start: int                      # offsets of the block's body in the README
    end: int
    commands: list[Command]
    skip: str | None = None

    @property
    def text(self) -> str:
        return "".join(line + "\n" for c in self.commands for line in (f"$ {c.line}", *c.output))


def examples(readme: str) -> list[Example]:
    """The console blocks of a README, parsed."""
    found = []
    for m in _BLOCK.finditer(readme):
        commands: list[Command] = []
        for line in m.group("body").rstrip("\n").split("\n"):
            if line.startswith("$ "):
                commands.append(Command(line[2:]))
            elif commands:
                commands[-1].output.append(line)
        found.append(Example(m.start("body"), m.end("body"), commands, m.group("skip")))
    return found


def missing_program(example: Example) -> str | None:
    """A program the example's commands call that is not installed, if any."""
    for command in example.commands:
        unquoted = re.sub(r"'[^']*'|\"[^\"]*\"", "''", command.line)
        for name in re.findall(r"(?:^|[|;&]\s*)([A-Za-z][\w.-]*)", unquoted):
            if name not in ("framing", "python3") and shutil.which(name) is None:
                return f"needs {name}, which is not installed"
    return None


def run(example: Example) -> list[list[str]]:
    """Each command's output lines, from one bash session in a fresh folder."""
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for path in FIXTURES.iterdir():
            if path.is_file():
                shutil.copy(path, work)
        (work / "tests").symlink_to(ROOT / "tests")
        script = [f'framing() {{ {shlex.quote(sys.executable)} -m framing "$@"; }}',
                  f'python3() {{ {shlex.quote(sys.executable)} "$@"; }}', "export -f framing python3"]
        for command in example.commands:
            if command.line.startswith("cat ") and len(command.line.split()) == 2:
                (work / command.line.split()[1]).write_text("\n".join(command.output) + "\n", encoding="utf-8")
            script += ['__s=$?', f"printf '%s\\n' {_MARK}", '(exit $__s)', "{", command.line, "} 2>&1"]
        env = {**os.environ, "PYTHONHASHSEED": "0", "NO_COLOR": "1", "COLUMNS": "200"}
        out = subprocess.run(["bash", "-c", "\n".join(script)], cwd=work, capture_output=True, text=True,
                             env=env, timeout=300).stdout
    parts = out.split(_MARK + "\n")[1:]
    return [part.rstrip("\n").split("\n") if part.strip() else [] for part in parts]


def expected(command: Command, got: list[str]) -> tuple[list[str], list[str]]:
    """(what the README shows, what the tool printed) to compare, a cut output cut alike."""
    shown = list(command.output)
    while shown and not shown[-1].strip():
        shown.pop()
    if shown and shown[-1] == CUT and shown[0] == CUT:
        return shown, shown if _inside(shown[1:-1], got) else got
    if shown and shown[-1] == CUT:
        return shown, got[:len(shown) - 1] + [CUT]
    if shown and shown[0] == CUT:
        return shown, [CUT] + got[len(got) - len(shown) + 1:]
    return shown, got


def _inside(part: list[str], whole: list[str]) -> bool:
    return any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def updated(readme: str) -> str:
    """The README with every example's output as the tool prints it now (cut outputs kept cut)."""
    for example in reversed(examples(readme)):
        if example.skip or missing_program(example):
            continue
        for command, got in zip(example.commands, run(example)):
            if command.line.startswith("cat ") or (command.output[:1] == [CUT] == command.output[-1:]):
                continue
            command.output = expected(command, got)[1]
        readme = readme[:example.start] + example.text + readme[example.end:]
    return readme


def main(argv: list[str]) -> int:
    text = README.read_text(encoding="utf-8")
    new = updated(text)
    if "--update" in argv:
        README.write_text(new, encoding="utf-8")
        return 0
    changed = [c.line for old, now in zip(examples(text), examples(new)) for c, d in zip(old.commands, now.commands)
               if c.output != d.output]
    print("\n".join(changed) or "every example is the tool's output")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

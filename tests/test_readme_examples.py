"""Every console example of the README is what the tool prints (``python tests/readme_examples.py --update``
rewrites them); an example marked ``<!-- example: skip ... -->`` needs files outside the repository."""

from __future__ import annotations

import pytest

from readme_examples import README, examples, expected, missing_program, run

EXAMPLES = examples(README.read_text(encoding="utf-8"))


def test_the_readme_has_examples_and_marks_the_skipped() -> None:
    blocks = [line for line in README.read_text(encoding="utf-8").splitlines() if line == "```console"]
    assert len(EXAMPLES) == len(blocks) > 0  # every console block is parsed, so checked
    assert all(example.skip.strip() for example in EXAMPLES if example.skip is not None)


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.commands[0].line[:50] for e in EXAMPLES])
def test_example_is_the_tools_output(example) -> None:
    if example.skip is not None:
        pytest.skip(example.skip)
    if reason := missing_program(example):
        pytest.skip(reason)
    outputs = run(example)
    assert len(outputs) == len(example.commands)
    for command, got in zip(example.commands, outputs):
        if command.line.startswith("cat "):
            continue
        shown, printed = expected(command, got)
        assert printed == shown, f"README example `{command.line}` differs; run python tests/readme_examples.py --update"

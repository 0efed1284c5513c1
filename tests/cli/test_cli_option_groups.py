"""The options of reading a corpus and of running the map are declared once and offered alike."""

from __future__ import annotations

import inspect

import pytest
import typer

from framing.cli import app
from framing.cli._groups import Reading, Running, option_groups

READING = ("--max-document-bytes", "--text-column", "--id-column", "--source-column", "--date-column",
           "--lang-column", "--columns")
RUNNING = ("--jobs", "--engine", "--scheduler")
# Every command that reads a corpus, and whether it runs the map over it.
CORPUS_COMMANDS = {
    ("compare",): True, ("statements",): True, ("explain",): True, ("kwic",): True, ("keyness",): True,
    ("similarity",): True, ("cues",): True, ("evaluate",): True, ("plot",): True, ("report",): True,
    ("actors",): True, ("lexicons", "coverage"): True, ("lexicons", "lint"): False, ("corpora",): False,
}


def _command(path: tuple[str, ...]):
    command = typer.main.get_command(app)
    for name in path:
        command = command.commands[name]  # type: ignore[attr-defined]
    return command


def _helps(command) -> dict[str, str]:
    return {opt: param.help for param in command.params if param.param_type_name == "option" for opt in param.opts}


@pytest.mark.parametrize("path", list(CORPUS_COMMANDS), ids=" ".join)
def test_every_corpus_command_offers_the_same_options(path: tuple[str, ...]) -> None:
    helps, reference = _helps(_command(path)), _helps(_command(("compare",)))
    wanted = READING + (RUNNING if CORPUS_COMMANDS[path] else ())
    assert {opt: helps.get(opt) for opt in wanted} == {opt: reference[opt] for opt in wanted}
    if not CORPUS_COMMANDS[path]:
        assert not set(RUNNING) & set(helps)


def test_a_command_gets_each_group_as_one_value() -> None:
    seen = []

    @option_groups
    def command(name: str = "x", reading: Reading = Reading(), running: Running = Running()) -> None:
        seen.append((name, reading, running))

    command(name="y", max_document_bytes=10, text_column="body", id_column=None, source_column=None,
            date_column=None, lang_column=None, columns_file=None, jobs=2, engine="local", scheduler=None)
    assert seen == [("y", Reading(max_document_bytes=10, text_column="body"), Running(jobs=2))]
    assert list(inspect.signature(command).parameters)[:3] == ["name", "max_document_bytes", "text_column"]

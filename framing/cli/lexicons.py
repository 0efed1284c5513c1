"""``framing lexicons``: list, show, convert, lint and measure the coverage of lexicons.

``framing lexicons`` lists the bundled lexicons and ``framing lexicons
NAME|FILE`` shows one (the ``list`` and ``show`` subcommands, implied);
``convert``, ``lint`` and ``coverage`` are subcommands. A lexicon file named
like a subcommand can be shown with ``framing lexicons show FILE``.
"""

from __future__ import annotations

from typing import Annotated, Any, Optional

import typer
from typer.core import TyperGroup

from framing.cli._app import app, report
from framing.cli._common import (
    NegationMode, DEFAULT_FORMAT, Actors, Format, LexiconFormat, Lexicons, Narration, Paths, load_inputs,
    print_note, write, lexicon_files, read_lexicons, Reading, Running, option_groups,
)
from framing.cli._output import check_output, write_output
from framing.errors import UsageError
from framing.rendering import check_format, iter_records

# Options of `list`/`show` that take a value, to find the first argument.
_VALUE_OPTIONS = {"-f", "--format", "--lexicon-format"}

InFormat = Annotated[
    Optional[str],
    typer.Option("--lexicon-format", metavar="FORMAT",
                 help="Read the lexicon in this format whatever its suffix: yaml (native or quanteda), quanteda, "
                 "liwc (.dic), lexicoder (.lc3), wordstat (.cat), csv, tsv.", show_default=False),
]


class LexiconsGroup(TyperGroup):
    """A group whose bare form lists (``framing lexicons``) and shows (``framing lexicons NAME``)."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        i = 0
        while i < len(args):
            arg = args[i]
            if arg in ("-h", "--help"):
                return super().parse_args(ctx, args)
            if arg == "--":
                i += 1
                break
            if arg.startswith("-") and arg != "-":
                i += 2 if arg in _VALUE_OPTIONS else 1
                continue
            break
        if i >= len(args):
            args = ["list", *args]
        elif args[i] not in self.commands:
            args = ["show", *args]
        return super().parse_args(ctx, args)


lexicons_app = typer.Typer(
    cls=LexiconsGroup,
    rich_markup_mode=None,
    no_args_is_help=False,
    help="List the bundled lexicons, show one (framing lexicons NAME|FILE), convert, lint, or measure coverage.",
)
app.add_typer(lexicons_app, name="lexicons")


@lexicons_app.command("list")
def list_command(fmt: Format = DEFAULT_FORMAT) -> None:
    """List the bundled lexicons: frames, terms, languages."""
    from framing.listings import bundled_lexicon_rows

    check_format(fmt)
    write(iter_records(*bundled_lexicon_rows(on_note=print_note), fmt))


@lexicons_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(metavar="NAME|FILE", help="A bundled lexicon name or a lexicon file.")],
    lexicon_format: InFormat = None,
    fmt: Format = DEFAULT_FORMAT,
) -> None:
    """Show one lexicon's frames and terms (weights in parentheses)."""
    from framing.listings import term_rows

    check_format(fmt)
    lexicon, _ = read_lexicons([name], lexicon_format)
    write(iter_records(*term_rows(lexicon), fmt))


@lexicons_app.command("convert")
def convert_command(
    source: Annotated[str, typer.Argument(metavar="IN", help="A lexicon file or bundled lexicon name.")],
    target: Annotated[str, typer.Argument(metavar="OUT", help="The file to write (its suffix picks the format: "
                                          ".yml, .dic, .csv, .tsv), or - for stdout.")],
    lexicon_format: InFormat = None,
    to: Annotated[Optional[str], typer.Option("--to", metavar="FORMAT", help="Write this format whatever OUT's "
                                              "suffix: yaml, liwc, csv, tsv. Default for -: yaml.",
                                              show_default=False)] = None,
    levels: Annotated[Optional[int], typer.Option("--levels", metavar="N", help="Keep the first N levels of "
                                                  "nested frame ids (AFRICA/EAST/KE -> AFRICA with 1).",
                                                  show_default=False)] = None,
) -> None:
    """Convert a lexicon between formats (YAML, quanteda YAML, LIWC .dic, Lexicoder .lc3, WordStat .cat,
    CSV/TSV in; YAML, .dic, CSV, TSV out)."""
    from pathlib import Path

    from framing.lexicon import collapse_levels, dump_lexicon, format_for

    if target != "-" and Path(target).exists() and Path(source).exists() and Path(target).samefile(source):
        raise UsageError(f"OUT is IN ({target}); write the converted lexicon to another file")
    check_output(target, (), lexicon_files([source]))
    out_format = format_for(target, to or ("yaml" if target == "-" else None), writing=True)
    if levels is not None and levels < 1:
        raise UsageError(f"--levels must be 1 or more, got {levels}")
    lexicon, _ = read_lexicons([source], lexicon_format)
    if levels is not None:
        lexicon = collapse_levels(lexicon, levels)
    write_output(target, dump_lexicon(lexicon, out_format, on_note=print_note,
                                      where="<stdout>" if target == "-" else target))
    if target == "-":
        return
    from framing.listings import entry_count

    report(f"framing: wrote {target} ({out_format}: {len(lexicon.frames)} frames, {entry_count(lexicon)} entries)")


@lexicons_app.command("lint")
@option_groups
def lint_command(
    source: Annotated[str, typer.Argument(metavar="FILE", help="A lexicon file or bundled lexicon name.")],
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH", help="A corpus to count every entry's hits in (whole documents): files, folders, - or "
        "bundled corpus names.", show_default=False)] = None,
    lexicon_format: InFormat = None,
    fmt: Format = DEFAULT_FORMAT,
    reading: Reading = Reading(),
) -> None:
    """Check a lexicon: malformed and repaired lines, duplicate, shadowed and overlapping entries, globs
    that match too much; with a corpus, every entry's hits and the entries that never matched.

    Exit code 0 when clean, 1 with warnings, 2 with errors.
    """
    from framing.corpus import load_corpora
    from framing.lexicon import read_lexicon
    from framing.lexicon.lint import FINDING_COLUMNS, exit_code, finding_rows, lint_with_corpus

    check_format(fmt)
    lexicon, found = read_lexicon(source, lexicon_format, keep_going=True)
    documents = load_corpora(paths, max_bytes=reading.max_document_bytes, columns=reading.columns()) if paths else None
    findings = lint_with_corpus(lexicon, found, documents)
    write(iter_records(FINDING_COLUMNS, finding_rows(findings), fmt))
    code = exit_code(findings)
    if code:
        raise typer.Exit(code)


@lexicons_app.command("coverage")
@option_groups
def coverage_command(
    paths: Paths = None,
    lexicon: Lexicons = None,
    negation: NegationMode = None,
    lexicon_format: LexiconFormat = None,
    actors: Actors = None,
    by: Annotated[str, typer.Option("--by", metavar="KEY[,KEY...]",
                                    help="Group statements by these fields: actor, source, lang, doc, kind.")
                  ] = "actor,lang",
    top: Annotated[int, typer.Option("--top", metavar="N", help="How many frequent words to list per group.")] = 10,
    narration: Narration = False,
    fmt: Format = DEFAULT_FORMAT,
    running: Running = Running(),
    reading: Reading = Reading(),
) -> None:
    """The share of statements that hit no frame, per actor and language, with the most frequent content
    words of those statements: what the lexicon misses. The last row, (all), counts every statement."""
    from framing.comparison import check_by
    from framing.coverage import coverage, coverage_rows
    from framing.pipeline import analyse

    keys = check_by(by)
    check_format(fmt)
    if top < 0:
        raise UsageError(f"--top must be 0 or more, got {top}")
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, negation=negation, reading=reading, running=running)
    groups = coverage(analyse(inputs.documents, inputs.registry, inputs.matcher, narration=narration,
                               engine=inputs.engine), keys)
    headers, rows = coverage_rows(groups, keys, top)
    write(iter_records(headers, rows, fmt))

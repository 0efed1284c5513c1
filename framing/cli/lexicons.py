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

from framing import resources
from framing.cli._app import app, report
from framing.cli._common import (
    NegationMode,
    DEFAULT_FORMAT, Actors, Format, LexiconFormat, Lexicons, Narration, Paths, load_inputs, print_note, write,
    EngineName, Jobs, Scheduler,
    MAX_DOCUMENT_BYTES, MaxDocumentBytes, lexicon_files, read_lexicons,
    TextColumn, IdColumn, SourceColumn, DateColumn, LangColumn, ColumnsFile, table_columns,
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


def _terms_cell(terms: tuple[str, ...], weights: dict[str, float]) -> str:
    from framing.lexicon.table_format import format_weight

    return ", ".join(f"{t} ({format_weight(weights[t])})" if t in weights else t for t in terms)


@lexicons_app.command("list")
def list_command(fmt: Format = DEFAULT_FORMAT) -> None:
    """List the bundled lexicons: frames, terms, languages."""
    from framing.lexicon import load_lexicon

    check_format(fmt)
    headers = ("name", "frames", "terms", "languages", "description")
    rows = []
    for bundled in resources.bundled_lexicons():
        lexicon = load_lexicon(bundled, on_note=print_note)
        langs = sorted({code for f in lexicon.frames for code in f.terms})
        terms = sum(len(t) for f in lexicon.frames for t in f.terms.values())
        rows.append((bundled, len(lexicon.frames), terms, ",".join(langs), lexicon.description))
    write(iter_records(headers, rows, fmt))


@lexicons_app.command("show")
def show_command(
    name: Annotated[str, typer.Argument(metavar="NAME|FILE", help="A bundled lexicon name or a lexicon file.")],
    lexicon_format: InFormat = None,
    fmt: Format = DEFAULT_FORMAT,
) -> None:
    """Show one lexicon's frames and terms (weights in parentheses)."""
    check_format(fmt)
    lexicon, _ = read_lexicons([name], lexicon_format)
    headers = ("frame", "lang", "terms", "description")
    rows = [
        (frame.id, code, _terms_cell(frame.terms[code], dict(frame.weights.get(code, {}))), frame.description)
        for frame in lexicon.frames
        for code in sorted(frame.terms)
    ]
    write(iter_records(headers, rows, fmt))


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
    entries = sum(len(t) for f in lexicon.frames for t in f.terms.values())
    report(f"framing: wrote {target} ({out_format}: {len(lexicon.frames)} frames, {entries} entries)")


@lexicons_app.command("lint")
def lint_command(
    source: Annotated[str, typer.Argument(metavar="FILE", help="A lexicon file or bundled lexicon name.")],
    paths: Annotated[Optional[list[str]], typer.Argument(
        metavar="PATH", help="A corpus to count every entry's hits in (whole documents): files, folders, - or "
        "bundled corpus names.", show_default=False)] = None,
    lexicon_format: InFormat = None,
    fmt: Format = DEFAULT_FORMAT,
    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    source_column: SourceColumn = None,
    date_column: DateColumn = None,
    lang_column: LangColumn = None,
    columns_file: ColumnsFile = None,
) -> None:
    """Check a lexicon: malformed and repaired lines, duplicate, shadowed and overlapping entries, globs
    that match too much; with a corpus, every entry's hits and the entries that never matched.

    Exit code 0 when clean, 1 with warnings, 2 with errors.
    """
    from framing.lexicon import read_lexicon
    from framing.lexicon.lint import entry_counts, exit_code, lint_lexicon, sort_findings, usage_findings

    check_format(fmt)
    lexicon, found = read_lexicon(source, lexicon_format, keep_going=True)
    findings = lint_lexicon(lexicon, found)
    headers = ["where", "level", "check", "frame", "term", "message"]
    if paths:
        from framing.corpus import load_corpora
        from framing.lexicon import compile_lexicon
        from framing.model import NEGATED
        from framing.pipeline import score_documents

        hits: list = []
        negated: list = []
        documents = 0
        columns = table_columns(columns_file, text=text_column, id=id_column, source=source_column,
                                date=date_column, lang=lang_column)
        documents_read = load_corpora(paths, max_bytes=max_document_bytes, columns=columns)
        for scored in score_documents(documents_read, compile_lexicon(lexicon)):
            documents += 1
            hits.append(scored.hits)
            negated.append((*(h for h in scored.hits if h.polarity == NEGATED), *scored.cancelled))
        findings = sort_findings([*findings, *usage_findings(
            lexicon, found, entry_counts(hits), entry_counts(negated), documents)])
    rows = [[n.where, n.level, n.check, n.frame, n.term, n.message] for n in findings]
    write(iter_records(headers, rows, fmt))
    code = exit_code(findings)
    if code:
        raise typer.Exit(code)


@lexicons_app.command("coverage")
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
    jobs: Jobs = None,
    engine: EngineName = "local",
    scheduler: Scheduler = None,
    max_document_bytes: MaxDocumentBytes = MAX_DOCUMENT_BYTES,
    text_column: TextColumn = None,
    id_column: IdColumn = None,
    source_column: SourceColumn = None,
    date_column: DateColumn = None,
    lang_column: LangColumn = None,
    columns_file: ColumnsFile = None,
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
    inputs = load_inputs(paths, lexicon, actors, lexicon_format, jobs=jobs, engine=engine, scheduler=scheduler,
                         negation=negation, max_document_bytes=max_document_bytes,
                         columns=table_columns(columns_file, text=text_column, id=id_column,
                                               source=source_column, date=date_column, lang=lang_column))
    groups = coverage(analyse(inputs.documents, inputs.registry, inputs.matcher, narration=narration,
                               engine=inputs.engine), keys)
    headers, rows = coverage_rows(groups, keys, top)
    write(iter_records(headers, rows, fmt))

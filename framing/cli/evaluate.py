"""``framing evaluate``: the tool's statements against hand-coded ones."""

from __future__ import annotations

from typing import Annotated

import typer

from framing.cli._app import app
from framing.cli._common import DEFAULT_FORMAT, Actors, Format, Lexicons, MinConfidence, Paths, load_inputs, write
from framing.rendering import check_format


@app.command("evaluate")
def evaluate_command(
    gold: Annotated[str, typer.Argument(metavar="GOLD.jsonl",
                                        help="Hand-coded statements: doc, actor, text, and start/end "
                                        "unless text occurs once in its document; optional speaker, kind, frames.")],
    paths: Paths = None,
    lexicon: Lexicons = None,
    actors: Actors = None,
    errors: Annotated[bool, typer.Option("--errors", help="List the misses and false alarms instead of the scores.")] = False,
    min_confidence: MinConfidence = 0.0,
    fmt: Format = DEFAULT_FORMAT,
) -> None:
    """Precision, recall and F1 of attribution and extraction (per language, actor and kind),
    frame detection on matched statements, and the precision per confidence band."""
    from framing.corpus.readers import decode
    from framing.evaluate import ERROR_COLUMNS, EVALUATION_COLUMNS, error_rows, evaluation_rows, parse_gold
    from framing.extract import extract_statements
    from framing.rendering import iter_records

    check_format(fmt)
    inputs = load_inputs(paths, lexicon, actors)
    documents = {doc.id: doc for doc in inputs.documents}
    records = parse_gold(decode(_read(gold), gold).splitlines(), path=gold,
                         documents={k: d.text for k, d in documents.items()})
    wanted = {g.doc for g in records}
    missing = sorted(wanted - documents.keys())
    if missing:
        typer.echo(f"framing: warning: {len(missing)} gold document(s) not in the corpus, "
                   f"their statements count as misses: {', '.join(missing[:5])}", err=True)
    predicted = [s for doc_id in sorted(wanted & documents.keys())
                 for s in extract_statements(documents[doc_id], inputs.registry, narration=False)
                 if s.confidence >= min_confidence]
    if errors:
        write(iter_records(ERROR_COLUMNS, error_rows(predicted, records), fmt))
        return
    frames = [frozenset(h.frame for h in inputs.matcher.match(documents[p.doc].text, p.lang, p.start, p.end))
              for p in predicted]
    write(iter_records(EVALUATION_COLUMNS, evaluation_rows(predicted, records, frames), fmt))


def _read(path: str) -> bytes:
    from pathlib import Path

    from framing.errors import InputError

    try:
        return Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError("no such gold file", path=path) from None
    except OSError as exc:
        raise InputError(f"cannot read gold file: {exc.strerror}", path=path) from None

"""Writing a command's result to the file given by ``-o`` (``report``, ``plot``).

The format comes from ``-f`` or else the file's suffix; ``-o -`` writes text
formats to stdout. Before any work is done the output is checked: its folder
must exist, and it must not be one of the command's input files, nor a file
inside an input folder that the corpus reader would read next time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping

from framing.cli._common import write
from framing.errors import UsageError

STDOUT = "-"
# Files in a corpus folder that the tool reads besides the documents.
_CORPUS_FILES = ("corpus.yml", "actors.yml")


def output_format(output: str, fmt: str | None, suffixes: Mapping[str, str], *, stdout: str,
                  text: Iterable[str]) -> str:
    """The format to write: ``fmt``, else the one of the suffix of ``output``.

    Parameters
    ----------
    output : the ``-o`` value.
    fmt : the ``-f`` value, or None.
    suffixes : file suffix -> format.
    stdout : the format for ``-o -`` when ``-f`` is not given.
    text : the formats that may go to stdout.
    """
    formats = sorted(set(suffixes.values()))
    if fmt is not None and fmt not in formats:
        raise UsageError(f"unknown format {fmt!r}; choose from: {', '.join(formats)}")
    if output == STDOUT:
        chosen = fmt or stdout
        if chosen not in text:
            raise UsageError(f"{chosen} is not written to stdout; give -o FILE, or -f "
                             f"{' or -f '.join(sorted(text))} with -o -")
        return chosen
    if fmt is not None:
        return fmt
    suffix = Path(output).suffix.lower()
    if suffix not in suffixes:
        known = ", ".join(sorted(suffixes))
        raise UsageError(f"cannot tell the format of {output!r} from its suffix; name it {known}, or give -f")
    return suffixes[suffix]


def check_output(output: str, inputs: Iterable[str]) -> None:
    """Refuse an output that would overwrite an input, or land in an input folder as a document.

    ``inputs`` are the command's corpus sources, lexicons and registries as
    given; names that are not existing paths (bundled names, ``-``) are skipped.
    """
    if output == STDOUT:
        return
    from framing.corpus import READERS

    target = Path(output)
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: no such folder {str(folder)!r}")
    if target.is_dir():
        raise UsageError(f"cannot write {output}: it is a folder")
    resolved = target.resolve()
    for source in inputs:
        path = Path(source)
        if source == STDOUT or not path.exists():
            continue
        here = path.resolve()
        if here.is_dir():
            inside = resolved.is_relative_to(here)
            if inside and (resolved.suffix.lower() in READERS or resolved.name in _CORPUS_FILES):
                raise UsageError(f"refusing to write {output} inside the input folder {source}: "
                                 "it would be read as part of the corpus; write it elsewhere")
        elif here == resolved:
            raise UsageError(f"refusing to overwrite the input file {source} with {output}")


def write_output(output: str, data: str | bytes) -> None:
    """Write ``data`` to the file ``output``, or text to stdout for ``-``."""
    if output == STDOUT:
        if isinstance(data, bytes):
            raise UsageError("binary output is not written to stdout; give -o FILE")
        write([data])
        return
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        with open(output, "wb") as f:
            f.write(payload)
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror}") from None


"""Writing a command's result to the file given by ``-o`` (``report``, ``plot``, ``lexicons convert``).

The format comes from ``-f`` or else the file's suffix; ``-o -`` writes text
formats to stdout. Before any work is done the output is checked: its folder
must exist, it must not be any file the command reads (the same file by
device and inode, so hard and symbolic links count: a document, a
``corpus.yml`` or ``actors.yml`` beside it, a lexicon, a registry), nor a
file inside an input folder that the corpus reader would read next time.

The file is written whole to a temporary file in its folder, then renamed
over the target (``os.replace``), so an interrupted write (Ctrl-C, SIGTERM,
a full disk) leaves the old file or none, never part of one.
"""

from __future__ import annotations

import os
import signal
import stat
import tempfile
import threading
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, BinaryIO, Iterable, Iterator, Mapping, Sequence

from framing import resources
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


def check_output(output: str, sources: Iterable[str], reads: Iterable[Path]) -> None:
    """Refuse an output that is a file the command reads, or would land in an input folder as a document.

    ``sources`` are the corpus sources as given (names that are not existing
    folders are skipped); ``reads`` every file the command reads (see
    :func:`framing.cli._common.input_files`), compared by device and inode.
    """
    if output == STDOUT:
        return
    target = Path(output)
    try:
        _check_target(output, target)
        _check_not_read(output, target, reads)
        _check_not_in_folders(output, target.resolve(), sources)
    except OSError as e:  # a name too long, a symbolic link loop
        raise UsageError(f"cannot write {output}: {e.strerror or e}") from None


def _check_target(output: str, target: Path) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: no such folder {str(folder)!r}")
    if target.is_dir():
        raise UsageError(f"cannot write {output}: it is a folder")


def _check_not_read(output: str, target: Path, reads: Iterable[Path]) -> None:
    mine = _identity(target)
    if mine is None:
        return
    for path in reads:
        if _identity(path) == mine:
            raise UsageError(f"refusing to overwrite the input file {path} with {output}")


def _check_not_in_folders(output: str, resolved: Path, sources: Iterable[str]) -> None:
    from framing.corpus import READERS

    for source in sources:
        here = Path(source) if Path(source).exists() else resources.corpus_path(source)
        if source == STDOUT or here is None or not here.is_dir():
            continue
        inside = resolved.is_relative_to(here.resolve())
        if inside and (resolved.suffix.lower() in READERS or resolved.name in _CORPUS_FILES):
            raise UsageError(f"refusing to write {output} inside the input folder {source}: "
                             "it would be read as part of the corpus; write it elsewhere")


def _identity(path: Path) -> tuple[int, int] | None:
    """The device and inode of the file ``path`` leads to (links followed), or None."""
    try:
        found = os.stat(path)
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino


def write_output(output: str, data: str | bytes) -> None:
    """Write ``data`` to the file ``output`` whole or not at all, or text to stdout for ``-``."""
    if output == STDOUT:
        if isinstance(data, bytes):
            raise UsageError("binary output is not written to stdout; give -o FILE")
        write([data])
        return
    payload = data.encode("utf-8") if isinstance(data, str) else data
    try:
        _replace(Path(os.path.realpath(output)), payload)
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror or e}") from None


def write_outputs(files: Sequence[tuple[str, str | bytes]], sources: Iterable[str], reads: Iterable[Path]) -> None:
    """Write several files in order, each as :func:`write_output` does, after :func:`check_output`.

    A missing folder of a file (a report's ``report_files/``) is made, and
    removed again if the file could not be written into it.
    """
    reads = list(reads)
    for output, data in files:
        made = _make_folder(output)
        try:
            check_output(output, sources, reads)
            write_output(output, data)
        except BaseException:
            if made is not None:
                with suppress(OSError):
                    made.rmdir()  # only while empty
            raise


def _make_folder(output: str) -> Path | None:
    """Make the folder of ``output`` if it is missing; the folder made, or None."""
    folder = Path(output).parent
    if output == STDOUT or folder.exists():
        return None
    try:
        folder.mkdir()
    except OSError as e:
        raise UsageError(f"cannot write {output}: {e.strerror or e}") from None
    return folder


def _replace(target: Path, payload: bytes) -> None:
    """Write ``payload`` to a temporary file beside ``target`` and rename it over ``target``.

    A target that is no regular file (``/dev/null``, a named pipe) is written in place.
    """
    if target.exists() and not target.is_file():
        with open(target, "wb") as stream:
            _write_all(stream, payload)
        return
    mode = _mode(target)
    with _terminate_raises():
        fd, temporary = tempfile.mkstemp(prefix=f".{target.name[:100]}.", suffix=".part", dir=target.parent)
        try:
            with os.fdopen(fd, "wb") as stream:
                _write_all(stream, payload)
                stream.flush()
                os.fsync(stream.fileno())
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            with suppress(OSError):
                os.unlink(temporary)
            raise


def _write_all(stream: BinaryIO, payload: bytes) -> None:
    """Where the bytes go out (the tests slow this down to interrupt a write midway)."""
    stream.write(payload)


def _mode(target: Path) -> int:
    """The permissions the file gets: the old file's, else what ``open`` would give under the umask."""
    try:
        return stat.S_IMODE(os.stat(target).st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


@contextmanager
def _terminate_raises() -> Iterator[None]:
    """While the output is written, SIGTERM raises ``SystemExit`` (as Ctrl-C raises
    ``KeyboardInterrupt``), so the temporary file is removed before the process ends."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.getsignal(signal.SIGTERM)
    if previous is signal.SIG_IGN:
        yield
        return
    signal.signal(signal.SIGTERM, _exit_on_signal)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _exit_on_signal(signum: int, frame: Any) -> None:
    raise SystemExit(128 + signum)

"""The Dask engine: the same chunk tasks (:mod:`framing.mapping`) on a Dask cluster.

Needs the optional extra: ``pip install "framing[dask]"``. Without
``--scheduler`` a ``LocalCluster`` of ``--jobs`` single-threaded worker
processes starts on this machine (bound to 127.0.0.1) and stops at the end.

How the work is partitioned:

- JSONL files and URLs (:class:`JsonlSources`: every PATH a ``.jsonl``
  file, local or an fsspec URL such as ``s3://bucket/news.jsonl``): each
  file is cut into blocks of :data:`BLOCKSIZE` bytes at line ends
  (``dask.bag.read_text``); the workers read their blocks themselves, parse
  the lines into documents and run the task on them. Nothing but the
  results passes through this process.
- Any other input (folders, ``.txt``, stdin, bundled corpora): this process
  reads the documents and sends them in chunks (:func:`framing.engine.chunks`).

Either way the task (matcher, registry, options) is sent to every worker
once, at most a few partitions per worker are in flight, and results come
back in input order, so the output is that of the local engine.
"""

from __future__ import annotations

import dataclasses
from collections import deque
from contextlib import contextmanager
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Iterable, Iterator, NamedTuple, TypeVar

from framing.corpus.readers import MAX_DOCUMENT_BYTES
from framing.engine import AHEAD, Engine, chunks, reissue, run_recording
from framing.errors import InputError, UsageError
from framing.model import Document

R = TypeVar("R")

#: Bytes of JSONL per partition.
BLOCKSIZE = 4 * 2**20
INSTALL = 'pip install "framing[dask]"'


def check_installed() -> None:
    """A :class:`UsageError` saying how to install Dask, unless it is installed."""
    try:
        import dask.bag  # noqa: F401
        import distributed  # noqa: F401
    except ImportError:
        raise UsageError(f"--engine dask needs Dask: {INSTALL}") from None


def is_url(source: str) -> bool:
    """Whether ``source`` is an fsspec URL (``s3://...``, ``gs://...``, ``file://...``)."""
    return "://" in source


def check_sources(sources: Iterable[str], engine: Engine) -> None:
    """A :class:`UsageError` for a URL corpus on any engine but Dask, or one that is not JSONL."""
    for source in sources:
        if not is_url(source):
            continue
        if engine.name != "dask":
            raise UsageError(f"{source}: a URL corpus is read by Dask workers; add --engine dask ({INSTALL})")
        if not source.lower().endswith(".jsonl"):
            raise UsageError(f"{source}: only JSONL files (.jsonl) can be read from a URL")
        if not all(is_url(s) or Path(s).is_file() for s in sources):
            raise UsageError(f"{source}: a URL corpus can be combined only with other .jsonl files")


@dataclasses.dataclass(frozen=True)
class JsonlSources:
    """Corpus sources that are all JSONL files or URLs, read by the Dask workers.

    Iterated here (any other engine), it streams the documents of local files
    as :func:`framing.corpus.load_corpora` does; URLs need ``--engine dask``.
    """

    sources: tuple[str, ...]
    #: The largest line (document) read, in bytes.
    limit: int = MAX_DOCUMENT_BYTES

    @classmethod
    def of(cls, sources: Iterable[str], limit: int = MAX_DOCUMENT_BYTES) -> JsonlSources | None:
        """The sources as :class:`JsonlSources` if they all are JSONL files or URLs, else None."""
        found = tuple(sources)
        ok = bool(found) and all(s.lower().endswith(".jsonl") and (is_url(s) or Path(s).is_file()) for s in found)
        return cls(found, limit) if ok else None

    def __iter__(self) -> Iterator[Document]:
        from framing.corpus import load_corpora

        check_sources(self.sources, Engine())
        return load_corpora(self.sources, max_bytes=self.limit)


@contextmanager
def _client(engine: Engine) -> Iterator[Any]:
    import logging

    from distributed import Client, LocalCluster

    if engine.scheduler is not None:
        try:
            client = Client(engine.scheduler, timeout="10s")
        except OSError as e:
            raise UsageError(f"cannot reach the Dask scheduler at {engine.scheduler}: {e}") from None
        with client:
            yield client
        return
    with LocalCluster(n_workers=engine.jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        yield client


def map_chunks_dask(task: Callable[[list[Document]], R], documents: Iterable[Document], engine: Engine
                    ) -> Iterator[R]:
    """:func:`framing.engine.map_chunks` on a Dask cluster, results in input order."""
    with _client(engine) as client:
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        shared = client.scatter(task, broadcast=True, hash=False)
        window = workers * AHEAD
        if isinstance(documents, JsonlSources):
            submitted = _jsonl_partitions(client, shared, documents)
            seen: dict[str, str] = {}
            lines_before: dict[str, int] = {}  # per file, the lines of its blocks read so far
            for label, ids, outcome, lines in _in_order(submitted, window):
                if isinstance(outcome, _BadLine):  # numbered within its block: number it within the file
                    raise InputError(outcome.message, path=label, line=lines_before.get(label, 0) + outcome.line)
                _check_unique(label, ids, seen)
                lines_before[label] = lines_before.get(label, 0) + lines
                yield reissue(outcome)
        else:
            submitted = (client.submit(run_recording, shared, chunk, pure=False) for chunk in chunks(documents))
            for outcome in _in_order(submitted, window):
                yield reissue(outcome)


def _in_order(futures: Iterator[Any], window: int) -> Iterator[Any]:
    pending: deque[Any] = deque()
    try:
        for future in futures:
            pending.append(future)
            while len(pending) >= window:
                yield pending.popleft().result()
        while pending:
            yield pending.popleft().result()
    finally:
        for future in pending:
            future.cancel()


def _jsonl_partitions(client: Any, shared: Any, sources: JsonlSources) -> Iterator[Any]:
    import dask.bag

    from framing.corpus.manifest import Manifest, load_manifest

    for source in sources.sources:
        if is_url(source):
            manifest, name = Manifest(), PurePosixPath(source).name
        else:
            path = Path(source)
            manifest, name = load_manifest(path.parent, str(Path(source).parent)), path.name
        try:
            bag = dask.bag.read_text(source, blocksize=BLOCKSIZE, linedelimiter="\n", encoding="utf-8")
        except ImportError as e:  # fsspec names the package a protocol needs (s3fs, gcsfs, ...)
            raise UsageError(f"{source}: {e}") from None
        except (OSError, ValueError) as e:
            raise InputError(f"cannot read: {e}", path=source) from None
        for number, block in enumerate(bag.to_delayed()):
            lines = client.compute(block)
            yield client.submit(_run_block, shared, lines, source, manifest, name, number == 0, sources.limit,
                                pure=False)


class _BadLine(NamedTuple):
    """A line of a block that is no document: the reader's message, and the line's number in its block."""

    message: str
    line: int


def _run_block(task: Callable[[list[Document]], R], lines: list[str], label: str, manifest: Any, name: str,
               first: bool, limit: int = MAX_DOCUMENT_BYTES) -> tuple[str, list[str], Any, int]:
    """Parse one block of JSONL lines and run the task on its documents (on a worker).

    Returns the file, the documents' ids, the task's outcome (or the first
    :class:`_BadLine`) and the number of lines in the block.
    """
    from framing.corpus.readers import parse_record, too_large

    docs = []
    for i, line in enumerate(lines):
        line = line.removesuffix("\n").removesuffix("\r")
        if first and i == 0:
            line = line.removeprefix("\ufeff")
        if not line.strip():
            continue
        try:
            # a character is at most 4 bytes: most lines need not be encoded to be measured
            if len(line) > limit // 4 and len(line.encode("utf-8", "surrogatepass")) > limit:
                raise too_large(label, limit, i + 1)
            doc = parse_record(line, label, i + 1)
        except InputError as e:
            return label, [], _BadLine(e.message, i + 1), len(lines)
        docs.append(manifest.apply(dataclasses.replace(doc, meta={"file": name})))
    return label, [d.id for d in docs], run_recording(task, docs), len(lines)


def _check_unique(label: str, ids: list[str], seen: dict[str, str]) -> None:
    for doc_id in ids:
        if doc_id in seen:
            raise InputError(f"duplicate document id {doc_id!r} (also in {seen[doc_id]})", path=label)
        seen[doc_id] = label

"""Where the map runs: in this process, in local worker processes, or on a Dask cluster.

Work is handed to an engine as a *chunk task*: a picklable callable taking a
list of documents (a chunk) and returning one result for it (see
:mod:`framing.mapping`). :func:`map_chunks` cuts the documents into chunks,
runs the task on each and yields the results **in input order**, whatever
engine ran them, so output does not depend on the engine or on ``jobs``.

- ``local`` with ``jobs=1``: in this process, one document per chunk; no
  pool, no pickling (the path the tool always had).
- ``local`` with ``jobs=N``: a pool of N worker processes. The task (lexicon
  matcher, actor registry, options) goes to each worker once, through the
  pool's initializer; each submission carries only a chunk of documents
  (about :data:`CHUNK_CHARS` characters). At most ``N * AHEAD`` chunks are in
  flight, so the corpus is read only a little ahead of the workers and
  memory stays flat. A corpus of one chunk runs in this process.
- ``dask``: the same task on a Dask cluster (:mod:`framing.engine_dask`).

Examples
--------
>>> from framing.model import Document
>>> docs = [Document(id=str(i), text="x" * 10) for i in range(5)]
>>> list(map_chunks(len, docs, Engine(jobs=1)))
[1, 1, 1, 1, 1]
>>> [len(c) for c in chunks(docs, chars=25)]
[3, 2]
"""

from __future__ import annotations

import os
import warnings
from collections import deque
from dataclasses import dataclass
from itertools import chain
from typing import Any, Callable, Iterable, Iterator, TypeVar

from framing.errors import UsageError
from framing.model import Document

R = TypeVar("R")

#: The engines by name (``--engine``).
ENGINES = ("local", "dask")
#: A chunk closes once its documents hold this many characters ...
CHUNK_CHARS = 200_000
#: ... or this many documents.
CHUNK_DOCS = 200
#: Chunks in flight per worker: enough to keep every worker busy, few enough
#: that read-ahead stays small.
AHEAD = 2
#: The most worker processes (``--jobs``): far more than cores only costs memory.
MAX_JOBS = 512


@dataclass(frozen=True)
class Engine:
    """How to run the map: ``name`` (``local`` or ``dask``), ``jobs`` worker
    processes (local), and the Dask ``scheduler`` address (None: a
    ``LocalCluster`` on this machine)."""

    name: str = "local"
    jobs: int = 1
    scheduler: str | None = None

    @property
    def in_process(self) -> bool:
        """Whether the map runs here, one document at a time (``local``, one job)."""
        return self.name == "local" and self.jobs == 1


def default_jobs() -> int:
    """The default ``--jobs``: the number of cores this process may run on (a container's
    CPU set or ``taskset`` counts, not the machine's cores)."""
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0)) or 1
    return os.cpu_count() or 1


def check_engine(name: str = "local", jobs: int | None = None, scheduler: str | None = None) -> Engine:
    """A valid :class:`Engine`, or a :class:`UsageError` saying what to change.

    ``jobs`` None means :func:`default_jobs`. ``--engine dask`` needs the
    optional extra ``framing[dask]``.
    """
    if name not in ENGINES:
        raise UsageError(f"unknown --engine {name!r}; choose from: {', '.join(ENGINES)}")
    if jobs is not None and jobs < 1:
        raise UsageError(f"--jobs must be 1 or more, got {jobs}")
    if jobs is not None and jobs > MAX_JOBS:
        raise UsageError(f"--jobs must be at most {MAX_JOBS}, got {jobs}")
    if scheduler is not None and name != "dask":
        raise UsageError("--scheduler is the address of a Dask scheduler; give it with --engine dask")
    if name == "dask":
        from framing.engine_dask import check_installed

        check_installed()
    return Engine(name=name, jobs=default_jobs() if jobs is None else jobs, scheduler=scheduler)


def chunks(documents: Iterable[Document], *, chars: int | None = None, docs: int | None = None
           ) -> Iterator[list[Document]]:
    """Consecutive lists of documents of about ``chars`` characters (at most ``docs`` documents);
    by default :data:`CHUNK_CHARS` and :data:`CHUNK_DOCS`."""
    chars = CHUNK_CHARS if chars is None else chars
    docs = CHUNK_DOCS if docs is None else docs
    chunk: list[Document] = []
    size = 0
    for doc in documents:
        chunk.append(doc)
        size += len(doc.text)
        if size >= chars or len(chunk) >= docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def map_chunks(task: Callable[[list[Document]], R], documents: Iterable[Document], engine: Engine = Engine()
               ) -> Iterator[R]:
    """``task(chunk)`` for consecutive chunks of ``documents``, in input order.

    ``task`` must be picklable (a module-level function or an instance of a
    module-level class) for any engine but ``local`` with one job.
    """
    if engine.name == "dask":
        from framing.engine_dask import map_chunks_dask

        return map_chunks_dask(task, documents, engine)
    if engine.in_process:
        return (task(chunk) for chunk in chunks(documents, docs=1))
    return _pool_map(task, chunks(documents), engine.jobs)


# -- the local process pool ---------------------------------------------------

_TASK: Callable[[list[Document]], Any] | None = None


def _install(task: Callable[[list[Document]], Any], parent: int) -> None:
    """Pool initializer: keep the task in the worker (sent once, not per chunk), and end
    the worker if the main process goes away without shutting the pool down (killed)."""
    global _TASK
    _TASK = task
    import threading

    threading.Thread(target=_orphaned, args=(parent,), daemon=True).start()


def _orphaned(parent: int) -> None:
    import time

    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)


def run_recording(task: Callable[[list[Document]], R], chunk: list[Document]
                  ) -> tuple[R, list[tuple[str, type[Warning]]]]:
    """``task(chunk)`` and the warnings it issued, to be re-issued where the output is written."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = task(chunk)
    return result, [(str(w.message), w.category) for w in caught]


def _run(chunk: list[Document]) -> tuple[Any, list[tuple[str, type[Warning]]]]:
    assert _TASK is not None, "the pool initializer did not run"
    return run_recording(_TASK, chunk)


def reissue(outcome: tuple[R, list[tuple[str, type[Warning]]]]) -> R:
    """The result of :func:`run_recording`, its warnings issued again here."""
    result, caught = outcome
    for message, category in caught:
        warnings.warn(message, category, stacklevel=2)
    return result


def _context() -> Any:
    import multiprocessing

    # fork shares the parent's loaded modules (no re-import per worker); the
    # task is still handed over by the initializer, never per chunk.
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")


def _pool_map(task: Callable[[list[Document]], R], parts: Iterator[list[Document]], jobs: int) -> Iterator[R]:
    first = next(parts, None)
    if first is None:
        return
    second = next(parts, None)
    if second is None:  # one chunk: a pool would only add its start-up
        yield task(first)
        return
    import gc
    from concurrent.futures import ProcessPoolExecutor

    # Forked workers share the parent's objects copy-on-write; the collector would
    # touch (and so copy) every page of them. Frozen, they stay shared.
    gc.freeze()
    pool = ProcessPoolExecutor(jobs, mp_context=_context(), initializer=_install, initargs=(task, os.getpid()))
    pending: deque[Any] = deque()
    try:
        for chunk in chain((first, second), parts):
            pending.append(pool.submit(_run, chunk))
            while len(pending) >= jobs * AHEAD:
                yield reissue(pending.popleft().result())
        while pending:
            yield reissue(pending.popleft().result())
    finally:
        for future in pending:
            future.cancel()
        pool.shutdown(wait=True, cancel_futures=True)
        gc.unfreeze()

"""What a command works on, resolved from names: the corpus, the merged registry and the lexicon.

A corpus source is a file, a folder, ``-`` (stdin) or a bundled corpus name;
its registry is its own ``actors.yml`` merged with the registries given
(files, corpus folders or bundled corpus names; later ones win). The lexicon
is the merge of the lexicons given (files or bundled names), the bundled
``unrest`` when none is. Documents are streamed, never read ahead of the map.

>>> inputs = load_inputs(["kazakhstan-2022"], [], [])
>>> inputs.registry.get("kz_government").name
'Kazakhstan (government)'
>>> inputs.lexicon.frame_ids[:3]
('terrorism', 'restraint', 'dialogue')
>>> next(iter(inputs.documents)).id
'almayadeen-2022-01-06'
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Callable, Iterable, Iterator

from framing import resources
from framing.corpus_defaults import MAX_DOCUMENT_BYTES
from framing.engine import Engine
from framing.model import Document, Lexicon

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.corpus.columns import Columns
    from framing.lexicon import Matcher

#: The corpus read when a command is given none.
DEFAULT_CORPUS = "kazakhstan-2022"

Provenance = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Inputs:
    """Documents (streamed), the merged registry, the lexicon and its compiled matcher."""

    documents: Iterator[Document]
    registry: ActorRegistry
    lexicon: Lexicon
    matcher: Matcher
    #: (name, sha256) of each lexicon read, for the tables' metadata.
    provenance: Provenance
    #: Where the map over documents runs.
    engine: Engine = Engine()


def load_inputs(sources: list[str] | None, lexicons: list[str] | None, actors: list[str] | None, *,
                lexicon_format: str | None = None, negation: str | None = None, engine: Engine = Engine(),
                max_document_bytes: int = MAX_DOCUMENT_BYTES, columns: Columns | None = None,
                on_note: Callable[[object], None] | None = None,
                watch: Callable[[Iterator[Document], Callable[[], int | None]], Iterator[Document]] | None = None,
                ) -> Inputs:
    """Resolve a command's inputs; ``on_note`` hears the lexicon readers' repairs, ``watch`` (given
    the documents and a function that counts them) may wrap the stream, to show progress."""
    from framing.lexicon import compile_lexicon, load_lexicons, with_negation

    sources = sources or [DEFAULT_CORPUS]
    registry = build_registry(sources, actors or [])
    lexicon, provenance = load_lexicons(lexicons or [], fmt=lexicon_format, on_note=on_note)
    lexicon = with_negation(lexicon, negation)
    documents = read_sources(sources, engine, max_document_bytes, columns, watch)
    return Inputs(documents, registry, lexicon, compile_lexicon(lexicon), provenance, engine)


def read_sources(sources: list[str], engine: Engine, limit: int = MAX_DOCUMENT_BYTES,
                 columns: Columns | None = None, watch: Callable | None = None) -> Iterator[Document]:
    """The corpus, streamed; on Dask, JSONL files and URLs are read by the workers themselves
    (tables, like folders, are read here and sent to them)."""
    from framing.corpus import load_corpora
    from framing.engine_dask import JsonlSources, check_sources

    check_sources(sources, engine)
    if engine.name == "dask":
        remote = JsonlSources.of(sources, limit)
        if remote is not None:
            return remote  # type: ignore[return-value]
    documents = load_corpora(sources, max_bytes=limit, columns=columns)
    if watch is None:
        return documents
    from framing.corpus.count import corpus_size

    return watch(documents, lambda: corpus_size(sources))


def registry_sources(sources: Iterable[str], actors: Iterable[str]) -> list[str]:
    """The registries to merge, in order: each corpus source's own ``actors.yml``,
    then the ``actors`` given (files, corpus folders or bundled corpus names)."""
    from framing.corpus import corpus_registry_path

    found: list[str] = []
    for source in sources:
        path = corpus_registry_path(source)
        if path is not None and str(path) not in found:
            found.append(str(path))
    return [*found, *actors]


def build_registry(sources: Iterable[str], actors: Iterable[str]) -> ActorRegistry:
    """The merged registry for these corpus sources and registries (later wins).

    >>> [actor.id for actor in build_registry([], ["kazakhstan-2022"]).actors][:4]
    ['china', 'csto', 'eu', 'kz_government']
    """
    from framing.actors import merge_registries
    from framing.registry_file import load_registry

    return merge_registries([load_registry(s) for s in registry_sources(sources, actors)])


def input_files(sources: Iterable[str], lexicons: Iterable[str], actors: Iterable[str]) -> list[Path]:
    """Every file a command reads: the documents of each corpus source with their
    ``corpus.yml`` and ``actors.yml``, the lexicons (or the default one) and the
    registries; bundled names resolved. Outputs are checked against them."""
    from framing.corpus import source_files
    from framing.lexicon import DEFAULT_LEXICON

    sources = list(sources)
    files = [path for source in sources for path in source_files(source)]
    files += lexicon_files(list(lexicons) or [DEFAULT_LEXICON])
    for name in registry_sources(sources, actors):
        bundled = resources.corpus_path(name)
        files += _existing(Path(name), Path(name) / "actors.yml", bundled / "actors.yml" if bundled else None)
    return files


def lexicon_files(names: Iterable[str]) -> list[Path]:
    """The files of these lexicon names: files, or bundled lexicons by name."""
    return [path for name in names for path in _existing(Path(name), resources.lexicon_path(name))]


def _existing(*candidates: Path | None) -> list[Path]:
    """The candidates that are files (a name the system cannot stat is none)."""
    found = []
    for path in candidates:
        try:
            if path is not None and path.is_file():
                found.append(path)
        except OSError:
            pass
    return found

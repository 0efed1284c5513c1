"""The rows of the listing commands: ``actors``, ``actors --unknown``, ``corpora`` and ``lexicons``.

Each function returns ``(headers, rows)`` for :func:`framing.records.iter_records`,
so every listing comes out in every format.

>>> from framing.inputs import build_registry
>>> headers, rows = actor_rows(build_registry([], ["kazakhstan-2022"]))
>>> headers
('id', 'name', 'ar', 'en', 'ru')
>>> rows[0][:2]
('china', 'China')
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator

from framing.errors import UsageError

if TYPE_CHECKING:
    from framing.actors import ActorRegistry
    from framing.model import Lexicon
    from framing.engine import Engine
    from framing.model import Document

Listing = tuple[tuple[str, ...], Iterable[tuple[Any, ...]]]

#: The columns of ``actors --unknown``.
UNKNOWN_COLUMNS = ("mention", "lang", "statements", "documents", "example")


def actor_rows(registry: ActorRegistry) -> Listing:
    """One row per actor: id, name and its number of aliases in each language."""
    langs = sorted({code for actor in registry.actors for code in actor.aliases})
    rows = [(actor.id, actor.name, *(len(actor.aliases.get(code, ())) for code in langs))
            for actor in registry.actors]
    return ("id", "name", *langs), rows


def alias_rows(registry: ActorRegistry, actor_id: str) -> Listing:
    """One row per alias of one actor, by language; an id the registry lacks is a :class:`UsageError`."""
    actor = registry.get(actor_id)
    if actor is None:
        known = ", ".join(a.id for a in registry.actors) or "none"
        raise UsageError(f"no actor {actor_id!r} in the registry (actors: {known})")
    return ("id", "lang", "alias"), [(actor.id, code, alias) for code in sorted(actor.aliases)
                                     for alias in actor.aliases[code]]


def unknown_speakers_in(documents: Iterable[Document], registry: ActorRegistry, engine: Engine | None = None
                        ) -> list:
    """The speakers of ``documents`` that no alias of ``registry`` matched
    (:class:`framing.discover.UnknownSpeaker`), most statements first."""
    from framing.discover import unknown_speakers
    from framing.mapping import extracted

    return unknown_speakers(extracted(documents, registry, engine=engine))


def unknown_rows(speakers: Iterable[Any]) -> Listing:
    """The rows of :data:`UNKNOWN_COLUMNS`, one per unknown speaker."""
    return UNKNOWN_COLUMNS, [(s.mention, s.lang, s.statements, s.documents, s.example) for s in speakers]


def bundled_corpus_rows() -> Listing:
    """One row per bundled corpus: its name, documents, whether it has a registry, its description."""
    from framing import resources
    from framing.corpus import corpus_manifest, corpus_registry_path, load_corpus

    rows = [(name, sum(1 for _ in load_corpus(name)), "yes" if corpus_registry_path(name) else "no",
             corpus_manifest(name).description) for name in resources.bundled_corpora()]
    return ("name", "documents", "actors", "description"), rows


def document_rows(documents: Iterable[Document]) -> Listing:
    """One row per document (streamed): its metadata and length in characters."""
    rows: Iterator[tuple[Any, ...]] = ((d.id, d.source, d.date, d.lang, d.title, d.url, len(d.text))
                                       for d in documents)
    return ("id", "source", "date", "lang", "title", "url", "chars"), rows


def bundled_lexicon_rows(on_note: Callable[[object], None] | None = None) -> Listing:
    """One row per bundled lexicon: its name, frames, entries, languages and description."""
    from framing import resources
    from framing.lexicon import load_lexicon

    rows = []
    for name in resources.bundled_lexicons():
        lexicon = load_lexicon(name, on_note=on_note)
        langs = sorted({code for frame in lexicon.frames for code in frame.terms})
        rows.append((name, len(lexicon.frames), entry_count(lexicon), ",".join(langs), lexicon.description))
    return ("name", "frames", "terms", "languages", "description"), rows


def entry_count(lexicon: Lexicon) -> int:
    """The entries of a lexicon: its terms, counted once per frame and language."""
    return sum(len(terms) for frame in lexicon.frames for terms in frame.terms.values())


def term_rows(lexicon: Lexicon) -> Listing:
    """One row per frame and language: its terms (weights in parentheses) and the frame's description."""
    from framing.lexicon.table_format import format_weight

    def cell(terms: tuple[str, ...], weights: dict[str, float]) -> str:
        return ", ".join(f"{t} ({format_weight(weights[t])})" if t in weights else t for t in terms)

    rows = [(frame.id, code, cell(frame.terms[code], dict(frame.weights.get(code, {}))), frame.description)
            for frame in lexicon.frames for code in sorted(frame.terms)]
    return ("frame", "lang", "terms", "description"), rows

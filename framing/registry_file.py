"""Reading actor registries from YAML files (or bundled corpus names), with errors at file:line.

The format is described in :mod:`framing.actors`; this module is its only
reader, so ``framing.actors`` stays pure.
"""

from __future__ import annotations

from pathlib import Path

from framing import languages, resources, yaml_text
from framing.actors import ID_RE, KINDS, PHRASE_BREAK, ActorRegistry, alias_key, compile_alias
from framing.errors import RegistryError
from framing.model import Actor
from framing.yaml_shape import STR, Fields, ListOf, MapOf, Value, one_of, read


def _actor_id(actor_id: str) -> None:
    if not ID_RE.fullmatch(actor_id):
        raise ValueError(f"actor id {actor_id!r} must be lower-case letters, digits and _")


def _language(code: str) -> None:
    if code not in languages.codes():
        raise ValueError(f"unknown language {code!r}; choose one of {', '.join(languages.codes())}")


_ACTOR = Fields({
    "name": STR,
    "kind": one_of(*KINDS),
    "aliases": MapOf(ListOf(STR), keys=_language, expected="a mapping of language to a list of aliases"),
}, required=("aliases",), expected="a mapping with 'aliases'")
#: The shape of an actor registry file.
_REGISTRY = Fields({
    "actors": MapOf(_ACTOR, keys=_actor_id, if_empty="give at least one actor",
                    expected="a mapping of actor id to name and aliases"),
    "name": STR,
    "description": STR,
}, required=("actors",), expected="a mapping with 'actors'")


def load_registry(source: str | Path) -> ActorRegistry:
    """Read a registry: a YAML file, a corpus folder holding ``actors.yml``, or a bundled corpus name.

    Raises
    ------
    RegistryError
        naming the file and line of the problem.
    """
    path = Path(source)
    if "\x00" in str(source):
        raise RegistryError("not a file name (contains a NUL character)", path=repr(str(source)))
    try:
        path = _registry_path(path, source)
        data = path.read_bytes()
    except FileNotFoundError:
        raise RegistryError("no such file", path=str(path)) from None
    except OSError as e:  # unreadable, a name too long, a symbolic link that loops
        raise RegistryError(f"cannot read: {e.strerror}", path=str(path)) from None
    return parse_registry(data, path=str(path))


def _registry_path(path: Path, source: str | Path) -> Path:
    """The file a registry source names: itself, a folder's actors.yml, a bundled corpus's actors.yml."""
    if path.is_dir():
        path = path / "actors.yml"
    elif not path.exists() and resources.corpus_path(str(source)) is not None:
        path = resources.corpus_path(str(source)) / "actors.yml"
    elif not path.exists():
        corpora = ", ".join(resources.bundled_corpora()) or "none"
        raise RegistryError(f"no such registry file or bundled corpus (bundled: {corpora})", path=str(source))
    return path


def parse_registry(data: bytes | str, *, path: str = "<registry>") -> ActorRegistry:
    """Build a registry from YAML text; ``path`` is used in error messages only."""
    if isinstance(data, bytes):
        if b"\x00" in data:
            raise RegistryError("binary file, expected UTF-8 YAML", path=path)
        try:
            data = data.decode("utf-8-sig")
        except UnicodeDecodeError as e:
            line = data[: e.start].count(b"\n") + 1
            raise RegistryError(f"not UTF-8 text (byte 0x{data[e.start]:02x})", path=path, line=line) from None
    return _build(read(yaml_text.parse(data, path, RegistryError), _REGISTRY, file=path, error=RegistryError,
                       label="the registry"))


def _build(top: Value) -> ActorRegistry:
    actors: list[Actor] = []
    kinds: dict[str, str] = {}
    owners: dict[tuple[str, tuple[str, ...]], tuple[str, int]] = {}
    for actor_id, fields in top.data["actors"].items():
        name = fields.get("name")
        if "kind" in fields.data:
            kinds[actor_id] = fields.data["kind"].data
        aliases = {lang: _aliases(actor_id, lang, items, owners) for lang, items in fields.data["aliases"].items()}
        actors.append(Actor(actor_id, name.data if name else actor_id, dict(sorted(aliases.items()))))
    return ActorRegistry(actors, kinds=kinds)


def _aliases(actor_id: str, lang: str, items: Value, owners: dict[tuple[str, tuple[str, ...]], tuple[str, int]]
             ) -> tuple[str, ...]:
    """An actor's aliases in one language, each once; an alias of another actor (in ``owners``) is an error."""
    kept: list[str] = []
    for item in items.data:
        alias = item.data.strip()
        if PHRASE_BREAK.search(alias):
            raise item.error(f"{items.path}: alias {alias!r} contains punctuation that ends a phrase; split it")
        compiled = compile_alias(alias, lang, actor_id)
        if compiled is None:
            raise item.error(f"{items.path}: alias {alias!r} has no letters or digits")
        other, other_line = owners.setdefault(alias_key(compiled, lang), (actor_id, item.line))
        if other != actor_id:
            raise item.error(f"{items.path}: alias {alias!r} is also an alias of {other!r} (line {other_line}); "
                             f"an alias must name one actor")
        if alias not in kept:
            kept.append(alias)
    return tuple(kept)

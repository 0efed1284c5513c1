"""Reading actor registries from YAML files (or bundled corpus names), with errors at file:line.

The format is described in :mod:`framing.actors`; this module is its only
reader, so ``framing.actors`` stays pure.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from framing import languages, resources, yaml_text
from framing.actors import ID_RE, KINDS, PHRASE_BREAK, ActorRegistry, alias_key, compile_alias
from framing.errors import RegistryError, refuse_deep_nesting
from framing.model import Actor

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
    try:
        with refuse_deep_nesting(RegistryError, path):
            root = yaml_text.compose(data)
    except yaml.MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        what = ", ".join(part for part in (e.context, e.problem) if part)
        raise RegistryError(f"invalid YAML: {what}", path=path, line=mark.line + 1 if mark else None) from None
    except yaml.reader.ReaderError as e:
        line = data[: e.position].count("\n") + 1
        char = e.character if isinstance(e.character, str) else chr(e.character)
        raise RegistryError(
            f"invalid YAML: control character U+{ord(char):04X} is not allowed", path=path, line=line
        ) from None
    except yaml.YAMLError as e:
        raise RegistryError(f"invalid YAML: {e}", path=path) from None
    if root is None:
        raise RegistryError("empty registry; expected a mapping with 'actors:'", path=path, line=1)
    return _build(root, path)


def _fail(message: str, node: yaml.Node, path: str) -> RegistryError:
    return RegistryError(message, path=path, line=node.start_mark.line + 1)


def _type(node: yaml.Node) -> str:
    if isinstance(node, yaml.MappingNode):
        return "mapping"
    if isinstance(node, yaml.SequenceNode):
        return "list"
    return node.tag.rsplit(":", 1)[-1]


def _mapping(node: yaml.Node, where: str, path: str, allowed: tuple[str, ...] | None = None) -> dict[str, tuple[yaml.Node, yaml.Node]]:
    """A mapping node as key -> (key node, value node), rejecting duplicates and unknown keys."""
    if not isinstance(node, yaml.MappingNode):
        raise _fail(f"{where} must be a mapping, got {_type(node)}", node, path)
    out: dict[str, tuple[yaml.Node, yaml.Node]] = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise _fail(f"{where}: keys must be plain words, got a {_type(key)}", key, path)
        if key.value in out:
            first = out[key.value][0].start_mark.line + 1
            raise _fail(f"{where}: duplicate key {key.value!r} (first at line {first})", key, path)
        if allowed is not None and key.value not in allowed:
            raise _fail(f"{where}: unknown key {key.value!r}; expected {', '.join(allowed)}", key, path)
        out[key.value] = (key, value)
    return out


def _string(node: yaml.Node, where: str, path: str) -> str:
    if not (isinstance(node, yaml.ScalarNode) and node.tag == "tag:yaml.org,2002:str"):
        raise _fail(f"{where} must be a string, got {_type(node)} (quote it)", node, path)
    return node.value


def _build(root: yaml.Node, path: str) -> ActorRegistry:
    top = _mapping(root, "the registry", path, ("actors", "name", "description"))
    if "actors" not in top:
        raise _fail("missing 'actors:' mapping of actor id to name and aliases", root, path)
    entries = _mapping(top["actors"][1], "actors", path)
    if not entries:
        raise _fail("actors has no actors", top["actors"][1], path)
    codes = languages.codes()
    actors: list[Actor] = []
    kinds: dict[str, str] = {}
    owners: dict[tuple[str, tuple[str, ...]], tuple[str, int]] = {}
    for actor_id, (key_node, node) in entries.items():
        if not ID_RE.fullmatch(actor_id):
            raise _fail(f"actor id {actor_id!r} must be lower-case letters, digits and _", key_node, path)
        where = f"actors.{actor_id}"
        fields = _mapping(node, where, path, ("name", "kind", "aliases"))
        name = _string(fields["name"][1], f"{where}.name", path) if "name" in fields else actor_id
        if "kind" in fields:
            kind = _string(fields["kind"][1], f"{where}.kind", path)
            if kind not in KINDS:
                raise _fail(f"{where}.kind must be one of {', '.join(KINDS)}, got {kind!r}", fields["kind"][1], path)
            kinds[actor_id] = kind
        if "aliases" not in fields:
            raise _fail(f"{where} has no aliases", key_node, path)
        aliases: dict[str, tuple[str, ...]] = {}
        for lang, (lang_node, seq) in _mapping(fields["aliases"][1], f"{where}.aliases", path).items():
            if lang not in codes:
                raise _fail(f"{where}.aliases: unknown language {lang!r}; choose one of {', '.join(codes)}", lang_node, path)
            here = f"{where}.aliases.{lang}"
            if not isinstance(seq, yaml.SequenceNode):
                raise _fail(f"{here} must be a list of strings, got {_type(seq)}", seq, path)
            kept: list[str] = []
            for item in seq.value:
                alias = _string(item, f"{here} item", path).strip()
                line = item.start_mark.line + 1
                if PHRASE_BREAK.search(alias):
                    raise _fail(f"{here}: alias {alias!r} contains punctuation that ends a phrase; split it", item, path)
                compiled = compile_alias(alias, lang, actor_id)
                if compiled is None:
                    raise _fail(f"{here}: alias {alias!r} has no letters or digits", item, path)
                other, other_line = owners.setdefault(alias_key(compiled, lang), (actor_id, line))
                if other != actor_id:
                    raise _fail(
                        f"{here}: alias {alias!r} is also an alias of {other!r} (line {other_line}); "
                        f"an alias must name one actor",
                        item, path,
                    )
                if alias not in kept:
                    kept.append(alias)
            aliases[lang] = tuple(kept)
        actors.append(Actor(actor_id, name, dict(sorted(aliases.items()))))
    return ActorRegistry(actors, kinds=kinds)

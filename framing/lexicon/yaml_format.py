"""The native lexicon format, YAML::

    name: unrest
    description: Frames for reporting on civil unrest.
    negation:                      # optional; false turns negation off
      mode: include                # a negated term counts, as `negated` (or: exclude)
      window: 3
      negators: {en: [not, no, never]}
      pseudo_negators: {en: [not only]}
    frames:
      terrorism:
        description: The unrest as terrorism, banditry or extremism.
        terms:
          en: ["terror*", "bandit*", "counter-terrorism", {"armed gang*": 2}]
          ar: ["إرهاب*", "عصاب*"]

A term is a string, or a one-entry mapping ``{term: weight}`` for an entry
whose weight is not 1. ``negation`` may also be given per frame, replacing
the lexicon's. Missing negation keys and languages fall back to the
defaults of :mod:`framing.languages`.

Read from yaml's node graph against the shape :data:`LEXICON`
(:mod:`framing.yaml_shape`), not from constructed Python objects, so every
error names the line and the path of the offending node. Strict about
structure (unknown keys, wrong types, duplicate keys are errors); a term
repeated within one list is counted once with a note.

A YAML file whose top level has no ``frames`` key and only mappings and
lists as values is a quanteda dictionary (:mod:`framing.lexicon.quanteda_format`).
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from framing import yaml_text
from framing.errors import LexiconError
import framing.lexicon.schema as schema
from framing.lexicon.quanteda_format import is_quanteda, parse_quanteda_node
from framing.lexicon.report import Report
from framing.model import NEGATION_MODES, Frame, Lexicon, Negation
from framing.yaml_shape import BOOL, INT, NUMBER, STR, Either, Fields, ListOf, MapOf, Pair, Value, one_of, read

_WORDS = MapOf(ListOf(STR), keys=schema.check_lang, expected="a mapping of language to words")
_NEGATION = Either(BOOL, Fields({
    "mode": one_of(*NEGATION_MODES),
    "window": INT.but(expected="a whole number of tokens (0 turns negation off)", check=lambda n: n >= 0),
    "negators": _WORDS,
    "pseudo_negators": _WORDS,
}), expected="false or a mapping with 'window' and 'negators'")
_TERM = STR.but(check=lambda term: schema.check_term(term.strip()))
_WEIGHT = NUMBER.but(expected="a number (the term's weight)", check=lambda weight: schema.parse_weight(str(weight)))
_TERMS = ListOf(Either(_TERM, Pair(_TERM, _WEIGHT), expected="a string"),
                if_empty="give at least one term or drop the language")
_FRAME = Fields({
    "description": STR,
    "terms": MapOf(_TERMS, keys=schema.check_lang, if_empty="give terms under a language code (en, ar)",
                   expected="a mapping of language code to a list of terms"),
    "negation": _NEGATION,
}, required=("terms",), expected="a mapping with 'description' and 'terms'")
#: The shape of a native lexicon file.
LEXICON = Fields({
    "name": STR,
    "description": STR,
    "negation": _NEGATION,
    "frames": MapOf(_FRAME, keys=schema.check_frame_id, if_empty="give at least one frame",
                    expected="a mapping of frame id to frame"),
}, required=("frames",), expected="a mapping with 'frames'")


def parse_yaml(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a YAML lexicon from text: the native format, or a quanteda dictionary.

    Parameters
    ----------
    text : str
        The file content.
    path : str
        The name used in error messages.
    report : Report, optional
        Collects notes (repeated terms) and the line of every entry.

    Returns
    -------
    Lexicon
        With ``name`` as written (empty when absent), no ``sha256``/``path``.

    Raises
    ------
    LexiconError
        Naming ``path`` and the line, for a YAML syntax error or a lexicon
        that breaks the format.
    """
    report = report if report is not None else Report(path)
    root = yaml_text.parse(text, path, LexiconError)
    if is_quanteda(root):
        return parse_quanteda_node(root, path, report)
    top = read(root, LEXICON, file=path, error=LexiconError, label="the lexicon")
    negation = _negation(top.get("negation"))
    frames = tuple(_frame(frame_id, value, negation, report) for frame_id, value in top.data["frames"].items())
    return Lexicon(name=_string(top, "name"), description=_string(top, "description"), frames=frames)


def _string(value: Value, key: str) -> str:
    """A string field, stripped; empty when absent."""
    found = value.get(key)
    return found.data.strip() if found is not None else ""


def _frame(frame_id: str, value: Value, negation: Negation | None, report: Report) -> Frame:
    """A frame; its own ``negation`` replaces the lexicon's."""
    if "negation" in value.data:
        negation = _negation(value.data["negation"])
    terms: dict[str, tuple[str, ...]] = {}
    weights: dict[str, dict[str, float]] = {}
    for code, items in value.data["terms"].items():
        terms[code], found = _terms(items, frame_id, code, report)
        if found:
            weights[code] = found
    return Frame(id=frame_id, description=_string(value, "description"), terms=terms, weights=weights,
                 negation=negation)


def _terms(items: Value, frame_id: str, code: str, report: Report) -> tuple[tuple[str, ...], dict[str, float]]:
    """The terms of one language (each once, with a note for a repeat) and the weights that are not 1."""
    out: list[str] = []
    weights: dict[str, float] = {}
    for item in items.data:
        entry, weight = item.data if isinstance(item.data, tuple) else (item, None)
        term = entry.data.strip()
        if not report.entry(frame_id, code, term, entry.line):
            continue
        out.append(term)
        if weight is not None and float(weight.data) != 1:
            weights[term] = float(weight.data)
    return tuple(out), weights


def _negation(value: Value | None) -> Negation | None:
    """``negation:`` as written: true (the defaults), false (off), or a mapping of settings."""
    if value is None:
        return None
    if isinstance(value.data, bool):
        return Negation() if value.data else Negation(window=0)
    window, mode = value.get("window"), value.get("mode")
    return Negation(window=window.data if window else None, negators=_words(value.get("negators")),
                    pseudo=_words(value.get("pseudo_negators")), mode=mode.data if mode else None)


def _words(value: Value | None) -> dict[str, tuple[str, ...]]:
    """Negators by language, blanks left out."""
    if value is None:
        return {}
    return {code: tuple(w for w in (item.data.strip() for item in items.data) if w) for code, items in value.items()}


# -- writing ---------------------------------------------------------------

_PLAIN = re.compile(r"[A-Za-z_][\w./-]*")
_WIDTH = 100


def _key(key: str) -> str:
    """A mapping key, quoted only where YAML would read it as something else."""
    if _PLAIN.fullmatch(key) and yaml.safe_load(f"{key}: 0") == {key: 0}:
        return key
    return json.dumps(key, ensure_ascii=False)


def _scalar(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return json.dumps(value, ensure_ascii=False)


def _text(value: str) -> str:
    """A name or description: plain where YAML reads it back unchanged, else quoted."""
    if value and "\n" not in value and value == value.strip() and not value.startswith(("'", '"')):
        try:
            if yaml.safe_load(f"k: {value}") == {"k": value}:
                return value
        except yaml.YAMLError:
            pass
    return _scalar(value)


def _flow(items: list[str], indent: int) -> str:
    """A flow list, wrapped at about ``_WIDTH`` characters."""
    lines, current = [], "["
    pad = " " * (indent + 1)
    for i, item in enumerate(items):
        piece = item + ("," if i < len(items) - 1 else "]")
        if current != "[" and len(current) + 1 + len(piece) + indent > _WIDTH:
            lines.append(current)
            current = pad + piece
        else:
            current += ("" if current == "[" else " ") + piece
    lines.append(current if items else "[]")
    return "\n".join(lines)


def _negation_lines(negation: Negation, indent: int) -> list[str]:
    pad = " " * indent
    if negation.window == 0 and not negation.negators and not negation.pseudo:
        return [f"{pad}negation: false"]
    lines = [f"{pad}negation:"]
    if negation.mode is not None:
        lines.append(f"{pad}  mode: {negation.mode}")
    if negation.window is not None:
        lines.append(f"{pad}  window: {negation.window}")
    for key, table in (("negators", negation.negators), ("pseudo_negators", negation.pseudo)):
        if table:
            lines.append(f"{pad}  {key}:")
            for code in sorted(table):
                words = [_scalar(w) for w in table[code]]
                lines.append(f"{pad}    {code}: " + _flow(words, len(pad) + 8))
    return lines


def dump_yaml(lexicon: Lexicon, report: Report | None = None) -> str:
    """A lexicon as native YAML; :func:`parse_yaml` reads it back equal.

    Weighted terms are written as ``{term: weight}``; a negation setting
    shared by every frame is written once at the top.
    """
    lines = []
    if lexicon.name:
        lines.append(f"name: {_text(lexicon.name)}")
    if lexicon.description:
        lines.append(f"description: {_text(lexicon.description)}")
    shared = len({repr(f.negation) for f in lexicon.frames}) <= 1
    common = lexicon.frames[0].negation if shared and lexicon.frames else None
    if common is not None:
        lines.extend(_negation_lines(common, 0))
    lines.append("frames:")
    for frame in lexicon.frames:
        lines.append(f"  {_key(frame.id)}:")
        if frame.description:
            lines.append(f"    description: {_text(frame.description)}")
        if frame.negation is not None and not shared:
            lines.extend(_negation_lines(frame.negation, 4))
        lines.append("    terms:")
        for code in sorted(frame.terms):
            weights = frame.weights.get(code, {})
            items = [
                "{" + _scalar(t) + ": " + _scalar(weights[t]) + "}" if t in weights else _scalar(t)
                for t in frame.terms[code]
            ]
            lines.append(f"      {code}: " + _flow(items, 10))
    return "\n".join(lines) + "\n"

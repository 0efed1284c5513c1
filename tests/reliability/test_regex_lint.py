"""Every regular expression framing compiles has a linear shape (:mod:`regex_shapes`).

The patterns are collected in a fresh interpreter that records each
``re.compile`` and ``re.search``-style call made from framing's own code while
it imports every module of the package and then reads a small corpus in three
languages and a lexicon in every format: the module-level patterns, and those
built from language data or per call. How a compiled pattern is used (``match``
at one position or ``search`` over a text) is recorded too; a pattern never
used during the run counts as searched.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from regex_shapes import problems

HERE = Path(__file__).resolve().parent

HOSTILE = [
    (r"(a+)+", "nested"),
    (r"(\w+\s?)*", "nested"),
    (r"(?:\s*,?)*x", "nested"),
    (r"(?:aa|a)+", "alternation"),
    (r"(?:x\w|\wy)+", "alternation"),
    (r"\s*,?\s*", "adjacent"),
    (r"\w+\w*", "adjacent"),
    (r"\w+!", "scan"),
    (r"[.!?]+(?=x)", "scan"),
    (r"a[ab]*c", "scan"),
    (r"(?:[\s,;]+(?:and|but))+\s*$", "scan"),
    (r"(.*?\S)\s+((?:\d+\s*)+)", "nested"),
]
LINEAR = [
    r"(?:[^\W_]|[\u064b-\u065f])+", r"[^,.;:!?\r\n]{0,40},", r"(?<![.!?])[.!?]+(?=x)", r"\n[ \t]*\n", r",\s*x",
    r"\bfoo\w*!", r"[,;:،؛]|—|–|\s-\s", r"\s+", r"''|``|[\"“”«»]", r"(?:ab|ac)+", r"(?:the|they)+", r"^\w+:",
]
MATCHED_ONLY = [r"[^\S\n]*,", r"(?:\w+\s)*x", r"(?:[^,]+,)*"]  # linear at one position, quadratic searched


@pytest.mark.parametrize("pattern, rule", HOSTILE)
def test_lint_rejects_hostile_shapes(pattern, rule):
    assert any(p.startswith(rule) for p in problems(pattern)), problems(pattern)


@pytest.mark.parametrize("pattern", LINEAR)
def test_lint_accepts_linear_shapes(pattern):
    assert problems(pattern) == []


@pytest.mark.parametrize("pattern", MATCHED_ONLY)
def test_lint_judges_a_pattern_by_its_use(pattern):
    assert problems(pattern, searched=False) == []
    assert [p for p in problems(pattern) if p.startswith("scan")]


@pytest.fixture(scope="module")
def framing_patterns():
    out = subprocess.run([sys.executable, __file__, "collect"], capture_output=True, text=True, check=True,
                         env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}, timeout=300)
    return json.loads(out.stdout)


def test_the_collector_sees_framing_patterns(framing_patterns):
    sites = {site.split(":")[0] for p in framing_patterns for site in p["sites"]}
    assert len(framing_patterns) > 80
    assert {"framing/text.py", "framing/extract/quotes.py", "framing/lexicon/liwc_format.py",
            "framing/punkt_spans.py"} <= sites
    assert any("search" in p["uses"] or "finditer" in p["uses"] for p in framing_patterns)


def test_every_framing_pattern_is_linear(framing_patterns):
    found = []
    for p in framing_patterns:
        uses = set(p["uses"]) or {use for site in p["sites"] for use in _uses_in_source(site)}
        searched = not uses or bool(uses - {"match", "fullmatch"})
        for problem in problems(p["pattern"], p["flags"], searched=searched, whole=not uses or "fullmatch" in uses):
            found.append(f"{', '.join(p['sites'])}: {p['pattern']!r}: {problem}")
    assert not found, "\n".join(found)


def _uses_in_source(site: str) -> set[str]:
    """How framing's source uses the name a pattern compiled at ``site`` is bound to (a pattern the
    sample run never used): ``NAME.search(``, ``table.NAME.match(``, ``NAME[key].sub(``."""
    import framing

    rel, line = site.rsplit(":", 1)
    package = Path(framing.__file__).parent
    tree = ast.parse((package.parent / rel).read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Assign, ast.keyword)) and node.value.lineno <= int(line) <= node.value.end_lineno:
            targets = node.targets if isinstance(node, ast.Assign) else [node]
            for target in targets:
                target = target.value if isinstance(target, ast.Subscript) else target
                names.add(getattr(target, "id", None) or getattr(target, "arg", None) or getattr(target, "attr", None))
    names.discard(None)
    if not names:
        return set()
    call = re.compile(rf"\b(?:{'|'.join(map(re.escape, names))})(?:\[[^\]\n]*\])?\.(\w+)\(")
    return {m.group(1) for path in package.rglob("*.py") for m in call.finditer(path.read_text(encoding="utf-8"))}


# -- the collector, run as a script in a fresh interpreter --------------------------------------

SAMPLE = {
    "en.txt": "WASHINGTON (AP) — Police said on Monday that “the protest was peaceful,” and added: “We will "
              "talk.”\r\n\r\nAccording to the ministry, 12 people were hurt, a spokesman for the police told "
              "Reuters, adding that calm had returned.\n\n- A bullet\n\nThe statement — Maria Lopez (@mlopez) "
              "March 3, 2024\n\nWALLACE: Are you sure?\n\n“It is over,” she said. (Photo: AFP)\n",
    "ar.txt": "موسكو - رويترز: وقال الرئيس إن “الوضع هادئ”، مضيفا أن الحوار ممكن.\n\nوبحسب الوكالة، "
              "أكدت الوزارة ذلك.التزاماتها.وكشف المتحدث أن الوفد وصل.\n",
    "ru.txt": "МОСКВА, 5 января. /ТАСС/. «Это провокация, — заявил Песков. — Мы ждем». По словам "
              "министра, ситуация стабильна.\rОб этом сообщил глава МВД.\n",
}
LEXICONS = {
    "mini.yml": "name: mini\nframes:\n  calm:\n    terms:\n      en: [restraint, calm*]\n      ar: [الحوار]\n",
    "mini.dic": "%\n1\tcalm\n2\tfear\n%\ncalm*\t1\nrestraint 1 2\nfear (02 1)2\n<of>\t1\n",
    "mini.lc3": "+calm\nrestraint\ncalm*\n+fear\nfear\n",
    "mini.cat": "CALM\n    RESTRAINT (1)\n    CALM* (2)\nFEAR\n    FEAR\n",
    "mini.csv": "frame,lang,term\ncalm,en,restraint\n",
    "mini.tsv": "frame\tlang\tterm\ncalm\ten\trestraint\n",
    "quanteda.yml": "calm:\n  - restraint\n  - calm*\nfear:\n  sub: [fear]\n",
}
REGISTRY = "actors:\n  police:\n    aliases: {en: [Police], ru: [МВД]}\n  kremlin:\n    aliases: {ru: [Песков]}\n"


def _collect() -> list[dict]:
    import importlib
    import pkgutil
    import re
    import tempfile

    records: dict[tuple[str, int], dict] = {}
    real_compile = re._compile
    uses = ("match", "fullmatch", "search", "finditer", "findall", "sub", "subn", "split")

    def site() -> str | None:
        frame = sys._getframe(2)
        while frame and frame.f_code.co_filename in (__file__, re.__file__):
            frame = frame.f_back
        name = frame.f_code.co_filename if frame else ""
        marker = os.sep + "framing" + os.sep
        if marker not in name or os.sep + "tests" + os.sep in name:
            return None
        return "framing/" + name.rsplit(marker, 1)[1].replace(os.sep, "/") + f":{frame.f_lineno}"

    def record(pattern, flags: int, where: str, use: str | None = None) -> dict:
        key = (pattern.pattern, pattern.flags)
        entry = records.setdefault(key, {"pattern": key[0], "flags": key[1], "sites": set(), "uses": set()})
        entry["sites"].add(where)
        if use:
            entry["uses"].add(use)
        return entry

    class Recorded:
        """A compiled pattern that notes how it is used."""

        def __init__(self, compiled, entry):
            self._compiled, self._entry = compiled, entry

        def __getattr__(self, name):
            if name in uses:
                self._entry["uses"].add(name)
            return getattr(self._compiled, name)

    def compile_(pattern, flags=0):
        pattern = pattern._compiled if isinstance(pattern, Recorded) else pattern
        compiled = real_compile(pattern, flags)
        where = site()
        return compiled if where is None or not isinstance(compiled.pattern, str) else Recorded(
            compiled, record(compiled, flags, where))

    def calling(name):
        real = getattr(re, name)

        def call(pattern, *args, **kwargs):
            pattern = pattern._compiled if isinstance(pattern, Recorded) else pattern
            where = site()
            if where is not None and isinstance(pattern, str):
                record(real_compile(pattern, kwargs.get("flags", 0)), 0, where, name)
            return real(pattern, *args, **kwargs)
        return call

    re.compile = compile_
    for name in uses:
        setattr(re, name, calling(name))

    import framing
    for module in pkgutil.walk_packages(framing.__path__, "framing."):
        if module.name not in ("framing.engine_dask", "framing.plot", "framing.__main__"):
            importlib.import_module(module.name)
    _exercise(tempfile.mkdtemp())
    return [{**r, "sites": sorted(r["sites"]), "uses": sorted(r["uses"])} for r in records.values()]


def _exercise(folder: str) -> None:
    from framing import load_corpus, load_lexicon
    from framing.lexicon import compile_lexicon
    from framing.pipeline import analyse
    from framing.registry_file import parse_registry

    corpus, lexicons = Path(folder, "corpus"), Path(folder, "lexicons")  # apart: .csv and .tsv are corpora too
    for where, files in ((corpus, SAMPLE), (lexicons, LEXICONS)):
        where.mkdir()
        for name, text in files.items():
            Path(where, name).write_text(text, encoding="utf-8", newline="")
    registry = parse_registry(REGISTRY, path="actors.yml")
    for name in LEXICONS:
        matcher = compile_lexicon(load_lexicon(str(Path(lexicons, name))))
    for scored in analyse(load_corpus(str(corpus)), registry, matcher, narration=True, voice="both"):
        assert scored.statement.text


if __name__ == "__main__" and sys.argv[1:] == ["collect"]:
    json.dump(_collect(), sys.stdout)

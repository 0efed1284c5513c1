"""CR (old Mac), CRLF and LF line ends give the same statements; offsets index the text as read."""

from __future__ import annotations

import json
import textwrap

import pytest

from framing import load_corpus, load_registry
from framing.extract import extract_statements
from framing.model import Document
from framing.registry_file import parse_registry
from framing.text import paragraph_spans
from samples import ARTICLE, REGISTRY

ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


def _with(text: str, ending: str) -> str:
    return text.replace("\r\n", "\n").replace("\n", ending)


def _lf(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _read(text: str, registry) -> list[tuple[str, str, str, str]]:
    """The statements of a text, each checked against the text as read, with line ends made LF."""
    found = []
    for s in extract_statements(Document("d", text, source="S"), registry, narration=True):
        assert s.text == text[s.start:s.end]
        found.append((s.kind, _lf(s.actor), _lf(s.speaker), _lf(s.text)))
    return found


def _wrapped(text: str, width: int = 60) -> str:
    """Every paragraph hard-wrapped at ``width`` characters, as text editors and e-mails leave it."""
    return "\n\n".join("\n".join(textwrap.wrap(block, width)) for block in text.split("\n\n"))


@pytest.mark.parametrize("ending", ["crlf", "cr"])
@pytest.mark.parametrize("layout", ["as written", "hard-wrapped"])
def test_line_ends_give_the_statements_of_lf(ending, layout):
    registry = parse_registry(REGISTRY, path="actors.yml")
    text = ARTICLE if layout == "as written" else _wrapped(ARTICLE)
    expected = _read(text, registry)
    assert len(expected) > 10
    assert _read(_with(text, ENDINGS[ending]), registry) == expected


@pytest.mark.parametrize("ending", ["crlf", "cr"])
def test_the_bundled_article_with_other_line_ends(ending):
    """The issue's case: the demo article with CR line ends gave 23 statements where LF gives 38."""
    doc = next(iter(load_corpus("kazakhstan-2022")))
    registry = load_registry("kazakhstan-2022")
    expected = _read(_with(doc.text, "\n"), registry)
    assert _read(_with(doc.text, ENDINGS[ending]), registry) == expected


PARAGRAPHS = [
    ("one\n\ntwo", ["one", "two"]),
    ("one\r\n\r\ntwo", ["one", "two"]),
    ("one\r\rtwo", ["one", "two"]),
    ("one\r \r two", ["one", "two"]),
    ("Police Use Tear Gas\rPolice said on Monday that the protest was peaceful\rand that no one was hurt.",
     ["Police Use Tear Gas", "Police said on Monday that the protest was peaceful\rand that no one was hurt."]),
    ("He said,\r\n“We will stay.”", ["He said,\r\n“We will stay.”"]),
    ("- one\r- two", ["- one", "- two"]),
    ("one\r\ntwo\rthree\nfour", ["one", "two", "three", "four"]),
]


@pytest.mark.parametrize("text, expected", PARAGRAPHS)
def test_paragraph_spans_read_cr_and_crlf_as_line_breaks(text, expected):
    spans = paragraph_spans(text)
    assert [text[s:e] for s, e in spans] == expected
    if "\r\n" not in text:  # a CR for an LF keeps every offset
        assert paragraph_spans(text.replace("\r", "\n")) == spans


def test_cli_offsets_index_a_cr_file_as_read(run, tmp_path):
    for name, ending in ENDINGS.items():
        (tmp_path / f"{name}.txt").write_bytes(_with(ARTICLE, ending).encode("utf-8"))
    registry = tmp_path / "actors.yml"
    registry.write_text(REGISTRY, encoding="utf-8")
    rows = {}
    for name in ENDINGS:
        result = run("statements", str(tmp_path / f"{name}.txt"), "--actors", str(registry), "-f", "jsonl")
        assert result.exit_code == 0, result.stderr
        text = (tmp_path / f"{name}.txt").read_bytes().decode("utf-8")
        rows[name] = [json.loads(line) for line in result.stdout.splitlines()]
        for row in rows[name]:
            assert text[row["start"]:row["end"]] == row["text"]
    assert [(r["actor"], _lf(r["text"])) for r in rows["cr"]] == [(r["actor"], r["text"]) for r in rows["lf"]]
    assert [(r["actor"], _lf(r["text"])) for r in rows["crlf"]] == [(r["actor"], r["text"]) for r in rows["lf"]]


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"], ids=["lf", "crlf", "cr"])
def test_a_phrase_crosses_a_hard_wrap_but_not_an_empty_line(ending):
    """Whole-document scoring: "peaceful protest" wrapped over two lines is one hit in any line ends;
    split by an empty line (a paragraph break) it is none, nor is a negator's scope or a so-called."""
    from framing.lexicon import compile_lexicon, parse_yaml

    lexicon = parse_yaml('frames:\n  calm:\n    terms:\n      en: ["peaceful protest", "unrest"]\n', "calm.yml")
    matcher = compile_lexicon(lexicon)
    wrapped = matcher.match(f"They called it a peaceful{ending}protest.", "en")
    assert [h.term for h in wrapped] == ["peaceful protest"]
    assert matcher.match(f"They called it a peaceful{ending}{ending}protest.", "en") == []
    [hit] = matcher.match(f"There is no{ending}{ending}unrest here.", "en")
    assert hit.polarity == "affirmed"
    [hit] = matcher.match(f"The so-called{ending}{ending}unrest went on.", "en")
    assert hit.polarity == "affirmed"
    [hit] = matcher.match(f"The so-called{ending}unrest went on.", "en")
    assert hit.polarity == "attributed"

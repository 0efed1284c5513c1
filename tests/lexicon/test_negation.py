"""Negation settings: the window, negators and pseudo-negators per lexicon and frame, and ``--negation
exclude``, which cancels a negated match instead of counting it as a ``negated`` hit."""

from __future__ import annotations

import json

import pytest

from framing.lexicon import compile_lexicon, load_lexicon, parse_yaml, with_negation
from framing.model import Frame, Negation

UNREST = compile_lexicon(load_lexicon("unrest"))

# Under `--negation exclude`: (text, lang, hits as (frame, matched text), cancelled as (frame, matched text)).
# (By default a negated match is a hit with polarity "negated": tests/lexicon/test_polarity.py.)
EXCLUDING = compile_lexicon(with_negation(load_lexicon("unrest"), "exclude"))
CASES = [
    ("This is not terrorism.", "en", [], [("terrorism", "terrorism")]),
    ("This is terrorism.", "en", [("terrorism", "terrorism")], []),
    ("This isn't terrorism.", "en", [], [("terrorism", "terrorism")]),
    ("This isn’t terrorism.", "en", [], [("terrorism", "terrorism")]),
    ("They are not a terrorist group.", "en", [], [("terrorism", "terrorist")]),
    ("We never called for restraint.", "en", [], [("restraint", "restraint")]),  # through the naming verb
    ("We never asked for restraint.", "en", [("restraint", "restraint")], []),  # "never" governs "asked"
    ("No. Terrorists attacked.", "en", [("terrorism", "Terrorists"), ("violence_casualties", "attacked")],
     []),  # a sentence end in between
    ("Not only terrorism but banditry.", "en", [("terrorism", "terrorism"), ("terrorism", "banditry")], []),
    ("There is no alternative to dialogue.", "en", [("dialogue", "dialogue")], []),
    ("Not protests but terrorism.", "en", [("terrorism", "terrorism")], []),  # contrast ends the scope
    ("هذا ليس احتجاجا بل إرهاب", "ar", [("terrorism", "إرهاب")], []),  # بل "but rather"
    ("without dialogue and without restraint", "en", [], [("dialogue", "dialogue"), ("restraint", "restraint")]),
    ("هذا ليس إرهابا", "ar", [], [("terrorism", "إرهابا")]),
    ("هذا إرهاب", "ar", [("terrorism", "إرهاب")], []),
    ("ولا يمكن وصفهم بالإرهابيين", "ar", [], [("terrorism", "بالإرهابيين")]),  # و + لا, through the naming verb
    ("لم تكن عملية إرهابية", "ar", [], [("terrorism", "إرهابية")]),
    ("لا بديل عن الحوار", "ar", [("dialogue", "الحوار")], []),  # "no alternative to": affirms
    ("لا سيما الحوار", "ar", [("dialogue", "الحوار")], []),  # "especially"
    ("كلا الطرفين إلى الحوار", "ar", [("dialogue", "الحوار")], []),  # كلا "both" is not ك + لا
    ("ما وصفته بالإرهاب", "ar", [("terrorism", "بالإرهاب")], []),  # ما "what" is not a negator
]


@pytest.mark.parametrize(("text", "lang", "hits", "cancelled"), CASES)
def test_exclude_cancels_what_a_negator_governs(text: str, lang: str, hits: list, cancelled: list) -> None:
    found = EXCLUDING.scan(text, lang)
    assert [(h.frame, text[h.start:h.end]) for h in found.hits] == hits
    assert [(h.frame, text[h.start:h.end]) for h in found.cancelled] == cancelled
    assert EXCLUDING.match(text, lang) == found.hits
    # by default the same matches are all hits, the cancelled ones with polarity "negated"
    default = UNREST.scan(text, lang)
    assert sorted((h.frame, h.start) for h in default.hits) == sorted((h.frame, h.start)
                                                                     for h in found.hits + found.cancelled)
    assert {(h.frame, h.start) for h in default.hits if h.polarity == "negated"} == {(h.frame, h.start)
                                                                                     for h in found.cancelled}


def test_an_entry_with_its_own_negator_wins_and_is_a_hit() -> None:
    matcher = compile_lexicon([Frame("valence", "", {"en": ("good", "not good")}, {"en": {"good": 3, "not good": -2}},
                                     Negation(mode="exclude"))])
    found = matcher.scan("That is not good.", "en")
    assert [(h.term, h.weight, h.polarity) for h in found.hits] == [("not good", -2.0, "affirmed")]
    assert found.cancelled == []
    assert [h.term for h in matcher.scan("Never good.", "en").cancelled] == ["good"]


LEXICON = """\
name: mine
negation:
  mode: exclude
  window: 1
  negators:
    en: [hardly, not]
  pseudo_negators:
    en: [not merely]
frames:
  calm:
    terms:
      en: [calm]
  terror:
    negation: false
    terms:
      en: [terror*]
"""


def test_negation_is_set_per_lexicon_and_per_frame() -> None:
    lexicon = parse_yaml(LEXICON)
    assert lexicon.frames[0].negation == Negation(window=1, negators={"en": ("hardly", "not")},
                                                  pseudo={"en": ("not merely",)}, mode="exclude")
    assert lexicon.frames[1].negation == Negation(window=0)
    matcher = compile_lexicon(lexicon)

    def cancelled(text: str) -> list[str]:
        return [text[h.start:h.end] for h in matcher.scan(text, "en").cancelled]

    assert cancelled("hardly calm") == ["calm"]
    assert cancelled("never calm") == []          # "never" is not in this lexicon's list
    assert cancelled("not really calm") == []     # window 1
    assert cancelled("not merely calm") == []     # pseudo-negator
    assert cancelled("not terror") == []          # negation off for this frame
    assert [(h.frame, h.polarity) for h in matcher.scan("not terror", "en").hits] == [("terror", "affirmed")]
    # the command line overrides the file's mode: the negated match is a hit again
    including = compile_lexicon(with_negation(lexicon, "include"))
    assert [(h.frame, h.polarity) for h in including.scan("hardly calm", "en").hits] == [("calm", "negated")]


def test_languages_without_lexicon_negators_keep_their_defaults() -> None:
    lexicon = parse_yaml(LEXICON.replace("terms:\n      en: [calm]", "terms:\n      en: [calm]\n      ar: [حوار]"))
    matcher = compile_lexicon(lexicon)
    assert [h.frame for h in matcher.scan("لا حوار", "ar").cancelled] == ["calm"]


@pytest.mark.parametrize(("negation", "message"), [
    ("negation: {window: -1}", r"negation.window must be a whole number of tokens"),
    ("negation: {window: many}", r"negation.window must be a whole number"),
    ("negation: {negators: {fr: [pas]}}", r"negation.negators: unknown language code 'fr'"),
    ("negation: {negators: {en: not}}", r"negation.negators.en must be a list of strings"),
    ("negation: {scope: 3}", r"negation: unknown key 'scope'; expected one of: mode, window, negators, "
                             r"pseudo_negators"),
    ("negation: {mode: drop}", r"negation.mode must be one of include, exclude, got 'drop'"),
    ("negation: 3", r"negation must be false or a mapping"),
])
def test_negation_errors(negation: str, message: str) -> None:
    from framing.errors import LexiconError

    with pytest.raises(LexiconError, match="x.yml:1: " + message):
        parse_yaml(negation + "\nframes:\n  a:\n    terms: {en: [a]}\n", "x.yml")


def test_unknown_negation_mode_is_one_line(run) -> None:
    result = run("compare", "--negation", "drop", "-f", "csv")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "framing: unknown --negation 'drop'; choose from: include, exclude"]


def test_statements_show_the_polarity_of_each_hit(run) -> None:
    text = "“This is not terrorism, it is a protest,” the EU said. Tokayev said “terrorists” were to blame.\n"
    result = run("statements", "-", "--actors", "kazakhstan-2022", "-f", "jsonl", input=text.encode())
    records = [json.loads(line) for line in result.stdout.splitlines()]
    eu = next(r for r in records if r["actor"] == "eu")
    at = text.index("terrorism")
    assert eu["frames"] == {"terrorism": 1} and eu["cancelled"] == {}
    assert eu["hits"] == [{"frame": "terrorism", "term": "terror*", "start": at, "end": at + 9, "polarity": "negated"}]
    kz = next(r for r in records if r["actor"] == "kz_government")
    assert kz["frames"] == {"terrorism": 1} and [h["polarity"] for h in kz["hits"]] == ["affirmed"]
    unrest = load_lexicon("unrest")
    assert all(r["lexicons"] == [{"name": "unrest", "sha256": unrest.sha256}] for r in records)
    excluded = run("statements", "-", "--actors", "kazakhstan-2022", "-f", "jsonl", "--negation", "exclude",
                   input=text.encode())
    eu = next(json.loads(line) for line in excluded.stdout.splitlines() if '"actor": "eu"' in line)
    assert eu["frames"] == {} and eu["cancelled"] == {"terrorism": [
        {"term": "terror*", "start": at, "end": at + 9, "polarity": "negated"}]}


def test_compare_counts_a_denial_as_invoking_the_frame(run) -> None:
    text = ("“They are not terrorists,” the EU said.\n\nTokayev said: “We will not let terrorists win. "
            "These so-called ‘protesters’ are terrorists.”\n")
    result = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "-f", "json",
                 input=text.encode())
    rows = {r["actor"]: r for r in json.loads(result.stdout)["rows"]}
    assert rows["eu"]["hits"]["terrorism"] == 1
    assert rows["eu"]["polarity"]["terrorism"] == {"affirmed": 0, "negated": 1, "attributed": 0}
    assert rows["kz_government"]["hits"]["terrorism"] == 2  # "we will not let terrorists win" invokes the frame
    assert rows["kz_government"]["polarity"]["terrorism"] == {"affirmed": 2, "negated": 0, "attributed": 0}
    csv_out = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "-f", "csv",
                  input=text.encode()).stdout
    import csv
    import io
    for row in csv.DictReader(io.StringIO(csv_out)):
        assert sum(int(row[f"terrorism:{p}"]) for p in ("affirmed", "negated", "attributed")) == int(
            row["terrorism:hits"])
    excluded = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "-f", "json",
                   "--negation", "exclude", input=text.encode())
    rows = {r["actor"]: r for r in json.loads(excluded.stdout)["rows"]}
    assert rows["eu"]["hits"]["terrorism"] == 0 and rows["eu"]["cancelled"]["terrorism"] == 1


def test_polarity_columns_in_tables(run) -> None:
    text = "“They are not terrorists,” the EU said.\n"
    out = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "--polarity", "-f", "csv",
              input=text.encode()).stdout
    assert "terrorism:negated" in out.splitlines()[0]
    table = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "--polarity", "-f", "github",
                input=text.encode()).stdout
    header = table.splitlines()[0]
    assert "terrorism:affirmed" in header and "terrorism:negated" in header and "terrorism:attributed" in header
    plain = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "-f", "github",
                input=text.encode()).stdout
    assert "terrorism:negated" not in plain

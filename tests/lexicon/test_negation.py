"""Negation: a term preceded by a negator (same sentence, within the window) is negated, not a hit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from framing.lexicon import compile_lexicon, load_lexicon, parse_yaml
from framing.model import Frame, Negation

UNREST = compile_lexicon(load_lexicon("unrest"))

# (text, lang, hits as (frame, matched text), negated as (frame, matched text))
CASES = [
    ("This is not terrorism.", "en", [], [("terrorism", "terrorism")]),
    ("This is terrorism.", "en", [("terrorism", "terrorism")], []),
    ("This isn't terrorism.", "en", [], [("terrorism", "terrorism")]),
    ("This isn’t terrorism.", "en", [], [("terrorism", "terrorism")]),
    ("They are not a terrorist group.", "en", [], [("terrorism", "terrorist")]),
    ("We never called for restraint.", "en", [], [("restraint", "restraint")]),  # 3 tokens back
    ("We never once really called for restraint.", "en", [("restraint", "restraint")], []),  # 5 back: too far
    ("No. Terrorists attacked.", "en", [("terrorism", "Terrorists"), ("violence_casualties", "attacked")],
     []),  # a sentence end in between
    ("Not only terrorism but banditry.", "en", [("terrorism", "terrorism"), ("terrorism", "banditry")], []),
    ("There is no alternative to dialogue.", "en", [("dialogue", "dialogue")], []),
    ("Not protests but terrorism.", "en", [("terrorism", "terrorism")], []),  # contrast ends the scope
    ("هذا ليس احتجاجا بل إرهاب", "ar", [("terrorism", "إرهاب")], []),  # بل "but rather"
    ("without dialogue and without restraint", "en", [], [("dialogue", "dialogue"), ("restraint", "restraint")]),
    ("هذا ليس إرهابا", "ar", [], [("terrorism", "إرهابا")]),
    ("هذا إرهاب", "ar", [("terrorism", "إرهاب")], []),
    ("ولا يمكن وصفهم بالإرهابيين", "ar", [], [("terrorism", "بالإرهابيين")]),  # و + لا
    ("لم تكن عملية إرهابية", "ar", [], [("terrorism", "إرهابية")]),
    ("لا بديل عن الحوار", "ar", [("dialogue", "الحوار")], []),  # "no alternative to": affirms
    ("لا سيما الحوار", "ar", [("dialogue", "الحوار")], []),  # "especially"
    ("كلا الطرفين إلى الحوار", "ar", [("dialogue", "الحوار")], []),  # كلا "both" is not ك + لا
    ("ما وصفته بالإرهاب", "ar", [("terrorism", "بالإرهاب")], []),  # ما "what" is not a negator
]


@pytest.mark.parametrize(("text", "lang", "hits", "negated"), CASES)
def test_negation_cases(text: str, lang: str, hits: list, negated: list) -> None:
    found = UNREST.scan(text, lang)
    assert [(h.frame, text[h.start:h.end]) for h in found.hits] == hits
    assert [(h.frame, text[h.start:h.end]) for h in found.negated] == negated
    assert UNREST.match(text, lang) == found.hits


def test_an_entry_with_its_own_negator_wins_and_is_a_hit() -> None:
    matcher = compile_lexicon([Frame("valence", "", {"en": ("good", "not good")}, {"en": {"good": 3, "not good": -2}})])
    found = matcher.scan("That is not good.", "en")
    assert [(h.term, h.weight) for h in found.hits] == [("not good", -2.0)] and found.negated == []
    assert [h.term for h in matcher.scan("Never good.", "en").negated] == ["good"]


LEXICON = """\
name: mine
negation:
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
                                                  pseudo={"en": ("not merely",)})
    assert lexicon.frames[1].negation == Negation(window=0)
    matcher = compile_lexicon(lexicon)

    def negated(text: str) -> list[str]:
        return [text[h.start:h.end] for h in matcher.scan(text, "en").negated]

    assert negated("hardly calm") == ["calm"]
    assert negated("never calm") == []          # "never" is not in this lexicon's list
    assert negated("not really calm") == []     # window 1
    assert negated("not merely calm") == []     # pseudo-negator
    assert negated("not terror") == []          # negation off for this frame
    assert [h.frame for h in matcher.scan("not terror", "en").hits] == ["terror"]


def test_languages_without_lexicon_negators_keep_their_defaults() -> None:
    lexicon = parse_yaml(LEXICON.replace("terms:\n      en: [calm]", "terms:\n      en: [calm]\n      ar: [حوار]"))
    matcher = compile_lexicon(lexicon)
    assert [h.frame for h in matcher.scan("لا حوار", "ar").negated] == ["calm"]


@pytest.mark.parametrize(("negation", "message"), [
    ("negation: {window: -1}", r"negation.window must be a whole number of tokens"),
    ("negation: {window: many}", r"negation.window must be a whole number"),
    ("negation: {negators: {fr: [pas]}}", r"negation.negators: unknown language code 'fr'"),
    ("negation: {negators: {en: not}}", r"negation.negators.en must be a list of strings"),
    ("negation: {scope: 3}", r"negation: unknown key 'scope'; expected one of: window, negators, pseudo_negators"),
    ("negation: 3", r"negation must be false or a mapping"),
])
def test_negation_errors(negation: str, message: str) -> None:
    from framing.errors import LexiconError

    with pytest.raises(LexiconError, match="x.yml:1: " + message):
        parse_yaml(negation + "\nframes:\n  a:\n    terms: {en: [a]}\n", "x.yml")


def test_statements_show_negated_matches_per_frame(run, tmp_path: Path) -> None:
    text = "“This is not terrorism, it is a protest,” the EU said. Tokayev said “terrorists” were to blame.\n"
    result = run("statements", "-", "--actors", "kazakhstan-2022", "-f", "jsonl", input=text.encode())
    records = [json.loads(line) for line in result.stdout.splitlines()]
    eu = next(r for r in records if r["actor"] == "eu")
    assert eu["frames"] == {} and eu["hits"] == []
    assert eu["negated"] == {"terrorism": [{"term": "terror*", "start": text.index("terrorism"),
                                            "end": text.index("terrorism") + 9}]}
    kz = next(r for r in records if r["actor"] == "kz_government")
    assert kz["frames"] == {"terrorism": 1} and kz["negated"] == {}
    unrest = load_lexicon("unrest")
    assert all(r["lexicons"] == [{"name": "unrest", "sha256": unrest.sha256}] for r in records)


def test_compare_counts_hits_not_negated_matches(run) -> None:
    text = "“This is not terrorism,” the EU said.\n\nTokayev said: “It is terrorism.”\n"
    result = run("compare", "-", "--actors", "kazakhstan-2022", "--metric", "count", "-f", "json",
                 input=text.encode())
    rows = {r["actor"]: r for r in json.loads(result.stdout)["rows"]}
    assert rows["eu"]["hits"]["terrorism"] == 0 and rows["eu"]["negated"]["terrorism"] == 1
    assert rows["kz_government"]["hits"]["terrorism"] == 1 and rows["kz_government"]["negated"]["terrorism"] == 0

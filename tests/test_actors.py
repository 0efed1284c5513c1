"""Actor registries: loading and validation, alias matching, speaker resolution, merging."""

from __future__ import annotations

import pickle
import re
from pathlib import Path

import pytest

from framing import languages
from framing.actors import ActorRegistry, Mention, merge_registries
from framing.registry_file import load_registry, parse_registry
from framing.errors import RegistryError
from framing.model import Actor

MINI = """\
actors:
  russia:
    name: Russia
    kind: state
    aliases:
      en: [Russia, Moscow, Kremlin, "Russia's Foreign Ministry"]
      ar: [روسيا, موسكو, الكرملين, وزارة الخارجية الروسية]
  eu:
    name: European Union
    aliases:
      en: [EU, European Union, Nabila Massrali, "@NabilaEUspox"]
      ar: [الاتحاد الأوروبي]
  us:
    name: United States
    aliases:
      en: [US, U.S., White House, White House Press Secretary, Jen Psaki, Psaki]
      ar: [الولايات المتحدة, البيت الأبيض, جين ساكي]
  kz_government:
    name: Kazakhstan (government)
    aliases:
      en: [Tokayev, "Kazakhstan's President", government, cabinet]
      ar: [توكاييف, الرئيس الكازاخستاني]
  kz_police:
    name: Kazakhstan (police)
    aliases:
      en: [police]
      ar: [الشرطة]
  media:
    name: News media
    aliases:
      en: [Al Mayadeen, bureau chief, TASS]
      ar: [وكالة سبوتنيك, سبوتنيك, مراسل الميادين]
"""


@pytest.fixture(scope="module")
def mini() -> ActorRegistry:
    return parse_registry(MINI, path="mini.yml")


@pytest.fixture(scope="module")
def bundled() -> ActorRegistry:
    return load_registry("kazakhstan-2022")


# -- find_mentions ------------------------------------------------------------------

MENTIONS = [
    # (text, lang, [(surface, actor), ...])
    ("Russia’s envoy arrived", "en", [("Russia", "russia")]),
    ("Russia's envoy arrived", "en", [("Russia", "russia")]),
    ("Russia’s Foreign Ministry said", "en", [("Russia’s Foreign Ministry", "russia")]),
    ("Kazakhstan’s President Tokayev", "en", [("Kazakhstan’s President", "kz_government"), ("Tokayev", "kz_government")]),
    ("KAZAKHSTAN'S PRESIDENT spoke", "en", [("KAZAKHSTAN'S PRESIDENT", "kz_government")]),
    ("White House Press Secretary Jen Psaki", "en", [("White House Press Secretary", "us"), ("Jen Psaki", "us")]),
    ("the White House, Press Secretary Jen Psaki", "en", [("White House", "us"), ("Jen Psaki", "us")]),
    ("she told us that the US was not involved", "en", [("US", "us")]),
    ("the U.S. denied it", "en", [("U.S.", "us")]),
    ("Nabila Massrali (@NabilaEUspox) January 5", "en", [("Nabila Massrali", "eu"), ("@NabilaEUspox", "eu")]),
    ("Russians and Muscovites", "en", []),  # whole tokens only
    ("the police and the government", "en", [("police", "kz_police"), ("government", "kz_government")]),
    ("وروسيا", "ar", [("وروسيا", "russia")]),
    ("دعا للاتحاد الأوروبي", "ar", [("للاتحاد الأوروبي", "eu")]),
    ("وبالاتحاد الأوروبي", "ar", [("وبالاتحاد الأوروبي", "eu")]),
    ("وقالت والشرطة", "ar", [("والشرطة", "kz_police")]),
    ("أعلنت الشرطة", "ar", [("الشرطة", "kz_police")]),
    ("وقال الكرملـين", "ar", [("الكرملـين", "russia")]),  # tatweel
    ("بِمُوسْكُو", "ar", [("بِمُوسْكُو", "russia")]),  # harakat
    ("لوزارة الخارجية الروسية", "ar", [("لوزارة الخارجية الروسية", "russia")]),
    ("أشارت وكالة “سبوتنيك” إلى", "ar", [("وكالة “سبوتنيك", "media")]),
    ("الروسي والروسية", "ar", []),
    ("تغريدة (@NabilaEUspox)", "ar", [("@NabilaEUspox", "eu")]),  # handles match in every language
    ("جين ساكي، المتحدثة باسم البيت الأبيض", "ar", [("جين ساكي", "us"), ("البيت الأبيض", "us")]),
]


@pytest.mark.parametrize("text, lang, expected", MENTIONS)
def test_find_mentions(mini, text, lang, expected):
    found = mini.find_mentions(text, lang)
    assert [(text[m.start:m.end], m.actor) for m in found] == expected


def test_find_mentions_longest_wins_over_leftmost():
    reg = ActorRegistry([
        Actor("a", "A", {"en": ("New York",)}),
        Actor("b", "B", {"en": ("York Times Company",)}),
    ])
    text = "the New York Times Company said"
    assert [(text[m.start:m.end], m.actor) for m in reg.find_mentions(text, "en")] == [("York Times Company", "b")]


def test_find_mentions_offsets_into_text_and_window(mini):
    text = "Moscow said. Later the Kremlin and the EU agreed."
    window = text.index("Later")
    found = mini.find_mentions(text, "en", window, len(text) - 1)
    assert found == [
        Mention(text.index("Kremlin"), text.index("Kremlin") + 7, "russia", "Kremlin"),
        Mention(text.index("EU"), text.index("EU") + 2, "eu", "EU"),
    ]


def test_find_mentions_unknown_language_has_no_aliases(mini):
    assert mini.find_mentions("Москва и Кремль", "ru") == []


# -- resolve --------------------------------------------------------------------------

RESOLVE = [
    # (mention, lang, actor) -- the bundled registry, speakers as written in the news
    ("Al Mayadeen’s Bureau Chief in Moscow", "en", "media"),          # locative PP loses
    ("Russia's ambassador to the US, Anatoly Antonov", "en", "russia"),  # directional PP loses
    ("an official in Moscow", "en", "russia"),                       # PP counts when the head has no alias
    ("the ambassador to Russia", "en", "russia"),
    ("the police in Almaty", "en", "kz_police"),
    ("White House Press Secretary Jen Psaki", "en", "us"),
    ("Russia’s Foreign Ministry", "en", "russia"),
    ("the European Union", "en", "eu"),
    ("Nabila Massrali (@NabilaEUspox)", "en", "eu"),
    ("@NabilaEUspox", "en", "eu"),
    ("Kazakhstan’s President Kassym-Jomart Tokayev", "en", "kz_government"),
    ("Kazakh media outlets", "en", "media"),
    ("the US", "en", "us"),
    ("Armenian Prime Minister Nikol Pashinyan", "en", "csto"),
    ("Belarusian President Alexander Lukashenko", "en", "csto"),
    ("Kremlin spokesman Dmitry Peskov", "en", "russia"),
    ("Russia's cabinet", "en", "russia"),   # a name beats a lower-case common noun
    ("Russia's TASS", "en", "media"),       # two names: the rightmost, the head
    ("TASS, citing Moscow", "en", "media"), # the first appositive
    ("UN Security Council", "en", "un"),
    ("the Security Council", "en", "kz_government"),
    ("Chinese Foreign Ministry spokesperson Wang Wenbin", "en", "china"),
    ("Turkish President Recep Tayyip Erdoğan", "en", "turkey"),
    ("he", "en", None),
    ("", "en", None),
    ("المتحدثة باسم البيت الأبيض، جين ساكي", "ar", "us"),
    ("رئيس الوزراء الأرميني نيكول باشينيان", "ar", "csto"),
    ("الرئيس الكازاخستاني، قاسم جومارت توكاييف", "ar", "kz_government"),
    ("رئيس كازاخستان قاسم جومارت توكاييف", "ar", "kz_government"),
    ("مراسل الميادين في موسكو", "ar", "media"),
    ("سفير روسيا لدى الولايات المتحدة", "ar", "russia"),
    ("وكالة “سبوتنيك”", "ar", "media"),
    ("شرطة ألما أتا", "ar", "kz_police"),
    ("والشرطة", "ar", "kz_police"),
    ("وزارة الخارجية الروسية", "ar", "russia"),
    ("الخارجية الأمريكية", "ar", "us"),
    ("الخارجية الأميركية", "ar", "us"),
    ("مجلس الأمن", "ar", "un"),
    ("هو", "ar", None),
]


@pytest.mark.parametrize("mention, lang, actor", RESOLVE)
def test_resolve(bundled, mention, lang, actor):
    assert bundled.resolve(mention, lang) == actor


def test_resolve_title_and_name_for_different_actors_longest_wins():
    # A name has no precedence of its own: the longer alias decides.
    reg = ActorRegistry([
        Actor("armenia", "Armenia", {"en": ("Armenian Prime Minister",)}),
        Actor("csto", "CSTO", {"en": ("Nikol Pashinyan",)}),
    ])
    assert reg.resolve("Armenian Prime Minister Nikol Pashinyan", "en") == "armenia"
    assert reg.resolve("Nikol Pashinyan, Armenian Prime Minister", "en") == "armenia"
    assert reg.resolve("Pashinyan aide Nikol Pashinyan", "en") == "csto"


def test_resolve_prepositions_inside_an_alias_do_not_split(mini):
    reg = ActorRegistry([
        Actor("media", "Media", {"en": ("correspondent in Moscow",)}),
        Actor("russia", "Russia", {"en": ("Moscow",)}),
    ])
    assert reg.resolve("our correspondent in Moscow", "en") == "media"


# -- the registry object ----------------------------------------------------------------


def test_registry_accessors(mini):
    assert [a.id for a in mini.actors] == sorted(["russia", "eu", "us", "kz_government", "kz_police", "media"])
    assert len(mini) == 6 and [a.id for a in mini] == [a.id for a in mini.actors]
    assert "russia" in mini and "nobody" not in mini
    assert mini.get("russia").name == "Russia" and mini.get("nobody") is None
    assert mini.name("eu") == "European Union"
    assert mini.name("unknown:Some One") == "unknown:Some One"
    assert mini.kind("russia") == "state" and mini.kind("eu") is None
    assert mini.aliases_for("kz_police", "ar") == ("الشرطة",)
    assert mini.aliases_for("kz_police") == ("الشرطة", "police")
    assert mini.aliases_for("kz_police", "ru") == ()
    with pytest.raises(KeyError):
        mini.aliases_for("nobody")


def test_registry_is_immutable_and_picklable(mini):
    with pytest.raises(AttributeError):
        mini._actors = {}  # type: ignore[misc]
    copy = pickle.loads(pickle.dumps(mini))
    assert copy.actors == mini.actors
    assert copy.find_mentions("وروسيا", "ar") == mini.find_mentions("وروسيا", "ar")


def test_constructor_rejects_shared_alias_and_duplicate_id():
    with pytest.raises(RegistryError, match=r"^alias 'moscow' \(en\) of 'b' is also an alias of 'a' \(as 'Moscow'\)"):
        ActorRegistry([Actor("a", "A", {"en": ("Moscow",)}), Actor("b", "B", {"en": ("moscow",)})])
    with pytest.raises(RegistryError, match="actor id 'a' is defined twice"):
        ActorRegistry([Actor("a", "A", {}), Actor("a", "A2", {})])


# -- merging ----------------------------------------------------------------------------------


def test_merge_later_actor_replaces_earlier():
    first = ActorRegistry([Actor("russia", "Russia", {"en": ("Russia", "Moscow")})])
    second = ActorRegistry([Actor("russia", "Russian Federation", {"en": ("Kremlin",)})])
    merged = merge_registries([first, second])
    assert merged.name("russia") == "Russian Federation"
    assert merged.aliases_for("russia") == ("Kremlin",)
    assert merged.resolve("Moscow", "en") is None


def test_merge_alias_claimed_later_moves():
    first = ActorRegistry(
        [Actor("russia", "Russia", {"en": ("Russia", "Moscow")}), Actor("eu", "EU", {"en": ("EU",)})],
        kinds={"russia": "state"},
    )
    second = ActorRegistry([Actor("moscow_city", "Moscow (city)", {"en": ("moscow",)})])
    merged = merge_registries([first, second])
    assert [a.id for a in merged] == ["eu", "moscow_city", "russia"]
    assert merged.aliases_for("russia") == ("Russia",)
    assert merged.resolve("the mayor of Moscow", "en") == "moscow_city"
    assert merged.kind("russia") == "state"
    # and back again when the order is reversed
    assert merge_registries([second, first]).resolve("Moscow", "en") == "russia"


def test_merge_of_nothing_is_empty():
    assert len(merge_registries([])) == 0


def test_merge_bundled_with_own_file(tmp_path, bundled):
    own = tmp_path / "mine.yml"
    own.write_text("actors:\n  moscow_city:\n    name: Moscow city hall\n    aliases:\n      en: [Moscow]\n", "utf-8")
    merged = merge_registries([bundled, load_registry(own)])
    assert len(merged) == len(bundled) + 1
    assert merged.resolve("Moscow", "en") == "moscow_city"
    assert merged.resolve("the Kremlin", "en") == "russia"


# -- loading ----------------------------------------------------------------------------------


def test_load_bundled_by_name_folder_and_file(bundled):
    folder = Path(__file__).resolve().parent.parent / "corpora" / "kazakhstan-2022"
    assert load_registry(folder).actors == bundled.actors
    assert load_registry(str(folder / "actors.yml")).actors == bundled.actors


def test_bundled_registry_has_every_actor_in_every_language(bundled):
    expected = {"kz_government", "kz_police", "russia", "csto", "eu", "un", "us", "china", "turkey", "protesters", "media"}
    assert {a.id for a in bundled} == expected
    for actor in bundled:
        assert actor.name, actor.id
        assert bundled.kind(actor.id), actor.id
        for lang in languages.codes():
            assert bundled.aliases_for(actor.id, lang), (actor.id, lang)


def _write(tmp_path: Path, content: str | bytes) -> Path:
    path = tmp_path / "actors.yml"
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, "utf-8")
    return path


ERRORS = [
    # (file content, line, message pattern)
    ("", None, "the registry is empty; it must be a mapping with 'actors'"),
    ("# nothing but a comment\n", None, "the registry is empty"),
    ("actors:\n  a: [Russia\n", 3, "invalid YAML"),
    ("actors:\n  a:\n    name: 'unclosed\n", 4, "invalid YAML"),
    ("actors:\n  a: {aliases: {en: [x]}}\n---\nactors: {}\n", 3, "invalid YAML: expected a single document in the stream, but found another document"),
    ("actors:\n  a:\n    aliases:\n      en: [Ru\x07ssia]\n", 4, "invalid YAML: control character U\\+0007 is not allowed"),
    ("- a\n- b\n", 1, "the registry must be a mapping with 'actors', got list"),
    ("names: {}\n", 1, "the registry: unknown key 'names'; expected one of: actors, name, description"),
    ("name: x\n", 1, r"the registry has no 'actors' \(a mapping of actor id to name and aliases\)"),
    ("actors:\n", 1, "actors must be a mapping of actor id to name and aliases, got null"),
    ("actors: {}\n", 1, "actors is empty; give at least one actor"),
    ("actors:\n  russia:\n    aliases:\n      en: Russia\n", 4, "actors.russia.aliases.en must be a list of strings, got str"),
    ("actors:\n  russia:\n    aliases:\n      en:\n        - Russia\n        - 42\n", 6, r"actors.russia.aliases.en must be a list of strings, got int \(item 2: 42; quote it\)"),
    ("actors:\n  russia:\n    aliases:\n      en: [[Russia]]\n", 4, r"actors.russia.aliases.en must be a list of strings, got list \(item 1\)"),
    ("actors:\n  russia:\n    aliases:\n      fr: [Russie]\n", 4, "actors.russia.aliases: unknown language 'fr'; choose one of ar, en"),
    ("actors:\n  Russia-Gov:\n    aliases:\n      en: [Russia]\n", 2, "actors: actor id 'Russia-Gov' must be lower-case letters, digits and _"),
    ("actors:\n  russia:\n    name: Russia\n", 2, r"actors.russia has no 'aliases' \(a mapping of language to a list of aliases\)"),
    ("actors:\n  russia:\n    alias: {en: [Russia]}\n", 3, "actors.russia: unknown key 'alias'; expected one of: name, kind, aliases"),
    ("actors:\n  russia:\n    kind: country\n    aliases: {en: [Russia]}\n", 3, "actors.russia.kind must be one of state, organisation, person, media, group, got 'country'"),
    ("actors:\n  russia:\n    name: [Russia]\n    aliases: {en: [Russia]}\n", 3, "actors.russia.name must be a string, got list"),
    ("actors:\n  russia:\n    aliases: {en: [Russia]}\n  russia:\n    aliases: {en: [Moscow]}\n",
     4, "actors: duplicate key 'russia' \\(first at line 2\\)"),
    ("actors:\n  russia:\n    aliases: {en: ['Moscow, Russia']}\n", 3, "actors.russia.aliases.en: alias 'Moscow, Russia' contains punctuation that ends a phrase"),
    ("actors:\n  russia:\n    aliases: {en: ['--']}\n", 3, "actors.russia.aliases.en: alias '--' has no letters or digits"),
    ("actors:\n  russia:\n    aliases:\n      en: [Russia, Moscow]\n  moscow_city:\n    aliases:\n      en:\n        - moscow\n",
     8, "actors.moscow_city.aliases.en: alias 'moscow' is also an alias of 'russia' \\(line 4\\)"),
    ("actors:\n  police:\n    aliases:\n      ar: [الشرطة]\n  kz:\n    aliases:\n      ar: [الشُّرطة]\n",
     7, "actors.kz.aliases.ar: alias 'الشُّرطة' is also an alias of 'police' \\(line 4\\)"),
    (b"actors:\n  russia:\n    name: R\xfcssia\n", 3, "not UTF-8 text \\(byte 0xfc\\)"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", None, "binary file, expected UTF-8 YAML"),
]


@pytest.mark.parametrize("content, line, message", ERRORS)
def test_load_errors_name_file_and_line(tmp_path, content, line, message):
    path = _write(tmp_path, content)
    where = f"{path}:{line}: " if line else f"{path}: "
    with pytest.raises(RegistryError, match=re.escape(where) + message) as info:
        load_registry(path)
    assert info.value.path == str(path) and info.value.line == line
    assert "\n" not in str(info.value)


def test_missing_file_and_unknown_name(tmp_path):
    missing = tmp_path / "nope.yml"
    with pytest.raises(RegistryError, match=re.escape(f"{missing}: no such registry file or bundled corpus")):
        load_registry(missing)
    with pytest.raises(RegistryError, match=r"^no-such-corpus: no such registry file or bundled corpus \(bundled: .*kazakhstan-2022"):
        load_registry("no-such-corpus")
    with pytest.raises(RegistryError, match=re.escape(f"{tmp_path / 'actors.yml'}: no such file")):
        load_registry(tmp_path)  # a folder without actors.yml
    with pytest.raises(RegistryError, match="contains a NUL character"):
        load_registry("bad\x00name")


def test_utf8_bom_and_quoted_aliases_load(tmp_path):
    path = _write(tmp_path, "\ufeffactors:\n  russia:\n    aliases:\n      en: ['Russia', \"Russia's Foreign Ministry\"]\n")
    assert load_registry(path).aliases_for("russia", "en") == ("Russia", "Russia's Foreign Ministry")


@pytest.mark.parametrize("text, lang, expected", MENTIONS)
def test_find_mentions_with_the_tokens_extraction_has(mini, text, lang, expected):
    """Statement extraction hands over the paragraph's tokens: the mentions are the same."""
    from framing.extract.cues import tokens

    found = mini.find_mentions(text, lang, 0, len(text), tokens=tokens(text, 0, len(text), lang))
    assert [(text[m.start:m.end], m.actor) for m in found] == expected

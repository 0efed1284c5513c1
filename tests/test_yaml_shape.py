"""framing.yaml_shape: YAML read against a declared shape, errors naming file, line and dotted path."""

from __future__ import annotations

import datetime as dt

import pytest

from framing.errors import FramingError, InputError, LexiconError, RegistryError
from framing.yaml_shape import (BOOL, INT, NUMBER, SCALAR, STR, TEXT, Either, Fields, ListOf, MapOf, Pair, Value,
                                one_of, read)
from framing.yaml_text import compose

# A ferry timetable: each route has a harbour master, sailings per weekday and some optional facts.
SAILINGS = ListOf(STR, if_empty="give at least one sailing or drop the day")
ROUTE = Fields({
    "master": STR,
    "berths": INT.but(check=lambda n: n > 0),
    "fare": NUMBER,
    "seasonal": BOOL,
    "status": one_of("open", "closed"),
    "opened": SCALAR,
    "sailings": MapOf(SAILINGS, keys=lambda day: day in ("mon", "tue", "sat"), expected="a mapping of day to times"),
}, required=("sailings",), expected="a mapping with 'sailings'")
TIMETABLE = Fields({"routes": MapOf(ROUTE, if_empty="give at least one route", expected="a mapping of route to route")},
                   required=("routes",), expected="a mapping with 'routes'")


def load(text: str, shape=TIMETABLE, error: type[FramingError] = InputError, **options) -> Value | None:
    return read(compose(text), shape, file="ferries.yml", error=error, label="the timetable", **options)


def fails(text: str, shape=TIMETABLE, error: type[FramingError] = InputError) -> FramingError:
    with pytest.raises(error) as info:
        load(text, shape, error)
    assert "\n" not in str(info.value)
    return info.value


GOOD = """\
routes:
  north:
    master: Ines Alder
    berths: 4
    fare: 2.5
    seasonal: no
    status: open
    opened: 1998-05-02
    sailings:
      mon: ['07:10', '09:40']
      sat: ['10:00']
  island:
    sailings: {tue: ['06:55']}
"""


def test_a_good_document_reads_as_values_with_lines() -> None:
    top = load(GOOD)
    assert top.plain() == {"routes": {
        "north": {"master": "Ines Alder", "berths": 4, "fare": 2.5, "seasonal": False, "status": "open",
                  "opened": dt.date(1998, 5, 2), "sailings": {"mon": ["07:10", "09:40"], "sat": ["10:00"]}},
        "island": {"sailings": {"tue": ["06:55"]}},
    }}
    north = top.data["routes"].data["north"]
    assert (north.path, north.key_line, north.line) == ("routes.north", 2, 3)
    monday = north.data["sailings"].data["mon"]
    assert monday.path == "routes.north.sailings.mon" and [t.line for t in monday.data] == [10, 10]
    assert north.get("fare").data == 2.5 and north.get("nowhere") is None
    assert [key for key, _ in north.data["sailings"].items()] == ["mon", "sat"]


@pytest.mark.parametrize(("text", "line", "message"), [
    # scalars: the kind, a hint to quote a plain number, a check that says no, a word not among the choices
    ("routes:\n  north:\n    master: [Ines]\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.master must be a string, got list"),
    ("routes:\n  north:\n    master: 1998\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.master must be a string, got int (quote it)"),
    ("routes:\n  north:\n    berths: four\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.berths must be a whole number, got str"),
    ("routes:\n  north:\n    berths: 0\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.berths must be a whole number, got 0"),
    ("routes:\n  north:\n    fare: free\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.fare must be a number, got str"),
    ("routes:\n  north:\n    seasonal: sometimes\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.seasonal must be true or false, got str"),
    ("routes:\n  north:\n    status: 3\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.status must be one of open, closed, got '3'"),
    ("routes:\n  north:\n    opened: 1998-13-40\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.opened must be a single value, got an unreadable date '1998-13-40'"),
    ("routes:\n  north:\n    opened: !pier 7\n    sailings: {mon: ['7']}\n", 3,
     "routes.north.opened must be a single value, got an unreadable !pier '7'"),
    # lists: the list itself, then one item by its number and value
    ("routes:\n  north:\n    sailings:\n      mon: '07:10'\n", 4,
     "routes.north.sailings.mon must be a list of strings, got str"),
    ("routes:\n  north:\n    sailings:\n      mon:\n        - '07:10'\n        - 940\n", 6,
     "routes.north.sailings.mon must be a list of strings, got int (item 2: 940; quote it)"),
    ("routes:\n  north:\n    sailings:\n      mon: ['07:10', [a]]\n", 4,
     "routes.north.sailings.mon must be a list of strings, got list (item 2)"),
    ("routes:\n  north:\n    sailings:\n      mon: []\n", 4,
     "routes.north.sailings.mon is empty; give at least one sailing or drop the day"),
    # mappings: keys refused by a check, duplicate, not plain, blank; unknown and missing fields; empty
    ("routes:\n  north:\n    sailings:\n      sun: ['07:10']\n", 4, "routes.north.sailings: key 'sun' is not allowed"),
    ("routes:\n  north:\n    sailings: {mon: ['7']}\n  north:\n    sailings: {tue: ['8']}\n", 4,
     "routes: duplicate key 'north' (first at line 2)"),
    ("routes:\n  ? [north, south]\n  : {sailings: {mon: ['7']}}\n", 2, "routes: keys must be plain names, got a list"),
    ("routes:\n  '': {sailings: {mon: ['7']}}\n", 2, "routes: keys must be plain names, got an empty one"),
    ("routes:\n  north:\n    skipper: Ines\n    sailings: {mon: ['7']}\n", 3,
     "routes.north: unknown key 'skipper'; expected one of: master, berths, fare, seasonal, status, opened, sailings"),
    ("routes:\n  north:\n    master: Ines\n", 2,
     "routes.north has no 'sailings' (a mapping of day to times)"),
    ("routes:\n  north:\n", 2, "routes.north must be a mapping with 'sailings', got null"),
    ("routes: {}\n", 1, "routes is empty; give at least one route"),
    # the top: its label stands for the path
    ("- north\n", 1, "the timetable must be a mapping with 'routes', got list"),
    ("ferries: {}\n", 1, "the timetable: unknown key 'ferries'; expected one of: routes"),
    ("# no routes yet\n", None, "the timetable is empty; it must be a mapping with 'routes'"),
])
def test_errors_name_the_line_and_the_path(text: str, line: int | None, message: str) -> None:
    error = fails(text)
    assert (error.path, error.line, error.message) == ("ferries.yml", line, message)
    assert str(error) == (f"ferries.yml:{line}: " if line else "ferries.yml: ") + message


def test_the_error_class_is_the_readers_own() -> None:
    for error in (InputError, LexiconError, RegistryError):
        assert type(fails("routes: []\n", error=error)) is error


def test_a_check_that_raises_names_the_path() -> None:
    def harbour(name: str) -> None:
        if not name.islower():
            raise ValueError(f"harbour {name!r} must be lower case")

    shape = MapOf(ListOf(STR), keys=harbour)
    assert fails("north: [a]\nSouth: [b]\n", shape).message == "the timetable: harbour 'South' must be lower case"
    items = ListOf(STR.but(check=lambda t: int(t[:2]) < 24 or bad_time(t)))
    error = fails("- '07:10'\n- '25:00'\n", items)
    assert (error.line, error.message) == (2, "the timetable: time '25:00' is past midnight")


def bad_time(text: str) -> None:
    raise ValueError(f"time {text!r} is past midnight")


def test_scalars_as_yaml_reads_them_or_as_written() -> None:
    shape = Fields({"any": SCALAR, "text": TEXT})
    assert load("any: yes\ntext: yes\n", shape).plain() == {"any": True, "text": "yes"}
    assert load("any: ~\ntext: ~\n", shape).plain() == {"any": None, "text": "~"}
    assert load("any: 0x10\ntext: 0x10\n", shape).plain() == {"any": 16, "text": "0x10"}
    assert load("NO: [Oslo]\n", MapOf(ListOf(STR))).plain() == {"NO": ["Oslo"]}  # a key as written, not false


def test_null_as_an_empty_mapping_where_allowed() -> None:
    notes = Fields({"notes": MapOf(TEXT, null_ok=True)}, null_ok=True)
    assert load("notes:\n", notes).plain() == {"notes": {}}
    assert load("", notes).plain() == {}
    assert fails("notes: [a]\n", notes).message == "notes must be a mapping, got list"


def test_a_pair_and_either() -> None:
    term = Either(STR, Pair(STR, NUMBER.but(expected="a number (its weight)")), expected="a string")
    terms = MapOf(ListOf(term))
    top = load("en: [calm, {harbour: 2}]\n", terms)
    calm, weighted = top.data["en"].data
    assert calm.data == "calm" and weighted.data[0].data == "harbour" and weighted.data[1].data == 2
    assert weighted.data[1].path == "en.harbour"
    assert fails("en:\n  - calm\n  - {harbour: lots}\n", terms).message == \
        "en.harbour must be a number (its weight), got str"
    error = fails("en:\n  - calm\n  - {harbour: 1, quay: 2}\n", terms)
    assert (error.line, error.message) == (3, "en must be a list of strings, got mapping (item 2)")
    assert fails("en: [{12: 1}]\n", terms).message == "en must be a list of strings, got int (item 1: 12; quote it)"
    either = Fields({"lights": Either(BOOL, Fields({"colour": STR}), expected="false or a mapping of settings")})
    assert load("lights: false\n", either).plain() == {"lights": False}
    assert load("lights: {colour: green}\n", either).plain() == {"lights": {"colour": "green"}}
    assert fails("lights: 3\n", either).message == "lights must be false or a mapping of settings, got int"


def test_a_shape_can_hold_itself() -> None:
    place = MapOf(TEXT, expected="a mapping of places")
    place.value = Either(place, ListOf(TEXT.but(expected="a name")), expected="a mapping or a list of names")
    top = load("coast:\n  north: [Ardle, Brae]\n  south:\n    bay: [Cove]\n", place)
    assert top.plain() == {"coast": {"north": ["Ardle", "Brae"], "south": {"bay": ["Cove"]}}}
    error = fails("coast:\n  south:\n    bay: [Cove, [x]]\n", place)
    assert (error.line, error.message) == (3, "coast.south.bay must be a list of names, got list (item 2)")


def test_value_errors_name_the_value_or_its_key() -> None:
    top = load(GOOD)
    north = top.data["routes"].data["north"]
    assert str(north.error("routes.north is closed", at_key=True)) == "ferries.yml:2: routes.north is closed"
    late = north.data["sailings"].data["sat"].data[0]
    error = late.error("sailing '10:00' is late")
    assert isinstance(error, InputError) and str(error) == "ferries.yml:11: sailing '10:00' is late"


def test_on_error_collects_every_problem_and_leaves_the_parts_out() -> None:
    found: list[FramingError] = []
    text = "routes:\n  north:\n    berths: many\n    sailings:\n      mon: ['07:10', 8, '09:40']\n      sun: ['9']\n"
    top = load(text, on_error=found.append)
    assert [(e.line, e.message) for e in found] == [
        (3, "routes.north.berths must be a whole number, got str"),
        (5, "routes.north.sailings.mon must be a list of strings, got int (item 2: 8; quote it)"),
        (6, "routes.north.sailings: key 'sun' is not allowed"),
    ]
    assert top.plain() == {"routes": {"north": {"sailings": {"mon": ["07:10", "09:40"]}}}}
    assert load("- a\n", on_error=found.append) is None and found[-1].line == 1


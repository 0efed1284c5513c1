"""English nouns of a person's role, and their plurals (see ``Reference.role_nouns``, ``role_plurals``)."""

from __future__ import annotations

ROLE_NOUNS = frozenset({
    "president", "leader", "head", "minister", "spokesman", "spokeswoman", "spokesperson", "ambassador",
    "diplomat", "envoy", "politician", "official", "chief", "premier", "chancellor", "secretary", "commissioner",
    "representative", "editor", "correspondent", "senator", "lawmaker", "governor", "mayor", "candidate",
    "challenger", "prosecutor", "general", "commander", "strongman", "king", "queen", "monarch", "chairman",
    "chairwoman", "director", "speaker", "judge", "magistrate", "officer",
})


def _plural(noun: str) -> str:
    """"ministers", "spokesmen", "spokespeople", "secretaries": what "the ministers said" refers back with."""
    for singular, plural in (("man", "men"), ("person", "people"), ("ry", "ries")):
        if noun.endswith(singular):
            return noun[:-len(singular)] + plural
    return noun + "s"


ROLE_PLURALS = frozenset(map(_plural, ROLE_NOUNS))

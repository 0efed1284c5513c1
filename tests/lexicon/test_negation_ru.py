"""Negation in Russian: negators, phrases that only look negative, and contrast."""

from framing.lexicon import compile_lexicon, load_lexicon

MATCHER = compile_lexicon(load_lexicon("unrest"))


def _frames(text):
    return [h.frame for h in MATCHER.match(text, "ru") if h.polarity != "negated"]


def test_negated_term_is_a_negated_hit():
    assert "terrorism" not in _frames("Это не терроризм.")
    assert [h.polarity for h in MATCHER.match("Это не терроризм.", "ru")] == ["negated"]


def test_contrast_ends_the_negation():
    assert _frames("Это не протест, а терроризм.") == ["terrorism"]


def test_not_only_does_not_negate():
    assert "terrorism" in _frames("Это не только терроризм.")

"""keyness.py: words a reader can use, with no stopwords by default, and Arabic words as they are written."""

from __future__ import annotations

import pickle

from framing import languages
from framing.keyness import GroupTotals, count_groups, keyness
from framing.languages.stopwords import is_stopword
from framing.model import Hit, ScoredStatement, Statement
from framing.views import keyness_view

FRAMES = ("terrorism", "dialogue")


def scored(actor: str, text: str, *frames: str, lang: str = "en") -> ScoredStatement:
    s = Statement("d", "Outlet", lang, actor, actor, "direct", 0, len(text), text)
    return ScoredStatement(s, len(text.split()), tuple(Hit(f, f, 0, 1) for f in frames))


# Two speakers whose statements are mostly function words: the ministry
# piles up "the", "of", "that", "it", "was"; the council its content words.
STOP_HEAVY = [
    scored("ministry", "It was the work of the gangs, and it was the gangs that did it", "terrorism"),
    scored("ministry", "The attack on the bridge was the work of the gangs of the north", "terrorism"),
    scored("ministry", "It is what it is: it was an attack of the gangs, said the minister", "terrorism"),
    scored("council", "Talks between neighbours can bring calm", "dialogue"),
    scored("council", "We want talks and mediation between neighbours", "dialogue"),
    scored("council", "Mediation and talks, now", "dialogue"),
]
ARABIC = [
    scored("ministry", "على الجماعة الإرهابية أن تعلم أن الدولة على حق", "terrorism", lang="ar"),
    scored("ministry", "الجماعة الإرهابية هاجمت على الجسر", "terrorism", lang="ar"),
    scored("ministry", "وقال الوزير إن علي كان في الجسر", lang="ar"),
    scored("council", "ندعو إلى الحوار والتهدئة بين الجيران", "dialogue", lang="ar"),
    scored("council", "الحوار هو الطريق", "dialogue", lang="ar"),
]


def _words(result, group: str, versus: str = "rest") -> list[str]:
    return [f.feature for f in result.features
            if f.kind == "word" and f.group == (group,) and f.versus_label == versus]


def _stop(word: str, lang: str = "en") -> bool:
    return is_stopword(languages.get(lang).normalize(word), lang)


def test_stopwords_are_left_out_by_default() -> None:
    result = keyness(count_groups(STOP_HEAVY), FRAMES, top=10)
    ministry, council = _words(result, "ministry"), _words(result, "council")
    assert ministry[0] == "gangs" and {"attack", "work"} <= set(ministry)
    assert council[:3] == ["talks", "mediation", "neighbours"]
    assert not [w for f in result.features if f.kind == "word" for w in [f.feature] if _stop(w)]
    assert result.keep_stopwords is False


def test_keep_stopwords_brings_them_back() -> None:
    result = keyness(count_groups(STOP_HEAVY), FRAMES, top=10, keep_stopwords=True)
    ministry = _words(result, "ministry")
    assert {"the", "it", "was", "of"} <= set(ministry)
    assert ministry.index("the") < ministry.index("attack")  # the most over-used of all
    assert result.keep_stopwords is True


def test_a_content_words_numbers_are_the_same_either_way() -> None:
    """``n`` counts every token, so leaving stopwords out changes what is listed, not the numbers."""
    groups = count_groups(STOP_HEAVY)
    without = {(f.group, f.versus, f.feature): f for f in keyness(groups, FRAMES, top=50).features}
    kept = {(f.group, f.versus, f.feature): f for f in keyness(groups, FRAMES, top=50, keep_stopwords=True).features}
    assert without and all(kept[key] == f for key, f in without.items())
    assert [f for f in without.values() if f.kind == "frame"] == [f for f in kept.values() if f.kind == "frame"]


def test_arabic_words_are_shown_as_written() -> None:
    result = keyness(count_groups(ARABIC), FRAMES, top=10)
    ministry, council = _words(result, "ministry"), _words(result, "council")
    assert set(ministry[:3]) == {"الإرهابية", "الجماعة", "الجسر"}  # not the keys "الارهابيه", "الجماعه"
    assert "على" not in ministry and "علي" not in ministry
    assert "الحوار" in council and "بين" not in council and "إلى" not in council
    kept = _words(keyness(count_groups(ARABIC), FRAMES, top=10, keep_stopwords=True), "ministry")
    assert "على" in kept and "علي" not in kept  # 3 times على, once the name علي: one key, shown as على


def test_ties_between_written_forms_go_to_the_first_alphabetically() -> None:
    groups = count_groups([scored("a", "أمن امن", lang="ar"), scored("b", "حوار", lang="ar")])
    assert _words(keyness(groups, FRAMES, top=5), "a") == ["أمن"]
    again = count_groups([scored("a", "امن أمن", lang="ar"), scored("b", "حوار", lang="ar")])
    assert _words(keyness(again, FRAMES, top=5), "a") == ["أمن"]


def test_totals_merge_to_the_same_result() -> None:
    """Counted in any split and merged, the totals give the same keyness (as with --jobs N)."""
    corpus = STOP_HEAVY + ARABIC
    whole = count_groups(corpus)
    merged: dict[tuple[str, ...], GroupTotals] = {}
    for part in (corpus[::2], corpus[1::2]):
        for key, totals in count_groups(part).items():
            merged.setdefault(key, GroupTotals()).merge(totals)
    assert merged == whole
    for keep in (False, True):
        assert keyness(merged, FRAMES, keep_stopwords=keep) == keyness(whole, FRAMES, keep_stopwords=keep)
    assert pickle.loads(pickle.dumps(whole)) == whole


def test_a_word_is_a_stopword_in_its_own_language() -> None:
    """"и" is Russian for "and"; the same letters in an English statement are no English stopword."""
    groups = count_groups([scored("a", "и и мир", lang="ru"), scored("b", "и и peace", lang="en"),
                           scored("c", "calm words here", lang="en")])
    stopped = {key[0]: totals.stop for key, totals in groups.items()}
    assert stopped == {"a": {"и"}, "b": set(), "c": {"here"}}


def test_json_says_whether_stopwords_were_kept() -> None:
    groups = count_groups(STOP_HEAVY)
    assert keyness_view(keyness(groups, FRAMES)).json["stopwords"] == "left out"
    assert keyness_view(keyness(groups, FRAMES, keep_stopwords=True)).json["stopwords"] == "kept"

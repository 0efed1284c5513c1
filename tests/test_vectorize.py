"""LexiconVectorizer: the scikit-learn contract, written by hand (check_estimator does not fit raw text)."""

from __future__ import annotations

import doctest
import pickle

import numpy as np
import pytest
import scipy.sparse as sp
from sklearn.base import clone
from sklearn.feature_extraction.text import TfidfTransformer
from sklearn.pipeline import Pipeline, make_pipeline

import framing.vectorize
from framing.lexicon import load_lexicon
from framing.model import Frame, Hit
from framing.vectorize import LexiconVectorizer, count_matrix

FRAMES = {
    "terror": {"en": ["terror*", "counter-terrorism"], "ar": ["إرهاب*"]},
    "calm": {"en": ["restraint", "call* for calm"], "ar": ["ضبط النفس"]},
    "dialogue": {"en": ["dialogue"], "ar": ["حوار"]},
}
DOCS = [
    "We call for calm and restraint.",
    "A counter-terrorism operation against terrorists; dialogue now.",
    "Nothing to see here.",
    "",
]
EXPECTED = np.array([[0, 2, 0], [2, 0, 1], [0, 0, 0], [0, 0, 0]])


def test_docstring_examples() -> None:
    result = doctest.testmod(framing.vectorize, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0 and result.failed == 0


def test_fit_transform_counts_in_lexicon_order() -> None:
    vec = LexiconVectorizer(frames=FRAMES)
    X = vec.fit_transform(DOCS)
    assert sp.issparse(X) and X.format == "csr" and X.shape == (4, 3)
    assert X.dtype == np.int64
    np.testing.assert_array_equal(X.toarray(), EXPECTED)
    # user order, not sorted
    assert list(vec.get_feature_names_out()) == ["terror", "calm", "dialogue"]
    assert vec.frames_[0].id == "terror"


def test_binary() -> None:
    X = LexiconVectorizer(frames=FRAMES, binary=True).fit_transform(DOCS)
    np.testing.assert_array_equal(X.toarray(), (EXPECTED > 0).astype(int))


def test_with_a_loaded_lexicon_and_languages() -> None:
    unrest = load_lexicon("unrest")
    vec = LexiconVectorizer(unrest).fit([])
    assert tuple(vec.get_feature_names_out()) == unrest.frame_ids
    ar = ["دعت إلى ضبط النفس والحوار", "والإرهابيين"]
    assert LexiconVectorizer(unrest).fit_transform(ar).sum() == 0  # lang="en": Arabic terms unused
    X = LexiconVectorizer(unrest, lang="ar").fit_transform(ar)
    names = list(vec.get_feature_names_out())
    assert X[0, names.index("restraint")] == 1 and X[0, names.index("dialogue")] == 1
    assert X[1, names.index("terrorism")] == 1
    mixed = LexiconVectorizer(unrest, lang="auto").fit_transform(["calls for restraint", ar[0]])
    assert mixed[0, names.index("restraint")] == 1 and mixed[1, names.index("restraint")] == 1


def test_frames_as_frame_objects() -> None:
    frames = [Frame("calm", "", {"en": ("restraint",)})]
    X = LexiconVectorizer(frames=frames).fit_transform(["restraint, restraint"])
    assert X.toarray().tolist() == [[2]]


def test_hits_are_evidence() -> None:
    vec = LexiconVectorizer(frames=FRAMES).fit(DOCS)
    doc = DOCS[0]
    hits = vec.hits([doc])
    assert hits == [[Hit("calm", "call* for calm", 3, 16), Hit("calm", "restraint", 21, 30)]]
    assert [doc[h.start:h.end] for h in hits[0]] == ["call for calm", "restraint"]


def test_transform_without_fit_compiles_lazily() -> None:
    vec = LexiconVectorizer(frames=FRAMES)
    np.testing.assert_array_equal(vec.transform(DOCS).toarray(), EXPECTED)
    assert hasattr(vec, "matcher_")
    assert list(LexiconVectorizer(frames=FRAMES).get_feature_names_out()) == ["terror", "calm", "dialogue"]


def test_empty_input() -> None:
    X = LexiconVectorizer(frames=FRAMES).fit_transform([])
    assert X.shape == (0, 3)


def test_generator_input() -> None:
    X = LexiconVectorizer(frames=FRAMES).fit_transform(d for d in DOCS)
    np.testing.assert_array_equal(X.toarray(), EXPECTED)


def test_rejects_bare_string() -> None:
    vec = LexiconVectorizer(frames=FRAMES)
    message = "Iterable over raw text documents expected, string object received."
    with pytest.raises(ValueError, match=message):
        vec.fit("call for calm")
    with pytest.raises(ValueError, match=message):
        vec.fit(DOCS).transform("call for calm")
    with pytest.raises(ValueError, match=message):
        vec.fit_transform("call for calm")


def test_rejects_non_text_documents() -> None:
    with pytest.raises(TypeError, match="Document 1 is int; raw text"):
        LexiconVectorizer(frames=FRAMES).fit_transform(["calm", 3])


@pytest.mark.parametrize(("params", "error", "message"), [
    ({}, ValueError, "Give exactly one of lexicon="),
    ({"lexicon": load_lexicon("unrest"), "frames": FRAMES}, ValueError, "Give exactly one"),
    ({"lexicon": "unrest"}, TypeError, r"lexicon must be a Lexicon, got str; load it first"),
    ({"frames": FRAMES, "lang": "fr"}, ValueError, r"lang='fr' is not supported; choose one of ar, en, (ru, )?auto"),
    ({"frames": {"Bad Id": {"en": ["x"]}}}, ValueError, "bad frame id 'Bad Id'"),
    ({"frames": {"x": {"de": ["x"]}}}, ValueError, "unknown language code 'de'"),
    ({"frames": {"x": {"en": "calm"}}}, ValueError, "must be a list of strings, got str"),
    ({"frames": {"x": {"en": []}}}, ValueError, "non-empty list of strings"),
    ({"frames": {"x": {"en": ["ter*or"]}}}, ValueError, "may only end a word"),
    ({"frames": {"x": ["calm"]}}, ValueError, "must map language codes to lists of terms"),
    ({"frames": {}}, ValueError, "no frames"),
    ({"frames": "calm"}, TypeError, "got str"),
])
def test_parameter_errors_raised_in_fit(params: dict, error: type, message: str) -> None:
    vec = LexiconVectorizer(**params)  # __init__ never validates (clone/set_params need that)
    with pytest.raises(error, match=message):
        vec.fit(DOCS)


def test_get_and_set_params_and_clone() -> None:
    vec = LexiconVectorizer(frames=FRAMES, lang="en", binary=True)
    assert vec.get_params() == {"lexicon": None, "frames": FRAMES, "lang": "en", "binary": True, "weighted": False,
                              "negation": None}
    fitted = vec.fit(DOCS)
    copy = clone(fitted)
    assert not hasattr(copy, "matcher_")
    assert copy.get_params() == vec.get_params()
    copy.set_params(binary=False)
    np.testing.assert_array_equal(copy.fit_transform(DOCS).toarray(), EXPECTED)


def test_pickle_roundtrip() -> None:
    vec = LexiconVectorizer(load_lexicon("unrest")).fit(DOCS)
    again = pickle.loads(pickle.dumps(vec))
    assert (again.transform(DOCS) != vec.transform(DOCS)).nnz == 0
    assert list(again.get_feature_names_out()) == list(vec.get_feature_names_out())


def test_pipeline_with_tfidf() -> None:
    pipe = Pipeline([("frames", LexiconVectorizer(frames=FRAMES)), ("tfidf", TfidfTransformer())])
    X = pipe.fit_transform(DOCS)
    assert X.shape == (4, 3)
    assert X[0, 1] > 0 and X[0, 0] == 0
    np.testing.assert_allclose(sp.linalg.norm(X[:2], axis=1), [1.0, 1.0])
    assert list(pipe.get_feature_names_out()) == ["terror", "calm", "dialogue"]
    assert make_pipeline(clone(pipe)).fit(DOCS).transform(DOCS).shape == (4, 3)


def test_deterministic() -> None:
    a = LexiconVectorizer(load_lexicon("unrest"), lang="auto").fit_transform(DOCS * 3)
    b = LexiconVectorizer(load_lexicon("unrest"), lang="auto").fit_transform(DOCS * 3)
    assert (a != b).nnz == 0
    assert a.has_sorted_indices


def test_count_matrix_ignores_unknown_frames() -> None:
    hits = [[Hit("b", "t", 0, 1), Hit("x", "t", 2, 3), Hit("b", "t", 4, 5)], [], [Hit("a", "t", 0, 1)]]
    X = count_matrix(hits, ["a", "b"])
    assert X.toarray().tolist() == [[0, 2], [0, 0], [1, 0]]
    assert count_matrix(hits, ["a", "b"], binary=True).toarray().tolist() == [[0, 1], [0, 0], [1, 0]]


def test_weighted_and_negated() -> None:
    frames = {"valence": {"en": {"good": 3, "bad": -3, "not good": -2}}}
    docs = ["good and bad", "not good", "good, good", "never good"]
    vec = LexiconVectorizer(frames=frames, weighted=True, negation="exclude")  # sentiment: "never good" is no good
    X = vec.fit_transform(docs)
    assert X.dtype == np.float64
    assert X.toarray().ravel().tolist() == [0.0, -2.0, 6.0, 0.0]
    assert [[h.term for h in hits] for hits in vec.cancelled(docs)] == [[], [], [], ["good"]]
    # framing counts a negated match (it invokes the frame), with its polarity
    assert LexiconVectorizer(frames=frames).fit_transform(docs).toarray().ravel().tolist() == [2, 1, 2, 1]
    assert LexiconVectorizer(frames=frames, weighted=True).fit_transform(docs).toarray().ravel().tolist() == [
        0.0, -2.0, 6.0, 3.0]
    with pytest.raises(ValueError, match="negation='drop'"):
        LexiconVectorizer(frames=frames, negation="drop").fit(docs)
    with pytest.raises(ValueError, match="binary=True or weighted=True, not both"):
        LexiconVectorizer(frames=frames, weighted=True, binary=True).fit(docs)
    weighted = count_matrix([[Hit("a", "t", 0, 1, 0.5), Hit("a", "t", 2, 3, 2.0)]], ["a"], weighted=True)
    assert weighted.toarray().tolist() == [[2.5]]

"""Lexicon frames as features: a scikit-learn transformer over raw texts.

The estimator never opens files: give it a :class:`~framing.model.Lexicon`
(from :func:`framing.lexicon.load_lexicon`) or frames written inline.
"""

from __future__ import annotations

from typing import Any, Iterable, Mapping, Sequence

import numpy as np
import scipy.sparse as sp
from sklearn.base import BaseEstimator, TransformerMixin

from framing import languages
from framing.lexicon import schema, with_negation
from framing.lexicon.patterns import Matcher, Matches, compile_lexicon
from framing.model import NEGATION_MODES, Frame, Hit, Lexicon
from framing.text import script_lang

AUTO = "auto"


def count_matrix(hit_lists: Iterable[Sequence[Hit]], frames: Sequence[str], *, binary: bool = False,
                 weighted: bool = False) -> sp.csr_matrix:
    """A rows x frames CSR matrix of hit counts from per-row hit lists.

    Parameters
    ----------
    hit_lists : iterable of sequences of Hit
        One sequence per row (statement).
    frames : sequence of str
        Frame ids, the column order. Hits of other frames are ignored.
    binary : bool
        Mark presence (1) instead of counting.
    weighted : bool
        Sum the hits' lexicon weights (float matrix) instead of counting.
    """
    column = {frame: j for j, frame in enumerate(frames)}
    indptr, indices, values = [0], [], []
    for hits in hit_lists:
        counts: dict[int, float] = {}
        for hit in hits:
            j = column.get(hit.frame)
            if j is not None:
                counts[j] = counts.get(j, 0) + (hit.weight if weighted else 1)
        for j in sorted(counts):
            indices.append(j)
            values.append(1 if binary else counts[j])
        indptr.append(len(indices))
    dtype = np.float64 if weighted and not binary else np.int64
    return sp.csr_matrix(
        (np.asarray(values, dtype=dtype), np.asarray(indices, dtype=np.int32), np.asarray(indptr, dtype=np.int64)),
        shape=(len(indptr) - 1, len(frames)),
    )


def _frames_from_mapping(frames: Mapping[str, Any]) -> tuple[Frame, ...]:
    out = []
    for frame_id, terms in frames.items():
        schema.check_frame_id(frame_id)
        if not isinstance(terms, Mapping) or not terms:
            raise ValueError(f"frames[{frame_id!r}] must map language codes to lists of terms, e.g. {{'en': ['calm']}}")
        clean: dict[str, tuple[str, ...]] = {}
        weights: dict[str, dict[str, float]] = {}
        for code, words in terms.items():
            schema.check_lang(code)
            if isinstance(words, Mapping):  # {term: weight}
                found = {t: float(w) for t, w in words.items() if isinstance(w, (int, float)) and w != 1}
                if found:
                    weights[code] = found
                words = tuple(words)
            if isinstance(words, str) or not isinstance(words, Iterable):
                raise ValueError(f"frames[{frame_id!r}][{code!r}] must be a list of strings, got {type(words).__name__}")
            words = tuple(words)
            if not words or not all(isinstance(w, str) for w in words):
                raise ValueError(f"frames[{frame_id!r}][{code!r}] must be a non-empty list of strings")
            for word in words:
                schema.check_term(word)
            clean[code] = words
        out.append(Frame(id=frame_id, description="", terms=clean, weights=weights))
    return tuple(out)


class LexiconVectorizer(TransformerMixin, BaseEstimator):
    """Count framing-lexicon hits in raw texts: a documents x frames matrix.

    Each document is a raw text (``str``) in the language ``lang``; with
    ``lang="auto"`` each document's language is judged by its script (for
    mixed-language statements pass their texts with ``lang="auto"``, or
    group them by language). Matching follows
    :mod:`framing.lexicon.patterns`: whole tokens, ``*`` prefixes, phrases,
    overlaps within a frame counted once; a negated match ("not
    terrorism") counts, as it does in ``compare``, unless the lexicon's
    negation mode is ``exclude`` (see :meth:`cancelled`).

    Nothing is learned from the data; ``fit`` validates the parameters and
    compiles the lexicon once, and ``transform`` compiles it on first use
    when ``fit`` was skipped.

    Parameters
    ----------
    lexicon : Lexicon, default=None
        A loaded lexicon (:func:`framing.lexicon.load_lexicon`). The
        estimator does not read files.
    frames : sequence of Frame or mapping, default=None
        Instead of ``lexicon``: ``Frame`` objects, or a mapping
        ``{frame_id: {lang: [terms]}}`` (or ``{lang: {term: weight}}``).
        Give exactly one of the two.
    lang : {"en", "ar", "auto"}, default="en"
        Language of the documents; ``"auto"`` judges each by its script.
    binary : bool, default=False
        If True, every non-zero count is set to 1.
    weighted : bool, default=False
        If True, sum the lexicon weights of the hits (a float matrix)
        instead of counting them.
    negation : {"include", "exclude"} or None, default=None
        ``"exclude"`` leaves out a match a negator governs ("never good"),
        as sentiment scoring wants; ``"include"`` counts it, as framing
        does; None keeps the lexicon's own setting (default include).

    Attributes
    ----------
    frames_ : tuple of Frame
        The frames, in lexicon order (the column order).
    matcher_ : Matcher
        The compiled lexicon.

    See Also
    --------
    framing.lexicon.load_lexicon : Read a lexicon file or bundled lexicon.
    framing.lexicon.patterns.Matcher.match : Hits with offsets, for evidence.

    Examples
    --------
    >>> from framing.vectorize import LexiconVectorizer
    >>> frames = {"calm": {"en": ["restraint", "call* for calm"]},
    ...           "terror": {"en": ["terror*", "counter-terrorism"]}}
    >>> vectorizer = LexiconVectorizer(frames=frames)
    >>> X = vectorizer.fit_transform([
    ...     "We call for calm and restraint.",
    ...     "A counter-terrorism operation against terrorists.",
    ...     "Nothing to see here.",
    ... ])
    >>> vectorizer.get_feature_names_out()
    array(['calm', 'terror'], dtype=object)
    >>> X.toarray()
    array([[2, 0],
           [0, 2],
           [0, 0]])
    """

    def __init__(
        self,
        lexicon: Lexicon | None = None,
        *,
        frames: Sequence[Frame] | Mapping[str, Any] | None = None,
        lang: str = "en",
        binary: bool = False,
        weighted: bool = False,
        negation: str | None = None,
    ):
        self.lexicon = lexicon
        self.frames = frames
        self.lang = lang
        self.binary = binary
        self.weighted = weighted
        self.negation = negation

    def _validate_frames(self) -> tuple[Frame, ...]:
        if (self.lexicon is None) == (self.frames is None):
            raise ValueError(
                "Give exactly one of lexicon= (a Lexicon from framing.lexicon.load_lexicon) "
                "or frames= (a mapping {frame_id: {lang: [terms]}})."
            )
        if self.lexicon is not None:
            if not isinstance(self.lexicon, Lexicon):
                raise TypeError(
                    f"lexicon must be a Lexicon, got {type(self.lexicon).__name__}; load it first, e.g. "
                    "LexiconVectorizer(load_lexicon('unrest')) (the estimator does not read files)."
                )
            frames = tuple(self.lexicon.frames)
        elif isinstance(self.frames, Mapping):
            frames = _frames_from_mapping(self.frames)
        elif isinstance(self.frames, str):
            raise TypeError("frames must be Frame objects or a mapping {frame_id: {lang: [terms]}}, got str.")
        else:
            frames = tuple(self.frames)
            if not all(isinstance(f, Frame) for f in frames):
                raise TypeError("frames must be Frame objects or a mapping {frame_id: {lang: [terms]}}.")
        if not frames:
            raise ValueError("The lexicon has no frames.")
        if self.negation not in (None, *NEGATION_MODES):
            raise ValueError(f"negation={self.negation!r}; choose one of {', '.join(NEGATION_MODES)} or None.")
        return with_negation(Lexicon("", "", frames), self.negation).frames

    def _validate_lang(self) -> None:
        if self.lang != AUTO and self.lang not in languages.codes():
            choices = ", ".join((*languages.codes(), AUTO))
            raise ValueError(f"lang={self.lang!r} is not supported; choose one of {choices}.")

    def fit(self, raw_documents: Iterable[str] | None = None, y: Any = None) -> "LexiconVectorizer":
        """Validate the parameters and compile the lexicon.

        Parameters
        ----------
        raw_documents : iterable of str, optional
            Ignored (nothing is learned), but a bare string is rejected.
        y : None
            Ignored.

        Returns
        -------
        self : LexiconVectorizer
        """
        _check_not_str(raw_documents)
        self._validate_lang()
        if self.binary and self.weighted:
            raise ValueError("Give binary=True or weighted=True, not both.")
        frames = self._validate_frames()
        self.matcher_: Matcher = compile_lexicon(frames)
        self.frames_: tuple[Frame, ...] = frames
        return self

    def _ensure_fitted(self) -> None:
        if not hasattr(self, "matcher_"):
            self.fit()

    def _scan(self, raw_documents: Iterable[str]) -> list[Matches]:
        _check_not_str(raw_documents)
        self._ensure_fitted()
        out = []
        for number, doc in enumerate(raw_documents):
            if not isinstance(doc, str):
                raise TypeError(f"Document {number} is {type(doc).__name__}; raw text (str) expected.")
            lang = script_lang(doc) if self.lang == AUTO else self.lang
            out.append(self.matcher_.scan(doc, lang))
        return out

    def hits(self, raw_documents: Iterable[str]) -> list[list[Hit]]:
        """Per document, its hits (offsets into that document), sorted."""
        return [found.hits for found in self._scan(raw_documents)]

    def cancelled(self, raw_documents: Iterable[str]) -> list[list[Hit]]:
        """Per document, the matches a negator cancelled ("not terrorism") under ``negation="exclude"``, sorted."""
        return [found.cancelled for found in self._scan(raw_documents)]

    def transform(self, raw_documents: Iterable[str]) -> sp.csr_matrix:
        """Count frame hits per document.

        Parameters
        ----------
        raw_documents : iterable of str
            Raw texts.

        Returns
        -------
        X : scipy.sparse.csr_matrix of shape (n_documents, n_frames)
            Hit counts (or 0/1 with ``binary=True``, weight sums with
            ``weighted=True``), columns in lexicon frame order.
        """
        hit_lists = self.hits(raw_documents)
        return count_matrix(hit_lists, self.matcher_.frames, binary=self.binary, weighted=self.weighted)

    def get_feature_names_out(self, input_features: Any = None) -> np.ndarray:
        """Frame ids, in lexicon order.

        Returns
        -------
        feature_names_out : ndarray of str objects
        """
        self._ensure_fitted()
        return np.asarray(self.matcher_.frames, dtype=object)

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        return tags


def _check_not_str(raw_documents: Any) -> None:
    if isinstance(raw_documents, str):
        raise ValueError("Iterable over raw text documents expected, string object received.")

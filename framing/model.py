"""Plain data objects passed between the pipeline stages.

Frozen dataclasses only. Offsets (``start``/``end``) are Python string indices
into the owning document's text exactly as read, so ``doc.text[s.start:s.end]
== s.text`` for every statement and hit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Mapping, NamedTuple

if TYPE_CHECKING:
    from framing.extract.confidence import Clues

# "document" is a whole document scored without attribution (``compare --unit document``).
KINDS = ("direct", "indirect", "narration", "document")


@dataclass(frozen=True, slots=True)
class Document:
    """One article: its text and metadata."""

    id: str
    text: str
    source: str = ""
    date: str = ""
    lang: str = ""
    url: str = ""
    title: str = ""
    meta: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Cue:
    """How a statement is attributed, as written: the cue (a verb, a source phrase) and the speaker.

    ``text`` is the cue as written (``start``/``end`` into the document),
    ``lemma`` its dictionary form ("claimed" -> "claim"), ``cls`` its class
    (:data:`framing.languages.CUE_CLASSES`: how the outlet reports the
    speaker: neutral "said", assertive "stressed", doubt "claimed",
    admission "admitted", ...); ``speaker_start``/``speaker_end`` the span of
    the speaker's mention, -1 when the subject is dropped or a pronoun.
    """

    text: str
    lemma: str
    cls: str
    start: int
    end: int
    speaker_start: int = -1
    speaker_end: int = -1


@dataclass(frozen=True, slots=True)
class Statement:
    """What one actor said in one document, as a span of that document.

    ``actor`` is a registry id, ``unknown:<mention>`` for a speaker the
    registry does not know, or ``outlet:<source>`` for narration.
    ``confidence`` (0–1) is the probability, by a model fitted on hand-coded
    news, that the actor is right given how the statement was found
    (:mod:`framing.extract.confidence`).
    """

    doc: str
    source: str
    lang: str
    actor: str
    speaker: str
    kind: str
    start: int
    end: int
    text: str
    confidence: float = 1.0
    via: str = ""       # a source cited as relaying the statement ("according to TASS, Peskov said")
    date: str = ""      # its document's date, as the corpus gives it
    cue: Cue | None = None  # the verb or source phrase that attributes it ("said", "according to"), if any
    # how extraction found it (framing.extract.confidence.Clues), which the confidence was computed from;
    # not part of the statement's identity or of any output
    clues: Clues | None = field(default=None, compare=False, repr=False)


#: The polarities of a hit, in the order tables show them.
AFFIRMED, NEGATED, ATTRIBUTED = "affirmed", "negated", "attributed"
POLARITIES = (AFFIRMED, NEGATED, ATTRIBUTED)
#: What ``--negation`` does with a negated match: count it (with its polarity), or cancel it.
INCLUDE, EXCLUDE = "include", "exclude"
NEGATION_MODES = (INCLUDE, EXCLUDE)


class Hit(NamedTuple):
    """One lexicon term matched in a text; offsets into the document.

    ``weight`` is the weight of the lexicon entry (1 unless the lexicon
    gives one); ``--metric weighted`` sums it. ``polarity`` is one of
    :data:`POLARITIES`: ``affirmed``, ``negated`` (inside a negator's scope:
    "not terrorists") or ``attributed`` (the speaker ascribes the label to
    others: "so-called terrorists", "smeared them as extremists"). A hit
    counts toward its frame whatever its polarity.

    A named tuple, not a dataclass: a scan makes one for every match, and a
    tuple is made in a fifth of the time of a frozen dataclass.
    """

    frame: str
    term: str
    start: int
    end: int
    weight: float = 1.0
    polarity: str = "affirmed"


@dataclass(frozen=True, slots=True)
class Negation:
    """When a frame's terms are negated, and what a negated match counts for.

    A term that a negator governs, within ``window`` tokens of the same
    sentence, is negated. ``None`` and missing languages fall back to the
    defaults of :mod:`framing.languages`; ``window=0`` turns negation off.
    ``pseudo`` lists phrases that start with a negator but do not negate
    ("not only", "لا بد"). ``mode`` is :data:`INCLUDE` (None: the default; a
    negated match is a hit with polarity ``negated``) or :data:`EXCLUDE` (it
    is cancelled: reported apart, never a hit).
    """

    window: int | None = None
    negators: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    pseudo: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    mode: str | None = None


@dataclass(frozen=True, slots=True)
class Frame:
    """A frame: an id, a description and its terms per language.

    ``weights`` maps language -> term -> weight for entries whose weight
    is not 1; ``negation`` is the frame's negation rule (``None``: the
    language defaults).
    """

    id: str
    description: str
    terms: Mapping[str, tuple[str, ...]]
    weights: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    negation: Negation | None = None


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A named set of frames; ``sha256`` identifies its content."""

    name: str
    description: str
    frames: tuple[Frame, ...]
    sha256: str = ""
    path: str = ""

    @property
    def frame_ids(self) -> tuple[str, ...]:
        return tuple(f.id for f in self.frames)


@dataclass(frozen=True, slots=True)
class Actor:
    """A canonical actor of a registry and its aliases per language."""

    id: str
    name: str
    aliases: Mapping[str, tuple[str, ...]]


@dataclass(frozen=True, slots=True)
class ScoredStatement:
    """A statement with its frame hits and token count.

    ``cancelled`` holds the matches that a negator cancelled ("not
    terrorism") under ``--negation exclude``; they are evidence only and
    never count as hits. By default a negated match is a hit with polarity
    ``negated``.
    """

    statement: Statement
    tokens: int
    hits: tuple[Hit, ...]
    cancelled: tuple[Hit, ...] = ()

    def frame_counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for hit in self.hits:
            counts[hit.frame] = counts.get(hit.frame, 0) + 1
        return dict(sorted(counts.items()))

    def cancelled_counts(self) -> dict[str, int]:
        """Cancelled matches per frame, sorted by frame."""
        counts: dict[str, int] = {}
        for hit in self.cancelled:
            counts[hit.frame] = counts.get(hit.frame, 0) + 1
        return dict(sorted(counts.items()))


@dataclass(frozen=True, slots=True)
class Row:
    """One group of a comparison table.

    ``low``/``high`` hold the bootstrap interval of each value when the
    table has one (:attr:`Table.ci`), else they are empty.
    """

    key: tuple[str, ...]
    statements: int
    tokens: int
    values: Mapping[str, float]
    hits: Mapping[str, int]
    with_frame: Mapping[str, int]
    low: Mapping[str, float] = field(default_factory=dict)
    high: Mapping[str, float] = field(default_factory=dict)
    #: Matches a negator cancelled, per frame (``--negation exclude``; not counted in ``hits``).
    cancelled: Mapping[str, int] = field(default_factory=dict)
    #: The hits per frame by polarity (``affirmed``, ``negated``, ``attributed``); they add up to ``hits``.
    polarity: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Bootstrap:
    """How a table's intervals were made: percentile bootstrap at ``level`` %,
    ``resamples`` resamples of the statements of each group, seeded by ``seed``."""

    level: float
    resamples: int
    seed: int


@dataclass(frozen=True, slots=True)
class Table:
    """A comparison: groups (rows) by frames (columns) under one metric."""

    by: tuple[str, ...]
    metric: str
    frames: tuple[str, ...]
    rows: tuple[Row, ...]
    lexicons: tuple[tuple[str, str], ...] = ()
    #: Bootstrap intervals of the values (each row's ``low``/``high``), or None.
    ci: Bootstrap | None = None
    #: Rows resting on fewer statements are flagged (0: no flagging).
    min_statements: int = 0
    #: What a row counts: ``statement`` (attributed statements), or ``document`` (``--unit document``).
    unit: str = "statement"

    @property
    def counted(self) -> str:
        """The name of a row's count in headers and fields: ``statements`` or ``documents``."""
        return f"{self.unit}s"

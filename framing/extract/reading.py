"""The typed records that flow through extraction: cue → reading → cue with its content.

* :class:`CueWord` — a speech verb, adverbial participle or "according to"
  phrase found in the tokens;
* :class:`Speaker` — what a subject construction found: a span and how it
  refers (a name, a pronoun, a dropped subject …), or a verdict that the cue
  word is no attribution of its own;
* :class:`Reading` — a cue word read in its sentence: speaker and the start
  (and, when a construction fixes it, the end) of its content;
* :class:`Cue` — a reading whose content is bounded: what statements are made of.

All are immutable; constructions return new records (``dataclasses.replace``).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from framing.extract.view import Span


class CueKind(Enum):
    VERB = "verb"              # said, заявил, قال
    PARTICIPLE = "participle"  # adding, добавив, مضيفاً: continues the current speaker
    ACCORDING = "according"    # according to X, по словам X, بحسب X
    REPORT = "report"          # it was reported that, в заявлении говорится: a passive report


class Subject(Enum):
    """How a cue's speaker is given."""

    NAME = "name"              # a mention names the speaker
    PRONOUN = "pronoun"        # he, она, هو: the last speaker
    ANAPHOR = "anaphor"        # the ministry, ведомство, الوزارة: an actor named before
    DROPPED = "dropped"        # وأضاف أن: no subject word at all
    INHERIT = "inherit"        # a participle or coordinated verb sharing the previous cue's subject
    IMPERSONAL = "impersonal"  # it was reported that: the last actor named
    # verdicts of the subject readers, never on a finished reading:
    COORDINATED = "coordinated"  # "… and urged": a second verb with no subject of its own
    EMBEDDED = "embedded"        # the cue word sits inside another statement's content


@dataclass(frozen=True, slots=True)
class CueWord:
    """``count`` tokens from ``index`` form a cue of ``kind`` with ``lemma``."""

    index: int
    count: int
    lemma: str
    kind: CueKind


@dataclass(frozen=True, slots=True)
class Speaker:
    """A subject construction's finding; ``content`` when the construction also fixes the content."""

    subject: Subject
    span: Span | None = None
    content: tuple[int, int | None] | None = None


@dataclass(frozen=True, slots=True)
class Reading:
    """A cue word read in its sentence; ``content_end`` is None until bounded."""

    verb_start: int
    verb_end: int
    lemma: str
    kind: CueKind
    sentence: Span
    subject: Subject = Subject.NAME
    speaker: Span | None = None
    content_start: int = 0
    content_end: int | None = None
    via: Span | None = None
    complement: bool = False  # the content opens with a complementizer ("said that …")
    nested: bool = False      # a report by another speaker inside this sentence's report ("X said Y had promised …")


@dataclass(frozen=True, slots=True)
class Cue:
    """One attribution in a paragraph: its verb, speaker and reported content.

    ``speaker`` is the span of the speaker mention, or None when the subject
    is dropped; ``subject`` says how to resolve it. ``content`` may be empty
    when the cue attributes an adjacent quotation. ``via`` is the span of a
    source relaying the statement.
    """

    start: int
    end: int
    lemma: str
    subject: Subject
    speaker: Span | None
    content: Span
    kind: CueKind = CueKind.VERB
    via: Span | None = None
    nested: bool = False  # inside another cue's content: it neither bounds that content nor hands on its speaker

    @property
    def according(self) -> bool:
        return self.kind is CueKind.ACCORDING

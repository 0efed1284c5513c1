"""What a document has said so far: the entities it mentioned, and who spoke last.

Extraction walks a document in order; :class:`Discourse` keeps, per actor,
an entity record — where it was last mentioned, last as a sentence's
subject, the names and words it was mentioned by, the gender and number it
showed — so that references back resolve to someone met before:

* a pronoun or a dropped subject to the most salient entity that agrees
  with it (the last subject or speaker; "she" not a man, "they" a group);
* a surname or a title and surname ("Mr Liu", "Lo") to the entity first
  named in full ("Ambassador Liu Xiaoming", "Commissioner Steven Lo");
* a description ("the ministers", "the commission") to the entity whose
  mention had that head noun.

Lookups are binary searches or dictionary probes, so a long document costs
linear time.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Sequence

from framing import languages
from framing.languages import Features
from framing.actors import Mention
from framing.extract.documents import Issued, issued_documents, issuer
from framing.extract.joint import coordinated
from framing.extract.quotes import OPENING_MARKS
from framing.extract.view import Paragraph, Tok

# How far back a description looks for the actor it names ("the commission" after
# "the Central Electoral Commission"): mentions, not characters.
RECALL = 400
_SUBJECT_WINDOW = 6      # words before a sentence's subject (openers, titles)
_VERB_FIRST_WINDOW = 3   # words before the subject in a verb-first sentence


class Earlier(Sequence[Mention]):
    """The mentions of a document that end at or before a position, most recent last."""

    __slots__ = ("_mentions", "_count")

    def __init__(self, mentions: list[Mention], count: int):
        self._mentions = mentions
        self._count = count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return self._mentions[:self._count][index]
        if index < 0:
            index += self._count
        if not 0 <= index < self._count:
            raise IndexError(index)
        return self._mentions[index]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._mentions[:self._count])

    def recent(self) -> Iterator[Mention]:
        """The last :data:`RECALL` mentions, most recent first."""
        stop = max(0, self._count - RECALL)
        for k in range(self._count - 1, stop - 1, -1):
            yield self._mentions[k]


@dataclass
class Entity:
    """One actor as the document has presented it so far."""

    actor: str
    last: int = -1          # where its latest mention ended
    first: int = -1         # where its first mention started
    subject_at: int = -1    # where its latest mention as a sentence subject started
    names: set[str] = field(default_factory=set)     # personal names it was mentioned by
    words: set[str] = field(default_factory=set)     # content words of its mentions
    genders: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)

    def agrees(self, features: Features) -> bool:
        """Whether a reference with these features may be to this entity."""
        gender, number = features
        if gender in ("m", "f") and self.genders and gender not in self.genders:
            return False
        if number == "sg" and self.numbers == {"pl"}:
            return False
        return not (number == "pl" and self.numbers == {"sg"} and gender in ("m", "f"))


@dataclass
class Discourse:
    """The entities a document has mentioned and who spoke last."""

    media: frozenset[str] = frozenset()   # actor ids of news media in the registry
    bodies: set[str] = field(default_factory=set)  # actors last spoken of as a body or outlet ("пишет БЕЛТА")
    last: tuple[str, ...] = ()            # the actors of the last statement
    last_speaker: str = ""                # its speaker mention as written
    last_para: int = -100                 # the paragraph it was in
    last_end: int = -1                    # where its attribution ended
    group: tuple[str, ...] = ()           # the actors of the last speakers named together ("A and B said")
    mentions: list[Mention] = field(default_factory=list)
    documents: list[Issued] = field(default_factory=list)  # documents named with their issuer, in text order
    entities: dict[str, Entity] = field(default_factory=dict)
    _ends: list[int] = field(default_factory=list)
    _named: dict[str, list[Entity]] = field(default_factory=dict)  # a personal name -> the entities it names
    _order: dict[str, int] = field(default_factory=dict)           # an actor -> when its entity was made
    # the entities sorted by where they were last a subject, and by where last mentioned (the first made
    # first on a tie), so that salient() looks back from a position instead of at every entity
    _subjects: list[tuple[int, str]] = field(default_factory=list)       # (subject_at, actor)
    _lasts: list[tuple[int, int, str]] = field(default_factory=list)     # (last, -made, actor)

    # -- recording ------------------------------------------------------------------

    def add(self, p: Paragraph, mentions: list[Mention]) -> None:
        """Record a paragraph's mentions (paragraphs come in text order)."""
        if not mentions:
            return  # nothing to record, and no sentence subject to look for
        self.mentions.extend(mentions)
        self._ends.extend(m.end for m in mentions)
        subject_mentions = _subject_mentions(p)
        subjects = {id(m) for m in subject_mentions}
        self.documents.extend(issued_documents(p, subject_mentions))
        for m in mentions:
            entity = self._entity(m.actor)
            self._reach(entity, m.end)
            entity.first = m.start if entity.first < 0 else min(entity.first, m.start)
            if id(m) in subjects:
                self._subject(entity, m.start)
            words = p.words(m.start, m.end)
            self._describe(entity, p, words, lang=p.lang, names=_alias_names(p, words))
            gender = _title_before(p, m.start)
            if gender:
                entity.genders.add(gender)  # "Ms Kovac" where the alias is "Kovac"

    def issuer(self, nouns: set[str], before: int) -> str | None:
        """Who issued the last document before ``before`` named with one of ``nouns`` ("the report")."""
        return issuer(self.documents, nouns, before)

    def note_speaker(self, actors: Iterable[str], p: Paragraph, span: tuple[int, int] | None,
                     features: Features = (None, None)) -> None:
        """A speaker mention resolved to ``actors``: its names and words now name them too."""
        words = p.words(*span) if span else []
        if span:
            self._note_group(p, span)
        for actor in actors:
            if actor.startswith("outlet:"):
                continue
            entity = self._entity(actor)
            self._reach(entity, span[1] if span else -1)
            if span and (entity.first < 0 or span[0] < entity.first):
                entity.first = span[0]
            self._describe(entity, p, words, names=_names(p, words), lang=p.lang)
            if features[0] in ("m", "f") and len(tuple(actors)) == 1 and not _institution(p, words):
                entity.genders.add(features[0])  # (a body speaks through people of either gender)
            if span and _body(p, words, span):
                self.bodies.add(actor)
            elif span:
                self.bodies.discard(actor)

    def person(self, pos: int, features: Features, before: Sequence[Mention]) -> str | None:
        """Who a role noun ("глава государства", "the politician") refers back to: the salient entity, the last
        speaker, else the actor named last, but never one last spoken of as a body or an outlet."""
        skip = self.bodies | self.media
        actor = self.salient(pos, features, recent_only=True)
        if actor is None or actor in skip:
            actor = next((a for a in self.last if a not in skip), None)
        return actor or next((m.actor for m in reversed(before) if m.actor not in skip), None)

    def _note_group(self, p: Paragraph, span: tuple[int, int]) -> None:
        """Speakers named together ("Minister A and Minister B said", "said Minister A and Minister B in a
        joint statement", where the cue's speaker is the first): the group "the ministers" refers back to."""
        inside = p.mentions_in(*span)
        if not inside:
            return
        after = p.mentions_in(inside[-1].start, p.sentence_of(span[0])[1])
        k = 1
        while k < len(after) and coordinated(p.text, after[:k + 1], p.lang):
            k += 1
        group = inside[:-1] + after[:k]
        if coordinated(p.text, group, p.lang):
            self.group = tuple(dict.fromkeys(m.actor for m in group))

    def described_by(self, words: list[set[str]], pos: int) -> str | None:
        """The entity last mentioned of those described before ``pos`` with all of ``words`` (each a set of a
        word's forms): "the official" after "a senior military official said", even if a body spoke since."""
        found = [e for e in self.entities.values()
                 if words and 0 <= e.first <= pos and all(e.words & w for w in words) and e.actor not in self.media]
        return max(found, key=lambda e: (e.last, -self._order[e.actor])).actor if found else None

    def remember(self, actors: tuple[str, ...], speaker: str, paragraph: int) -> None:
        """A statement was attributed: its actors are now the last speaker."""
        self.last = tuple(actors)
        self.last_speaker = speaker
        self.last_para = paragraph

    def _entity(self, actor: str) -> Entity:
        entity = self.entities.get(actor)
        if entity is None:
            entity = self.entities[actor] = Entity(actor)
            self._order[actor] = len(self._order)
            insort(self._lasts, (entity.last, -self._order[actor], actor))
        return entity

    def _reach(self, entity: Entity, end: int) -> None:
        """The entity was mentioned up to ``end``: its ``last`` is the furthest such end."""
        if end > entity.last:
            made = -self._order[entity.actor]
            del self._lasts[bisect_left(self._lasts, (entity.last, made, entity.actor))]
            entity.last = end
            insort(self._lasts, (end, made, entity.actor))

    def _subject(self, entity: Entity, start: int) -> None:
        """The entity's mention at ``start`` is a sentence subject."""
        if entity.subject_at >= 0:
            del self._subjects[bisect_left(self._subjects, (entity.subject_at, entity.actor))]
        entity.subject_at = start
        insort(self._subjects, (start, entity.actor))

    def _describe(self, entity: Entity, p: Paragraph, words: list[Tok], *, lang: str,
                  names: Iterable[str] = ()) -> None:
        reference = languages.reference(lang)
        entity.words.update(b for w in words for b in w.bases)
        for name in names:
            if name not in entity.names:
                entity.names.add(name)
                self._named.setdefault(name, []).append(entity)
        for w in words[:1]:
            title = reference.titles.get(w.norm.rstrip("."))
            if title:
                entity.genders.add(title)
        if reference.noun_features is not None:
            features = [reference.noun_features(w.norm) for w in words]
            gender = next((g for g, _ in features if g in ("m", "f")), None)
            number = features[0][1] if features else None  # the head's ("أحد الناجين" is one person)
            if gender:
                entity.genders.add(gender)
            if number:
                entity.numbers.add(number)

    # -- looking back -----------------------------------------------------------------

    def before(self, pos: int) -> Earlier:
        """The mentions ending at or before ``pos``."""
        return Earlier(self.mentions, bisect_right(self._ends, pos))

    def salient(self, pos: int, features: Features = (None, None), *, recent_only: bool = False,
                paragraph_start: int = -1) -> str | None:
        """The actor a pronoun or dropped subject at ``pos`` most likely refers to.

        The last speaker, when it agrees in gender and number and spoke in
        this paragraph (which starts at ``paragraph_start``); else the
        latest sentence subject since the speaker's statement that agrees (a
        new subject takes over: "Now, Tsikhanouskaya is …  she thanks");
        else the most recently mentioned entity that agrees.
        """
        speaker = next((a for a in self.last if a in self.entities and self.entities[a].agrees(features)), None)
        best, at = (speaker, self.last_end) if speaker is not None else (None, -1)
        if speaker is None or paragraph_start > self.last_end:
            # no one has spoken, or not in this paragraph: a sentence subject since may be meant, in this
            # paragraph or a narrated one after the speaker's ("Hundreds of farmers blocked …  They …")
            k = bisect_left(self._subjects, (pos,))  # the latest subject before pos that agrees
            while k > 0 and at < self._subjects[k - 1][0]:
                k -= 1
                actor = self._subjects[k][1]
                if actor not in self.media and self.entities[actor].agrees(features):
                    best, at = actor, self._subjects[k][0]
                    break
        if best is not None or recent_only:
            return best
        k = bisect_left(self._lasts, (pos + 1,))  # the latest mentioned up to pos that agrees
        lasts = self._lasts
        return next((lasts[j][2] for j in range(k - 1, -1, -1) if self.entities[lasts[j][2]].agrees(features)), None)

    def by_name(self, names: Iterable[str], pos: int, *, every: bool = False) -> str | None:
        """The entity last mentioned by this personal name ("Lo" after "Steven Lo Wai-chung"), or by
        all of these names (``every``: scripts without case, where a name is not told from a noun).
        An entity counts once it was met before ``pos``, even when the paragraph names it again later."""
        wanted = set(names)
        # only the entities a wanted name names (by index, not all entities); the latest, the first made on a tie
        named = {e.actor: e for name in wanted for e in self._named.get(name, ())}.values()
        found = [e for e in named if 0 <= e.first <= pos and (wanted <= e.names if every else wanted & e.names)]
        return max(found, key=lambda e: (e.last, -self._order[e.actor])).actor if found else None



def _institution(p: Paragraph, words: list[Tok]) -> bool:
    """Whether a speaker mention's head is a body ("وزارة الخارجية", "the ministry"), not a person."""
    institutions = languages.reference(p.lang).institution_nouns
    return bool(words) and bool(set(words[0].bases) & institutions)


def _body(p: Paragraph, words: list[Tok], span: tuple[int, int]) -> bool:
    """Whether a speaker mention names a body or an outlet, not a person: a name in quotation marks
    («Вестник»), an acronym (БЕЛТА, FT), or a head noun of an institution or outlet ("агентство")."""
    if not words:
        return False
    reference = languages.reference(p.lang)
    written = p.text[span[0]:span[1]]
    quoted = any(c in OPENING_MARKS for c in (p.text[span[0] - 1:span[0]], written[:1]))
    acronym = len(words) == 1 and sum(c.isalpha() for c in written) >= 2 and written.upper() == written
    return quoted or acronym or _institution(p, words) or bool(set(words[0].bases) & reference.outlet_nouns)


def _names(p: Paragraph, words: list[Tok]) -> set[str]:
    """The personal-name tokens of a speaker mention: its capitalised words outside any alias
    (scripts with case), or the words after the last alias (scripts without)."""
    if not words:
        return set()
    reference = languages.reference(p.lang)
    covered = [p.mention_at(w.start) is not None for w in words]
    if p.table.cased:
        return {b for w, c in zip(words, covered) if not c and p.text[w.start].isupper()
                and w.norm.rstrip(".") not in reference.titles for b in w.bases}
    last = max((k for k, c in enumerate(covered) if c), default=-1)
    return {b for w in words[last + 1:] for b in w.bases if len(b) > 2}


def _alias_names(p: Paragraph, words: list[Tok]) -> set[str]:
    """The names in an alias that is a person's full name ("Liu Xiaoming": Liu, Xiaoming)."""
    if not p.table.cased or len(words) < 2 or not all(p.text[w.start].isupper() for w in words):
        return set()
    return {b for w in words for b in w.bases}


def _title_before(p: Paragraph, start: int) -> str | None:
    """The gender a title written right before a mention gives ("Ms Kovac", "г-жа Лаптева", "السيدة كوفاتش")."""
    tok = p.token_before(start)
    if tok is None or p.text[tok.end:start].strip(". \t"):
        return None
    written = p.text[max(p.text.rfind(" ", 0, tok.start), p.text.rfind("\n", 0, tok.start)) + 1:tok.end]
    titles = languages.reference(p.lang).titles
    forms = (languages.get(p.lang).normalize(written.lower()), tok.norm, *tok.bases)  # "г-жой" is three tokens
    return next((titles[b] for b in forms if titles.get(b)), None)


def _subject_mentions(p: Paragraph) -> list[Mention]:
    """The mentions that open their sentence as its subject ("China warned …", "Now, Tsikhanouskaya is …")."""
    found = []
    for sent in p.sentences:
        first = p.first_mention(sent[0])
        if first is None or first.start >= sent[1] or p.quote_at(first.start) is not None:
            continue
        table = p.table
        lead = p.words(_clause_start(p, sent[0], first.start), first.start)
        while lead and (lead[0].norm in table.time_words or lead[0].norm in table.discourse
                        or lead[0].norm.isdigit() or lead[0].norm in table.subject_stop and len(lead) > 1):
            lead = lead[1:]  # "On March 3 Senate leader Ada Moss …": the date is no subject
        if len(lead) >= 2 and lead[-1].bases[0] in table.particles and (
                lead[-2].norm in table.number_words or lead[-2].norm.isdigit()):
            lead = lead[:-2]  # "Hundreds of farmers blocked …": a quantity of the subject
        window = _VERB_FIRST_WINDOW if p.table.verb_first else _SUBJECT_WINDOW
        if len(lead) <= window and not any(w.norm in table.subject_stop or w.bases[0] in table.particles
                                           for w in lead[-2:]):
            found.append(first)
    return found


def _clause_start(p: Paragraph, lo: int, pos: int) -> int:
    """After the last comma or dash before ``pos`` in ``[lo, pos)`` (past "On Monday,", "Now," and a
    dateline's "(Agency)—")."""
    cut = max(p.text.rfind(mark, lo, pos) for mark in ",،—–")
    return cut + 1 if cut >= 0 else lo

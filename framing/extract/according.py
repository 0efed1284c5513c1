"""Source phrases: "according to X", "по словам X", "بحسب X", "as reported by X".

The speaker follows the phrase; the content stands on the other side of the
comma: after it when the phrase opens the sentence ("According to X, …"),
before it otherwise ("…, according to X."). With a pronoun ("according to
him", "по его словам") the speaker is the last one.
"""

from __future__ import annotations

from dataclasses import replace

from framing import languages
from framing.extract.content import find_content_start
from framing.extract.cues import is_verb_form
from framing.extract.reading import Reading, Subject
from framing.extract.view import CLAUSE_PUNCT, GLUE, Paragraph

_SPEAKER_CLOSERS = ")”\"»"


def according_reading(p: Paragraph, i: int, n: int, left: int, reading: Reading,
                      previous: Reading | None) -> Reading | None:
    """The reading of a source phrase of ``n`` tokens at token ``i``, or None."""
    toks, table = p.toks, p.table
    sent = reading.sentence
    phrase = " ".join(t.norm for t in toks[i:i + n])
    j = i + n
    while j < len(toks) and toks[j].start < sent[1] and (
            set(toks[j].bases) & table.according_fillers or is_verb_form(p.lang, toks[j])):
        j += 1  # "وفقاً لما أفاد به تجار": the speaker follows the relative "what … reported"
    if phrase in table.according_self:
        return _self_reference(p, i, j, left, reading)
    if j >= len(toks):
        return None
    quoted = [q for q in p.quotes_ending(left, left) if sent[0] <= q.start
              and not p.text[q.end:toks[i].start].strip(GLUE)]
    if quoted and previous is None:
        left = sent[0]  # "“…,” according to CNN.": the quotation is the content
    stop = _speaker_end(p, j, sent)
    if toks[j].start >= stop:
        return None
    reading = replace(reading, speaker=_trim_speaker(p, toks[j].start, stop))
    reading = _pronoun_source(p, reading)
    if reading.lemma in table.according_checked and not _source_like(p, reading.speaker):
        return None  # "تسير وفق خطة …": in accordance with a plan, not according to a source
    if _opens_sentence(p, left, toks[i].start):
        earlier = p.sentence_before(sent)
        if earlier is not None and not p.words(stop, sent[1]) and _opens_sentence(p, sent[0], toks[i].start):
            # "… . وفق وكالة X.": a source phrase standing alone gives the sentence before it
            return replace(reading, content_start=earlier[0], content_end=earlier[1])
        start, _ = find_content_start(p, stop, (sent[1], sent[1]))  # "According to X, content."
        return replace(reading, content_start=start)
    return replace(reading, content_start=left, content_end=toks[i].start)  # "content, according to X."


def _source_like(p: Paragraph, span) -> bool:
    """A source that can speak: a registry mention, or one headed by a noun of speakers, outlets or documents
    (not "للاتفاق المبرم", the agreement concluded)."""
    if p.has_mention(*span):
        return True
    reference = languages.reference(p.lang)
    nouns = p.table.speaker_nouns | reference.outlet_nouns | reference.document_nouns
    return any(set(w.bases) & nouns for w in p.words(*span)[:1])


def _self_reference(p: Paragraph, i: int, j: int, left: int, reading: Reading) -> Reading:
    """"по его словам, …", "according to him, …": refers back to the last speaker."""
    toks = p.toks
    reading = replace(reading, subject=Subject.PRONOUN, speaker=(toks[i].start, toks[j - 1].end))
    if _opens_sentence(p, left, toks[i].start):
        m = CLAUSE_PUNCT.search(p.text, toks[j - 1].end, reading.sentence[1])
        return replace(reading, content_start=m.end() if m else toks[j - 1].end)
    return replace(reading, content_start=left, content_end=toks[i].start)


def _speaker_end(p: Paragraph, j: int, sent) -> int:
    """Where the source ends: at clause punctuation or a complementizer ("جاء في بيان صادر عن X أن …")."""
    m = CLAUSE_PUNCT.search(p.text, p.toks[j].start, sent[1])
    stop = m.start() if m else sent[1]
    table = p.table
    # "بحسب ما أفاد شهود لوسائل إعلام، …": the hearer after the source is not part of it
    end = next((t for k, t in enumerate(p.starting(p.toks[j].start, stop))
                if t.norm in table.complementizers or k and t.norm in table.addressees), None)
    return end.start if end is not None else stop


def _trim_speaker(p: Paragraph, start: int, stop: int) -> tuple[int, int]:
    end = stop
    while end > start and not p.text[end - 1].isalnum() and p.text[end - 1] not in _SPEAKER_CLOSERS:
        end -= 1
    return start, end


def _pronoun_source(p: Paragraph, reading: Reading) -> Reading:
    """"according to him", "как пояснила она на заседании штаба": a pronoun refers back."""
    words = p.words(*reading.speaker)
    table = p.table
    if words and words[0].norm in table.pronouns and (len(words) == 1 or words[1].norm in table.subject_stop):
        return replace(reading, subject=Subject.PRONOUN, speaker=(words[0].start, words[0].end))
    return reading


def _opens_sentence(p: Paragraph, left: int, pos: int) -> bool:
    """Only discourse words stand between the clause start and the phrase."""
    return all(t.norm in p.table.discourse for t in p.starting(left, pos))

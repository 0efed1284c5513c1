"""Reports whose speaker is not a subject before the verb: the cue points back ("Об этом сообщил X"),
is impersonal ("it was reported that", "сообщается"), or a document speaks ("в заявлении говорится",
"the statement said")."""

from __future__ import annotations

from dataclasses import replace

from framing.extract.content import find_content_start
from framing.extract.interposed import interposed
from framing.extract.left import left_subject, looks_like_speaker
from framing.extract.postposed import right_subject
from framing.extract.subjects import relay_marker
from framing.extract.reading import Reading, Subject
from framing.extract.view import CLAUSE_PUNCT, Paragraph, Span, Tok, last_quote_close, past_circumstance

_MAX_AGENT = 8  # words of the relaying agent of a passive ("was quoted by the state news agency as saying")


def _retrospective_phrase(p: Paragraph, left: int, verb_start: int) -> tuple[str, Tok] | None:
    """The phrase that points back ("об этом", "так") opening the clause of a verb, with its last word."""
    longest = max((r.count(" ") + 1 for r in p.table.retrospective), default=0)
    toks = p.words(left, verb_start, limit=longest + 1)  # enough to tell
    words = " ".join(t.norm for t in toks)
    phrase = next((r for r in sorted(p.table.retrospective, key=len, reverse=True)
                   if words == r or words.startswith(r + " ")), None)
    return (phrase, toks[phrase.count(" ")]) if phrase is not None else None


def is_retrospective(p: Paragraph, left: int, verb_start: int) -> bool:
    """"Об этом сообщил X", "Так X прокомментировал …": the cue points back at what was just said.

    A bare phrase (``retrospective_bare``: "Так X прокомментировал …") points back only inside its
    clause: set off by a comma it is a discourse marker ("Так, X заявил, что …"), and a verb followed
    by its complement reports that instead."""
    found = _retrospective_phrase(p, left, verb_start)
    if found is None:
        return False
    phrase, last = found
    if phrase not in p.table.retrospective_bare:
        return True
    nxt = p.starting(last.end, verb_start + 1, 1)
    if not nxt or CLAUSE_PUNCT.search(p.text, last.end, nxt[0].start):
        return False
    verb = p.toks[p.index_at(verb_start)]
    sent = p.sentence_of(verb_start)
    return not find_content_start(p, verb.end, (sent[1], sent[1]))[1]


def retrospective_reading(p: Paragraph, i: int, n: int, sent: Span, reading: Reading, left: int) -> Reading | None:
    """"X. Об этом сообщил Y.", "X. Об этом Y сообщил.", "X. Так Y прокомментировал …": Y speaks, and the
    sentence before is the content. A subject between the phrase and the verb speaks, unless those words
    are only a circumstance or a hearer ("Об этом в интервью ТАСС заявил Y", "Об этом ТАСС рассказал Y")."""
    earlier = p.sentence_before(sent)
    found = _retrospective_phrase(p, left, reading.verb_start)
    if earlier is None or found is None:
        return None
    table = p.table
    media = [m for m in p.mentions_in(found[1].end, reading.verb_start) if p.is_media(m.actor)]
    between = [w for w in p.words(found[1].end, reading.verb_start) if w.norm not in table.addressees
               and not any(m.start <= w.start < m.end for m in media)]  # "Об этом «Медузе» рассказал X": the hearer
    rest = past_circumstance(p, between)
    if rest and not (len(rest) == len(between) and rest[0].norm in table.subject_stop | table.discourse):
        subject = left_subject(p, rest[0].start, reading.verb_start, False)
        if subject is None or subject.subject is not Subject.NAME or subject.span is None:
            return None
        span = subject.span
        pronoun = " ".join(t.norm for t in p.words(*span)) in table.pronouns
        if not pronoun and not looks_like_speaker(p, span):
            return None
        return replace(reading, subject=Subject.PRONOUN if pronoun else Subject.NAME, speaker=span,
                       content_start=earlier[0], content_end=earlier[1])
    speaker = right_subject(p, i + n, sent)
    if speaker is None:
        return None
    return replace(reading, speaker=speaker, content_start=earlier[0], content_end=earlier[1])


def passive_before(p: Paragraph, i: int) -> bool:
    """Whether a passive auxiliary governs token ``i``, over adverbs ("was widely reported"), not
    an adverb alone ("Kovac previously said")."""
    k = i - 1
    while k >= 0 and p.toks[k].norm in p.table.passive_adverbs:
        k -= 1
    return k >= 0 and p.toks[k].norm in p.table.passive_aux


def impersonal_reading(p: Paragraph, i: int, reading: Reading, bound: Span) -> Reading | None:
    """"It was reported that …": a passive with an expletive subject and a complement
    refers to the last issuing actor; any other passive is no statement."""
    k = i - 1
    while k >= 0 and p.toks[k].norm in p.table.passive_aux | p.table.passive_adverbs:
        k -= 1
    if k < 0 or p.toks[k].norm not in p.table.expletives:
        return None
    agent = _agent(p, reading)
    start, complement = find_content_start(p, agent[1] if agent else reading.verb_end, bound)
    if not complement:
        return None
    if agent is not None:  # "it was announced by the ministry that …": the agent speaks
        return replace(reading, speaker=agent, content_start=start, complement=True)
    return replace(reading, subject=Subject.IMPERSONAL, speaker=(p.toks[k].start, reading.verb_end),
                   content_start=start)


def subjectless_report(p: Paragraph, i: int, reading: Reading, bound: Span) -> Reading | None:
    """"Было заявлено, что …", "Сообщается, что …": a passive report opening its sentence with no
    subject at all refers, as "It was announced that …" with its expletive, to the last issuing
    actor. Without a complement ("Сообщалось о задержании") it is no statement, nor after an
    adverb ("Ранее сообщалось, что …": the outlet pointing back at its own reports)."""
    k = i - 1
    while k >= 0 and p.toks[k].norm in p.table.passive_aux | p.table.passive_adverbs \
            and p.toks[k].start >= reading.sentence[0]:
        k -= 1
    if p.table.expletives or p.words(reading.sentence[0], p.toks[k + 1].start):
        return None
    start, complement = find_content_start(p, reading.verb_end, bound)
    if not complement:
        return None
    return replace(reading, subject=Subject.IMPERSONAL, speaker=(p.toks[k + 1].start, reading.verb_end),
                   content_start=start, complement=True)


def _agent(p: Paragraph, reading: Reading) -> Span | None:
    """The agent of a passive, from "by" to a complementizer right after it."""
    after = p.starting(reading.verb_end, reading.sentence[1], _MAX_AGENT + 2)
    if not after or after[0].norm not in p.table.passive_agents:
        return None
    end = next((k for k, t in enumerate(after) if t.norm in p.table.complementizers), None)
    if end is None or end < 2 or CLAUSE_PUNCT.search(p.text, after[1].start, after[end - 1].end):
        return None
    span = (after[1].start, after[end - 1].end)
    return span if looks_like_speaker(p, span) else None


def passive_relay(p: Paragraph, i: int, reading: Reading, left: int) -> Reading | None:
    """"X was quoted as saying …", "…, X was quoted by Y as saying": the passive of a relay verb;
    its subject speaks, the agent after "by" relays, and the content follows the marker."""
    table = p.table
    if reading.lemma not in table.relay_verbs:
        return None
    after = p.starting(reading.verb_end, reading.sentence[1], _MAX_AGENT + 3)
    k = next((k for k in range(len(after)) if relay_marker(p, after, k)), None)
    if k is None or k and after[0].norm not in table.passive_agents:
        return None
    aux = i - 1
    while aux > 0 and p.toks[aux - 1].norm in table.passive_aux | table.passive_adverbs | table.trailing:
        aux -= 1
    found = left_subject(p, left, p.toks[aux].start, False)
    if found is None or found.span is None or found.subject is not Subject.NAME \
            or not looks_like_speaker(p, found.span):
        return None
    via, start = ((after[1].start, after[k - 1].end) if k > 1 else None), after[k + 1].end
    rest = after[k + 2:]
    if not via and rest and rest[0].norm in table.passive_agents and len(rest) <= _MAX_AGENT \
            and not CLAUSE_PUNCT.search(p.text, rest[0].end, rest[-1].start):
        via, start = (rest[1].start, rest[-1].end), rest[-1].end  # "…, X was quoted as saying by Y."
    return replace(reading, speaker=found.span, via=via, content_start=start)


def document_report(p: Paragraph, reading: Reading, bound: Span, left: int) -> Reading | None:
    """"В заявлении говорится, что …", "говорится в заявлении МИД": a document holds a passive report.

    The document (with its owner) is the speaker, a description that resolves
    to its issuer; a passive report with no document ("Ранее сообщалось") is
    no statement.
    """
    span = _document_before(p, reading) or _document_after(p, reading)
    if span is None:
        return None
    earlier = p.sentence_before(reading.sentence)
    if earlier is not None and is_retrospective(p, reading.sentence[0], reading.verb_start):
        # "X. Об этом говорится в заявлении МИД.": the sentence before is the content
        return replace(reading, subject=Subject.ANAPHOR, speaker=span, content_start=earlier[0],
                       content_end=earlier[1])
    after = max(reading.verb_end, span[1]) if span[0] > reading.verb_end else reading.verb_end
    if span[0] > reading.verb_end and interposed(p, left, reading.verb_start, span[1], reading.sentence[1]):
        # "Переговоры, говорится в заявлении МИД, продолжатся": the content runs on both sides of it
        return replace(reading, subject=Subject.ANAPHOR, speaker=span, content_start=left,
                       content_end=reading.sentence[1])
    start, complement = find_content_start(p, after, bound)
    reading = replace(reading, subject=Subject.ANAPHOR, speaker=span, content_start=start, complement=complement)
    return _content_before(p, reading, left) or reading


def _content_before(p: Paragraph, reading: Reading, left: int) -> Reading | None:
    """"…, говорится в заявлении МИД.": nothing follows the document, and the clause before the
    comma or dash is the content."""
    before = p.text[left:reading.verb_start].rstrip()
    if reading.complement or p.words(reading.content_start, reading.sentence[1]) \
            or not before.endswith((",", "—", "–", " -")) or len(p.words(left, reading.verb_start)) < 3:
        return None
    return replace(reading, content_start=left, content_end=reading.verb_start)


def _document_before(p: Paragraph, reading: Reading) -> Span | None:
    """"В заявлении МИД говорится": a preposition and a document noun phrase right before the verb."""
    sent, table = reading.sentence, p.table
    words = p.words(max(sent[0], last_quote_close(p, reading.verb_start)), reading.verb_start)[-6:]
    for k, w in enumerate(words):
        if w.norm in table.report_prepositions and k + 1 < len(words) and _is_document(p, words[k + 1]):
            if not CLAUSE_PUNCT.search(p.text, w.end, reading.verb_start):
                return _owner_or_document(words[k + 1:])
    return None


def _document_after(p: Paragraph, reading: Reading) -> Span | None:
    """"говорится в заявлении МИД, что": a preposition and a document noun phrase after the verb."""
    table = p.table
    after = p.starting(reading.verb_end, reading.sentence[1], 8)
    if len(after) < 2 or after[0].norm not in table.report_prepositions or not _is_document(p, after[1]):
        return None
    words = [after[1]]
    for w in after[2:]:
        if CLAUSE_PUNCT.search(p.text, words[-1].end, w.start) or w.norm in table.complementizers:
            break
        words.append(w)
    return _owner_or_document(words)


def _owner_or_document(words: list[Tok]) -> Span:
    """"заявлении ведомства": the document's owner speaks; a bare "заявлении" stands for its issuer."""
    speaker = words[1:] or words
    return (speaker[0].start, speaker[-1].end)


def _is_document(p: Paragraph, tok: Tok) -> bool:
    return any(b in p.table.document_nouns for b in tok.bases)

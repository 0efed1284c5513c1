"""Source phrases: "according to X", "по словам X", "بحسب X", "as reported by X".

The speaker follows the phrase; the content stands on the other side of the
comma: after it when the phrase opens the sentence ("According to X, …"),
before it otherwise ("…, according to X."). With a pronoun ("according to
him", "по его словам") the speaker is the last one.
"""

from __future__ import annotations

import re
from dataclasses import replace

from framing import languages
from framing.extract.content import complement_follows, find_content_start
from framing.languages import GERUND
from framing.extract.cues import citing_at, is_verb_form, readings
from framing.extract.interposed import MAX_INTERRUPTED_SUBJECT, interposed, predicate_opens
from framing.extract.left import is_trailing
from framing.extract.reading import Reading, Subject
from framing.extract.view import CLAUSE_PUNCT, GLUE, MAX_SUBJECT, Paragraph, Tok, opens_quote, past_circumstance

_SPEAKER_CLOSERS = ")”\"»"
_SPACE = re.compile(r"[^\S\r\n]*")
_MAX_HEARER_CLAUSE = 6        # words of a hearer and its circumstance closing a source phrase
_MIN_CLAUSE_WORDS = 3          # words after a source phrase that make a clause of their own
_MAX_APPOSITION = 8            # words of a description between commas after a source ("the union's negotiator")
_COMMA = re.compile(r"[^\S\r\n]*,[^\S\r\n]*")


def according_reading(p: Paragraph, i: int, n: int, left: int, reading: Reading,
                      previous: Reading | None) -> Reading | None:
    """The reading of a source phrase of ``n`` tokens at token ``i``, or None."""
    toks, table = p.toks, p.table
    sent = reading.sentence
    phrase = " ".join(t.norm for t in toks[i:i + n])
    j = i + n
    while j < len(toks) and toks[j].start < sent[1] and (
            set(toks[j].bases) & table.according_fillers or is_verb_form(p.lang, toks[j])
            or j > i + n and _resumptive_verb(p, toks[j])):
        j += 1  # "وفقاً لما أفاد به تجار", "بحسب ما ذكرته X": the speaker follows the relative "what … reported"
    if phrase in table.according_self:
        return _self_reference(p, i, j, left, reading)
    if j >= len(toks):
        return None
    words = p.starting(toks[j].start, sent[1], MAX_SUBJECT + 8)
    j += len(words) - len(past_circumstance(p, words))  # "Как заявил в беседе с журналистами в понедельник, X, …"
    quoted = [q for q in p.quotes_ending(left, left) if sent[0] <= q.start
              and not p.text[q.end:toks[i].start].strip(GLUE)]
    if quoted and previous is None:
        left = sent[0]  # "“…,” according to CNN.": the quotation is the content
    stop = _speaker_end(p, j, sent)
    if toks[j].start >= stop:
        return None
    stop = _past_apposition(p, left, toks[i].start, stop, sent)
    reading = replace(reading, speaker=_trim_speaker(p, toks[j].start, stop))
    reading = _pronoun_source(p, reading)
    if reading.lemma in table.according_checked and not _source_like(p, reading.speaker):
        return None  # "تسير وفق خطة …": in accordance with a plan, not according to a source
    if _opens_sentence(p, left, toks[i].start):
        earlier = p.sentence_before(sent)
        if earlier is not None and not p.words(stop, sent[1]) and _opens_sentence(p, sent[0], toks[i].start):
            # "… . وفق وكالة X.": a source phrase standing alone gives the sentence before it
            return replace(reading, content_start=earlier[0], content_end=earlier[1])
        return replace(reading, content_start=_content_after(p, stop, sent))  # "According to X, content."
    if interposed(p, left, toks[i].start, stop, sent[1]):
        # "Veloria, according to Kovac, remains …": the content runs on both sides of the phrase
        lead = next((t for t in p.starting(left, toks[i].start) if t.norm not in table.coordinators), toks[i])
        return replace(reading, content_start=lead.start)
    return _between_clauses(p, reading, left, toks[i].start, stop) or replace(
        reading, content_start=left, content_end=toks[i].start)  # "content, according to X."


def _past_apposition(p: Paragraph, left: int, phrase: int, stop: int, sent) -> int:
    """Where a source ends with its apposition ("According to Kovac, the union's negotiator, the talks
    …", "Talks, according to Kovac, a mediator, will …"): a description between commas, then a clause
    with a subject of its own, or the predicate the phrase interrupts; else ``stop``."""
    text = p.text
    comma = _COMMA.match(text, stop)
    close = CLAUSE_PUNCT.search(text, comma.end(), sent[1]) if comma is not None else None
    if close is None or close.group() != ",":
        return stop
    if not _describes(p, p.words(comma.end(), close.start())):
        return stop
    if not _opens_sentence(p, left, phrase):
        return close.start() if interposed(p, left, phrase, close.start(), sent[1]) else stop
    return close.start() if _new_subject(p, p.words(close.end(), sent[1]), sent[1]) else stop


def _describes(p: Paragraph, words: list) -> bool:
    """A short noun phrase describing a source ("the union's negotiator", "a researcher at Amnesty"),
    not a clause, a time or a relative."""
    table = p.table
    if not 0 < len(words) <= _MAX_APPOSITION or not table.cased:
        return False
    if words[0].norm in table.person_relativizers:
        return True  # "According to Kovac, who chairs the panel, the talks …": a relative clause about the source
    closed = table.finite_aux | table.relativizers | table.coordinators | table.complementizers | table.time_words
    if any(w.norm in closed or is_verb_form(p.lang, w) for w in words):
        return False
    reference = languages.reference(p.lang)
    nouns = table.speaker_nouns | reference.role_nouns | reference.institution_nouns | reference.outlet_nouns
    return words[0].norm in table.determiners or any(set(w.bases) & nouns for w in words)


def _new_subject(p: Paragraph, rest: list, end: int) -> bool:
    """Whether words open a clause with its own subject ("the talks will …", "he said …", "Kovac …"),
    not a list going on ("the army and the courts are …"), a predicate ("will resume") or a subject
    the source interrupts ("…, Brandt, will resign")."""
    table = p.table
    if len(rest) < _MIN_CLAUSE_WORDS or any(w.norm in table.coordinators for w in rest[:_MIN_CLAUSE_WORDS + 1]):
        return False
    close = CLAUSE_PUNCT.search(p.text, rest[0].start, end)
    after = p.starting(close.end(), end, 1) if close is not None else []
    if after and not any(w.norm in table.finite_aux for w in p.words(rest[0].start, close.start())) \
            and predicate_opens(p, after[0]):
        return False
    first = rest[0]
    if first.norm in table.discourse or first.norm in table.subject_stop or first.norm in table.time_words:
        return False
    if len(rest) > 1 and rest[1].norm in table.finite_aux and not is_trailing(first, table) \
            and first.norm not in table.finite_aux and not first.norm.endswith(table.adjunct_suffixes):
        return True  # "talks will resume": a bare noun before its auxiliary
    return (first.norm in table.determiners or first.norm in table.pronouns or first.norm.isdigit()
            or first.norm in table.number_words or p.text[first.start].isupper() or opens_quote(p, first.start))


def _between_clauses(p: Paragraph, reading: Reading, left: int, phrase: int, stop: int) -> Reading | None:
    """A source phrase between commas inside a sentence, or None when it closes the sentence.

    After a short subject ("Власти, по словам X, решили …") it interrupts
    one clause, which is the content; after a clause of its own ("Crowds
    grew near the port, according to the paper, protesters threw …") it
    opens the next one.
    """
    sent = reading.sentence
    comma = re.compile(r"[^\S\r\n]*,[^\S\r\n]*").match(p.text, stop)
    after = p.words(comma.end(), sent[1]) if comma is not None else []
    table = p.table
    if len(after) < _MIN_CLAUSE_WORDS or after[0].norm in table.relativizers:
        return None  # "…, according to the union, which said …": the relative clause is the writer's
    if after[0].norm in table.coordinators or after[0].norm in table.determiners:
        return None  # "…, according to X, and dozens were hurt", "…, according to X, a group that …"
    if len(p.words(left, phrase)) <= MAX_INTERRUPTED_SUBJECT:
        return replace(reading, content_start=left)
    return replace(reading, content_start=_content_after(p, stop, sent))


def _content_after(p: Paragraph, stop: int, sent) -> int:
    """Where the content after a source phrase starts: past a complementizer, never past its own words
    to a colon ("По версии следствия, судно было перегружено: по документам …")."""
    stop = _past_hearer(p, stop, sent)
    start, _ = find_content_start(p, stop, (sent[1], sent[1]))
    colon = p.text.find(":", stop, start)
    comma = CLAUSE_PUNCT.match(p.text, stop)
    if colon >= 0 and comma is not None and len(p.words(comma.end(), colon)) > 0:
        return _SPACE.match(p.text, comma.end()).end()
    return start


def _past_hearer(p: Paragraph, stop: int, sent) -> int:
    """"Как рассказал X журналистам, …": a hearer ending the source, and the rest of its clause, are
    no content; the content starts after the clause's comma."""
    first = p.starting(stop, sent[1], 1)
    if not first or first[0].norm not in p.table.addressees:
        return stop
    m = CLAUSE_PUNCT.search(p.text, stop, sent[1])
    if m is None or len(p.words(stop, m.start())) > _MAX_HEARER_CLAUSE:
        return stop
    return m.end()


def cited_no_source(p: Paragraph, i: int, n: int) -> str | None:
    """"…, citing unrest in the provinces": a source participle whose object is no source is the
    participle of an object verb (its lemma is returned); "…, citing officials" is a source phrase."""
    table, toks, text = p.table, p.toks, p.text
    phrase = " ".join(t.norm for t in toks[i:i + n])
    if phrase not in table.source_participles or i + n >= len(toks):
        return None
    lemma = next((lemma for lemma, tag in readings(p.lang, toks[i]) if tag == GERUND), None)
    reference = languages.reference(p.lang)
    nouns = table.speaker_nouns | reference.document_nouns | reference.outlet_nouns
    for tok in p.starting(toks[i + n].start, p.sentence_of(toks[i].start)[1], 4):
        if p.mention_at(tok.start) is not None or set(tok.bases) & nouns or text[tok.start].isupper():
            return None  # "citing officials", "citing a statement", "citing Reuters"
        if tok.norm not in table.determiners and not is_trailing(tok, table):
            break
    return lemma


def _resumptive_verb(p: Paragraph, tok: Tok) -> bool:
    """"بحسب ما ذكرته X": after the relative "what", a verb with the pronoun that resumes it."""
    verb_forms = languages.get(p.lang).verb_forms
    return verb_forms is not None and any(
        tok.norm.endswith(s) and len(tok.norm) > len(s) and verb_forms(tok.norm[:-len(s)])
        for s in p.table.pronoun_suffixes)


def _source_like(p: Paragraph, span) -> bool:
    """A source that can speak: a registry mention, or one headed by a noun of speakers, roles, outlets or
    documents (not "للاتفاق المبرم", the agreement concluded)."""
    if p.has_mention(*span):
        return True
    reference = languages.reference(p.lang)
    nouns = p.table.speaker_nouns | reference.role_nouns | reference.outlet_nouns | reference.document_nouns
    return any(set(w.bases) & nouns for w in p.words(*span)[:1])


def _self_reference(p: Paragraph, i: int, j: int, left: int, reading: Reading) -> Reading:
    """"по его словам, …", "according to him, …": refers back to the last speaker."""
    toks = p.toks
    reading = replace(reading, subject=Subject.PRONOUN, speaker=(toks[i].start, toks[j - 1].end))
    if complement_follows(p, toks[j - 1].end):  # "بياناً جاء فيه أن …", "… جاء فيه: «…»": what follows
        start, _ = find_content_start(p, toks[j - 1].end, (reading.sentence[1], reading.sentence[1]))
        return replace(reading, content_start=_SPACE.match(p.text, start).end())
    if _opens_sentence(p, left, toks[i].start):
        m = CLAUSE_PUNCT.search(p.text, toks[j - 1].end, reading.sentence[1])
        return replace(reading, content_start=m.end() if m else toks[j - 1].end)
    if interposed(p, left, toks[i].start, toks[j - 1].end, reading.sentence[1]):
        # "Такой шаг, по его мнению, укрепит …": the content runs on both sides of the phrase
        lead = next((t for t in p.starting(left, toks[i].start) if t.norm not in p.table.coordinators), toks[i])
        return replace(reading, content_start=lead.start)
    return replace(reading, content_start=left, content_end=toks[i].start)


def _speaker_end(p: Paragraph, j: int, sent) -> int:
    """Where the source ends: at clause punctuation or a complementizer ("جاء في بيان صادر عن X أن …"),
    at most ``MAX_SUBJECT`` tokens on."""
    last = min(j + MAX_SUBJECT, len(p.toks)) - 1
    reach = min(sent[1], p.toks[last].end) if last >= j else sent[1]
    m = CLAUSE_PUNCT.search(p.text, p.toks[j].start, reach)
    stop = m.start() if m else reach
    table = p.table
    k = j
    while k < len(p.toks) and p.toks[k].start < stop:
        tok = p.toks[k]
        if tok.norm in table.complementizers or citing_at(p, k) or k > j and tok.norm in table.addressees:
            # "как сообщает X со ссылкой на Y": Y is a source of its own; "بحسب ما أفاد شهود لوسائل إعلام، …":
            # the hearer after the source is not part of it
            return tok.start
        k += 1
    return stop


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

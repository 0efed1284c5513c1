"""One cue word read in its sentence: cue → speaker → content start → licence.

Each step is one construction and returns a new :class:`Reading` (or None
when the word is no attribution here):

* source phrases ("according to X") in ``according``;
* a word right before the verb that makes it no statement ("the stated
  goal", "is expected to say") or an impersonal passive ("it was reported");
* adverbial participles ("…, adding that"), which continue a speaker;
* retrospective subjects ("Об этом сообщил X");
* finite verbs: the speaker (``subjects``), a relay ("نقلت وكالة X عن Y"),
  then where the content starts (``content``);
* the licence: verbs that report speech only with a complement, and verbs
  that perform an act ("declared a state of emergency").
"""

from __future__ import annotations

import re
from dataclasses import replace

from framing import languages
from framing.extract.according import according_reading, cited_no_source
from framing.extract.cues import is_gerund, lead_in, phrasal_particle
from framing.extract.content import (after_inverted, bare_clause, find_content_start,
                                     has_complement, past_hearer, performative, preceding_quote, skip_addressee,
                                     topic_start)
from framing.extract.feelings import feeling_object
from framing.extract.metadata import only_metadata, writers_adjunct
from framing.extract.left import looks_like_speaker
from framing.extract.reading import CueKind, CueWord, Reading, Speaker, Subject
from framing.extract.reports import (document_report, impersonal_reading, is_retrospective, passive_before,
                                    passive_relay, retrospective_reading, subjectless_report)
from framing.extract.subjects import another_speaker, find_subject, relative_cue, relayed_speaker, sentence_subject
from framing.extract.view import CLAUSE_PUNCT, Paragraph, Span, opens_quote, segments

_CLOSING_COMMA = re.compile(r"[^,.;:!?\r\n]{0,40},")
_COLON_AFTER = re.compile(r"[^\S\r\n]*:")  # "…, he said:" hands on to what follows
_OWN_CLAUSE = 3  # words before a participle that make a clause with a subject of its own


def read_cue(p: Paragraph, word: CueWord, bound: Span, left: int, previous: Reading | None) -> Reading | None:
    """A reading of a cue word, or None when it is no attribution here.

    ``bound`` is (end of the search for a complementizer, sentence end);
    ``left`` is where the clause of the cue starts; ``previous`` is the
    reading of the cue before it in the same sentence, if any.
    """
    toks, table = p.toks, p.table
    i, n = word.index, word.count
    sent = p.sentence_of(toks[i].start)
    reading = Reading(toks[i].start, toks[i + n - 1].end, word.lemma, word.kind, sent,
                      content_start=toks[i + n - 1].end)
    if word.kind is CueKind.ACCORDING:
        cited = cited_no_source(p, i, n)
        if cited is None:
            return according_reading(p, i, n, left, reading, previous)
        if not p.words(sent[0], reading.verb_start):
            return None  # "Citing a theory, X accused …": the subject's reason, before its statement
        word = CueWord(i, n, cited, CueKind.PARTICIPLE)  # "…, citing unrest in the provinces": an object
        reading = replace(reading, lemma=cited, kind=CueKind.PARTICIPLE)
    if word.kind is CueKind.REPORT:
        relayed = passive_relay(p, i, reading, left)  # "X was quoted (by Y) as saying …"
        if relayed is not None:
            return _licensed_content(p, relayed, bound, left, previous, i, False)
        return impersonal_reading(p, i, reading, bound) or document_report(p, reading, bound, left) \
            or subjectless_report(p, i, reading, bound)
    prev = toks[i - 1] if i > 0 and toks[i - 1].start >= sent[0] else None
    progressive = False
    if prev is not None and not p.text[prev.end:reading.verb_start].strip():
        if prev.norm in table.determiners and table.cased or prev.norm in table.comparatives:
            return None  # "the stated goal", "a noted author"; "earlier than expected"
        passive = passive_before(p, i)
        progressive = passive and is_gerund(p.lang, toks[i])  # "are expressing"
        if passive and not progressive:
            return impersonal_reading(p, i, reading, bound)  # "it was reported that …"; "were reported injured"
        if prev.norm in table.infinitive_markers:
            lead = lead_in(p, i - 1)
            if lead is None:
                return None  # "is expected to say more", "declined to say whether": no statement yet
            i, n, reading = lead, i + n - lead, replace(reading, verb_start=toks[lead].start)  # "went on to say"
    nxt = toks[i + n] if i + n < len(toks) else None
    if nxt is not None and word.lemma in table.intention_verbs and nxt.norm in table.infinitive_markers:
        return None  # "asked to remain anonymous", "wants to run": an intention, not a statement
    if nxt is not None and word.lemma in table.object_verbs and nxt.norm in table.finite_aux \
            and not p.text[toks[i + n - 1].end:nxt.start].strip():
        return None  # "the last thing he wanted was …": the verb of a clause inside the sentence's subject
    if _names_a_title(p, word, prev):
        return None  # "organized a march called “Bread and Work”": the title, not a statement
    if word.kind is CueKind.PARTICIPLE:
        return _participle(p, reading, bound, left, previous)
    if is_retrospective(p, left, reading.verb_start):
        return retrospective_reading(p, i, n, sent, reading, left)
    reading = _with_speaker(p, i, n, left, previous, reading)
    if reading is None:
        return None
    return _licensed_content(p, reading, bound, left, previous, i, progressive)


def _licensed_content(p: Paragraph, reading: Reading, bound: Span, left: int, previous: Reading | None, i: int,
                      progressive: bool) -> Reading | None:
    """A reading with its speaker given its content, or None when its verb reports nothing here."""
    table = p.table
    reading, complement = _with_content(p, reading, bound, left, previous)
    if not complement and _negated(p, i) and not p.quotes_starting(reading.content_start, reading.sentence[1]):
        return None  # "ولم يعلق X على التصريحات", "не прокомментировал": nothing was said
    if reading.lemma in table.needs_feeling and feeling_object(p, reading.verb_end, reading.lemma) is None:
        return None  # "extended the deadline": no feeling, no statement
    if progressive and not (complement or reading.lemma in table.object_verbs or reading.lemma in table.feeling_verbs):
        return None  # "are responding with force", "are asking for a raise": an ongoing act, not a report
    return reading if _licensed(p, reading, left, complement) else None


def _participle(p: Paragraph, reading: Reading, bound: Span, left: int, previous: Reading | None) -> Reading | None:
    """"…, adding that …": the participle continues a speaker, or its own ("with the union saying")."""
    table, lemma = p.table, reading.lemma
    start, complement = find_content_start(p, reading.verb_end, bound, lemma=lemma)
    reading = replace(reading, subject=Subject.INHERIT, content_start=start, complement=complement)
    if lemma in table.needs_complement and not (complement or has_complement(p, start, lemma)):
        return None  # "…, calling a meeting", not "…, calling it “a sham”"
    if not complement and performative(p, start, lemma):
        return None  # "a decree declaring a state of emergency", not "announcing that the curfew …"
    if not complement and lemma in table.feeling_verbs:
        about = feeling_object(p, start, lemma)  # "…، معرباً عن قلقه من X": X, as after the finite verb
        reading = replace(reading, content_start=about) if about is not None else reading
    sent = reading.sentence
    words = p.words(segments(p.text, left, reading.verb_start)[-1][0], reading.verb_start)
    if len(words) > 1 and words[0].norm in table.absolute_with:
        # "…, with the union saying …": the participle has its own subject
        return replace(reading, subject=Subject.NAME, speaker=(words[1].start, words[-1].end))
    if previous is None and not p.has_mention(sent[0], reading.verb_start):
        # "Kovac turned on her rival, calling him …": the subject of the sentence's main verb
        found = sentence_subject(p, sent, reading.verb_start)
        if found is not None:
            return replace(reading, subject=found.subject, speaker=found.span)
        if table.verb_first and len(p.words(sent[0], reading.verb_start)) >= _OWN_CLAUSE:
            return None  # "وتجمع مئات الشبان أمام المقر، مرددين …": the clause's subject, whom nothing names
    return reading


def _with_speaker(p: Paragraph, i: int, n: int, left: int, previous: Reading | None,
                  reading: Reading) -> Reading | None:
    """The reading with its speaker (and a relayed speaker's relay), or None without one."""
    table = p.table
    found = find_subject(p, i, n, reading.sentence, left, previous, reading)
    if found is not None and found.subject is Subject.EMBEDDED and found.span is not None and (
            previous is not None and another_speaker(p, previous, found.span, reading.lemma)):
        # "said that Kovac had promised": a report by another speaker inside the report
        found, reading = Speaker(Subject.NAME, found.span), replace(reading, nested=True)
    if found is None or found.subject is Subject.EMBEDDED:
        return None
    if found.content is not None:
        reading = replace(reading, content_start=found.content[0], content_end=found.content[1])
    if found.subject in (Subject.INHERIT, Subject.DROPPED):
        return replace(reading, subject=found.subject)
    span = found.span
    if reading.lemma in table.relay_verbs:
        relayed = relayed_speaker(p, span, reading.verb_end, reading.sentence)
        if relayed is not None:
            reading = replace(reading, via=span, content_start=relayed[1])
            span = relayed[0]
        else:
            split = _speaker_and_outlet(p, span)
            if split is not None:  # "«…», — цитирует Сидорова ТАСС": the speaker, then the outlet
                span, via = split
                reading = replace(reading, via=via)
    words = " ".join(t.norm for t in p.words(*span))
    if words in table.pronouns:
        reading = replace(reading, subject=Subject.PRONOUN)
    elif words in table.anaphors:
        reading = replace(reading, subject=Subject.ANAPHOR)
    elif not looks_like_speaker(p, span):
        return None
    reading = replace(reading, speaker=span)
    if reading.content_end is None and table.verb_first and span[1] > reading.verb_end and reading.via is None:
        reading = replace(reading, content_start=span[1])
    return reading


def _speaker_and_outlet(p: Paragraph, span: Span) -> tuple[Span, Span] | None:
    """A relay's subject that names the speaker and then the outlet quoting them."""
    inside = p.mentions_in(*span)
    if len(inside) >= 2 and p.is_media(inside[-1].actor) and not p.is_media(inside[0].actor):
        return (span[0], inside[-2].end), (inside[-1].start, inside[-1].end)
    return None


def _with_content(p: Paragraph, reading: Reading, bound: Span, left: int,
                  previous: Reading | None) -> tuple[Reading, bool]:
    """Where the content starts (and ends, when a construction fixes it); whether a complement opens it."""
    table, text = p.table, p.text
    sent = reading.sentence
    if relative_cue(p, reading):
        # "Mr. Sanders, who said he would rest, flew home": the relative clause ends at its comma
        close = CLAUSE_PUNCT.search(text, reading.verb_end, sent[1])
        end = close.start() if close else None
        if close and not p.words(reading.verb_end, close.start()):
            close = CLAUSE_PUNCT.search(text, close.end(), sent[1])  # "который отметил, что …, уехал"
            end = close.start() if close else sent[1]
        if end is not None:
            start, _ = find_content_start(p, reading.content_start, (end, sent[1]))
            reading = replace(reading, content_start=start, content_end=end)
    if reading.content_end is not None:
        return reading, False
    if bound[0] <= reading.content_start:
        bound = (bound[1], bound[1])  # a cue word inside the subject ("عن X، التي أكدت …، قولها إن"): look past it
    start, complement = find_content_start(p, reading.content_start, bound, lemma=reading.lemma)
    if reading.lemma in table.needs_complement and not complement:
        start = topic_start(p, start, reach=1) or start  # "рассказал журналистам в среду о планах": the topic
    elif not complement:
        start = past_hearer(p, start) or start  # "сообщил «Вестнику» о …"
    particle = phrasal_particle(p, reading.verb_end, reading.lemma) if table.verb_first and reading.verb_end < start \
        else None
    if not complement and particle is not None and start <= particle.start < bound[0]:
        start = find_content_start(p, particle.end, bound, lemma=reading.lemma)[0]  # "تحدث X في البيان عن …"
    if reading.lemma in table.feeling_verbs and not complement:
        about = feeling_object(p, start, reading.lemma)
        if about is not None:
            start = about  # "expressed concern over the election": the election
    reading = replace(reading, content_start=start, complement=complement)
    speaker = reading.speaker
    if not complement and reading.lemma in table.addressee_verbs and speaker and speaker[1] <= reading.verb_start:
        reading = replace(reading, content_start=skip_addressee(p, start, bound))  # "told reporters the deal was dead"
    return _around_attribution(p, reading, left, previous, complement), complement


def _around_attribution(p: Paragraph, reading: Reading, left: int, previous: Reading | None,
                        complement: bool) -> Reading:
    """Content placed before the attribution: a quotation, a clause, or both sides of it."""
    text, sent, speaker = p.text, reading.sentence, reading.speaker
    quote = None
    if not complement and reading.subject not in (Subject.INHERIT, Subject.DROPPED):
        quote = preceding_quote(p, reading, left)
    if quote is not None:
        base = left if previous is not None else sent[0]
        lead = max(base, text.rfind("(", base, quote.start) + 1)
        outside = [w for w in p.words(lead, quote.start) if p.quote_at(w.start) is None]
        if len(outside) >= 2 and not CLAUSE_PUNCT.search(text, outside[-1].end, quote.start):
            # 'The plan's collapse was "a shame," she said.': the quotation ends a clause that is the content
            return replace(reading, content_start=lead, content_end=quote.end)
        end = after_inverted(p, reading.verb_end)
        return replace(reading, content_end=end, content_start=reading.verb_end if end == reading.verb_end
                       else reading.content_start)
    if not complement and _parenthetical(p, reading, left):
        # "Most of the stalls, he said, stayed shut all week": the attribution interrupts the content
        return replace(reading, content_start=left)
    if speaker and speaker[0] < reading.verb_start and only_metadata(p, reading):
        # "No arrests were made, police said.": the content precedes the attribution
        left = _clause_left(p, reading, left, previous)
        before = segments(text, left, speaker[0])
        if len(before) >= 2 and not _COLON_AFTER.match(text, reading.verb_end):
            return replace(reading, content_start=left, content_end=before[-2][1])
        return replace(reading, content_start=reading.verb_end, content_end=reading.verb_end)  # "X tweeted on Monday:"
    return reading


def _clause_left(p: Paragraph, reading: Reading, left: int, previous: Reading | None) -> int:
    """'A mood of “fear and anger” has spread …, the mayor said': a quotation that runs on into its clause
    is no boundary; the content starts with the sentence."""
    sent, text = reading.sentence, p.text
    quote = next(iter(p.quotes_ending(left, left)), None)
    if previous is not None or left <= sent[0] or quote is None or text[quote.inner_end - 1] in ",.!?;:":
        return left  # '“…,” X, a director, told …': the quotation is an utterance of its own
    after = p.starting(left, reading.verb_start, 1)
    runs_on = after and not text[left:after[0].start].strip() and text[after[0].start].islower()
    return sent[0] if runs_on else left


def _parenthetical(p: Paragraph, reading: Reading, left: int) -> bool:
    """Whether an attribution interrupts its content ("X, he said on Tuesday, Y")."""
    speaker, text = reading.speaker, p.text
    if not (speaker and left < speaker[0] < reading.verb_start and p.table.cased):
        return False
    return (_closes_attribution(p, reading) and text[left:speaker[0]].rstrip().endswith(",")
            and bool(p.words(left, speaker[0])) and not opens_quote(p, reading.content_start)
            and not writers_adjunct(p, reading))  # "…, he said on Monday, after clashes …": the writer's


def _closes_attribution(p: Paragraph, reading: Reading) -> bool:
    """Whether a comma closes the attribution right after its verb ("he said," / "he said on Tuesday,")."""
    comma = _CLOSING_COMMA.match(p.text, reading.verb_end)
    if comma is None:
        return False
    between = p.words(reading.verb_end, comma.end())
    return not between or between[0].norm in p.table.subject_stop or between[0].norm in p.table.time_words


def _names_a_title(p: Paragraph, word: CueWord, prev) -> bool:
    """A naming verb after a common noun, before a capitalised quotation ("a march called “Bread and Work”") or
    after an indefinite description, before a name ("a group called Orrin Action"): a name, not a statement."""
    table, text, toks, i = p.table, p.text, p.toks, word.index
    if not (table.cased and word.lemma in table.naming_verbs and prev is not None and text[prev.start].islower()
            and prev.norm not in languages.reference(p.lang).pronoun_features and not text[prev.end:toks[i].start].strip()):
        return False
    end = toks[i + word.count - 1].end
    quote = next(iter(p.quotes_starting(end, end + 3)), None)
    if quote is not None and not text[end:quote.start].strip():
        return text[quote.inner_start:quote.inner_start + 1].isupper()
    nxt = toks[i + word.count] if i + word.count < len(toks) else None
    indefinite = any(t.norm in languages.reference(p.lang).indefinites for t in toks[max(0, i - 3):i - 1])
    return indefinite and nxt is not None and text[nxt.start].isupper() and not text[end:nxt.start].strip()


def _negated(p: Paragraph, i: int) -> bool:
    """A negator right before the verb ("لم يعلق", "не прокомментировал")."""
    if i == 0 or p.text[p.toks[i - 1].end:p.toks[i].start].strip():
        return False
    language = languages.get(p.lang)
    prev, negators = p.toks[i - 1], language.negators
    if i > 1 and language.normalize(p.text[p.toks[i - 2].end:prev.start]) == "'":
        word = f"{p.toks[i - 2].norm}'{prev.norm}"  # a contraction split in two tokens ("didn't": "didn", "t")
        return any(word.endswith(negator) for negator in negators if "'" in negator)
    return prev.norm in negators or prev.bases[-1] in negators


def _own_object(p: Paragraph, reading: Reading) -> bool:
    """"أعلنت X انتصارها في الاقتراع": after its subject, an object that is the subject's own (a noun with a
    pronoun ending, and so no article) makes an announcing verb a claim, not an act ("أعلن X حالة الطوارئ")."""
    table = p.table
    if not table.verb_first or reading.speaker is None or reading.speaker[0] < reading.verb_end:
        return False
    first = p.starting(reading.content_start, reading.sentence[1], 1)
    if not first or first[0].bases[0] in table.particles or first[0].norm in table.subject_stop \
            or first[0].norm.startswith(table.nominal_prefixes):
        return False
    written = p.text[first[0].start:first[0].end]  # as written: "انتصاره", not "حالة" (normalised "حاله")
    return any(written.endswith(suffix) and len(written) - len(suffix) >= _MIN_STEM
               for suffix in table.pronoun_suffixes)


_MIN_STEM = 3  # letters of a noun before its pronoun ending


def _licensed(p: Paragraph, reading: Reading, left: int, complement: bool) -> bool:
    """Verbs that need a complement have one; declaring verbs report speech, not an act."""
    table = p.table
    quoted_before = reading.content_end is not None or preceding_quote(p, reading, left) is not None
    after = max(reading.verb_end, reading.speaker[1]) if reading.speaker else reading.verb_end  # "أعربت X عن قلقها"
    feeling = reading.lemma in table.feeling_verbs and feeling_object(p, after, reading.lemma) is not None
    if reading.lemma in table.needs_complement and not (
            complement or quoted_before or feeling or has_complement(p, reading.content_start, reading.lemma)
            or bare_clause(p, reading) or _own_object(p, reading)):
        return False  # "объявил режим ЧС", "police found a body": an act, not speech
    # "announced that the curfew would end": a clause is reported, the act would be the object
    return quoted_before or complement or not performative(p, reading.content_start, reading.lemma)

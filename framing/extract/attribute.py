"""The cues of one paragraph: cue words read in order, then each content bounded.

A cue read after another in the same sentence may be part of it rather than
a cue of its own:

* a participle continuing the statement ("…, noting that X");
* a source relaying the statement before it ("X said, according to TASS, that …");
* a report inside a report ("X said he had appealed …").

Then each content ends at the sentence end, at the next cue, at a clause
opened by a speech verb, before a sentence-final relative clause ("…, which
includes …") or a coordinated predicate ("…, and criticized …").
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from framing import languages
from framing.languages import PAST_PARTICIPLE
from framing.extract.bounds import bounded, clause_end
from framing.extract.content import find_content_start
from framing.extract.cues import find_cue_words, readings as cue_readings
from framing.extract.read import read_cue
from framing.extract.subjects import another_speaker
from framing.extract.reading import Cue, CueKind, CueWord, Reading, Subject
from framing.extract.view import CLAUSE_PUNCT, GLUE, Paragraph, last_quote_close, opens_quote, substantial



def paragraph_cues(p: Paragraph, lang: str) -> list[Cue]:
    """All cues of one paragraph, in text order."""
    words = find_cue_words(p, lang)
    readings = _without_outlet_relays(p, _readings(p, words))
    # a speech verb opening a new clause ends the content before it, even when it is no cue itself
    clause_starts = [p.toks[w.index].start for w in words if w.kind is CueKind.VERB and w.index > 0 and (
        CLAUSE_PUNCT.search(p.text, p.toks[w.index - 1].end, p.toks[w.index].start))]
    starts = [r.verb_start for r in readings]
    return [bounded(p, r, _next_reading(readings, starts, k), clause_starts) for k, r in enumerate(readings)]


def _next_reading(readings: list[Reading], starts: list[int], k: int) -> Reading | None:
    """The reading that ends the content of reading ``k``: the next one (a nested report ends only
    another nested one), or, when that stands before the content ("по словам X, …" whose speaker runs
    over the next phrase), the first one after the content starts."""
    reading = readings[k]
    later = (n for n in readings[k + 1:] if reading.nested or not n.nested)
    nxt = next(later, None)
    if nxt is None or nxt.verb_start > reading.content_start:
        return nxt
    j = bisect_right(starts, reading.content_start, lo=k + 1)
    return next((n for n in readings[j:] if reading.nested or not n.nested), nxt)


def _readings(p: Paragraph, words: list[CueWord]) -> list[Reading]:
    """The readings of a paragraph's cue words, without those that belong to the cue before."""
    readings: list[Reading] = []
    prev_end = None
    for k, word in enumerate(words):
        i = word.index
        verb_start = p.toks[i].start
        sent = p.sentence_of(verb_start)
        after_cue = prev_end is not None and prev_end > sent[0]
        left = max(sent[0], last_quote_close(p, verb_start), prev_end if after_cue else sent[0])
        # the content of a cue never reaches past the next cue word
        bound = (p.toks[words[k + 1].index].start if k + 1 < len(words) else sent[1], sent[1])
        previous = readings[-1] if readings and after_cue else None
        reading = read_cue(p, word, bound, left, previous)
        if reading is None:
            continue  # no attribution here ("the race she hoped to carry"): it bounds nothing
        if previous is None and _interposed(p, word, words[k + 1:k + 2], sent):
            # the next verb reads its subject across this aside; "responding to a question",
            # "отвечая на вопрос": the occasion of that verb's report, "praising the police" an evaluation
            if word.kind is CueKind.PARTICIPLE and (
                    reading.lemma in p.table.object_verbs | p.table.feeling_verbs | p.table.call_verbs):
                readings.append(reading)
            continue
        prev_end = p.toks[i + word.count - 1].end
        if readings and _saying_participle(p, readings[-1], reading):
            # "وصرح X قائلاً إن …": the verb reports through its participle, whose content is the verb's
            readings[-1] = replace(readings[-1], content_start=reading.content_start, complement=True)
            continue
        reading = _before_inner_report(p, reading, readings)
        if reading.nested:
            readings.append(reading)  # "said that Kovac had promised …": a report inside the report
            continue
        if _retold(p, readings, reading):
            continue
        if readings and _aside_of_speaker(p, readings[-1], reading):
            continue  # "— говорит литейщик Андрей (фамилию он попросил не называть)": part of who speaks
        if reading.content_end is not None and reading.content_end <= reading.sentence[0]:
            # "Рабочие бастуют — они требуют …. Об этом рассказал X.": a pronoun inside the retold
            # sentence refers within X's account
            i, j = _verbs_in(readings, reading.content_start, reading.content_end)
            readings[i:j] = [r for r in readings[i:j] if r.subject is not Subject.PRONOUN]
        if previous is not None and _continues(p, readings[-1], reading):
            continue
        if readings:
            cited = _cited(p, readings[-1], reading)
            if cited is not None:
                readings[-1] = cited
                continue
            relayed = _relays(p, readings[-1], reading)
            if relayed is not None:
                readings[-1] = relayed
                continue
            if _own_report_inside(p, readings[-1], reading):
                continue  # "Захарова отметила, что …, и Кремль не раз наблюдал …": the outer statement covers it
            if _embedded(p, readings[-1], reading):
                if readings[-1].kind is CueKind.ACCORDING and (
                        reading.lemma in p.table.saying_verbs or _outlet(p, readings[-1].speaker)):
                    # "According to TASS, Peskov said …": Peskov speaks, TASS relays
                    readings[-1] = replace(reading, via=readings[-1].speaker)
                elif _named_inside(p, readings[-1], reading):
                    if _outlet(p, _head(p, readings[-1].speaker)):
                        # "وأفادت الوكالة بأن X تخشى أن …": the outlet only relays
                        readings[-1] = replace(reading, via=reading.via or readings[-1].speaker)
                    else:
                        readings.append(replace(reading, nested=True))  # "قال X إن Y طلب منه أن …"
                elif reading.speaker is not None and another_speaker(p, readings[-1], reading.speaker, reading.lemma):
                    readings.append(replace(reading, nested=True))  # "X said that Y had promised …": Y's too
                continue  # "X said he had appealed …", "По словам X, Москва выступает за …": inside the report
        readings.append(reading)
    return readings


def _saying_participle(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """A participle with a complement right where the verb before it would start its content, or after a
    word of manner ("responded *by* saying that …")."""
    if not (reading.kind is CueKind.PARTICIPLE and prev.content_end is None and prev.sentence == reading.sentence
            and prev.content_start <= reading.verb_start):
        return False
    if prev.lemma in p.table.topic_verbs and reading.lemma in p.table.saying_verbs:
        return True  # "وعلّق X على القرار، قائلاً: …": what he commented on is the topic, not a statement
    return reading.complement and all(w.norm in p.table.manner_openers
                                      for w in p.words(prev.content_start, reading.verb_start))


def _interposed(p: Paragraph, word: CueWord, following: list[CueWord], sent: tuple[int, int]) -> bool:
    """"Kovac, responding to a question, said …", "Песков, отвечая на вопрос, заявил …", "Dolan, asked
    whether he would resign, said …": a participle in an aside between a subject and its finite verb,
    which is that subject's verb too."""
    tok = p.toks[word.index]
    passive = word.kind is CueKind.VERB and word.count == 1 and any(
        tag == PAST_PARTICIPLE for _, tag in cue_readings(p.lang, tok))
    if not (word.kind is CueKind.PARTICIPLE or passive) or not following or following[0].kind is not CueKind.VERB:
        return False
    nxt = p.toks[following[0].index]
    before, gap = p.text[sent[0]:tok.start].rstrip(), p.text[tok.end:nxt.start].rstrip()
    return (nxt.start < sent[1] and len(before) > 1 and before[-1] in ",،" and gap[-1:] in (",", "،")
            and not CLAUSE_PUNCT.search(gap.replace(",", "").replace("،", ""))
            and not any(t.norm in p.table.complementizers for t in p.words(tok.end, nxt.start)))


def _aside_of_speaker(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """A cue in brackets right after the previous speaker's mention describes that speaker."""
    if prev.speaker is None or not prev.speaker[1] <= reading.verb_start or prev.sentence != reading.sentence:
        return False
    between = p.text[prev.speaker[1]:reading.verb_start]
    return between.lstrip().startswith("(") and ")" not in between


def _retold(p: Paragraph, readings: list[Reading], reading: Reading) -> bool:
    """"Правительство призывает … . Об этом говорится в заявлении X.": a sentence pointed back at that opens
    with its own attribution is already that speaker's statement (not "A — они требуют B", nor a
    report inside it that the pointing source leaves out: "… التي تقول X إنها … . وفق Y.")."""
    end = reading.content_end
    if end is None or end > reading.sentence[0]:
        return False
    sent = p.sentence_of(reading.content_start)
    i, j = _verbs_in(readings, sent[0], min(sent[1], end))  # the readings of the sentence pointed back at
    return any(r.sentence[0] <= reading.content_start < r.sentence[1]
               and not CLAUSE_PUNCT.search(p.text, r.sentence[0], (r.speaker or (r.verb_start,))[0])
               for r in readings[i:j])


def _verbs_in(readings: list[Reading], lo: int, hi: int) -> tuple[int, int]:
    """The index range of the readings (in text order) whose verb starts in ``[lo, hi)``: a binary search,
    so that a paragraph of many cues is not read once per cue."""
    return bisect_left(readings, lo, key=_VERB), bisect_left(readings, hi, key=_VERB)


def _VERB(reading: Reading) -> int:
    return reading.verb_start


def _before_inner_report(p: Paragraph, reading: Reading, readings: list[Reading]) -> Reading:
    """"… الاقتراع الذي يقول X إنه شهد تلاعبا. وفق وكالة Y.": a source standing after the sentence it gives
    covers it up to a report of another speaker inside (from its relative pronoun on)."""
    if reading.kind is not CueKind.ACCORDING or reading.content_end is None or (
            reading.content_end > reading.sentence[0]):
        return reading
    i, j = _verbs_in(readings, reading.content_start + 1, reading.content_end)
    inner = readings[i:j]
    if not inner:
        return reading
    cut = min(inner[0].verb_start, inner[0].speaker[0] if inner[0].speaker else inner[0].verb_start)
    before = p.token_before(cut)
    if before is not None and before.norm in p.table.relative_pronouns:
        cut = before.start
    return replace(reading, content_end=max(reading.content_start, cut))


def _without_outlet_relays(p: Paragraph, readings: list[Reading]) -> list[Reading]:
    """"По словам X, …, передает «Интерфакс».", "…, X said, according to Reuters.": an outlet
    closing a sentence that already has its speaker only relays; the statement is the speaker's."""
    out: list[Reading] = []
    by_sentence: dict[tuple[int, int], list[int]] = {}  # a sentence -> indexes in ``out``: no rescan of the paragraph
    for reading in readings:
        inner = next((k for k in reversed(by_sentence.get(reading.sentence, ()))
                      if reading.content_end is not None and reading.content_end <= reading.verb_start
                      and out[k].verb_start < reading.verb_start), None)
        if inner is not None and _outlet(p, reading.speaker):
            relative = _relative_start(p, out[inner])
            if relative is not None:
                # "أقرت X القانون، مما أثار غضب Y، التي توعدت بالرد، بحسب الوكالة": the outlet tells the
                # sentence up to the relative clause, whose speaker is the antecedent
                out.append(replace(reading, content_start=reading.sentence[0], content_end=relative))
                continue
            out[inner] = replace(out[inner], via=out[inner].via or reading.speaker)
            continue
        by_sentence.setdefault(reading.sentence, []).append(len(out))
        out.append(reading)
    return out


def _relative_start(p: Paragraph, reading: Reading) -> int | None:
    """Where the relative clause of a cue starts when its verb follows a relative pronoun, else None."""
    before = p.token_before(reading.verb_start)
    relative = p.table.relative_pronouns
    if before is None or before.norm not in relative or before.start <= reading.sentence[0]:
        return None
    return before.start


def _outlet(p: Paragraph, span) -> bool:
    """Whether a source is a news outlet: a media actor of the registry or an outlet noun."""
    if span is None:
        return False
    if any(p.is_media(m.actor) for m in p.mentions_in(*span)):
        return True
    outlets = languages.reference(p.lang).outlet_nouns
    return any(set(w.bases) & outlets for w in p.words(*span))


def _continues(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """"…, noting that X": a participle inside the statement it follows.

    Not after "“A,” X said, adding …" (the statement before is closed), nor
    when a quotation follows the participle, nor where participles always
    open a statement of their own (Arabic "مضيفاً أن").
    """
    if reading.kind is not CueKind.PARTICIPLE:
        return False
    closed = prev.content_end is not None and prev.content_end <= reading.verb_start
    if prev.kind is CueKind.ACCORDING and not closed and prev.content_start < reading.verb_start:
        return True  # "По его словам, горняков заставляли работать, угрожая …": the clause's own subject acts
    table = p.table
    # "condemned the attacks, calling them …": an evaluation's object ends at its clause, so the
    # participle is a statement of its own
    evaluated = prev.lemma in table.object_verbs or prev.lemma in table.naming_verbs
    return not (table.participle_splits or closed or evaluated or opens_quote(p, reading.content_start))


def _cited(p: Paragraph, prev: Reading, reading: Reading) -> Reading | None:
    """"…, передает X со ссылкой на Y.": the source cited right after a speaker speaks; the
    speaker only relays. Returns the previous reading with Y speaking and X as ``via``, or None."""
    if reading.kind is not CueKind.ACCORDING or reading.lemma not in p.table.citing or prev.speaker is None:
        return None
    if prev.sentence != reading.sentence or p.text[prev.speaker[1]:reading.verb_start].strip(GLUE):
        return None
    cited = replace(prev, subject=reading.subject, speaker=reading.speaker, via=prev.speaker)
    if prev.content_end is None and prev.content_start <= reading.verb_start:
        # "Как сообщает X со ссылкой на Y, …": the content follows the cited source
        resume = CLAUSE_PUNCT.search(p.text, reading.speaker[1], reading.sentence[1])
        start, _ = find_content_start(p, resume.end() if resume else reading.speaker[1],
                                      (reading.sentence[1], reading.sentence[1]))
        cited = replace(cited, content_start=start)
    return cited


def _relays(p: Paragraph, prev: Reading, reading: Reading) -> Reading | None:
    """"X said, according to TASS, that …": the source names who relayed X's words.

    Returns the previous reading with the source as ``via`` and its content
    resuming after the source's phrase, or None when the source relays nothing.
    """
    if reading.kind is not CueKind.ACCORDING or prev.kind is CueKind.ACCORDING or prev.sentence != reading.sentence:
        return None
    if prev.content_end is not None:
        return None
    if p.text[prev.verb_end:reading.verb_start].strip(GLUE) and not _in_subject_zone(p, prev, reading):
        return None
    sent_end = reading.sentence[1]
    start, complement = find_content_start(p, reading.speaker[1], (sent_end, sent_end))
    if not complement:
        resume = CLAUSE_PUNCT.search(p.text, reading.speaker[1], sent_end)
        start, complement = find_content_start(p, resume.end() if resume else reading.speaker[1], (sent_end, sent_end))
    return replace(prev, via=reading.speaker, content_start=start, complement=complement)


def _in_subject_zone(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """"قالت X التي تقيم في الخارج بحسب مقربين منها، في رسالة "…"", "أفادت أوساط X بحسب قنواتها أن …": a source
    phrase between a postposed subject and the content (no complementizer or quotation opened yet) tells
    who relays the subject's words; it is not a speaker of its own."""
    if prev.complement or prev.speaker is None or prev.speaker[0] < prev.verb_end:
        return False
    lo, hi = prev.speaker[1], reading.verb_start
    if lo > hi or any(substantial(p, q) for q in p.quotes_starting(lo, hi)):
        return False
    return not any(t.norm in p.table.complementizers for t in p.words(lo, hi))


def _head(p: Paragraph, span):
    """The first word of a speaker mention, with the registry mention that starts there ("وكالة X")."""
    words = p.words(*span) if span else []
    if not words:
        return None
    m = p.mention_at(words[0].start)
    return (words[0].start, m.end if m is not None else words[0].end)


def _named_inside(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """A report inside a verb cue's content whose subject is a registry mention ("X said Y had asked …"),
    itself reporting with a complement: a statement of its own when Y is another actor."""
    if prev.kind is not CueKind.VERB or reading.kind is not CueKind.VERB or reading.speaker is None:
        return False
    complement = reading.complement or reading.lemma in p.table.feeling_verbs  # "إن X تبدي قلقها حيال …"
    # the subject before its verb, as a clause after إن/أن has it ("إن X طلب"); in "إنها أبلغت X" the
    # name after the verb is its object
    return (reading.subject is Subject.NAME and complement
            and prev.content_start <= reading.speaker[0] < reading.verb_start and bool(p.mentions_in(*reading.speaker)))


def _own_report_inside(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """A cue inside the open clause content of the cue before, whose speaker names the same actor."""
    if prev.sentence != reading.sentence or prev.content_end is not None or not prev.complement:
        return False
    if reading.kind is not CueKind.VERB or not reading.speaker or not prev.speaker \
            or reading.speaker[0] <= prev.content_start:
        return False
    outer = {m.actor for m in p.mentions_in(*prev.speaker)}
    inner = {m.actor for m in p.mentions_in(*reading.speaker)}
    return bool(inner) and inner <= outer


def _embedded(p: Paragraph, prev: Reading, reading: Reading) -> bool:
    """Whether a cue's subject opens the previous cue's reported content."""
    if prev.sentence != reading.sentence or prev.content_end is not None or reading.kind is CueKind.ACCORDING:
        return False
    head = reading.speaker[0] if reading.speaker else reading.verb_start
    if (prev.lemma in p.table.object_verbs and prev.content_start < head
            and clause_end(p, prev.content_start, head) < head):
        return False  # "رفضت المعارضة النتائج، إذ قالت …": the object ended at the clause
    if head >= prev.content_start and not p.text[prev.content_start:head].strip(GLUE):
        return True
    if prev.verb_end <= head < prev.content_start and not CLAUSE_PUNCT.search(p.text, prev.verb_end, head):
        return True  # "told Reuters the recount had found …": the subject runs on from the hearer
    if p.table.verb_first and reading.kind is CueKind.VERB and reading.verb_start > prev.content_start > prev.verb_start:
        # "قال X إن الوفد أبدى مرونة": a verb inside the reported clause, with no clause break before it;
        # but "واصفة الأوضاع بأنها "مقلقة" ودعت …": a quotation closing the content ends it
        quote = p.last_quote_before(reading.verb_start)
        closed = (quote is not None and quote.start > prev.content_start and reading.speaker is None
                  and not p.text[quote.end:reading.verb_start].strip())
        before = p.token_before(reading.verb_start)
        opener = before is not None and before.norm in p.table.clause_openers  # "… فيما أعلنت X"
        return not (closed or opener or CLAUSE_PUNCT.search(p.text, prev.content_start, reading.verb_start))
    return False

"""Speakers after their verb.

* "“…,” said X" and "قال X إن …" (``right_subject``): the subject runs from the
  verb to a complementizer, particle, time word or clause end; in verb-first
  languages it is a registry mention with its joined mentions and appositions;
* "Three people died, said the ministry." (``inverted_after_comma``): the
  content precedes and the speaker closes the sentence.
"""

from __future__ import annotations

import re

from framing import languages
from framing.extract.cues import FINITE, citing_at, is_gerund, is_verb_form, readings
from framing.extract.interposed import interposed
from framing.extract.reading import Reading, Speaker, Subject
from framing.extract.view import (CLAUSE_PUNCT, MAX_SUBJECT, Paragraph, Span, Tok, hearer_length, last_quote_close,
                                  past_circumstance, segments, substantial, substantial_speech)

_SENTENCE_STOP = re.compile(r"[.!?؟](\s|$)")
_CLOSED_APPOSITION = re.compile(r"[^\S\r\n]*،([^،]{1,60})،")
_COMMA_NEXT = re.compile(r"\s*(?:,|[—–]|-(?=\s))")  # a comma or dash after an inverted speaker
_DASH = re.compile(r"[—–]|\s-\s")
_MAX_APPOSITION = 6
_MAX_NAMED_APPOSITION = 8
_MAX_TITLE_WORDS = 5  # words qualifying a title before the name ("زعيمة المعارضة البرلمانية في العاصمة")
_CLITIC_NOUN = 4  # letters of a noun after a one-letter preposition ("بانتهاكات"), more than most names keep


def inverted_after_comma(p: Paragraph, i: int, n: int, sent: Span, left: int, reading: Reading) -> Speaker | None:
    """"Three people died, said the ministry." / "…, сообщили в ГУ МЧС.": the speaker
    follows the verb and ends the sentence, and the content precedes them."""
    before = p.text[left:reading.verb_start]
    if not before.rstrip().endswith((",", "—", "–", " -")) or last_quote_close(p, reading.verb_start) > left:
        return None  # "“…,” said X" is the quotation case
    if _relative_subject(p, left, reading.verb_start):
        return None  # "Kovac, who chairs the panel, said the talks had failed": the subject before its aside
    speaker = right_subject(p, i + n, sent)
    if speaker is None:
        return None
    if interposed(p, left, reading.verb_start, speaker[1], sent[1]) or _adverbial_aside(p, left, reading, speaker):
        # "The talks, said Kovac, will resume", "Tomorrow, said Kovac, the talks resume": the content runs on both
        # sides of the attribution; "Однако, отметил X, решение …": a connective alone before it is no content
        after = p.starting(speaker[1], sent[1], 1)
        start = after[0].start if after and all(w.norm in p.table.discourse for w in p.words(left, reading.verb_start)) \
            else left
        return _named(p, speaker) and Speaker(Subject.NAME, speaker, content=(start, sent[1])) or None
    if len(before.split()) < 3 and not (_COMMA_NEXT.match(p.text, speaker[1], sent[1]) and _named(p, speaker)):
        return None  # but "Prices rose, said Kovac, and wages fell": the speaker stands between commas
    table, words = p.table, p.words(*speaker)
    relative = next((k for k, w in enumerate(words) if k and w.norm in table.relative_pronouns), None)
    person = relative is not None and words[relative].norm in table.person_relativizers  # "an engineer who …"
    if relative is not None:
        words = words[:relative]  # "…, said an aide who attended the meeting"
        speaker = (words[0].start, words[-1].end)
    if any(w.norm in table.trailing or w.norm in table.passive_aux | table.passive_adverbs
           or w.norm in table.finite_aux for w in words):
        return None  # a clause, not a name: "X, a doctor, said the police were overwhelmed"
    if not person and not _named(p, speaker):
        return None
    rest = p.words(speaker[1], sent[1])
    if rest and rest[0].norm in table.relativizers and "," in p.text[speaker[0]:speaker[1]]:
        relative = len(words)  # "…, said X, spokesman for Y, the union that represents …": its relative clause
    if relative is None and len(rest) > 3 and not _COMMA_NEXT.match(p.text, speaker[1], sent[1]) \
            and not citing_at(p, p.index_at(speaker[1])) and not _adverbial(p, rest):
        return None  # more follows: "X, a doctor, said the hospital was full"; not "…, сообщает X со ссылкой на Y"
    return Speaker(Subject.NAME, speaker, content=(left, reading.verb_start))


def _relative_subject(p: Paragraph, left: int, verb: int) -> bool:
    """Whether the clause before the verb is a speaker and its relative clause between commas: "Kovac,
    who chairs the panel," or "The office of Brandt, which opposes the plan,"."""
    parts = [part for part in segments(p.text, left, verb) if p.words(*part)]
    if len(parts) != 2 or p.text[parts[1][1]:verb].strip() != ",":
        return False
    aside = p.words(*parts[1])
    return aside[0].norm in p.table.relative_pronouns and len(p.words(*parts[0])) <= MAX_SUBJECT \
        and _named(p, parts[0])


def _named(p: Paragraph, speaker: Span) -> bool:
    """A name, a pronoun ("…, сообщил он в своем канале.") or a speaker noun ("…, said an official")."""
    table, words = p.table, p.words(*speaker)
    if p.has_mention(*speaker) or p.text[speaker[0]].isupper() or len(words) == 1 and words[0].norm in table.pronouns:
        return True
    return any(w.norm in table.speaker_nouns or set(w.bases) & table.speaker_nouns for w in words)


def _adverbial_aside(p: Paragraph, left: int, reading: Reading, speaker: Span) -> bool:
    """"On Monday, said Kovac, the talks resume": where and when, then the attribution between commas."""
    comma = _COMMA_NEXT.match(p.text, speaker[1], reading.sentence[1])
    return comma is not None and bool(p.words(comma.end(), reading.sentence[1])) and _adverbial(
        p, p.words(left, reading.verb_start))


def _adverbial(p: Paragraph, words: list[Tok]) -> bool:
    """Where and when, closing the sentence ("…, сообщил он в своем Telegram-канале.")."""
    table = p.table
    return bool(words) and (words[0].norm in table.subject_stop or words[0].norm in table.time_words) and not any(
        w.norm in table.complementizers for w in words)


def right_subject(p: Paragraph, j: int, sent: Span) -> Span | None:
    """The subject after the verb: tokens up to a complementizer, particle, time word or clause end.

    In verb-first languages a subject that opens with a registry mention ends
    with it, extended by joined mentions ("X وY") and closed appositions
    ("X، Y، إن"), so the object that follows is not taken for the speaker.
    """
    table, toks = p.table, p.toks
    if table.verb_first and j < len(toks) and not _prepositional(p, toks[j]):
        k = j
        while k < min(len(toks), j + 2) and (toks[k].norm in table.discourse or toks[k].norm in table.time_words) \
                and toks[k].start < sent[1]:
            k += 1  # "أكد كل من X وY", "كما طالب أيضا X بـ…": words before the subject's first mention
        first = p.mention_starting(toks[k].start) if k < len(toks) else None
        if first is not None:
            return _mention_chain(p, (first.start, sent[1]))  # "أعلن عسكريون في كندارا، …"
    j = _past_hearer_and_time(p, j, sent)
    j = _past_circumstance(p, j, sent)
    if j + 1 < len(toks) and toks[j].norm in table.org_prepositions and p.has_mention(toks[j + 1].start, sent[1]):
        j += 1  # "сообщили в региональном ГУ МЧС": the organisation speaks
    words = _subject_tokens(p, j, sent)
    if not words:
        return None
    words = _without_addressee(p, words)
    span = (words[0].start, words[-1].end)
    if table.verb_first:
        span = _mention_chain(p, span, sent[1]) or span
    return span


def _past_hearer_and_time(p: Paragraph, j: int, sent: Span) -> int:
    """"сообщил журналистам в пятницу новый министр …": the hearer and the time before an inverted subject."""
    table, toks = p.table, p.toks
    k = j
    while k < len(toks) and toks[k].start < sent[1]:
        if toks[k].norm in table.addressees or toks[k].norm in table.time_words:
            k += 1
        elif hearer := hearer_length(p, p.starting(toks[k].start, sent[1], MAX_SUBJECT), dependents=False):
            k += hearer  # "заявил «Вестнику» директор …"
        elif (toks[k].norm in table.subject_stop and k + 1 < len(toks) and toks[k + 1].norm in table.time_words):
            k += 2  # "в среду"
        else:
            break
    return k if k < len(toks) and toks[k].start < sent[1] and k > j and not p.table.verb_first else j


def _past_circumstance(p: Paragraph, j: int, sent: Span) -> int:
    """"заявил на брифинге глава министерства …": where and when before an inverted subject."""
    words = p.starting(p.toks[j].start, sent[1], MAX_SUBJECT + 8) if j < len(p.toks) else []
    rest = past_circumstance(p, words)
    return j + len(words) - len(rest)


def _subject_tokens(p: Paragraph, j: int, sent: Span) -> list[Tok]:
    toks, text = p.toks, p.text
    words: list[Tok] = []
    pos = toks[j - 1].end if j > 0 else sent[0]
    while j < len(toks) and toks[j].start < sent[1] and len(words) < MAX_SUBJECT:
        tok = toks[j]
        gap = text[pos:tok.start]
        abbreviation = words and gap.startswith(".") and len(words[-1].norm) <= 3 and text[words[-1].start].isupper()
        if ":" in gap or ";" in gap or _SENTENCE_STOP.search(gap) and not abbreviation:
            break  # (not at "Mr." or "Gov.")
        if words and "(" in gap:
            skip = _bracketed_name(p, j, sent) if p.table.verb_first else None
            if skip is None:
                break  # "говорит литейщик Андрей (фамилию он попросил не называть)": an aside
            j, pos = skip, toks[skip - 1].end  # "المفوض العام للوكالة (أونروا) X،": a short name in brackets
            continue
        if words and "," in gap and not p.table.verb_first and any(t == FINITE for _, t in readings(p.lang, tok)):
            break  # "заявил X, передает корреспондент Y": the next report's verb
        if _ends_subject(p, tok, words, gap, sent) or words and citing_at(p, j):
            break  # "передает X со ссылкой на Y": X relays
        words.append(tok)
        pos = tok.end
        j += 1
    return words


_BRACKETED = 3  # words of a short name in brackets inside a verb-first subject


def _bracketed_name(p: Paragraph, j: int, sent: Span) -> int | None:
    """The token after a short bracketed name that more of the subject follows, else None."""
    close = p.text.find(")", p.toks[j].start, sent[1])
    inside = p.words(p.toks[j].start, close) if close >= 0 else []
    k = j + len(inside)
    if not 0 < len(inside) <= _BRACKETED or k >= len(p.toks) or p.toks[k].start >= sent[1] \
            or p.text[close + 1:p.toks[k].start].strip():
        return None
    return k


def _ends_subject(p: Paragraph, tok: Tok, words: list[Tok], gap: str, sent: Span) -> bool:
    table, text = p.table, p.text
    if table.verb_first and words and tok.norm in table.relativizers:
        return True  # "وأوضح المسؤول الذي لم تكشف الوكالة هويته أن …": the relative clause is no part of the name
    q = p.quote_at(tok.start)
    if q is not None and (substantial_speech(p, q) or table.verb_first and substantial(p, q)):
        return True  # a quotation, not a quoted name ("وجدد الوزراء "تأييدهم التام …"")
    if table.verb_first and (_clitic_noun(p, tok) if words else _prepositional(p, tok)):
        # "قالت فيه", "نددت بالمهاجمين": a subject never opens with a preposition; "طالب المحتجون باستقالة …":
        # one written bare on a noun ends it (but "بيان للشرطة", "بعثة اللجنة الدولية للصليب": a genitive)
        return True
    if table.verb_first and words and _hearer(p, tok):
        return True  # "وقال شهود لوكالة X إن …": the hearer, not part of the subject
    org = tok.norm in table.org_prepositions and p.has_mention(tok.end, sent[1])  # "… в управлении МЧС"
    org = org or bool(words) and tok.norm in table.org_prepositions and _place_before_name(p, tok, sent)
    org = org or _in_named_apposition(p, tok, words, sent)  # "said Tom Berg, spokesman for the Freedom Party"
    org = org or _affiliation(p, tok, words)
    attributive = bool(words) and tok.norm in table.time_words and all(w.norm in table.determiners for w in words)
    if q is None and not org and not attributive and (
            tok.norm in table.complementizers or tok.bases[0] in table.particles or is_gerund(p.lang, tok)
            or tok.norm in table.time_words or tok.norm in table.subject_stop):
        return True  # but "says an Oct. 11 filing", "said the late president's son": a time word qualifies the noun
    if table.cased and words and tok.norm in table.discourse and not org:
        return True
    if words and _DASH.search(gap):
        return True  # "The talks — said Kovac — will resume": the dash closes the interposed source
    if table.cased and words and "," in gap:
        # "said the chairman, Armenian Prime Minister Nikol Pashinyan": an apposition naming the speaker
        part_end = CLAUSE_PUNCT.search(text, tok.start, sent[1])
        part_end = part_end.start() if part_end else sent[1]
        return not (p.has_mention(tok.start, part_end) and len(p.words(tok.start, part_end)) <= _MAX_NAMED_APPOSITION)
    return False


_AFFILIATED = 3  # words of a speaker noun and its adjectives before the body it belongs to


def _affiliation(p: Paragraph, tok: Tok, words: list[Tok]) -> bool:
    """"قال مسؤول كبير في X إن …": a preposition after an unnamed speaker noun (and its adjectives), with a
    registry mention right after it, names the body the speaker belongs to."""
    table = p.table
    if not (words and tok.norm in table.affiliation_prepositions and len(words) <= _AFFILIATED):
        return False
    # an official speaks for the body ("مسؤول في X", "متحدث لدى X"); "مصدر مطلع في X" is a source of its own
    if not set(words[0].bases) & languages.reference(p.lang).role_nouns or p.has_mention(words[0].start, words[-1].end):
        return False
    nxt = p.starting(tok.end, None, 1)
    return bool(nxt) and p.mention_starting(nxt[0].start) is not None


def _in_named_apposition(p: Paragraph, tok: Tok, words: list[Tok], sent: Span) -> bool:
    """"…, said Tom Berg, spokesman for the Freedom Party.", "…, said a spokesman for the Freedom Party.": a
    particle after a title (in an apposition after the name, or a speaker noun right before it), with a registry
    mention after it in the same part, links the title to the body it names."""
    table = p.table
    if not (table.cased and words and tok.bases[0] in table.particles and tok.norm not in table.complementizers):
        return False
    comma = p.text.rfind(",", words[0].end, tok.start)
    if comma < 0 and words[-1].norm not in table.speaker_nouns:
        return False
    end = CLAUSE_PUNCT.search(p.text, tok.end, sent[1])
    end = end.start() if end else sent[1]
    start = comma + 1 if comma >= 0 else words[0].start
    return p.has_mention(tok.end, end) and len(p.words(start, end)) <= _MAX_NAMED_APPOSITION


def _place_before_name(p: Paragraph, tok: Tok, sent: Span) -> bool:
    """"новый посол Франции в РФ Пьер Дюваль.": a title's place, then the holder's name, end the clause.

    Only capitalised words follow the preposition up to the clause end, at
    least a place and a two-word name.
    """
    end = CLAUSE_PUNCT.search(p.text, tok.end, sent[1])
    rest = p.words(tok.end, end.start() if end else sent[1])
    return p.table.cased and len(rest) >= 3 and all(p.text[w.start].isupper() for w in rest)


def _prepositional(p: Paragraph, tok: Tok) -> bool:
    """A preposition with its pronoun ("فيه", "عنه") or a noun with a prepositional clitic ("بالمتظاهرين")."""
    table = p.table
    for prep in table.particles | table.subject_stop:
        if tok.norm.startswith(prep) and tok.norm[len(prep):] in table.pronoun_suffixes:
            return True
    if any(tok.norm.startswith(c) and len(tok.norm) > len(c) + 2 and tok.norm[len(c):] in tok.bases
           for c in table.prepositional_clitics):
        return True
    return _clitic_noun(p, tok)


def _hearer(p: Paragraph, tok: Tok) -> bool:
    """A name with a one-letter preposition on it ("لوكالة"), not a genitive with the article ("للأمم")."""
    m = p.mention_starting(tok.start)
    if m is None or languages.get(p.lang).normalize(m.alias.split()[0]) == tok.norm:
        return False  # "لوكا براندت": the name itself begins with the letter
    return any(len(c) == 1 and tok.norm.startswith(c) and not tok.norm.startswith(c + c) and tok.norm[1:] in tok.bases
               for c in p.table.subject_stop)


def _clitic_noun(p: Paragraph, tok: Tok) -> bool:
    """"بانتهاكات", "بإجراء": a one-letter reporting preposition on a noun, which opens the content; a name
    written with it would be a registry mention."""
    table = p.table
    return p.mention_at(tok.start) is None and any(
        len(c) == 1 and tok.norm.startswith(c) and len(tok.norm) - 1 >= _CLITIC_NOUN and tok.norm[1:] in tok.bases
        for c in table.reporting_particles)


def _without_addressee(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """"рассказала РИА Новости жительница …": an outlet right after the verb is the addressee; so is a
    hearer by its case after the subject ("рассказал председатель банка губернатору")."""
    after = p.table.hearer_after
    if after is not None and after(tuple(w.norm for w in words), tuple(p.text[w.start].isupper() for w in words)):
        words = words[:-1]
    recipient = p.mention_starting(words[0].start)
    if recipient is None or not p.is_media(recipient.actor):
        return words
    rest = [w for w in words if w.start >= recipient.end]
    if rest and rest[0].norm in p.table.org_prepositions:
        rest = rest[1:]  # "сообщили РИА Новости в краевом управлении МЧС"
    if len(rest) >= 2 or rest and p.has_mention(rest[0].start, rest[-1].end):
        return rest
    return words


def _mention_chain(p: Paragraph, span: Span, limit: int | None = None) -> Span | None:
    """The leading mention of a span with its joined mentions and closed appositions; a name of the same actor
    after a title may run on to ``limit``."""
    text = p.text
    limit = max(span[1], limit or 0)
    first = p.first_mention(span[0])
    if first is None or first.start > span[0] + 12 or first.end > span[1] or text[span[0]:first.start].count(" ") > 1:
        return None
    end = first.end
    while True:
        nxt = p.first_mention(end + 1)
        if nxt is not None and nxt.end <= span[1] and not text[end:nxt.start].strip() \
                and text[nxt.start] in p.table.conjunction_clitics:
            end = nxt.end  # "منظمة الدول الأمريكية والاتحاد الأوروبي"
            continue
        same = next((m for m in p.mentions_in(end + 1, limit) if m.actor == first.actor), None)
        if same is not None and same.end <= limit and _title_words(p, end, same.start):
            end = same.end  # "زعيم حزب الحرية لوكا براندت", "زعيمة المعارضة البرلمانية في العاصمة X"
            continue
        m = _CLOSED_APPOSITION.match(text, end, span[1] + 1)
        if m and _apposition(p, m.start(1), m.end(1)):
            end = m.end() - 1  # "الرئيس الكازاخستاني، قاسم جومارت توكاييف، إن"
            continue
        return (span[0], end)


def _title_words(p: Paragraph, lo: int, hi: int) -> bool:
    """Between a title's mention and a name of the same actor: nothing, or a few words qualifying the title
    (no punctuation, particle, complementizer, time word or verb)."""
    table, text = p.table, p.text
    if CLAUSE_PUNCT.search(text, lo, hi) or p.quotes_starting(lo, hi):
        return False
    words = p.words(lo, hi)
    if words and (words[0].norm in table.subject_stop or words[0].norm in table.addressees):
        return False  # "X في بيان نشره مكتبه", "X للصحفيين": an adverbial, not the title's complement
    return len(words) <= _MAX_TITLE_WORDS and not any(
        w.bases[0] in table.particles or w.norm in table.complementizers or w.norm in table.time_words
        or is_verb_form(p.lang, w) for w in words)


def _apposition(p: Paragraph, lo: int, hi: int) -> bool:
    """A short noun phrase naming or describing a speaker, not a time or place adverbial."""
    words = p.words(lo, hi)
    if words and (words[0].norm in p.table.complementizers or any(q.end > hi for q in p.quotes_starting(lo, hi))):
        return False  # "X، أنه “…،": the content, not an apposition (a quoted name inside one is closed in it)
    if not words or len(words) > _MAX_APPOSITION or p.has_mention(lo, hi):
        return bool(words) and len(words) <= _MAX_APPOSITION
    table = p.table
    if any(t.norm in table.time_words or t.norm in table.subject_stop or t.norm.isdigit() for t in words):
        return False
    return len(words) <= 4 or any(b in table.speaker_nouns for t in words for b in t.bases)

"""The subject before a verb: "X said", "X, a spokesperson for Y, said", "Friends and foes say".

The clause before the verb is read back to the clause boundary (``left``),
split at clause punctuation. What comes out is a :class:`Speaker`: a span, or
the verdict that the verb is coordinated with an earlier one ("… and urged")
or embedded in another statement's content ("… that he said were …").
"""

from __future__ import annotations

from framing import languages
from framing.extract.cues import readings
from framing.languages import GERUND, PAST_PARTICIPLE
from framing.extract.reading import Speaker, Subject
from framing.extract.subordinate import after_subordinator
from framing.extract.view import MAX_APPOSITIVE_SUBJECT, MAX_SUBJECT, Paragraph, Span, Tok, past_circumstance, segments

_MAX_LIST_ITEM = 3        # words in one item of a list subject ("Neighbours, teachers and former rivals")
_MAX_AFTER_AND = 6        # words of a subject after "and" ("Moscow called … and Washington urged")
_MAX_ANTECEDENT = 8       # words of the antecedent of "who" ("Mr. Sanders, who said …, …")
_MAX_NAME_RUN = 6         # capitalised words of a name before "who" ("Slovak Foreign Minister Jana Holub")
_MAX_PARTS = 12           # clause parts read back from the verb (appositions, a list subject, asides)


def left_subject(p: Paragraph, left: int, verb_start: int, after_cue: bool) -> Speaker | None:
    """The subject before the verb, read back to the clause boundary."""
    table, text = p.table, p.text
    parts = segments(text, p.lookback(left, verb_start), verb_start)[-_MAX_PARTS:]
    if len(parts) >= 3 and not table.verb_first and _adverbial(p, parts[-1]):
        # "Tokayev, who imposed …, in a televised address said": the adverbial is not the subject
        parts = [*parts[:-1], (parts[-1][1], parts[-1][1])]
    last = parts[-1]
    if not text[last[0]:last[1]].strip() and len(parts) >= 2:
        if table.verb_first:
            return None  # "…، وقالت": a dropped subject, not an apposition
        found = _appositive_span(p, parts)
        if found is None:
            return None
        span, limit = found
    else:
        tail = p.words(*last)
        if len(parts) >= 2 and tail and table.cased and all(is_trailing(w, table) for w in tail):
            # "The school board president, Tom Aldana, has repeatedly said": look before the adverbs
            return left_subject(p, left, last[0], after_cue) if last[0] - 1 > left else None
        span, limit = _plain_span(p, parts), MAX_SUBJECT
    quote = p.quote_at(span[0])
    if quote is not None and not text[quote.end:span[1]].strip() and text[span[0]:span[1]].strip():
        return None  # the "subject" is a quotation
    words = p.words(*span) if after_cue or span != last else after_subordinator(p, p.words(*span))  # "… as X urged"
    words, verdict = _coordination(p, words, span, left, after_cue)
    if verdict is not None:
        return verdict
    return _subject_from_words(p, words, parts, limit)


def _appositive_span(p: Paragraph, parts: list[Span]) -> tuple[Span, int] | None:
    """"X, a spokesperson for Y, said": the subject is the appositive and its head."""
    table, text = p.table, p.text
    body = [s for s in parts[:-1] if text[s[0]:s[1]].strip()]
    body = _before_relative(p, body)
    while len(body) >= 2 and _is_discourse(p, body[-1]) and len(p.words(*body[-1])) <= 3 \
            and not _affiliation(p, body[-1]):
        body = body[:-1]  # "Ana Ortiz, for her part, said"; but "Ines Moll, at Amnesty, said" is hers
    if not body:
        return None
    head = _named_after_opener(p, body[-2]) if len(body) >= 2 and _describes(p, body[-1]) else None
    if head is not None:
        return (head, body[-1][1]), MAX_APPOSITIVE_SUBJECT  # "…, but the Orrin Group, a coalition of …, said"
    if len(body) < 2 or _is_discourse(p, body[-2]):
        return body[-1], MAX_SUBJECT
    k = len(body) - 2
    while (k > 0 and table.cased and not _is_discourse(p, body[k - 1]) and _appositive(p, body[k])
           and len(p.words(body[k - 1][0], body[-1][1])) <= MAX_APPOSITIVE_SUBJECT):
        k -= 1  # "Lena Varga, the attorney general of Tellaria, one of the states suing, said"
    return (body[k][0], body[-1][1]), MAX_APPOSITIVE_SUBJECT


def _describes(p: Paragraph, span: Span) -> bool:
    """An apposition that is a description: a determiner, a number or a speaker noun first ("a rights
    group", "45", "spokesman for Y"), not a predicate ("established a partnership")."""
    words = p.words(*span)
    nouns = p.table.speaker_nouns | languages.reference(p.lang).role_nouns
    return bool(words) and (words[0].norm in p.table.determiners or words[0].norm.isdigit() or words[0].norm in nouns)


def _named_after_opener(p: Paragraph, span: Span) -> int | None:
    """Where a name starts in the clause part before an apposition when discourse words or another clause
    open that part ("but the Orrin Group", "On Monday Tom Berg", "The count was slow and Amnesty")."""
    table, text = p.table, p.text
    words = p.words(*span)
    k = 0
    for j, w in enumerate(words):
        if w.norm in table.coordinators and j > _MAX_LIST_ITEM:
            k = j + 1  # a clause, then "and": not a list of speakers ("Tom and Jerry")
    start = k
    while k < len(words) and (words[k].norm in table.discourse or words[k].norm in table.time_words):
        k += 1
    rest = words[k:]
    if k == 0 or not table.cased or not rest or len(rest) > _MAX_AFTER_AND or start == k and start == 0:
        return None
    named = p.has_mention(rest[0].start, rest[-1].end) or any(
        text[w.start].isupper() for w in rest if w.norm not in table.determiners)
    return rest[0].start if named else None


def _before_relative(p: Paragraph, body: list[Span]) -> list[Span]:
    """The parts of an appositive subject before a relative clause."""
    table = p.table
    openers = table.relativizers | table.apposition_openers
    relative = [k for k, s in enumerate(body) if k and (_first_word(p, s) in openers or _participle_aside(p, s)
                                                        or k < len(body) - 1 and _aside(p, s))]
    if relative:
        # "X, which represents teachers, nurses and counselors, says": the relative clause is not the speaker
        return body[:relative[0]]
    for k, seg in enumerate(body):
        rel = next((w for w in p.words(*seg)[1:] if _relative_word(p, w)), None)
        if k and rel is not None:
            # "Ana Mirel, 41, a cook whose husband, Dario, has worked there for years, said"
            return [*body[:k], (seg[0], rel.start)]
    return body


def _relative_word(p: Paragraph, tok: Tok) -> bool:
    """A relative pronoun inside a clause part: "who", not the capitalised name "WHO"."""
    return tok.norm in p.table.relative_pronouns and not (p.table.cased and p.text[tok.start].isupper())


def _participle_aside(p: Paragraph, span: Span) -> bool:
    """"Dolan, asked whether he would resign, said": an aside opening with a cue verb's participle."""
    words = p.words(*span)
    return bool(words) and any(tag in (PAST_PARTICIPLE, GERUND) for _, tag in readings(p.lang, words[0]))


def _aside(p: Paragraph, span: Span) -> bool:
    """An aside of place, time or action that another part follows ("Brandt, addressing supporters
    in Lyon, France, said"; "Dolan, at a rally in Lyon, France, said"): a lowercase participle or an
    aside opener first. Alone before the verb it is the speaker's own ("X, acting head of Y, said";
    "X, at the WHO, said")."""
    words = p.words(*span)
    if not words or not p.table.cased or not p.text[words[0].start].islower():
        return False
    return words[0].norm in p.table.aside_openers or words[0].norm.endswith(p.table.adjunct_suffixes)


def _affiliation(p: Paragraph, span: Span) -> bool:
    """"at Amnesty International", "from Acme Corp": a preposition of affiliation before a named body
    (a registry mention or capitalised words), which describes the speaker; not "at the time"."""
    table, text = p.table, p.text
    words = p.words(*span)
    if not words or not table.cased or words[0].norm not in table.affiliation_openers:
        return False
    rest = [w for w in words[1:] if w.norm not in table.articles]
    if not rest or any(w.norm in table.time_words for w in rest):
        return False
    return p.has_mention(rest[0].start, rest[-1].end) or all(text[w.start].isupper() for w in rest)


def _plain_span(p: Paragraph, parts: list[Span]) -> Span:
    """The clause part before the verb, or a whole list ("Neighbours, teachers and former rivals say")."""
    table = p.table
    last = parts[-1]
    tail = p.words(*last)
    if not (table.cased and any(w.norm in table.coordinators for w in tail[1:-1])):
        return last
    k = len(parts) - 1
    while k > 0 and 0 < len(p.words(*parts[k - 1])) <= _MAX_LIST_ITEM and not _is_discourse(p, parts[k - 1]) \
            and not any(w.norm in table.finite_aux for w in p.words(*parts[k - 1])):
        k -= 1
    return parts[k][0], last[1]


def _coordination(p: Paragraph, words: list[Tok], span: Span, left: int,
                  after_cue: bool) -> tuple[list[Tok], Speaker | None]:
    """A second verb of one subject ("X said …, and urged …") or of a new one ("… and Washington urged")."""
    table = p.table
    coordinators = table.coordinators
    if after_cue and table.cased and span[0] == left:
        # "Moscow called for calm and Washington urged …": the subject follows the last "and".
        for k in range(len(words) - 1, 0, -1):
            if words[k - 1].norm in table.joiners | coordinators and len(words) - k <= _MAX_AFTER_AND:
                words = words[k:]
                break
    if after_cue and table.cased and words and all(is_trailing(w, table) for w in words) and any(
            t.norm in coordinators for t in p.words(span[0], words[0].start)[-1:]):
        return words, Speaker(Subject.COORDINATED)  # "urges him to leave and repeatedly says …"
    if words and (after_cue or table.cased) and (all(w.norm in coordinators for w in words)
                                                  or (words[-1].norm in coordinators and span[0] == left)):
        return words, Speaker(Subject.COORDINATED)  # "X said …, and urged …", "X назвала … и призвала …"
    return words, None


def _subject_from_words(p: Paragraph, words: list[Tok], parts: list[Span], limit: int) -> Speaker | None:
    """Trim openers, relatives, adverbials, auxiliaries and addressees off a subject's words."""
    table, text = p.table, p.text
    words = _strip_openers(p, words)
    if words and words[0].norm in table.first_person:
        return None  # "I'm not asking …" outside its quotation marks: the speaker's own words
    if (table.cased and len(words) == 1 and words[0].norm in table.person_relativizers and len(parts) >= 2
            and text[parts[-2][0]:parts[-2][1]].strip()):
        span = antecedent(p, p.words(*parts[-2]))
        if span is not None:
            return Speaker(Subject.NAME, span)  # "Mr. Sanders, who said he would rest, …"
    if table.cased and len(words) >= 2 and _relative_word(p, words[-1]):
        span = antecedent(p, words[:-1], document=words[-1].norm not in table.person_relativizers)
        if span is not None:
            return Speaker(Subject.NAME, span)  # "hundreds of farmers who said …", "a statement which calls …"
    subject_pronouns = languages.reference(p.lang).pronoun_features
    if len(words) >= 2 and words[-1].norm in subject_pronouns and not p.has_mention(words[0].start, words[-1].start):
        words = words[-1:]  # "But in the same breath she insisted": the pronoun is the subject
    if words and (words[0].norm in table.relativizers or (
            not table.cased and any(b in table.complementizers for b in words[0].bases))):
        # "…، وأن التحقيقات الأولية تشير إلى": a clause inside the content;
        # "said that Kovac had promised": its subject, for a report by another speaker
        return Speaker(Subject.EMBEDDED, _clause_subject(p, words))
    while words and not table.cased and words[0].bases[0] in table.particles:
        words = words[1:]
    if table.cased and any(w.norm in table.relativizers and k >= 4 for k, w in enumerate(words[:-1])
                           if len(words) - k - 1 <= 2):
        return Speaker(Subject.EMBEDDED)  # "… protests across the country that he said were led by …"
    words = _first_verb_subject(p, words)
    if words is None:
        return None  # "the campaign has reserved time in four states, according to …"
    words = _before_adverbial(p, words)
    while words and table.cased and (is_trailing(words[-1], table) or _adverb_after(p, words)):
        words = words[:-1]
    words = _without_addressed_outlet(p, words)
    return _finite_check(p, words, limit)


def _clause_subject(p: Paragraph, words: list[Tok]) -> Span | None:
    """The subject of a complement clause ("that Kovac had" → Kovac), when it is a short one."""
    table = p.table
    if not table.nested_reports or not any(b in table.complementizers for b in words[0].bases):
        return None
    words = words[1:]
    while words and is_trailing(words[-1], table):
        words = words[:-1]
    return (words[0].start, words[-1].end) if 0 < len(words) <= _MAX_AFTER_AND else None


def antecedent(p: Paragraph, words: list[Tok], *, document: bool = False) -> Span | None:
    """The noun phrase a relative pronoun after ``words`` refers to: a registry mention ending them
    with its capitalised titles ("Slovak Foreign Minister Jana Holub"), a capitalised name, a short
    phrase, or (for "which") a document ("a letter from the union which urges …")."""
    if not words:
        return None
    text = p.text
    m = p.last_mention_before(words[-1].end)
    if m is not None and m.end >= words[-1].start and not document:
        k = next(k for k, w in enumerate(words) if w.end > m.start)
        while k > 0 and text[words[k - 1].start].isupper() and words[k - 1].norm not in p.table.discourse:
            k -= 1  # "Slovak Foreign Minister" before "Jana Holub"
        return (words[k].start, m.end)
    if document:
        nouns = languages.reference(p.lang).document_nouns
        head = next((k for k in range(len(words) - 1, max(-1, len(words) - 5), -1)
                     if set(words[k].bases) & nouns), None)
        if head is None:
            return None
        k = head - 1 if head and words[head - 1].norm in p.table.determiners else head
        return (words[k].start, words[-1].end)
    k = len(words)
    while k > 0 and len(words) - k < _MAX_NAME_RUN and text[words[k - 1].start].isupper():
        k -= 1
    if k < len(words):
        return (words[k].start, words[-1].end)  # "Mr. Sanders"
    if len(words) <= _MAX_ANTECEDENT and text[words[0].start].isupper():
        return (words[0].start, words[-1].end)
    return None


def _strip_openers(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """"On 5 January X said": drop the circumstance (where the language measures it: "В беседе с
    журналистами Песков отметил"), discourse and time words; but "27 percent said", "40 delegates said"."""
    table, text = p.table, p.text
    words = past_circumstance(p, words)
    while words and (words[0].norm in table.discourse or words[0].norm in table.time_words
                     or words[0].norm.isdigit() and not (len(words) > 1 and words[1].norm in table.speaker_nouns)
                     and not text[words[0].end:words[0].end + 1] == "%"):
        words = words[1:]
    measure = table.adverbs_before_subject
    if measure is not None and len(words) >= 2:
        words = words[measure(tuple(w.norm for w in words), tuple(text[w.start].isupper() for w in words)):]
    return words


def _adverb_after(p: Paragraph, words: list[Tok]) -> bool:
    """"Следователь сразу попросил", "Прокурор его поддержала": the last word belongs to the verb."""
    test = p.table.adverb_after_subject
    return test is not None and len(words) >= 2 and not p.text[words[-1].start].isupper() and test(words[-1].norm)


def _before_adverbial(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """"Ильмения и Сардова в совместном заявлении призвали": a named subject ends at a preposition."""
    table, text = p.table, p.text
    for k in range(1, len(words)):
        head_named = (p.has_mention(words[0].start, words[k].start) or words[0].norm in table.pronouns
                      or table.cased and k == 2 and words[0].norm in table.determiners and text[words[1].start].isupper())
        if words[k].norm in table.subject_stop and head_named and not p.has_mention(words[k].start, words[-1].end):
            return words[:k]
    return words


def _without_addressed_outlet(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """"В пресс-службе завода «Медузе» сообщили": the outlet is the addressee."""
    if not words or not p.table.dative_outlets:
        return words
    inside = p.mentions_in(words[0].start, words[-1].end + 1)
    if len(inside) >= 2 and p.is_media(inside[-1].actor) and not p.is_media(inside[0].actor):
        return [w for w in words if w.end <= inside[-1].start]
    return words


def _first_verb_subject(p: Paragraph, words: list[Tok]) -> list[Tok] | None:
    """A clause is no subject (None); a coordinated clause keeps its first verb's subject ("the
    coalition has rejected the result and called for …", "X was asked about it and replied")."""
    table = p.table
    aux = next((k for k, w in enumerate(words[:-1]) if k and table.cased and w.norm in table.finite_aux
                and not any(v.norm in table.relativizers for v in words[:k])), None)
    if aux is None or all(is_trailing(w, table) for w in words[aux:]):
        return words  # "Varro has repeatedly said": auxiliaries of the cue itself
    joined = [k for k in range(aux, len(words)) if words[k].norm in table.coordinators]
    if not joined:
        return None
    after = words[joined[-1] + 1:]
    while after and is_trailing(after[-1], table):
        after = after[:-1]
    if 0 < len(after) <= _MAX_AFTER_AND and looks_like_speaker(p, (after[0].start, after[-1].end)):
        return words[joined[-1] + 1:]  # "The minister was silent but Amnesty said": the new clause's subject
    return words[:aux]


def _finite_check(p: Paragraph, words: list[Tok], limit: int) -> Speaker | None:
    """The subject's span, unless too long; a relative pronoun before it embeds it."""
    table, text = p.table, p.text
    if words and table.cased and (paren := text.find("(", words[0].start, words[-1].end)) > words[0].start \
            and text.find(")", paren, words[-1].start) < 0:
        words = [w for w in words if w.end <= paren]  # "Sen. Mitch McConnell (R-Ky.) said"; not "Head (ISPR) X"
    if not words or len(words) > limit:
        return None
    before = p.token_before(words[0].start)
    if before is not None and before.norm in table.relativizers and not text[before.end:words[0].start].strip():
        return Speaker(Subject.EMBEDDED)
    end = words[-1].end + (text[words[-1].end:words[-1].end + 1] == "%")  # "42%"
    return Speaker(Subject.NAME, (words[0].start, end))


def _appositive(p: Paragraph, span: Span) -> bool:
    """A clause part that describes rather than names ("the attorney general of Oklahoma", "one of the states")."""
    words = p.words(*span)
    return bool(words) and (words[0].norm in p.table.determiners or not p.text[words[0].start].isupper())


def is_trailing(tok: Tok, table: languages.Attribution) -> bool:
    """An auxiliary or adverb between a subject and its verb ("has repeatedly said", "неоднократно заявлял")."""
    return tok.norm in table.trailing or any(
        tok.norm.endswith(suffix) and len(tok.norm) > len(suffix) + 3 for suffix in table.adverb_suffixes)


def _adverbial(p: Paragraph, span: Span) -> bool:
    """A clause part that is a prepositional or time adverbial ("in a televised address")."""
    words, table = p.words(*span), p.table
    if words and (words[0].norm in table.complementizers or words[0].norm in table.relativizers):
        return False  # "…, что говорит X": a clause of its own ("what X says"), not a circumstance
    return bool(words) and (words[0].norm in table.subject_stop or words[0].norm in table.time_words) \
        and not p.has_mention(*span)


def _first_word(p: Paragraph, span: Span) -> str:
    words = p.words(*span)
    return words[0].norm if words else ""


def _is_discourse(p: Paragraph, span: Span) -> bool:
    words = p.words(*span)
    return not words or words[0].norm in p.table.discourse or words[0].norm in p.table.time_words


def looks_like_speaker(p: Paragraph, span: Span) -> bool:
    """A subject that can speak: a registry mention, a speaker noun, a share, a name."""
    if p.has_mention(*span):
        return True
    table, text = p.table, p.text
    words = p.words(*span)
    if any(t.norm in table.speaker_nouns or any(b in table.speaker_nouns for b in t.bases) for t in words):
        return True
    if words and words[0].norm.isdigit() and text[words[0].end:words[0].end + 1] == "%":
        return True  # "42% say …": a share of those polled
    if not table.cased:
        return len(words) <= 10
    if words[0].norm in table.determiners and len(words) <= 8:
        return True  # "the national weather service said", "a spokeswoman for the firm said"
    return any(text[t.start].isupper() for t in words) and words[0].norm not in table.non_speakers

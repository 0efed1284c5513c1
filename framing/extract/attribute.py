"""Turn cue words into cues: find each one's speaker and reported content.

Language differences are data (``languages.Attribution``): where the subject
usually stands (``verb_first``), complementizers, particles, stop words. The
constructions handled, in every language:

* subject before the verb ("X said", "X, a doctor, said", "X تشير إلى", "أما X فـ"),
* subject after the verb ("قال X إن", "“…,” said X"),
* a dropped subject ("وأضاف أن"), resolved later from context,
* coordinated verbs sharing one subject ("X said …, and urged …", "قالت X …، ودعت …"),
* participles continuing a statement ("adding that", "مضيفاً أن"),
* "according to X" / "بحسب X" with the content on the other side of the comma,
* reports inside a report ("X said he had appealed …") stay one statement.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from framing import languages
from framing.extract.cues import Cue, Tok, find_triggers
from framing.extract.quotes import Quote

# Clause punctuation inside a sentence (sentence ends are Punkt's job, which
# knows abbreviations such as "Col.").
_CLAUSE_PUNCT = re.compile(r"[,;:،؛]|—|–|\s-\s")
_MAX_SUBJECT = 18
# What may stand between a quotation and its attribution: "“…,” he said", "«…», — сказал он".
GLUE = " \t,،—–-"
_MAX_APPOSITIVE_SUBJECT = 26
_MAX_COMPLEMENT_DISTANCE = 12

@dataclass(frozen=True)
class Paragraph:
    """What cue analysis needs to know about one paragraph."""

    text: str
    toks: list[Tok]
    sentences: list[tuple[int, int]]
    quotes: list[Quote]
    mentions: list          # registry mentions (start, end, actor, alias), sorted
    table: languages.Attribution
    media: frozenset[str] = frozenset()  # actor ids of news media (addressees, never inverted subjects)

    def is_media(self, actor: str) -> bool:
        return actor in self.media

    def words(self, lo: int, hi: int) -> list[Tok]:
        return [t for t in self.toks if t.start >= lo and t.end <= hi]

    def sentence_of(self, pos: int) -> tuple[int, int]:
        for s in self.sentences:
            if s[0] <= pos < s[1]:
                return s
        return self.sentences[-1]

    def quote_at(self, pos: int) -> Quote | None:
        return next((q for q in self.quotes if q.start <= pos < q.end), None)

    def mention_starting(self, pos: int):
        return next((m for m in self.mentions if m.start == pos), None)

    def has_mention(self, lo: int, hi: int) -> bool:
        return any(m.start >= lo and m.end <= hi for m in self.mentions)


@dataclass
class _Draft:
    verb_start: int
    verb_end: int
    lemma: str
    kind: str
    sentence: tuple[int, int]
    subject: str = "name"
    speaker: tuple[int, int] | None = None
    content_start: int = 0
    content_end: int | None = None
    via: tuple[int, int] | None = None


def build_cues(p: Paragraph, lang: str) -> list[Cue]:
    """All cues of one paragraph, in text order."""
    drafts: list[_Draft] = []
    prev_end = None
    triggers = find_triggers(p.text, p.toks, lang, p.quotes, p.mentions)
    # a speech verb opening a new clause ends the content before it, even when it is no cue itself
    clause_starts = [p.toks[i].start for i, _, _, kind in triggers if kind == "verb" and i > 0 and (
        _CLAUSE_PUNCT.search(p.text, p.toks[i - 1].end, p.toks[i].start))]
    for k, (i, n, lemma, kind) in enumerate(triggers):
        verb_start = p.toks[i].start
        sent = p.sentence_of(verb_start)
        after_cue = prev_end is not None and prev_end > sent[0]
        left = max(sent[0], _last_quote_close(p, verb_start), prev_end if after_cue else sent[0])
        # the content of a cue never reaches past the next cue word
        bound = (p.toks[triggers[k + 1][0]].start if k + 1 < len(triggers) else sent[1], sent[1])
        draft = _analyse(p, i, n, lemma, kind, bound, left, drafts[-1] if drafts and after_cue else None)
        if draft is not None:
            draft.sentence = sent
        prev_end = p.toks[i + n - 1].end
        if draft is None:
            continue
        if kind == "participle" and after_cue and not (p.table.participle_splits or _opens_quote(p, draft.content_start)):
            continue  # "…, noting that X": part of the statement it follows
        if drafts and _relays(p, drafts[-1], draft):
            continue  # "X said, according to TASS, that …": TASS relays X's statement
        if drafts and _embedded(p, drafts[-1], draft):
            if drafts[-1].kind == "according":
                # "According to TASS, Peskov said …": Peskov speaks, TASS relays
                draft.via = drafts[-1].speaker
                drafts[-1] = draft
            continue  # "X said he had appealed …": a report inside a report
        drafts.append(draft)
    cues = []
    for k, draft in enumerate(drafts):
        # an explicit end ("“A,” he said, “B.”" across a sentence break) is bounded only by the next cue
        limit = _sentence_end(p, draft.sentence, draft.content_start) if draft.content_end is None else len(p.text)
        later = [s for s in clause_starts if s > draft.content_start and s > draft.verb_end]
        if later and draft.content_end is None:
            limit = min(limit, later[0])
        if k + 1 < len(drafts):
            nxt = drafts[k + 1]
            nxt_start = nxt.speaker[0] if nxt.speaker and nxt.speaker[0] > draft.verb_end else nxt.verb_start
            if nxt_start > draft.content_start:
                limit = min(limit, nxt_start)
        end = draft.content_end if draft.content_end is not None else limit
        end = max(draft.content_start, min(end, limit))
        cues.append(Cue(start=draft.verb_start, end=draft.verb_end, lemma=draft.lemma, subject=draft.subject,
                        speaker=draft.speaker, content=(draft.content_start, end),
                        participle=draft.kind == "participle", according=draft.kind == "according",
                        via=draft.via))
    return cues


def _relays(p: Paragraph, prev: _Draft, draft: _Draft) -> bool:
    """"X said, according to TASS, that …": the source names who relayed X's words.

    The previous cue then gets the source as ``via`` and its content resumes
    after the source's phrase.
    """
    if draft.kind != "according" or prev.kind == "according" or prev.sentence != draft.sentence:
        return False
    if prev.content_end is not None or p.text[prev.verb_end:draft.verb_start].strip(GLUE):
        return False
    prev.via = draft.speaker
    resume = _CLAUSE_PUNCT.search(p.text, draft.speaker[1], draft.sentence[1])
    start = resume.end() if resume else draft.speaker[1]
    prev.content_start, _ = _content_start(p, start, (draft.sentence[1], draft.sentence[1]))
    return True


def _analyse(p: Paragraph, i, n, lemma, kind, bound, left, previous: _Draft | None) -> _Draft | None:
    """A draft cue, or None when the cue word is no attribution here.

    ``bound`` is (end of the search for a complementizer, sentence end).
    """
    table, toks, text = p.table, p.toks, p.text
    sent = p.sentence_of(toks[i].start)
    draft = _Draft(toks[i].start, toks[i + n - 1].end, lemma, kind, sent, content_start=toks[i + n - 1].end)
    if kind == "according":
        return _according(p, i, n, left, draft)
    prev = toks[i - 1] if i > 0 and toks[i - 1].start >= sent[0] else None
    if prev is not None and not text[prev.end:draft.verb_start].strip():
        if prev.norm in table.determiners and table.cased:
            return None  # "the stated goal", "a noted author"
        if prev.norm in table.passive_aux:
            return _impersonal(p, i, n, draft, bound)  # "it was reported that …"; "were reported injured": none
    if kind == "participle":
        draft.subject = "inherit"
        draft.content_start, _ = _content_start(p, draft.verb_end, bound)
        words = p.words(_segments(text, left, draft.verb_start)[-1][0], draft.verb_start)
        if len(words) > 1 and words[0].norm in table.absolute_with:
            # "…, with the union saying …": the participle has its own subject
            draft.subject, draft.speaker = "name", (words[1].start, words[-1].end)
        return draft
    if _retrospective(p, left, draft.verb_start):
        return _retrospective_cue(p, i, n, sent, draft)
    speaker = _subject(p, i, n, sent, left, previous, draft)
    if speaker == "embedded":
        return None
    if isinstance(speaker, tuple) and lemma in table.relay_verbs:
        relayed = _relayed_speaker(p, speaker, sent)
        if relayed is not None:
            draft.via, speaker = speaker, relayed[0]
            draft.content_start = relayed[1]
    if speaker in ("inherit", "dropped"):
        draft.subject = speaker
    elif speaker is None:
        return None
    else:
        words = " ".join(t.norm for t in p.words(*speaker))
        if words in table.pronouns:
            draft.subject = "pronoun"
        elif words in table.anaphors:
            draft.subject = "anaphor"
        elif not _looks_like_speaker(p, speaker):
            return None
        draft.speaker = speaker
        if draft.content_end is None and table.verb_first and speaker[1] > draft.verb_end:
            draft.content_start = speaker[1]
    complement = False
    if draft.content_end is None:
        draft.content_start, complement = _content_start(p, draft.content_start, bound)
        if not complement and draft.subject not in ("inherit", "dropped") and _quote_then_attribution(p, draft, left):
            draft.content_end = _after_inverted(p, draft.verb_end)
            if draft.content_end == draft.verb_end:
                draft.content_start = draft.verb_end
        elif draft.speaker and draft.speaker[0] < draft.verb_start and _only_metadata(p, draft):
            # "No arrests were made, police said.": the content precedes the attribution
            before = _segments(text, left, draft.speaker[0])
            if len(before) >= 2:
                draft.content_start, draft.content_end = left, before[-2][1]
            else:
                draft.content_start = draft.content_end = draft.verb_end  # "X tweeted on Monday:"
    quoted_before = draft.content_end is not None or _quote_then_attribution(p, draft, left)
    if lemma in table.needs_complement and not (complement or quoted_before or _has_complement(p, draft.content_start)):
        return None  # "объявил режим ЧС", "police found a body": an act, not speech
    if _performative(p, draft.content_start):
        return None
    return draft


def _only_metadata(p: Paragraph, draft: _Draft) -> bool:
    """Whether nothing but time or place follows the verb ("police said on Tuesday.")."""
    rest = p.words(draft.content_start, draft.sentence[1])
    if not rest:
        return True
    first = rest[0].norm
    return len(rest) <= 5 and (first in p.table.time_words or first in p.table.subject_stop)


def _performative(p: Paragraph, pos: int) -> bool:
    """Content that names an act, not speech ("declared a 30-day state of emergency")."""
    head = " ".join(t.norm for t in p.words(pos, pos + 60)[:6])
    return any(obj in head for obj in p.table.performative_objects)


def _subject(p: Paragraph, i, n, sent, left, previous, draft):
    """The speaker span, or "inherit"/"dropped"/"embedded"/None."""
    table, toks = p.table, p.toks
    if table.verb_first:
        subject_first = _mention_before(p, draft.verb_start, left)
        if subject_first is not None:
            return subject_first  # "غير أن مونتيس قالت …"
        right = _right_subject(p, i + n, sent)
        # a verb carrying a conjunction clitic ("ودعت") continues the previous cue's subject
        coordinated = previous is not None and any(b != toks[i].norm and toks[i].norm.endswith(b) for b in toks[i].bases)
        if coordinated and (right is None or p.mention_starting(right[0]) is None):
            return "inherit"  # "قالت X …، ودعت البعثات إلى …": the noun after the verb is its object
        if right is not None:
            return right
        left_subject = _left_subject(p, left, draft.verb_start, previous is not None)
        return left_subject if left_subject is not None else "dropped"
    inverted = _inverted_after_comma(p, i, n, sent, left, draft)
    if inverted is not None:
        return inverted
    speaker = _left_subject(p, left, draft.verb_start, previous is not None)
    if speaker == "coordinated":
        return "inherit" if previous is not None else None
    if speaker is None and (left == sent[0] or left == _last_quote_close(p, draft.verb_start) > 0):
        speaker = _right_subject(p, i + n, sent)  # "“…,” said X"
        if speaker is not None:
            draft.content_start = speaker[1]
            draft.content_end = _after_inverted(p, speaker[1])
    return speaker


def _relayed_speaker(p: Paragraph, relay: tuple[int, int], sent):
    """In "نقلت وكالة X عن Y قوله إن …" Y speaks and X relays: (Y's span, where the content starts)."""
    table = p.table
    after = [t for t in p.toks if relay[1] <= t.start < sent[1]]
    if not after or after[0].norm not in table.relay_particles:
        return None
    words = []
    for tok in after[1:]:
        if tok.norm in table.quote_markers or tok.norm in table.complementizers or ":" in p.text[relay[1]:tok.start]:
            break
        words.append(tok)
    if not words or len(words) > _MAX_SUBJECT:
        return None
    speaker = (words[0].start, words[-1].end)
    m = re.match(r"[\s,،]*", p.text[speaker[1]:])
    return speaker, speaker[1] + (m.end() if m else 0)


def _retrospective(p: Paragraph, left: int, verb_start: int) -> bool:
    """"Об этом сообщил X": the cue points back at what was just said."""
    words = " ".join(t.norm for t in p.words(left, verb_start))
    return any(words == r or words.startswith(r + " ") for r in p.table.retrospective)


def _retrospective_cue(p: Paragraph, i, n, sent, draft):
    speaker = _right_subject(p, i + n, sent)
    earlier = [s for s in p.sentences if s[1] <= sent[0]]
    if speaker is None or not earlier:
        return None
    draft.speaker = speaker
    draft.content_start, draft.content_end = earlier[-1]
    return draft


def _impersonal(p: Paragraph, i, n, draft, bound):
    """"It was reported that …": a passive with an expletive subject and a complement
    refers to the last issuing actor; any other passive is no statement."""
    k = i - 1
    while k >= 0 and p.toks[k].norm in p.table.passive_aux:
        k -= 1
    if k < 0 or p.toks[k].norm not in p.table.expletives:
        return None
    start, complement = _content_start(p, draft.verb_end, bound)
    if not complement:
        return None
    draft.subject, draft.speaker, draft.content_start = "impersonal", (p.toks[k].start, draft.verb_end), start
    return draft


def _inverted_after_comma(p: Paragraph, i, n, sent, left, draft):
    """"Three people died, said the ministry." / "…, сообщили в ГУ МЧС.": the speaker
    follows the verb and ends the sentence, and the content precedes them."""
    before = p.text[left:draft.verb_start]
    if not before.rstrip().endswith((",", "—", "–", " -")) or len(before.split()) < 3:
        return None
    if _last_quote_close(p, draft.verb_start) > left:
        return None  # "“…,” said X" is the quotation case
    speaker = _right_subject(p, i + n, sent)
    if speaker is None or not p.has_mention(*speaker) and not p.text[speaker[0]].isupper():
        return None
    if len(p.words(speaker[1], sent[1])) > 3:
        return None  # more follows: "X, a doctor, said the hospital was full"
    draft.content_start, draft.content_end = left, draft.verb_start
    return speaker


def _mention_before(p: Paragraph, verb_start: int, left: int):
    """A registry mention ending right before the verb (Arabic subject-verb order)."""
    for m in p.mentions:
        if m.end <= verb_start and m.start >= left and not p.text[m.end:verb_start].strip():
            return (m.start, m.end)
    return None


def _according(p: Paragraph, i, n, left, draft):
    toks, text = p.toks, p.text
    j = i + n
    sent = draft.sentence
    phrase = " ".join(t.norm for t in toks[i:j])
    while j < len(toks) and toks[j].start < sent[1] and (
            set(toks[j].bases) & p.table.according_fillers or toks[j].norm in p.table.verbs):
        j += 1  # "وفقاً لما أفاد به تجار": the speaker follows the relative "what … reported"
    if phrase in p.table.according_self:
        # "по его словам, …", "according to him, …": refers back to the last speaker
        draft.subject, draft.speaker = "pronoun", (toks[i].start, toks[j - 1].end)
        before = [t for t in toks if left <= t.start < toks[i].start]
        if all(t.norm in p.table.discourse for t in before):
            m = _CLAUSE_PUNCT.search(text, toks[j - 1].end, sent[1])
            draft.content_start = m.end() if m else toks[j - 1].end
        else:
            draft.content_start, draft.content_end = left, toks[i].start
        return draft
    if j >= len(toks):
        return None
    m = _CLAUSE_PUNCT.search(text, toks[j].start, sent[1])
    stop = m.start() if m else sent[1]
    complementizer = next((t for t in toks[j:] if t.start < stop and t.norm in p.table.complementizers), None)
    if complementizer is not None:
        stop = complementizer.start  # "جاء في بيان صادر عن X أن …"
    if toks[j].start >= stop:
        return None
    end = stop
    while end > toks[j].start and not text[end - 1].isalnum() and text[end - 1] not in ")”\"»":
        end -= 1
    draft.speaker = (toks[j].start, end)
    speaker_words = p.words(*draft.speaker)
    if speaker_words and speaker_words[0].norm in p.table.pronouns and (
            len(speaker_words) == 1 or speaker_words[1].norm in p.table.subject_stop):
        draft.subject = "pronoun"  # "according to him", "как пояснила она на заседании штаба"
        draft.speaker = (speaker_words[0].start, speaker_words[0].end)
    before = [t for t in toks if left <= t.start < toks[i].start]
    if all(t.norm in p.table.discourse for t in before):
        draft.content_start, _ = _content_start(p, stop, (sent[1], sent[1]))  # "According to X, content."
    else:
        draft.content_start, draft.content_end = left, toks[i].start  # "content, according to X."
    return draft


def _left_subject(p: Paragraph, left, verb_start, after_cue):
    """The subject before the verb, read back to the clause boundary."""
    table, text = p.table, p.text
    parts = _segments(text, left, verb_start)
    if len(parts) >= 3 and not table.verb_first and _adverbial(p, parts[-1]):
        # "Tokayev, who imposed …, in a televised address said": the adverbial is not the subject
        parts = [*parts[:-1], (parts[-1][1], parts[-1][1])]
    last = parts[-1]
    if not text[last[0]:last[1]].strip() and len(parts) >= 2:
        if table.verb_first:
            return None  # "…، وقالت": a dropped subject, not an apposition
        # "X, a spokesperson for Y, said": the subject is the appositive and its head.
        body = [s for s in parts[:-1] if text[s[0]:s[1]].strip()]
        relative = [k for k, s in enumerate(body) if k and _first_word(p, s) in table.relativizers | {"known"}]
        if relative:
            # "X, which represents teachers, nurses and counselors, says": the relative clause is not the speaker
            body = body[:relative[0]]
        if not body:
            return None
        span = body[-1]
        limit = _MAX_SUBJECT
        if len(body) >= 2 and not _is_discourse(p, body[-2]):
            span = (body[-2][0], body[-1][1])
            limit = _MAX_APPOSITIVE_SUBJECT
    else:
        span = last
        limit = _MAX_SUBJECT
        tail = p.words(*last)
        if len(parts) >= 2 and tail and table.cased and all(_is_trailing(w, table) for w in tail):
            # "The school board president, Tom Aldana, has repeatedly said": look before the adverbs
            return _left_subject(p, left, last[0] - 1, after_cue) if last[0] - 1 > left else None
    if any(q.start <= span[0] and span[1] <= q.end for q in p.quotes if text[span[0]:span[1]].strip()):
        return None  # the "subject" is a quotation
    words = p.words(*span)
    if after_cue and table.cased and span[0] == left:
        # "Moscow called for calm and Washington urged …": the subject follows the last "and".
        for k in range(len(words) - 1, 0, -1):
            if words[k - 1].norm in table.coordinators and len(words) - k <= 6:
                words = words[k:]
                break
    if after_cue and words and (all(w.norm in table.coordinators for w in words)
                                or (words[-1].norm in table.coordinators and span[0] == left)):
        return "coordinated"  # "X said …, and urged …", "X назвала … и призвала …"
    while words and (words[0].norm in table.discourse or words[0].norm in table.time_words
                     or words[0].norm.isdigit()):
        words = words[1:]
    if words and (words[0].norm in table.relativizers or (
            not table.cased and any(b in table.complementizers for b in words[0].bases))):
        return "embedded"  # "…، وأن التحقيقات الأولية تشير إلى": a clause inside the content
    while words and not table.cased and words[0].bases[0] in table.particles:
        words = words[1:]
    if table.cased and any(w.norm in table.relativizers and k >= 4 for k, w in enumerate(words[:-1])
                           if len(words) - k - 1 <= 2):
        return "embedded"  # "… protests across the country that he said were led by …": a parenthetical report
    for k in range(1, len(words)):
        head_named = p.has_mention(words[0].start, words[k].start) or words[0].norm in table.pronouns
        if words[k].norm in table.subject_stop and head_named and not p.has_mention(words[k].start, words[-1].end):
            words = words[:k]  # "Ильмения и Сардова в совместном заявлении призвали"
            break
    while words and table.cased and _is_trailing(words[-1], table):
        words = words[:-1]
    inside = [m for m in p.mentions if words and m.start >= words[0].start and m.end <= words[-1].end + 1]
    if len(inside) >= 2 and p.is_media(inside[-1].actor) and not p.is_media(inside[0].actor):
        # "В пресс-службе завода «Медузе» сообщили": the outlet is the addressee
        words = [w for w in words if w.end <= inside[-1].start]
    if not words or len(words) > limit:
        return None
    before = [t for t in p.toks if t.end <= words[0].start]
    if before and before[-1].norm in table.relativizers and not text[before[-1].end:words[0].start].strip():
        return "embedded"
    return (words[0].start, words[-1].end)


def _right_subject(p: Paragraph, j, sent):
    """The subject after the verb: tokens up to a complementizer, particle, time word or clause end.

    In verb-first languages a subject that opens with a registry mention ends
    with it, extended by joined mentions ("X وY") and closed appositions
    ("X، Y، إن"), so the object that follows is not taken for the speaker.
    """
    table, toks, text = p.table, p.toks, p.text
    if table.verb_first and j < len(toks):
        first = p.mention_starting(toks[j].start)
        if first is not None:
            return _mention_chain(p, (first.start, sent[1]))  # "أعلن عسكريون في كندارا، …"
    words: list[Tok] = []
    pos = toks[j - 1].end if j > 0 else sent[0]
    if j + 1 < len(toks) and toks[j].norm in table.org_prepositions and p.has_mention(toks[j + 1].start, sent[1]):
        j += 1  # "сообщили в региональном ГУ МЧС": the organisation speaks
    while j < len(toks) and toks[j].start < sent[1] and len(words) < _MAX_SUBJECT:
        tok = toks[j]
        gap = text[pos:tok.start]
        if ":" in gap or ";" in gap or re.search(r"[.!?؟](\s|$)", gap):
            break
        q = p.quote_at(tok.start)
        if q is not None and _substantial_speech(p, q):
            break  # a quotation, not a quoted name
        org = tok.norm in table.org_prepositions and p.has_mention(tok.end, sent[1])  # "… в управлении МЧС"
        if q is None and not org and (tok.norm in table.complementizers or tok.bases[0] in table.particles
                          or tok.norm in table.participles
                or tok.norm in table.time_words or tok.norm in table.subject_stop):
            break
        if table.cased and words and tok.norm in table.discourse:
            break
        if table.cased and words and "," in gap:
            # "said the chairman, Armenian Prime Minister Nikol Pashinyan": an apposition naming the speaker
            part_end = _CLAUSE_PUNCT.search(text, tok.start, sent[1])
            part_end = part_end.start() if part_end else sent[1]
            if not (p.has_mention(tok.start, part_end) and len(p.words(tok.start, part_end)) <= 8):
                break
        words.append(tok)
        pos = tok.end
        j += 1
    if not words:
        return None
    recipient = p.mention_starting(words[0].start)
    if recipient is not None and p.is_media(recipient.actor):
        rest = [w for w in words if w.start >= recipient.end]
        if rest and rest[0].norm in table.org_prepositions:
            rest = rest[1:]  # "сообщили РИА Новости в краевом управлении МЧС"
        if len(rest) >= 2 or rest and p.has_mention(rest[0].start, rest[-1].end):
            words = rest  # "рассказала РИА Новости жительница …": the agency is the addressee
    span = (words[0].start, words[-1].end)
    if table.verb_first:
        span = _mention_chain(p, span) or span
    return span


def _mention_chain(p: Paragraph, span):
    """The leading mention of a span with its joined mentions and closed appositions."""
    text = p.text
    first = next((m for m in p.mentions if span[0] <= m.start <= span[0] + 12 and m.end <= span[1]), None)
    if first is None or text[span[0]:first.start].count(" ") > 1:
        return None
    end = first.end
    while True:
        nxt = next((m for m in p.mentions if m.start > end and m.end <= span[1]), None)
        if nxt is not None and not text[end:nxt.start].strip() and text[nxt.start] in "وو":
            end = nxt.end  # "منظمة الدول الأمريكية والاتحاد الأوروبي"
            continue
        m = re.match(r"[^\S\n]*،([^،]{1,60})،", text[end:span[1] + 1])
        if m and _apposition(p, end + m.start(1), end + m.end(1)):
            end += m.end() - 1  # "الرئيس الكازاخستاني، قاسم جومارت توكاييف، إن"
            continue
        return (span[0], end)


def _apposition(p: Paragraph, lo: int, hi: int) -> bool:
    """A short noun phrase naming or describing a speaker, not a time or place adverbial."""
    words = p.words(lo, hi)
    if not words or len(words) > 6 or p.has_mention(lo, hi):
        return bool(words) and len(words) <= 6
    table = p.table
    if any(t.norm in table.time_words or t.norm in table.subject_stop or t.norm.isdigit() for t in words):
        return False
    return len(words) <= 4 or any(b in table.speaker_nouns for t in words for b in t.bases)


def _opens_quote(p: Paragraph, pos: int) -> bool:
    m = re.match(r"[\s,:،]*", p.text[pos:])
    at = pos + (m.end() if m else 0)
    return any(q.start == at for q in p.quotes)


def _embedded(p: Paragraph, prev: _Draft, draft: _Draft) -> bool:
    """Whether a cue's subject opens the previous cue's reported content."""
    if prev.sentence != draft.sentence or prev.content_end is not None or draft.kind == "according":
        return False
    head = draft.speaker[0] if draft.speaker else draft.verb_start
    if head >= prev.content_start and not p.text[prev.content_start:head].strip(GLUE):
        return True
    if p.table.verb_first and draft.kind == "verb" and draft.verb_start > prev.content_start > prev.verb_start:
        # "قال X إن الوفد أبدى مرونة": a verb inside the reported clause, with no clause break before it
        return not _CLAUSE_PUNCT.search(p.text, prev.content_start, draft.verb_start)
    return False


def _substantial_speech(p: Paragraph, q: Quote) -> bool:
    """A quotation too long to be a quoted name ("حزب “التجمع من أجل تجديد كندارا”")."""
    return len(p.text[q.inner_start:q.inner_end].split()) > 6


def _substantial(p: Paragraph, q: Quote) -> bool:
    """A quotation long enough to be speech, not a quoted name or a scare quote."""
    return len(p.text[q.inner_start:q.inner_end].split()) >= 3


def _sentence_end(p: Paragraph, sent, start):
    """The sentence end, pushed past any quote opened inside the sentence after ``start``."""
    end = sent[1]
    for q in p.quotes:
        if start <= q.start < end and q.end > end:
            end = q.end
    return end


def _last_quote_close(p: Paragraph, pos):
    """End of the last quotation before ``pos`` that closes a clause.

    A quoted name inside a subject ("وكالة “سبوتنيك” تشير") is no boundary; a
    quotation followed by a comma or dash is ("«Это провокация», — заявила").
    """
    return max((q.end for q in p.quotes if q.end <= pos and (
        _substantial(p, q) or p.text[q.end:q.end + 3].lstrip(" ")[:1] in (",", "—", "–", "،"))), default=0)


def _segments(text, lo, hi):
    """Clause-punctuation-separated parts of text[lo:hi] as (start, end) spans."""
    parts, pos = [], lo
    for m in _CLAUSE_PUNCT.finditer(text, lo, hi):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, hi))
    return parts


def _is_trailing(tok: Tok, table: languages.Attribution) -> bool:
    """An auxiliary or adverb between a subject and its verb ("has repeatedly said", "неоднократно заявлял")."""
    return tok.norm in table.trailing or any(
        tok.norm.endswith(suffix) and len(tok.norm) > len(suffix) + 3 for suffix in table.adverb_suffixes)


def _adverbial(p: Paragraph, span) -> bool:
    """A clause part that is a prepositional or time adverbial ("in a televised address")."""
    words = p.words(*span)
    return bool(words) and (words[0].norm in p.table.subject_stop or words[0].norm in p.table.time_words) \
        and not p.has_mention(*span)


def _first_word(p: Paragraph, span):
    words = p.words(*span)
    return words[0].norm if words else ""


def _is_discourse(p: Paragraph, span):
    words = p.words(*span)
    return not words or words[0].norm in p.table.discourse or words[0].norm in p.table.time_words


def _after_inverted(p: Paragraph, pos):
    """After "“A,” he said": a following ', “B.”' is the content; else nothing."""
    m = re.match(r"[^\S\n]*[,:،.][^\S\n]*(?:[—–][^\S\n]*)?", p.text[pos:])
    if m:
        q = next((q for q in p.quotes if q.start == pos + m.end()), None)
        if q is not None:
            return q.end
    return pos


def _quote_then_attribution(p: Paragraph, draft: _Draft, left):
    """Whether a quotation ends right before this cue's subject ("“…,” Tokayev said")."""
    head = draft.speaker[0] if draft.speaker and draft.speaker[0] < draft.verb_start else draft.verb_start
    for q in p.quotes:
        if left <= q.end <= head and not p.text[q.end:head].strip(GLUE):
            return not re.match(r"\s*(that\b|:|[“«\"„])", p.text[draft.verb_end:draft.verb_end + 8])
    return False


def _content_start(p: Paragraph, pos, bound) -> tuple[int, bool]:
    """Skip recipients, metadata and time adverbials up to a complementizer or colon.

    "told reporters that …", "said in a statement that …", "أعلن X، فجر
    الثلاثاء، أن …", "كتب على صفحته: “…”". Without one, the content starts
    right after the verb (or subject). Also says whether a complement was found.
    """
    table, text = p.table, p.text
    following = [t for t in p.toks if pos <= t.start < min(bound)][:_MAX_COMPLEMENT_DISTANCE]
    for k, tok in enumerate(following):
        gap_start = pos if k == 0 else following[k - 1].end
        gap = text[gap_start:tok.start]
        if k and ":" in gap:
            return gap_start + gap.index(":") + 1, True
        opens = [q for q in p.quotes if gap_start <= q.start < tok.start]
        if k and (any(_substantial(p, q) for q in opens) or (_CLAUSE_PUNCT.search(gap) and table.cased)):
            break
        if tok.norm in table.complementizers:
            return tok.end, True
    m = re.match(r"[\s,:،]*", text[pos:])
    return pos + (m.end() if m else 0), False


def _has_complement(p: Paragraph, pos):
    """Verbs like Arabic "أعلن" report speech only with أن/إن, عن/من, a colon or a quote."""
    table, text = p.table, p.text
    if ":" in text[max(0, pos - 1):pos + 3] or any(pos <= q.start <= pos + 3 for q in p.quotes):
        return True
    for tok in [t for t in p.toks if t.start >= pos][:8]:
        if tok.norm in table.complementizers or tok.norm in table.reporting_particles:
            return True
        if any(q.start in (tok.end, tok.end + 1) for q in p.quotes if _substantial(p, q)):
            return True
    return False


def _looks_like_speaker(p: Paragraph, span):
    if p.has_mention(*span):
        return True
    table, text = p.table, p.text
    words = p.words(*span)
    if any(t.norm in table.speaker_nouns or any(b in table.speaker_nouns for b in t.bases) for t in words):
        return True
    if not table.cased:
        return len(words) <= 10
    if words[0].norm in table.determiners and len(words) <= 8:
        return True  # "the national weather service said", "a spokeswoman for the firm said"
    return any(text[t.start].isupper() for t in words) and words[0].norm not in ("it", "this", "there")

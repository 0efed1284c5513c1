"""Where a cue's reported content starts, and whether it has one.

"told reporters that …", "wrote on Facebook: “…”", "“A,” he said, “B.”",
and verbs that report speech only with a complement ("أعلن أن", not
"أعلن حالة الطوارئ"). Every function reads; none changes a reading.
"""

from __future__ import annotations

import re

from framing import languages
from framing.extract.quotes import Quote
from framing.extract.reading import Reading
from framing.extract.view import CLAUSE_PUNCT, GLUE, Paragraph, Span, hearer_length, quoted_title, substantial

_SKIP = re.compile(r"[\s,:،]*")
_NAMED_OBJECT = 3  # words of the object of "وصف X بأنه …"
_AFTER_INVERTED = re.compile(r"[^\S\r\n]*[,:،.][^\S\r\n]*(?:[—–][^\S\r\n]*)?")
_OWN_ATTRIBUTION = re.compile(r"[,]?[^\S\r\n]+[a-z]")  # a lower-case word right after a quotation: its verb


def find_content_start(p: Paragraph, pos: int, bound: Span, lemma: str = "") -> tuple[int, bool]:
    """Skip recipients, metadata and time adverbials up to a complementizer or colon.

    "told reporters that …", "said in a statement that …", "أعلن X، فجر
    الثلاثاء، أن …", "كتب على صفحته: “…”". Without one, the content starts
    right after the verb (or subject). Also says whether a complement was found.
    """
    table, text = p.table, p.text
    following = p.starting(pos, min(bound), table.complement_distance)
    for k, tok in enumerate(following):
        gap_start = pos if k == 0 else following[k - 1].end
        gap = text[gap_start:tok.start]
        if k and ":" in gap:
            return gap_start + gap.index(":") + 1, True
        opens = p.quotes_starting(gap_start, tok.start)
        if any(substantial(p, q) for q in opens):
            break  # a complementizer inside a quotation is the speaker's own
        noun_clause = tok.norm in table.complementizers and (
            k <= 2 and lemma in table.object_verbs or _correlative(p, following[:k]))
        if k and CLAUSE_PUNCT.search(gap) and table.cased and not noun_clause and not _punctuated(
                p, following[:k], tok, lemma):
            break  # but "опроверг информацию, что …": the denied claim
        if tok.norm in table.complementizers:
            if not _correlative(p, following[:k]) and _relative_that(p, following[:k], tok, lemma):
                break  # but "выразил сожаление в связи с тем, что …": the clause the pointer stands for
            if 0 < k <= _NAMED_OBJECT and lemma in table.naming_verbs and table.verb_first \
                    and not text[pos:following[0].start].strip():
                return pos, True  # "وصفت الأوضاع بأنها "مقلقة"": the object and what it is called
            return tok.end, True
    pos = _enclosed_adverbial(p, pos, bound)
    if table.preamble is not None and table.preamble.match(text, pos):
        return _past_where_and_when(p, pos, bound), False
    lead = p.starting(pos, min(bound), 3)
    if len(lead) >= 2 and lead[0].norm in table.time_words and lead[0].start == pos and not (
            lead[1].norm in table.possessive_tokens):
        pos = _SKIP.match(text, lead[0].end).end()  # "said Friday he was", not "said Monday's vote was"
    return _past_where_and_when(p, pos, bound), False


def _past_where_and_when(p: Paragraph, pos: int, bound: Span) -> int:
    """"said on Instagram he was …", "said in a statement it was …", "أدانت X في بيان يوم الاثنين
    الاعتقالات": where and when, not what; in a verb-first language a quotation after a further
    phrase is the content ("قال X في مؤتمر صحافي في العاصمة «…»")."""
    table = p.table
    pre = table.preamble.match(p.text, pos) if table.preamble is not None else None
    pos = pre.end() if pre else pos
    return _quote_after_adverbial(p, pos, bound) if table.preamble is None or table.verb_first else pos


def _punctuated(p: Paragraph, skipped: list, tok, lemma: str) -> bool:
    """"сообщил журналистам, что …", "написала в своем канале, что …": where a comma always stands
    before a complementizer, a hearer, a place or a time before it ends no content; nor does the
    feeling a feeling verb expresses ("выразил надежду, что …": what is hoped)."""
    table = p.table
    if not (table.comma_complementizer and tok.norm in table.complementizers):
        return False
    if lemma in table.feeling_verbs:
        return bool(set(skipped[-1].bases) & table.feeling_nouns)
    return lemma not in table.object_verbs and (skipped[0].norm in table.addressees | table.report_prepositions
                                                | table.time_words or hearer_length(p, skipped) > 0
                                                or all(w.norm in table.trailing for w in skipped))  # "добавил также, что"


def _enclosed_adverbial(p: Paragraph, pos: int, bound: Span) -> int:
    """Past a where-and-when phrase set off by commas after the verb or subject ("أكدت X، خلال لقائها
    وفدا أوروبيا، على …", "أعلن X، في بيان، رفضه …"); the content follows it. A chain of such phrases
    that ends in a complementizer is passed whole, the first one with or without its comma ("وقال خلال
    مداخلة لبرنامج Y، مع المذيع Z، عبر قناة W، إن …": what follows إن)."""
    text, table = p.text, p.table
    pos = _past_quoted_subject(p, pos)
    start = _SKIP.match(text, pos).end()
    if not table.verb_first:
        return start
    words = p.starting(start, min(bound), _ADVERBIAL_REACH + 1)
    comma = "،" in text[pos:start] or "," in text[pos:start]
    if not comma and words and words[0].norm in table.relativizers:
        # "وأوضح المسؤول الذي لم تكشف الوكالة هويته أن …": a relative clause on the subject, then its content
        clause = p.starting(start, max(bound), _LINK_REACH + 1)
        k = next((k for k, w in enumerate(clause) if k and w.norm in table.complementizers), None)
        if k is not None and not CLAUSE_PUNCT.search(text, start, clause[k].start):
            return clause[k].end
    relative = comma and bool(words) and words[0].norm in table.relativizers  # "وقال X، الذي …، إن"
    if not words or not relative and words[0].norm not in table.subject_stop or p.quote_at(start):
        return start
    close = CLAUSE_PUNCT.search(text, words[0].end, min(bound))
    if close is None or text[close.start()] not in ",،:":
        return start
    if not relative and _particle(p, words[0]):
        # the verb's own particle ("أكد X، على ضرورة …") is its content; but "، على هامش …، … أن": a
        # circumstance that a chain to a complementizer closes
        chained = _chain_to_complementizer(p, _SKIP.match(text, close.end()).end(), bound) if comma else None
        return chained if chained is not None and text[close.start()] != ":" else start
    length = len(p.words(start, close.start()))
    if length > _CHAINED_REACH:
        return start
    if text[close.start()] == ":":
        return close.end() if comma else start  # "وأضاف X، خلال …: «…»"
    after = _SKIP.match(text, close.end()).end()
    chained = _chain_to_complementizer(p, after, bound)
    if chained is not None:
        return chained
    if comma and not relative and p.quote_at(after) is not None:
        return after  # "وأضاف X، خلال مؤتمر صحفي في … مع …، «…»": the quotation after a long phrase
    return after if comma and not relative and length <= _ADVERBIAL_REACH else start


_CHAIN = 4  # further phrases between commas before the complementizer ("، مع المذيع Z، عبر قناة W، مساء أمس،")
# words of the first phrase of a chain that a complementizer or a colon ends: a long circumstance or relative
# clause between the subject and "إن" ("وقال X، خلال زيارته إلى المدينة التي …، إن …")
_CHAINED_REACH = 24
_LINK_REACH = 12  # words of a further phrase ("، الذي تقدمه المذيعة Z عبر قناة «W»،")


def _chain_to_complementizer(p: Paragraph, pos: int, bound: Span) -> int | None:
    """Past short phrases each closed by a comma, to just after a complementizer that follows the last one,
    or past the colon that closes the last one ("…، مساء الاثنين: «…»"); None when neither ends the chain."""
    text, table = p.text, p.table
    for _ in range(_CHAIN + 1):
        words = p.starting(pos, min(bound), 1)
        if not words:
            return None
        if words[0].norm in table.complementizers:
            return words[0].end
        close = CLAUSE_PUNCT.search(text, words[0].end, min(bound))
        phrase = p.words(pos, close.start() if close else min(bound))
        k = next((k for k, w in enumerate(phrase) if w.norm in table.complementizers), None)
        if k is not None and 0 < k <= _LINK_REACH and not p.quotes_starting(pos, phrase[k].start):
            return phrase[k].end  # "…، المنعقد مساء الأحد في العاصمة أن …": the last phrase runs to the complementizer
        if close is None or text[close.start()] not in ",،:" or len(phrase) > _LINK_REACH or k is not None:
            return None
        if text[close.start()] == ":":
            return close.end()
        pos = _SKIP.match(text, close.end()).end()
    return None


def _past_quoted_subject(p: Paragraph, pos: int) -> int:
    """After a subject written in quotation marks ('وأضاف "X"، …'), past its closing mark."""
    for q in p.quotes_ending(pos, pos + 2):
        if q.start < pos:
            return q.end
    return pos


_ADVERBIAL_REACH = 8  # words of a where-and-when phrase before a quotation ("في مؤتمر صحافي في العاصمة")


def _quote_after_adverbial(p: Paragraph, pos: int, bound: Span) -> int:
    """"قال X في مؤتمر صحافي في العاصمة "…"": a phrase opening with a preposition, then a quotation: the
    quotation is the content, the phrase says where and when."""
    table = p.table
    words = p.starting(pos, max(bound), _ADVERBIAL_REACH + 1)
    if not words or words[0].start != pos or words[0].norm not in table.subject_stop or _particle(p, words[0]):
        return pos  # "دعا إلى "…"", "أعرب عن أمله في "…"": the particle's object is the content
    for k, w in enumerate(words[1:], 1):
        opens = [q for q in p.quotes_starting(words[k - 1].end, w.start + 1) if substantial(p, q)]
        if opens:
            return pos if _particle(p, words[k - 1]) else opens[0].start  # "حث X على "…"": a call's object
        if w.norm in table.complementizers:
            break
    return pos


def _particle(p: Paragraph, tok) -> bool:
    return tok.norm in p.table.particles or tok.bases[0] in p.table.particles or tok.norm in p.table.time_words


def _correlative(p: Paragraph, skipped: list) -> bool:
    """"заявил о том, что …", "выразил надежду на то, что …": a pointer standing for the clause after it."""
    return bool(skipped) and skipped[-1].norm in p.table.correlatives


def _relative_that(p: Paragraph, skipped: list, tok, lemma: str) -> bool:
    """Whether a complementizer-like word after ``skipped`` tokens is a determiner or a relative.

    "rejected that argument" (a determiner right after a verb that takes an
    object); "said the board will not approve a contract that …", "said
    Clinton ran a campaign in Nevada that …" (a relative inside the content);
    but "said on Monday in Ohio that …" and "told reporters that".
    """
    table, text = p.table, p.text
    k = len(skipped)
    if k == 0:
        return tok.norm in table.determiner_complementizers and (
            lemma in table.object_verbs or lemma in table.naming_verbs)
    if not table.cased or k <= 3:
        return False
    infinitive = skipped[0].norm in table.infinitive_markers and not (
        skipped[1].norm in table.addressees or skipped[1].norm in table.determiners
        or text[skipped[1].start].isupper())  # "threatened to veto the bill that …", not "said to reporters that"
    named_hearer = lemma in table.addressee_verbs and (
        skipped[0].norm in table.addressees or text[skipped[0].start].isupper())
    return infinitive or not (named_hearer or skipped[0].norm in table.subject_stop
                              or skipped[0].norm in table.time_words)


def skip_addressee(p: Paragraph, pos: int, bound: Span) -> int:
    """After "told" with no complementizer, where the content starts past the hearer.

    "told reporters the deal was dead", "told the crowd in Ohio it was time",
    "told CNN he would run": a hearer word or a capitalised name, then the clause.
    """
    table, text = p.table, p.text
    words = p.starting(pos, min(bound), 10)
    first = 1 if words and words[0].norm in table.determiners else 0
    k = first
    if k < len(words) and words[k].norm in table.addressees:
        k += 1
    else:
        while k < len(words) and text[words[k].start].isupper() and k < 5:
            k += 1
    if k == first or k >= len(words) or words[k].norm in table.infinitive_markers or (
            k + 1 < len(words) and words[k].norm in languages.get(p.lang).negators
            and words[k + 1].norm in table.infinitive_markers):
        return pos  # "told a story about …": no clause; "urged members (not) to vote": the call is all content
    while k + 2 < len(words) and words[k].norm in table.subject_stop:
        # "told reporters on Monday the plan …", "told the crowd in Dayton it was …": skip the adverbial
        k += 1
        while k < len(words) and (text[words[k].start].isupper() or words[k].norm in table.time_words or (
                words[k].norm in table.determiners and k + 1 < len(words) and text[words[k + 1].start].isupper())):
            k += 1
    return words[k].start if k < len(words) else pos


def has_complement(p: Paragraph, pos: int, lemma: str = "") -> bool:
    """Verbs like Arabic "أعلن" report speech only with أن/إن, عن/من, a colon or a quote."""
    table, text = p.table, p.text
    if ":" in text[max(0, pos - 1):pos + 3] or p.quotes_starting(pos, pos + 4):
        return True
    if lemma in table.naming_verbs:
        naming = p.first_quote_from(pos)
        if naming and len(p.words(pos, naming.start, 5)) <= 4:
            return True  # "called her “weak”", "calling the plan “reckless” and “cruel”"
    first = p.starting(pos, None, 1)
    if table.verb_first:
        if first and first[0].norm in table.reporting_particles:
            return True  # "أعلن عن …", "حذر من …": the particle opens the content
    elif topic_start(p, pos) is not None:
        return True
    for tok in p.starting(pos, None, 8):
        if tok.norm in table.complementizers:
            return True
        if any(substantial(p, q) for q in p.quotes_starting(tok.end, tok.end + 2)):
            return True
    return False


def topic_start(p: Paragraph, pos: int, reach: int | None = None) -> int | None:
    """Where a reporting preposition opens the content after a verb ("рассказал журналистам в среду о
    планах": "о планах"), past hearers, names, times and prepositions; None when there is none or it
    belongs to an object ("прокомментировала слова посла об участии")."""
    table, text = p.table, p.text
    reach = table.particle_reach if reach is None else reach
    between = 0  # object words between the verb and the preposition
    words = p.starting(pos, None, 8)
    for tok in words[hearer_length(p, words):]:  # "рассказала местным жителям о …"
        if tok.norm in table.reporting_particles and between < reach:
            return tok.start
        if tok.norm in table.complementizers:
            return None
        if not (tok.norm in table.addressees or tok.norm in table.time_words or tok.norm in table.subject_stop
                or table.cased and text[tok.start].isupper()):
            between += 1
    return None


def past_hearer(p: Paragraph, pos: int) -> int | None:
    """"сообщил «Вестнику» о задержанных": where a reporting preposition opens the content right after a
    hearer named by its case alone; None when no hearer or no preposition follows."""
    words = p.starting(pos, None, 8)
    k = hearer_length(p, words)
    if k and k < len(words) and words[k].norm in p.table.reporting_particles and not p.text[pos:words[0].start].strip(
            " «„“\""):
        return words[k].start
    return None


def after_inverted(p: Paragraph, pos: int) -> int:
    """After "“A,” he said": a following ', “B.”' is the content; else nothing."""
    m = _AFTER_INVERTED.match(p.text, pos)
    if m:
        q = p.quotes_starting(m.end(), m.end() + 1)
        if q and not ("." in m.group() and _OWN_ATTRIBUTION.match(p.text, q[0].end)):
            return q[0].end  # but '“A?” asked X. “B” replied Y': B has its own attribution
    return pos


def preceding_quote(p: Paragraph, reading: Reading, left: int) -> Quote | None:
    """The quotation ending right before this cue's subject, unless a complement follows the verb."""
    speaker = reading.speaker
    head = speaker[0] if speaker and speaker[0] < reading.verb_start else reading.verb_start
    for q in p.quotes_ending(left, head):
        if p.text[q.end:head].strip(GLUE):
            continue
        if quoted_title(p.text, q, p.table):
            return None  # 'In an interview on Channel 4's "Morning Desk," Holm said': a title
        if complement_follows(p, reading.verb_end):
            return None
        return q
    return None


_SKIP_SPACE = re.compile(r"\s*")


def complement_follows(p: Paragraph, pos: int) -> bool:
    """A complementizer, colon or opening quotation mark right after the verb."""
    at = _SKIP_SPACE.match(p.text, pos).end()
    if p.text[at:at + 1] in (":", "“", "«", '"', "„"):
        return at < pos + 8
    nxt = p.starting(at, at + 1)
    return bool(nxt) and nxt[0].norm in p.table.complementizers and nxt[0].end <= pos + 8


def performative(p: Paragraph, pos: int, lemma: str) -> bool:
    """Content that names an act, not speech ("declared a 30-day state of emergency").

    Only declaring verbs perform acts, where a language lists them: "said a
    curfew would continue" reports speech.
    """
    table = p.table
    if table.performative_verbs and lemma not in table.performative_verbs:
        return False
    words = [t.norm for t in p.words(pos, pos + 80)[:6]]
    if table.verb_first:  # "أعلن توكاييف حالة الطوارئ": the subject may stand between verb and object
        return any(obj in " ".join(words) for obj in table.performative_objects)
    # the act is the object itself ("declared a 30-day state of emergency"), not a word later in the
    # content ("said Clinton ran a campaign that led to her victory")
    return any((" ".join(words[k:]) + " ").startswith(obj + " ") for k in range(min(4, len(words)))
               for obj in table.performative_objects)


def bare_clause(p: Paragraph, reading: Reading) -> bool:
    """A complement clause without "that" after a verb that needs one.

    "a new poll shows Clinton leading", "the survey found 40% of voters …":
    a document reports whatever follows. "thinks he can win": a subject
    pronoun right after a belief verb opens a clause (not "fears it").
    """
    table = p.table
    if reading.speaker and any(w.norm in table.document_nouns for w in p.words(*reading.speaker)):
        return True
    after = p.words(reading.content_start, reading.sentence[1])
    if len(after) < 3 or reading.lemma in table.naming_verbs:
        return False
    if after[0].norm in table.pronouns - table.expletives:
        return True
    # "believe Clinton is dishonest", "think the vote was rigged": a short subject, then a finite verb
    aux = next((w for w in after[1:5] if w.norm in table.finite_aux), None)
    return aux is not None and after[0].norm not in table.infinitive_markers and not any(
        w.norm in table.complementizers or w.norm in table.relativizers for w in after[:5]) and not (
        CLAUSE_PUNCT.search(p.text, reading.content_start, aux.start))

"""Who speaks: the subject of a cue, before or after its verb, or none.

* subject before the verb ("X said", "X, a doctor, said"; in ``left``),
* subject after the verb ("قال X إن", "“…,” said X", "…, said the ministry"; in ``postposed``),
* a dropped subject ("وأضاف أن"), a coordinated verb sharing one subject,
* the subject of a sentence's first verb for a later participle,
* relays ("نقلت وكالة X عن Y قوله"); impersonal, document and retrospective
  reports are in ``reports``.
"""

from __future__ import annotations

import re

from framing import languages
from framing.languages import GERUND
from framing.extract.content import after_inverted
from framing.extract.cues import readings
from framing.extract.interposed import closed_clause, interposed
from framing.extract.left import left_subject
from framing.extract.postposed import inverted_after_comma, right_subject
from framing.extract.reading import CueKind, Reading, Speaker, Subject
from framing.extract.view import (CLAUSE_PUNCT, GLUE, MAX_SUBJECT, Paragraph, Span, Tok, last_quote_close,
                                  segments)

_QUOTE_CLOSERS = ("”", '"', "»", "’", "'")
_ROLE_WORDS = 2   # lower-case role words before a name opening a sentence ("spokeswoman Ines Varga")
_SEPARATORS = re.compile(r"[\s,،]*")
# 'Said Comey, "…"', 'Continued Stone:' opening a sentence
_VERB_FIRST_LEAD = re.compile(r"[^\S\r\n]+[^,.;:]{1,60}[,:][^\S\r\n]*(?:[“\"«]|[\r\n]|$)")


def _relayed(p: Paragraph, previous: Reading, left: int, reading: Reading) -> bool:
    """Whether all between the report before and this verb after a comma is that report's complement clause
    or its inverted speaker ("заявил X, передает корреспондент Y"), so the verb only credits who relays it."""
    if not p.text[left:reading.verb_start].rstrip().endswith(","):
        return False
    words = p.words(left, reading.verb_start)
    speaker = previous.speaker
    return bool(words) and (words[0].norm in p.table.complementizers or speaker is not None
                            and speaker[0] <= words[0].start and words[-1].end <= speaker[1])


def find_subject(p: Paragraph, i: int, n: int, sent: Span, left: int, previous: Reading | None,
                 reading: Reading) -> Speaker | None:
    """The speaker of the verb of ``n`` tokens at token ``i``, or None when it has none."""
    if p.table.verb_first:
        return _verb_first_subject(p, i, n, sent, left, previous, reading)
    if previous is not None and relative_cue(p, previous) and previous.content_end is not None and not (
            p.text[previous.content_end:reading.verb_start].strip(" ,")):
        return Speaker(Subject.NAME, previous.speaker)  # "Graham, who says …, tweeted that …"
    if previous is not None and _listed_predicate(p, previous, reading):
        return Speaker(Subject.INHERIT)  # "she thanks X, urges Y and calls upon Z"
    # "told AFP", "informed reporters": the noun after these verbs is the addressee, never the speaker
    invertible = reading.lemma not in p.table.addressee_verbs
    if invertible and previous is not None and _relayed(p, previous, left, reading):
        return None  # "X заявила, что …, передает корреспондент Y": the outlet relays X's report
    inverted = inverted_after_comma(p, i, n, sent, left, reading) if invertible else None
    if inverted is not None:
        return inverted
    if _inside_previous_content(p, previous, reading):
        return Speaker(Subject.EMBEDDED)  # "saying that the early counts in the north show …"
    speaker = left_subject(p, left, reading.verb_start, previous is not None)
    if speaker is not None and speaker.subject is Subject.COORDINATED:
        if previous is not None:
            return Speaker(Subject.INHERIT)
        # "He appeared on “Meet the Press” and said …": the subject of the sentence's first verb
        found = sentence_subject(p, sent, reading.verb_start)
        return Speaker(Subject.NAME, found.span) if found is not None else None
    if speaker is None and invertible and _after_quote(p, sent, reading) and (
            left == sent[0] or left == last_quote_close(p, reading.verb_start) > 0):
        return _quote_then_verb_subject(p, i + n, sent, previous, reading)
    return speaker


def another_speaker(p: Paragraph, outer: Reading, span: Span, lemma: str) -> bool:
    """A report inside a report whose speaker is a registry actor the outer speaker is not
    ("Dolan said that Kovac had promised …"); "X said he had appealed …" is X's alone, and
    a finding or belief inside it ("said the figures showed …") is the outer speaker's claim."""
    if not p.table.nested_reports or outer.kind is not CueKind.VERB or lemma in p.table.needs_complement:
        return False
    between = p.words(outer.content_start, span[0])
    if span[0] < outer.content_start or any(w.norm not in p.table.complementizers for w in between):
        return False  # only the reported clause itself: "said (that) Kovac had promised", not a later verb
    inside = {m.actor for m in p.mentions_in(*span)}
    outside = {m.actor for m in p.mentions_in(*outer.speaker)} if outer.speaker else set()
    return bool(inside) and not inside & outside and not any(p.is_media(a) for a in inside)


def _listed_predicate(p: Paragraph, previous: Reading, reading: Reading) -> bool:
    """"thanked the workers, urged the police to …": a verb right after the comma that ends the
    previous cue's object is the next predicate of a list, with the same subject."""
    table, text = p.table, p.text
    takes_object = (previous.lemma in table.object_verbs or previous.lemma in table.call_verbs
                    or previous.lemma in table.addressee_verbs or previous.lemma in table.naming_verbs)
    if not takes_object or previous.complement or previous.content_end is not None:
        return False
    if not previous.verb_end <= previous.content_start < reading.verb_start:
        return False
    comma = text.rfind(",", previous.content_start, reading.verb_start)
    return (comma > previous.content_start and not text[comma + 1:reading.verb_start].strip()
            and not CLAUSE_PUNCT.search(text, previous.content_start, comma)
            and p.quote_at(comma) is None and bool(p.words(previous.content_start, comma)))


def _verb_first_subject(p: Paragraph, i: int, n: int, sent: Span, left: int, previous: Reading | None,
                        reading: Reading) -> Speaker | None:
    """"قال X إن", "X قال", "…، ودعت …": verb-first languages read both orders."""
    before = p.last_mention_before(reading.verb_start)
    if before is not None and before.start >= left and _only_auxiliaries(p, before.end, reading.verb_start):
        return Speaker(Subject.NAME, (before.start, before.end))  # "غير أن X قالت …", "وكان X قد أعلن …"
    pronoun = p.token_before(reading.verb_start)
    if pronoun is not None and pronoun.start >= left and pronoun.norm in p.table.pronouns \
            and not p.text[pronoun.end:reading.verb_start].strip():
        return Speaker(Subject.PRONOUN, (pronoun.start, pronoun.end))  # "…، لكنها أبدت «انزعاجاً» حيال …"
    right = right_subject(p, i + n, sent)
    relative = _relative_before(p, i, left)
    if relative is not None and not (right is not None and _complement_next(p, right[1])):
        # "المعارضة، التي توعدت بأن …", "الوثائق التي تتهم X بـ…": the antecedent speaks, not
        # the object after; but "الجولة التي يؤكد X أنها …": the relative is the object
        return relative
    tok = p.toks[i]
    # a verb carrying a conjunction clitic ("ودعت") continues the previous cue's subject
    coordinated = previous is not None and any(b != tok.norm and tok.norm.endswith(b) for b in tok.bases)
    if coordinated and (right is None or p.mention_starting(right[0]) is None):
        return Speaker(Subject.INHERIT)  # "قالت X …، ودعت البعثات إلى …": the noun after the verb is its object
    if right is not None:
        # "المفاوضات، قال X، ستستأنف": the content runs on both sides of the attribution; "نفد الوقود، قال X،
        # وتوقفت …": it closes the clause before it
        if interposed(p, left, reading.verb_start, right[1], sent[1]):
            return Speaker(Subject.NAME, right, content=(left, sent[1]))
        closed = closed_clause(p, left, reading.verb_start, right[1], sent[1]) if previous is None else None
        return Speaker(Subject.NAME, right, content=closed)
    found = left_subject(p, left, reading.verb_start, previous is not None)
    if found is not None and found.span is not None and not _short_speaker(p, found.span):
        found = None  # "…، ونددت بـ…": a clause before the verb is no subject; the subject is dropped
    if found is None and _after_indefinite_noun(p, i):
        return Speaker(Subject.EMBEDDED)  # "في قافلة تطالب بفتح الطرق": a clause describing the noun
    return found if found is not None else Speaker(Subject.DROPPED)


def _after_indefinite_noun(p: Paragraph, i: int) -> bool:
    """A verb with no conjunction right after a bare noun of its clause ("قافلة تطالب"): in a script
    without case, an asyndetic relative clause on that noun, which is its subject."""
    table = p.table
    if i == 0 or table.cased or p.toks[i].norm.startswith(table.conjunction_clitics):
        return False
    prev = p.toks[i - 1]
    if p.text[prev.end:p.toks[i].start].strip() or p.mention_at(prev.start) is not None:
        return False
    closed = (table.discourse | table.subject_stop | table.time_words | table.particles | table.complementizers
              | table.relativizers | table.pronouns | languages.get(p.lang).negators)
    return not (prev.norm in closed or prev.bases[0] in closed or prev.norm.startswith(table.nominal_prefixes)
                or readings(p.lang, prev) or prev.norm.isdigit())


def _relative_before(p: Paragraph, i: int, left: int) -> Speaker | None:
    """A verb right after a relative pronoun: its antecedent speaks ("السلطات في فيلوريا، التي تعهدت")."""
    # also with a conjunction on it ("بالتقرير الذي …، والذي تحدث عن …")
    if i >= 2 and p.toks[i - 1].norm in languages.get(p.lang).negators and p.toks[i - 2].start >= left \
            and set(p.toks[i - 2].bases) & p.table.relativizers:
        return Speaker(Subject.EMBEDDED)  # "المسؤول الذي لم تكشف الوكالة هويته": a negated act of the relative
    if i == 0 or not set(p.toks[i - 1].bases) & p.table.relativizers or p.toks[i - 1].start < left:
        return None
    before = p.last_mention_before(p.toks[i - 1].start)
    if before is None or len(p.words(before.end, p.toks[i - 1].start, 4)) > 3:
        return Speaker(Subject.EMBEDDED)  # "المعلومات التي تتهم …": a clause about a thing
    return Speaker(Subject.NAME, (before.start, before.end))


def _only_auxiliaries(p: Paragraph, lo: int, hi: int) -> bool:
    """Nothing but spaces and auxiliaries ("قد") between a subject and its verb."""
    words = p.words(lo, hi)
    if any(w.norm not in p.table.trailing for w in words):
        return False
    gaps = [p.text[a:b] for a, b in zip([lo, *(w.end for w in words)], [*(w.start for w in words), hi])]
    return not any(gap.strip() for gap in gaps)


def _complement_next(p: Paragraph, pos: int) -> bool:
    nxt = p.starting(pos, None, 1)
    return bool(nxt) and nxt[0].norm in p.table.complementizers


def _short_speaker(p: Paragraph, span: Span) -> bool:
    """A left subject in a verb-first language: a mention or a speaker noun, a few words long."""
    words = p.words(*span)
    table = p.table
    return 0 < len(words) <= 4 and (p.has_mention(*span) or any(set(w.bases) & table.speaker_nouns for w in words)
                                    or " ".join(w.norm for w in words) in table.pronouns)


def _inside_previous_content(p: Paragraph, previous: Reading | None, reading: Reading) -> bool:
    """A verb needing a complement inside the previous cue's clause content, with no clause break between."""
    return (previous is not None and previous.complement and previous.content_end is None
            and reading.lemma in p.table.needs_complement
            and previous.content_start < reading.verb_start
            and not CLAUSE_PUNCT.search(p.text, previous.content_start, reading.verb_start))


def _after_quote(p: Paragraph, sent: Span, reading: Reading) -> bool:
    """Whether the verb follows a closed quotation, or opens a sentence as 'Said X, "…"'."""
    text = p.text
    k = reading.verb_start
    while k > 0 and text[k - 1] in GLUE + ".!?":
        k -= 1
    if k > 0 and text[k - 1] in _QUOTE_CLOSERS:
        return True
    last = p.last_quote_before(reading.verb_start)
    if last is not None and not text[last.end:reading.verb_start].strip(GLUE):
        return True
    return reading.verb_start == sent[0] and _VERB_FIRST_LEAD.match(text, reading.verb_end) is not None


def _quote_then_verb_subject(p: Paragraph, j: int, sent: Span, previous: Reading | None,
                             reading: Reading) -> Speaker | None:
    """"“…,” said X": the subject follows the verb; the content is the quotation or what follows."""
    speaker = right_subject(p, j, sent)
    if speaker is None:
        return None
    quote = p.last_quote_before(reading.verb_start)
    if quote is not None and (quote.start < sent[0] or p.text[quote.end:reading.verb_start].strip(GLUE)):
        quote = None
    if quote is not None and previous is None:
        lead = max(sent[0], p.text.rfind("(", sent[0], quote.start) + 1)
        if len(p.words(lead, quote.start)) >= 2:
            # 'The mayor's plan may be "costly," said X': the quotation ends the clause that is the content
            return Speaker(Subject.NAME, speaker, content=(lead, quote.end))
    return Speaker(Subject.NAME, speaker, content=(speaker[1], after_inverted(p, speaker[1])))


def relative_cue(p: Paragraph, reading: Reading) -> bool:
    """Whether a cue is the verb of "X, who said …," (its speaker is the relative's antecedent)."""
    relativizers = p.table.person_relativizers
    if not reading.speaker or not relativizers:
        return False
    between = p.text[reading.speaker[1]:reading.verb_start]
    return re.fullmatch(r"\s*,\s*(?:%s)\s+" % "|".join(relativizers), between) is not None


def sentence_subject(p: Paragraph, sent: Span, verb_start: int) -> Speaker | None:
    """The subject that opens a sentence, for a participle with no cue before it.

    "Kovac turned on her rival, calling him “a spent force.”" → Kovac;
    "Congressman Gowdy's office slammed the suit, calling it …" → Congressman
    Gowdy's office. Only a capitalised name (with a possessive noun) or a
    pronoun: anything else is left unresolved.
    """
    table = p.table
    if not table.cased:
        return None
    words = _opening_words(p, sent, verb_start)
    if not words:
        return None
    if table.clause_subject is not None:
        found = table.clause_subject(tuple(w.norm for w in words), tuple(p.text[w.start].isupper() for w in words),
                                     tuple(p.text[words[k - 1].end:w.start] if k else "" for k, w in enumerate(words)))
        if found is None:
            return None
        kind = Subject.PRONOUN if found[1] - found[0] == 1 and words[found[0]].norm in table.pronouns else Subject.NAME
        return Speaker(kind, (words[found[0]].start, words[found[1] - 1].end))
    if words[0].norm in table.pronouns:
        return Speaker(Subject.PRONOUN, (words[0].start, words[0].end))
    if words[0].norm in table.determiners:
        head = next((k for k, w in enumerate(words[1:4], 1) if w.norm in table.speaker_nouns), None)
        if head is not None:
            return Speaker(Subject.NAME, (words[0].start, words[head].end))  # "The senator voted …, saying …"
    return _opening_name(p, words)


def _opening_words(p: Paragraph, sent: Span, verb_start: int) -> list[Tok]:
    """The words of the sentence's first clause part, past openers ("On Monday, …", "But …")."""
    table = p.table
    words: list[Tok] = []
    parts = [s for s in segments(p.text, sent[0], verb_start) if p.words(*s)]
    for k, (lo, hi) in enumerate(parts):
        words = p.words(lo, hi)
        first = words[0].norm
        opener = first in table.discourse or first in table.subject_stop or first in table.time_words
        if opener and k + 1 < len(parts):
            continue  # "On Monday, …", "Asked about the report, …"
        if opener and first in table.subject_stop:
            return []  # "When commenting on …": the clause is an adverbial, its subject is to come
        while words and words[0].norm in table.discourse - table.subject_stop:
            words = words[1:]  # "But Trump …"
        break
    return words


def _opening_name(p: Paragraph, words: list[Tok]) -> Speaker | None:
    """A capitalised name opening the sentence ("Secretary of State John Kerry"), with a possessive noun."""
    table, text = p.table, p.text
    roles = table.speaker_nouns | languages.reference(p.lang).role_nouns
    first = 0
    while first < min(len(words) - 1, _ROLE_WORDS) and not text[words[first].start].isupper() and (
            words[first].norm in roles):
        first += 1  # "spokeswoman Ines Varga was asked …": a role before the name
    k = first
    while k < len(words) and (text[words[k].start].isupper() or k > first and words[k].norm in table.name_joiners):
        k += 1
    while k > first and words[k - 1].norm in table.name_joiners:
        k -= 1
    if k == first or p.quote_at(words[0].start) is not None:
        return None
    end = words[k - 1].end
    m = table.possessive.match(text, end) if table.possessive is not None else None
    if m and k < len(words) and words[k].norm in table.speaker_nouns | table.possessive_tokens:
        end = m.end()  # "Gowdy's office"
    return Speaker(Subject.NAME, (words[0].start, end))


def relayed_speaker(p: Paragraph, relay: Span, verb_end: int, sent: Span) -> tuple[Span, int] | None:
    """A relay names who spoke: (their span, where the content starts), or None.

    "نقلت وكالة X عن Y قوله إن …": after the relaying source (``relay``), a
    particle, Y, and a marker (قوله); "the newspaper quoted Y as saying":
    after the verb, Y and a marker ("as saying"). Y speaks, the source relays.
    """
    table = p.table
    start = max(relay[1], verb_end) if table.verb_first else verb_end
    after = p.starting(start, sent[1], MAX_SUBJECT + 4)
    if table.relay_particles:
        k = next((k for k, t in enumerate(after[:4]) if t.norm in table.relay_particles), None)
        if k is None:
            return None  # "نقلت وكالة الأنباء القيدارية الرسمية عن …": the particle after the agency's name
        after = after[k + 1:]
    words = []
    relative = False  # "عن الحكومة، التي أكدت أن …، قولها": the relative clause is not the speaker
    for k, tok in enumerate(after):
        marker = relay_marker(p, after, k)
        if marker or not relative and (tok.norm in table.complementizers or ":" in p.text[start:tok.start]):
            break
        relative = relative or bool(words) and tok.norm in table.relative_pronouns
        if not relative:
            words.append(tok)
    else:
        return None
    if relative and not marker:
        return None
    if not words or len(words) > MAX_SUBJECT:
        return None
    speaker = (words[0].start, words[-1].end)
    content = after[k + marker - 1].end if marker else speaker[1]  # past "قوله", "as saying"
    return speaker, _SEPARATORS.match(p.text, content).end()


def relay_marker(p: Paragraph, words: list[Tok], k: int) -> int:
    """How many words of a marker start at ``words[k]``: "قوله" (1), "as" with a participle ("as
    saying", 2), where a relayed speaker ends; 0 if none."""
    table = p.table
    if words[k].norm in table.quote_markers:
        return 1
    if (words[k].norm in table.relay_as and k + 1 < len(words)
            and any(tag == GERUND for _, tag in readings(p.lang, words[k + 1]))):
        return 2
    return 0

"""What follows a cue that is no content of its own: where and when it was said ("…, he told
reporters on Monday"), a participle or subordinate clause of the writer's ("…, he said, wiping his
face"), or a hearer after content that came first."""

from __future__ import annotations

import re

from framing.extract.cues import is_gerund, is_verb_form
from framing.extract.reading import Reading
from framing.extract.view import CLAUSE_PUNCT, Paragraph, substantial


_COMMA = re.compile(r"[^\S\r\n]*,")


def only_metadata(p: Paragraph, reading: Reading) -> bool:
    """Whether nothing but time or place follows the verb ("police said on Tuesday.").

    A participle cue after a comma starts a new statement and ends this one
    ("…, Holm said, adding, “…”").
    """
    table = p.table
    rest = p.words(reading.content_start, reading.sentence[1])
    if not rest:
        return True
    first = rest[0].norm
    if _participle_adjunct(p, reading, rest):
        return True  # "…, Holm said, adding …", "…, he said, shaking his head"
    if _told_after_content(p, reading):
        return True  # "…, he told reporters.", "…, she told the court in a filing."
    if reading.lemma in table.object_verbs and first in table.determiners:
        return False  # "rejected that argument on Thursday": an object, not a time
    if table.verb_first and rest[0].bases[0] in table.particles:
        return False  # "وكان X قد دعا إلى التهدئة": the particle opens a call's content, not a where-phrase
    if len(rest) <= 5 and (first in table.time_words or first in table.subject_stop):
        return True
    return _adverbial_only(p, reading) or adverbial_then_adjunct(p, reading)


def _adverbial_only(p: Paragraph, reading: Reading) -> bool:
    """"…, the mayor said in an interview with a regional radio station." after content: a long adverbial
    with no clause in it (no complementizer, auxiliary, cue verb or quoted speech) is no content."""
    table, text = p.table, p.text
    end = reading.sentence[1]
    rest = p.words(reading.verb_end, end)
    if not rest or not (rest[0].norm in table.time_words or rest[0].norm in table.subject_stop):
        return False
    if not text[reading.sentence[0]:reading.speaker[0]].rstrip().endswith(","):
        return False
    return not (CLAUSE_PUNCT.search(text, reading.verb_end, end) or any(substantial(p, q) for q in
                p.quotes_starting(reading.verb_end, end)) or any(
        w.norm in table.complementizers or w.norm in table.finite_aux or is_verb_form(p.lang, w)
        or w.norm.endswith(table.adjunct_suffixes) for w in rest))  # "insist on being …": a complement


def _participle_adjunct(p: Paragraph, reading: Reading, rest: list) -> bool:
    """"…, he said, shaking his head": a participle right after the attribution's comma."""
    table = p.table
    adjunct = rest[0].norm.endswith(table.adjunct_suffixes) and not any(
        " ".join(w.norm for w in rest[:3]).startswith(a) for a in table.according_to)
    return bool(is_gerund(p.lang, rest[0]) or adjunct) and _COMMA.match(p.text, reading.verb_end) is not None


def writers_adjunct(p: Paragraph, reading: Reading) -> bool:
    """After "X, he said": a participle or an adverbial then a subordinate that is the writer's own."""
    rest = p.words(reading.content_start, reading.sentence[1])
    return bool(rest) and _participle_adjunct(p, reading, rest) or adverbial_then_adjunct(p, reading)


def adverbial_then_adjunct(p: Paragraph, reading: Reading) -> bool:
    """"…, the council said earlier, after floods …", "…, Kovac said on Friday, ignoring calls …":
    time or place up to a comma, then a clause that is the writer's (a subordinate or a participle)."""
    table = p.table
    comma = CLAUSE_PUNCT.search(p.text, reading.verb_end, reading.sentence[1])
    if comma is None or p.text[comma.start()] not in ",،":
        return False
    head = p.words(reading.verb_end, comma.start())
    after = next(iter(p.starting(comma.end(), reading.sentence[1], 1)), None)
    if not (len(head) <= 4 and (not head or head[0].norm in table.time_words or head[0].norm in table.subject_stop)):
        return False
    if any(w.norm in table.complementizers for w in p.starting(reading.verb_end, reading.sentence[1], 8)):
        return False  # "said on Monday, that …", "قالت، في بيان، إن …": the content follows
    # "…, after clashes", "…, adding", "…, ignoring calls": the writer's
    return (after is None or after.norm in table.subject_stop or after.norm in table.discourse
            or is_gerund(p.lang, after) or after.norm.endswith(table.adjunct_suffixes))


def _told_after_content(p: Paragraph, reading: Reading) -> bool:
    table = p.table
    if reading.lemma not in table.addressee_verbs or not reading.speaker:
        return False
    hearer = p.words(reading.verb_end, reading.sentence[1])
    lead = p.text[reading.sentence[0]:reading.speaker[0]].rstrip()
    words = p.words(reading.sentence[0], reading.speaker[0])
    if not words or all(w.norm in table.time_words or w.norm in table.discourse for w in words):
        return False  # "Last week, Kovac accused Brandt of …": a time, not content
    clause = any(w.norm in table.particles and v.norm.endswith(table.adjunct_suffixes)
                 for w, v in zip(hearer, hearer[1:]))  # "accused X of taking …": the charge follows
    return lead.endswith(",") and len(hearer) <= 6 and not clause and not any(
        w.norm in table.complementizers or w.norm in table.finite_aux or w.norm in table.infinitive_markers
        for w in hearer) and not p.quotes_starting(reading.verb_end, reading.sentence[1])

"""Where a cue's content ends: the construction's own end, else the sentence, the next cue, a new
clause, an evaluated object's clause, a quotation, a circumstance after it, or a sentence-final gloss
("…, which includes …")."""

from __future__ import annotations

import re
from bisect import bisect_right

from framing import languages
from framing.extract.cues import readings
from framing.languages import GERUND
from framing.extract.reading import Cue, Reading
from framing.extract.view import CLAUSE_PUNCT, Paragraph, sentence_end, substantial

_COMMA_WORD = re.compile(r",[^\S\r\n]+(\w+)")
_NAMING_OBJECT = 8   # words between a naming verb and its quoted predicate ("called the election “rigged”")
_LEAD_PUNCT = re.compile(r"[^\S\r\n]*[,:][^\S\r\n]*")


def bounded(p: Paragraph, reading: Reading, nxt: Reading | None, clause_starts: list[int]) -> Cue:
    """The cue with its content ended: by the construction, the sentence, the next cue or clause."""
    end = reading.content_end
    if end is None:
        end = _open_end(p, reading, nxt, clause_starts)
    else:
        end = max(reading.content_start, min(end, _next_cue_start(reading, nxt, len(p.text))))
    return Cue(start=reading.verb_start, end=reading.verb_end, lemma=reading.lemma, subject=reading.subject,
               speaker=reading.speaker, content=(reading.content_start, end), kind=reading.kind, via=reading.via,
               nested=reading.nested)


def _next_cue_start(reading: Reading, nxt: Reading | None, limit: int) -> int:
    if nxt is None:
        return limit
    start = min(nxt.speaker[0], nxt.verb_start) if nxt.speaker and nxt.speaker[0] > reading.verb_end \
        else nxt.verb_start  # "X said …, and Y added": before Y; "… فيما أعلنت X": before the verb
    return min(limit, start) if start > reading.content_start else limit


def _open_end(p: Paragraph, reading: Reading, nxt: Reading | None, clause_starts: list[int]) -> int:
    """Where open content ends: the sentence (past quotations), a new clause, the next cue, a gloss."""
    start = reading.content_start
    limit = sentence_end(p, reading.sentence, start)
    k = bisect_right(clause_starts, max(start, reading.verb_end))  # clause_starts are in text order
    if k < len(clause_starts):
        limit = min(limit, clause_starts[k])
    end = max(start, _next_cue_start(reading, nxt, limit))
    opener = next((t for t in p.starting(start, end) if t.norm in p.table.clause_openers and t.start > start
                   and p.quote_at(t.start) is None and CLAUSE_PUNCT.search(p.text, t.start - 3, t.start)), None)
    if opener is not None:
        end = opener.start  # "دعت إلى "هدنة عاجلة"، فيما يجتمع المجلس …": the narrator's clause
        # (not "بينما ترتفع الأسعار" inside the report, nor "فيما يتعلق بـ", regarding)
    end = _before_new_subject(p, start, end)
    end = _before_adverbial(p, start, end)
    end = _object_end(p, reading, end)
    end = _before_trailing_relative(p, start, end)
    end = _quotation_only(p, reading, end)
    end = _circumstance_after_quote(p, start, end)
    if p.table.predicate_break is not None:
        # "urged Republicans to act, and criticized the party's …": the subject's next act, not content
        cut = p.table.predicate_break.search(p.text, start, end)
        end = cut.start() if cut else end
    return end


def _before_adverbial(p: Paragraph, start: int, end: int) -> int:
    """"قال إن …، مرجحاً أن …", "حذر من … واصفاً إياها بـ…": a second participle of a speech verb is the
    speaker's next act, not part of what was said (outside quotations)."""
    endings = p.table.adverbial_endings
    for t in p.starting(start, end):
        if t.start > start and t.norm.endswith(endings) and p.quote_at(t.start) is None \
                and any(tag == GERUND and (lemma not in p.table.needs_complement or lemma in p.table.naming_verbs)
                        for lemma, tag in readings(p.lang, t)):  # "لافتاً لـ…" is read on, "واصفاً إياها بـ…" not
            return t.start
    return end


def _before_new_subject(p: Paragraph, start: int, end: int) -> int:
    """"… أن الشرطة اعتقلت المئات، وحصلت صحيفة X على …": after a comma, a verb with a conjunction and a
    named subject of its own (an outlet or a registry mention) starts the narrator's next clause (verb-first
    languages)."""
    table = p.table
    if not table.verb_first or not table.conjunction_clitics:
        return end
    outlets = languages.reference(p.lang).outlet_nouns
    for m in CLAUSE_PUNCT.finditer(p.text, start, end):
        pair = p.starting(m.end(), end, 2)
        if len(pair) < 2 or p.quote_at(m.start()) is not None or not pair[0].norm.startswith(table.conjunction_clitics):
            continue
        verb, subject = pair
        if p.mention_at(verb.start) is not None or verb.norm.startswith(table.nominal_prefixes):
            continue  # "…، والحكومة": a coordinated noun
        if set(subject.bases) & outlets or p.mention_starting(subject.start) is not None:
            return m.start()
    return end


def _object_end(p: Paragraph, reading: Reading, end: int) -> int:
    """Evaluations and namings take an object, not a clause: "condemned the attacks, calling them …"
    ends at the comma; "called the claim “a scare tactic” and pointed to …" after the predicate."""
    table, start = p.table, reading.content_start
    if reading.lemma in table.naming_verbs:
        quote = next(iter(p.quotes_starting(start, end)), None)
        if (quote is not None and len(p.words(start, quote.start)) <= _NAMING_OBJECT and quote.end <= end
                and not CLAUSE_PUNCT.search(p.text, start, quote.start)):
            return quote.end
    if reading.lemma in table.object_verbs or reading.lemma in table.naming_verbs:
        clause = clause_end(p, start, end, table.object_relativizers)
        return end if _quoted_relative(p, clause, end) else clause
    return end


def _quoted_relative(p: Paragraph, pos: int, end: int) -> bool:
    """", where farmers are “paid in promises”": a relative clause after an object that quotes the
    speaker describes the object in the speaker's words, so it stays in the content."""
    m = _COMMA_WORD.match(p.text, pos)
    table = p.table
    relative = table.relative_pronouns | table.relative_adverbs
    return m is not None and m.group(1).lower() in relative and any(
        substantial(p, q) for q in p.quotes_starting(m.end(), end))


def clause_end(p: Paragraph, start: int, end: int, relatives: frozenset[str] = frozenset()) -> int:
    """The first clause punctuation in ``[start, end)`` outside quotations, else ``end``; a comma
    before one of ``relatives`` continues the noun phrase ("аресты, которые проводят …")."""
    for m in CLAUSE_PUNCT.finditer(p.text, start, end):
        if p.quote_at(m.start()) is not None:
            continue
        after = p.starting(m.end(), end, 1)
        if after and after[0].norm in relatives:
            continue
        return m.start()
    return end


def _circumstance_after_quote(p: Paragraph, start: int, end: int) -> int:
    """'urged its neighbour not to “meddle in its elections” amid a border dispute': the quoted words end
    the content; the circumstance after them ("amid …") is the writer's."""
    table, text = p.table, p.text
    for q in p.quotes_starting(start, end):
        after = p.starting(q.end, end, 1)
        if q.end > end or not after:
            continue
        gap = text[q.end:after[0].start].strip()
        if after[0].norm in table.circumstantial and not gap:
            return q.end
        comma = gap == "," or not gap and text[q.inner_end - 1:q.inner_end] == ","
        if comma and table.preamble is not None and table.preamble.match(text, after[0].start):
            return q.end  # 'expressed worry over “…,” in a statement that …': where it was said
    return end


def _quotation_only(p: Paragraph, reading: Reading, end: int) -> int:
    """'says, "Don't do it," until shots ring out': content that opens with a closed quotation is that quotation."""
    if _LEAD_PUNCT.fullmatch(p.text, reading.verb_end, reading.content_start) is None:
        return end
    quote = next((q for q in p.quotes_starting(reading.content_start, reading.content_start + 1) if q.end < end), None)
    if quote is None or p.text[quote.inner_end - 1:quote.inner_end] not in (",", ".", "!", "?"):
        return end
    return quote.end


def _before_trailing_relative(p: Paragraph, start: int, end: int) -> int:
    """Where reported content ends before a non-restrictive relative clause that closes the sentence.

    "X said he supports the bill, which includes …": the relative clause is
    the writer's gloss. One that is closed by a comma ("the bill, which
    passed in May, was flawed") stays in the content.
    """
    table = p.table
    if not table.cased:
        return end
    relative = table.relative_pronouns if table.gloss_relativizers is None \
        else table.gloss_relativizers
    for m in _COMMA_WORD.finditer(p.text, start, end):
        if (m.group(1).lower() in relative and "," not in p.text[m.end():end]
                and not _quoted_relative(p, m.start(), end)):
            return m.start()
    return end

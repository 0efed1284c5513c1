"""Where a cue's reported content starts and ends, and whether it has one.

"told reporters that …", "wrote on Facebook: “…”", "“A,” he said, “B.”",
"According to X, …", "…, according to X.", and verbs that report speech only
with a complement ("أعلن أن", not "أعلن حالة الطوارئ").
"""

from __future__ import annotations

import re

from framing.extract.paragraph import (CLAUSE_PUNCT, MAX_COMPLEMENT_DISTANCE, GLUE, Paragraph, Draft,
                                       quoted_title, substantial)

def find_content_start(p: Paragraph, pos, bound, lemma: str = "") -> tuple[int, bool]:
    """Skip recipients, metadata and time adverbials up to a complementizer or colon.

    "told reporters that …", "said in a statement that …", "أعلن X، فجر
    الثلاثاء، أن …", "كتب على صفحته: “…”". Without one, the content starts
    right after the verb (or subject). Also says whether a complement was found.
    """
    table, text = p.table, p.text
    following = [t for t in p.toks if pos <= t.start < min(bound)][:MAX_COMPLEMENT_DISTANCE]
    for k, tok in enumerate(following):
        gap_start = pos if k == 0 else following[k - 1].end
        gap = text[gap_start:tok.start]
        if k and ":" in gap:
            return gap_start + gap.index(":") + 1, True
        opens = [q for q in p.quotes if gap_start <= q.start < tok.start]
        if k and (any(substantial(p, q) for q in opens) or (CLAUSE_PUNCT.search(gap) and table.cased)):
            break
        if tok.norm in table.complementizers:
            if k == 0 and lemma in table.object_verbs:
                break  # "rejected that argument": a determiner after a verb that takes an object
            skipped = following[:k]
            infinitive = k > 3 and skipped[0].norm in table.infinitive_markers and not (
                skipped[1].norm in table.addressees or skipped[1].norm in table.determiners
                or text[skipped[1].start].isupper())  # "threatened to veto the bill that …", not "said to reporters that"
            named_hearer = lemma in table.addressee_verbs and k > 0 and (
                skipped[0].norm in table.addressees or text[skipped[0].start].isupper())
            if table.cased and k > 3 and (infinitive or not (named_hearer or skipped[0].norm in table.subject_stop
                                                             or skipped[0].norm in table.time_words)):
                # "said the board will not approve a contract that …", "said Clinton ran a campaign in
                # Nevada that …": a relative "that" inside the content; but "said on Monday in Ohio that …"
                break
            return tok.end, True
    m = re.match(r"[\s,:،]*", text[pos:])
    pos += m.end() if m else 0
    if table.preamble is not None:
        # "said in a statement it was …", "said on Instagram he was …": where, not what
        pre = table.preamble.match(text, pos)
        if pre:
            pos = pre.end()
    return pos, False


def skip_addressee(p: Paragraph, pos: int, bound) -> int:
    """After "told" with no complementizer, where the content starts past the hearer.

    "told reporters the deal was dead", "told the crowd in Ohio it was time",
    "told CNN he would run": a hearer word or a capitalised name, then the clause.
    """
    table, text = p.table, p.text
    words = [t for t in p.toks if pos <= t.start < min(bound)][:10]
    first = 1 if words and words[0].norm in table.determiners else 0
    k = first
    if k < len(words) and words[k].norm in table.addressees:
        k += 1
    else:
        while k < len(words) and text[words[k].start].isupper() and k < 5:
            k += 1
    if k == first or k >= len(words) or words[k].norm in table.infinitive_markers:
        return pos  # "told a story about …": no hearer, so no clause; "urged members to vote": all content
    while k + 2 < len(words) and words[k].norm in table.subject_stop:
        # "told reporters on Monday the plan …", "told the crowd in Dayton it was …": skip the adverbial
        k += 1
        while k < len(words) and (text[words[k].start].isupper() or words[k].norm in table.time_words or (
                words[k].norm in table.determiners and k + 1 < len(words) and text[words[k + 1].start].isupper())):
            k += 1
    return words[k].start if k < len(words) else pos


def has_complement(p: Paragraph, pos, lemma: str = ""):
    """Verbs like Arabic "أعلن" report speech only with أن/إن, عن/من, a colon or a quote."""
    table, text = p.table, p.text
    if ":" in text[max(0, pos - 1):pos + 3] or any(pos <= q.start <= pos + 3 for q in p.quotes):
        return True
    naming = [q for q in p.quotes if pos <= q.start and len(p.words(pos, q.start)) <= 4]
    if lemma in table.naming_verbs and naming:
        return True  # "called her “weak”", "calling the plan “reckless” and “cruel”"
    for tok in [t for t in p.toks if t.start >= pos][:8]:
        if tok.norm in table.complementizers or tok.norm in table.reporting_particles:
            return True
        if any(q.start in (tok.end, tok.end + 1) for q in p.quotes if substantial(p, q)):
            return True
    return False


def after_inverted(p: Paragraph, pos):
    """After "“A,” he said": a following ', “B.”' is the content; else nothing."""
    m = re.match(r"[^\S\n]*[,:،.][^\S\n]*(?:[—–][^\S\n]*)?", p.text[pos:])
    if m:
        q = next((q for q in p.quotes if q.start == pos + m.end()), None)
        if q is not None:
            return q.end
    return pos


def quote_then_attribution(p: Paragraph, draft: Draft, left):
    """Whether a quotation ends right before this cue's subject ("“…,” Tokayev said")."""
    return preceding_quote(p, draft, left) is not None


def preceding_quote(p: Paragraph, draft: Draft, left):
    """The quotation ending right before this cue's subject, unless a complement follows the verb."""
    head = draft.speaker[0] if draft.speaker and draft.speaker[0] < draft.verb_start else draft.verb_start
    for q in p.quotes:
        if left <= q.end <= head and not p.text[q.end:head].strip(GLUE):
            if quoted_title(p.text, q, p.table):
                return None  # 'In an interview on CBS's "Face the Nation," Ryan said': a title
            if re.match(r"\s*(that\b|:|[“«\"„])", p.text[draft.verb_end:draft.verb_end + 8]):
                return None
            return q
    return None


def only_metadata(p: Paragraph, draft: Draft) -> bool:
    """Whether nothing but time or place follows the verb ("police said on Tuesday.").

    A participle cue after a comma starts a new statement and ends this one
    ("…, Spicer said, adding, “…”").
    """
    rest = p.words(draft.content_start, draft.sentence[1])
    if not rest:
        return True
    first = rest[0].norm
    adjunct = first.endswith(p.table.adjunct_suffixes or ("\0",)) and not any(
        " ".join(w.norm for w in rest[:3]).startswith(a) for a in p.table.according_to)
    if (first in p.table.participles or adjunct) and re.match(r"[^\S\n]*,", p.text[draft.verb_end:]):
        return True  # "…, Spicer said, adding …", "…, he said, wiping sweat off his face"
    hearer = p.words(draft.verb_end, draft.sentence[1])
    lead = p.text[draft.sentence[0]:draft.speaker[0]].rstrip() if draft.speaker else ""
    if draft.lemma in p.table.addressee_verbs and lead.endswith(",") and len(hearer) <= 6 and not any(
            w.norm in p.table.complementizers or w.norm in p.table.finite_aux for w in hearer) and not any(
            draft.verb_end <= q.start < draft.sentence[1] for q in p.quotes):
        return True  # "…, he told reporters.", "…, she told the court in a filing."
    if draft.lemma in p.table.object_verbs and first in p.table.determiners:
        return False  # "rejected that argument on Thursday": an object, not a time
    return len(rest) <= 5 and (first in p.table.time_words or first in p.table.subject_stop)


def performative(p: Paragraph, pos: int, lemma: str) -> bool:
    """Content that names an act, not speech ("declared a 30-day state of emergency").

    Only declaring verbs perform acts, where a language lists them: "said a
    curfew would continue" reports speech.
    """
    if p.table.performative_verbs and lemma not in p.table.performative_verbs:
        return False
    words = [t.norm for t in p.words(pos, pos + 80)[:6]]
    if p.table.verb_first:  # "أعلن توكاييف حالة الطوارئ": the subject may stand between verb and object
        return any(obj in " ".join(words) for obj in p.table.performative_objects)
    # the act is the object itself ("declared a 30-day state of emergency"), not a word later in the
    # content ("said Clinton ran a campaign that led to her victory")
    return any((" ".join(words[k:]) + " ").startswith(obj + " ") for k in range(min(4, len(words)))
               for obj in p.table.performative_objects)


def according_cue(p: Paragraph, i, n, left, draft, previous: Draft | None = None):
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
            m = CLAUSE_PUNCT.search(text, toks[j - 1].end, sent[1])
            draft.content_start = m.end() if m else toks[j - 1].end
        else:
            draft.content_start, draft.content_end = left, toks[i].start
        return draft
    if j >= len(toks):
        return None
    quoted = next((q for q in p.quotes if q.end == left and sent[0] <= q.start
                   and not text[q.end:toks[i].start].strip(GLUE)), None)
    if quoted is not None and previous is None:
        left = sent[0]  # "“…,” according to CNN.": the quotation is the content
    m = CLAUSE_PUNCT.search(text, toks[j].start, sent[1])
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
        draft.content_start, _ = find_content_start(p, stop, (sent[1], sent[1]))  # "According to X, content."
    else:
        draft.content_start, draft.content_end = left, toks[i].start  # "content, according to X."
    return draft

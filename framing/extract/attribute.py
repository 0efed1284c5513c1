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

from framing.extract.content import (according_cue, after_inverted, find_content_start, has_complement, only_metadata,
                                     performative, preceding_quote, quote_then_attribution,
                                     skip_addressee)
from framing.extract.cues import Cue, find_triggers
from framing.extract.paragraph import (CLAUSE_PUNCT, GLUE, Paragraph, Draft, last_quote_close, opens_quote,
                                       segments, sentence_end)
from framing.extract.subjects import (impersonal_cue, looks_like_speaker, relayed_speaker, is_retrospective,
                                      retrospective_cue, find_subject, sentence_subject, relative_cue)

__all__ = ["GLUE", "Paragraph", "build_cues"]


def build_cues(p: Paragraph, lang: str) -> list[Cue]:
    """All cues of one paragraph, in text order."""
    drafts: list[Draft] = []
    prev_end = None
    triggers = find_triggers(p.text, p.toks, lang, p.quotes, p.mentions)
    # a speech verb opening a new clause ends the content before it, even when it is no cue itself
    clause_starts = [p.toks[i].start for i, _, _, kind in triggers if kind == "verb" and i > 0 and (
        CLAUSE_PUNCT.search(p.text, p.toks[i - 1].end, p.toks[i].start))]
    for k, (i, n, lemma, kind) in enumerate(triggers):
        verb_start = p.toks[i].start
        sent = p.sentence_of(verb_start)
        after_cue = prev_end is not None and prev_end > sent[0]
        left = max(sent[0], last_quote_close(p, verb_start), prev_end if after_cue else sent[0])
        # the content of a cue never reaches past the next cue word
        bound = (p.toks[triggers[k + 1][0]].start if k + 1 < len(triggers) else sent[1], sent[1])
        draft = _analyse(p, i, n, lemma, kind, bound, left, drafts[-1] if drafts and after_cue else None)
        if draft is None:
            continue  # no attribution here ("the race she hoped to carry"): it bounds nothing
        prev_end = p.toks[i + n - 1].end
        closed = bool(drafts) and drafts[-1].content_end is not None and drafts[-1].content_end <= verb_start
        if kind == "participle" and after_cue and not (p.table.participle_splits or closed
                                                       or opens_quote(p, draft.content_start)):
            continue  # "…, noting that X": part of the statement it follows; not after "“A,” X said, adding …"
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
        limit = sentence_end(p, draft.sentence, draft.content_start) if draft.content_end is None else len(p.text)
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
        if draft.content_end is None:
            end = _before_trailing_relative(p, draft.content_start, end)
            end = _quotation_only(p, draft, end)
            if p.table.predicate_break is not None:
                # "urged Republicans to act, and criticized the party's …": the subject's next act, not content
                cut = p.table.predicate_break.search(p.text, draft.content_start, end)
                end = cut.start() if cut else end
        cues.append(Cue(start=draft.verb_start, end=draft.verb_end, lemma=draft.lemma, subject=draft.subject,
                        speaker=draft.speaker, content=(draft.content_start, end),
                        participle=draft.kind == "participle", according=draft.kind == "according",
                        via=draft.via))
    return cues


def _quotation_only(p: Paragraph, draft: Draft, end: int) -> int:
    """'says, "Don't do it," until shots ring out': content that opens with a closed quotation is that quotation."""
    if not re.fullmatch(r"[^\S\n]*[,:][^\S\n]*", p.text[draft.verb_end:draft.content_start]):
        return end
    quote = next((q for q in p.quotes if q.start == draft.content_start and q.end < end), None)
    if quote is None or p.text[quote.inner_end - 1:quote.inner_end] not in (",", ".", "!", "?"):
        return end
    return quote.end


def _bare_clause(p: Paragraph, draft: Draft) -> bool:
    """A complement clause without "that" after a verb that needs one.

    "a new poll shows Clinton leading", "the survey found 40% of voters …":
    a document reports whatever follows. "thinks he can win": a subject
    pronoun right after a belief verb opens a clause (not "fears it").
    """
    table = p.table
    if draft.speaker and any(w.norm in table.document_nouns for w in p.words(*draft.speaker)):
        return True
    after = p.words(draft.content_start, draft.sentence[1])
    if len(after) < 3 or draft.lemma in table.naming_verbs:
        return False
    if after[0].norm in table.pronouns - table.expletives:
        return True
    # "believe Clinton is dishonest", "think the vote was rigged": a short subject, then a finite verb
    aux = next((w for w in after[1:5] if w.norm in table.finite_aux), None)
    return aux is not None and after[0].norm not in table.infinitive_markers and not any(
        w.norm in table.complementizers or w.norm in table.relativizers for w in after[:5]) and not (
        CLAUSE_PUNCT.search(p.text, draft.content_start, aux.start))


def _before_trailing_relative(p: Paragraph, start: int, end: int) -> int:
    """Where reported content ends before a non-restrictive relative clause that closes the sentence.

    "X said he supports the bill, which includes …": the relative clause is
    the writer's gloss. One that is closed by a comma ("the bill, which
    passed in May, was flawed") stays in the content.
    """
    if not p.table.cased:
        return end
    relative = p.table.relativizers - p.table.complementizers
    for m in re.finditer(r",[^\S\n]+(\w+)", p.text[start:end]):
        if m.group(1).lower() in relative and "," not in p.text[start + m.end():end]:
            return start + m.start()
    return end


def _parenthetical_end(p: Paragraph, draft: Draft) -> bool:
    """Whether a comma closes the attribution right after its verb ("he said," / "he said on Tuesday,")."""
    comma = re.match(r"[^,.;:!?\n]{0,40},", p.text[draft.verb_end:])
    if comma is None:
        return False
    between = p.words(draft.verb_end, draft.verb_end + comma.end())
    return not between or between[0].norm in p.table.subject_stop or between[0].norm in p.table.time_words


def _relays(p: Paragraph, prev: Draft, draft: Draft) -> bool:
    """"X said, according to TASS, that …": the source names who relayed X's words.

    The previous cue then gets the source as ``via`` and its content resumes
    after the source's phrase.
    """
    if draft.kind != "according" or prev.kind == "according" or prev.sentence != draft.sentence:
        return False
    if prev.content_end is not None or p.text[prev.verb_end:draft.verb_start].strip(GLUE):
        return False
    prev.via = draft.speaker
    resume = CLAUSE_PUNCT.search(p.text, draft.speaker[1], draft.sentence[1])
    start = resume.end() if resume else draft.speaker[1]
    prev.content_start, _ = find_content_start(p, start, (draft.sentence[1], draft.sentence[1]))
    return True


def _analyse(p: Paragraph, i, n, lemma, kind, bound, left, previous: Draft | None) -> Draft | None:
    """A draft cue, or None when the cue word is no attribution here.

    ``bound`` is (end of the search for a complementizer, sentence end).
    """
    table, toks, text = p.table, p.toks, p.text
    sent = p.sentence_of(toks[i].start)
    draft = Draft(toks[i].start, toks[i + n - 1].end, lemma, kind, sent, content_start=toks[i + n - 1].end)
    if kind == "according":
        return according_cue(p, i, n, left, draft, previous)
    prev = toks[i - 1] if i > 0 and toks[i - 1].start >= sent[0] else None
    if prev is not None and not text[prev.end:draft.verb_start].strip():
        if prev.norm in table.determiners and table.cased:
            return None  # "the stated goal", "a noted author"
        if prev.norm in table.passive_aux:
            return impersonal_cue(p, i, n, draft, bound)  # "it was reported that …"; "were reported injured": none
        if prev.norm in table.infinitive_markers:
            return None  # "is expected to say more", "declined to say whether": no statement yet
    if kind == "participle":
        draft.subject = "inherit"
        draft.content_start, complement = find_content_start(p, draft.verb_end, bound, lemma=lemma)
        draft.complement = complement
        if lemma in table.needs_complement and not (complement or has_complement(p, draft.content_start, lemma)):
            return None  # "…, calling a meeting", not "…, calling it “a sham”"
        if performative(p, draft.content_start, lemma):
            return None  # "a decree declaring a state of emergency"
        words = p.words(segments(text, left, draft.verb_start)[-1][0], draft.verb_start)
        if len(words) > 1 and words[0].norm in table.absolute_with:
            # "…, with the union saying …": the participle has its own subject
            draft.subject, draft.speaker = "name", (words[1].start, words[-1].end)
        elif previous is None and not p.has_mention(sent[0], draft.verb_start):
            # "Trump went after Bush, calling him …": the subject of the sentence's main verb
            found = sentence_subject(p, sent, draft.verb_start)
            if found is not None:
                draft.subject, draft.speaker = found
        return draft
    if is_retrospective(p, left, draft.verb_start):
        return retrospective_cue(p, i, n, sent, draft)
    speaker = find_subject(p, i, n, sent, left, previous, draft)
    if speaker == "embedded":
        return None
    if isinstance(speaker, tuple) and lemma in table.relay_verbs:
        relayed = relayed_speaker(p, speaker, sent)
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
        elif not looks_like_speaker(p, speaker):
            return None
        draft.speaker = speaker
        if draft.content_end is None and table.verb_first and speaker[1] > draft.verb_end:
            draft.content_start = speaker[1]
    complement = False
    if relative_cue(p, draft):
        # "Mr. Sanders, who said he would rest, flew home": the relative clause ends at its comma
        close = CLAUSE_PUNCT.search(text, draft.verb_end, sent[1])
        if close:
            draft.content_end = close.start()
            draft.content_start, _ = find_content_start(p, draft.content_start, (close.start(), sent[1]))
    if draft.content_end is None:
        draft.content_start, complement = find_content_start(p, draft.content_start, bound, lemma=lemma)
        draft.complement = complement
        if not complement and lemma in table.addressee_verbs and draft.speaker and draft.speaker[1] <= draft.verb_start:
            draft.content_start = skip_addressee(p, draft.content_start, bound)  # "told reporters the deal was dead"
        quote = preceding_quote(p, draft, left) if not complement and draft.subject not in ("inherit", "dropped") else None
        base = left if previous is not None else sent[0]
        lead = max(base, text.rfind("(", base, quote.start) + 1) if quote is not None else left
        outside = [w for w in p.words(lead, quote.start) if p.quote_at(w.start) is None] if quote is not None else []
        if quote is not None and len(outside) >= 2 and not CLAUSE_PUNCT.search(text, outside[-1].end, quote.start):
            # 'The bill's failure was "heartbreaking," she said.': the quotation ends a clause that is the content
            draft.content_start, draft.content_end = lead, quote.end
        elif quote is not None:
            draft.content_end = after_inverted(p, draft.verb_end)
            if draft.content_end == draft.verb_end:
                draft.content_start = draft.verb_end
        elif draft.speaker and draft.speaker[0] < draft.verb_start and only_metadata(p, draft):
            # "No arrests were made, police said.": the content precedes the attribution
            before = segments(text, left, draft.speaker[0])
            if len(before) >= 2:
                draft.content_start, draft.content_end = left, before[-2][1]
            else:
                draft.content_start = draft.content_end = draft.verb_end  # "X tweeted on Monday:"
        elif (draft.speaker and left < draft.speaker[0] < draft.verb_start and not complement and table.cased
              and _parenthetical_end(p, draft) and text[left:draft.speaker[0]].rstrip().endswith(",")
              and p.words(left, draft.speaker[0]) and not opens_quote(p, draft.content_start)):
            # "Many of the closures, he said, involved public courses": the attribution interrupts the content
            draft.content_start = left
    quoted_before = draft.content_end is not None or quote_then_attribution(p, draft, left)
    if lemma in table.needs_complement and not (complement or quoted_before or has_complement(p, draft.content_start, lemma)
                                                or _bare_clause(p, draft)):
        return None  # "объявил режим ЧС", "police found a body": an act, not speech
    if not quoted_before and performative(p, draft.content_start, lemma):
        return None  # "declared a state of emergency"; not "“…,” he said in his victory speech"
    return draft


def _embedded(p: Paragraph, prev: Draft, draft: Draft) -> bool:
    """Whether a cue's subject opens the previous cue's reported content."""
    if prev.sentence != draft.sentence or prev.content_end is not None or draft.kind == "according":
        return False
    head = draft.speaker[0] if draft.speaker else draft.verb_start
    if head >= prev.content_start and not p.text[prev.content_start:head].strip(GLUE):
        return True
    if prev.verb_end <= head < prev.content_start and not CLAUSE_PUNCT.search(p.text, prev.verb_end, head):
        return True  # "told Reuters the recount had found …": the subject runs on from the hearer
    if p.table.verb_first and draft.kind == "verb" and draft.verb_start > prev.content_start > prev.verb_start:
        # "قال X إن الوفد أبدى مرونة": a verb inside the reported clause, with no clause break before it
        return not CLAUSE_PUNCT.search(p.text, prev.content_start, draft.verb_start)
    return False

"""Who speaks: the subject of a cue, before or after its verb, or none.

* subject before the verb ("X said", "X, a doctor, said", "X تشير إلى", "أما X فـ"),
* subject after the verb ("قال X إن", "“…,” said X", "…, said the ministry"; in ``postposed``),
* a dropped subject ("وأضاف أن"), a coordinated verb sharing one subject,
* relays ("نقلت وكالة X عن Y قوله"), impersonal passives ("it was reported that"),
  retrospective subjects ("Об этом сообщил X").
"""

from __future__ import annotations

import re

from framing import languages
from framing.extract.content import after_inverted, find_content_start
from framing.extract.cues import Tok
from framing.extract.paragraph import (CLAUSE_PUNCT, GLUE, MAX_APPOSITIVE_SUBJECT, MAX_SUBJECT, Paragraph,
                                       last_quote_close, segments)
from framing.extract.postposed import inverted_after_comma, right_subject

def find_subject(p: Paragraph, i, n, sent, left, previous, draft):
    """The speaker span, or "inherit"/"dropped"/"embedded"/None."""
    table, toks = p.table, p.toks
    if table.verb_first:
        subject_first = _mention_before(p, draft.verb_start, left)
        if subject_first is not None:
            return subject_first  # "غير أن مونتيس قالت …"
        right = right_subject(p, i + n, sent)
        # a verb carrying a conjunction clitic ("ودعت") continues the previous cue's subject
        coordinated = previous is not None and any(b != toks[i].norm and toks[i].norm.endswith(b) for b in toks[i].bases)
        if coordinated and (right is None or p.mention_starting(right[0]) is None):
            return "inherit"  # "قالت X …، ودعت البعثات إلى …": the noun after the verb is its object
        if right is not None:
            return right
        left_subject = _left_subject(p, left, draft.verb_start, previous is not None)
        return left_subject if left_subject is not None else "dropped"
    if previous is not None and relative_cue(p, previous) and previous.content_end is not None and not (
            p.text[previous.content_end:draft.verb_start].strip(" ,")):
        return previous.speaker  # "Graham, who says …, tweeted that …": the antecedent speaks again
    # "told AFP", "informed reporters": the noun after these verbs is the addressee, never the speaker
    invertible = draft.lemma not in table.addressee_verbs
    inverted = inverted_after_comma(p, i, n, sent, left, draft) if invertible else None
    if inverted is not None:
        return inverted
    if (previous is not None and previous.complement and previous.content_end is None
            and draft.lemma in table.needs_complement
            and previous.content_start < draft.verb_start
            and not CLAUSE_PUNCT.search(p.text, previous.content_start, draft.verb_start)):
        return "embedded"  # "saying that the results in Iowa and New Hampshire show …": inside the content
    speaker = _left_subject(p, left, draft.verb_start, previous is not None)
    if speaker == "coordinated" and previous is None:
        # "He appeared on “Meet the Press” and said …": the subject of the sentence's first verb
        found = sentence_subject(p, sent, draft.verb_start)
        return found[1] if found is not None else None
    if speaker == "coordinated":
        return "inherit"
    after_quote = p.text[:draft.verb_start].rstrip(GLUE + ".!?").endswith(("”", '"', "»", "’", "'")) or any(
        q.end <= draft.verb_start and not p.text[q.end:draft.verb_start].strip(GLUE) for q in p.quotes) or (
        draft.verb_start == sent[0] and re.match(r"[^\S\n]+[^,.;:]{1,60}[,:][^\S\n]*(?:[“\"«]|\n|$)",
                                                 p.text[draft.verb_end:]))
    # the last: 'Said Comey, "…"', 'Continued Stone:' opening a sentence
    if speaker is None and invertible and after_quote and (
            left == sent[0] or left == last_quote_close(p, draft.verb_start) > 0):
        speaker = right_subject(p, i + n, sent)  # "“…,” said X"
        quote = next((q for q in p.quotes if sent[0] <= q.start and q.end <= draft.verb_start
                      and not p.text[q.end:draft.verb_start].strip(GLUE)), None)
        lead = max(sent[0], p.text.rfind("(", sent[0], quote.start) + 1) if quote is not None else sent[0]
        if speaker is not None and quote is not None and previous is None and len(p.words(lead, quote.start)) >= 2:
            # 'Trump's plan may be "strategic," said X': the quotation ends the clause that is the content
            draft.content_start, draft.content_end = lead, quote.end
        elif speaker is not None:
            draft.content_start = speaker[1]
            draft.content_end = after_inverted(p, speaker[1])
    return speaker


def relative_cue(p: Paragraph, draft) -> bool:
    """Whether a cue is the verb of "X, who said …," (its speaker is the relative's antecedent)."""
    return bool(draft.speaker) and p.table.person_relativizers and re.fullmatch(
        r"\s*,\s*(?:%s)\s+" % "|".join(p.table.person_relativizers),
        p.text[draft.speaker[1]:draft.verb_start]) is not None


def sentence_subject(p: Paragraph, sent, verb_start: int):
    """The subject that opens a sentence, for a participle with no cue before it.

    "Trump went after Bush, calling him “a total stiff.”" → Trump;
    "Congressman Gowdy's office slammed the suit, calling it …" → Congressman
    Gowdy's office. Only a capitalised name (with a possessive noun) or a
    pronoun: anything else is left unresolved.
    """
    table, text = p.table, p.text
    if not table.cased:
        return None
    words: list[Tok] = []
    parts = [s for s in segments(text, sent[0], verb_start) if p.words(*s)]
    for k, (lo, hi) in enumerate(parts):
        words = p.words(lo, hi)
        opener = words[0].norm in table.discourse or words[0].norm in table.subject_stop or words[0].norm in table.time_words
        if opener and k + 1 < len(parts):
            continue  # "On Monday, …", "Asked about the report, …"
        while words and words[0].norm in table.discourse - table.subject_stop:
            words = words[1:]  # "But Trump …"
        break
    if not words:
        return None
    if words[0].norm in table.pronouns:
        return "pronoun", (words[0].start, words[0].end)
    if words[0].norm in table.determiners:
        head = next((k for k, w in enumerate(words[1:4], 1) if w.norm in table.speaker_nouns), None)
        if head is not None:
            return "name", (words[0].start, words[head].end)  # "The senator voted …, saying …"
    k = 0
    while k < len(words) and (text[words[k].start].isupper() or k and words[k].norm in table.name_joiners):
        k += 1  # "Secretary of State John Kerry"
    while k and words[k - 1].norm in table.name_joiners:
        k -= 1
    if k == 0 or p.quote_at(words[0].start) is not None:
        return None
    end = words[k - 1].end
    m = re.match(r"[’']s\s+(\w+)", text[end:])
    if m and k < len(words) and words[k].norm in table.speaker_nouns | {"s"}:
        end += m.end()  # "Gowdy's office"
    return "name", (words[0].start, end)


def relayed_speaker(p: Paragraph, relay: tuple[int, int], sent):
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
    if not words or len(words) > MAX_SUBJECT:
        return None
    speaker = (words[0].start, words[-1].end)
    m = re.match(r"[\s,،]*", p.text[speaker[1]:])
    return speaker, speaker[1] + (m.end() if m else 0)


def is_retrospective(p: Paragraph, left: int, verb_start: int) -> bool:
    """"Об этом сообщил X": the cue points back at what was just said."""
    words = " ".join(t.norm for t in p.words(left, verb_start))
    return any(words == r or words.startswith(r + " ") for r in p.table.retrospective)


def retrospective_cue(p: Paragraph, i, n, sent, draft):
    speaker = right_subject(p, i + n, sent)
    earlier = [s for s in p.sentences if s[1] <= sent[0]]
    if speaker is None or not earlier:
        return None
    draft.speaker = speaker
    draft.content_start, draft.content_end = earlier[-1]
    return draft


def impersonal_cue(p: Paragraph, i, n, draft, bound):
    """"It was reported that …": a passive with an expletive subject and a complement
    refers to the last issuing actor; any other passive is no statement."""
    k = i - 1
    while k >= 0 and p.toks[k].norm in p.table.passive_aux:
        k -= 1
    if k < 0 or p.toks[k].norm not in p.table.expletives:
        return None
    start, complement = find_content_start(p, draft.verb_end, bound)
    if not complement:
        return None
    draft.subject, draft.speaker, draft.content_start = "impersonal", (p.toks[k].start, draft.verb_end), start
    return draft


def _mention_before(p: Paragraph, verb_start: int, left: int):
    """A registry mention ending right before the verb (Arabic subject-verb order)."""
    for m in p.mentions:
        if m.end <= verb_start and m.start >= left and not p.text[m.end:verb_start].strip():
            return (m.start, m.end)
    return None


def _left_subject(p: Paragraph, left, verb_start, after_cue):
    """The subject before the verb, read back to the clause boundary."""
    table, text = p.table, p.text
    parts = segments(text, left, verb_start)
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
        else:
            for k, seg in enumerate(body):
                rel = next((w for w in p.words(*seg)[1:] if w.norm in table.relativizers - table.complementizers), None)
                if k and rel is not None:
                    # "Ana Mirel, 41, a cook whose husband, Dario, has worked there for years, said"
                    body = [*body[:k], (seg[0], rel.start)]
                    break
        while len(body) >= 2 and _is_discourse(p, body[-1]) and len(p.words(*body[-1])) <= 3:
            body = body[:-1]  # "Will Rogers, for example, said"
        if not body:
            return None
        span = body[-1]
        limit = MAX_SUBJECT
        if len(body) >= 2 and not _is_discourse(p, body[-2]):
            k = len(body) - 2
            while (k > 0 and table.cased and not _is_discourse(p, body[k - 1]) and _appositive(p, body[k])
                   and len(p.words(body[k - 1][0], body[-1][1])) <= MAX_APPOSITIVE_SUBJECT):
                k -= 1  # "Scott Pruitt, the attorney general of Oklahoma, one of the states suing, said"
            span = (body[k][0], body[-1][1])
            limit = MAX_APPOSITIVE_SUBJECT
    else:
        span = last
        limit = MAX_SUBJECT
        tail = p.words(*last)
        if len(parts) >= 2 and tail and table.cased and all(_is_trailing(w, table) for w in tail):
            # "The school board president, Tom Aldana, has repeatedly said": look before the adverbs
            return _left_subject(p, left, last[0] - 1, after_cue) if last[0] - 1 > left else None
        if table.cased and any(w.norm in table.coordinators for w in tail[1:-1]):
            # "Friends, lobbyists and former foes say": the items of a list before its last
            k = len(parts) - 1
            while k > 0 and 0 < len(p.words(*parts[k - 1])) <= 3 and not _is_discourse(p, parts[k - 1]) and not any(
                    w.norm in table.finite_aux for w in p.words(*parts[k - 1])):
                k -= 1
            span = (parts[k][0], last[1])
    if any(q.start <= span[0] and span[1] <= q.end for q in p.quotes if text[span[0]:span[1]].strip()):
        return None  # the "subject" is a quotation
    words = p.words(*span)
    if after_cue and table.cased and span[0] == left:
        # "Moscow called for calm and Washington urged …": the subject follows the last "and".
        for k in range(len(words) - 1, 0, -1):
            if words[k - 1].norm in table.coordinators and len(words) - k <= 6:
                words = words[k:]
                break
    if after_cue and table.cased and words and all(_is_trailing(w, table) for w in words) and any(
            t.norm in table.coordinators for t in p.words(span[0], words[0].start)[-1:]):
        return "coordinated"  # "urges him to leave and repeatedly says …"
    if words and (after_cue or table.cased) and (all(w.norm in table.coordinators for w in words)
                                or (words[-1].norm in table.coordinators and span[0] == left)):
        return "coordinated"  # "X said …, and urged …", "X назвала … и призвала …"
    while words and (words[0].norm in table.discourse or words[0].norm in table.time_words
                     or words[0].norm.isdigit() and not (len(words) > 1 and words[1].norm in table.speaker_nouns)
                     and not text[words[0].end:words[0].end + 1] == "%"):
        words = words[1:]  # "On 5 January X said", but "27 percent said", "40 delegates said"
    if (table.cased and len(words) == 1 and words[0].norm in table.person_relativizers and len(parts) >= 2
            and text[parts[-2][0]:parts[-2][1]].strip()):
        antecedent = p.words(*parts[-2])
        if 0 < len(antecedent) <= 8 and text[antecedent[0].start].isupper():
            return (antecedent[0].start, antecedent[-1].end)  # "Mr. Sanders, who said he would rest, …"
    if words and (words[0].norm in table.relativizers or (
            not table.cased and any(b in table.complementizers for b in words[0].bases))):
        return "embedded"  # "…، وأن التحقيقات الأولية تشير إلى": a clause inside the content
    while words and not table.cased and words[0].bases[0] in table.particles:
        words = words[1:]
    if table.cased and any(w.norm in table.relativizers and k >= 4 for k, w in enumerate(words[:-1])
                           if len(words) - k - 1 <= 2):
        return "embedded"  # "… protests across the country that he said were led by …": a parenthetical report
    for k in range(1, len(words)):
        head_named = (p.has_mention(words[0].start, words[k].start) or words[0].norm in table.pronouns
                      or table.cased and k == 2 and words[0].norm in table.determiners and text[words[1].start].isupper())
        if words[k].norm in table.subject_stop and head_named and not p.has_mention(words[k].start, words[-1].end):
            words = words[:k]  # "Ильмения и Сардова в совместном заявлении призвали"
            break
    while words and table.cased and _is_trailing(words[-1], table):
        words = words[:-1]
    inside = [m for m in p.mentions if words and m.start >= words[0].start and m.end <= words[-1].end + 1]
    if len(inside) >= 2 and p.is_media(inside[-1].actor) and not p.is_media(inside[0].actor):
        # "В пресс-службе завода «Медузе» сообщили": the outlet is the addressee
        words = [w for w in words if w.end <= inside[-1].start]
    aux = next((k for k, w in enumerate(words[:-1]) if k and table.cased and w.norm in table.finite_aux
                and not any(v.norm in table.relativizers for v in words[:k])), None)
    if aux is not None:
        if not any(w.norm in table.coordinators for w in words[aux:]):
            return None  # a clause, not a subject: "the campaign has reserved time in four states, according to …"
        words = words[:aux]  # "the coalition has rejected the result and called for …": the first verb's subject
    if words and table.cased and (paren := text.find("(", words[0].start, words[-1].end)) > words[0].start:
        words = [w for w in words if w.end <= paren]  # "Sen. Mitch McConnell (R-Ky.) said"
    if not words or len(words) > limit:
        return None
    before = [t for t in p.toks if t.end <= words[0].start]
    if before and before[-1].norm in table.relativizers and not text[before[-1].end:words[0].start].strip():
        return "embedded"
    end = words[-1].end + (text[words[-1].end:words[-1].end + 1] == "%")  # "42%"
    return (words[0].start, end)


def _appositive(p: Paragraph, span) -> bool:
    """A clause part that describes rather than names ("the attorney general of Oklahoma", "one of the states")."""
    words = p.words(*span)
    return bool(words) and (words[0].norm in p.table.determiners or not p.text[words[0].start].isupper())


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


def looks_like_speaker(p: Paragraph, span):
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
    return any(text[t.start].isupper() for t in words) and words[0].norm not in ("it", "this", "there")

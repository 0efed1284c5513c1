"""Turn cue words into cues: find each one's speaker and reported content.

Language differences are data (``languages.Attribution``): where the subject
usually stands (``verb_first``), complementizers, particles, stop words.
"""

from __future__ import annotations

import re

from framing import languages
from framing.extract.cues import Cue, Tok, find_triggers
from framing.extract.quotes import Quote

# Clause punctuation inside a sentence (sentence ends are Punkt's job, which
# knows abbreviations such as "Col.").
_CLAUSE_PUNCT = re.compile(r"[,;:،؛]|—|–")
_MAX_SUBJECT = 14


def build_cues(text: str, toks: list[Tok], sentences: list[tuple[int, int]], quotes: list[Quote],
               lang: str, is_mention) -> list[Cue]:
    """All cues of one paragraph, in text order.

    ``is_mention(start, end)`` tells whether a span holds a registry alias;
    it lets an unknown-looking subject count as a speaker.
    """
    table = languages.attribution(lang)
    triggers = find_triggers(text, toks, lang, quotes)
    drafts = []
    prev_end = None
    for i, n, lemma, kind in triggers:
        verb_start, verb_end = toks[i].start, toks[i + n - 1].end
        sent = _sentence_of(sentences, verb_start)
        left = max(sent[0], _last_quote_close(quotes, verb_start, text), prev_end if prev_end and prev_end > sent[0] else sent[0])
        draft = _analyse(text, toks, i, n, lemma, kind, sent, left, quotes, table, is_mention, prev_end is not None and prev_end > sent[0])
        prev_end = verb_end
        if draft is None:
            continue
        if kind == "participle" and not _opens_quote(text, draft["content_start"], quotes):
            continue  # "…, noting that X": part of the statement it follows
        if drafts and _embedded(text, drafts[-1], draft, sent):
            continue  # "X said he had appealed …": a report inside a report
        drafts.append((draft, sent))
    cues = []
    for k, (draft, sent) in enumerate(drafts):
        limit = _sentence_end(sent, quotes, draft["content_start"])
        if k + 1 < len(drafts):
            nxt = drafts[k + 1][0]
            nxt_start = nxt["speaker"][0] if nxt["speaker"] and nxt["speaker"][0] > draft["verb_end"] else nxt["verb_start"]
            if nxt_start > draft["content_start"]:
                limit = min(limit, nxt_start)
        start = draft["content_start"]
        end = draft["content_end"] if draft["content_end"] is not None else limit
        end = max(start, min(end, limit))
        cues.append(Cue(start=draft["verb_start"], end=draft["verb_end"], lemma=draft["lemma"],
                        subject=draft["subject"], speaker=draft["speaker"], content=(start, end),
                        participle=draft["kind"] == "participle", according=draft["kind"] == "according"))
    return cues


def _opens_quote(text, pos, quotes):
    m = re.match(r"[\s,:،]*", text[pos:])
    at = pos + (m.end() if m else 0)
    return any(q.start == at for q in quotes)


def _embedded(text, previous, draft, sent):
    """Whether a cue's subject opens the previous cue's reported content."""
    prev, prev_sent = previous
    if prev_sent != sent or prev["content_end"] is not None or draft["kind"] == "according":
        return False
    head = draft["speaker"][0] if draft["speaker"] else draft["verb_start"]
    return head >= prev["content_start"] and not text[prev["content_start"]:head].strip()


def _substantial(text, q):
    """A quotation long enough to be speech, not a quoted name or a scare quote."""
    return len(text[q.inner_start:q.inner_end].split()) >= 3


def _sentence_of(sentences, pos):
    for s in sentences:
        if s[0] <= pos < s[1]:
            return s
    return sentences[-1]


def _sentence_end(sent, quotes, start):
    """The sentence end, pushed past any quote opened inside the sentence after ``start``."""
    end = sent[1]
    for q in quotes:
        if start <= q.start < end and q.end > end:
            end = q.end
    return end


def _last_quote_close(quotes, pos, text=None):
    ends = [q.end for q in quotes if q.end <= pos and (text is None or _substantial(text, q))]
    return max(ends, default=0)


def _segments(text, lo, hi):
    """Comma-separated parts of text[lo:hi] as (start, end) spans."""
    parts, pos = [], lo
    for m in _CLAUSE_PUNCT.finditer(text, lo, hi):
        parts.append((pos, m.start()))
        pos = m.end()
    parts.append((pos, hi))
    return parts


def _toks_in(toks, lo, hi):
    return [t for t in toks if t.start >= lo and t.end <= hi]


def _analyse(text, toks, i, n, lemma, kind, sent, left, quotes, table, is_mention, after_cue):
    verb_start, verb_end = toks[i].start, toks[i + n - 1].end
    draft = {"verb_start": verb_start, "verb_end": verb_end, "lemma": lemma, "kind": kind,
             "speaker": None, "subject": "name", "content_start": verb_end, "content_end": None}
    if kind == "according":
        return _according(text, toks, i, n, sent, left, draft, table)
    prev = toks[i - 1] if i > 0 and toks[i - 1].start >= sent[0] else None
    gap_before = text[prev.end:verb_start] if prev else ""
    if prev is not None and not gap_before.strip():
        if prev.norm in table.determiners and not table.verb_first:
            return None  # "the stated goal", "a noted author"
        if prev.norm in table.passive_aux:
            return None  # "have been reported injured": impersonal, no speaker
    if kind == "participle":
        draft["subject"] = "inherit"
        draft["content_start"] = _content_start(text, toks, verb_end, sent, table)
        return draft
    if table.verb_first:
        speaker = _right_subject(text, toks, i + n, sent, quotes, table)
        if speaker is None:
            speaker = _left_subject(text, toks, left, verb_start, table, after_cue)
    else:
        speaker = _left_subject(text, toks, left, verb_start, table, after_cue)
        if speaker == "embedded":
            return None
        if speaker is None and left >= _last_quote_close(quotes, verb_start) > 0 or speaker is None and left == sent[0]:
            speaker = _right_subject(text, toks, i + n, sent, quotes, table)
            if speaker is not None:
                draft["content_start"] = speaker[1]
                draft["content_end"] = _after_inverted(text, speaker[1], sent, quotes)
    if speaker == "embedded":
        return None
    if speaker is None:
        if not table.verb_first:
            return None
        draft["subject"] = "dropped"
    else:
        words = " ".join(t.norm for t in _toks_in(toks, *speaker))
        if words in table.pronouns:
            draft["subject"] = "pronoun"
        elif words in table.anaphors:
            draft["subject"] = "anaphor"
        elif not _looks_like_speaker(text, toks, speaker, table, is_mention):
            return None
        draft["speaker"] = speaker
        if draft["content_end"] is None:
            draft["content_start"] = max(verb_end, speaker[1]) if table.verb_first else verb_end
    if draft["content_end"] is None:
        draft["content_start"] = _content_start(text, toks, draft["content_start"], sent, table)
        if _quote_then_attribution(text, quotes, draft, left):
            draft["content_end"] = _after_inverted(text, verb_end, sent, quotes)
            if draft["content_end"] == verb_end:
                draft["content_start"] = verb_end
    if lemma in table.needs_complement and not _has_complement(text, toks, draft["content_start"], quotes, table):
        return None
    if table.performative_objects:
        head = text[draft["content_start"]:draft["content_start"] + 40].casefold()
        if any(head.startswith(obj) for obj in table.performative_objects):
            return None
    return draft


def _according(text, toks, i, n, sent, left, draft, table):
    j = i + n
    stop = _clause_stop(text, toks[j - 1].end if j > 0 else sent[0], sent[1])
    if j >= len(toks) or toks[j].start >= stop:
        return None
    end = stop
    while end > toks[j].start and not text[end - 1].isalnum() and text[end - 1] not in ")”\"»":
        end -= 1
    draft["speaker"] = (toks[j].start, end)
    before = [t for t in toks if left <= t.start < toks[i].start]
    if all(t.norm in table.discourse for t in before):
        # "According to X, content."
        draft["content_start"] = stop
    else:
        # "content, according to X."
        draft["content_start"] = left
        draft["content_end"] = toks[i].start
    return draft


def _clause_stop(text, pos, limit):
    m = _CLAUSE_PUNCT.search(text, pos, limit)
    return m.start() if m else limit


def _left_subject(text, toks, left, verb_start, table, after_cue):
    parts = _segments(text, left, verb_start)
    parts = [(s, e) for s, e in parts]
    last = parts[-1]
    if not text[last[0]:last[1]].strip() and len(parts) >= 2:
        # "X, a spokesperson for Y, said": the subject is the appositive and its head.
        body = [p for p in parts[:-1] if text[p[0]:p[1]].strip()]
        while len(body) >= 2 and _first_word(toks, body[-1]) in table.relativizers | {"known", "also", "then"}:
            body = body[:-1]  # "X, who asked not to be named, said": the relative clause is not the speaker
        if not body:
            return None
        span = body[-1]
        if len(body) >= 2 and not _is_discourse(toks, body[-2], table):
            span = (body[-2][0], body[-1][1])
    else:
        span = last
    words = _toks_in(toks, *span)
    if after_cue and not table.verb_first and span[0] == left:
        # "Moscow called for calm and Washington urged …": the subject follows the last "and".
        for k in range(len(words) - 1, 0, -1):
            if words[k - 1].norm in ("and", "while", "but", "whereas") and len(words) - k <= 6:
                words = words[k:]
                break
    while words and (words[0].norm in table.discourse or words[0].norm in table.time_words
                     or words[0].norm.isdigit()):
        words = words[1:]
    if words and words[0].norm in table.relativizers:
        return "embedded"
    while words and _is_adverb(words[-1], table):
        words = words[:-1]
    if not words or len(words) > _MAX_SUBJECT:
        return None
    before = [t for t in toks if t.end <= words[0].start]
    if before and before[-1].norm in table.relativizers and not text[before[-1].end:words[0].start].strip():
        return "embedded"
    return (words[0].start, words[-1].end)


_EN_TRAILING = frozenset({"has", "have", "had", "also", "later", "again", "then", "once", "would", "will",
                          "could", "further", "publicly", "repeatedly", "earlier", "reportedly", "previously",
                          "already", "never", "not", "did", "does", "do", "is", "was", "were", "are"})


def _is_adverb(tok, table):
    if table.verb_first:
        return False
    return tok.norm in _EN_TRAILING or (tok.norm.endswith("ly") and len(tok.norm) > 4)


def _first_word(toks, span):
    words = _toks_in(toks, *span)
    return words[0].norm if words else ""


def _is_discourse(toks, span, table):
    words = _toks_in(toks, *span)
    return not words or words[0].norm in table.discourse or words[0].norm in table.time_words


def _right_subject(text, toks, j, sent, quotes, table):
    """The subject after the verb: tokens up to a complementizer, particle, time word or clause end."""
    words = []
    pos = toks[j - 1].end if j > 0 else sent[0]
    while j < len(toks) and toks[j].start < sent[1] and len(words) < _MAX_SUBJECT:
        tok = toks[j]
        gap = text[pos:tok.start]
        if ":" in gap or re.search(r"[.!?؟](\s|$)", gap) or ";" in gap:
            break
        q = next((q for q in quotes if q.start < tok.start < q.end), None)
        if q is not None and q.inner_end - q.inner_start > 30:
            break  # a quotation, not a quoted name
        if (tok.norm in table.complementizers or any(b in table.particles for b in tok.bases[:1])
                or tok.norm in table.time_words or tok.norm in table.subject_stop):
            break
        if not table.verb_first and tok.norm in table.discourse and words:
            break
        if words and ("," in gap or "،" in gap) and not table.verb_first:
            break
        words.append(tok)
        pos = tok.end
        j += 1
    if not words:
        return None
    return (words[0].start, words[-1].end)


def _after_inverted(text, pos, sent, quotes):
    """After "“A,” he said": a following ', “B.”' is the content; else nothing."""
    m = re.match(r"[^\S\n]*[,:،][^\S\n]*", text[pos:])
    if m:
        q = next((q for q in quotes if q.start == pos + m.end()), None)
        if q is not None:
            return q.end
    return pos


def _quote_then_attribution(text, quotes, draft, left):
    """Whether a quotation ends right before this cue's subject ("“…,” Tokayev said")."""
    head = draft["speaker"][0] if draft["speaker"] and draft["speaker"][0] < draft["verb_start"] else draft["verb_start"]
    for q in quotes:
        if q.end <= head and not text[q.end:head].strip(" \t,،") and q.end >= left:
            after = text[draft["content_start"]:draft["content_start"] + 3]
            return not after.strip() or not re.match(r"\s*(that\b|:|[“«\"„])", text[draft["verb_end"]:draft["verb_end"] + 8])
    return False


def _content_start(text, toks, pos, sent, table):
    """Skip recipients and metadata up to a complementizer ("told reporters that")."""
    following = [t for t in toks if t.start >= pos and t.start < sent[1]][:10]
    for k, tok in enumerate(following):
        gap = text[pos if k == 0 else following[k - 1].end:tok.start]
        if k and ":" in gap:
            return following[k - 1].end + gap.index(":") + 1  # "wrote on Facebook: “…”"
        if k and (_CLAUSE_PUNCT.search(gap) or any(c in gap for c in "“«\"„")):
            break
        if tok.norm in table.complementizers and (k < 5 or not table.verb_first):
            return tok.end
    m = re.match(r"[\s,:،]*", text[pos:])
    return pos + (m.end() if m else 0)


def _has_complement(text, toks, pos, quotes, table):
    """Arabic "أعلن": speech only with أن/إن, عن, a colon or a quote within two words."""
    head = text[pos:pos + 3]
    if ":" in text[pos - 1:pos + 3] or any(q.start >= pos and q.start - pos <= 3 for q in quotes):
        return True
    following = [t for t in toks if t.start >= pos][:3]
    for tok in following:
        if tok.norm in table.complementizers or tok.norm in (languages.get("ar").normalize("عن"),):
            return True
        if any(q.start == tok.end + 1 or q.start == tok.end for q in quotes):
            return True
    # skip a time adverbial: "، أمس الأربعاء، أن …"
    return False


def _looks_like_speaker(text, toks, span, table, is_mention):
    if is_mention(*span):
        return True
    words = _toks_in(toks, *span)
    if any(t.norm in table.speaker_nouns or any(b in table.speaker_nouns for b in t.bases) for t in words):
        return True
    if table.verb_first:
        return len(words) <= 6
    return any(text[t.start].isupper() for t in words) and words[0].norm not in ("it", "this", "there")

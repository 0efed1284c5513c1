"""Cue words: the speech verbs, adverbial participles and "according to" phrases of a paragraph.

Which words are cues is language data: verb lemmas (``Attribution.cue_verbs``,
``phrasal``), whose forms the language's morphology recognises
(``Language.verb_forms``: "said", "заявила", "وأضافت", "مؤكدين"), and
source phrases ("according to", "по словам", "بحسب"). This module walks the
tokens and decides, from a form's tag and its neighbours, what kind of cue it
is:

* a finite verb ("said", "has warned", "is saying", "заявил", "قالت");
* an adverbial participle, which continues a speaker ("…, adding that",
  "добавив", "مضيفاً"); in English only after a clause break or an opener,
  since "-ing" forms are also nouns and modifiers ("a stern warning");
* an impersonal report ("в заявлении говорится");
* a source phrase ("according to X", "как заявил X").

Infinitives ("declined to say"), attributive participles ("the stated goal")
and nouns are no cues. Cues never start inside a quotation, an actor's name,
a hyphenated compound ("so-called") or after a number ("11 states").
"""

from __future__ import annotations

import re
from functools import cache, lru_cache, partial
from itertools import compress
from operator import attrgetter, itemgetter

from framing import languages, text as textmod
from framing.languages import FINITE, GERUND, IMPERSONAL, INFINITIVE, PAST_PARTICIPLE
from framing.extract.reading import CueKind, CueWord
from framing.extract.view import CLAUSE_PUNCT, MAX_LOOKBACK, Paragraph, Tok
from framing.memo import Memo, memo

_Entry = tuple[tuple[str, ...], str, CueKind]
_GROUP_WINDOW = 6          # words before a verb that may hold its auxiliaries
_TAG_ORDER = (FINITE, GERUND, IMPERSONAL)
_CLAUSE_GAP = re.compile(r"[,;:—–()\[\]]|\s-\s")
_SENTENCE_GAP = re.compile(r"[.!?؟]")  # a line break inside a paragraph is a space


def tokens(text: str, start: int, end: int, lang: str) -> list[Tok]:
    """Word tokens of a span with their normalised forms and clitic-stripped bases."""
    starts, ends, words = textmod.word_runs(text, start, end)
    forms = _forms(lang)
    bases = list(map(forms.__getitem__, words))  # one dictionary look-up per token, the forms once per word
    return list(map(_new_tok, zip(starts, ends, map(itemgetter(0), bases), bases)))


_new_tok = partial(tuple.__new__, Tok)


def _forms(lang: str) -> Memo:
    """A word as written -> its ``Language.bases``."""
    return memo(("bases", lang), languages.get(lang).bases)


@cache
def _phrase_index(lang: str) -> dict[str, list[_Entry]]:
    """First word -> [(words, lemma, kind)] for listed verb forms, participles and source phrases."""
    table = languages.attribution(lang)
    entries: list[_Entry] = []
    for form, lemma in table.verbs.items():
        entries.append((tuple(form.split()), lemma, CueKind.VERB))
    for form in table.participles:
        entries.append((tuple(form.split()), form, CueKind.PARTICIPLE))
    for form, lemma in table.comma_participles.items():
        entries.append(((form,), lemma, CueKind.PARTICIPLE))
    for form in (*table.according_to, *table.according_self):
        entries.append((tuple(form.split()), form, CueKind.ACCORDING))
    index: dict[str, list[_Entry]] = {}
    for entry in entries:
        index.setdefault(entry[0][0], []).append(entry)
    for options in index.values():
        options.sort(key=lambda e: (-len(e[0]), e[0]))  # stable: verbs before participles
    return index


def match_phrase(toks: list[Tok], i: int, words: tuple[str, ...]) -> int:
    """Number of tokens from ``toks[i]`` matching ``words`` (0 if none).

    A one-letter final word (Arabic "لـ") may be a proclitic of the next token.
    """
    for k, word in enumerate(words):
        if i + k >= len(toks):
            return 0
        tok = toks[i + k]
        if word in tok.bases or word == tok.norm:
            continue
        if k == len(words) - 1 and len(word) == 1 and tok.norm.startswith(word) and k > 0:
            return k  # the clitic is part of the next token: the phrase ends before it
        return 0
    return len(words)


def citing_at(p: Paragraph, j: int) -> int:
    """How many tokens from ``p.toks[j]`` form a citing phrase ("со ссылкой на"), 0 if none."""
    for phrase in p.table.citing:
        n = match_phrase(p.toks, j, tuple(phrase.split()))
        if n:
            return n
    return 0


def readings(lang: str, tok: Tok) -> tuple[tuple[str, str], ...]:
    """The ``(lemma, tag)`` readings of a token as a form of a cue verb."""
    return _readings(lang, tok.norm)


@lru_cache(maxsize=1 << 15)
def _readings(lang: str, norm: str) -> tuple[tuple[str, str], ...]:
    language = languages.get(lang)
    found = language.verb_forms(norm) if language.verb_forms is not None else ()
    extra = languages.attribution(lang).verbs.get(norm)
    return (*found, (extra, FINITE)) if extra else found


def is_verb_form(lang: str, tok: Tok) -> bool:
    """Whether a token is any form of a cue verb ("appealed", "كشف")."""
    return bool(readings(lang, tok)) or any(b in languages.attribution(lang).verbs for b in tok.bases)


def is_gerund(lang: str, tok: Tok) -> bool:
    """Whether a token is an adverbial participle of a cue verb ("adding", "مضيفاً")."""
    return tok.norm in languages.attribution(lang).participles or any(t == GERUND for _, t in readings(lang, tok))


def find_cue_words(p: Paragraph, lang: str) -> list[CueWord]:
    """Every cue word of a paragraph, in text order."""
    index = _phrase_index(lang)
    toks = p.toks
    found = []
    after = 0  # a cue of several words is not read again from its second word
    # most words are no form of any cue: only those that are get their context read
    for i in compress(range(len(toks)), map(_starters(lang).__getitem__, map(_BASES, toks))):
        if i < after:
            continue
        hit = None if _excluded(p, i) else (_match_at(toks, i, index) or _verb_at(p, i, lang))
        if hit is not None:
            found.append(hit)
            after = i + hit.count
    return found


_BASES = attrgetter("bases")


def may_start_cue(lang: str, bases: tuple[str, ...]) -> bool:
    """Whether a token with these bases is a form of a cue verb or the first word of a listed phrase, whatever
    its context."""
    index = _phrase_index(lang)
    return bool(_readings(lang, bases[0])) or any(base in index for base in bases)


def _starters(lang: str) -> Memo:
    """Token bases -> :func:`may_start_cue`."""
    return memo(("starts a cue", lang), partial(may_start_cue, lang))


def _match_at(toks: list[Tok], i: int, index: dict[str, list[_Entry]]) -> CueWord | None:
    """The longest listed phrase starting at token ``i`` under any of its bases ("وبحسب ما أفاد به")."""
    best = None
    for base in toks[i].bases:
        for words, lemma, kind in index.get(base, ()):
            n = match_phrase(toks, i, (base, *words[1:]))
            if n and (best is None or n > best.count):
                best = CueWord(i, n, lemma, kind)
                break  # entries are longest first
    return best


def _verb_at(p: Paragraph, i: int, lang: str) -> CueWord | None:
    """A form of a cue verb at token ``i``, read in its context."""
    found = readings(lang, p.toks[i])
    if not found:
        return None
    as_source = _as_marker(p, i)
    read = _in_context(p, i, lang, found)
    if read is None:
        return None
    lemma, tag, bare = read
    lemma, count = _phrasal(p, i, lemma)
    if lemma is None or bare and lemma not in p.table.bare_cues:
        return None  # a bare form is a noun ("a report", "state television") unless listed
    if as_source and tag == FINITE:
        return CueWord(i - 1, count + 1, f"{p.toks[i - 1].norm} {lemma}", CueKind.ACCORDING)  # "как заявил X"
    kind = {FINITE: CueKind.VERB, IMPERSONAL: CueKind.REPORT, GERUND: CueKind.PARTICIPLE}.get(tag)
    return CueWord(i, count, lemma, kind) if kind is not None else None


def _as_marker(p: Paragraph, i: int) -> bool:
    """"как заявил X": a marker right before the verb makes it a source phrase."""
    if i == 0 or p.toks[i - 1].norm not in p.table.as_markers:
        return False
    return not p.text[p.toks[i - 1].end:p.toks[i].start].strip()


def _in_context(p: Paragraph, i: int, lang: str, found) -> tuple[str, str, bool] | None:
    """The lemma and tag of a verb form in its clause, and whether it is a bare form with no
    auxiliary; None when it is no cue here."""
    language = languages.get(lang)
    if language.verb_group is not None:
        return _grouped(p, i, language)
    for tag in _TAG_ORDER:
        for lemma, t in found:
            if t == tag:
                return lemma, tag, False
    return None


def _grouped(p: Paragraph, i: int, language: languages.Language) -> tuple[str, str, bool] | None:
    """English: auxiliaries decide ("has said", "is saying", "was told", "to say", "the stated goal")."""
    lo = i
    while lo > 0 and i - lo < _GROUP_WINDOW and not _CLAUSE_GAP.search(p.text, p.toks[lo - 1].end, p.toks[lo].start):
        lo -= 1
    words = [t.norm for t in p.toks[lo:i + 1]]
    group = language.verb_group(words, len(words) - 1)
    if group is None:
        return None
    start, lemma, tag = group
    table = p.table
    if any(w in language.negators for w in words[start:-1]):
        return None  # "did not respond", "would not comment": nothing was said
    bare = (tag == FINITE and start == len(words) - 1 and p.toks[i].norm == lemma
            and all(t != PAST_PARTICIPLE for _, t in readings(p.lang, p.toks[i])))  # not "read", "put"
    if tag == GERUND and table.gerund_needs_break and not _opens_adjunct(p, lo + start):
        return None
    if tag == INFINITIVE and words[start] in table.infinitive_markers and lead_in(p, lo + start) is not None:
        tag = FINITE  # "went on to say", "took to Twitter to condemn": the lead-in's subject speaks
    return (lemma, tag, bare) if tag in (FINITE, GERUND, IMPERSONAL) else None


def lead_in(p: Paragraph, marker: int) -> int | None:
    """The first word of a lead-in that makes the infinitive after ``marker`` speech ("went on | to say")."""
    pattern = p.table.speaking_lead_in
    sent = p.sentence_of(p.toks[marker].start)
    found = pattern.search(p.text, sent[0], p.toks[marker].start) if pattern else None
    return p.index_at(found.start()) if found else None


def _opens_adjunct(p: Paragraph, k: int) -> bool:
    """Whether a participle at token ``k`` opens an adverbial clause: after a clause break, an
    opener ("while welcoming"), or in an absolute clause ("with the union saying")."""
    if k == 0:
        return False
    table, text = p.table, p.text
    prev = p.toks[k - 1]
    gap = text[prev.end:p.toks[k].start]
    if _SENTENCE_GAP.search(gap):
        return False  # "Speaking to reporters, X said": a sentence-initial adjunct, not a cue
    if prev.norm in table.gerund_openers and (k < 2 or _SENTENCE_GAP.search(
            p.text, p.toks[k - 2].end, prev.start)):
        return False  # "When commenting on …, Peskov …": the sentence's subject is still to come
    if _CLAUSE_GAP.search(gap) or prev.norm in table.gerund_openers:
        return True
    documents = languages.reference(p.lang).document_nouns
    if set(prev.bases) & documents or (prev.norm in table.time_words and k >= 2
                                       and set(p.toks[k - 2].bases) & documents):
        return True  # "sent an email saying that …", "a statement Monday calling for …": the document says it
    lo = k - 1
    while lo > 0 and k - lo < MAX_LOOKBACK and not CLAUSE_PUNCT.search(
            gap := text[p.toks[lo - 1].end:p.toks[lo].start]) and not _SENTENCE_GAP.search(gap):
        lo -= 1  # back to the clause start, never into the sentence before ("… delay.” The sharp rebuke")
    return p.toks[lo].norm in table.absolute_with


def _phrasal(p: Paragraph, i: int, lemma: str) -> tuple[str | None, int]:
    """A phrasal cue ("called for", "pointed out"): the lemma and token count; (None, 0) if none.

    Where the subject follows the verb, the particle may follow the subject ("تحدث X في خطابه عن …"):
    the cue is then the verb alone, and its content starts after the particle (:func:`phrasal_particle`).
    """
    table = p.table
    for particles in table.phrasal.get(lemma, ()):
        words = tuple(particles.split())
        if i + 1 < len(p.toks) and _particles_at(p, i + 1, words) and not _CLAUSE_GAP.search(
                p.text, p.toks[i].end, p.toks[i + 1].start):
            return f"{lemma} {particles}", 1 + len(words)
    if table.verb_first:
        for particles in table.phrasal.get(lemma, ()):
            if phrasal_particle(p, p.toks[i].end, f"{lemma} {particles}") is not None:
                return f"{lemma} {particles}", 1
    return (lemma, 1) if lemma in table.cue_verbs else (None, 0)


_PHRASAL_REACH = 6  # words between a verb and its particle: the subject and where-and-when
_NAME_WORDS = 3     # words of a name the registry lacks


def phrasal_particle(p: Paragraph, pos: int, lemma: str) -> Tok | None:
    """The particle of a phrasal cue after its subject, within a few words of ``pos`` (the verb's end) in the
    same clause."""
    words = tuple(lemma.split()[1:])
    if not words:
        return None
    first = p.index_at(pos)
    for k, tok in enumerate(p.starting(pos, None, _PHRASAL_REACH + 1)):
        if k and _CLAUSE_GAP.search(p.text, pos, tok.start) or _SENTENCE_GAP.search(p.text, pos, tok.start):
            return None
        j = first + k
        if k and _particles_at(p, j, words):
            return p.toks[j + len(words) - 1] if _subject_then_adjunct(p, p.toks[first:j]) else None
    return None


def _subject_then_adjunct(p: Paragraph, gap: list[Tok]) -> bool:
    """Between a verb and its particle: a subject (a registry mention, or one speaker noun), then only
    where and when ("تحدث X في خطابه عن"), not an object ("ركز الجيش قواته على")."""
    table = p.table
    cut = next((k for k, t in enumerate(gap) if t.norm in table.subject_stop or t.norm in table.time_words), len(gap))
    subject = gap[:cut]
    if not subject:
        return False
    if all(p.mention_at(t.start) is not None for t in subject):
        return True
    if len(subject) == 1 and set(subject[0].bases) & table.speaker_nouns:
        return True
    # a name the registry lacks ("ميرا سولين"): no article, no pronoun ending ("قواته" is an object)
    return len(subject) <= _NAME_WORDS and not any(
        t.norm.startswith(table.nominal_prefixes) or t.norm.endswith(tuple(table.pronoun_suffixes)) for t in subject)


def _particles_at(p: Paragraph, i: int, words: tuple[str, ...]) -> bool:
    """The particles of a phrasal cue at token ``i``; the last may carry a pronoun ("طلب منه")."""
    if match_phrase(p.toks, i, words) == len(words):
        return True
    last = i + len(words) - 1
    if last >= len(p.toks) or match_phrase(p.toks, i, words[:-1]) != len(words) - 1:
        return False
    norm = p.toks[last].norm
    return norm.startswith(words[-1]) and norm[len(words[-1]):] in p.table.pronoun_suffixes


def _excluded(p: Paragraph, i: int) -> bool:
    """A token that cannot start a cue: in a quotation, a name, a compound or a noun use."""
    tok, text, table = p.toks[i], p.text, p.table
    prev = p.toks[i - 1] if i > 0 else None
    if p.quote_at(tok.start) is not None or p.mention_at(tok.start) is not None:
        return True
    if table.cased and text[tok.start].isupper() and prev is not None and not _sentence_initial(text, prev, tok):
        return True  # a capitalised word mid-sentence is a name
    if prev is not None and text[prev.end:tok.start] in ("-", "‑"):
        return True  # "so-called"
    if tok.norm in table.comma_participles and (prev is None or text[prev.end:tok.start].strip() not in (",", "،")):
        return True  # "جددت مطالبة الحكومة بـ …": the masdar, not "…، مطالبة بـ …"
    if table.nominal_prefixes and tok.norm.startswith(table.nominal_prefixes) and not any(
            lemma.startswith(table.nominal_prefixes) for lemma, _ in readings(p.lang, tok)):
        return True  # the Arabic article: "النقل" is transport, not "he relayed"; but "ألمح" is a verb's own alif-lam
    if prev is not None and tok.norm in table.ambiguous_forms and prev.norm in table.subject_stop - table.time_words \
            and not p.text[prev.end:tok.start].strip():
        return True  # "بعد رفض الطلب": a verb never follows a preposition; the form is its noun
    if prev is not None and prev.norm in table.what_relatives and tok.norm.startswith(table.imperfect_prefixes) \
            and not p.text[prev.end:tok.start].strip():
        return True  # "ما يؤكد أن …": which confirms, no speaker's report
    if _homograph(tok.norm, table.feeling_homographs) and not _feeling_homograph_reads(p, i):
        return True  # "نفى X، عبر حسابه …": "via"
    return prev is not None and _after_number(p, prev, tok) or _before_verb(p, i)


_HOMOGRAPH_SUBJECT = 8  # words of the subject between a feeling homograph and its particle


def _homograph(norm: str, forms) -> str | None:
    rest = norm[1:] if norm[:1] in ("و", "ف") else None
    return forms.get(norm) or (forms.get(rest) if rest else None)


def _feeling_homograph_reads(p: Paragraph, i: int) -> bool:
    """Whether a feeling verb's homograph is that verb: at the head of a clause (after a stop, with و on it,
    or after a discourse word: "كما عبر"), its particle after the subject and a feeling noun right after."""
    tok, table = p.toks[i], p.table
    prev = p.toks[i - 1] if i > 0 else None
    head = prev is None or tok.norm[:1] in ("و", "ف") and tok.norm not in table.feeling_homographs \
        or any(c in p.text[prev.end:tok.start] for c in ".!?؟:\n") or prev.norm in table.discourse
    particle = _homograph(tok.norm, table.feeling_homographs)
    after = p.toks[i + 1:i + 2 + _HOMOGRAPH_SUBJECT]
    k = next((k for k, t in enumerate(after) if t.norm == particle), None)
    return head and k is not None and k + 1 < len(after) and bool(set(after[k + 1].bases) & table.feeling_nouns)


def _before_verb(p: Paragraph, i: int) -> bool:
    """"Television reports showed …": a noun homograph right before a cue verb is that verb's subject."""
    tok, nxt = p.toks[i], p.toks[i + 1] if i + 1 < len(p.toks) else None
    return (nxt is not None and tok.norm in p.table.noun_homographs and not p.text[tok.end:nxt.start].strip()
            and not is_gerund(p.lang, nxt) and is_verb_form(p.lang, nxt))


def _after_number(p: Paragraph, prev: Tok, tok: Tok) -> bool:
    """"11 states", "several reports": a noun homograph after a number (but "4 in 10 said")."""
    table = p.table
    number = prev.norm.isdigit() or prev.norm in table.number_words
    adjacent = not p.text[prev.end:tok.start].strip()
    return number and adjacent and (tok.norm in table.noun_homographs or not table.noun_homographs)


def _sentence_initial(text: str, prev: Tok, tok: Tok) -> bool:
    gap = text[prev.end:tok.start]
    return any(c in gap for c in ".!?“\"«")

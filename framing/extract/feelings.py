"""What a feeling is about: "expressed (deep) concern over X", "أعرب عن قلقه إزاء X",
"выразил обеспокоенность увольнениями"."""

from __future__ import annotations

from framing.extract.view import CLAUSE_PUNCT, Paragraph, Tok

_MIN_CASED = 3  # letters of a word that may carry a case ending ("том", "чем" are pronouns)
_FEELING_REACH = 5   # words from a feeling verb to its feeling noun ("expressed its deep concern over")


def feeling_object(p: Paragraph, pos: int, lemma: str) -> int | None:
    """After "expressed (deep) concern over", "أعرب عن قلقه إزاء": where what the feeling is about starts.

    None when the verb's object is no feeling ("extended the deadline"). The
    object may open with a particle ("أعرب عن"), determiners and adjectives.
    """
    table = p.table
    words = p.starting(pos, None, _FEELING_REACH)
    for k, w in enumerate(words):
        if table.verb_first and not set(w.bases) & table.feeling_nouns and not (
                w.norm in table.particles or w.norm in table.time_words):
            return None  # "أبدت استعدادها لإرسال خبراء": the feeling opens the object (nouns precede adjectives)
        if set(w.bases) & table.feeling_nouns:
            rest = p.starting(w.end, None, 2)  # the reach counts to the feeling, not past it
            if _in_feeling_case(p, w, rest):
                return rest[0].start  # "выразил обеспокоенность увольнениями": the case alone links it
            # a preposition ("إزاء") before one written on a noun ("لتدخل"; not the adjective "بالغاً")
            link = next((r for r in rest if r.norm in table.feeling_prepositions), None) or next(
                (r for r in rest if any(r.norm.startswith(c) and len(r.norm) - len(c) > 2
                                        for c in table.prepositional_clitics)), None)
            if link is None:
                return words[k].end if k + 1 == len(words) else None
            if link.norm in table.feeling_prepositions:
                after = p.starting(link.end, None, 2)
                if len(after) == 2 and after[0].norm in table.correlatives and after[1].norm in table.complementizers:
                    return after[1].end  # "выразил надежду на то, что X": X
                return link.end  # "concern over X", "قلقه إزاء X": X
            return link.start    # "أسفها لتدخل …": the preposition is written on the word, which stays
        before = words[k - 1] if k else None
        timed = w.norm in table.time_words or before is not None and before.norm in table.time_words
        if CLAUSE_PUNCT.search(p.text, before.end if before else pos, w.start) and not timed \
                or w.norm in table.complementizers:
            break  # but "أعربت X، اليوم الاثنين، عن قلقها": a time between commas
    return None


def _in_feeling_case(p: Paragraph, feeling: Tok, rest: list[Tok]) -> bool:
    """Whether the word right after a feeling noun is, by its case alone, what the feeling is about."""
    table = p.table
    if not rest or table.feeling_case is None or p.text[feeling.end:rest[0].start].strip():
        return False
    first = rest[0]
    return len(first.norm) > _MIN_CASED and table.feeling_case(first.norm) and not (
        first.norm in table.time_words or first.norm in table.complementizers or first.norm in table.correlatives)

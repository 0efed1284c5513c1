"""A subject after a subordinating conjunction: "This comes as X called for …".

The words read back from a verb to the clause boundary may hold a whole
clause of the writer's before a conjunction that opens the speaker's own
("The clashes came as Brandt warned of a strike", "The minister briefed
reporters as Kovac expressed hope …"): the subject is what follows the
conjunction, when it names someone. A comparison ("as well as", "such
as") or a name right before the conjunction ("Kovac as prime minister
said") opens no clause.
"""

from __future__ import annotations

from framing.extract.view import Paragraph, Tok

_MIN_BEFORE = 1     # words of the writer's clause before the conjunction ("comes as")
_MAX_AFTER = 14     # words of the subject after it ("Director General of … Maj Gen X")


def after_subordinator(p: Paragraph, words: list[Tok]) -> list[Tok]:
    """The words after the last subordinating conjunction, when they name a speaker; else ``words``."""
    table, text = p.table, p.text
    if not table.cased or not table.subordinators or len(words) <= _MIN_BEFORE + 1:
        return words
    for k in range(len(words) - 2, _MIN_BEFORE - 1, -1):
        w = words[k]
        if w.norm not in table.subordinators or not text[w.start].islower():
            continue
        if words[k - 1].norm in table.subordinator_blockers or not _clause(p, words[:k]):
            return words  # "as well as", "such as", "Kovac as party chief", "The EU as a whole"
        after = words[k + 1:]
        if any(w.norm in table.relativizers for w in after):
            return words  # "since the elections which X says she won": a relative clause inside the content
        return after if len(after) <= _MAX_AFTER and _names(p, after) else words
    return words


def _clause(p: Paragraph, words: list[Tok]) -> bool:
    """Words of a clause, not a name: a lower-case word that is no determiner, outside any mention."""
    table, text = p.table, p.text
    return any(text[w.start].islower() and w.norm not in table.determiners and not p.has_mention(w.start, w.end)
               for w in words)


def _names(p: Paragraph, words: list[Tok]) -> bool:
    """A registry mention, a capitalised name, or a determiner before a speaker noun ("the minister")."""
    table, text = p.table, p.text
    if p.has_mention(words[0].start, words[-1].end):
        return True
    first = words[1] if words[0].norm in table.determiners and len(words) > 1 else words[0]
    if first is words[0] and text[first.start].isupper() and first.norm not in table.non_speakers:
        return True
    return words[0].norm in table.determiners and any(w.norm in table.speaker_nouns for w in words[1:])

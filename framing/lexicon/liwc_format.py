"""LIWC dictionaries (``.dic``): read leniently, write plainly.

The format::

    %
    1	care.virtue
    2	care.vice
    %
    compassion	1
    protect	1	7
    prime minister	7

A ``%`` line, one ``id<TAB>name`` line per category, a ``%`` line, then one
``term<TAB>id [id ...]`` line per entry: ``*`` ends a stem, spaces make a
multi-word entry. Each category becomes a frame named as in the file.

Structure is strict: the two ``%`` lines, and a number and a name on every
category line (a repeated category id is an error too). Content is read
leniently, with a line-numbered note for each repair, because published
dictionaries carry small irregularities:

- a BOM, CRLF or old-Mac CR line ends, blank lines: accepted silently;
- fields separated by spaces or by several TABs (MFD 1.0): read as one TAB;
- a term on several lines: its categories are the union (MFD 2.0 lists a
  term once per category); an identical repeated line is counted once;
- ``<of>``-style tokens (LIWC 2007/2015 grammatical markers): the line is
  skipped, as quanteda does;
- parenthesised conditional codes (``(02 134)131``) and other non-numeric
  codes (``134/125[02 464]``): removed, the plain ids are kept;
- an id with no category line: ignored.

The writer emits one line per term with all its category ids, TAB-separated,
terms in an order that keeps every frame's term order, so YAML -> .dic ->
YAML gives the same frames and terms. ``.dic`` has no languages, weights,
descriptions or negation settings: terms come back in the language of their
script, and the writer notes what it had to leave out.
"""

from __future__ import annotations

import heapq
import re

from framing.lexicon.report import Report
from framing.lexicon.schema import LexiconBuilder, check_frame_id, frame_id_from, split_lines, term_lang
from framing.model import Lexicon

_CATEGORY = re.compile(r"(\d+)\s+(\S.*)")
_OF_TAG = re.compile(r"<[^<>\s]*>")
_PARENS = re.compile(r"\([^()]*\)")


def parse_dic(text: str, path: str = "<string>", report: Report | None = None) -> Lexicon:
    """Parse a LIWC ``.dic`` dictionary (see the module docstring for what is accepted).

    Parameters
    ----------
    text : the file content.
    path : the name used in notes and errors.
    report : collects notes (a fresh one when None).

    Raises
    ------
    LexiconError
        Without the two ``%`` lines, or on a category line without a number
        and a name, or a category id given twice.
    """
    report = report if report is not None else Report(path)
    lines = split_lines(text)
    marks = [i for i, line in enumerate(lines) if line.strip() == "%"]
    if len(marks) < 2:
        found = f"found {len(marks)}" + (f" (line {marks[0] + 1})" if marks else "")
        report.error(marks[0] + 1 if marks else 1,
                     f"a LIWC .dic needs its category list between two '%' lines; {found}")
        return Lexicon("", "", ())
    first, second = marks[0], marks[1]
    for number in range(1, first + 1):
        if lines[number - 1].strip():
            report.note(number, "text before the first '%' line ignored", check="liwc-preamble")
    builder = LexiconBuilder(report)
    categories: dict[int, str] = {}
    for index in range(first + 1, second):
        number, line = index + 1, lines[index].strip()
        if not line:
            continue
        match = _CATEGORY.fullmatch(line)
        if match is None:
            report.error(number, f"category line {line!r} must be a number and a name ('1<TAB>posemo')")
            continue
        cid, name = int(match.group(1)), match.group(2).strip()
        if "\t" not in lines[index].strip() or "\t\t" in lines[index]:
            report.note_once(number, "category fields not separated by one TAB; read anyway",
                             check="liwc-header-separator")
        if cid in categories:
            report.error(number, f"category id {cid} given twice ({categories[cid]!r} and {name!r})")
            continue
        frame_id = frame_id_from(name)
        try:
            check_frame_id(frame_id)
        except ValueError as e:  # pragma: no cover - frame_id_from always gives a valid id
            report.error(number, str(e))
            continue
        if frame_id != name:
            report.note(number, f"category {name!r} is frame {frame_id!r}", check="renamed", level="info")
        categories[cid] = frame_id
        builder.frame(frame_id, number)
    for index in range(second + 1, len(lines)):
        _entry(lines[index], index + 1, categories, builder, report)
    lexicon = builder.build()
    report.finish()
    return lexicon


def _entry(raw: str, number: int, categories: dict[int, str], builder: LexiconBuilder, report: Report) -> None:
    line = raw.strip()
    if not line or line == "%":
        if line == "%":
            report.note(number, "extra '%' line ignored", check="liwc-extra-percent")
        return
    if _OF_TAG.search(line):
        report.note(number, f"entry {line.split(chr(9))[0].strip()!r} skipped: <of>-style tokens are not supported",
                    check="liwc-of")
        return
    if "\t" in line:
        term, _, codes = line.partition("\t")
        if "\t\t" in line or " " in codes.strip():
            report.note_once(number, "ids not separated by single TABs; read anyway", check="liwc-separator")
    else:
        split = _trailing_ids(line)
        if split is None:
            report.note(number, f"entry {line!r} has no category id; skipped", check="liwc-no-id")
            return
        term, codes = split
        report.note_once(number, "term and ids separated by spaces, not a TAB; read anyway", check="liwc-no-tab")
    term = term.strip()
    if _PARENS.search(codes):
        report.note(number, f"conditional codes {' '.join(_PARENS.findall(codes))} in {term!r} ignored",
                    check="liwc-parens")
        codes = _PARENS.sub(" ", codes)
    ids: list[int] = []
    for code in codes.split():
        if code.isdigit():
            ids.append(int(code))
        else:
            report.note(number, f"code {code!r} of {term!r} is not a category id; ignored", check="liwc-code")
    if not ids:
        report.note(number, f"entry {term!r} has no usable category id; skipped", check="liwc-no-id")
        return
    for cid in dict.fromkeys(ids):
        frame_id = categories.get(cid)
        if frame_id is None:
            report.note(number, f"category id {cid} of {term!r} is not defined; ignored", check="liwc-undefined")
            continue
        builder.add(frame_id, term, number)


def _trailing_ids(line: str) -> tuple[str, str] | None:
    """``line`` (stripped) as a term and the ids after it, separated by spaces ("prime minister 7 12"): the
    ids are the longest run of digits and spaces that ends the line and starts with a digit after a space.
    Read back from the line's end, in one pass (a regex with nested repeats backtracks exponentially)."""
    start = len(line)
    while start and (line[start - 1].isdecimal() or line[start - 1].isspace()):
        start -= 1
    gap = next((k for k in range(max(start, 1), len(line)) if line[k].isspace()), None)
    if gap is None:
        return None
    ids = gap
    while line[ids].isspace():
        ids += 1
    return line[:gap], line[ids:]


def dump_dic(lexicon: Lexicon, report: Report | None = None) -> str:
    """A lexicon as LIWC ``.dic`` text (LF line ends, TAB-separated).

    What ``.dic`` cannot hold is noted on ``report``: weights, descriptions,
    negation settings, and terms whose language differs from their script
    (they would come back under another language).
    """
    report = report if report is not None else Report("<dic>")
    lines = ["%"]
    ids: dict[str, int] = {}
    for number, frame in enumerate(lexicon.frames, start=1):
        ids[frame.id] = number
        lines.append(f"{number}\t{frame.id}")
    lines.append("%")
    lost = [f.id for f in lexicon.frames if any(f.weights.values())]
    if lost:
        report.note(None, f".dic has no weights; weights of {', '.join(lost)} left out", check="dic-weights")
    if lexicon.description or any(f.description for f in lexicon.frames):
        report.note(None, ".dic has no descriptions; left out", check="dic-descriptions", level="info")
    if any(f.negation is not None for f in lexicon.frames):
        report.note(None, ".dic has no negation settings; the language defaults will apply", check="dic-negation")
    sequences: list[list[str]] = []
    members: dict[str, list[int]] = {}
    for frame in lexicon.frames:
        sequence = []
        for code in sorted(frame.terms):
            for term in frame.terms[code]:
                if term_lang(term) != code:
                    report.note(None, f"term {term!r} of {frame.id!r} is listed under {code!r} but would be read "
                                f"back as {term_lang(term)!r}", check="dic-language")
                if "\t" in term:  # pragma: no cover - terms are whitespace-normalised
                    raise ValueError(f"term {term!r} contains a TAB")
                ids_of = members.setdefault(term, [])
                if ids[frame.id] not in ids_of:
                    ids_of.append(ids[frame.id])
                    sequence.append(term)
        sequences.append(sequence)
    for term in _merge_orders(sequences):
        lines.append(term + "\t" + "\t".join(str(i) for i in members[term]))
    return "\n".join(lines) + "\n"


def _merge_orders(sequences: list[list[str]]) -> list[str]:
    """One order of all terms that keeps the order within each sequence where possible.

    A topological sort of "a comes before b in some frame", taking among the
    ready terms the one seen first; on a contradiction (two frames list two
    terms in opposite orders) the rest follow in order of first appearance.
    """
    first_seen: dict[str, int] = {}
    after: dict[str, set[str]] = {}
    indegree: dict[str, int] = {}
    for sequence in sequences:
        for term in sequence:
            if term not in first_seen:
                first_seen[term] = len(first_seen)
                after[term] = set()
                indegree[term] = 0
        for a, b in zip(sequence, sequence[1:]):
            if b not in after[a]:
                after[a].add(b)
                indegree[b] += 1
    ready = [(first_seen[t], t) for t, d in indegree.items() if d == 0]
    heapq.heapify(ready)
    out: list[str] = []
    while ready:
        _, term = heapq.heappop(ready)
        out.append(term)
        for nxt in after[term]:
            indegree[nxt] -= 1
            if indegree[nxt] == 0:
                heapq.heappush(ready, (first_seen[nxt], nxt))
    if len(out) < len(first_seen):  # a cycle: keep the rest in order of first appearance
        done = set(out)
        out.extend(t for t in sorted(first_seen, key=first_seen.get) if t not in done)
    return out

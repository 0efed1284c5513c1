"""What a lexicon reader noticed: notes with file and line, and where each entry was.

Readers are strict about structure and lenient about content: an entry they
can read with a small repair (a stray TAB, a duplicate line, a parenthesised
LIWC code) is kept or dropped with a :class:`Note`, not an error. A
:class:`Report` collects those notes and the line of every entry (for
``framing lexicons lint``). Errors raise :class:`~framing.errors.LexiconError`
at once, unless the report was made with ``keep_going=True`` (lint), which
records them as notes of level ``error`` and lets the reader skip the line.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from framing.errors import LexiconError

LEVELS = ("error", "warning", "info")


@dataclass(frozen=True)
class Note:
    """One finding about a lexicon file.

    Attributes
    ----------
    path, line : where (``line`` is None for the whole file).
    message : what, in words a user can act on.
    level : ``error``, ``warning`` or ``info``.
    check : a short name for the kind of finding (``duplicate``, ``liwc-of`` ...).
    frame, term : the entry concerned, if any.
    """

    path: str
    line: int | None
    message: str
    level: str = "warning"
    check: str = "irregular"
    frame: str = ""
    term: str = ""

    @property
    def where(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path

    def __str__(self) -> str:
        return f"{self.where}: {self.level}: {self.message}"


@dataclass
class Report:
    """Notes and entry lines gathered while reading one lexicon file."""

    path: str
    keep_going: bool = False
    notes: list[Note] = field(default_factory=list)
    #: (frame, lang, term) -> line of its first occurrence.
    lines: dict[tuple[str, str, str], int] = field(default_factory=dict)
    _grouped: dict[str, list[int]] = field(default_factory=dict)  # check -> [note index, more lines]

    def note(self, line: int | None, message: str, *, level: str = "warning", check: str = "irregular",
             frame: str = "", term: str = "") -> None:
        """Record a note."""
        self.notes.append(Note(self.path, line, message, level, check, frame, term))

    def note_once(self, line: int, message: str, *, check: str, level: str = "warning") -> None:
        """Record the first occurrence of a repeated irregularity; later ones only count.

        The note reads ``message (and N more lines)`` once the file is read
        (:meth:`finish`), so a file with the same quirk on every line gives
        one note, not thousands.
        """
        if check in self._grouped:
            self._grouped[check][1] += 1
            return
        self._grouped[check] = [len(self.notes), 0]
        self.notes.append(Note(self.path, line, message, level, check))

    def finish(self) -> None:
        """Turn the counts of :meth:`note_once` into words."""
        for index, more in self._grouped.values():
            if more:
                note = self.notes[index]
                message = f"{note.message} (and {more} more line{'s' if more > 1 else ''})"
                self.notes[index] = Note(note.path, note.line, message, note.level, note.check)
        self._grouped.clear()

    def error(self, line: int | None, message: str) -> None:
        """A malformed line: raise, or with ``keep_going`` record it and return."""
        if not self.keep_going:
            raise LexiconError(message, path=self.path, line=line)
        self.notes.append(Note(self.path, line, message, "error", "malformed"))

    def entry(self, frame: str, lang: str, term: str, line: int | None) -> bool:
        """Register an entry; False (with a note) if the frame already has it."""
        key = (frame, lang, term)
        if key in self.lines:
            first = self.lines[key]
            self.note(line, f"duplicate entry {term!r} in frame {frame!r} (first at line {first}); counted once",
                      check="duplicate", frame=frame, term=term)
            return False
        self.lines[key] = line or 0
        return True

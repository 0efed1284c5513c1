"""Content rules every lexicon format shares.

Each check returns nothing or raises ``ValueError`` with the message a user
sees; the format module adds the file and line it knows.
"""

from __future__ import annotations

import re

from framing import languages
from framing.lexicon.patterns import parse_term

FRAME_ID_RE = re.compile(r"[a-z0-9_/-]+")


def check_frame_id(frame_id: str) -> None:
    """A frame id is lower-case ASCII letters, digits, ``_``, ``/`` and ``-``."""
    if not FRAME_ID_RE.fullmatch(frame_id):
        raise ValueError(
            f"bad frame id {frame_id!r}: use lower-case letters, digits, '_', '/' and '-'"
        )


def check_lang(code: str) -> None:
    """A terms language is one of :func:`framing.languages.codes`."""
    if code not in languages.codes():
        raise ValueError(f"unknown language code {code!r}; supported: {', '.join(languages.codes())}")


def check_term(term: str) -> None:
    """A term parses (see :func:`framing.lexicon.patterns.parse_term`)."""
    parse_term(term)

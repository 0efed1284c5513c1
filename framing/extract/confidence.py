"""How likely a statement's attribution is right, learned from how it was found.

Every statement carries :class:`Clues`: the construction that found it, how
its speaker was resolved, the language, whether the speaker is in the
registry, how long the content is, and so on. :func:`confidence` is a
logistic regression over the one-hot :func:`features` of those clues; its
coefficients are data (``confidence.json`` beside this module), fitted by
``benchmarks/fit_confidence.py`` on the project's hand-coded sets, where a
statement counts as right when it matches a gold statement with the same
actor. The probability is rounded to three decimals so that output is
byte-identical across platforms.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from importlib import resources

from framing.extract.reading import Cue, Subject

_MODEL = "confidence.json"
_WORD_BINS = (3, 8, 20, 40)  # content words: 1-3, 4-8, 9-20, 21-40, more
_SPEAKER_BINS = (0, 1, 3, 6)  # words of the speaker mention: none, 1, 2-3, 4-6, more


@dataclass(frozen=True, slots=True)
class Clues:
    """How a statement was found, as the confidence model sees it.

    ``construction``: ``verb``, ``participle``, ``according``, ``report``
    (a cue), ``continuation`` (a quotation continuing the last speaker),
    ``verb_quote`` (a quotation opening with a verb after a name), ``tweet``
    or ``label`` (a transcript label or a signed quotation). ``how``: how the
    speaker was resolved (:class:`framing.extract.resolve.Resolution`).
    ``speaker``: ``registered``, ``media`` or ``unknown``. ``near``: the actor
    was named in the same paragraph. ``saying``: the cue is a neutral verb of
    saying. ``side``: the speaker mention stands ``before`` or ``after`` the
    cue (``-`` when there is none), ``speaker_words`` long.
    """

    construction: str
    how: str
    lang: str
    kind: str = "indirect"
    subject: str = "-"
    speaker: str = "registered"
    near: bool = True
    saying: bool = False
    via: bool = False
    joint: bool = False
    words: int = 0
    side: str = "-"
    speaker_words: int = 0


def cue_clues(cue: Cue, how: str, lang: str, kind: str, *, saying: bool, near: bool, via: bool,
              joint: bool, speaker_words: int) -> Clues:
    """The clues of a statement found by ``cue``; ``speaker`` and ``words`` are filled in per statement."""
    subject = cue.subject.value if cue.subject is not Subject.NAME or cue.speaker is not None else "-"
    side, length = "-", 0
    if cue.speaker is not None:
        side = "before" if cue.speaker[0] < cue.start else "after"
        length = speaker_words
    return Clues(construction=cue.kind.value, how=how, lang=lang, kind=kind, subject=subject, near=near,
                 saying=saying, via=via, joint=joint, side=side, speaker_words=length)


def features(clues: Clues) -> tuple[str, ...]:
    """The one-hot features of ``clues`` (names of the model's weights)."""
    words = _bin(clues.words, _WORD_BINS)
    speaker = _bin(clues.speaker_words, _SPEAKER_BINS)
    found = [
        f"construction={clues.construction}", f"how={clues.how}", f"lang={clues.lang}",
        f"kind={clues.kind}", f"subject={clues.subject}", f"speaker={clues.speaker}", f"words={words}",
        f"{clues.lang}:construction={clues.construction}", f"{clues.lang}:how={clues.how}",
        f"{clues.lang}:speaker={clues.speaker}", f"side={clues.side}", f"speaker_words={speaker}",
    ]
    for flag in ("near", "saying", "via", "joint"):
        if getattr(clues, flag):
            found.append(flag)
    return tuple(found)


def _bin(value: int, bins: tuple[int, ...]) -> str:
    return next((f"<={b}" for b in bins if value <= b), f">{bins[-1]}")


@cache
def _model() -> tuple[float, dict[str, float]]:
    data = json.loads(resources.files(__package__).joinpath(_MODEL).read_text(encoding="utf-8"))
    return float(data["intercept"]), {k: float(v) for k, v in data["weights"].items()}


def probability(intercept: float, weights: dict[str, float], found: tuple[str, ...]) -> float:
    """The model's probability for the features ``found``, rounded to three decimals."""
    z = intercept + sum(weights.get(f, 0.0) for f in found)
    return round(1.0 / (1.0 + math.exp(-z)), 3)


def confidence(clues: Clues) -> float:
    """The probability, by the fitted model, that a statement found this way is rightly attributed."""
    return probability(*_model(), features(clues))

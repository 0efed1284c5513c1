"""pipeline.py: scoring with the tokens extraction already has gives what tokenising each statement gives."""

from __future__ import annotations

from framing import compile_lexicon, load_corpus, load_lexicon, load_registry
from framing.model import Document
from framing.pipeline import analyse


class _Proxy:
    """A matcher that is not the library's: the pipeline tokenises each statement for it."""

    def __init__(self, matcher):
        self._matcher = matcher

    def match(self, text, lang, start=0, end=None):
        return self._matcher.match(text, lang, start, end)

    def scan(self, text, lang, start=0, end=None):
        return self._matcher.scan(text, lang, start, end)


DOCS = [
    Document("river-1", "Harbour Pilots Strike Again\n\nThe pilots' union said on Monday that the strike would go on. "
             "\u201cWe will not be intimidated by threats of arrest,\u201d said Ines Varga, its chair.\n\n"
             "Police said protesters had blocked the port road, and the ministry warned of violence.",
             source="Harbour Post", lang="en"),
    Document("river-2", "The protest, the police said, was peaceful.\u201cThe crackdown is illegal,\u201d a lawyer "
             "for the pilots told reporters. According to the ministry, dialogue was the only way.",
             source="Harbour Post", lang="en"),
]


def _rows(scored):
    return [(s.statement.start, s.statement.end, s.statement.actor, s.tokens, s.hits, s.cancelled) for s in scored]


def test_shared_tokens_score_as_tokenising_each_statement() -> None:
    matcher = compile_lexicon(load_lexicon("unrest"))
    registry = load_registry("kazakhstan-2022")
    for docs in (DOCS, list(load_corpus("kazakhstan-2022"))):
        for narration in (False, True):
            shared = _rows(analyse(docs, registry, matcher, narration=narration, voice="both"))
            own = _rows(analyse(docs, registry, _Proxy(matcher), narration=narration, voice="both"))
            assert shared == own
            assert any(hits for *_, hits, _ in shared)

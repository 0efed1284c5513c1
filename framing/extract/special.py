"""Paragraphs whose speaker is marked, not reported: embedded tweets, transcript labels, signed quotes."""

from __future__ import annotations

import re

from framing.extract.confidence import Clues
from framing.extract.discourse import Discourse
from framing.extract.spans import make_statement
from framing.model import Statement

TWEET = re.compile(
    r"(?<![^\S\r\n])(?<![—–])[^\S\r\n]*[—–]+[^\S\r\n]*(?P<name>[^()\r\n—–]{2,80}?)[^\S\r\n]*\(@(?P<handle>\w{1,30})\)"
    r"[^\S\r\n]*(?P<date>[^\r\n]{0,40})$"
)


_URL = re.compile(r"(?:https?://|pic\.twitter\.com/)\S+")


# "WALLACE: …" (a transcript's speaker label) and "“…” — Esther Tapia" (a signed quotation)
_LABEL = re.compile(r"(?P<name>[A-ZÀ-ÞА-ЯЁ][A-ZÀ-ÞА-ЯЁ .'’-]{1,40}):[^\S\r\n]+")


SIGNATURE = re.compile(r"(?<![^\S\r\n])[^\S\r\n]*[—―–][^\S\r\n]*(?P<name>[^\W\d_][^—―–\r\n]{1,60}?)[.]?$")


def labelled_paragraph(doc, registry, ps, pe, quotes, lang, index, state: Discourse) -> list[Statement] | None:
    """Paragraphs whose speaker is a label: a transcript line or a quotation signed with a dash."""
    text = doc.text
    label = _LABEL.match(text, ps, pe)
    if label and not any(c.islower() for c in label.group("name")) and len(label.group("name").split()) <= 4:
        name = label.group("name").strip()
        start, end = label.end(), pe
    else:
        first = quotes[0] if quotes else None
        if first is None or text[ps:first.start].strip() or len(quotes) != 1:
            return None
        signature = SIGNATURE.match(text, first.end, pe)
        if signature is None or signature.end() != pe:
            return None
        name = signature.group("name").strip()
        start, end = first.inner_start, first.inner_end
    head = name.split(",", 1)[0].rstrip()
    actor = registry.resolve(name, lang) or registry.resolve(head.title(), lang) or f"unknown:{head}"
    state.remember((actor,), name, index)
    clues = Clues("label", "name", lang, "direct", subject="name")
    return [make_statement(doc, actor, name, start, end, clues, media=state.media)]


def tweet_statement(doc, registry, ps, match, lang, index, state: Discourse) -> list[Statement]:
    text = doc.text
    body_end = match.start()
    body = text[ps:body_end]
    url = _URL.search(body)
    if url:
        body_end = ps + url.start()
        # drop a short lead-in to the link after the last full sentence ("Read the statement 👉")
        last_stop = max(text.rfind(c, ps, body_end) for c in ".!?؟")
        if last_stop > ps and len(text[last_stop + 1:body_end].split()) <= 6:
            body_end = last_stop + 1
    start, end = ps, body_end
    while end > start and text[end - 1].isspace():
        end -= 1
    if end <= start:
        return []
    name, handle = match.group("name").strip(), match.group("handle")
    speaker = f"{name} (@{handle})"
    actor = registry.resolve(name, lang) or registry.resolve(f"@{handle}", lang) or f"unknown:{speaker}"
    state.remember((actor,), speaker, index)
    clues = Clues("tweet", "name", lang, "direct", subject="name")
    return [make_statement(doc, actor, speaker, start, end, clues, media=state.media)]

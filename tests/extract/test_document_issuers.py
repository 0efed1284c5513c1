"""A document named as a speaker ("The report said") speaks for whoever issued it, as the text said
when it first named the document (framing.extract.documents)."""

from __future__ import annotations

import pytest

from framing.extract import extract_statements
from framing.model import Document
from framing.registry_file import parse_registry

REGISTRY = parse_registry("""
actors:
  ministry:
    name: Ministry of the Interior of Cordavia
    aliases:
      en: [Cordavian Interior Ministry, Interior Ministry]
      ar: [وزارة الداخلية الكوردافية, وزارة الداخلية]
      ru: [МВД Кордавии, МВД]
  watch:
    name: Civic Watch
    aliases:
      en: [Civic Watch]
      ar: [منظمة الرقابة المدنية]
      ru: [Гражданский контроль]
  police:
    name: Police
    aliases:
      en: [police]
""", path="documents-registry.yml")


def speakers(text: str, lang: str = "en") -> list[tuple[str, str]]:
    """(speaker as written, actor) of each statement, in text order."""
    doc = Document(id="d", text=text, source="Test", lang=lang)
    return [(s.speaker, s.actor) for s in extract_statements(doc, REGISTRY, narration=False)]


CASES = [
    # introduced with an indefinite by the sentence's subject, then referred back to by a later paragraph
    ("Civic Watch released a report on Friday. The Interior Ministry issued a statement an hour later.\n\n"
     "The report said that detainees waited days for a lawyer.\n\n"
     "The statement said that every detainee saw a lawyer within a day.",
     "en", [("The report", "watch"), ("The statement", "ministry")]),
    # the owner written after the noun ("by"), although another actor opens the sentence
    ("The Interior Ministry dismissed a report by Civic Watch on Tuesday.\n\n"
     "The report said that officers fired rubber bullets.",
     "en", [("The report", "watch")]),
    # a possessor before the noun
    ("Civic Watch's latest report reached the newsrooms on Monday.\n\n"
     "The report said that the curfew emptied the markets.",
     "en", [("The report", "watch")]),
    # a definite mention with no owner refers back: it does not make its sentence's subject the issuer
    ("Civic Watch published a report on Monday.\n\n"
     "The police rejected the report as one-sided.\n\n"
     "The report also said that two reporters were held overnight.",
     "en", [("The police", "police"), ("The report", "watch")]),
    # Arabic: the accusative indefinite introduces the document; the article form refers back
    ("أصدرت منظمة الرقابة المدنية تقريراً يوم الجمعة.\n\n"
     "وأصدرت وزارة الداخلية بياناً في المساء.\n\n"
     "وقال التقرير إن المعتقلين انتظروا أياماً.\n\n"
     "وأكد البيان أن كل المعتقلين التقوا محامين.",
     "ar", [("التقرير", "watch"), ("البيان", "ministry")]),
    # Russian: no articles; the subject issuing the document is its issuer
    ("Гражданский контроль опубликовал доклад в пятницу.\n\n"
     "МВД распространило заявление вечером.\n\n"
     "В докладе говорится, что задержанные ждали адвоката несколько дней.\n\n"
     "В заявлении говорится, что все задержанные встретились с адвокатами.",
     "ru", [("докладе", "watch"), ("заявлении", "ministry")]),
]


@pytest.mark.parametrize("text, lang, expected", CASES)
def test_a_document_speaks_for_its_issuer(text: str, lang: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(text, lang) == expected


def test_a_capitalised_article_is_no_name() -> None:
    """"The report" at a sentence's start does not find "The Interior Ministry" by the name "The"."""
    text = ("The Interior Ministry criticised Civic Watch on Monday.\n\n"
            "Civic Watch published a report on the arrests.\n\n"
            "The report said that six students were detained.")
    assert speakers(text)[-1] == ("The report", "watch")

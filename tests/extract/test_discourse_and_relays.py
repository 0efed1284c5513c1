"""Constructions met in real news, one row each, in sentences written for these tests.

Resolution through the document's discourse (surnames, titles, descriptions,
documents, outlets, long organisation names, pronouns that agree), relays
(the innermost speaker speaks, the relayer goes to ``via``), intentions that
are no statements, and subjects that the verb's object or a relative clause
must not displace. Each case: a text and the statements expected as
(actor, kind, content, via), compared as a set.
"""

from __future__ import annotations

import pytest

from framing.extract import extract_statements
from framing.model import Document
from framing.registry_file import parse_registry

REGISTRY = parse_registry("""
actors:
  brandvik: {name: Ilse Brandvik, aliases: {en: [Ilse Brandvik], ru: [Ильза Брандвик]}}
  tallis: {name: Arthur Tallis, aliases: {en: [Arthur Tallis]}}
  dolan: {name: Marek Dolan, aliases: {en: [President Marek Dolan]}}
  transport:
    name: Ministry of Transport
    aliases: {en: [Ministry of Transport], ru: [Министерство транспорта], ar: [وزارة النقل]}
  union: {name: Dockworkers' Union, aliases: {en: [Dockworkers' Union]}}
  maritime: {name: Office of Maritime and Coastal Affairs, aliases: {en: [Office of Maritime and Coastal Affairs]}}
  petrova: {name: Anna Petrova, aliases: {ru: [Анна Петрова, Петрова], en: [Anna Petrova]}}
  sidorov: {name: Ivan Sidorov, aliases: {ru: [Иван Сидоров, Сидоров]}}
  media:
    name: News media
    kind: media
    aliases: {en: [Reuters, Nordic Wire], ru: [ТАСС, РИА Новости, Интерфакс], ar: [رويترز, وكالة الأنباء الشمالية]}
  opp:
    name: Opposition
    aliases: {en: [Freedom Party, Luka Brandt, Brandt], ar: [حزب الحرية, لوكا براندت], ru: [Партия свободы, Лука Брандт]}
""", path="test-registry.yml")


def run(text: str, lang: str) -> set[tuple[str, str, str, str]]:
    doc = Document(id="t", text=text, source="Test", lang=lang)
    return {(s.actor, s.kind, s.text, s.via) for s in extract_statements(doc, REGISTRY, narration=False)}


CASES = [
    # a surname alone resolves to the full name met before
    ("en", "Foreign Minister Ilse Brandvik arrived in Tromsø on Monday. Brandvik said the talks with the fishing "
           "fleet had been useful.",
     {("brandvik", "indirect", "the talks with the fishing fleet had been useful", "")}),
    # a title with a surname
    ("en", "Arthur Tallis opened the session. Mr Tallis told delegates that the budget would be cut by a tenth.",
     {("tallis", "indirect", "the budget would be cut by a tenth", "")}),
    # a role description resolves to the person who holds it
    ("en", "President Marek Dolan visited the flooded towns on Sunday. The president said the army would stay "
           "until the water receded.",
     {("dolan", "indirect", "the army would stay until the water receded", "")}),
    # an indefinite description is someone new, not the president speaking before
    ("en", "President Marek Dolan visited the flooded towns on Sunday. The president said the army would stay. "
           "A union leader said the pumps had come too late.",
     {("dolan", "indirect", "the army would stay", ""),
      ("unknown:A union leader", "indirect", "the pumps had come too late", "")}),
    # an institution's head noun refers back to it
    ("en", "The Ministry of Transport met the ferry operators. The ministry said that fares would rise in the spring.",
     {("transport", "indirect", "fares would rise in the spring", "")}),
    # a document speaks for its issuer
    ("en", "The Dockworkers' Union issued a statement on Friday. The statement said the strike would go on until "
           "wages were raised.",
     {("union", "indirect", "the strike would go on until wages were raised", "")}),
    # an outlet by its head noun is the registry's media actor
    ("en", "The newspaper reported that the port had been closed for three days.",
     {("media", "indirect", "the port had been closed for three days", "")}),
    # a long organisation name with one word changed
    ("en", "The Office for Maritime and Coastal Affairs said that the harbour would reopen on Thursday.",
     {("maritime", "indirect", "the harbour would reopen on Thursday", "")}),
    # an adverbial after the verb is not content
    ("en", "Luka Brandt said on Tuesday that the vote had been rigged.",
     {("opp", "indirect", "the vote had been rigged", "")}),
    # "quoted X as saying": X speaks, the outlet relays
    ("en", "Nordic Wire quoted Luka Brandt as saying the count had been stopped twice.",
     {("opp", "indirect", "the count had been stopped twice", "media")}),
    # intentions and refusals report nothing
    ("en", "Luka Brandt is expected to say that his party will boycott the vote.", set()),
    ("en", "Arthur Tallis declined to say whether the budget would be cut.", set()),
    # a relative clause after the speaker is not part of it
    ("en", "\"There is no money left,\" said Arthur Tallis, who chairs the finance committee.",
     {("tallis", "direct", "There is no money left,", "")}),
    # a pronoun goes to the entity that agrees with it in gender
    ("ru", "Министр Анна Петрова и посол Иван Сидоров встретились в Минске. Она заявила, что переговоры продолжатся.",
     {("petrova", "indirect", "переговоры продолжатся", "")}),
    # "как передает X": an outlet relays
    ("ru", "Как передает ТАСС, Лука Брандт заявил, что выборы были нечестными.",
     {("opp", "indirect", "выборы были нечестными", "media")}),
    # "X цитирует Y": Y speaks
    ("ru", "Интерфакс цитирует Луку Брандта: «Мы не признаем эти результаты».",
     {("opp", "direct", "Мы не признаем эти результаты", "media")}),
    # a correlative: the content is the clause after "в том, что"
    ("ru", "Анна Петрова выразила уверенность в том, что переговоры продолжатся на следующей неделе.",
     {("petrova", "indirect", "переговоры продолжатся на следующей неделе", "")}),
    # an inverted subject after the hearer and the time
    ("ru", "«Работы хватит на всех», — заявил журналистам в среду министр Иван Сидоров.",
     {("sidorov", "direct", "Работы хватит на всех", "")}),
    # "Об этом сообщил X" points back at the sentence before
    ("ru", "Переговоры возобновятся в понедельник в Минске. Об этом журналистам сообщил Иван Сидоров.",
     {("sidorov", "indirect", "Переговоры возобновятся в понедельник в Минске", "")}),
    # a negated or refused report is none
    ("ru", "Иван Сидоров не стал комментировать итоги голосования.", set()),
    # the hearer of "told" is not the speaker, nor a relayer
    ("en", "\"We are ready to talk,\" Brandt told Reuters on Wednesday.", {("opp", "direct", "We are ready to talk,", "")}),
    # an apposition, then a pronoun for the same speaker
    ("en", "Luka Brandt, the leader of the Freedom Party, said the count was a fraud. He added that his supporters "
           "would stay in the square.",
     {("opp", "indirect", "the count was a fraud", ""), ("opp", "indirect", "his supporters would stay in the square", "")}),
    # a topic with "о": what was spoken about
    ("ru", "Иван Сидоров рассказал о планах правительства по строительству новых дорог.",
     {("sidorov", "indirect", "о планах правительства по строительству новых дорог", "")}),
    # a verb-first clause: "في بيان" is where it was said, not part of the speaker
    ("ar", "قال حزب الحرية في بيان إن الانتخابات لم تكن نزيهة.",
     {("opp", "indirect", "الانتخابات لم تكن نزيهة", "")}),
    # a relative clause inside the subject: its verb is not the cue
    ("ar", "وقالت وزارة النقل التي تشرف على الموانئ إن الرحلات ستستأنف الخميس.",
     {("transport", "indirect", "الرحلات ستستأنف الخميس", "")}),
    # the object of a verb-first verb is not its subject
    ("ar", "دعت وزارة النقل المواطنين إلى تجنب السفر خلال العاصفة.",
     {("transport", "indirect", "المواطنين إلى تجنب السفر خلال العاصفة", "")}),
    # "نقل X عن Y قوله": Y speaks, X relays
    ("ar", "ونقلت وكالة الأنباء الشمالية عن لوكا براندت قوله إن فرز الأصوات توقف مرتين.",
     {("opp", "indirect", "فرز الأصوات توقف مرتين", "media")}),
]


@pytest.mark.parametrize("lang,text,expected", CASES, ids=[f"{c[0]}-{c[1][:40]}" for c in CASES])
def test_construction(lang, text, expected):
    assert run(text, lang) == expected


TITLED = parse_registry("""
actors:
  kovac: {name: Anna Kovac, aliases: {en: [Kovac], ru: [Шевченко], ar: [كوفاتش]}}
  brandt: {name: Luka Brandt, aliases: {en: [Brandt], ru: [Бонне], ar: [براندت]}}
""", path="test-registry-titled.yml")

TITLED_CASES = [
    # a title written just before a mention that does not include it gives the entity its gender,
    # so a pronoun agrees with the one it fits, not the subject before it
    ("en", "Mr Brandt met Ms Kovac on Monday. The talks went well, she said.",
     [("kovac", "she", "indirect", "The talks went well")]),
    ("en", "Mrs. Kovac met Mr. Brandt on Monday. The talks went well, he said.",
     [("brandt", "he", "indirect", "The talks went well")]),
    ("ru", "Г-н Бонне встретился с г-жой Шевченко в понедельник. Переговоры прошли хорошо, сказала она.",
     [("kovac", "она", "indirect", "Переговоры прошли хорошо")]),
    ("ar", "التقى السيد براندت السيدة كوفاتش يوم الاثنين. وقالت إن المحادثات كانت جيدة.",
     [("kovac", "", "indirect", "المحادثات كانت جيدة")]),
    # … a title that gives no gender gives none: the subject before is still meant
    ("en", "Dr Brandt met Dr Kovac on Monday. The talks went well, she said.",
     [("brandt", "she", "indirect", "The talks went well")]),
]


@pytest.mark.parametrize("lang,text,expected", TITLED_CASES, ids=[t[:30] for _, t, _ in TITLED_CASES])
def test_a_title_before_a_mention_gives_its_gender(lang, text, expected):
    doc = Document(id="t", text=text, source="Test", lang=lang)
    found = [(s.actor, s.speaker, s.kind, s.text) for s in extract_statements(doc, TITLED, narration=False)]
    assert found == expected

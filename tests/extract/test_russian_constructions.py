"""Russian constructions of news reporting, one per row: text → the exact set of (actor, kind, span text).

Sentences are invented (Ilmenia, an invented ministry and its officials); each row is one
construction the extractor reads by rule, with its negatives.
"""

from __future__ import annotations

import pytest

from framing.extract import extract_statements
from framing.model import Document
from framing.registry_file import parse_registry

REGISTRY = parse_registry("""
actors:
  ilmenia:
    name: Ilmenia
    aliases:
      ru: [МИД Ильмении, Ильмения, Оскар Ветлугин, Ветлугин, Вера Лаптева, Лаптева]
  union:
    name: Trade union
    aliases:
      ru: [профсоюз горняков, Пётр Семёнов, Семёнов]
""", path="test-registry-ru-constructions.yml")


def run(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, source="Test", lang="ru")
    return {(s.actor, s.kind, s.text) for s in extract_statements(doc, REGISTRY, narration=False)}


CASES = [
    # a comma always stands before «что»: after a hearer, a place or a time it ends no content
    ("Ветлугин сообщил журналистам, что делегация вернется в столицу к вечеру.",
     {("ilmenia", "indirect", "делегация вернется в столицу к вечеру")}),
    ("Лаптева написала в своем блоге, что консульство продолжит работу в обычном режиме.",
     {("ilmenia", "indirect", "консульство продолжит работу в обычном режиме")}),
    ("Семёнов сказал в пятницу, что шахтеры не выйдут на смену.",
     {("union", "indirect", "шахтеры не выйдут на смену")}),
    # a hearer closing a source phrase «как рассказал X …» is no content
    ("Как рассказал Семёнов журналистам в понедельник, шахтеры готовы к переговорам.",
     {("union", "indirect", "шахтеры готовы к переговорам")}),
    # a predicative adjective of conviction and a negated "исключить" report their clause …
    ("Лаптева уверена, что консульство откроется до конца месяца.",
     {("ilmenia", "indirect", "консульство откроется до конца месяца")}),
    ("Ветлугин не исключил, что переговоры перенесут на осень.",
     {("ilmenia", "indirect", "переговоры перенесут на осень")}),
    # … and nothing without it
    ("Семёнов уверен в победе профсоюза на выборах.", set()),
    # what an evaluation targets is a statement however short
    ("Профсоюз горняков в четверг осудил увольнения.", {("union", "indirect", "увольнения")}),
    # a gerund aside between the subject and its verb: the occasion, and the verb's subject across it
    ("Лаптева, отвечая на вопрос корреспондента, заявила, что визовый режим останется прежним.",
     {("ilmenia", "indirect", "визовый режим останется прежним")}),
    ("Семёнов, комментируя решение суда, подчеркнул, что забастовка продолжится.",
     {("union", "indirect", "забастовка продолжится")}),
    # the content first, then the document that holds it: the document's owner speaks
    ("Граница останется открытой для грузовиков, говорится в заявлении МИД Ильмении.",
     {("ilmenia", "indirect", "Граница останется открытой для грузовиков")}),
    ("«Шахты будут закрыты до конца проверки», — отмечается в сообщении профсоюза горняков.",
     {("union", "direct", "Шахты будут закрыты до конца проверки")}),
    # the feeling a feeling verb expresses is no content: what is hoped or regretted follows «что»
    ("Ветлугин выразил надежду, что делегация вернется к вечеру.",
     {("ilmenia", "indirect", "делегация вернется к вечеру")}),
    ("Семёнов выразил глубокое сожаление, что шахту закрыли без предупреждения.",
     {("union", "indirect", "шахту закрыли без предупреждения")}),
    ("Лаптева выразила надежду на скорое возобновление переговоров.",
     {("ilmenia", "indirect", "скорое возобновление переговоров")}),
    # a feeling's object in the instrumental, with no preposition: its case alone says what the feeling is about
    ("Семёнов выразил обеспокоенность увольнениями.", {("union", "indirect", "увольнениями")}),
    ("Лаптева выразила озабоченность ситуацией на границе.", {("ilmenia", "indirect", "ситуацией на границе")}),
    ("Профсоюз горняков выразил возмущение массовыми сокращениями.",
     {("union", "indirect", "массовыми сокращениями")}),
    # … not the dative of those condoled or supported, which is no statement
    ("Ветлугин выразил соболезнования семьям погибших.", set()),
    ("Ветлугин выразил поддержку шахтерам.", set()),
    # … nor a possessor in the genitive, whose adjective ends as an instrumental would ("-ой")
    ("Лаптева выразила озабоченность ильменской стороны.", set()),
    # a passive report with no document and no content names no one
    ("Ранее сообщалось о задержании двух шахтеров.", set()),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:30] for t, _ in CASES])
def test_russian_constructions(text, expected):
    assert run(text) == expected


SPEAKERS = [
    # a bare document stands for the issuer named before it
    ("Ветлугин выступил в парламенте. Граница останется открытой, отмечается в документе.",
     [("ilmenia", "документе", "indirect", "Граница останется открытой")]),
    ("Граница останется открытой, говорится в сообщении пресс-службы профсоюза горняков.",
     [("union", "пресс-службы профсоюза горняков", "indirect", "Граница останется открытой")]),
    # a subjectless passive report opening its sentence, as "It was announced that …": the last actor named
    ("Семёнов встретился с шахтерами. Было заявлено, что забастовка продолжится до понедельника.",
     [("union", "Было заявлено", "indirect", "забастовка продолжится до понедельника")]),
    ("Сообщается, что забастовка продолжится до понедельника.", []),
    # … but not the outlet pointing back at its own reports
    ("Семёнов встретился с шахтерами. Ранее сообщалось, что шахту закроют.", []),
    # a source set inside its content between commas: the one inside the commas speaks, not the noun
    # before them, and the content is the clause on both sides
    ("Переговоры, сообщил Ветлугин, продолжатся в понедельник.",
     [("ilmenia", "Ветлугин", "indirect", "Переговоры, сообщил Ветлугин, продолжатся в понедельник")]),
    ("Забастовка, говорится в заявлении профсоюза горняков, продлится до пятницы.",
     [("union", "профсоюза горняков", "indirect",
       "Забастовка, говорится в заявлении профсоюза горняков, продлится до пятницы")]),
    ("Семёнов приехал на шахту. Смена, заявил он, начнется позже обычного.",
     [("union", "он", "indirect", "Смена, заявил он, начнется позже обычного")]),
    ("Топливо закончилось, сообщил Семёнов, а автобусы встали.",
     [("union", "Семёнов", "indirect", "Топливо закончилось")]),
    # a circumstance before the subject (places, meetings, dates) is no part of who speaks, on either side
    ("В беседе с корреспондентами Ветлугин отметил, что делегация вернется.",
     [("ilmenia", "Ветлугин", "indirect", "делегация вернется")]),
    ("На брифинге председатель комиссии Лаптева заявила, что визы выдаются.",
     [("ilmenia", "председатель комиссии Лаптева", "indirect", "визы выдаются")]),
    ("В ходе встречи с министром Ильмении Оскаром Ветлугиным Семёнов подчеркнул, что шахты откроются.",
     [("union", "Семёнов", "indirect", "шахты откроются")]),
    ("Как заявил в беседе с журналистами в пятницу, 3 марта, министр Оскар Ветлугин, переговоры продолжатся.",
     [("ilmenia", "министр Оскар Ветлугин", "indirect", "переговоры продолжатся")]),
    ("Угольные шахты будут закрыты, заявил на встрече с рабочими глава профсоюза Пётр Семёнов.",
     [("union", "глава профсоюза Пётр Семёнов", "indirect", "Угольные шахты будут закрыты")]),
    # … but an organisation after its preposition speaks itself
    ("В МИД Ильмении заявили, что граница открыта.",
     [("ilmenia", "МИД Ильмении", "indirect", "граница открыта")]),
    # «что» before an inverted verb is the pronoun "what": no one is reported
    ("Ильмения хочет, чтобы все знали, что говорит министр Ветлугин.", []),
    ("Неважно, что заявил вчера Ветлугин.", []),
    # a bare «Так» points back ("this is how X commented"), as «Об этом» does, also with the subject first …
    ("Переговоры продолжатся в мае. Так Ветлугин прокомментировал корреспондентам итоги встречи.",
     [("ilmenia", "Ветлугин", "indirect", "Переговоры продолжатся в мае")]),
    ("Переговоры продолжатся в мае. Об этом Лаптева сообщила корреспондентам.",
     [("ilmenia", "Лаптева", "indirect", "Переговоры продолжатся в мае")]),
    ("Переговоры продолжатся в мае. Об этом корреспондентам рассказал Ветлугин.",
     [("ilmenia", "Ветлугин", "indirect", "Переговоры продолжатся в мае")]),
    ("Переговоры продолжатся в мае. Об этом в интервью газете «Север» заявил Ветлугин.",
     [("ilmenia", "Ветлугин", "indirect", "Переговоры продолжатся в мае")]),
    # … but «Так,» with its comma opens what follows, and so does a complement after the verb
    ("Переговоры продолжатся в мае. Так, Ветлугин заявил, что делегация вернется.",
     [("ilmenia", "Ветлугин", "indirect", "делегация вернется")]),
    ("Переговоры продолжатся в мае. Так Лаптева заявила, что визы выдаются.",
     [("ilmenia", "Лаптева", "indirect", "визы выдаются")]),
    # … not a list of subjects, an apposition, or a clause closed by its source
    ("Шахтеры, инженеры и водители вышли на митинг.", []),
    ("Лаптева, глава консульства, сообщила, что визы выдаются как обычно.",
     [("ilmenia", "Лаптева, глава консульства", "indirect", "визы выдаются как обычно")]),
    ("Две шахты закрыли на проверку, сообщил Семёнов, добавив, что зарплату выплатят.",
     [("union", "Семёнов", "indirect", "Две шахты закрыли на проверку"),
      ("union", "Семёнов", "indirect", "зарплату выплатят")]),
    # a hearer named by its dative case is neither content nor speaker: after the verb …
    ("Ветлугин сообщил депутатам областного парламента, что граница откроется в среду.",
     [("ilmenia", "Ветлугин", "indirect", "граница откроется в среду")]),
    ("Лаптева пообещала избирателям, что визы подешевеют.",
     [("ilmenia", "Лаптева", "indirect", "визы подешевеют")]),
    ("Семёнов сообщил «Шахтерской правде» о трех уволенных.",
     [("union", "Семёнов", "indirect", "о трех уволенных")]),
    ("Семёнов рассказал молодым шахтерам о новых правилах.",
     [("union", "Семёнов", "indirect", "о новых правилах")]),
    # … before an inverted subject, quoted or not, and after it
    ("Шахты откроются в мае, заявил «Горному вестнику» глава профсоюза Пётр Семёнов.",
     [("union", "глава профсоюза Пётр Семёнов", "indirect", "Шахты откроются в мае")]),
    ("«Граница открыта», — рассказал министр Оскар Ветлугин губернатору.",
     [("ilmenia", "министр Оскар Ветлугин", "direct", "Граница открыта")]),
    # … but a dative inside the content, an object before it, or a title's preposition stay
    ("Ветлугин сообщил, что депутатам парламента придется подождать.",
     [("ilmenia", "Ветлугин", "indirect", "депутатам парламента придется подождать")]),
    ("Ветлугин сообщил новость коллегам из министерства.",
     [("ilmenia", "Ветлугин", "indirect", "новость коллегам из министерства")]),
    ("«Граница открыта», — рассказала глава консульства Вера Лаптева.",
     [("ilmenia", "глава консульства Вера Лаптева", "direct", "Граница открыта")]),
    # an adverb or an object pronoun between the subject and its verb, and an adverb before the subject,
    # are no part of who speaks (by part of speech) …
    ("Семёнов приехал на шахту. Профсоюз горняков тут же заявил, что забастовка продолжится.",
     [("union", "Профсоюз горняков", "indirect", "забастовка продолжится")]),
    ("Ветлугин приехал в столицу. Министр вчера вечером сообщил, что граница откроется.",
     [("ilmenia", "Министр", "indirect", "граница откроется")]),
    ("Ветлугин приехал в столицу. Министр им ответил, что граница откроется.",
     [("ilmenia", "Министр", "indirect", "граница откроется")]),
    ("Ветлугин приехал в столицу. Тогда министр заявил, что граница откроется.",
     [("ilmenia", "министр", "indirect", "граница откроется")]),
    ("Ветлугин приехал в столицу. Позже министр заявил, что граница откроется.",
     [("ilmenia", "министр", "indirect", "граница откроется")]),
    # … but a quantity before a genitive, and a capitalised name, stay
    ("Ветлугин приехал в столицу. Немало экспертов полагают, что граница откроется.",
     [("unknown:Немало экспертов", "Немало экспертов", "indirect", "граница откроется")]),
    ("Глава профсоюза Иван Быстро заявил, что шахты откроются.",
     [("unknown:Глава профсоюза Иван Быстро", "Глава профсоюза Иван Быстро", "indirect", "шахты откроются")]),
    # a cue coordinated with the sentence's first verb shares its whole subject, not its first word
    ("Глава консульства Вера Лаптева назвала ситуацию сложной и призвала туристов вернуться.",
     [("ilmenia", "Глава консульства Вера Лаптева", "indirect", "туристов вернуться")]),
    ("Еще в марте Семёнов посетил шахту и пообещал, что зарплату повысят.",
     [("union", "Семёнов", "indirect", "зарплату повысят")]),
    ("Глава шахты встретился с рабочими и сообщил, что зарплату повысят.",
     [("unknown:Глава шахты", "Глава шахты", "indirect", "зарплату повысят")]),
]


@pytest.mark.parametrize("text,expected", SPEAKERS, ids=[t[:30] for t, _ in SPEAKERS])
def test_russian_speakers(text, expected):
    doc = Document(id="t", text=text, source="Test", lang="ru")
    found = [(s.actor, s.speaker, s.kind, s.text) for s in extract_statements(doc, REGISTRY, narration=False)]
    assert found == expected


# ru4: source phrases, phrasal and concluding verbs, hearsay particles, role nouns never an outlet
REGISTRY_MEDIA = parse_registry("""
actors:
  ilmenia:
    name: Ilmenia
    aliases:
      ru: [Оскар Ветлугин, Ветлугин, Вера Лаптева, Лаптева]
  wire:
    name: Wire
    aliases:
      ru: [ИЛТА, Полярный вестник]
""", path="test-registry-ru4.yml")

ROUND4 = [
    ("По заверению Лаптевой, консульство откроется в понедельник.",
     {("ilmenia", "indirect", "консульство откроется в понедельник")}),
    ("Со слов Ветлугина, переговоры продлятся неделю.", {("ilmenia", "indirect", "переговоры продлятся неделю")}),
    ("Ветлугин выступил в сенате. С его слов, посольство эвакуируют.",
     {("ilmenia", "indirect", "посольство эвакуируют")}),
    ("«Торопиться некуда», — заключил Ветлугин.", {("ilmenia", "direct", "Торопиться некуда")}),
    ("Ветлугин заключил, что соглашение выгодно обеим сторонам.",
     {("ilmenia", "indirect", "соглашение выгодно обеим сторонам")}),
    ("Лаптева обратила внимание, что визы подорожали.", {("ilmenia", "indirect", "визы подорожали")}),
    ("Ветлугин добавил также, что пошлины отменят.", {("ilmenia", "indirect", "пошлины отменят")}),
    ("Лаптева ответила, мол, решение еще не принято.", {("ilmenia", "indirect", "решение еще не принято")}),
    ("Ветлугин написал: дескать, виз не будет.", {("ilmenia", "indirect", "виз не будет")}),
    # negatives: a contract concluded, a gaze turned, a word of a different sense
    ("Ветлугин заключил контракт с подрядчиком.", set()),
    ("Лаптева обратила взор на север.", set()),
    ("Ветлугин, мол, ничего не знал.", set()),
]


@pytest.mark.parametrize("text,expected", ROUND4, ids=[t[:30] for t, _ in ROUND4])
def test_russian_round4(text, expected):
    assert run(text) == expected


def run_media(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, source="Test", lang="ru")
    return {(s.actor, s.speaker, s.text) for s in extract_statements(doc, REGISTRY_MEDIA, narration=False)}


ROLE_NOT_OUTLET = [
    # a role noun refers back to a person, never to the outlet or body that spoke last
    ("Премьер Оскар Ветлугин заявил, что налоги снизят, пишет ИЛТА. «Мы это обещали», — сказал глава правительства.",
     ("ilmenia", "глава правительства", "Мы это обещали")),
    ("Вера Лаптева выступила в парламенте. По данным «Полярного вестника», она уходит. «Я устала», — призналась политик.",
     ("ilmenia", "политик", "Я устала")),
    ("Вера Лаптева посетила порт. Агентство «Полярный вестник» сообщает, что порт закроют. "
     "Министр уточнила, что рабочих переведут.", ("ilmenia", "Министр", "рабочих переведут")),
]


@pytest.mark.parametrize("text,expected", ROLE_NOT_OUTLET, ids=[t[:30] for t, _ in ROLE_NOT_OUTLET])
def test_role_noun_is_no_outlet(text, expected):
    assert expected in run_media(text)


def test_role_noun_still_refers_to_the_outlet_free_speaker():
    # negative: a body named as a person's speaker stays the speaker, an outlet keeps its own report
    found = run_media("Вера Лаптева сообщила, что саммит перенесут. Министр также отметила, что дата не выбрана.")
    assert ("ilmenia", "Министр", "дата не выбрана") in found
    assert {a for a, _, _ in run_media("Агентство ИЛТА сообщило, что порт закроют.")} == {"wire"}


# ru5: credit lines after a report, an outlet's acronym as hearer, a source phrase or a verb inside the clause
REGISTRY_RU5 = parse_registry("""
actors:
  ostrava:
    name: Ostrava
    aliases:
      ru: [Аркадий Шубин, Шубин, Лидия Коврова, Коврова]
  gonets:
    name: Gonets
    aliases:
      ru: [ВЕСТА, Речной гонец]
""", path="test-registry-ru5.yml")

ROUND5 = [
    # an outlet's acronym after the verb is its hearer, not part of the speaker
    ("Паромы пустят в июне, сообщил ВЕСТА вице-премьер Аркадий Шубин.",
     {("ostrava", "вице-премьер Аркадий Шубин", "Паромы пустят в июне")}),
    ("Паромы пустят в июне, сообщил ВЕСТА Аркадий Шубин.", {("ostrava", "Аркадий Шубин", "Паромы пустят в июне")}),
    # a credit line after a report only relays it: no copy of the complement, no speaker taken as content
    ("Коврова заявила, что пристань отремонтируют, передает корреспондент «Речного гонца».",
     {("ostrava", "Коврова", "пристань отремонтируют")}),
    ("Коврова заявила, что пристань отремонтируют, пишет «Речной гонец».",
     {("ostrava", "Коврова", "пристань отремонтируют")}),
    ("Налог отменят. Об этом заявил губернатор Аркадий Шубин, пишет «Речной гонец».",
     {("ostrava", "губернатор Аркадий Шубин", "Налог отменят")}),
    # "по его мнению" between commas: the clause on both sides
    ("Шубин выступил в думе. Эта мера, по его мнению, спасет рыбаков.",
     {("ostrava", "по его мнению", "Эта мера, по его мнению, спасет рыбаков")}),
    # a connective alone before the inserted verb is no content
    ("Впрочем, подчеркнула Коврова, торги продолжатся.", {("ostrava", "Коврова", "торги продолжатся")}),
    ("Однако, отметил Шубин, квоты не изменятся.", {("ostrava", "Шубин", "квоты не изменятся")}),
    # negatives: an outlet's own report, an acronym that is the speaker, a subject before the inserted verb
    ("Пристань закроют на ремонт, пишет «Речной гонец».", {("gonets", "Речной гонец", "Пристань закроют на ремонт")}),
    ("Паромы пустят в июне, сообщил ВЕСТА.", {("gonets", "ВЕСТА", "Паромы пустят в июне")}),
    ("Торги, подчеркнула Коврова, продолжатся.", {("ostrava", "Коврова", "Торги, подчеркнула Коврова, продолжатся")}),
]


@pytest.mark.parametrize("text,expected", ROUND5, ids=[t[:30] for t, _ in ROUND5])
def test_russian_round5(text, expected):
    doc = Document(id="t", text=text, source="Test", lang="ru")
    assert {(s.actor, s.speaker, s.text) for s in extract_statements(doc, REGISTRY_RU5, narration=False)} == expected

"""Attribution with an empty registry: the speakers of wire and political news.

A researcher's registry never names everyone quoted: analysts, voters,
aides. These cases check that such statements are still found, with the
speaker mention as written. Each row is a text and the statements expected
as (speaker, kind, text), compared as a set.
"""

from __future__ import annotations

import pytest

from framing.actors import ActorRegistry
from framing.extract import extract_statements
from framing.model import Document

CASES = [
    # content first, then an inverted speaker with an apposition or a relative clause
    ("The vote will be close, said Maria Ortiz, a pollster at the Lerner Institute in Quito.",
     {("Maria Ortiz", "indirect", "The vote will be close")}),
    ("The port could reopen by Friday, said an engineer who had inspected the damage on Tuesday.",
     {("an engineer", "indirect", "The port could reopen by Friday")}),
    ("Turnout may have been lower than in 2019, said several observers.",
     {("several observers", "indirect", "Turnout may have been lower than in 2019")}),
    # a clause after "X, a doctor, said" is content, not a speaker
    ("Hugo Lind, a nurse, said the wards were full.", {("Hugo Lind, a nurse", "indirect", "the wards were full")}),
    # a rejected cue word ("hoped") bounds nothing
    ("Even in towns the party hoped to hold, the race will be tight, said Omar Haddad.",
     {("Omar Haddad", "indirect", "Even in towns the party hoped to hold, the race will be tight")}),
    # a participle after the attribution starts something new, or is a manner adjunct
    ('The two leaders will meet next week, Kessler said, adding, "They have a lot to settle."',
     {("Kessler", "indirect", "The two leaders will meet next week"),
      ("Kessler", "direct", "They have a lot to settle.")}),
    ("Business was slow, she said, wiping down the counter.", {("she", "indirect", "Business was slow")}),
    # a quotation closing a clause: the whole clause is the content
    ('The ruling was "a disgrace," he said.', {("he", "indirect", 'The ruling was "a disgrace,"')}),
    ('The new tariff is "reckless," said Ines Bauer, who chairs the traders\' association.',
     {("Ines Bauer", "indirect", 'The new tariff is "reckless,"')}),
    # a quotation that opens its sentence stays a direct statement
    ("“We will rebuild every school,” said Ada Moreno.", {("Ada Moreno", "direct", "We will rebuild every school,")}),
    # a party label in parentheses is not part of the sentence break or the speaker
    ("Sen. Dana Reyes (D-Ore.) said that the bill would not pass this year.",
     {("Sen. Dana Reyes", "indirect", "the bill would not pass this year")}),
    ("Rep. Tom Akers (R-Texas) told reporters the deal was dead.",
     {("Rep. Tom Akers", "indirect", "the deal was dead")}),
    # "told" with no "that": the hearer is skipped
    ("She told the crowd in Dayton it was time for a change.", {("She", "indirect", "it was time for a change")}),
    ("Okafor told Radio Lagos on Sunday the strike would go on.",
     {("Okafor", "indirect", "the strike would go on")}),
    ("Inspector Lamb told AP the fire had started in the kitchen.",
     {("Inspector Lamb", "indirect", "the fire had started in the kitchen")}),
    # characterising with a quoted predicate ("called X “…”") is a statement
    ('The coach called the referee "a disgrace" and said he would appeal.',
     {("The coach", "indirect", 'the referee "a disgrace"'), ("The coach", "indirect", "he would appeal")}),
    ("The mayor called a meeting for Monday.", set()),
    # a participle after a main verb that is no cue has that verb's subject
    ("Pereira attacked the budget, calling it “a gift to the banks.”",
     {("Pereira", "direct", "a gift to the banks.")}),
    ("On Friday, the minister visited the mine, telling workers that wages would rise.",
     {("the minister", "indirect", "wages would rise")}),
    ("Asked about the fine, a spokesman declined to comment, saying the firm would appeal.",
     {("a spokesman", "indirect", "the firm would appeal")}),
    ("The new law took effect in May, putting 300 firms out of business.", set()),
    # questions
    ("“Who pays for this?” she asked.", {("she", "direct", "Who pays for this?")}),
    ("Reporters asked whether the talks had failed.", {("Reporters", "indirect", "whether the talks had failed")}),
    # an infinitive is an intention, not a statement yet
    ("The president is expected to say more on Thursday.", set()),
    # "…, he told reporters.": the hearer is no content
    ("Both plants will stay open, he told reporters.", {("he", "indirect", "Both plants will stay open")}),
    ("The contract was never signed, she told the court in a filing.",
     {("she", "indirect", "The contract was never signed")}),
    ("Wolff urged both sides to return to the table.", {("Wolff", "indirect", "both sides to return to the table")}),
    # a quotation right before "according to" is the content
    ("“Inspectors will return in the spring,” according to the agency.",
     {("the agency", "direct", "Inspectors will return in the spring,")}),
    # a plural noun that spells like a verb ("four states") is no cue, and a clause is no subject
    ("The campaign has booked airtime in four Super Tuesday states, according to people who track ad buys.",
     {("people who track ad buys", "indirect", "The campaign has booked airtime in four Super Tuesday states")}),
    ("The union has rejected the offer and called for a strike.",
     {("The union", "indirect", "the offer"), ("The union", "indirect", "a strike")}),
    # a relative "that" far into the content is not a complementizer
    ("Lopez said Ruiz ran a campaign in Leon that shaped the race.",
     {("Lopez", "indirect", "Ruiz ran a campaign in Leon that shaped the race")}),
    ("About three in 10 said they would stay home.", {("About three in 10", "indirect", "they would stay home")}),
    ("Turnout rose in 11 states, and in two it set a record.", set()),
    # a sentence that opens with the verb: 'Said X, "…"'
    ('Said Moreau, "Nobody here has ever seen water this high."',
     {("Moreau", "direct", "Nobody here has ever seen water this high.")}),
    # "X, who said …, …": the relative clause's content ends at its comma, and X speaks
    ("Ms. Ito, who said she had not slept in two days, left before noon.",
     {("Ms. Ito", "indirect", "she had not slept in two days")}),
    # a discourse adverbial between the subject and the verb
    ("Chairman Ruth Abe, for example, said the count would take a week.",
     {("Chairman Ruth Abe", "indirect", "the count would take a week")}),
    # a participle after a closed statement is a statement of its own; after open content, part of it
    ('"We can still win," Ms. Oduya said, adding that the count was not over.',
     {("Ms. Oduya", "direct", "We can still win,"), ("Ms. Oduya", "indirect", "the count was not over")}),
    ("Ms. Oduya said the race was close, adding that the count was not over.",
     {("Ms. Oduya", "indirect", "the race was close, adding that the count was not over")}),
    # an attribution inside the content: the content runs on both sides
    ("Most of the market stalls, he said on Monday, stayed shut all week.",
     {("he", "indirect", "Most of the market stalls, he said on Monday, stayed shut all week")}),
    # a relative clause that closes the sentence is the writer's gloss; one closed by a comma is not
    ("Kaur said she backs the final bill, which includes new audits.", {("Kaur", "indirect", "she backs the final bill")}),
    ("Kaur said the bill, which passed in May, was flawed.",
     {("Kaur", "indirect", "the bill, which passed in May, was flawed")}),
    ("Ferris, who says the port must stay open, wrote that the closure \"helps nobody.\"",
     {("Ferris", "indirect", "the port must stay open"), ("Ferris", "indirect", 'the closure "helps nobody."')}),
    # "threatened to veto the bill that …": the "that" is a relative inside the content
    ("The governor threatened to veto the bill that caps rents.",
     {("The governor", "indirect", "to veto the bill that caps rents")}),
    # findings of documents and beliefs with a bare clause
    ("Recent polls show Mendes leading in the north.", {("Recent polls", "indirect", "Mendes leading in the north")}),
    ("The audit found 40% of the invoices had been paid twice.",
     {("The audit", "indirect", "40% of the invoices had been paid twice")}),
    ("Farmers believe the new dam will dry out their fields.",
     {("Farmers", "indirect", "the new dam will dry out their fields")}),
    ("Okoro thinks he can still win.", {("Okoro", "indirect", "he can still win")}),
    ("Police found a body in the river.", set()),
    ("The minister expected the bill to pass.", set()),
    # a subordinator is not part of the speaker; a time after a short name is not either
    ("Although Vance has admitted the error, he does not regret it.",
     {("Vance", "indirect", "the error, he does not regret it")}),
    ("The Herald on Sunday wrote that the mayor had resigned.", {("The Herald", "indirect", "the mayor had resigned")}),
    # a second speaker after "and" ends the first statement
    ("The minister insisted that the reforms were working, and rights groups warned that arrests had doubled.",
     {("The minister", "indirect", "the reforms were working"),
      ("rights groups", "indirect", "arrests had doubled")}),
    ("Asked about the war, 42% said the troops should come home.",
     {("42%", "indirect", "the troops should come home")}),
    ("Two-thirds say the fare rise is unfair.", {("Two-thirds", "indirect", "the fare rise is unfair")}),
    ("Neighbours, colleagues and former rivals say that Ibsen earned the post.",
     {("Neighbours, colleagues and former rivals", "indirect", "Ibsen earned the post")}),
    # a finding inside reported content stays inside it; a coordinated speech verb keeps the speaker
    ("The party sent an email saying that the results in Leon and Tarma show the race is close.",
     {("The party", "indirect", "the results in Leon and Tarma show the race is close")}),
    ("The minister said that the talks had failed and urged calm.",
     {("The minister", "indirect", "the talks had failed"), ("The minister", "indirect", "calm")}),
    ("The mayor condemned the looting and called for calm.",
     {("The mayor", "indirect", "the looting"), ("The mayor", "indirect", "calm")}),
    # a list of predicates of one subject: each verb after the comma that ends an object inherits it
    ("In a radio address, she thanks the nurses who stayed, urges the council to reopen the clinics and calls upon "
     "donors to give.",
     {("she", "indirect", "the nurses who stayed"), ("she", "indirect", "the council to reopen the clinics"),
      ("she", "indirect", "donors to give")}),
    ("Ruiz praised the volunteers, thanked the firefighters and urged residents to stay indoors.",
     {("Ruiz", "indirect", "the volunteers"), ("Ruiz", "indirect", "the firefighters"),
      ("Ruiz", "indirect", "residents to stay indoors")}),
    # a quotation in parentheses is its own statement, not the sentence around it
    ('The decision drew anger from members ("We want our dues back," wrote Ola Berg, a welder).',
     {("Ola Berg", "direct", "We want our dues back,")}),
    # a spelled-out number makes "states" a noun
    ("Turnout rose in all five states voting on Tuesday.", set()),
    # "said" is never a performative: only declaring verbs perform acts
    ("Police announced an arrest and said a curfew would stay in force.",
     {("Police", "indirect", "an arrest"), ("Police", "indirect", "a curfew would stay in force")}),
    ("The president announced a curfew in the capital.", set()),
    # a coordinated predicate ends the content; so does a closed quotation after "says,"
    ("Lind urged members to vote, and visited the picket line.", {("Lind", "indirect", "members to vote")}),
    # evaluations of a target are statements; firing a cabinet is not
    ("The union welcomed the ruling and criticized the board's silence.",
     {("The union", "indirect", "the ruling"), ("The union", "indirect", "the board's silence")}),
    ("The president dismissed the cabinet on Wednesday.", set()),
    ('She urges him to stay inside and repeatedly says, "Don\'t go," until the line goes dead.',
     {("She", "indirect", "him to stay inside"), ("She", "direct", "Don't go,")}),
    # a clause after "X, who …, said" is content, not an inverted speaker
    ("Analyst Mia Ross, who studies housing at the Tenley Institute, said the city's plan didn't add up.",
     {("Analyst Mia Ross", "indirect", "the city's plan didn't add up")}),
    # a title's full stop is no sentence end
    ("The deal was fair, said Mr. Osei, the lawyer for the village.", {("Mr. Osei", "indirect", "The deal was fair")}),
    # a chain of appositions after a quotation
    ("“It is an overreach,” Ruth Amsel, the attorney general of Leon, one of the states suing the agency, said.",
     {("Ruth Amsel, the attorney general of Leon, one of the states suing the agency", "direct", "It is an overreach,")}),
    # a quoted programme title is not speech
    ('In an interview on ZTV\'s "Sunday Hour," Senator Ana Reyes said the vote would be close.',
     {("Senator Ana Reyes", "indirect", "the vote would be close")}),
    # "X did this and said …": the sentence's subject
    ('She appeared on "Morning Desk" and said the bill was dead.', {("She", "indirect", "the bill was dead")}),
    # a long quotation that closes a clause: the clause is the content
    ("The plan sends a clear message that the first priority ''is cutting the deficit,'' Ms. Amadi said.",
     {("Ms. Amadi", "indirect", "The plan sends a clear message that the first priority ''is cutting the deficit,''")}),
    # aims reported of an actor are statements
    ("The bloc wants an immediate ceasefire and seeks talks in Geneva.",
     {("The bloc", "indirect", "an immediate ceasefire"), ("The bloc", "indirect", "talks in Geneva")}),
    ("Voters who want change are restless.", set()),
    # more verbs of saying, and their participles
    # an evaluation's object ends at its clause; the participle after it is a statement of its own
    ("Mayor Ortiz touted the new bus lanes, reminding voters that fares had not risen.",
     {("Mayor Ortiz", "indirect", "the new bus lanes"), ("Mayor Ortiz", "indirect", "fares had not risen")}),
    ("Pereira visited the depot, reminding workers that fares had not risen.",
     {("Pereira", "indirect", "fares had not risen")}),
    # "…, he said:" at the end of a cut page: what precedes is the question, and nothing follows
    ("Asked about reports that the “curfew in the north” would be extended to the south, he said:", set()),
    # progressives report with a complement, a feeling or an evaluation; else they are ongoing acts
    ("The union and several lawmakers are expressing deep concern over the new curfew.",
     {("The union and several lawmakers", "indirect", "the new curfew")}),
    ("Officials are saying that the bridge will reopen on Monday.",
     {("Officials", "indirect", "the bridge will reopen on Monday")}),
    ("Riot police are responding with water cannon to the crowds.", set()),
    ("The nurses are asking for a raise of 9%.", set()),
    # an absolute "with" in the sentence before makes no participle of a noun ("The sharp rebuke came")
    ("“Order will be restored,” Ruiz said. “No exceptions will be made, with no delay.” The sharp rebuke "
     "came as crowds gathered at the port.",
     {("Ruiz", "direct", "Order will be restored,"), ("Ruiz", "direct", "No exceptions will be made, with no delay.")}),
    # a feeling's content is what it is about (the real-news guidelines, section 4: "Evaluations and
    # feelings: the object"; "expressing deep concern over X" gives X)
    ("The envoy expressed concern about the shelling.", {("The envoy", "indirect", "the shelling")}),
    # what someone spoke about or against
    ("The general spoke of saboteurs trained abroad.", {("The general", "indirect", "saboteurs trained abroad")}),
    ("Rep. Ida Cole railed against the port deal.", {("Rep. Ida Cole", "indirect", "the port deal")}),
    # "that" after a verb that takes an object is a determiner
    ("Judge Amal Rizk rejected that argument on Thursday.", {("Judge Amal Rizk", "indirect", "that argument on Thursday")}),
    # a hearer-taking verb with a "that" far into its object: a relative clause
    ("He accused the board and the unions that backed it of lying.",
     {("He", "indirect", "the board and the unions that backed it of lying")}),
    # nouns that spell like cue verbs: "battleground states", "court of appeals"
    ("Voters in the battleground states could decide the race.", set()),
    ("The court of appeals sent the case back.", set()),
    ("The audit states that the bridge was unsafe.", {("The audit", "indirect", "the bridge was unsafe")}),
    # shares and groups of people speak
    ("Only 9 percent said they were undecided, while 31 percent said they could still switch.",
     {("Only 9 percent", "indirect", "they were undecided"), ("31 percent", "indirect", "they could still switch")}),
    ("Most said the economy mattered more than immigration.",
     {("Most", "indirect", "the economy mattered more than immigration")}),
    # a month is a time, not part of the speaker's name
    ("On 3 March Laura Pike said the audit was complete.", {("Laura Pike", "indirect", "the audit was complete")}),
    # "victory" in the setting of the speech does not make "said" an act
    ("“This is your night,” he said in his victory speech.", {("he", "direct", "This is your night,")}),
]


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:40] for t, _ in CASES])
def test_statements_of_unregistered_speakers(text, expected):
    doc = Document(id="t", text=text, source="T", lang="en")
    got = {(s.speaker, s.kind, s.text) for s in extract_statements(doc, ActorRegistry(), narration=False)}
    assert got == expected

"""Table-driven attribution tests: one construction per row, with negatives.

Each case is a short text, and the statements expected as
(actor, kind, text of the span) — compared as a set.
"""

from __future__ import annotations

import pytest

from framing.registry_file import parse_registry
from framing.extract import extract_statements
from framing.model import Document

REGISTRY = parse_registry("""
actors:
  gov:
    name: Government of Veloria
    aliases:
      en: [Veloria's government, the Velorian government, Prime Minister Anna Kovac, Kovac, Interior Ministry,
           the interior ministry, Velorian President, President Marek Dolan, Dolan]
      ar: [الحكومة الفيلورية, رئيسة الوزراء آنا كوفاتش, كوفاتش, وزارة الداخلية, الرئيس الفيلوري, دولان]
  opp:
    name: Opposition
    aliases:
      en: [the opposition, Freedom Party, Luka Brandt, Brandt]
      ar: [المعارضة, حزب الحرية, لوكا براندت, براندت]
  eu:
    name: European Union
    aliases:
      en: [EU, European Union, Borrell, Josep Borrell, Peter Stano, "@ExtSpoxEU"]
      ar: [الاتحاد الأوروبي, بوريل]
  un:
    name: United Nations
    aliases:
      en: [UN, United Nations, Guterres, Antonio Guterres]
      ar: [الأمم المتحدة, غوتيريش]
  media:
    name: Media
    aliases:
      en: [Reuters, local media, correspondent]
      ar: [رويترز, وكالة رويترز, مراسل]
  amnesty:
    name: Amnesty International
    aliases:
      en: [Amnesty International, Amnesty]
      ar: [منظمة العفو الدولية]
""", path="test-registry.yml")


def run(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, source="Test", lang=lang)
    return {(s.actor, s.kind, s.text) for s in extract_statements(doc, REGISTRY, narration=False)}


EN = [
    # quote, then attribution
    ("“We will not negotiate with rioters,” Kovac said on Monday.",
     {("gov", "direct", "We will not negotiate with rioters,")}),
    # quote, then inverted attribution
    ("“The curfew stays in place,” said Dolan.",
     {("gov", "direct", "The curfew stays in place,")}),
    # attribution, colon, quote
    ("Brandt told supporters: \"This government has lost the people.\"",
     {("opp", "direct", "This government has lost the people.")}),
    # said that
    ("The European Union said that it was deeply concerned by the arrests.",
     {("eu", "indirect", "it was deeply concerned by the arrests")}),
    # said without that
    ("Guterres said the violence must stop immediately.",
     {("un", "indirect", "the violence must stop immediately")}),
    # told X that
    ("Kovac told reporters in the capital that order had been restored.",
     {("gov", "indirect", "order had been restored")}),
    # according to, after
    ("Three people were killed overnight, according to Reuters.",
     {("media", "indirect", "Three people were killed overnight")}),
    # an inverted speaker, then where and when it spoke
    ("Two people died in the clashes, said the Interior Ministry in a statement on Monday.",
     {("gov", "indirect", "Two people died in the clashes")}),
    # according to, between a subject and its verb: one clause; between two clauses: the second;
    # before a relative clause of the source: the clause before
    ("The EU, according to Borrell, remains ready to mediate.",
     {("eu", "indirect", "The EU, according to Borrell, remains ready to mediate")}),
    ("Crowds grew near the port, according to Reuters, protesters set up barricades.",
     {("media", "indirect", "protesters set up barricades")}),
    ("Schools stayed closed, according to Amnesty International, which said dozens were detained.",
     {("amnesty", "indirect", "Schools stayed closed")}),
    # according to, before
    ("According to Amnesty International, dozens of protesters were detained without charge.",
     {("amnesty", "indirect", "dozens of protesters were detained without charge")}),
    # interrupted quote
    ("“We are ready to talk,” Brandt said, “but not under threat.”",
     {("opp", "direct", "We are ready to talk,"), ("opp", "direct", "but not under threat.")}),
    # pronoun continuation in the next sentence
    ("Guterres urged all sides to show restraint. He added that the UN stood ready to help.",
     {("un", "indirect", "all sides to show restraint"), ("un", "indirect", "the UN stood ready to help")}),
    # joint speakers
    ("The EU and the UN called for an independent investigation.",
     {("eu", "indirect", "an independent investigation"), ("un", "indirect", "an independent investigation")}),
    # appositive speaker
    ("Luka Brandt, the leader of the Freedom Party, said the vote had been stolen.",
     {("opp", "indirect", "the vote had been stolen")}),
    # title chain before the name
    ("The spokesperson for the European Union, Peter Stano, said: “We condemn the use of force.”",
     {("eu", "direct", "We condemn the use of force.")}),
    # speaker unknown to the registry is kept
    ("“They fired at us without warning,” said Tomas Weber, a shopkeeper.",
     {("unknown:Tomas Weber", "direct", "They fired at us without warning,")}),
    # discourse marker before the subject, adverb before the verb
    ("Meanwhile, the opposition reportedly claimed that the results were forged.",
     {("opp", "indirect", "the results were forged")}),
    # passive, impersonal: no statement
    ("Dozens have been reported injured in the clashes.", set()),
    # scare quotes in narration: no statement
    ("The so-called “reforms” were passed in a single night.", set()),
    # a speech verb as an adjective: no statement
    ("The government's stated goal was stability.", set()),
    # an act, not speech
    ("Dolan declared a state of emergency in the capital.", set()),
    # ... but a clause after "that" is reported, whatever act it names
    ("Kovac announced that the curfew in the northern towns would be lifted at midnight.",
     {("gov", "indirect", "the curfew in the northern towns would be lifted at midnight")}),
    # a quote in the speaker's own words holds no new cue
    ("“I said that we would act,” Kovac stressed.",
     {("gov", "direct", "I said that we would act,")}),
    # typewriter quotes of some wires and archives
    ("''We will not step down,'' Dolan said.", {("gov", "direct", "We will not step down,")}),
    # content first, inverted attribution last
    ("Three people died overnight, said the Interior Ministry.",
     {("gov", "indirect", "Three people died overnight")}),
    # a definite noun phrase as the speaker, after the content
    ("Roads into the capital were closed, the national weather service said.",
     {("unknown:the national weather service", "indirect", "Roads into the capital were closed")}),
    # an adverb and an auxiliary between subject and verb
    ("The opposition has repeatedly said that the count was rigged.",
     {("opp", "indirect", "the count was rigged")}),
    # a relative clause with its own commas inside the apposition
    ("Amnesty International, which monitors arrests, trials and prisons, says 300 people are held.",
     {("amnesty", "indirect", "300 people are held")}),
    # a participle with no cue before it in the sentence takes the sentence's subject
    ("Brandt defended the boycott, saying the election was a sham.",
     {("opp", "indirect", "the election was a sham")}),
    # a wire dateline is not part of the content
    ("CAPITAL CITY, March 3 (Reuters) - Fuel prices doubled overnight, the Interior Ministry said.",
     {("gov", "indirect", "Fuel prices doubled overnight")}),
    # the relaying source is kept as via, the speaker is the one quoted
    ("According to Reuters, Guterres said the UN was ready to mediate.",
     {("un", "indirect", "the UN was ready to mediate")}),
    # a compound word is not a cue
    ("The so-called “reform package” passed overnight.", set()),
    # a finding verb is a cue only with a complement; an act is not
    ("Police found two bodies near the square.", set()),
    ("An Amnesty report found that detainees were beaten.", {("amnesty", "indirect", "detainees were beaten")}),
    # where and when, with no "that", are not part of the content
    ("The European Union said in a statement it was following the situation closely.",
     {("eu", "indirect", "it was following the situation closely")}),
    ("Kovac said on Instagram he was ready for talks.", {("gov", "indirect", "he was ready for talks")}),
    # a long adverbial after an attribution that follows its content is no content
    ("Two bridges were closed overnight, Kovac said in an interview with a regional broadcaster.",
     {("gov", "indirect", "Two bridges were closed overnight")}),
    # a source phrase interposed inside its clause: the content runs on both sides
    ("And the border, according to Amnesty, remains closed to aid convoys.",
     {("amnesty", "indirect", "the border, according to Amnesty, remains closed to aid convoys")}),
    ("Three people were killed, according to Reuters, and dozens were hurt.",
     {("media", "indirect", "Three people were killed")}),
    # "citing" with no source after it is the participle of an object verb, not a source phrase
    ("Kovac praised the police, citing attacks on patrols in the north.",
     {("gov", "indirect", "the police"), ("gov", "indirect", "attacks on patrols in the north")}),
    # a relative clause that quotes the speaker describes the object in the speaker's words
    ("Kovac condemned the raids, citing riots abroad, where police “fire at will”.",
     {("gov", "indirect", "the raids"), ("gov", "indirect", "riots abroad, where police “fire at will”")}),
    ("Brandt criticised the verdict, which he called “a farce from the start”.",
     {("opp", "indirect", "the verdict, which he called “a farce from the start”")}),
    # a passive first verb and a coordinated cue: the subject of the first ("was asked about it and replied")
    ("At the ministry, spokesman Luka Brandt was asked about it and replied that the strike was illegal.",
     {("opp", "indirect", "the strike was illegal")}),
    # a quotation whose attribution runs on after a line break
    ("“We will hold the line in every district and every town,”\nKovac told her party's weekly meeting.",
     {("gov", "direct", "We will hold the line in every district and every town,")}),
    # a dateline's "(Agency)—" ends the lead: the name after it is the sentence's subject, whom "He" means
    ("May 2, 2024 (WIRE)—On May 1 Speaker of the Assembly Luka Brandt was joined at a rally by students from the "
     "European Union Youth Forum. He thanked them for standing up for the vote.",
     {("opp", "indirect", "them for standing up for the vote")}),
    # a naming verb's quoted predicate ends the content, after a longer object too
    ("Dolan described the marches in the northern towns as “riots,” borrowing the words of the police.",
     {("gov", "indirect", "the marches in the northern towns as “riots,”")}),
    # a circumstance right after the quoted words is the writer's
    ("Kovac warned the opposition not to “stir up the streets” amid a widening dispute over the vote count.",
     {("gov", "indirect", "the opposition not to “stir up the streets”")}),
    # where it was said, after the quoted words and a comma, is no content
    ("Guterres also voiced alarm over “the arrest of reporters covering the vote,” in a statement issued late on "
     "Friday.", {("un", "direct", "the arrest of reporters covering the vote,")}),
    # content before an attribution, with a quotation inside its clause and a participle adjunct after it
    ("A wave of “fear and anger” has swept the capital, Kovac, the prime minister, said on Monday, ignoring calls "
     "to resign.", {("gov", "indirect", "A wave of “fear and anger” has swept the capital")}),
    # ... but not after a clause, nor before an apposition to the source
    ("Taxes would rise for most families, according to Amnesty, a group that tracks budgets.",
     {("amnesty", "indirect", "Taxes would rise for most families")}),
    # accusations keep the accused; a time or a reason before the subject is no content
    ("Last week, Kovac accused Brandt of taking bribes.", {("gov", "indirect", "Brandt of taking bribes")}),
    ("Citing an unfounded rumour, Kovac accused Brandt of taking bribes.",
     {("gov", "indirect", "Brandt of taking bribes")}),
    # a naming verb's object ends at a comma; a quotation after it is no predicate
    ("At his rally, Dolan called the farmers to the stage, singing “Our Land Is Free Again.”",
     {("gov", "indirect", "the farmers to the stage")}),
    # a quotation, a comma and a clause that goes on: the content goes on too
    ("Brandt said there remains a “huge gap between the two parties,” when it comes to the budget.",
     {("opp", "indirect", "there remains a “huge gap between the two parties,” when it comes to the budget")}),
    # a report inside another actor's report is that actor's statement too; by the same actor it is not
    ("Brandt said that Guterres had promised to send observers to the vote.",
     {("opp", "indirect", "Guterres had promised to send observers to the vote"),
      ("un", "indirect", "to send observers to the vote")}),
    ("Dolan said that Kovac had promised to lift the curfew.",
     {("gov", "indirect", "Kovac had promised to lift the curfew")}),
    ("Brandt said Guterres had warned against new arrests.",
     {("opp", "indirect", "Guterres had warned against new arrests"), ("un", "indirect", "against new arrests")}),
    # the noun after "told" is the addressee, not the speaker
    ("“This is not about parties,” one organiser, who asked not to be named, told Reuters.",
     {("unknown:one organiser", "direct", "This is not about parties,")}),
    # content that only points back is no statement of its own
    ("Dolan accused the opposition of lying. Brandt denied that.",
     {("gov", "indirect", "the opposition of lying")}),
    # what an evaluation targets is a statement however short, as what a call demands
    ("Amnesty International on Friday condemned censorship.", {("amnesty", "indirect", "censorship")}),
    # "made (it) clear", a cue of several words; "hinted" with its clause
    ("Dolan has made it clear that the army would stay out of the cities.",
     {("gov", "indirect", "the army would stay out of the cities")}),
    ("Brandt hinted that the party could join a unity cabinet.",
     {("opp", "indirect", "the party could join a unity cabinet")}),
    # a stance with a copula reports its clause; without one it reports nothing
    ("Brandt was adamant that the runoff would go ahead without observers.",
     {("opp", "indirect", "the runoff would go ahead without observers")}),
    ("The European Union remains convinced that sanctions will not be needed.",
     {("eu", "indirect", "sanctions will not be needed")}),
    ("Kovac is confident of a clear majority in the spring.", set()),
    ("We can be confident that the reform will pass next year.", set()),  # a modal stance reports nothing
    # an imperative "Let me" is no speaker
    ("Let me make clear what the reform means for every family in the north.", set()),
    # an impersonal passive with its agent: the agent speaks
    ("It was announced by the interior ministry that the border would stay closed until May.",
     {("gov", "indirect", "the border would stay closed until May")}),
    # the passive of a relay verb: its subject speaks, before or after the content
    ("Kovac was quoted as saying that the border crossings would reopen on Thursday.",
     {("gov", "indirect", "the border crossings would reopen on Thursday")}),
    ("The border crossings will reopen on Thursday, Brandt was quoted as saying by local media.",
     {("opp", "indirect", "The border crossings will reopen on Thursday")}),
    # a participle aside between the subject and its verb: the occasion, and the verb's subject across it
    ("Brandt, replying to a question from a student, said the party would boycott the runoff.",
     {("opp", "indirect", "the party would boycott the runoff")}),
    # a passive participle or a subordinate clause in the aside: the subject was asked, and speaks in the verb
    ("Dolan, asked whether the army would be deployed, said the police could cope alone.",
     {("gov", "indirect", "the police could cope alone")}),
    ("Brandt, when pressed on the boycott, said the party would decide by Friday.",
     {("opp", "indirect", "the party would decide by Friday")}),
    # ... but an evaluation in the aside is a statement of its own
    ("Guterres, praising the election monitors, said the count should be published in full.",
     {("un", "indirect", "the election monitors"), ("un", "indirect", "the count should be published in full")}),
    # an inverted speaker's title with the body it serves ("spokesman for Y"), after the name or alone; a
    # relative clause after the apposition is not the speaker's
    ("The march will go ahead, said Tom Berg, spokesman for the Freedom Party.",
     {("opp", "indirect", "The march will go ahead")}),
    ("The army withdrew, said a spokesman for Amnesty.", {("amnesty", "indirect", "The army withdrew")}),
    ("Nurses will picket the clinic all week, said Tom Berg, spokesman for the Freedom Party, the party that "
     "speaks for them.", {("opp", "indirect", "Nurses will picket the clinic all week")}),
    ("The march will go ahead, said Tom Berg, spokesman for the party.",
     {("unknown:Tom Berg", "indirect", "The march will go ahead")}),
    # a place alone before a dash or a colon opening the first paragraph is a dateline, not a speaker label
    ("ORRIN: Two activists have been released, the Freedom Party confirmed.",
     {("opp", "indirect", "Two activists have been released")}),
    ("ORRIN — Riot police clashed with marchers, and seven officers were hurt, Amnesty said.",
     {("amnesty", "indirect", "Riot police clashed with marchers, and seven officers were hurt")}),
    ("BRANDT: We will take the streets.\n\nKOVAC: The streets are closed to marchers.",
     {("opp", "direct", "We will take the streets."), ("gov", "direct", "The streets are closed to marchers.")}),
    # an object verb right before a finite auxiliary sits in a noun phrase ("the last thing he wanted was")
    ("Brandt said “the last thing” he wanted was a strike.",
     {("opp", "indirect", "“the last thing” he wanted was a strike")}),
    ("Kovac said the reform she wanted would pass.", {("gov", "indirect", "the reform she wanted would pass")}),
    ("Kovac wants a ceasefire.", {("gov", "indirect", "a ceasefire")}),
    # a quotation going on from the writer's words before an inverted cue is part of their claim
    ("The threat of a strike “is what the talks need,” said Brandt.",
     {("opp", "indirect", "The threat of a strike “is what the talks need,”")}),
    ("“The strike is what the talks need,” said Brandt.", {("opp", "direct", "The strike is what the talks need,")}),
    # a negated verb written with a contraction reports nothing
    ("Brandt didn't say how serious the injuries were.", set()),
    ("Kovac said she won't resign.", {("gov", "indirect", "she won't resign")}),
    # a comparison is no cue ("than expected", "as promised")
    ("The vote came two days earlier than expected after the count was extended.", set()),
    ("The strike ended as promised, Amnesty said.", {("amnesty", "indirect", "The strike ended as promised")}),
    ("As expected, Kovac said the talks would resume.", {("gov", "indirect", "the talks would resume")}),
    # a noun homograph before a cue verb is its subject
    ("Local media reports said three people were killed.", {("media", "indirect", "three people were killed")}),
    ("Brandt reports that the count was slow.", {("opp", "indirect", "the count was slow")}),
    # "by saying": the participle is the subject's
    ("Kovac justified the closure by saying the square had to be cleaned.",
     {("gov", "indirect", "the square had to be cleaned")}),
    ("The crowd was dispersed by officers warning of arrests.", set()),
    # ... and after a speech verb, the manner of its report: the participle's content is the verb's
    ("Kovac responded by saying that the claims were false.", {("gov", "indirect", "the claims were false")}),
    # "disclose" with a clause; not with an object
    ("The Freedom Party has disclosed that the talks produced no breakthrough.",
     {("opp", "indirect", "the talks produced no breakthrough")}),
    ("Kovac disclosed the names of the detainees.", set()),
    # "the 62-year-old" refers back to a person, as a role does; "a 30-year-old" is someone new
    ("Brandt rejected the figures. “Steps were taken to rig the count,” the 62-year-old alleged.",
     {("opp", "indirect", "the figures"), ("opp", "direct", "Steps were taken to rig the count,")}),
    ("A 30-year-old said the police fired first.", {("unknown:A 30-year-old", "indirect", "the police fired first")}),
    # a role noun refers back to whoever was last described with it, even when a body spoke since …
    ("A senior Interior Ministry official said the border would reopen. The EU said it welcomed the move. "
     "“Checks will be quick,” said the official, who asked not to be named.",
     {("gov", "indirect", "the border would reopen"), ("eu", "indirect", "it welcomed the move"),
      ("gov", "direct", "Checks will be quick,")}),
    ("A Freedom Party officer said the rally would go ahead. Kovac said it was banned. The officer said the "
     "march would start at noon.",
     {("opp", "indirect", "the rally would go ahead"), ("gov", "indirect", "it was banned"),
      ("opp", "indirect", "the march would start at noon")}),
    # … or, another role noun, to the person speaking ("A … representative … the officer")
    ("An EU representative said the talks would resume. “Both sides want this,” the officer told reporters.",
     {("eu", "indirect", "the talks would resume"), ("eu", "direct", "Both sides want this,")}),
    # an official introduced with "a/an" is someone new, not the representative who spoke
    ("An EU representative said the talks would resume. An official said they would not.",
     {("eu", "indirect", "the talks would resume"), ("unknown:An official", "indirect", "they would not")}),
    # a plural role refers back to speakers named together, when they are one actor's people …
    ("Prime Minister Anna Kovac and President Marek Dolan said the curfew would end. “The streets are calm "
     "again,” the leaders said.",
     {("gov", "indirect", "the curfew would end"), ("gov", "direct", "The streets are calm again,")}),
    ("“The curfew will end,” said Prime Minister Anna Kovac and President Marek Dolan in a joint statement. "
     "The leaders added that schools would reopen.",
     {("gov", "direct", "The curfew will end,"), ("gov", "indirect", "schools would reopen")}),
    # … and to no one when they speak for two actors
    ("Kovac and Brandt said the talks would continue. The leaders said a deal was close.",
     {("gov", "indirect", "the talks would continue"), ("opp", "indirect", "the talks would continue"),
      ("unknown:The leaders", "indirect", "a deal was close")}),
    # a subject after "but", a time or a clause and "and", then its apposition: the name speaks
    ("The count was slow, but Amnesty, a rights group, said that Brandt had a lead.",
     {("amnesty", "indirect", "Brandt had a lead")}),
    ("The count was slow and the Freedom Party, the main opposition, said that Kovac had a lead.",
     {("opp", "indirect", "Kovac had a lead")}),
    ("The European Union and the United Nations, two lenders, said the deal was fair.",
     {("eu", "indirect", "the deal was fair"), ("un", "indirect", "the deal was fair")}),
    # "as" opens the next speaker's clause
    ("Brandt says the opposition will contest the outcome as President Marek Dolan denies any fraud.",
     {("opp", "indirect", "the opposition will contest the outcome"), ("gov", "indirect", "any fraud")}),
    # a naming verb that gives a title or a name is no statement
    ("A group called Orrin Action organized the march called “Bread and Work.”", set()),
    ("Brandt called the vote “a sham.”", {("opp", "indirect", "the vote “a sham.”")}),
    # a quotation after "However," goes on with the last speaker, as one opening a sentence does
    ("“We came for the civilians,” Kovac said. Still, “we will go on with this format.”",
     {("gov", "direct", "We came for the civilians,"), ("gov", "direct", "we will go on with this format.")}),
    ("Kovac left early. However, “the door is open” was written on the wall.", set()),
]

AR = [
    # verb-first, إن + quote
    ("وقالت رئيسة الوزراء آنا كوفاتش إن “الحكومة لن تتفاوض مع مثيري الشغب”.",
     {("gov", "direct", "الحكومة لن تتفاوض مع مثيري الشغب")}),
    # verb-first, أن + reported content, clitic on the actor
    ("وأكدت المعارضة أن الانتخابات مزورة بالكامل.",
     {("opp", "indirect", "الانتخابات مزورة بالكامل")}),
    # subject-first
    ("الاتحاد الأوروبي يدعو إلى ضبط النفس والحوار بين جميع الأطراف.",
     {("eu", "indirect", "إلى ضبط النفس والحوار بين جميع الأطراف")}),
    # أما X ف...
    ("أما الأمم المتحدة فدعت إلى إجراء تحقيق مستقل في أعمال العنف.",
     {("un", "indirect", "إلى إجراء تحقيق مستقل في أعمال العنف")}),
    # بحسب X
    ("قُتل ثلاثة أشخاص خلال الليل، بحسب وكالة رويترز.",
     {("media", "indirect", "قُتل ثلاثة أشخاص خلال الليل")}),
    # pro-drop continuation
    ("وقال بوريل إن الاتحاد يتابع التطورات عن كثب. وأضاف أن العنف غير مقبول.",
     {("eu", "indirect", "الاتحاد يتابع التطورات عن كثب"), ("eu", "indirect", "العنف غير مقبول")}),
    # an act, not speech
    ("وأعلن الرئيس الفيلوري حالة الطوارئ في العاصمة.", set()),
    # a denial that only points back; the next verb keeps its speaker
    ("ونفت المعارضة ذلك، وقالت إن الانتخابات مزورة.", {("opp", "indirect", "الانتخابات مزورة")}),
    # impersonal passive
    ("يشار إلى أن الاحتجاجات بدأت الأسبوع الماضي.", set()),
    # colon then quote
    ("وكتب براندت على حسابه في تويتر: «لقد سرقوا أصوات الشعب».",
     {("opp", "direct", "لقد سرقوا أصوات الشعب")}),
    # guillemets, participle with a second quote
    ("وقال غوتيريش إن «العنف يجب أن يتوقف فوراً»، مضيفاً أن «الأمم المتحدة مستعدة للمساعدة».",
     {("un", "direct", "العنف يجب أن يتوقف فوراً"), ("un", "direct", "الأمم المتحدة مستعدة للمساعدة")}),
]


EN_SPEAKERS = [
    # a participle or prepositional aside between the subject and its verb, with a place holding a comma:
    # the subject speaks, not the place
    ("Brandt, addressing supporters in Lyon, France, said the party would contest the result.",
     [("opp", "Brandt", "indirect", "the party would contest the result")]),
    ("Dolan, at a rally in Lyon, France, said the vote was fair.",
     [("gov", "Dolan", "indirect", "the vote was fair")]),
    # a lead-in that makes the infinitive after it speech: its subject speaks
    ("Kovac went on to say that the checkpoints would be removed by Friday.",
     [("gov", "Kovac", "indirect", "the checkpoints would be removed by Friday")]),
    ("Brandt took to Twitter to say the count had been falsified.",
     [("opp", "Brandt", "indirect", "the count had been falsified")]),
    ("Amnesty took to social media to condemn the raids.",
     [("amnesty", "Amnesty", "indirect", "the raids")]),
    # … and none where the infinitive is an intention or an act
    ("Brandt took to the streets to demand a recount.", []),
    ("Kovac went on to win a second term.", []),
    # "according to him/her" refers back through the discourse as "he said" does: to the actor named before,
    # to an unknown speaker quoted before; with no antecedent it stays an unknown speaker
    ("Dolan toured the flooded districts on Monday. Relief convoys will arrive by Wednesday, according to him.",
     [("gov", "according to him", "indirect", "Relief convoys will arrive by Wednesday")]),
    ("“We have no power,” said Tomas Weber, a baker. Most shops have closed, according to him.",
     [("unknown:Tomas Weber", "Tomas Weber", "direct", "We have no power,"),
      ("unknown:Tomas Weber", "according to him", "indirect", "Most shops have closed")]),
    ("Most shops have closed, according to her.",
     [("unknown:according to her", "according to her", "indirect", "Most shops have closed")]),
    # an apposition that names a place is still the speaker's
    ("Tomas Weber, a nurse in Lyon, France, said the ward was full.",
     [("unknown:Tomas Weber", "Tomas Weber, a nurse in Lyon, France", "indirect", "the ward was full")]),
    # ... and so is a role without an article, even one that starts like an aside: the role names the body
    ("Ines Moll, acting head of the Freedom Party, said the march would go ahead.",
     [("opp", "Ines Moll, acting head of the Freedom Party", "indirect", "the march would go ahead")]),
    ("Ines Moll, managing director of Amnesty International, said the report was ready.",
     [("amnesty", "Ines Moll, managing director of Amnesty International", "indirect", "the report was ready")]),
    ("Ines Moll, at the Freedom Party, said the march would go ahead.",
     [("opp", "Ines Moll, at the Freedom Party", "indirect", "the march would go ahead")]),
    ("Ines Moll, on behalf of the Freedom Party, said the march would go ahead.",
     [("opp", "Ines Moll, on behalf of the Freedom Party", "indirect", "the march would go ahead")]),
    # a short affiliation ("at", "from", "with" a named body) is the speaker's too, as "a researcher at"
    # would be: the body resolves an unknown person, a known one stays themselves
    ("Ines Moll, at Amnesty International, said the law was unjust.",
     [("amnesty", "Ines Moll, at Amnesty International", "indirect", "the law was unjust")]),
    ("Nora Feld, with Amnesty, said the raids broke the law.",
     [("amnesty", "Nora Feld, with Amnesty", "indirect", "the raids broke the law")]),
    ("Mary Jones, from Orrin Freight, said prices would rise.",
     [("unknown:Mary Jones", "Mary Jones, from Orrin Freight", "indirect", "prices would rise")]),
    ("Kovac, at the UN, said the vote was fair.",
     [("gov", "Kovac, at the UN", "indirect", "the vote was fair")]),
    ("Ines Moll, at the WHO, said the outbreak was over.",
     [("unknown:Ines Moll", "Ines Moll, at the WHO", "indirect", "the outbreak was over")]),
    # ... but a short aside of time or manner is not
    ("Nora Feld, at the time, said the raids broke the law.",
     [("unknown:Nora Feld", "Nora Feld", "indirect", "the raids broke the law")]),
    ("Nora Feld, with a shrug, said the raids broke the law.",
     [("unknown:Nora Feld", "Nora Feld", "indirect", "the raids broke the law")]),
    ("Nora Feld, in Geneva, said the raids broke the law.",
     [("unknown:Nora Feld", "Nora Feld", "indirect", "the raids broke the law")]),
    # a source set inside its content between commas, inverted or not: the one inside the commas speaks,
    # and the content is the clause on both sides of it, as with "according to"
    ("The ceasefire, said Brandt, would not hold past Friday.",
     [("opp", "Brandt", "indirect", "The ceasefire, said Brandt, would not hold past Friday")]),
    ("Border crossings, Kovac said, will reopen at dawn.",
     [("gov", "Kovac", "indirect", "Border crossings, Kovac said, will reopen at dawn")]),
    ("The curfew — according to Dolan — ends on Sunday.",
     [("gov", "Dolan", "indirect", "The curfew — according to Dolan — ends on Sunday")]),
    ("The talks — said Kovac — will resume next week.",
     [("gov", "Kovac", "indirect", "The talks — said Kovac — will resume next week")]),
    ("The bridge - said Brandt - stays shut.",
     [("opp", "Brandt", "indirect", "The bridge - said Brandt - stays shut")]),
    # a dash after an inverted speaker closes it ("— a figure" is the writer's, as after a comma)
    ("Nine people died, said Kovac — a figure higher than the day before.",
     [("gov", "Kovac", "indirect", "Nine people died")]),
    # the apposition of a source of "according to" is the source's, the content follows it
    ("According to Kovac, the union's negotiator, the talks will resume.",
     [("gov", "Kovac, the union's negotiator", "indirect", "the talks will resume")]),
    ("According to Nora Feld, a researcher at Amnesty, the raids broke the law.",
     [("amnesty", "Nora Feld, a researcher at Amnesty", "indirect", "the raids broke the law")]),
    ("According to Tom Berg, a mediator, talks will resume on Monday.",
     [("unknown:Tom Berg", "Tom Berg, a mediator", "indirect", "talks will resume on Monday")]),
    ("According to Kovac, who chairs the panel, the talks will resume.",
     [("gov", "Kovac, who chairs the panel", "indirect", "the talks will resume")]),
    ("The talks, according to Kovac, a mediator, will resume.",
     [("gov", "Kovac, a mediator", "indirect", "The talks, according to Kovac, a mediator, will resume")]),
    # ... not the subject of the content, a list, or a subject the source interrupts
    ("According to Kovac, the talks, stalled since May, will resume.",
     [("gov", "Kovac", "indirect", "the talks, stalled since May, will resume")]),
    ("According to Kovac, the police, the army and the courts are corrupt.",
     [("gov", "Kovac", "indirect", "the police, the army and the courts are corrupt")]),
    ("According to Kovac, Brandt, the opposition leader, will resign.",
     [("gov", "Kovac", "indirect", "Brandt, the opposition leader, will resign")]),
    ("According to Kovac, the union, the largest in Veloria, has agreed.",
     [("gov", "Kovac", "indirect", "the union, the largest in Veloria, has agreed")]),
    ("On Friday, said Brandt, the march goes ahead.",
     [("opp", "Brandt", "indirect", "On Friday, said Brandt, the march goes ahead")]),
    # … and between two clauses it closes the first
    ("Fuel ran out, said Kovac, and the buses stopped.", [("gov", "Kovac", "indirect", "Fuel ran out")]),
    # … not a list or an apposition before the verb, nor the speaker's relative clause after it
    ("Apples, pears, and plums said nothing.", []),
    ("Kovac, the prime minister, said the talks would resume.",
     [("gov", "Kovac, the prime minister", "indirect", "the talks would resume")]),
    ("Three shops burned down, said Brandt, who visited the market.",
     [("opp", "Brandt", "indirect", "Three shops burned down")]),
    # the body a title serves is part of an inverted speaker; after "but", the name before an apposition speaks
    ("The army withdrew, said a spokesman for Amnesty.",
     [("amnesty", "a spokesman for Amnesty", "indirect", "The army withdrew")]),
    ("Fuel ran out, said Ines Moll, head of the Freedom Party.",
     [("opp", "Ines Moll, head of the Freedom Party", "indirect", "Fuel ran out")]),
    ("The count was slow, but the Orrin Monitors, a coalition of charities, said that Brandt led.",
     [("unknown:the Orrin Monitors", "the Orrin Monitors, a coalition of charities", "indirect", "Brandt led")]),
    # a document's title is its publisher's words: the actor the sentence opens with
    ("Reuters ran a story headlined “Strike ends after ten long weeks.”",
     [("media", "Reuters", "direct", "Strike ends after ten long weeks.")]),
    ("The Daily Orrin, owned by the Freedom Party, ran an editorial titled “The strike must end this week.”", []),
    ("Reuters ran a film titled “Strike ends after ten long weeks.”", []),
    # ... and a quotation closing the writer's sentence is no quotation of the next sentence's subject
    ("The Daily Orrin ran a story headlined “Strike ends after ten long weeks.” The party has long opposed it, "
     "calling the strike “a crime against the nation.”",
     [("unknown:The party", "The party", "direct", "a crime against the nation.")]),
    # an adverb alone before the verb leaves it active; after a passive auxiliary it is still a passive
    ("Kovac previously said that the border would stay open.",
     [("gov", "Kovac", "indirect", "the border would stay open")]),
    ("The officials previously told reporters the bridge was safe.",
     [("unknown:The officials", "The officials", "indirect", "the bridge was safe")]),
    ("It was previously reported that the border would stay open.", []),
    ("Three people were widely reported injured.", []),
    # a clause, then "but" and a new subject: the new subject speaks; a second verb of one subject keeps it
    ("The ministry was silent but Amnesty said that the raids broke the law.",
     [("amnesty", "Amnesty", "indirect", "the raids broke the law")]),
    ("The curfew was lifted but many residents said they were afraid.",
     [("unknown:many residents", "many residents", "indirect", "they were afraid")]),
    ("Brandt has denied the claims but said he would cooperate.",
     [("opp", "Brandt", "indirect", "the claims"), ("opp", "Brandt", "indirect", "he would cooperate")]),
    # a subject and its relative clause between commas before the verb: no inverted speaker after it
    ("Dolan, who chairs the panel, said the talks had failed.",
     [("gov", "Dolan", "indirect", "the talks had failed")]),
    ("The office of Brandt, which opposes the plan, said the leaders met.",
     [("opp", "The office of Brandt", "indirect", "the leaders met")]),
    ("The strike, which began in May, will go on, said Brandt.",
     [("opp", "Brandt", "indirect", "The strike, which began in May, will go on")]),
    # "clarify" and "submit" (as counsel submits) report speech with a clause or a quotation, not an object
    ("Kovac clarified that the video was never released.",
     [("gov", "Kovac", "indirect", "the video was never released")]),
    ("Brandt's lawyer submitted that the charges were false.",
     [("opp", "Brandt's lawyer", "indirect", "the charges were false")]),
    ("Brandt submitted his resignation on Friday.", []),
    # a curly opening mark closed by a straight one
    ("“We were never told,\" said Brandt.", [("opp", "Brandt", "direct", "We were never told,")]),
    ("The so-called “reform\" bill passed.", []),
    # a date or day qualifying an inverted speaker's noun is part of it
    ("The vote was rigged, says an Oct. 3 filing by the lawyers.",
     [("unknown:an Oct. 3 filing", "an Oct. 3 filing", "indirect", "The vote was rigged")]),
    ("“We are ready,” said the minister last week.",
     [("unknown:the minister", "the minister", "direct", "We are ready,")]),
    # a short quotation right before an inverted verb, no comma: the quotation is no subject
    ("“Not yet” said Dolan when asked about the budget.", [("gov", "Dolan", "direct", "Not yet")]),
    ("“Maybe later” replied Kovac after the meeting.", [("gov", "Kovac", "direct", "Maybe later")]),
    # '“A?” asked X. “B” replied Y': B is Y's, not a continuation of X's
    ("“Is the ferry late?” asked Brandt. “No, madam” replied Dolan.",
     [("opp", "Brandt", "direct", "Is the ferry late?"), ("gov", "Dolan", "direct", "No, madam")]),
    ("“We will hold,” said Kovac. “We will never give up.”",
     [("gov", "Kovac", "direct", "We will hold,"), ("gov", "Kovac", "direct", "We will never give up.")]),
    # a straight opening mark closed by a curly one
    ("\"We were never told,” said Brandt. \"The port is shut.\"",
     [("opp", "Brandt", "direct", "We were never told,"), ("opp", "Brandt", "direct", "The port is shut.")]),
    # a subordinating conjunction inside the words before the verb: its clause's subject speaks
    ("This comes as Kovac called for calm in the north.", [("gov", "Kovac", "indirect", "calm in the north")]),
    ("The ferries stopped while the interior ministry said the port was shut.",
     [("gov", "the interior ministry", "indirect", "the port was shut")]),
    ("Prices rose after a spokesman for the EU said the levy would stay.",
     [("eu", "a spokesman for the EU", "indirect", "the levy would stay")]),
    ("Officials as well as Kovac said the ferry was safe.",
     [("gov", "Officials as well as Kovac", "indirect", "the ferry was safe"),
      ("unknown:Officials", "Officials as well as Kovac", "indirect", "the ferry was safe")]),
    ("The EU as a whole said it would help the port.", [("eu", "The EU", "indirect", "it would help the port")]),
    ("Kovac as party chief said the vote was fair.", [("gov", "Kovac", "indirect", "the vote was fair")]),
    # a name after an acronym in brackets is the speaker's
    ("The Director General of the Port Authority (PA) Brig Anna Kovac said the port was shut.",
     [("gov", "The Director General of the Port Authority (PA) Brig Anna Kovac", "indirect", "the port was shut")]),
    ("Sen. Luka Brandt (F-Orr.) said the port was shut.",
     [("opp", "Sen. Luka Brandt", "indirect", "the port was shut")]),
    # "elaborate" reports with a clause, not an object
    ("Kovac elaborated that the levy would fund the port.", [("gov", "Kovac", "indirect", "the levy would fund the port")]),
    ("Kovac elaborated a new plan for the port.", []),
]


@pytest.mark.parametrize("text,expected", EN_SPEAKERS, ids=[t[:40] for t, _ in EN_SPEAKERS])
def test_english_speakers(text, expected):
    doc = Document(id="t", text=text, source="Test", lang="en")
    found = [(s.actor, s.speaker, s.kind, s.text) for s in extract_statements(doc, REGISTRY, narration=False)]
    assert found == expected


@pytest.mark.parametrize("text,expected", EN, ids=[t[:40] for t, _ in EN])
def test_english_constructions(text, expected):
    assert run(text) == expected


@pytest.mark.parametrize("text,expected", AR, ids=[t[:30] for t, _ in AR])
def test_arabic_constructions(text, expected):
    assert run(text, "ar") == expected


def test_paragraph_of_only_a_quote_continues_the_last_speaker():
    text = ("Kovac said the protests had been hijacked by criminals.\n\n"
            "“We will restore order in every city, whatever it takes.”\n")
    assert ("gov", "direct", "We will restore order in every city, whatever it takes.") in run(text)


def test_a_reply_ending_a_paragraph_hands_its_speaker_to_the_quotation_below():
    text = ("Dolan said the strike had ended.\n\nAt the ministry on Friday, spokesman Luka Brandt was asked about "
            "this and replied sharply.\n\n“The strike is illegal, and the courts have said so.”\n")
    assert run(text) == {("gov", "indirect", "the strike had ended"),
                         ("opp", "direct", "The strike is illegal, and the courts have said so.")}


def test_a_pronoun_after_a_narrated_paragraph_means_its_subject_not_the_last_speaker():
    # "Thousands of X …": a quantity of the subject; "They" in the next paragraph is that subject
    text = ("Guterres said the talks must resume at once.\n\nThousands of Freedom Party supporters marched through "
            "the capital on Sunday.\n\nThey were denouncing what they called a rigged count.\n")
    assert run(text) == {("un", "indirect", "the talks must resume at once"),
                         ("opp", "indirect", "what they called a rigged count")}


def test_a_heading_breaks_continuation():
    text = ("Kovac said the protests had been hijacked by criminals.\n\nWhat happens next\n\n"
            "“We will restore order in every city, whatever it takes.”\n")
    assert run(text) == {("gov", "indirect", "the protests had been hijacked by criminals")}


def test_embedded_tweet_is_a_direct_statement_of_its_author():
    text = ("The EU reacted on Twitter.\n\n"
            "We call on all sides to refrain from violence and to engage in dialogue. https://t.co/abc123"
            " — Peter Stano (@ExtSpoxEU) March 3, 2024\n")
    assert run(text) == {("eu", "direct", "We call on all sides to refrain from violence and to engage in dialogue.")}


def test_relaying_source_is_recorded_as_via():
    doc = Document(id="t", text="Guterres said, according to Reuters, that the UN was ready to mediate.", source="T")
    (s,) = extract_statements(doc, REGISTRY, narration=False)
    assert (s.actor, s.via, s.text) == ("un", "media", "the UN was ready to mediate")


def test_the_agent_of_a_passive_relay_is_recorded_as_via():
    text = "Guterres was quoted by Reuters as saying the monitors would stay until the count ended."
    (s,) = extract_statements(Document(id="t", text=text, source="T"), REGISTRY, narration=False)
    assert (s.actor, s.via, s.text) == ("un", "media", "the monitors would stay until the count ended")


def test_impersonal_passive_refers_to_the_last_actor_named():
    text = "Dolan met the cabinet on Monday. It was reported that the curfew would be lifted."
    assert run(text) == {("gov", "indirect", "the curfew would be lifted")}
    assert run("It was reported that the curfew would be lifted.") == set()


def test_transcript_labels_and_signed_quotes():
    text = ("Interview with the opposition leader, in full.\n\n"
            "BRANDT: We will take the streets until the vote is recounted.\n\n"
            "“Nobody will silence us.” ― Mira Solis, a student\n")
    assert run(text) == {("opp", "direct", "We will take the streets until the vote is recounted."),
                         ("unknown:Mira Solis", "direct", "Nobody will silence us.")}


def test_quote_spanning_sentences_is_one_statement():
    text = "“We are watching closely. We urge calm,” Borrell said."
    assert run(text) == {("eu", "direct", "We are watching closely. We urge calm,")}


def test_offsets_index_the_original_text():
    text = "Intro line.\n\n“Calm must return to the streets,” Guterres said.\n"
    doc = Document(id="t", text=text, source="Test")
    for s in extract_statements(doc, REGISTRY):
        assert text[s.start:s.end] == s.text


def test_narration_is_the_outlets_voice():
    doc = Document(id="t", text="Protesters gathered in the main square on Friday.", source="Daily News")
    (s,) = extract_statements(doc, REGISTRY)
    assert (s.actor, s.kind) == ("outlet:Daily News", "narration")


RU_REGISTRY = parse_registry("""
actors:
  russia:
    name: Russia
    aliases:
      ru: [Песков, Дмитрий Песков, Кремль, МИД России, Захарова, Мария Захарова]
  kz:
    name: Kazakhstan
    aliases:
      ru: [Токаев, Касым-Жомарт Токаев, президент Казахстана]
  mchs:
    name: Emergencies ministry
    aliases:
      ru: [ГУ МЧС, МЧС]
  union:
    name: Trade union
    aliases:
      ru: [Пётр Семёнов, Семёнов]
  media:
    name: Media
    kind: media
    aliases:
      ru: [ТАСС, РИА Новости]
  ilmenia:
    name: Ilmenia
    aliases:
      ru: [Ильмения]
""", path="test-registry-ru.yml")


def run_ru(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, source="Test", lang="ru")
    return {(s.actor, s.kind, s.text) for s in extract_statements(doc, RU_REGISTRY, narration=False)}


RU = [
    # quote, comma, dash, verb, subject
    ("«Мы внимательно следим за ситуацией», — сказал Песков журналистам.",
     {("russia", "direct", "Мы внимательно следим за ситуацией")}),
    # a hyphen instead of the dash (TASS style)
    ("«Это провокация», - заявила Мария Захарова.", {("russia", "direct", "Это провокация")}),
    # attribution, colon, quote
    ("Захарова написала в Telegram: «Это чистой воды дезинформация».",
     {("russia", "direct", "Это чистой воды дезинформация")}),
    # the dashed attribution inside one pair of marks
    ("«Ситуация под контролем, — сказал Токаев. — Мы не допустим хаоса».",
     {("kz", "direct", "Ситуация под контролем,"), ("kz", "direct", "Мы не допустим хаоса")}),
    # как заявил X, …
    ("Как заявил Токаев, в стране действуют террористические банды.",
     {("kz", "indirect", "в стране действуют террористические банды")}),
    # по словам X (an inflected name)
    ("По словам Пескова, Москва выступает за диалог.", {("russia", "indirect", "Москва выступает за диалог")}),
    # apposition after the name
    ("Дмитрий Песков, пресс-секретарь президента, заявил, что Кремль призывает к сдержанности.",
     {("russia", "indirect", "Кремль призывает к сдержанности")}),
    # an organisation speaking through «в X заявили»; pronoun continuation
    ("В МИД России заявили, что ситуация остается напряженной. Он добавил, что Москва готова помочь.",
     {("russia", "indirect", "ситуация остается напряженной"), ("russia", "indirect", "Москва готова помочь")}),
    # content first, then the verb and an organisation with «в»
    ("Более трех тысяч человек эвакуированы, сообщили в ГУ МЧС.",
     {("mchs", "indirect", "Более трех тысяч человек эвакуированы")}),
    # «Об этом сообщил X» points at the previous sentence
    ("Из зоны подтопления вывезли 400 человек. Об этом сообщил Токаев.",
     {("kz", "indirect", "Из зоны подтопления вывезли 400 человек")}),
    # a news agency as the addressee, not the speaker
    ("«Вода пришла ночью», — рассказала РИА Новости жительница поселка Анна Петрова.",
     {("unknown:жительница поселка Анна Петрова", "direct", "Вода пришла ночью")}),
    # an act, not speech
    ("Токаев объявил режим чрезвычайного положения.", set()),
    # straight marks nested inside straight marks: one quotation, the speaker after the dash
    ('"Нам предлагают "дорожную карту", которой нет", - сказал Песков.',
     {("russia", "direct", 'Нам предлагают "дорожную карту", которой нет')}),
    # a title's place before the holder's name ends no inverted subject; the name alone, met
    # in full before, refers back even though the paragraph names the actor again later
    ("Переговоры зашли в тупик. Об этом заявил журналистам в пятницу представитель МИД России в Ильмении "
     "Олег Вяткин. Олег Вяткин подчеркнул, что Москва не изменит позицию, согласованную с Кремлем.",
     {("russia", "indirect", "Переговоры зашли в тупик"),
      ("russia", "indirect", "Москва не изменит позицию, согласованную с Кремлем")}),
    # a relayer citing its source: the source speaks ("со ссылкой на"), after a verb or a source phrase
    ("Движение на трассе перекрыто, передает ТАСС со ссылкой на ГУ МЧС.",
     {("mchs", "indirect", "Движение на трассе перекрыто")}),
    ("Как сообщает ТАСС со ссылкой на МИД России, переговоры отложены.",
     {("russia", "indirect", "переговоры отложены")}),
    # по сообщениям X between two clauses opens the second; between a subject and its verb, one clause
    ("Колонна дошла до площади, по сообщениям РИА Новости, полиция начала задержания.",
     {("media", "indirect", "полиция начала задержания")}),
    ("Москва, по словам Пескова, не вмешивается в конфликт.",
     {("russia", "indirect", "Москва, по словам Пескова, не вмешивается в конфликт")}),
    # a colon inside the content after a source phrase does not move its start
    ("По версии МЧС, паром был перегружен: по документам он рассчитан на 40 человек.",
     {("mchs", "indirect", "паром был перегружен: по документам он рассчитан на 40 человек")}),
    # "в заявлении ведомства": the body issuing statements, not a country named in between
    ("В МИД России заявили, что ответят на высылку дипломатов. Посла Ильмении Яна Мирски вызвали в министерство. "
     "«Мы предупреждали об ответе», — говорится в заявлении ведомства.",
     {("russia", "indirect", "ответят на высылку дипломатов"), ("russia", "direct", "Мы предупреждали об ответе")}),
    # a relative clause closing reported content is the speaker's, and continues an evaluated object
    ("Песков призвал стороны урегулировать разногласия, которые накопились за годы.",
     {("russia", "indirect", "стороны урегулировать разногласия, которые накопились за годы")}),
    ("Захарова осудила «незаконные задержания», которые проводят в Ташире с весны, передает ТАСС.",
     {("russia", "indirect", "«незаконные задержания», которые проводят в Ташире с весны")}),
    # «Об этом говорится в заявлении X» after a sentence with its own attribution adds nothing;
    # after one without, the document's issuer speaks
    ("Кремль призывает стороны к диалогу. Об этом говорится в заявлении пресс-службы Кремля, опубликованном в среду.",
     {("russia", "indirect", "стороны к диалогу")}),
    ("Спасатели эвакуировали 300 человек. Об этом говорится в сообщении ГУ МЧС.",
     {("mchs", "indirect", "Спасатели эвакуировали 300 человек")}),
    # a speaker noun in any case ("в ведомстве"), with a cue verb inside the content
    ("ГУ МЧС начало проверку. В ведомстве подчеркнули, что оценят, насколько быстро было организовано оповещение.",
     {("mchs", "indirect", "оценят, насколько быстро было организовано оповещение")}),
    # "X, который отметил, что …": the comma before the complementizer does not end the relative clause
    ("Вечером в Минск прилетел Дмитрий Песков, который отметил, что Москва не вмешивается.",
     {("russia", "indirect", "Москва не вмешивается")}),
    ("Дмитрий Песков, который отметил, что Москва не вмешивается, уехал.",
     {("russia", "indirect", "Москва не вмешивается")}),
    # его, ее, их are no subjects: "их обвиняют" is an indefinite-personal passive
    ("ГУ МЧС задержало троих мужчин, их подозревают в поджоге склада.", set()),
    # a comment on a topic reports nothing; a comment with a quotation does
    ("Песков прокомментировал ситуацию в Ташире.", set()),
    ("Захарова прокомментировала заявление посла: «Это смешно».", {("russia", "direct", "Это смешно")}),
    # apologies and regrets: the content is the clause the correlative stands for
    ("Семёнов в субботу принес извинения за то, что зарплату не выплатили вовремя.",
     {("union", "indirect", "зарплату не выплатили вовремя")}),
    ("Песков извинился за то, что встреча сорвалась.", {("russia", "indirect", "встреча сорвалась")}),
    ("Захарова выразила сожаление в связи с тем, что переговоры сорваны.",
     {("russia", "indirect", "переговоры сорваны")}),
    ("Семёнов принес цветы.", set()),
    # a pronoun after the verb, then where it was said
    ("Токаев объявил в стране траур. Семьи погибших получат помощь, сообщил он в своем Telegram-канале.",
     {("kz", "indirect", "Семьи погибших получат помощь")}),
    # a role with a name never met is someone new, not the body that spoke last
    ("В ГУ МЧС заявили, что проверят все суда. «Проверки годами не проводились» — считает председатель "
     "общественной организации «Чистый берег» Ирина Волкова.",
     {("mchs", "indirect", "проверят все суда"),
      ("unknown:председатель общественной организации «Чистый берег» Ирина Волкова", "direct",
       "Проверки годами не проводились")}),
    # a quoted name inside the subject ends no clause
    ("Пётр Семёнов, председатель профсоюза «Северный металлург», неоднократно заявлял, что зарплаты задерживают.",
     {("union", "indirect", "зарплаты задерживают")}),
    # a participle inside the clause of a source phrase belongs to that clause
    ("Семёнов выступил на митинге. По его словам, рабочих заставляли выходить в ночные смены, угрожая увольнением.",
     {("union", "indirect", "рабочих заставляли выходить в ночные смены, угрожая увольнением")}),
    # a report inside a statement by the same actor is part of it; by another actor, a statement of its own
    ("Захарова отметила, что давление на соседей усиливается и в Европе, и Кремль не раз наблюдал такие "
     "шаги.",
     {("russia", "indirect", "давление на соседей усиливается и в Европе, и Кремль не раз наблюдал такие "
                             "шаги")}),
    ("Захарова отметила, что давление на соседей усиливается, и Токаев неоднократно заявлял, что это так.",
     {("russia", "indirect", "давление на соседей усиливается"), ("kz", "indirect", "это так")}),
    # a page cut off a few words into a content: nothing said yet; more words are kept, cut
    ("Песков сказал, что ситуация спокойная. Он добавил, что эта тема будет за",
     {("russia", "indirect", "ситуация спокойная")}),
    ("Песков сказал, что ситуация спокойная. Он добавил, что Кремль готов провести переговоры с оппоз",
     {("russia", "indirect", "ситуация спокойная"),
      ("russia", "indirect", "Кремль готов провести переговоры с оппоз")}),
    # a topic with о right after the verb and its hearer is content; an о further on belongs to an object
    ("Захарова прокомментировала слова посла Ильмении об участии наемников в протестах.", set()),
    ("Песков рассказал журналистам в среду о планах Кремля.", {("russia", "indirect", "о планах Кремля")}),
    ("Песков рассказал РИА Новости о планах Кремля.", {("russia", "indirect", "о планах Кремля")}),
    # a pronoun's report inside a sentence retold by «Об этом рассказал X» is part of X's account
    ("Около 200 рабочих не выходят на смены — они требуют выплатить зарплату. Об этом рассказал Пётр Семёнов.",
     {("union", "indirect", "Около 200 рабочих не выходят на смены — они требуют выплатить зарплату")}),
    # a bracketed aside about the speaker reports nothing
    ("«Зарплату не платят с весны», — говорит сварщик Игорь (фамилию он попросил не называть).",
     {("unknown:сварщик Игорь", "direct", "Зарплату не платят с весны")}),
    # ё and е are one letter
    ("Семенов сказал, что все спокойно.", {("union", "indirect", "все спокойно")}),
]


@pytest.mark.parametrize("text,expected", RU, ids=[t[:30] for t, _ in RU])
def test_russian_constructions(text, expected):
    assert run_ru(text) == expected


RU_SPEAKERS = [
    # the writer's aside opening the sentence is no part of the speaker
    ("Отметим, Мария Захарова во вторник заявила о переносе брифинга.", "Мария Захарова"),
    # an inverted speaker ends before a bracketed aside
    ("«Зарплату не платят с весны», — говорит сварщик Игорь (фамилию он попросил не называть).", "сварщик Игорь"),
    # a relayer citing its source: the source is the speaker
    ("Движение на трассе перекрыто, передает ТАСС со ссылкой на ГУ МЧС.", "ГУ МЧС"),
]


@pytest.mark.parametrize("text,speaker", RU_SPEAKERS, ids=[t[:30] for t, _ in RU_SPEAKERS])
def test_russian_speaker_mentions(text, speaker):
    doc = Document(id="t", text=text, source="Test", lang="ru")
    assert [s.speaker for s in extract_statements(doc, RU_REGISTRY, narration=False)] == [speaker]

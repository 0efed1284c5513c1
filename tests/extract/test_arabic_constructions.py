"""Arabic constructions of real news, one per row: text → the exact set of (actor, kind, span text).

Sentences are invented (Veloria, Karin, the Northern Provinces); each row is one construction
the extractor reads by rule, with its negatives.
"""

from __future__ import annotations

import pytest

from framing.extract import extract_statements
from framing.model import Document
from framing.registry_file import parse_registry

REGISTRY = parse_registry("""
actors:
  gov:
    name: Government of Veloria
    aliases:
      ar: [الحكومة الفيلورية, رئيسة الوزراء آنا كوفاتش, كوفاتش, الرئيس الفيلوري, دولان, الأقاليم الشمالية]
  karin:
    name: Karin (a neighbouring state)
    aliases:
      ar: [كارين, مكتب شؤون الأقاليم الشمالية, الحكومة الكارينية, السلطات الكارينية]
  police:
    name: Velorian police
    aliases:
      ar: [الشرطة]
  opp:
    name: Opposition
    aliases:
      ar: [المعارضة, حزب الحرية, لوكا براندت, براندت, ميرا سولين]
  un:
    name: United Nations
    aliases:
      ar: [الأمم المتحدة, غوتيريش]
  media:
    name: Media
    kind: media
    aliases:
      ar: [رويترز, وكالة رويترز]
""", path="test-registry-ar.yml")


def run(text: str) -> set[tuple[str, str, str]]:
    doc = Document(id="t", text=text, source="Test", lang="ar")
    return {(s.actor, s.kind, s.text) for s in extract_statements(doc, REGISTRY, narration=False)}


CASES = [
    # "a statement in which it came that …": the issuer of the statement just named speaks what follows
    ("وأصدر حزب الحرية بياناً جاء فيه أن مراقبيه مُنعوا من دخول مراكز الاقتراع.",
     {("opp", "indirect", "مراقبيه مُنعوا من دخول مراكز الاقتراع")}),
    ("وأصدرت الأمم المتحدة بياناً ورد فيه: «على جميع الأطراف احترام حق التظاهر السلمي».",
     {("un", "direct", "على جميع الأطراف احترام حق التظاهر السلمي")}),
    # a description with a possessive pronoun written on it refers to its possessor ("its statement")
    ("وقالت المعارضة إن الفرز تأخر في الجنوب. وجاء في بيانها: «سنطعن في كل دائرة شابها التزوير».",
     {("opp", "indirect", "الفرز تأخر في الجنوب"), ("opp", "direct", "سنطعن في كل دائرة شابها التزوير")}),
    ("وقالت الحكومة الفيلورية إن الحدود ستبقى مفتوحة. وأوضحت وزارتها أن القوافل ستعبر بلا تفتيش.",
     {("gov", "indirect", "الحدود ستبقى مفتوحة"), ("gov", "indirect", "القوافل ستعبر بلا تفتيش")}),
    # a verb that reports through its "saying" participle: the participle's clause is the verb's content
    ("وصرّح براندت قائلاً إن حزب الحرية سيطعن في النتائج أمام المحكمة.",
     {("opp", "indirect", "حزب الحرية سيطعن في النتائج أمام المحكمة")}),
    # a feeling's object after "جراء" / "بسبب", and a time between commas before the feeling
    ("وأعربت الأمم المتحدة، مساء الأحد، عن قلقها البالغ جراء إغلاق الطرق المؤدية إلى الأقاليم.",
     {("un", "indirect", "إغلاق الطرق المؤدية إلى الأقاليم")}),
    ("وأعرب غوتيريش عن أسفه بسبب تأجيل المحادثات مرة أخرى.",
     {("un", "indirect", "تأجيل المحادثات مرة أخرى")}),
    # what an evaluation targets is a statement however short: a definite noun is one written word
    ("وأدانت الحكومة الفيلورية الاعتقالات.", {("gov", "indirect", "الاعتقالات")}),
    # a source phrase between a postposed subject and its content relays the subject: it is no speaker
    ("وقالت ميرا سولين التي تقيم خارج البلاد منذ الصيف بحسب مقربين منها، في رسالة مصورة \"سنعود قريبا إلى "
     "الشوارع\".",
     {("opp", "direct", "سنعود قريبا إلى الشوارع")}),
    ("وأفادت أوساط حزب الحرية بحسب قنواتها على الإنترنت أن الشرطة داهمت مقار الحزب في الضواحي.",
     {("opp", "indirect", "الشرطة داهمت مقار الحزب في الضواحي")}),
    # a verb right after a relative pronoun: its antecedent is the subject, not the object after it ...
    ("ونشرت صحف محلية الوثائق التي تتهم براندت بالتحريض على العنف.", set()),
    # ... unless a subject and a complementizer follow ("the vote that the opposition says was rigged")
    ("وتأجل إعلان نتائج الجولة التي يؤكد حزب الحرية أنها شهدت خروقات في معظم الدوائر.",
     {("opp", "indirect", "شهدت خروقات في معظم الدوائر")}),
    # a near spelling of a longer alias beats a shorter exact alias inside it
    ("وصرح الناطق باسم هيئة شؤون الأقاليم الشمالية بأن الوضع هناك تحت السيطرة.",
     {("karin", "indirect", "الوضع هناك تحت السيطرة")}),
    # a preposition written on a name opens no subject; the dropped subject is the sentence's own,
    # a name in -ين that is no plural
    ("رفعت كارين نبرتها تجاه جارتها، إذ نددت بالمعارضة المسلحة في الجنوب.",
     {("karin", "indirect", "بالمعارضة المسلحة في الجنوب")}),
    # a verb never follows a preposition: "رفض" after رغم is the noun "refusal"
    ("وتظاهر الآلاف في العاصمة رغم رفض الحكومة الفيلورية منح الترخيص للمسيرة.", set()),
    ("وأمس رفض براندت دعوة الحكومة الفيلورية للحوار.", {("opp", "indirect", "دعوة الحكومة الفيلورية للحوار")}),
    # a feeling verb licensed by its feeling: the content is what the feeling is about
    ("وقال غوتيريش إن الوضع مقلق. وأعرب كذلك عن انزعاجه حيال أنباء عن اعتقالات واسعة.",
     {("un", "indirect", "الوضع مقلق"), ("un", "indirect", "أنباء عن اعتقالات واسعة")}),
    # a phrasal verb whose particle follows the subject and a where-phrase; ركز على (stressed)
    ("وتحدث دولان في خطابه عن «مرحلة جديدة» من الحوار مع المعارضة.",
     {("gov", "indirect", "«مرحلة جديدة» من الحوار مع المعارضة")}),
    ("وركز براندت في كلمته على ضرورة إطلاق سراح المعتقلين فورا.",
     {("opp", "indirect", "ضرورة إطلاق سراح المعتقلين فورا")}),
    ("وركز الجيش قواته على الحدود الشرقية.", set()),
    # a body speaks through people of either gender: a masculine verb after a feminine ministry is still it
    ("وقال براندت إن الانتخابات مزورة.\nوقالت الحكومة الفيلورية إن الاتهامات \"لا أساس لها\". "
     "وأضاف \"لن نقبل أي تدخل في شؤوننا الداخلية\".",
     {("opp", "indirect", "الانتخابات مزورة"), ("gov", "indirect", "الاتهامات \"لا أساس لها\""),
      ("gov", "direct", "لن نقبل أي تدخل في شؤوننا الداخلية")}),
    # "described X as Y": the object and its description; a quotation closing it ends the content
    ("ونددت براندت بحملة الاعتقالات واصفة الأوضاع بأنها \"مقلقة\" ودعت \"الحكومة إلى الإفراج عن المعتقلين\".",
     {("opp", "indirect", "بحملة الاعتقالات"), ("opp", "indirect", "الأوضاع بأنها \"مقلقة\""),
      ("opp", "direct", "الحكومة إلى الإفراج عن المعتقلين")}),
    # an evaluation's object runs on through a relative clause about it
    ("ونددت الأمم المتحدة بالهجمات، التي استهدفت المدنيين في الشمال، ودعت إلى تحقيق دولي مستقل.",
     {("un", "indirect", "بالهجمات، التي استهدفت المدنيين في الشمال"), ("un", "indirect", "إلى تحقيق دولي مستقل")}),
    # a one-letter preposition on a noun opens the content, not the subject; a clause opened by فيما is the
    # narrator's, its verb a cue of its own
    ("وقال براندت إن الحزب سيطعن في النتائج. ونددت بانتهاكات واسعة فيما أعلنت الحكومة الفيلورية أن "
     "الاقتراع جرى بهدوء.",
     {("opp", "indirect", "الحزب سيطعن في النتائج"), ("opp", "indirect", "بانتهاكات واسعة"),
      ("gov", "indirect", "الاقتراع جرى بهدوء")}),
    # after a comma, فيما / بينما open the narrator's clause; inside a report they do not
    ("ودعت الأمم المتحدة إلى \"هدنة إنسانية عاجلة\"، فيما يجتمع مجلس الأمن مساء اليوم.",
     {("un", "direct", "هدنة إنسانية عاجلة")}),
    ("وقال براندت إن الرواتب جامدة بينما ترتفع أسعار الخبز.",
     {("opp", "indirect", "الرواتب جامدة بينما ترتفع أسعار الخبز")}),
    # after a comma, a verb with its own named subject starts the narrator's next clause; a coordinated noun
    # does not
    ("وقال براندت إن الشرطة اعتقلت المئات، وأكدت وكالة رويترز أن العدد تجاوز الألف.",
     {("opp", "indirect", "الشرطة اعتقلت المئات"), ("media", "indirect", "العدد تجاوز الألف")}),
    ("وذكرت مصادر المعارضة أن الشرطة اعتقلت المئات، وحصلت صحيفة محلية على وثائق تثبت ذلك.",
     {("opp", "indirect", "الشرطة اعتقلت المئات")}),
    ("وقال براندت إن الشرطة اعتقلت العشرات، والحكومة الفيلورية تعرف ذلك جيدا.",
     {("opp", "indirect", "الشرطة اعتقلت العشرات، والحكومة الفيلورية تعرف ذلك جيدا")}),
    # a title and the name of the same actor are one subject, also with a few words qualifying the title
    # (a name may begin with the letter of a preposition: "لوكا")
    ("واتهم زعيم حزب الحرية لوكا براندت السلطات باستخدام القوة المفرطة.",
     {("opp", "indirect", "السلطات باستخدام القوة المفرطة")}),
    ("وحثت زعيمة المعارضة البرلمانية في العاصمة ميرا سولين أمس أنصارها على إضراب عام.",
     {("opp", "indirect", "أنصارها على إضراب عام")}),
    # ... and what follows the name after a comma is no apposition when it opens the content
    ("وأعلن زعيم حزب الحرية لوكا براندت، أنه “بعد مشاورات مع الأمم المتحدة، قرر الحزب المشاركة في الحوار”.",
     {("opp", "direct", "بعد مشاورات مع الأمم المتحدة، قرر الحزب المشاركة في الحوار")}),
    # a participle after a clause with a subject of its own that no name gives: no statement
    ("وقال براندت إن الحزب سيواصل الاحتجاج.\nوتجمع مئات الشبان أمام المقر، مرددين هتافات ضد الحكومة.",
     {("opp", "indirect", "الحزب سيواصل الاحتجاج")}),
    # a document speaks for the issuer named after it
    ("وأكد البيان الصادر عن الحكومة الفيلورية أن الشرطة لم تستخدم الرصاص الحي.",
     {("gov", "indirect", "الشرطة لم تستخدم الرصاص الحي")}),
    # "كل من X وY": both speak; "على حد تعبير X" is a source phrase
    ("وأكد كل من براندت وغوتيريش أن الحوار هو الحل الوحيد.",
     {("opp", "indirect", "الحوار هو الحل الوحيد"), ("un", "indirect", "الحوار هو الحل الوحيد")}),
    ("وتعيش البلاد \"أسوأ أزمة منذ الاستقلال\"، على حد تعبير براندت.",
     {("opp", "direct", "أسوأ أزمة منذ الاستقلال")}),
    # a verb right after a bare noun describes that noun ("a march demanding …"): no statement
    ("وخرج المئات في قافلة تطالب بفتح الطرق المغلقة.", set()),
    # a source phrase standing alone gives the sentence before it, up to another speaker's report inside
    ("وتصاعدت الاحتجاجات في العاصمة بعد الاقتراع الذي يقول حزب الحرية إنه شهد تلاعبا واسعا. وفق رويترز.",
     {("media", "indirect", "وتصاعدت الاحتجاجات في العاصمة بعد الاقتراع"), ("opp", "indirect", "شهد تلاعبا واسعا")}),
    # an outlet closing a sentence whose report is a relative clause tells the sentence up to that clause
    ("وقعت الحكومة الفيلورية قانونا جديدا للتظاهر، مما أثار غضب المعارضة، التي توعدت بأن تنظم «احتجاجات "
     "واسعة» ردا على القرار، بحسب وكالة رويترز.",
     {("media", "indirect", "وقعت الحكومة الفيلورية قانونا جديدا للتظاهر، مما أثار غضب المعارضة"),
      ("opp", "indirect", "تنظم «احتجاجات واسعة» ردا على القرار")}),
    # "وفق" is "in accordance with" unless a source follows
    ("وقال دولان إن الأحداث تتطور وفق مخطط معد سلفا في الخارج.",
     {("gov", "indirect", "الأحداث تتطور وفق مخطط معد سلفا في الخارج")}),
    # a common noun qualified by a word only one actor's names use is that actor's
    ("وقالت الشرطة الكارينية إن الموقوفين أفرج عنهم صباح اليوم.",
     {("karin", "indirect", "الموقوفين أفرج عنهم صباح اليوم")}),
    ("وقالت الشرطة إن الموقوفين أفرج عنهم صباح اليوم.", {("police", "indirect", "الموقوفين أفرج عنهم صباح اليوم")}),
    # an announcing verb with the subject's own object is a claim; with another object, or the object first,
    # an act; a particle of report must open the content
    ("وأعلن دولان انتصاره في الاقتراع بفارق كبير.", {("gov", "indirect", "انتصاره في الاقتراع بفارق كبير")}),
    ("وأعلن دولان حالة الطوارئ في العاصمة.", set()),
    ("وأجري الاقتراع في الربيع وأعلن انتصاره فيه الرئيس الفيلوري الذي يتولى الحكم منذ عقدين.", set()),
    ("وأعلنت الحكومة الفيلورية عن خطة لإعادة فتح المدارس الأسبوع المقبل.",
     {("gov", "indirect", "عن خطة لإعادة فتح المدارس الأسبوع المقبل")}),
    # "وفقا لـ" is "in accordance with" before a non-source; an honorific with a pronoun refers back
    ("وأكدت رئيسة الوزراء آنا كوفاتش أن الأسعار ستبقى ثابتة وفقاً للاتفاق المبرم مع الشركة.\n"
     "وأوضحت معاليها أن الحكومة ستراجع العقد العام المقبل.",
     {("gov", "indirect", "الأسعار ستبقى ثابتة وفقاً للاتفاق المبرم مع الشركة"),
      ("gov", "indirect", "الحكومة ستراجع العقد العام المقبل")}),
    # a pronoun right before a verb is its subject, not the short quotation after it
    ("وقالت الأمم المتحدة إن التصويت جرى «بهدوء»، لكنها أبدت «انزعاجاً كبيراً» حيال تأخر فرز الأصوات.",
     {("un", "indirect", "التصويت جرى «بهدوء»"), ("un", "indirect", "تأخر فرز الأصوات")}),
    # a feeling verb with its subject after it; a negated verb with no complement says nothing
    ("وأعربت الأمم المتحدة عن قلقها البالغ إزاء تقارير عن استخدام القوة المفرطة.",
     {("un", "indirect", "تقارير عن استخدام القوة المفرطة")}),
    ("ولم يعلق دولان على هذه التصريحات حتى الآن.", set()),
    ("ولم يستبعد دولان أن تجرى انتخابات مبكرة.", {("gov", "indirect", "تجرى انتخابات مبكرة")}),
    # a call's particle after a subject before the verb opens its content, short as it is
    ("وكانت الأمم المتحدة قد دعت إلى التهدئة.", {("un", "indirect", "إلى التهدئة")}),
    # the pluperfect "وكان X قد أعلن"; a hearer written with لـ after the subject; a bare بـ after it
    ("وكان براندت قد أعلن في وقت سابق أن الحزب لن يشارك في الحوار.",
     {("opp", "indirect", "الحزب لن يشارك في الحوار")}),
    ("وقال شهود عيان لرويترز إن الشرطة استخدمت الهراوات.",
     {("unknown:شهود عيان", "indirect", "الشرطة استخدمت الهراوات")}),
    ("وطالب المحتجون باستقالة الحكومة الفيلورية فورا.",
     {("unknown:المحتجون", "indirect", "باستقالة الحكومة الفيلورية فورا")}),
    # a where-and-when phrase between commas after the subject is not content; a condemnation's object is
    ("وشددت كوفاتش، خلال لقائها وفدا أوروبيا، على أهمية الحوار مع المعارضة.",
     {("gov", "indirect", "على أهمية الحوار مع المعارضة")}),
    ("وأعلن حزب الحرية، في بيان، رفضه نتائج الانتخابات.", {("opp", "indirect", "رفضه نتائج الانتخابات")}),
    ("وأدانت الأمم المتحدة الهجمات على الصحفيين في العاصمة.",
     {("un", "indirect", "الهجمات على الصحفيين في العاصمة")}),
    # the hearer after a source is not part of it
    ("وبحسب ما أفاد شهود لوكالة رويترز، فإن الشرطة أطلقت الغاز المسيل للدموع.",
     {("unknown:شهود", "indirect", "الشرطة أطلقت الغاز المسيل للدموع")}),
    # a feeling opens the object of a feeling verb; an expression with no feeling gives its object
    ("وأبدت الأمم المتحدة استعدادها لإرسال خبراء لمساعدة المحققين.",
     {("un", "indirect", "استعدادها لإرسال خبراء لمساعدة المحققين")}),
    # a report nested in another by a different actor is a statement too; the outer speaker goes on
    ("وقال غوتيريش إن براندت طلب منه أن ترسل الأمم المتحدة مراقبين إلى البلاد. وأضاف أن المنظمة مستعدة لذلك.",
     {("un", "indirect", "براندت طلب منه أن ترسل الأمم المتحدة مراقبين إلى البلاد"),
      ("opp", "indirect", "ترسل الأمم المتحدة مراقبين إلى البلاد"), ("un", "indirect", "المنظمة مستعدة لذلك")}),
    ("قالت الحكومة الفيلورية إن المعارضة تبدي قلقها حيال \"تأخر إعلان النتائج الرسمية\".",
     {("gov", "indirect", "المعارضة تبدي قلقها حيال \"تأخر إعلان النتائج الرسمية\""),
      ("opp", "direct", "تأخر إعلان النتائج الرسمية")}),
    # ... but after "إنها" the name after the inner verb is its object, not its speaker
    ("وقالت كوفاتش إنها أبلغت براندت بأن الحكومة مستعدة للحوار.",
     {("gov", "indirect", "أبلغت براندت بأن الحكومة مستعدة للحوار")}),
    # a relayed speaker with a relative clause on it: the speaker is the name, the content follows the marker
    ("ونقلت رويترز عن الحكومة الفيلورية، التي أكدت أن الوضع مستقر، قولها إنها لن تفاوض.",
     {("gov", "indirect", "لن تفاوض")}),
    # ... by the same actor, the outer statement covers it
    ("وقالت كوفاتش إن دولان أكد أن الحكومة لن تستقيل.", {("gov", "indirect", "دولان أكد أن الحكومة لن تستقيل")}),
    # ... reported by an outlet, only the inner one
    ("وأفادت الوكالة بأن المعارضة تخشى أن ينفد الوقت أمام الحكومة.", {("opp", "indirect", "ينفد الوقت أمام الحكومة")}),
    # a chain of where-and-when phrases between commas before the complementizer, after a named, a quoted or
    # a dropped subject: the content follows the complementizer
    ("وأضاف براندت، في حوار مع إذاعة محلية، مع المذيعة سلمى ديران، المبثوث مساء الجمعة، أن الحزب لن يقاطع "
     "الانتخابات.", {("opp", "indirect", "الحزب لن يقاطع الانتخابات")}),
    ("وأوضح \"براندت\"، خلال لقاء مع برنامج \"الصباح\"، المذاع على قناة محلية، تقديم نادر فالي، أن الحزب "
     "سيعقد مؤتمره في الخريف.", {("opp", "indirect", "الحزب سيعقد مؤتمره في الخريف")}),
    ("قال براندت إن الحزب جاهز. وقال خلال لقاء مع صحيفة محلية، مع المحرر سامي روان، عبر الهاتف، مساء الأحد، إن "
     "القائمة ستعلن قريبا.",
     {("opp", "indirect", "الحزب جاهز"), ("opp", "indirect", "القائمة ستعلن قريبا")}),
    # ... but phrases without a complementizer after them are no chain: the content starts after the first one
    ("وأعلن حزب الحرية، في بيان، رفضه نتائج الانتخابات، والعقوبات، والقيود.",
     {("opp", "indirect", "رفضه نتائج الانتخابات، والعقوبات، والقيود")}),
    # a relative with a conjunction on it ("والذي") speaks for its antecedent, not for the object after its verb
    ("وقالت كوفاتش إن الأمم المتحدة أشادت بالتقرير، والذي تحدث عن إصلاح القضاء، مشيرة إلى أن الحكومة ستنفذه.",
     {("gov", "indirect", "الأمم المتحدة أشادت بالتقرير، والذي تحدث عن إصلاح القضاء"),
      ("gov", "indirect", "الحكومة ستنفذه")}),
    # a verb whose own first letters are alif-lam ("ألمح": hinted) is no noun with the article
    ("وألمح براندت إلى أن الحزب قد ينسحب من الحوار.", {("opp", "indirect", "الحزب قد ينسحب من الحوار")}),
    ("وقال براندت إن المحادثات متوقفة. وألمح إلى أن الحزب قد ينسحب.",
     {("opp", "indirect", "المحادثات متوقفة"), ("opp", "indirect", "الحزب قد ينسحب")}),
    ("وقالت الشرطة إن الألماني الموقوف أفرج عنه.", {("police", "indirect", "الألماني الموقوف أفرج عنه")}),
    # "قدّر أن" (estimated that) reports; "قدّر جهود" (appreciated) with no complement, a noun قدر or the
    # passive "تقدر بـ" (is estimated at) does not
    ("وقدّر غوتيريش أن آلاف الأسر نزحت من الأقاليم.", {("un", "indirect", "آلاف الأسر نزحت من الأقاليم")}),
    ("وقدّر غوتيريش جهود الوسطاء في الأقاليم.", set()),
    ("وتقدر الخسائر بنحو مليار دولار.", set()),
    ("وقال دولان إن الوضع على قدر كبير من الخطورة.", {("gov", "indirect", "الوضع على قدر كبير من الخطورة")}),
    ("وأبدت المعارضة قدرا من المرونة.", set()),
]

SPEAKERS = [
    # a Form III participle's feminine (singular or plural) right after a comma, as the masculine:
    # the clause's subject calls for what follows
    ("واعتصمت المعارضة أمام وزارة العدل، مطالبة بمحاكمة عادلة للموقوفين.",
     [("opp", "المعارضة", "indirect", "بمحاكمة عادلة للموقوفين")]),
    ("واحتشدت نساء حزب الحرية قرب السجن، مطالبات بزيارة ذويهن.",
     [("opp", "حزب الحرية", "indirect", "بزيارة ذويهن")]),
    # … the same form without a comma is the masdar or an adjective: no call of its own
    ("وجددت الأمم المتحدة مطالبة الحكومة الفيلورية بفتح المعابر.",
     [("un", "الأمم المتحدة", "indirect", "مطالبة الحكومة الفيلورية بفتح المعابر")]),
    ("وتشهد المدن الشمالية مسيرات مطالبة بالإصلاح.", []),
    # a feeling participle reads what the feeling is about as its finite verb does, however short
    ("رفضت المعارضة التعديلات، معربة عن قلقها من التوقيفات.",
     [("opp", "المعارضة", "indirect", "التعديلات"), ("opp", "المعارضة", "indirect", "التوقيفات")]),
    ("أعرب براندت عن قلقه من التوقيفات.", [("opp", "براندت", "indirect", "التوقيفات")]),
    # where and when between the verb and its object is no part of what is condemned
    ("استنكرت المعارضة في بيان يوم الخميس إغلاق الصحف.",
     [("opp", "المعارضة", "indirect", "إغلاق الصحف")]),
    ("انتقد براندت أمس في تصريح صحافي تأجيل الانتخابات.",
     [("opp", "براندت", "indirect", "تأجيل الانتخابات")]),
    # … and an act declared in a statement is still no speech
    ("وأعلنت الحكومة الفيلورية في بيان حالة الطوارئ.", []),
    # a source set inside its content between commas: the one inside the commas speaks, and the content
    # is the clause on both sides of it
    ("المفاوضات، بحسب براندت، ستستأنف يوم الاثنين.",
     [("opp", "براندت", "indirect", "المفاوضات، بحسب براندت، ستستأنف يوم الاثنين")]),
    ("المعابر، قالت كوفاتش، ستبقى مفتوحة أمام القوافل.",
     [("gov", "كوفاتش", "indirect", "المعابر، قالت كوفاتش، ستبقى مفتوحة أمام القوافل")]),
    # … not an apposition to the speaker, nor a place before the verb
    ("وقال براندت، زعيم المعارضة، إن المفاوضات ستستأنف.",
     [("opp", "براندت، زعيم المعارضة", "indirect", "المفاوضات ستستأنف")]),
    ("وفي العاصمة، قال براندت، إن المفاوضات ستستأنف.",
     [("opp", "براندت", "indirect", "المفاوضات ستستأنف")]),
    # an inverted attribution after a clause and a comma closes that clause: a clause joined after it is the
    # narration's, unless it speaks in the first person; so is a participle's or a relative clause's after it
    ("نفد الوقود، قال براندت، وتوقفت الحافلات.", [("opp", "براندت", "indirect", "نفد الوقود")]),
    ("تراجعت مبيعات القمح، قالت كوفاتش، والحكومة الفيلورية تدرس خطة دعم.",
     [("gov", "كوفاتش", "indirect", "تراجعت مبيعات القمح")]),
    ("نفد الوقود في الموانئ، قال براندت، ولن نقبل بذلك.",
     [("opp", "براندت", "indirect", "نفد الوقود في الموانئ، قال براندت، ولن نقبل بذلك")]),
    ("نفد الوقود في الموانئ، قال براندت لرويترز.", [("opp", "براندت", "indirect", "نفد الوقود في الموانئ")]),
    ("نفد الوقود في الموانئ، قال براندت، الذي يقود الحزب منذ عامين.",
     [("opp", "براندت", "indirect", "نفد الوقود في الموانئ")]),
    ("الوضع خطير جدا، حذر غوتيريش، داعيا إلى ضبط النفس.",
     [("un", "غوتيريش", "indirect", "الوضع خطير جدا"), ("un", "غوتيريش", "indirect", "إلى ضبط النفس")]),
    # … not after where or when, nor before what goes on with the attribution, nor a verb with a conjunction
    ("وتعليقا على القرار، قال براندت لرويترز إن الحكومة أخطأت.",
     [("opp", "براندت", "indirect", "الحكومة أخطأت")]),
    ("وردا على ذلك، أعلنت الحكومة الفيلورية، في بيان، رفضها الاتهامات.",
     [("gov", "الحكومة الفيلورية", "indirect", "رفضها الاتهامات")]),
    ("وأغلقت المدارس في العاصمة، وأعلن الحظر الرئيس الفيلوري، الذي يحكم منذ عقدين.", []),
    # the preposition of "وفقا لـ" / "طبقا لـ" written on the source is no part of its name, and "لل" is "ل" on
    # the article ("للشرطة" is "الشرطة"); a name that begins with lam keeps it
    ("وارتفعت أجور عمال الموانئ بنسبة عشرة بالمئة، وفقا لهيئة الموانئ.",
     [("unknown:هيئة الموانئ", "هيئة الموانئ", "indirect", "وارتفعت أجور عمال الموانئ بنسبة عشرة بالمئة")]),
    ("وفقاً لنقابة عمال المناجم، أغلقت ثلاثة مناجم.",
     [("unknown:نقابة عمال المناجم", "نقابة عمال المناجم", "indirect", "أغلقت ثلاثة مناجم")]),
    ("وأغلقت ثلاثة مناجم، طبقا للنقابة المستقلة.",
     [("unknown:النقابة المستقلة", "النقابة المستقلة", "indirect", "وأغلقت ثلاثة مناجم")]),
    ("وأغلقت ثلاثة مناجم، وفقا للشرطة.", [("police", "الشرطة", "indirect", "وأغلقت ثلاثة مناجم")]),
    ("وأغلقت ثلاثة مناجم، وفقا للوكا براندت.", [("opp", "لوكا براندت", "indirect", "وأغلقت ثلاثة مناجم")]),
    ("وأغلقت ثلاثة مناجم، وفقا لحزب الحرية.", [("opp", "حزب الحرية", "indirect", "وأغلقت ثلاثة مناجم")]),
    # … and the verb of "بحسب ما ذكرته X" (with the pronoun resuming "what") is no part of it either
    ("وأغلقت ثلاثة مناجم، بحسب ما ذكرته نقابة عمال المناجم.",
     [("unknown:نقابة عمال المناجم", "نقابة عمال المناجم", "indirect", "وأغلقت ثلاثة مناجم")]),
    ("وأغلقت ثلاثة مناجم، وفقا لما أعلنته الحكومة الفيلورية.",
     [("gov", "الحكومة الفيلورية", "indirect", "وأغلقت ثلاثة مناجم")]),
    # … the written proclitic of a word that is no source still makes no statement
    ("وتجرى الانتخابات وفقا للدستور.", []),
    ("وتسير الأمور وفقا لخطتها المعلنة.", []),
    # a relayed speaker's gender is its marker's ("قوله": his), not the relaying verb's: a later feminine
    # verb with no subject is the relaying body's
    ("وقالت المعارضة إن الموقوفين مضربون. ونقلت المعارضة عن محاميهم قوله إنهم لم يمثلوا أمام قاض. "
     "وأشارت إلى أن السلطات منعت زيارتهم.",
     [("opp", "المعارضة", "indirect", "الموقوفين مضربون"),
      ("unknown:محاميهم", "محاميهم", "indirect", "لم يمثلوا أمام قاض"),
      ("opp", "", "indirect", "السلطات منعت زيارتهم")]),
    # ... and a masculine one after it is still the relayed speaker's
    ("ونقلت المعارضة عن محاميهم قوله إنهم لم يمثلوا أمام قاض. وأضاف أن السلطات منعت زيارتهم.",
     [("unknown:محاميهم", "محاميهم", "indirect", "لم يمثلوا أمام قاض"),
      ("unknown:محاميهم", "محاميهم", "indirect", "السلطات منعت زيارتهم")]),
]

# A long circumstance or relative clause after the subject, and further phrases between commas, that a
# complementizer or a colon ends are passed whole; a document phrase takes its qualifier in either gender
# and a hearer in quotation marks ("في تصريح لـ«X»"); unvowelled عبر is عبّر only at the head of a clause
# with عن and a feeling after its subject; "ما يؤكد" (which confirms) is no speaker's verb
CASES += [
    ("وأوضح دولان، خلال كلمته في افتتاح منتدى رجال الأعمال حول الاستثمار في الأقاليم الشمالية، المذاع عبر "
     "قناة \"الساحل\" مساء الثلاثاء، أن العجز تراجع.", {("gov", "indirect", "العجز تراجع")}),
    ("وأضاف براندت، خلال مداخلة هاتفية لبرنامج «المساء»، الذي تقدمه المذيعة رنا سالم عبر قناة «الساحل الأولى»، "
     "مساء الاثنين: «لن نقبل بالنتائج».", {("opp", "direct", "لن نقبل بالنتائج")}),
    ("وقال دولان، الذي تولى المنصب قبل عامين بعد استقالة سلفه إثر فضيحة مالية هزت البلاد، إن الإصلاحات ستستمر.",
     {("gov", "indirect", "الإصلاحات ستستمر")}),
    ("وأكد براندت في تصريح لـ«الساحل» رفضه للنتائج.", {("opp", "indirect", "رفضه للنتائج")}),
    ("وأكدت كوفاتش في تصريحات صحفية، اليوم، رفضها للاستقالة.", {("gov", "indirect", "رفضها للاستقالة")}),
    ("وعبر براندت عن قلقه من تأجيل الانتخابات.", {("opp", "indirect", "تأجيل الانتخابات")}),
    ("كما عبر دولان عن ارتياحه لنتائج القمة.", {("gov", "indirect", "عن ارتياحه لنتائج القمة")}),
    ("نفت كوفاتش، عبر حسابها على فيسبوك، صحة الأنباء.", {("gov", "indirect", "صحة الأنباء")}),
    ("وعبر الجسر عاد المتظاهرون عن طريق الساحل.", set()),
    ("وأعلن غوتيريش عبر المتحدث باسمه عن قلق بالغ.", set()),
    ("وقال براندت إن الأرقام تحسنت، ما يؤكد نجاح الخطة، مشيرا إلى أن العجز تراجع.",
     {("opp", "indirect", "الأرقام تحسنت، ما يؤكد نجاح الخطة"), ("opp", "indirect", "العجز تراجع")}),
    ("ويؤكد دولان أن الأزمة انتهت.", {("gov", "indirect", "الأزمة انتهت")}),
]


@pytest.mark.parametrize("text,expected", SPEAKERS, ids=[t[:30] for t, _ in SPEAKERS])
def test_arabic_speakers(text, expected):
    doc = Document(id="t", text=text, source="Test", lang="ar")
    found = [(s.actor, s.speaker, s.kind, s.text) for s in extract_statements(doc, REGISTRY, narration=False)]
    assert found == expected


@pytest.mark.parametrize("text,expected", CASES, ids=[t[:30] for t, _ in CASES])
def test_arabic_news_constructions(text, expected):
    assert run(text) == expected


def test_a_source_phrase_in_the_subject_zone_is_recorded_as_via():
    doc = Document(id="t", text="وأكدت قيادات المعارضة بحسب وكالة رويترز أن الشرطة داهمت مقار الحزب في الضواحي.",
                   source="Test", lang="ar")
    (s,) = extract_statements(doc, REGISTRY, narration=False)
    assert (s.actor, s.via, s.text) == ("opp", "media", "الشرطة داهمت مقار الحزب في الضواحي")

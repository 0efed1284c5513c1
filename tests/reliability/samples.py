"""Texts and fragments the reliability tests build their inputs from (all written for these tests)."""

from __future__ import annotations

# A short wire story in three languages: quotations, reported speech, a source phrase, a tweet, a
# dateline, hard-wrapped lines and a quotation that runs over a line break.
ARTICLE = """\
PORT AMSEL, March 12 (Meridian) - Police said on Monday that the protest in the capital had been
peaceful, and the interior ministry called for restraint from all sides.

“We will not allow anyone to take over the streets,” Interior Minister Lena Varga told reporters,
adding that “the talks with the union leaders will go on this week.”

According to the union, at least 12 people were hurt when officers used tear gas near the port.
Union leader Tomas Weber said the government had ignored the workers for years.

The European Union urged calm. “We call on all sides to show restraint and to respect the right to
peaceful assembly,” the bloc's spokesperson wrote. — Petra Lind (@EU_Petra) March 12, 2024

وقال وزير الداخلية إن “الوضع تحت السيطرة”، مضيفا أن الحوار مع النقابات سيستمر هذا الأسبوع.

وبحسب وكالة الأنباء الرسمية، دعت الحكومة إلى ضبط النفس.

«Мы не допустим беспорядков, — заявил министр внутренних дел. — Переговоры продолжатся».
По словам представителя профсоюза, пострадали не менее 12 человек.
"""

REGISTRY = """\
actors:
  police:
    kind: state
    aliases:
      en: [Police, the police, Interior Minister Lena Varga, Lena Varga, the interior ministry]
      ar: [وزير الداخلية]
      ru: [министр внутренних дел]
  union:
    aliases:
      en: [the union, Tomas Weber, Union leader Tomas Weber]
      ru: [профсоюз]
  eu:
    aliases:
      en: [The European Union, the bloc, Petra Lind]
  government:
    aliases:
      en: [the government]
      ar: [الحكومة]
"""

# What adversarial texts are made of: runs of spaces, punctuation, quotation marks, conjunctions,
# brackets, line ends, and the words that start constructions (cue words, names, source phrases).
SPACES = [" ", "  ", "\t", "\u00a0", "\u2009"]
PUNCTUATION = [",", ".", ";", ":", "!", "?", "…", "—", "–", "-", "،", "؛", "؟", ", — ", ". — "]
QUOTES = ['"', "“", "”", "«", "»", "‘", "’", "''", "``", "„", "'"]
CONJUNCTIONS = ["and ", "but ", "or ", "while ", "و", "و ", "и ", "а ", "но "]
BRACKETS = ["(", ")", "(AP ", "[", "]", "(@a) ", "{"]
LINE_ENDS = ["\n", "\r\n", "\r", "\n\n", "\r\r", "\r\n\r\n"]
WORDS = ["said ", "says ", "told ", "added ", "adding ", "according to ", "called for ", "urged ", "he ",
         "she ", "Police ", "the union ", "Lena Varga ", "that ", "who ", "it was reported that ", "Mr. ",
         "U.S. ", "TOKAYEV: ", "- ", "12 ", "% ", "restraint ", "وقال ", "إن ", "أن ", "بحسب ", "الحكومة ",
         "заявил ", "что ", "по словам ", "Об этом ", "сообщил ", "https://t.co/x ", "@x "]
FRAGMENTS = SPACES + PUNCTUATION + QUOTES + CONJUNCTIONS + BRACKETS + LINE_ENDS + WORDS

"""Arabic phrases around a speech verb that are no part of what was said: where, when and to whom."""

from __future__ import annotations

import re

# Where and when between a verb (and its subject) and its object: "أدانت X في بيان يوم الاثنين الاعتقالات".
_DAYS = "الاثنين|الإثنين|الثلاثاء|الأربعاء|الاربعاء|الخميس|الجمعة|السبت|الأحد|الاحد"
_DOCUMENTS = "بيان|تصريح|تصريحات|مؤتمر|مقابلة|كلمة|تغريدة|منشور|رسالة|حديث|لقاء|مداخلة|حوار"
# what the document was, in either gender ("في تصريحات صحفية", "في حديث خاص", "في كلمة متلفزة")
_QUALIFIERS = "له|لها|لهم|(?:صحافي|صحفي|رسمي|مشترك|مكتوب|متلفز|مقتضب|خاص|هاتفي|مسجل|مصور|إذاعي)ة?"
# to whom, a named outlet in quotation marks: "في تصريح لـ«الصحيفة»", 'في حديث لـ"القناة"'
_HEARER = r"لـ? ?[«\"“][^»\"”\n]{1,40}[»\"”]"
_WHERE_OR_WHEN = (rf"(?:(?:في|عبر|خلال) (?:{_DOCUMENTS})(?: (?:{_QUALIFIERS})){{0,2}}(?: {_HEARER})?"
                  rf"|(?:يوم )?(?:{_DAYS})|أمس|اليوم)")
PREAMBLE = re.compile(rf"{_WHERE_OR_WHEN}(?:،? {_WHERE_OR_WHEN})?،? (?=\w)")

"""Toll words: what says people were killed, who they were, and what does not add to a
death toll (the wounded, a list of those already counted, a hedge, a vague number).

``pipeline.events.numbers`` reads death tolls with these lists. To fix a miss, add the word
to its list. Words are compared with the words of the text in their matching form, so write
them as in ordinary Arabic (أ/ا, ة/ه and ى/ي are the same); a word with its clitics
(و، ب، ال...) need not be listed, they are stripped.
"""

from __future__ import annotations

# -- who was killed ---------------------------------------------------------------------
# Singular person nouns whose dual ("ان"/"ين") differs from their plural, so the written
# dual ("شخصين", "طفلتان") is unambiguous without diacritics and counts two.
PERSONS: tuple[str, ...] = (
    "شخص", "قتيل", "طفل", "طفله", "عنصر", "امراه", "رجل", "شاب", "شابه", "جندي", "شقيق",
    "شقيقه", "عضو", "ضحيه", "شهيد", "جثه", "مسن", "فتاه", "فتي", "ضابط", "صحفي", "ناشط",
    "راعي", "سيده", "مختار", "معتقل", "مسعف", "قيادي", "طالب", "طالبه", "عامل", "مزارع",
    "حارس", "شرطي",
)
# Nisba and participle nouns: their "ين" form is also the plural ("مدنيين"), but the
# nominative dual "ان" is unambiguous ("مدنيان", "مسلحان") and counts two.
DUAL_IN_AN: tuple[str, ...] = ("مدني", "عسكري", "مقاتل", "مسلح", "متطوع", "مسعف", "مواطن",
                               "موظف", "مدرس", "مهرب")
# Singular nouns of one more person in a list ("عنصران من قوات النظام ومقاتل محلي").
NISBA: tuple[str, ...] = ("مدني", "عسكري", "مقاتل", "مسلح", "مواطن", "موظف")
# Kin named with their pronoun (KIN_PRONOUNS): "مقتل رجل وزوجته", "قتل مزارع وابنه".
KIN: tuple[str, ...] = ("زوج", "زوجت", "ابن", "ابنت", "طفل", "طفلت", "شقيق", "شقيقت", "والد",
                        "والدت", "ام", "اب", "اخ", "اخت")
KIN_PRONOUNS: tuple[str, ...] = ("ه", "ها", "هما")
# Plurals that say people died without saying how many: "مقتل عناصر من قوات النظام". (Any
# word ending in ين، ون or ات is read as such a plural too.)
PLURAL_PERSONS: tuple[str, ...] = ("عناصر", "اشخاص", "اطفال", "جنود", "رجال", "نساء", "افراد",
                                   "مدنيين", "مقاتلين", "قتلي")

# -- what says they were killed ---------------------------------------------------------
# Words followed by whom or how many: "مقتل 15 عنصرا", "قتل طفل وامراه".
FORWARD: frozenset[str] = frozenset({
    "مقتل", "قتل", "استشهاد", "استشهد", "استشهدت", "مصرع", "وفاه", "توفي", "اعدام", "اغتيال",
    "اغتال", "قتلت", "قضي", "بحياه", "يقتل", "تقتل", "تحييد", "حيد", "حيدت", "اعدم", "اعدمت",
    "يعدم", "تعدم", "ارتقي", "ارتقت", "ارتقوا",
})
# Verbs that count deaths only when a martyr noun follows: "ارتقى ثلاثة من العناصر شهداء".
MARTYRED: frozenset[str] = frozenset({"ارتقي", "ارتقت", "ارتقوا"})
# Passive verbs after whom they name: "15 شخصا قتلوا", "عنصرين من قواتها قتلا".
VERB_AFTER: frozenset[str] = frozenset({"قتلوا", "قتلا", "قتلتا", "قضوا", "قضيا", "استشهدوا",
                                        "استشهدا"})
# Words preceded by how many: "4 قتلى", "11 قتيلا", "ثمانية رعاة قتلى".
BACKWARD: frozenset[str] = frozenset({
    "قتلي", "قتيل", "قتيلا", "قتيلين", "قتيلان", "شهيدا", "شهداء", "شهيدين", "شهيدان", "جثث",
    "جثه", "جثتين", "جثتان", "ضحيه", "ضحايا",
})
# Death nouns that are their own count, with no number before them: two, or one ("عثر على
# جثة شاب": one body).
DEAD_TWO: frozenset[str] = frozenset({"قتيلين", "قتيلان", "شهيدين", "شهيدان", "جثتين", "جثتان"})
DEAD_ONE: frozenset[str] = frozenset({"قتيل", "قتيلا", "شهيدا", "جثه"})
# A toll that rises ("ارتفع عدد القتلى إلى 11"): words that open such a sentence (a word
# counts when it starts with one), and the words before the new figure.
RISING: tuple[str, ...] = ("ارتفع", "لترتفع", "ليرتفع", "وارتفع")
RISES_TO: frozenset[str] = frozenset({"الي", "لتصل", "ليصل", "لترتفع"})
# "... إضافة إلى أربعة من": more people added to those counted.
IN_ADDITION: frozenset[str] = frozenset({"اضافه", "فضلا", "بالاضافه"})
IN_ADDITION_TO: frozenset[str] = frozenset({"الي", "عن"})

# -- between a death word and its count -------------------------------------------------
# Hedges before a number: "أكثر من 20", "نحو 15", "ما لا يقل عن 7".
HEDGES: frozenset[str] = frozenset({"اكثر", "من", "نحو", "حوالي", "قرابه", "قرابة", "ما", "لا",
                                    "يقل", "عن", "زهاء", "اقل", "الاقل", "ما يزيد",
                                    "يزيد"})
# Pronoun-bearing fillers: "قتل فيها 12 عنصرا".
FILLERS: frozenset[str] = frozenset({"فيها", "فيه", "فيهما", "خلالها", "خلاله", "بها",
                                     "اثرها", "علي", "اثر"})
# Numbers that are no count: "عشرات القتلى" (deaths, number unknown).
VAGUE: frozenset[str] = frozenset({"عشرات", "الاف", "عده", "عدد", "بعض", "العشرات"})

# -- what does not add to the toll --------------------------------------------------------
# A negation up to four words before a death word: "لم يسجل وقوع قتلى".
NEGATIONS: frozenset[str] = frozenset({"لم", "لا", "دون", "بدون", "عدم", "ولم", "ولا"})
# Generic nouns right before a death word: "عمليات اغتيال" counts nobody.
GENERIC: frozenset[str] = frozenset({"عمليات", "حالات", "سلسله", "موجه", "ظاهره", "حوادث"})
# The wounded: a list of the dead stops at them.
INJURY: frozenset[str] = frozenset({"اصابه", "اصيب", "اصيبت", "جرح", "جرحي", "مصابين", "اصابات",
                                    "جريح"})
# An enumeration of those already counted ("ثلاثة أشخاص، هم عنصران ومدني") adds nobody.
LIST_STOP: frozenset[str] = frozenset({"بينهم", "منهم", "بينهن", "منهن", "بينها", "بينهما",
                                       "هم", "وهم", "هما", "وهما"})
# Words that end the clause of a death word: what follows is another clause.
CLAUSE_STOP: frozenset[str] = frozenset({
    "اصيب", "اصيبت", "واصيب", "واصيبت", "اصابه", "واصابه", "جرح", "وجرح", "فيما", "بينما",
    "حين", "جراء", "اثر", "بعد",
})

# Listed before these lists were compared in their matching form, and so never used (a
# hamza or ى kept them from matching the text): PERSONS "لاجئ", "لاجئه", "سائق"; VAGUE
# "مئات", "المئات"; HEDGES "على"; GENERIC "جرائم". Add them after measuring with
# newswatch eval.

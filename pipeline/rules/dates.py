"""Dates: the words that bound the part of a sentence a date word dates, and the words that
name the current month or a later time of today.

``pipeline.events.dates`` reads these lists. Arabic news puts the day of an act in the act's
own clause: "قصفت الطائرات مساء الثلاثاء بلدة A، فيما قصفت المدفعية صباح اليوم بلدة B" dates
A to Tuesday and B to today, and "وذلك بعد قصفها المسجد أمس" dates the earlier shelling, not
the act the sentence opens with. A date word reaches the clause it stands in and the clauses
after it that carry none of their own; it does not reach back over a clause opener.

Phrases are written as outlets spell them (hamza, ة, ى); they are matched in the form of
``language.normalize``. To let a new connective bound a date, add it here.
"""

from __future__ import annotations

# What opens a clause that may carry a day of its own: the connectives that open another
# act (pipeline.rules.scenes.CLAUSE_OPENERS: "فيما"، "بينما"، "كما"، "بعد أن", read too) and
# these, which open an earlier act the sentence recalls ("وذلك بعد قصفها المسجد أمس"،
# "عقب"، "إثر"، "غداة"، "على خلفية") or one beside it. A date word in such a clause dates
# that clause's act.
DATE_CLAUSE_OPENERS: tuple[str, ...] = ("وذلك بعد", "وذلك عقب", "وذلك إثر", "وذلك غداة",
                                        "عقب", "وعقب", "إثر", "على إثر", "وعلى إثر",
                                        "في أعقاب", "غداة", "بعد يوم من", "بعد يومين من",
                                        "بعد ساعات من", "بالتزامن مع", "تزامنا مع",
                                        "تزامناً مع",
                                        # The cause an act answers: "تظاهروا اليوم على
                                        # خلفية اعتداءات وقعت أمس".
                                        "على خلفية", "وعلى خلفية", "رداً على", "ردا على",
                                        # An earlier act told of someone named: "للمطالبة
                                        # بالإفراج عن ناشط الذي اعتقلته الشرطة أمس".
                                        "الذي", "التي", "الذين", "اللذين", "اللتين",
                                        # Another place that suffered an act, told with
                                        # its own day: "قتل شاب اليوم في بلدة A، وتعرضت
                                        # قرى B، أمس، لقصف".
                                        "وتعرضت", "وتعرض")

# After a comma, these open an earlier act the sentence recalls: "قتل شاب صباح اليوم، بعد
# مقتل آخر أمس" (without the comma, "بعد ظهر أمس" is a time of day).
AFTER_COMMA_OPENERS: tuple[str, ...] = ("بعد", "وبعد", "قبل")

# "توفي اليوم متأثراً بجروح أصيب بها في انفجار يوم 14 شباط": a death from wounds belongs to
# the act that wounded, which ACLED dates. After a word of DIED_OF (matched as the beginning
# of a word: "متأثراً"، "متأثرين"), a day that the clause of WOUNDED_ON gives ("أصيب بها ...
# يوم 14 شباط") dates that act, not the day of the death. ("متأثرين بإصاباتهم صباح اليوم"
# dates the death: no such clause.)
DIED_OF: tuple[str, ...] = ("متأثر",)
WOUNDED_ON: tuple[str, ...] = ("أصيب بها", "أصيبت بها", "أصيبوا بها", "أصيبا بها", "أصيب به",
                               "أصيبت به", "أصيبوا به", "تعرض لها", "تعرضت لها",
                               # the act told with its victim: "متأثراً بإصابته بإطلاق نار
                               # استهدفه مع والده مساء أمس"
                               "استهدفه", "استهدفته", "استهدفها", "استهدفتها", "استهدفهم",
                               "استهدفتهم", "استهدفهما", "طاله", "طالته", "طالها", "طالهم",
                               "أصابه", "أصابته", "أصابها", "أصابتها", "أصابتهم")

# Bodies recovered on one day of people who died on another: "انتشل الهلال الأحمر أمس الأحد
# جثث خمسة مدنيين قضوا بانفجار لغم ... يوم السبت". After a word of BODIES_FOUND, a day that
# the clause of BODIES_DIED gives dates the death, which ACLED codes, not the recovery.
BODIES_FOUND: tuple[str, ...] = ("انتشل", "انتشلت", "انتشلوا", "انتشال", "عثر", "عثرت",
                                 "عثروا", "العثور", "وجدت", "وجدوا")
BODIES_DIED: tuple[str, ...] = ("قضوا", "قضى", "قضت", "قضيا", "لقوا حتفهم", "لقي حتفه",
                                "لقيت حتفها", "قتلوا", "قتلا", "استشهدوا", "توفوا")

# The dead mourned or buried: "قتل ثلاثة جنود، نعتهم صفحات موالية صباح اليوم"، "شيّع
# الأهالي أمس القتيلين". A day named up to MOURNED_REACH words after one of these dates the
# mourning or the funeral, not the deaths.
MOURNED: tuple[str, ...] = (
    "نعى", "نعت", "نعته", "نعتهم", "نعتها", "نعتهما", "نعاه", "نعاهم", "نعاها", "نعوه", "نعوا",
    "ينعى", "تنعى", "شيع", "شيعت", "شيعه", "شيعهم", "شيعوا", "شيعته", "شيعتهم",
    # the present of headlines: "الباب تشيّع ضحايا تفجير الخميس الماضي"
    "تشيع", "يشيع", "يشيعون", "تشيعان",
)
MOURNED_REACH = 4
# Reactions to an incident: "أدانت الخارجية اليوم الغارة التي استهدفت أمس ..."، "توالت اليوم
# الثلاثاء ردود الفعل المنددة بالغارة ...". A day named up to MOURNED_REACH words after a
# verb of condemning (REACTED) dates the condemnation; one named between a verb of piling up
# (REACTIONS_PILED) and a noun of reactions (REACTION_NOUNS) dates the reactions. Neither
# dates the incident they answer.
REACTED: tuple[str, ...] = (
    "أدان", "أدانت", "أدانوا", "ندد", "نددت", "استنكر", "استنكرت", "شجب", "شجبت",
)
REACTIONS_PILED: tuple[str, ...] = ("توالت", "تتوالى", "تواصلت", "تتواصل", "تصاعدت",
                                    "تتصاعد", "صدرت", "انهالت")
REACTION_NOUNS: tuple[str, ...] = ("ردود الفعل", "ردود فعل", "ردات الفعل", "ردات فعل",
                                   "الإدانات", "إدانات", "التنديدات", "المواقف المنددة")
# A weekday in construct right after a noun of the dead names them by the day they died
# ("تشييع شهيد الجمعة"، "ضحايا مجزرة الخميس"), not the day of what the sentence tells.
DEAD_OF_THE_DAY: tuple[str, ...] = ("شهيد", "شهيدي", "شهداء", "قتيل", "قتيلي", "قتلى",
                                    "ضحايا", "مجزرة", "مجزرتي")

# Words after "اليوم" that make it another day than today: "في اليوم ذاته" is the day just
# told (SAME_DAY_AFTER), "في اليوم التالي" the day after it (NEXT_DAY_AFTER), "في اليوم
# الثالث من الحملة" a day of a campaign (NOT_TODAY_AFTER). None of them dates an act to the
# day of the page.
SAME_DAY_AFTER: tuple[str, ...] = ("ذاته", "نفسه")
# "اليوم" with a figure that counts the days of something and ends its phrase ("رصد الهدنة
# - اليوم 24: خروقات في ..."، "اليوم 12 من الحملة") is that day of it, not today; these may
# follow the figure. (Not a count of people: "قتل اليوم 5 مدنيين" is today.)
DAY_COUNT_ENDS: tuple[str, ...] = (":", "-", "–", "من", "على")
# The same said before "اليوم": "في ذات اليوم"، "في نفس اليوم" is the day just told, too.
SAME_DAY_BEFORE: tuple[str, ...] = ("ذات", "نفس")
NEXT_DAY_AFTER: tuple[str, ...] = ("التالي", "الذي تلاه", "اللاحق")
# A sentence that opens on "a later development" ("وفي تطور لاحق، استهدفت مسيّرة بعد الظهر
# ...") and names no day of its own goes on from the day the sentence before it told, as
# "في اليوم ذاته" does: not back to the lead's day (the opener, after its "و").
LATER_SAME_DAY: tuple[str, ...] = ("في تطور لاحق", "في وقت لاحق", "وفي تطور لاحق",
                                   "وفي وقت لاحق")
NOT_TODAY_AFTER: tuple[str, ...] = ("السابق", "الذي سبقه", "الأول", "الثاني", "الثالث",
                                    "الرابع", "الخامس", "السادس", "السابع", "الثامن",
                                    "التاسع", "العاشر", "الأخير", "العالمي", "الوطني",
                                    "الدولي")

# An act on its Nth day running ("تتواصل الاشتباكات لليوم الرابع على التوالي"، "لليوم الثاني
# توالياً") is dated only by its own clause: a day told in a later clause of its sentence
# ("...، إثر توقيف القائد يوم الأحد الفائت") is that of what set it off, or of another
# act, so the sentence leaves the act's day to the rest of the report. The word before the
# ordinal (as written; "في اليوم الرابع من الحملة" is a day of a campaign: NOT_TODAY_AFTER),
# and what may follow the ordinal.
RUNNING_DAY: tuple[str, ...] = ("لليوم",)
RUNNING_DAY_AFTER: tuple[str, ...] = ("على التوالي", "توالياً", "تواليا")

# The current month after a day's number or ordinal: "في 13 من الشهر الجاري"، "يوم 13
# الجاري"، "في الثالث عشر من الشهر الحالي".
CURRENT_MONTH: tuple[str, ...] = ("الشهر الجاري", "الشهر الحالي", "الجاري", "الحالي")
# The month before: "في 28 من الشهر الماضي".
LAST_MONTH: tuple[str, ...] = ("الشهر الماضي", "الشهر المنصرم", "الشهر الفائت",
                               "الشهر السابق")

# Times of "today" that come after the small hours: in a page stamped before EARLY_HOURS_END
# (a page put up after midnight), "مساء اليوم" or "صباح اليوم" had already passed, so the
# writer's today was the day before, and these name a time of that day.
LATER_TODAY: tuple[str, ...] = ("مساء اليوم", "ليل اليوم", "ليلة اليوم", "الليلة",
                                "هذه الليلة", "مساء هذا اليوم", "عصر اليوم", "صباح اليوم",
                                "ظهر اليوم", "ظهيرة اليوم", "ضحى اليوم")
EARLY_HOURS_END = 5

# An agreement is dated by the day it was made, not by the day it is carried out: "بدأت
# اليوم عملية الإخراج تنفيذاً لاتفاق أبرم الجمعة الماضي"، "للاتفاق الذي توصلت إليه اللجنة
# أمس الخميس". A day in the clause right after an agreement word and one of these verbs
# (a few words may stand between: "الذي"، "إليه") dates the agreement event, when it is at
# most AGREEMENT_MADE_DAYS before the page. (Words as outlets write them; a verb's endings
# are allowed: "توصلت"، "أبرمتها".)
AGREEMENT_MADE: tuple[str, ...] = ("أبرم", "ابرم", "المبرم", "توصل", "التوصل", "وقع", "الموقع",
                                   "عقد", "المعقود", "أقر", "اقر")
AGREEMENT_MADE_DAYS = 7

# English copy: verbs that date a statement, not the act it tells ("residents said on
# Thursday", "activists accused government forces on Saturday of dropping ..."). The day
# right after one of EN_SAYING, or after one of EN_ACCUSING and up to EN_ACCUSED_WORDS words
# naming whom it accuses, is the day of the saying; the act is dated by another word, or by
# a later sentence that retells it ("dropped the device ... late on Friday").
EN_SAYING: tuple[str, ...] = ("said", "says", "reported", "announced", "stated", "claimed",
                              "confirmed", "denied", "warned", "added")
EN_ACCUSING: tuple[str, ...] = ("accused", "accuses", "blamed", "blames", "told")
EN_ACCUSED_WORDS = 4

# A campaign counted since a day ("لترتفع حصيلة ضحايا الحملة منذ مساء الأحد إلى 250"،
# "قتلى التصعيد منذ أمس"): the day it began, not the day of the act the sentence tells (the
# shelling that killed nine today). One of these right before "منذ" and its day.
CAMPAIGN_SINCE: tuple[str, ...] = ("الحملة", "الحملات", "التصعيد", "الهجمة")

# A lasting state before "منذ" ("للمطالبة بكشف مصير شابين مفقودين منذ أسبوعين"، "محطة علوك
# المتوقفة منذ أسابيع"، "المعتقلين منذ عام"): "منذ" tells how long the state has lasted, not
# the day of the sentence's act (the protest is today's). Word starts, normalised (ة as ه,
# أ as ا); the article and و/ل may stand before them.
LASTING_STATES: tuple[str, ...] = (
    "مفقود", "معتقل", "مختطف", "مخطوف", "محتجز", "موقوف", "متوقف", "مغلق", "محاصر",
    "مقطوع", "غائب", "مغيب", "مهجر", "نازح", "مجهول",
)

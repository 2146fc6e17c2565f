"""Background: the words that mark a sentence as recalling earlier events rather than
reporting the article's incident, and the verbs of saying whose date is a statement's.

``pipeline.events.background`` reads these lists. A news article tells its incident in the
headline and lead, dated by "اليوم" or "أمس", then recalls what came before ("وكانت ... قد",
"يذكر أن", "في وقت سابق", "الشهر الماضي"). What a recalled sentence names (places, tolls,
dates) belongs to that earlier event, not to the incident.

Phrases are written as outlets spell them (hamza, ة, ى); they are matched in the form of
``language.normalize``. A phrase ending in ``*`` matches any word that begins with it. To stop
a kind of sentence from lending its place or date to the incident, add its give-away here.
"""

from __future__ import annotations

# A sentence opening with one of these recalls or comments: "يُذكر أن ...", "ويشار إلى
# أن ...", "وسبق أن ...". ("وكانت قوات النظام قد ..." recalls by PLUPERFECT below; "وكان
# استشهد مدنيون ..." without "قد" tells the day's events in a round-up.)
OPENINGS: tuple[str, ...] = (
    "يذكر أن", "ويذكر أن", "يذكر بأن", "ويذكر بأن",
    "يشار إلى أن", "ويشار إلى أن", "يشار أن", "ويشار أن", "يشار إلى", "ويشار إلى",
    "سبق أن", "وسبق أن", "وسبق", "يأتي ذلك بعد", "ويأتي ذلك بعد", "تجدر الإشارة",
    "وتجدر الإشارة", "الجدير بالذكر", "والجدير بالذكر", "ومن الجدير بالذكر",
    "وفي وقت سابق", "في وقت سابق", "وقبل ذلك", "ومنذ", "منذ",
    # An analyst's or observer's reading of the news ("ويقول الخبير العسكري فلان إن خسارة
    # المطار ضربة، لأنه كان قاعدة للطائرات التي تقصف X"، "ويرى محللون أن الهجوم ..."):
    # commentary, whose acts are the article's already told or habits recalled, no new
    # incident.
    "ويقول الخبير", "يقول الخبير", "ويرى الخبير", "ويقول الباحث", "يقول الباحث",
    "ويرى الباحث", "ويقول المحلل", "ويرى المحلل", "ويقول محللون", "ويرى محللون",
    "يرى محللون", "ويقول خبراء", "ويرى خبراء", "يرى خبراء", "ويقول مراقبون",
    "ويرى مراقبون", "يرى مراقبون", "ويعتبر محللون", "ويعتبر مراقبون", "ويعتقد محللون",
    "ويعتقد مراقبون",
    # An agreement's text quoted: its releases, withdrawals and handovers are its terms, not
    # acts ("ووفق نص الاتفاق، سيفرج عن خمسين محتجزاً احتجزوا خلال الأحداث").
    "وفق نص الاتفاق", "ووفق نص الاتفاق", "بحسب نص الاتفاق", "وبحسب نص الاتفاق",
    "حسب نص الاتفاق", "وحسب نص الاتفاق", "ينص الاتفاق", "وينص الاتفاق", "ونص الاتفاق",
)
# An opening of OPENINGS followed by one of these puts what the sentence tells only hours
# before the incident ("وقبل ذلك بساعات، قتل رجلان بانفجار لغم"): news of the same days,
# not background. Written as outlets spell them.
OPENING_HOURS: tuple[str, ...] = (
    "بساعات", "بساعة", "بساعتين", "بقليل", "بدقائق", "بنحو ساعة", "بنحو ساعتين",
    "بنحو ساعات",
)
# Anywhere in a sentence, these put what it tells before the incident: "في وقت سابق",
# "الشهر الماضي", "العام الماضي", "منذ سنوات".
PHRASES: tuple[str, ...] = (
    "في وقت سابق", "سبق أن", "سبق و", "الشهر الماضي", "الشهر المنصرم", "العام الماضي",
    "العام المنصرم", "الشهر الفائت", "العام الفائت", "الأسبوع الفائت", "السنة الفائتة",
    "اليومين الماضيين", "العامين الماضيين", "السنتين الماضيتين", "الأيام الماضية",
    "الأيام القليلة الماضية", "الأيام الأخيرة",
    "السنة الماضية", "الأسبوع الماضي", "الأسبوع المنصرم", "الأشهر الماضية",
    "الأشهر الأخيرة", "السنوات الماضية", "السنوات الأخيرة", "منذ سنوات", "منذ أشهر",
    "منذ أسابيع", "منذ عام", "منذ عامين", "منذ أعوام", "منذ شهر", "منذ شهرين", "منذ مطلع",
    "منذ بداية", "منذ اندلاع", "منذ عام 2011", "قبل أشهر", "قبل سنوات", "قبل أسابيع",
    "قبل عام", "قبل شهر", "مطلع الشهر", "مطلع الشهر الحالي", "مطلع الشهر الجاري",
    "مطلع العام", "أواخر الشهر", "منتصف الشهر", "منتصف شهر", "مطلع شهر", "أواخر شهر",
    "أوائل شهر", "بداية شهر", "بداية الشهر",
    # English copy: "last month", "earlier this year", "weeks ago".
    "last month", "last year", "last week", "earlier this month", "earlier this year",
    "in recent weeks", "in recent months", "weeks ago", "months ago", "years ago",
    "since the start of", "since the beginning of",
    # One of a series named as its latest or most notable ("وتتكرر التفجيرات في المنطقة، وكان
    # آخرها انفجار ... قبل عشرة أيام"، "كان أبرزها غارة ... الأسبوع الماضي"): an earlier act
    # given as an example of the series, not the incident (one dated today stays news, TODAY).
    "كان آخرها", "كانت آخرها", "كان أحدثها", "كانت أحدثها", "كان أبرزها", "كانت أبرزها",
    "كان من أبرزها", "كان آخر هذه", "كان آخر تلك", "كانت آخر هذه", "كانت آخر تلك",
    # A period the sentence before named, pointed back at ("منذ نهاية نيسان ... يعيش الريف على
    # وقع معارك. وخلال تلك الفترة، سقطت عشرات القذائف على المدينتين"): what it tells
    # happened then, not today.
    "خلال تلك الفترة", "في تلك الفترة", "طوال تلك الفترة", "طيلة تلك الفترة",
    "خلال تلك المرحلة", "في تلك المرحلة", "خلال تلك الأشهر", "خلال تلك الأسابيع",
    "during that period", "during that time",
    # A month, year or time pointed back at with "ذلك"/"تلك" is one gone by, named before:
    # "منذ أحداث آذار 2025 ... ففي السادس من ذلك الشهر شن مسلحون هجمات".
    "ذلك الشهر", "تلك السنة", "ذلك العام", "تلك الفترة", "ذلك الحين", "ذلك الوقت",
    "تلك الأيام",
    # A recurring state is a campaign, not the incident: "بشكل شبه يومي".
    "شبه يومي", "بشكل يومي", "بشكل متكرر", "بشكل مستمر", "متكررة", "المتكررة", "ظاهرة",
)
# A phrase of the past right after one of these compares the incident with what came before,
# and recalls nothing: "في تصعيد هو الأعنف على هذا المحور منذ أسابيع"، "رفعت العلم للمرة
# الأولى منذ عام 2015". Written as outlets spell them; matched up to COMPARED_REACH
# characters before the phrase.
COMPARED: tuple[str, ...] = (
    "الأعنف", "الأكبر", "الأشد", "الأكثر", "الأوسع", "الأقوى", "الأخطر", "الأسوأ",
    "للمرة الأولى", "لأول مرة", "الأول من نوعه", "الأولى من نوعها",
)
# (Not "الأول" alone: "في الأول من الشهر الماضي" is a date gone by.)
COMPARED_REACH = 30
# A phrase of the past or of recurrence right after one of these names what a crowd protests,
# not when the sentence's act took place: "شارك المئات اليوم في وقفة تنديداً بالهجمات
# المتكررة"، "احتجاجاً على الاعتقالات التي جرت الشهر الماضي". Written as outlets spell them;
# matched up to GRIEVANCE_REACH characters before the phrase.
GRIEVANCE: tuple[str, ...] = (
    "تنديداً", "تنديدا", "احتجاجاً على", "احتجاجا على", "رفضاً", "رفضا", "استنكاراً",
    "استنكارا", "in protest at", "in protest against",
)
GRIEVANCE_REACH = 40
# A round-up's item opened by its own town ("وفي مدينة شهبا، نظم العشرات وقفة احتجاجية،
# فيما أغلق محتجون مقار الحزب خلال الأيام الماضية") tells its act in its first clause: a
# phrase of the past after a comma and one of OTHER_CLAUSE dates only that later clause, not
# the item. ITEM_OPENERS open the sentence (its "و" included); written as outlets spell them.
ITEM_OPENERS: tuple[str, ...] = (
    "وفي مدينة", "وفي بلدة", "وفي قرية", "وفي حي", "وفي مخيم", "وفي ناحية", "وفي منطقة",
)
OTHER_CLAUSE: tuple[str, ...] = ("فيما", "بينما", "في حين", "في وقت")
# A phrase of the past right after one of these tells how long a state has lasted, and
# recalls no event: "طالبوا بالإفراج عن أبنائهم المحتجزين منذ أشهر"، "المفقود منذ عامين".
# Matched up to LASTING_REACH characters before the phrase.
LASTING: tuple[str, ...] = (
    "المحتجزين", "محتجزين", "المحتجز", "محتجز", "المحتجزة", "المعتقلين", "معتقلين",
    "المعتقل", "معتقل", "المعتقلة", "الموقوفين", "موقوفين", "الموقوف", "المفقودين",
    "مفقودين", "المفقود", "مفقود", "المغيبين", "مغيبين", "المختطفين", "مختطفين", "المختطف",
    "مختطف", "النازحين", "نازحين", "المهجرين", "مهجرين", "المحاصرين", "محاصرين",
)
LASTING_REACH = 15
# A phrase of the past right after a relative pronoun and a verb of a lasting state
# describes the place the sentence's act took place in, and recalls no event: "قتل عنصران
# في اشتباكات بحي الجورة، الذي يشهد منذ أيام معارك متقطعة". Only the present tense (a state
# that goes on up to the day): "الحي الذي شهد الشهر الماضي معارك" dates an act gone by.
# Matched up to STATE_RELATIVE_REACH characters before the phrase.
STATE_RELATIVE: tuple[str, ...] = (
    "الذي يشهد", "التي تشهد", "الذي تشهده", "التي تشهدها", "الذي يعيش", "التي تعيش",
    "الذي يتعرض", "التي تتعرض", "الذي يخضع", "التي تخضع", "الذي يعاني", "التي تعاني",
    "الذي تدور فيه", "التي تدور فيها",
)
STATE_RELATIVE_REACH = 25
# A phrase of the past right after one of these tells a running total the sentence's act
# brings up ("قتل شاب بانفجار لغم، ليرتفع إلى 12 عدد ضحايا الألغام منذ مطلع العام"): the
# act is the day's, only the total reaches back. Matched up to RUNNING_TOTAL_REACH
# characters before the phrase.
RUNNING_TOTAL: tuple[str, ...] = (
    "ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ", "مما يرفع", "ما يرفع",
)
RUNNING_TOTAL_REACH = 80
# A month name followed by one of these ("في آب الماضي"، "نهاية نيسان المنصرم") is a month
# gone by: what the sentence tells happened then.
PAST_MONTH: tuple[str, ...] = ("الماضي", "المنصرم", "الفائت", "السابق")
# "كانت ... قد": the pluperfect recalls, however far apart the two words stand.
PLUPERFECT: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا"),
    ("قد",),
)
# A body sentence that opens on the pluperfect ("وكانت المواجهات قد اندلعت أمس الأربعاء ...")
# is context for the incident, unless it dates its act to the day before the page with a
# word of YESTERDAY (not "أول أمس"، "أول من أمس": the word before it is none of
# NOT_YESTERDAY_BEFORE): then it tells yesterday's incident in the pluperfect, news of the
# article, not background. (One dated earlier, "وكانت المواجهات قد اندلعت في 3 حزيران
# الماضي", stays background; so does an earlier report, the verb right after "قد" one of
# PLUPERFECT_REPORTED: "كان التلفزيون قد أفاد أمس بسقوط ...".) PLUPERFECT_OPENERS are the
# openers so read.
PLUPERFECT_OPENERS: tuple[str, ...] = ("كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا")
# "لم تمضِ ساعات على انسحاب القوات حتى شن الطيران، صباح اليوم، غارات على المدينة": time
# that had not passed since something before "حتى" frames what the clause after it tells.
# A sentence opening on one of NOT_PASSED_OPENERS (a context opener, "context_open" in
# pipeline.rules.cues) is context, unless the clause after one of UNTIL both dates itself
# (a "dated" cue: "صباح اليوم"، "أمس") and tells an act: then that clause is news of the
# article. ("لم تمضِ ستة أسابيع على انفجار ... حتى عادت التفجيرات" dates nothing after
# "حتى": the recalled blast stays background.)
NOT_PASSED_OPENERS: tuple[str, ...] = ("لم تمض*", "لم يمض*")
UNTIL: tuple[str, ...] = ("حتى",)
YESTERDAY: tuple[str, ...] = ("أمس", "وأمس")
NOT_YESTERDAY_BEFORE: tuple[str, ...] = ("أول", "من")
PLUPERFECT_REPORTED: tuple[str, ...] = (
    "أفاد", "أفادت", "قال", "قالت", "أعلن", "أعلنت", "ذكر", "ذكرت", "نقل", "نقلت", "أكد",
    "أكدت", "أشار", "أشارت", "نشر", "نشرت", "وثق", "وثقت", "أورد", "أوردت", "تحدث", "تحدثت",
    "أفادوا", "قالوا", "أعلنوا", "ذكروا", "نقلوا", "أكدوا", "أشاروا", "نشروا", "وثقوا",
)
# A pluperfect without "و" after this many words of its clause describes someone the clause
# has named ("قتل عنصر سابق في فصائل المعارضة كان قد التحق بصفوف المخابرات"): his past,
# not a recall of the sentence's act ("وقوات النظام كانت قد قصفت ..." is one).
BACKSTORY_WORDS = 4
# A pluperfect with "و" after a comma whose subject the sentence has already named ("اغتال
# مسلحون القيادي السابق فلان الحمد قرب بيته، وكان الحمد قد أجرى تسوية"): the past of that
# person, not a recall of the sentence's act. (One whose subject is new, "قتل مدني، وكانت
# قوات النظام قد قصفت البلدة", still recalls.) The subject is the word right after "وكان".
# A source's attribution after the act told ("..., بحسب مصادر محلية قالت إن الرجل كان قد
# تلقى تهديدات"): what follows is the source's backstory, and a pluperfect there recalls
# nothing of the sentence's own act.
ATTRIBUTIONS: tuple[str, ...] = ("بحسب", "حسب", "وفق", "وفقاً", "وفقا", "نقلاً عن", "نقلا عن")
# Words that date a sentence to the news of the day: a sentence with one of these tells the
# incident, even when it also recalls ("وكانت الطائرات قد قصفت صباح اليوم ...").
TODAY: tuple[str, ...] = (
    "اليوم", "أمس", "فجر اليوم", "صباح اليوم", "مساء اليوم", "ليلة أمس", "الليلة الماضية",
    "منذ ساعات", "قبل ساعات", "منذ قليل", "قبل قليل", "today", "yesterday",
)
# A body sentence opening with one of these ("وصباح اليوم الأحد، استهدفت ..."، "ومساء أمس
# الثلاثاء، هاجم ...") turns to the news of the day. Where the lead before it recalls ("في
# السادس من آذار الماضي، شنّت ..."، "منذ ... لم تغب الطائرات"، "ففي أواخر آب 2023 ..."), the
# article opened on its background: the lead up to that sentence recalls, and the incident is
# what the turning sentence tells. (Matched after an optional "و"/"ف" and "في".)
TURN: tuple[str, ...] = (
    "اليوم", "أمس", "يوم أمس", "فجر اليوم", "صباح اليوم", "ظهر اليوم", "عصر اليوم",
    "مساء اليوم", "ليل اليوم", "ليلة اليوم", "فجر أمس", "صباح أمس", "ظهر أمس", "عصر أمس",
    "مساء أمس", "ليل أمس", "ليلة أمس", "الليلة الماضية", "ساعة متأخرة من ليل أمس",
    "وقت متأخر من ليل أمس", "الساعات الأولى من صباح اليوم",
)
# The turning sentence comes this early: a lead of background is a paragraph, not a feature.
TURN_REACH = 5
# A sentence opening with one of these tells what happened meanwhile ("في غضون ذلك، تتواصل
# المعارك ... وسط محاولات متكررة لاستعادة البلدة"): the news of the day, whatever recurring
# state it also describes (only a pluperfect, "كانت ... قد", still recalls).
MEANWHILE: tuple[str, ...] = (
    "في غضون ذلك", "وفي غضون ذلك", "في الأثناء", "وفي الأثناء", "في هذه الأثناء",
    "وفي هذه الأثناء", "في الوقت ذاته", "وفي الوقت ذاته", "في الوقت نفسه", "وفي الوقت نفسه",
    "بالتزامن", "وبالتزامن", "meanwhile",
)
# A bulletin's item headed by its place and a colon ("الحسكة: نظّمت العشرات وقفة ..."، "ريف
# الرقة الشرقي: لقي مزارعان حتفهما ...") tells the day's news the bulletin is dated by: a
# phrase of the past inside it dates what the item names ("محطة علوك المتوقفة منذ أسابيع"،
# "متورطون في الهجمات ... مطلع الشهر الجاري"، "مصير المفقودين خلال معارك كانون الثاني
# الماضي"), not the item's act (only a pluperfect, "كانت ... قد", still recalls). Words that
# may stand before or after the place's name in the heading (its countryside, its desert).
ITEM_HEADING_AREA: tuple[str, ...] = ("ريف", "ريفا", "بادية", "مدينة", "محافظة")
# A sentence dated days before the incident that tells the start of a campaign ("وبدأت
# القوات، أول أمس، شن هجمات على المدينة") recalls what led to the incident.
CAMPAIGN_START: tuple[str, ...] = (
    "بدأ", "بدأت", "بدأوا", "بدؤوا", "شرع", "شرعت", "انطلقت",
)
# Verbs of saying: "قال ناشطون اليوم إن ..." dates the statement, not the incident it tells.
SAYING: tuple[str, ...] = (
    "قال", "قالت", "قالوا", "أفاد", "أفادت", "أعلن", "أعلنت", "ذكر", "ذكرت", "أكد", "أكدت",
    "أوضح", "أوضحت", "نقل", "نقلت", "صرح", "صرحت", "كشف", "كشفت", "أشار", "أشارت",
    "نشر", "نشرت", "بث", "بثت", "أضاف", "أضافت", "اتهم", "اتهمت", "أورد", "أوردت",
    # A statement issued: "أصدرت الشبكة اليوم الأربعاء بياناً"، "في بيان أصدرته اليوم الخميس
    # إن ..." (the day it was issued, not the day of the raid it reports).
    "أصدر", "أصدرت", "أصدره", "أصدرته", "نشره", "نشرته",
)
# Words that put air strikes before or alongside the fighting an article reports ("سيطرت
# الفصائل على الكتيبة بعد غارات جوية فجر اليوم", "بالتزامن مع غارات"): the strikes are an
# event of their own, on the same day. (Not the words of support, "بإسناد جوي من الطيران
# الحربي"، "بغطاء جوي"، "بدعم من طيران التحالف": the air arm of the operation told, part of
# the battle, with no strike of its own reported.)
BOMBARDMENT_WITH: tuple[str, ...] = (
    "بعد", "إثر", "اثر", "عقب", "تمهيد*", "سبق*", "بالتزامن", "تزامن*", "وسط", "تبع*",
)
# A truce's or agreement's own date is background: "وقف إطلاق النار الذي بدأ في 6 آذار",
# "خرق لاتفاق ... الموقع في الخامس من آذار", "الهدنة المعلنة منذ 6 آذار". A date within a
# few words after an agreement word and one of its start words dates the agreement.
AGREEMENT_WORDS: tuple[str, ...] = (
    "اتفاق", "الاتفاق", "اتفاقية", "الاتفاقية", "هدنة", "الهدنة", "وقف إطلاق النار",
    "وقف النار", "التهدئة", "وقف الأعمال", "خفض التصعيد", "وقف التصعيد", "التسوية",
)
AGREEMENT_START: tuple[str, ...] = (
    "بدأ", "بدأت", "دخل", "دخلت", "أعلن", "أعلنت", "المعلن", "المعلنة", "الموقع", "الموقعة",
    "وقع", "وقعت", "توصل", "سريان", "اعتبارا", "اعتباراً", "منذ", "المبرم", "أبرم",
    "حيز", "الساري", "السارية",
)

# A year before the publication's, named with one of these words before "عام"/"سنة" ("في
# العام 2017"، "خلال عام 2014"): the sentence tells history ("استشهد بغارات ... في العام
# 2017" in a report of 2020), unless it also dates something to the day.
YEAR_OPENERS: tuple[str, ...] = ("في", "خلال", "منذ", "مطلع", "أواخر", "منتصف")

# A lead that dates what it tells to one of these, and nothing to the day's news, opens the
# article with history ("قبل عام بالضبط، استيقظت الغوطة على ..."، "شهدت المحافظة خلال
# العامين الماضيين محطات دامية"): the news comes in a later sentence. (Not a state that
# lasts, "تتعرض البلدة منذ أشهر لقصف": a lead with it still tells the day's incident.)
LEAD_HISTORY: tuple[str, ...] = (
    "قبل عام", "قبل عامين", "قبل أعوام", "قبل سنة", "قبل سنتين", "قبل سنوات",
    "العام الماضي", "العامين الماضيين", "السنتين الماضيتين", "السنوات الماضية",
    "الأعوام الماضية", "إلى الأذهان",
)
# A month after one of these (a word may stand between: "منذ أحداث آذار 2025") is where a
# period starts that runs up to the article's day, not the day of an act gone by.
SINCE: tuple[str, ...] = ("منذ", "since")
# An act named and then dated by a relative clause to a month gone by (PAST_MONTH): "تمديد
# عمل اللجنة ... المتعلقة بالمواجهات التي شهدتها المحافظة منتصف تموز الماضي". The relative
# stands at most PAST_RELATIVE_GAP words after the act's word, the month at most
# PAST_RELATIVE_REACH words after the relative; the act is an earlier incident referred to,
# not news. (Not with SINCE before the month: "الاشتباكات التي اندلعت منذ آب الماضي" go on.)
PAST_RELATIVE_GAP = 1
PAST_RELATIVE_REACH = 6
# An act dated, later in its own clause (no comma between), by a month and a year before the
# publication's ("ألقت مروحية أسطوانتين تحتويان على غاز الكلور على مدينة دوما في نيسان
# 2018" in a report of 2023): the act is that month's, history however far the date stands
# from the act's word. (Not with a word of SINCE up to MONTH_YEAR_SINCE_REACH words before
# the month: "البلدة المحاصرة منذ آذار 2018" runs up to the article's day; nor with a day
# of the news, "أمس"، "اليوم"، between the act and the month: "أضرب العرب أمس احتجاجاً على
# ... قتل 13 متظاهراً في تشرين الأول 2000" dates the strike to yesterday, as does a day
# at most MONTH_YEAR_DAY_BEFORE words before the act: "أمس احتجاجاً على"; not one across
# "أن", which dates the saying: "أعلنت اللجنة اليوم أن طائرة قصفت ... في آذار 2019".)
MONTH_YEAR_SINCE_REACH = 3
MONTH_YEAR_DAY_BEFORE = 2
MONTH_YEAR_DAY_NOT_ACROSS: tuple[str, ...] = ("أن", "بأن", "إن")

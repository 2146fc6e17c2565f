"""How far each cue of ``pipeline.rules.cues`` reaches, which triggers it leaves alone, and
the words that make a later sentence another incident.

``pipeline.events.classify`` removes a trigger that a cue governs: the cue stands at most
REACH words before (or after) it. To let a cue reach further, raise its numbers; to stop a
cue from cancelling some kind of event, name that kind under the cue in GOVERNS_ONLY or
SPARES_TYPES. Labels are ACLED's sub-event and event types, spelled as in
``pipeline.rules.triggers``. The words are compared in their matching form (أ/ا, ة/ه and
ى/ي are the same).
"""

from __future__ import annotations

# How far (in words) a cue reaches: (before the trigger, after the trigger); 0 means not on
# that side. A cue without a reach here governs no trigger (it is read elsewhere).
REACH: dict[str, tuple[int, int]] = {
    "negation": (4, 0),
    "denial": (25, 0),  # "نفى مصدر ... صحة ما تناقلته صفحات عن تعرض مواقع لعدوان"
    "future": (5, 0),
    "anniversary": (6, 0),
    "statement": (10, 0),
    "reaction": (14, 0),  # "استنكر X في بيان له أمس تلقت الصحيفة نسخة منه، تفجيرات"
    "background": (6, 0),
    "earlier": (2, 0),
    "motive": (2, 0),  # "رداً على هجوم"، "انتقاماً لتفجير مرقد"
    "weapons_handled": (4, 0),
    "cleared": (10, 0),  # "أزالت خلال الأسبوعين الماضيين أكثر من 900 لغم أرضي وقذيفة"
    "history": (8, 8),
    "figurative": (0, 2),
    "lasted_days": (0, 5),  # "عقب قصف جوي ومدفعي عنيف استمر أياماً"
    "simile": (2, 0),  # "القرار بمثابة لغم"، "أشبه بحقل ألغام" (as "figurative", only words
    # that have a figurative use: pipeline.events.classify)
    "market": (0, 3),  # "«هدنة» قصيرة في سوق الصرف"
    "contents": (0, 1),  # "عبوة زيت": a bottle of oil
    "period": (15, 10),
    "hypothetical": (4, 0),
    "past_adj": (0, 1),
    "since_start": (0, 2),  # "قتلوا منذ بدء المواجهات": right after the act's word
    "settlement_office": (2, 0),  # "مركزاً جديداً لتسوية": the office and its adjective
    "status_papers": (1, 0),  # "بطاقة تسوية": the word right before the agreement's
    "demand": (0, 4),
    "funeral": (60, 0),  # the whole sentence after it
    "court": (3, 0),
    "negotiation": (12, 12),
    "proposal": (6, 1),  # "اقترح الوجهاء، في المقابل، هدنة"، "هدنة مقترحة"
    "flight": (2, 0),  # "هرباً من القصف"، "fled the fighting"
    "cover": (4, 0),  # "تحت غطاء من المسيّرات التركية والقصف المدفعي"
    "overflight": (3, 0),  # "تحليقاً مكثفاً للطيران المسير"
    "attempt": (3, 0),  # "في محاولة من الأخيرة استعادة البلدة"
    "attempt_on_person": (6, 0),  # "إثر محاولة عناصر من الأمن العسكري اعتقال مطلوبين"
    "contested": (2, 0),  # "يتبادل الطرفان السيطرة على أطرافها"
    "stopped": (1, 1),  # "توقف القصف"، "القصف توقف"
    "spread_kinds": (8, 0),  # "توزعت بين قصف مدفعي وصاروخي وغارات جوية ومحاولات تسلل"
    "spread": (0, 15),  # "سقوط 63 شهيداً برصاص وقصف ... توزعوا على النحو التالي"
    "the_freed": (12, 0),  # "بين المفرج عنهم مقاتلون أسروا خلال المعارك"
}

# Marks that part a headline's items: "اغتيال في طريق السد، عبوة غرب المدينة".
HEADLINE_MARKS: tuple[str, ...] = ("،", ",", "؛", ";", "..", "…", "|")

# "سابق" after a holder of a post is "former", not "earlier": "اغتيال قيادي سابق في
# الفصائل" is a killing today of a one-time commander ("past_adj" reaches a word past the
# trigger, "الهجوم الإرهابي السابق", but not past one of these).
FORMER_HOLDERS: frozenset[str] = frozenset({
    "قيادي", "القيادي", "قائد", "القائد", "عنصر", "العنصر", "مسؤول", "المسؤول", "رئيس",
    "الرئيس", "ضابط", "الضابط", "عضو", "العضو", "مقاتل", "المقاتل", "مختار", "المختار",
    "وزير", "الوزير", "نائب", "النائب", "مدير", "المدير", "قاض", "القاضي", "محافظ",
    "المحافظ", "معتقل", "المعتقل", "امير", "الامير", "شرطي", "الشرطي", "جندي", "الجندي",
})

# Talks that led to an agreement told as reached ("أعلن الطرفان التوصل إلى تفاهم ... بعد
# اجتماع جرى بوساطة وجهاء") cancel nothing; only these words of talks failing or pending do
# (in the matching form, as the "negotiation" cues are written), and the collapses of talks
# (cues.COLLAPSED_TALKS).
# A ceasefire declared: the words an announcement stands before "وقف إطلاق النار" within
# ("أعلنت الرئاسة وقفاً شاملاً لإطلاق النار"), the time of day and weekday between them not
# counted ("أعلنت رئاسة الجمهورية، صباح اليوم السبت، وقفاً فورياً لإطلاق النار").
ANNOUNCE_REACH = 6
ANNOUNCED_WHEN: frozenset[str] = frozenset({
    "صباح", "مساء", "ظهر", "فجر", "ليل", "ليله", "عصر", "اليوم", "امس", "يوم", "الاثنين",
    "الثلاثاء", "الاربعاء", "الخميس", "الجمعه", "السبت", "الاحد",
})
# Parties that agreed ("agreed" cue) "على وقف ... لإطلاق النار": the parties, and where and
# how they met, stand between the verb and its "على", up to these words.
AGREED_REACH = 14
# A sentence opened by "at the same time as" and a noun ("وبالتزامن مع التفجير، شن المسلحون
# هجوماً ...") names the incident already told as its time: an act word within
# CONCURRENT_NAMED_REACH words after the connective is that incident, not the sentence's own
# act (the attack). Connectives as "another" cues match them, normalised.
CONCURRENT_OPENERS: frozenset[str] = frozenset({"بالتزامن", "تزامن*", "تزامنا"})
CONCURRENT_NAMED_REACH = 2
# After an agreement, a sentence opened by "meanwhile" that tells an act of another kind
# ("وفي الأثناء، دخلت قوات النظام بلدة X بعد انسحاب الفصائل منها") tells that act, done
# while the agreement was reached, not one of its terms (which come as "ينص"، "يقضي").
# Matched normalised, as a cue of "another" at the sentence's start.
AGREEMENT_MEANWHILE: frozenset[str] = frozenset({"في الاثناء", "في هذه الاثناء",
                                                 "في غضون ذلك"})

# Raiders going back: the withdrawal of the side that entered, told with its own pronoun and
# where it went ("دخلوا قرية X حيث قتلوا ... واقتادوا نساء عند انسحابهم نحو البادية"), is no
# other side's withdrawal that their entry took ground from. A word of RAIDERS_WITHDREW right
# before one of RAIDERS_WITHDREW_TOWARD (normalised) leaves the entry a raid.
RAIDERS_WITHDREW: frozenset[str] = frozenset({
    "انسحابهم", "انسحابها", "انسحابه", "انسحابهما", "ينسحبوا", "ينسحبون", "تنسحب", "ينسحب",
})
RAIDERS_WITHDREW_TOWARD: frozenset[str] = frozenset({"نحو", "باتجاه", "الي", "صوب"})
# A side's reply that opens a sentence ("وردّت طائرات النظام اليوم الأحد بغارات على أحياء
# المدينة" after its capture yesterday) is an act of its own, dated by its own day. Matched
# normalised, as a cue of "another" at the sentence's start.
REPLY_OPENERS: frozenset[str] = frozenset({"ردت"})

NEGOTIATION_AGAINST_REACHED: frozenset[str] = frozenset({
    "في حال التوصل", "لم تحسم", "فشل*", "تعثر*",
})

# An exchange of prisoners told as done ("جرت ظهر اليوم في المدينة عملية تبادل شملت عشرة
# محتجزين، بوساطة وجهاء"): the mediation or talks named after it are how it came about, not
# talks still going (talks named before it, "مفاوضات لتبادل الأسرى", still are). One of these
# verbs (as written, after its و or ف) at most EXCHANGE_DONE_REACH words before the exchange's
# word ("تبادل"، EXCHANGE_WORD), in matching form.
EXCHANGE_DONE: frozenset[str] = frozenset({
    "جرت", "جري", "تمت", "تم", "اجريت", "اجري", "نفذت", "نفذ", "انجزت", "انجز", "اكتملت",
    "اكتمل",
})
EXCHANGE_DONE_REACH = 12
EXCHANGE_WORD = "تبادل"
# An exchange named by its operation alone ("عملية تبادل"، EXCHANGE_BARE in matching form) is of
# prisoners only with a word of them (EXCHANGE_WHOM, a word's start, after its proclitics) at
# most EXCHANGE_WHOM_REACH words after it ("عملية تبادل شملت عشرة محتجزين"); "عملية تبادل
# المعلومات" between security services is none.
EXCHANGE_BARE: frozenset[str] = frozenset({"عمليه تبادل", "عمليه التبادل", "صفقه التبادل"})
EXCHANGE_WHOM: tuple[str, ...] = ("محتجز", "اسري", "اسير", "معتقل", "مخطوف", "موقوف", "رهائن",
                                  "رهينه", "سجين", "سجناء")
EXCHANGE_WHOM_REACH = 4

# An act counted as one of a series ("ما أدى إلى مقتله، في حادثة هي الثالثة من نوعها في
# المدينة خلال أسبوعين"): the span after it counts the series, the act itself is news. A
# "period" cue after the trigger governs nothing past one of these words, told after "من"
# ("من نوعها": of its kind).
OF_ITS_KIND: frozenset[str] = frozenset({"نوعها", "نوعه", "نوعهما"})

# A walkout told with its motive, the adverb "احتجاجاً" at most WALKOUT_REACH words after the
# "walkout" cue ("انسحب عدد من أعضاء الوفد من القاعة احتجاجاً على ..."): neither the adverb
# (a protest) nor the walking out (a withdrawal, territory) is an event. A withdrawal or a
# protest told otherwise is untouched.
WALKOUT_MOTIVE: frozenset[str] = frozenset({"احتجاجا"})
WALKOUT_REACH = 10
WALKOUT_GOVERNS: frozenset[str] = frozenset({"Peaceful protest", "territory",
                                            "Non-violent transfer of territory"})

# A proposal taken up is no mere proposal: after one of these words right before it ("وافق
# الطرفان على مقترح"، "بناءً على مقترح روسي وقّع الطرفان اتفاقاً"، "بموجب المقترح") the
# agreement is told as made, and the "proposal" cue governs nothing.
PROPOSAL_TAKEN_BEFORE: frozenset[str] = frozenset({
    "علي", "بعد", "عقب", "اثر", "وفق", "وفقا", "بموجب", "بناء", "قبول", "قبل", "قبلت",
    "تنفيذ", "تنفيذا",
})

# A cue is none where a cue of the label paired with it here covers its first word:
# "منذ فجر اليوم" starts the incident ("since_today"), "دون توقف" goes on ("nonstop"),
# "بغارات يرجح أنها روسية" guesses whose the raids were ("likely_doer"), not that they will be,
# "الاشتباكات لم تتوقف" goes on ("going_on"), no demand that it stop; "لم تقتصر الاحتجاجات على
# المدينة" says they spread ("not_only"), no negation.
NOT_WHERE: dict[str, str] = {"background": "since_today", "stopped": "nonstop",
                             "future": "likely_doer", "demand": "going_on",
                             "negation": "not_only"}

# Words of a statement right after a concession ("رغم التحذيرات… «داعش» يقتل خمسة"، "على
# الرغم من الدعوات إلى التهدئة، قصفت ..."): what was said did not happen as said, the act
# told after it did; the statement governs no trigger (normalised; the word before the cue).
DESPITE: frozenset[str] = frozenset({"رغم", "برغم", "ورغم", "من", "بالرغم"})
# ("من" only in "على الرغم من"، "بالرغم من": with one of these before it)
DESPITE_BEFORE_MIN: frozenset[str] = frozenset({"الرغم", "بالرغم"})

# How many words before "إلى اتفاق" the verb of reaching it may stand ("توصلت لجنة التفاوض
# عن حي الوعر، اليوم الاثنين، إلى اتفاق"): an agreement reached, not one talked about.
REACHED_REACH = 12

# An attack repelled is a clash, however many words stand between the verb and "هجوماً"
# ("صدّت قوات سوريا الديمقراطية، مساء أمس الأربعاء، هجوماً شنّه مسلحون"): one of these
# verbs (as written, after its و or ف) up to REPELLED_REACH words before the attack word.
REPELLED: tuple[str, ...] = ("صد", "صدت", "صدوا", "يصد", "تصد", "يصدون", "تصدى", "تصدت",
                             "تصدوا", "أحبط", "أحبطت", "أحبطوا", "أفشل", "أفشلت", "أفشلوا")
REPELLED_REACH = 8

# "أوقف" is "stopped" as often as "detained": people counted after it ("أوقفت دورية مشتركة
# ثلاثة أشخاص مطلوبين بتهم الاتجار بالمخدرات") make it an arrest. One of these verbs (as
# written, after its و or ف), then within DETAINED_REACH words a number and a noun of people.
DETAINING: tuple[str, ...] = ("أوقف", "أوقفت", "أوقفوا", "يوقف", "توقف", "يوقفون")
DETAINED_REACH = 10

# "أي" a few words after a negation of what happened ("ولم يُعرف انتماؤه لأي جهة"، "دون
# تسجيل أي إصابات") is "any" of a denial, not a hypothesis: the act told before it stands.
# (Not after "لا"/"لن", which also open threats: "لن نسمح بأي هجوم".) Normalised words.
NEGATED_ANY: frozenset[str] = frozenset({"لم", "ولم", "دون", "بدون", "ودون", "ما"})
NEGATED_ANY_REACH = 3

# Cues whose reach before a trigger stops at clause punctuation (CLAUSE_MARKS): "دخلت
# القوات البلدة دون أي مواجهات، بعد انسحاب المسلحين منها" negates the fighting, not the
# withdrawal after the comma.
CLAUSE_BOUND: frozenset[str] = frozenset({"negation", "hypothetical", "attempt_on_person"})
CLAUSE_MARKS: tuple[str, ...] = ("،", ",", "؛", ";")

# How many words after a territory word told as a cause ("وبدخول المدينة") a verb of becoming
# ("becoming" cues: "، باتت النقطة محاصرة") may stand: the act is retold, not reported.
STATE_REACH = 3
# The words that make a territory word a cause: "ب" joined to it, or "مع" before it.
STATE_CAUSE_BEFORE: frozenset[str] = frozenset({"مع", "ومع"})

# How many words after an "after" cue ("بعد يوم شهد مقتل 15 مدنياً") the violence it tells
# may stand, in a sentence about a truce in force: it came before the truce.
AFTER_REACH = 5
# How many words after a crowd's demand ("للمطالبة بالإفراج عن", CUES "protest_grievance")
# an arrest or a shooting is the grievance, not what was done to the crowd.
GRIEVANCE_REACH = 8
# A crowd fired on that then turns on property ("أطلق عناصر الأمن النار على المشيعين" then
# "وأضرم محتجون غاضبون النار في مقر حزب البعث"): a later body sentence that tells the
# crowd's own violence on a place (a cue "protest_violence" of CROWD_TURNED_ACTS, as
# pipeline.rules.cues writes it: fire set, a building stormed or smashed; not stones
# thrown, which a crowd fired on may have thrown first) as the sub-type named here for the
# primary's is an event of its own, with no connective of another incident.
CROWD_TURNED_AFTER: dict[str, str] = {
    "Excessive force against protesters": "Violent demonstration",
}
CROWD_TURNED_ACTS: frozenset[str] = frozenset({"احراق", "احرق*", "يحرق*", "اضرم*", "اقتحم*",
                                               "يقتحم*", "حطم*", "تكسير", "اشعال*"})
# A killing or the bullets named this many words at most after a funeral's word (cues
# "funeral"), with no comma between, tell how the one buried died ("تحول تشييع شاب قتل
# برصاص مجهولين إلى مظاهرة"): an earlier incident, no force used on the crowd.
BURIED_REACH = 4
# How many words after "تحولت" (cues "turned_into") a clash word may stand to be what a
# protest turned into: "تحولت في بعض المناطق إلى مواجهات".
TURNED_REACH = 6
# The words of a protest one of those words must follow (a part of the word, so that
# "والاحتجاجات" and "المتظاهرين" count): a dispute that "turned into clashes" is a battle.
TURNED_FROM: tuple[str, ...] = ("احتجاج", "مظاهر", "تظاهر", "محتج", "اعتصام", "protest",
                                "demonstrat")
# ... unless one of these words opens another clause first: "للمطالبة بتحسين الخدمات، قبل
# أن تفرقهم الشرطة" tells what was done to the crowd (words as matched, normalised).
GRIEVANCE_ENDS: frozenset[str] = frozenset({
    "قبل", "بعد", "ثم", "فيما", "وفيما", "بينما", "وبينما", "حيث", "لكن", "الا",
    "وسط", "حين", "عندما", "فور", "اثناء", "خلال", "حتي",
    # verbs that open the telling of what happened: "احتجاجاً على الجدار، وقعت صدامات"
    "وقعت", "ووقعت", "وقع", "اندلعت", "واندلعت", "دارت", "ودارت", "جرت", "وجرت"})

# Sub-event types of weapons: what "weapons_handled" cues (a cache found, a mine cleared)
# and "accident" cues (an explosion by accident) are about.
WEAPON_LABELS: frozenset[str] = frozenset({"Remote explosive/landmine/IED", "Grenade",
                                           "Shelling/artillery/missile attack", "Suicide bomb"})
# A cue named here governs only triggers of these sub-event types.
GOVERNS_ONLY: dict[str, frozenset[str]] = {
    "weapons_handled": WEAPON_LABELS,
    "cleared": WEAPON_LABELS,
    "negotiation": frozenset({"Agreement"}),  # talks cancel an agreement, not the fighting
    "proposal": frozenset({"Agreement"}),
    "market": frozenset({"Agreement"}),
    "contents": frozenset({"Remote explosive/landmine/IED"}),
    "court": frozenset({"Attack"}),  # a trial recalls the attack it judges
    "cover": frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
    "overflight": frozenset({"Air/drone strike"}),
    "attempt": frozenset({"territory"}),  # the fight for it is still a clash
    "attempt_on_person": frozenset({"Arrests", "Abduction/forced disappearance"}),
    "contested": frozenset({"territory"}),  # the exchange of fire is still a clash
    "status_papers": frozenset({"Agreement"}),
    "settlement_office": frozenset({"Agreement"}),
    # only the bare word of killing counts a running total ("الذين قتلوا منذ بدء المواجهات"):
    # "أضخم المظاهرات منذ بدء الانتفاضة"، "أعنف المعارك منذ بدء الهجوم" are the day's news
    # (the label of pipeline.rules.triggers.GENERIC)
    "since_start": frozenset({"generic violence"}),
    # how the freed were taken: their capture and the fighting it happened in
    "the_freed": frozenset({"Arrests", "Abduction/forced disappearance", "Armed clash"}),
    # bombardment that lasted days, not the battles that won ground ("سيطرتها على المدينة
    # بعد معارك استمرت أياماً": the fighting that makes the takeover a battle's)
    "lasted_days": frozenset({"Air/drone strike", "Shelling/artillery/missile attack"}),
}
# A trigger in quotation marks that make it a figure of speech: "إن «الموسم انفجر بين
# أيدينا»"، "أسعاراً «تقتل» المنتج"، "الرواتب «تُقصف» كل شهر". A quoted phrase of at most
# QUOTED_FIGURE_WORDS words reports nothing when neither it nor the QUOTED_OBJECT_WORDS
# words after it name a device or weapon, a number or a noun of people (a victim): the
# witness's «السيارة انفجرت وقتلت ثلاثة أطفال» stands. The marks that open and close such
# a phrase, as written.
QUOTE_PAIRS: tuple[tuple[str, str], ...] = (("«", "»"), ("“", "”"), ('"', '"'))
QUOTED_FIGURE_WORDS = 5
QUOTED_OBJECT_WORDS = 2
# What an "attempt_on_person" cue governs is the act it tried for: the verbal noun right
# after the attempt and its doer ("محاولة الأخير اعتقال شبان"، "حاولوا خطفه"), or a verb
# after "أن" ("حاولت أن تعتقله"). A word that begins with one of these (proclitics
# stripped, matching form); an arrest told by its own verb after the attempt ("حاول الفرار
# قبل أن تعتقله الدورية"، "حاول الفرار فاعتقلته") is made.
ATTEMPTED_ACTS: tuple[str, ...] = ("اعتقال", "خطف", "اختطاف", "توقيف", "احتجاز", "القبض",
                                   "اسر", "arrest", "abduct", "kidnap", "detain", "seiz")
ATTEMPTED_VERB_AFTER: frozenset[str] = frozenset({"ان", "بان", "to"})
# A cue named here leaves triggers of these event types alone: a funeral that turns into a
# protest is one.
SPARES_TYPES: dict[str, frozenset[str]] = {
    "funeral": frozenset({"Protests", "Riots"}),
}
# ... and a killing dated to the funeral's own day within a few words after it ("الذي قتل
# فجراً"، "الذي اغتيل صباح اليوم"): the funeral reports that killing (words as matched,
# normalised; two-word ones joined by a space).
FUNERAL_SAME_DAY: frozenset[str] = frozenset({"فجرا", "صباحا", "اليوم", "فجر اليوم",
                                              "صباح اليوم"})
FUNERAL_SAME_DAY_REACH = 2
# ... and the funeral named as the time of the act, right after one of these (normalised,
# the last word of the phrase): "وبالتزامن مع التشييع، انفجرت عبوة ناسفة"، "وأثناء التشييع
# أطلق عناصر الأمن النار": the act happened at the funeral, it is news of the day.
DURING_FUNERAL: frozenset[str] = frozenset({"مع", "اثناء", "واثناء", "خلال", "وخلال", "عقب",
                                           "وعقب", "بعيد", "وبعيد"})
# (with "مع" only after one of these: "تزامنا مع"، "بالتزامن مع")
DURING_FUNERAL_WITH: frozenset[str] = frozenset({"بالتزامن", "وبالتزامن", "تزامنا", "وتزامنا",
                                                "تزامن", "تزامنت"})
# Words within three words after a trigger that make it a recurring state, not an incident:
# "قصف متكرر", "شبه يومي". A word counts when it ends with one of these.
RECURRING: tuple[str, ...] = ("متكرره", "المتكرره", "شبه", "سنويا", "يومي")
# Words within three words after a shell or rocket that make it the war's leftover, not
# fire: "انفجار قذيفة من مخلفات الحرب"، "صاروخ غير منفجر من بقايا المعارك". Its blast is an
# explosion (the remote explosive sub-type), no shelling (normalised words).
REMNANTS: frozenset[str] = frozenset({"مخلفات", "بقايا", "منفجر", "منفجره"})

# A round-up moves to its next incident by putting where it happened first, before a
# comma or a semicolon ("وفي إدلب؛ أصيب مدنيان ..."): a direction ("جنوباً، لقي طفل
# حتفه ...") or "في" and a place the gazetteer knows ("وفي سري كانيه، تصدى المقاتلون ...";
# "وفي ريف ..." and "وفي مدينة ..." are cues of
# "another_incident"). ``pipeline.events.classify`` reads these in the matching form of
# ``language.normalize``; the place words may stand between "في" and the name.
FRONTED_DIRECTIONS: tuple[str, ...] = ("جنوبا", "شمالا", "شرقا", "غربا", "والي الجنوب",
                                       "والي الشمال", "والي الشرق", "والي الغرب")
FRONTED_IN: tuple[str, ...] = ("في", "وفي", "ففي", "فى", "وفى", "ففى",
                               # "أما في محافظة درعا، فقد قتل ...": the next item of a round-up
                               "اما في", "واما في")
FRONTED_PLACE_WORDS: tuple[str, ...] = ("بلده", "قريه", "مدينه", "حي", "محافظه", "منطقه",
                                        "ناحيه", "مخيم")
FRONTED_NAME_WORDS = 3  # the most words of the name
# ... or its time: "وصباح اليوم الخميس، شن الطيران غارات ..." after a lead about the night
# before, "ومساء أمس، انفجرت عبوة ...". A time word opens the sentence (after و، ف or "في"),
# then up to three more time words, then a comma (written as in the text; read normalised).
# "اليوم ذاته"/"اليوم نفسه" is the day just told ("وعصر اليوم ذاته، نظم الأهالي وقفة"):
# a time put first all the same.
FRONTED_TIME_HEADS: tuple[str, ...] = ("صباح", "مساء", "فجر", "ظهر", "عصر", "ليل", "ليلة",
                                       "ظهيرة", "منتصف", "اليوم", "أمس", "يوم")
FRONTED_TIME_WORDS: tuple[str, ...] = ("اليوم", "أمس", "يوم", "ليل", "ليلة", "الليلة", "نهار",
                                       "السبت", "الأحد", "الاثنين", "الثلاثاء", "الأربعاء",
                                       "الخميس", "الجمعة", "الماضي", "الماضية", "الفائت",
                                       "الفائتة", "ظهر", "بعد", "قبل", "ذاته", "نفسه")
# A local page's bulletin puts each item after a mark of its own: a bullet ("🔴 قتل شاب
# ..."، "▪️ انفجرت عبوة ...") or the place's hashtag ("#البصيرة | خرج العشرات ..."). An
# item so marked is the next incident, as a place put first is.
ITEM_MARKS: tuple[str, ...] = ("🔴", "🟠", "🟡", "🔵", "⚫", "⚪", "▪", "▫", "◾", "◽", "◼", "■",
                               "•", "●", "🔸", "🔹", "🔺", "🔻", "📌", "📍", "⭕", "✅", "✔")
HASHTAG_ENDS: tuple[str, ...] = ("|", "｜", ":", "–", "-", "—", "،", ",")
# ... but a breaking item's own details also come under bullets ("⭕ عاجل | انفجار في
# المدينة" then "🔴 المعلومات الأولية: 4 قتلى بينهم طفل"): a bullet followed by one of these
# headings tells more of the item before it (its toll, what is known so far), not the next
# incident (read in the matching form, at the start of the words after the bullet).
ITEM_DETAIL_HEADS: tuple[str, ...] = (
    "المعلومات الأولية", "معلومات أولية", "بحسب المعلومات الأولية", "وفق المعلومات الأولية",
    "حسب المعلومات الأولية", "المعلومات المتوفرة", "آخر المعلومات", "الحصيلة",
    "حصيلة أولية", "التفاصيل", "الخسائر البشرية", "الضحايا",
)
# Nouns that some village is named but that, put first, are everyday words: "وفي المدينة،"
# is the article's own town again, "وفي هذا الصدد،" a turn of phrase.
FRONTED_NOT_NAMES: tuple[str, ...] = (
    "المدينه", "البلده", "القريه", "الريف", "الحي", "المخيم", "المنطقه", "المحافظه", "السجن",
    "الميدان", "الصدد", "السوق", "المشفي", "المستشفي", "الجامع", "المسجد", "الساحه", "الجبهه",
)

# What follows an incident on a later day and is an event of its own, connective or none:
# the relatives' vigil after an abduction ("وشهدت البلدة مساء أمس وقفة لأهالي المخطوفين"),
# the arrests after a killing ("وأعلنت الشرطة اليوم الاثنين توقيف ثلاثة"). Only a sentence
# that names its day ("أمس", "اليوم" or a weekday, ``language.calendar``) counts, and only
# on a day after the incident's: arrests "صباح اليوم" after a bombing "مساء أمس". "صباح ذلك
# اليوم" and "حتى اليوم" are the incident's day or no day. ``pipeline.events.extract`` reads
# these.
FOLLOW_UP_TYPES: frozenset[str] = frozenset({
    "Peaceful protest", "Protest with intervention", "Arrests",
})
FOLLOW_UP_DAY_WORDS: tuple[str, ...] = ("أمس", "الأمس", "اليوم")
# A day word right after one of these bounds a state ("لم يصدر تعليق حتى صباح الاثنين") or
# points back to the incident's day ("صباح ذلك اليوم"، "في اليوم نفسه" has its own words after).
FOLLOW_UP_NOT_AFTER: tuple[str, ...] = ("حتى", "منذ", "ذلك", "ذات", "نفس")

# "another" or "similar" in a later sentence that opens with a connective ("وفي حادثة
# أخرى"): a second incident of the same type, not more of the first.
REPEAT: tuple[str, ...] = ("اخري", "اخرى", "مماثله", "مماثل", "ثانيه")
# A second incident told as "similar" ("استهدف قصف مماثل مدينة الباب" after barrel bombs):
# the same kind of violence as the first, whatever generic word names it. In matching form.
SIMILAR: tuple[str, ...] = ("مماثل", "مماثله", "مشابه", "مشابهه")

# A protest told as what an earlier night or day saw ("اعتقلت الحملة 40 شاباً بعد ليلة شهدت
# مظاهرة"، "عقب يوم شهد مظاهرات"): the time the act told came after, not this act's crowd;
# the sentence's other act is the event (pipeline.events.classify). Three words before the
# protest's word, in matching form.
EARLIER_CROWD: tuple[str, ...] = tuple(
    f"{after} {when} {saw}" for after in ("بعد", "عقب") for when in ("ليله", "يوم", "ايام", "ليال")
    for saw in ("شهدت", "شهد"))
# ... or as one the people of the act took part in before it ("اعتقلت الدورية ثلاثة شبان بعد
# ساعات من مشاركتهم في الوقفة الاحتجاجية"، "فصل من عمله إثر مشاركته في مظاهرة"): a noun of
# taking part, then "في", right before the protest's word, and one of EARLIER_PART_AFTER at
# most EARLIER_PART_REACH words before that noun (in matching form).
EARLIER_PART_NOUNS: frozenset[str] = frozenset({
    "مشاركتهم", "مشاركته", "مشاركتها", "مشاركتهما", "مشاركتهن", "مشاركه",
})
EARLIER_PART_AFTER: frozenset[str] = frozenset({"بعد", "عقب", "اثر", "وبعد", "وعقب", "واثر"})
EARLIER_PART_REACH = 3

# The weapons a campaign or a fight used over its length ("بعد حملة عسكرية استمرت 130 يوماً،
# استخدمت فيها القوات مئات الغارات"): what follows these words is its arsenal, no
# bombardment of the day's own at the fighting's place (pipeline.events.scenes). Two words
# each, as written.
USED_IN_IT: tuple[str, ...] = (
    "استخدمت فيها", "استخدم فيها", "استخدموا فيها", "استعملت فيها", "استعمل فيها",
    "استخدمت خلالها", "استخدم خلالها", "شنت خلالها", "شن خلالها", "ألقت خلالها",
)

# How far (in words) each frame of ``pipeline.rules.not_news.NON_INCIDENT_FRAMES`` reaches:
# (before the trigger, after it), as REACH above. A condition reaches over the clause it
# opens; fiction, art and metaphor frame the whole sentence.
# How far before a territory word a "shared" cue (pipeline.rules.cues) reaches: "تتقاسم
# فصائل المعارضة والتنظيم السيطرة" names the sharers between.
SHARED_REACH = 6
# Frames that govern only triggers of these kinds (others reach every trigger).
FRAME_ONLY: dict[str, tuple[str, ...]] = {"no_arrests": ("Arrests",)}
FRAME_REACH: dict[str, tuple[int, int]] = {
    "conditional": (8, 4),  # "بشن ضربات على دمشق إذا نشرت قوات": the main clause too
    "possibility": (5, 0),
    "expected": (0, 3),
    "purpose": (3, 0),
    "inquiry": (4, 0),
    "alleged": (12, 0),
    "question": (60, 60),
    "culture": (60, 60),
    "metaphor": (60, 60),
    "drill": (60, 60),
    "phenomenon": (2, 0),
    "rules_of": (1, 0),
    "attribution": (6, 0),
    "arsenal": (4, 3),
    "option": (5, 0),
    "talks": (2, 0),
    "no_arrests": (0, 3),
    "corps": (1, 0),
    "law": (5, 3),
}

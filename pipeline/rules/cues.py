"""Cue words: what changes the meaning of a trigger nearby (negation, future, a truce...).

To stop a word from making an event where it only recalls, denies or announces one, add the
phrase that gives it away to its kind of cue in CUES.

Phrases are written, and matched, as in ``pipeline.rules.triggers``; ``pipeline.rules.scope``
says how far each kind of cue reaches and which triggers it leaves alone.
"""

from __future__ import annotations

# "صادرت/صادروا" (confiscated), the verb only: "صادر*" also read "التقرير الصادر عن"،
# "الصادرة عن" (issued by) and "الصادرات" (exports) as weapons taken. Not "صادره": folded,
# it is also "صادرة" (issued).
_CONFISCATED: tuple[str, ...] = ("صادرت", "صادروا", "صادرتا", "صادرنا", "صادرتها",
                                 "صادرتهم", "صادرها", "صادرهم")

# Talks that collapsed (in the matching form): "انهيار" alone is also a front's ("بعد انهيار
# دفاعات المسلحين"), a building's ("انهيار المبنى"), and reports the takeover it ends in.
COLLAPSED_TALKS: tuple[str, ...] = (
    "انهيار المفاوضات", "انهيار المحادثات", "انهيار المباحثات", "انهيار التفاوض",
    "انهيار الاتفاق", "انهيار اتفاق", "انهيار التفاهم*", "انهيار جهود*", "انهيار الوساطه",
)

# Condemnation, regret and sympathy ("ندد/أدان/استنكر/شجب ..."، "أعربت عن أسفها للهجوم"،
# "قدم تعازيه بضحايا التفجير"، "خرجوا لتندد بالاعتداء"): a statement about an incident
# (CUES "statement" and "reaction").
_CONDEMNING: tuple[str, ...] = (
    "ندد*", "ينده*", "يندد*", "تندد*", "تنديد*", "ادان*", "يدين", "تدين", "ادانه",
    # Deploring: "استنكرت الرئاسة الهجوم"، "شجب الاتحاد التفجير".
    "استنكر*", "يستنكر*", "تستنكر*", "شجب*", "يشجب*", "تشجب*",
    "اسفه", "اسفها", "اسفهم", "ياسف", "تاسف", "تعازي*", "تعزيه",
)

# A tally over a few days ("61 قتيلاً خلال ثلاثة أيام من الغارات", "خلال الأيام الثلاثة
# الماضية") whose body dates its killings day by day ("قتل يوم الثلاثاء 24 ...، فيما قتل يوم
# الأربعاء 19"، "أما اليوم فقد قتل 18") reports each day's incident, not a period's tally:
# the last word of a "period" cue that makes its span one of days (in the matching form).
PERIOD_OF_DAYS: tuple[str, ...] = ("ايام", "الايام", "يومين", "ساعه", "ساعات", "الساعات")

# Cues: words that change what a trigger nearby means. The names are what
# pipeline.events.classify and pipeline.rules.scope refer to.
# Words that, with the article, are names and no cue at all, though a cue's word without it:
# a truce's "سريان" (its coming into force) stands in construct, never with "ال" ("سريان
# الهدنة"، "منذ بدء سريان الاتفاق"); "السريان" is the Syriacs, a people, and Aleppo's quarter
# "حي السريان" ("سقوط قذائف على حي السريان" frames no truce). In the matching form; a token
# is no cue when it is one of these or one of these after its proclitics ("والسريان").
NOT_CUE_WORDS: frozenset[str] = frozenset({"السريان"})

CUES: dict[str, tuple[str, ...]] = {
    # A negation before the trigger: nothing happened.
    "negation": (
        "لم", "لا", "لن", "ليس", "نفي", "ينفي", "نفت", "تنفي", "دون", "بدون", "دون وقوع",
        "دون تسجيل", "لم يسجل", "لم تسجل", "عدم", "نفى", "وقف", "ايقاف", "not", "no",
        "without", "denied",
    ),
    # Denials reach further than a plain negation: "نفت ... أن تكون طائراتها قد شنت غارات".
    "denial": ("نفي", "ينفي", "نفت", "تنفي", "نفى", "تنفيان", "لا صحه", "عار* عن الصحه",
               "deny", "denied", "denies"),
    # Talks, not (yet) an agreement: "مفاوضات لتبادل الأسرى لم تحسم".
    # Talks that failed made none: "أعلنت لجان التفاوض فشل التوصل لاتفاق". A collapse is
    # of talks only with the talks named: "بعد انهيار دفاعات المسلحين" is a front's.
    "negotiation": ("مفاوضات", "محادثات", "مباحثات", "وساطه", "وسطاء", "في حال التوصل",
                    "لم تحسم", "التفاوض", "فشل*", "تعثر*", *COLLAPSED_TALKS, "negotiat*",
                    "talks",
                    # a dossier is a topic of talks: "وسيبدأ بملفات مثل إيصال المساعدات
                    # وتبادل المحتجزين"، "بحث ملف تبادل الأسرى" (no exchange made yet)
                    "ملف", "ملفات", "بملف", "بملفات", "الملف", "الملفات"),
    # A truce proposed is no truce agreed: "اقترح الوجهاء هدنة لأسبوعين"، "مقترح تهدئة"،
    # "هدنة مقترحة" (close to it: "توصلوا إلى اتفاق ... بعد مقترح قدمه الوجهاء" is agreed).
    "proposal": ("اقترح*", "يقترح*", "تقترح*", "مقترح*", "اقتراح*", "propos*"),
    # A court's sentence is not an execution: "أصدرت المحكمة حكماً بالإعدام", nor are its
    # sentences in the plural ("أحكاماً بالإعدام"، "الأحكام بالإعدام").
    "court": ("حكم*", "احكام*", "محكم*", "قضائي*", "يقضي"),
    # A drill: the guns fire at nothing.
    "exercise": ("تمرين*", "مناور*", "تدريبات عسكريه", "بالذخيره الحيه", "drill*",
                 "exercise*"),
    # Future or intent: not (yet) an event.
    "future": (
        "سوف", "سيتم", "ستبدا", "يعتزم", "تعتزم", "من المقرر", "المقرر", "المرتقب*", "تهدد",
        "يهدد", "هدد*", "توعد*", "يتوعد", "يخطط", "تخطط", "مهددين", "تمهيد* ل", "تمهيدا ل",
        "سيبدا", "ستنتشر", "ستستمر", "تتوعد", "ستشن", "سيشن", "ستقوم", "سيقوم", "ستنفذ",
        "سينفذ", "بهدف", "will", "plans", "threat*",
        # what a mediator or a side will try for: "سيحاول المبعوث جمع الوفدين ... وسيبدأ
        # بملفات مثل إيصال المساعدات وتبادل المحتجزين" (an agenda, no exchange yet)
        "سيحاول", "ستحاول", "سيسعي", "ستسعي",
        # Intent, a plan, or being about to: "كان ينوي تنفيذ تفجير"، "شكلت لجنة لتخطيط
        # هجوم"، "القرار الذي اتخذته بصدد شن هجوم"، "كانت تحضر عدداً من الهجمات"،
        # "ستتعرض لهجوم جديد"
        "ينوي", "تنوي", "ينوون", "نوايا", "نيه", "نيته", "نيتها", "نيتهم", "بصدد",
        "تخطيط", "التخطيط", "خطط*", "مخطط*", "تحضر", "يحضر", "يحضرون", "تحضير*",
        "التحضير*", "ستتعرض", "سيتعرض", "ستحصل", "سيحصل", "ستقع", "سيقع",
        # A gathering announced, not yet held: "ستنظم غداً السبت وقفة"، "سيقيم الأهالي يوم
        # غد اعتصاماً". Tomorrow is named with its day or as "يوم غد" ("غدا" alone is also
        # "became", see "becoming").
        "ستنظم*", "سينظم*", "ستقيم", "سيقيم", "ستخرج", "سيخرج", "يوم غد", "صباح غد",
        "مساء غد", "بعد غد", "غدا السبت", "غدا الاحد", "غدا الاثنين", "غدا الثلاثاء",
        "غدا الاربعاء", "غدا الخميس", "غدا الجمعه",
        # Possibility, expectation and fear: "قد تشن"، "يتوقع أن"، "لا يستبعد"، "مخاوف من".
        # ("قد" alone also marks the past, "وكان ... قد قتل": only before a present verb.)
        "قد يشن*", "قد تشن*", "قد يقصف*", "قد تقصف*", "قد يستهدف*", "قد تستهدف*", "قد ينفذ*",
        "قد تنفذ*", "قد يندلع*", "قد تندلع*", "قد تشهد", "قد يشهد", "قد يتعرض*", "قد تتعرض*",
        "قد تلجا", "قد يلجا", "قد تبدا", "قد يبدا", "ربما", "يتوقع", "تتوقع", "من المتوقع",
        "توقعات", "يرجح", "ترجح", "من المرجح", "من المحتمل", "يحتمل", "احتمال*", "يستبعد",
        "تستبعد", "مخاوف من", "خشيه من", "تخوف* من", "يخشي", "تخشي", "يحشد*", "تحشد*",
        # what people fled from before it happened: "نقلوا إلى منازل آمنة خوفاً من اعتقالهم"
        "خوفا من", "خوفا علي", "for fear of",
        "يستعد*", "تستعد*", "استعداد* ل", "استعدادا ل",
        # Conditions and hedged claims: "في حال هاجمت"، "إذا استمر القصف"، "من المبكر القول".
        "في حال", "في حاله", "اذا", "لو", "من المبكر", "من السابق لاوانه", "سابق لاوانه",
        # (Not "may": it is also the month, "In May an air strike killed five".)
        "might", "could", "expected", "if",
        # Getting near a place is not taking it: "اقترب النظام من السيطرة على القنيطرة".
        "اقترب* من", "يقترب* من", "تقترب* من", "على وشك", "علي وشك",
    ),
    # Commemoration: the violence named is history.
    "anniversary": (
        # "احياء" alone is also "الأحياء السكنية", the quarters every shelling report names.
        "ذكري", "الذكري السنويه", "ذكرى", "احياء ذكري", "احياء الذكري", "يحيي", "تحيي",
        # its anniversary: "في ذكراها العاشرة.. مجزرة X"
        "ذكراها", "ذكراه",
        "تستذكر", "استذكر*",
        "احتفل*", "احتفال*", "سنوات علي", "سنه علي", "سنتين علي", "عام علي", "عامين علي",
        "اعوام علي", "anniversary",
        # the years counted in the accusative ("خمسة عشر عاماً على صرخة الحميدية") and the
        # day recalled ("في مثل هذا اليوم قبل خمسة عشر عاماً")
        "عاما علي", "في مثل هذا اليوم", "في مثل هذه الايام",
    ),
    # Statements, calls, condemnations: words about an event, not the event.
    "statement": (
        "دعا الي", "دعت الي", "يدعو الي", "تدعو الي", "يدعو", "دعا", "دعت", "تدعو", "دعوا",
        # ("طالب*" would also take طالبان and الطالباني: the verb's forms are spelled out.
        # Bare "طالب" is also a student and a name, "همام طالب العيد بجروح": it demands
        # where a clause opens with it, "وطالب المتظاهرون"، "كما طالب"، or with "ب" right
        # after it, "طالب بالإفراج عن المعتقلين".)
        "دعوه", "دعوات", "داعيا", "داعيه", "وطالب", "فطالب", "كما طالب", "ثم طالب",
        "قد طالب", "طالب ب*", "طالبت", "طالبوا", "طالبين", "مطالبا",
        "ندعو", "ادعو", "نطالب", "اطالب",
        "يطالب*", "تطالب*", "مطالب*", *_CONDEMNING,
        "حذر* من", "يحذر", "تحذير*", "حث*", "يحث", "ناشد*", "مناشد*", "رفض*", "رفضا",
        "الالتزام ب", "تثبيت", "احترام", "ضبط النفس", "urged", "called for", "condemn*",
    ),
    # Condemning, deploring, regretting an incident: it is what they react to, reported
    # before. Its object may come after a long subject and the channel of the statement
    # ("استنكر فلان في بيان صحافي له أمس تلقت الصحيفة نسخة منه، تفجيرات ..."), so these
    # reach further than the other "statement" cues (pipeline.rules.scope).
    "reaction": _CONDEMNING,
    # The truce holds: status reports of a ceasefire are not events.
    "holding": (
        "الهدوء يسود", "يسود الهدوء", "هدوء حذر", "استمرار الهدوء", "صمود الهدنه", "صامده",
        "لم يسجل اي خرق", "لم تسجل اي خروقات", "لم تسجل اي خرق", "لم نسجل اي خرق",
        "دون تسجيل خروقات", "holds", "holding",
    ),
    # "بعد ساعات من مقتل شاب": the event named right after is the earlier one (what follows
    # it in the sentence may be today's news).
    # So does a span of time, however it is hedged: "بعد أكثر من شهرين من الحصار والقصف"
    # (the siege and shelling went on before; the sentence's news comes after them).
    "earlier": (
        "بعد اسابيع من", "بعد ايام من", "بعد اشهر من", "بعد يومين من", "بعد ساعات من",
        "بعد يوم من", "بعد اسبوع من", "بعد اسبوعين من",
        *(f"بعد {hedge}{span} من"
          for hedge in ("", "اكثر من ", "نحو ", "قرابه ", "حوالي ", "اقل من ")
          for span in ("شهر", "شهرين", "شهور", "عام", "عامين", "اعوام", "سنه", "سنتين",
                       "سنوات", *(("اسابيع", "ايام", "اشهر", "يومين", "ساعات", "يوم",
                                   "اسبوع", "اسبوعين") if hedge else ()))),
    ),
    # The incident a reported act answers or avenges, named right after these: "دمرت
    # المساجد انتقاماً لتفجير المرقد"، "قصفت المدفعية القرية رداً على هجوم" (the act told
    # is the news; what it answers came before). Not a frame of the whole sentence, as
    # "earlier" is (pipeline.events.scenes): the answer itself is today's incident.
    "motive": ("انتقاما", "ثارا", "ردا علي", "رد علي", "الرد علي", "retaliation for",
               "in retaliation", "in revenge"),
    # Background: the trigger is a past or recurring state, not today's incident.
    "background": (
        "منذ", "قبل نحو", "قبل ايام", "خلال السنوات",
        "سنوات الحرب", "خلال العام", "متكرره", "المتكرره", "شبه يومي", "بشكل شبه يومي",
        "سنويا", "موجه", "تتكرر", "يتكرر", "تكرر", "يواصل", "تواصل", "مواصله",
        "على خلفيه", "علي خلفيه", "متورط*", "بتهمه", "متهم*", "مخلفات", "عدد جرائم",
        "يرتفع عدد", "وثقت", "الحرب", "تكرار", "لم تمض*", "لم يمض*", "بعد مرور", "since",
        # the fighting that goes on, framing the news: "في ظل استمرار المعارك على جبهتي A
        # وB" (the fronts' ongoing state, no incident of its own)
        "في ظل استمرار", "وسط استمرار",
    ),
    # "منذ" with a time of the day of the news starts the incident, not its background:
    # "دارت منذ فجر اليوم اشتباكات"، "معارك استمرت منذ منتصف الليل" (a "background" cue
    # where one of these starts is no cue).
    "since_today": (
        "منذ فجر", "منذ صباح", "منذ ظهر", "منذ عصر", "منذ مساء", "منذ ليل", "منذ ليله",
        "منذ منتصف الليل", "منذ ساعات الصباح", "منذ ساعات الفجر", "منذ الصباح",
        "منذ ساعات الليل", "منذ الفجر", "منذ ساعات", "منذ الساعه", "منذ امس", "منذ يوم امس",
        "منذ الليله الماضيه", "since dawn", "since the morning", "since early",
    ),
    # Violence that stopped is not reported as happening: "لافتاً إلى أن القصف توقف"،
    # "توقف القصف منذ ساعات" (right before or after the trigger; not "دون توقف", below).
    "stopped": ("توقف", "توقفت", "stopped", "ceased", "halted"),
    # Whose the weapon was, guessed: "بغارات يرجح أنها روسية"، "طائرات يعتقد أنها للتحالف".
    # The guess is about the doer, not about whether the strike happened or is to come: the
    # "future" cue "يرجح" is none inside it (pipeline.rules.scope.NOT_WHERE).
    "likely_doer": ("يرجح انها", "يرجح انه", "يرجح بانها", "يرجح بانه", "يرجح ان تكون",
                    "يرجح ان يكون", "ترجح انها", "ترجح انه", "يعتقد انها", "يعتقد انه"),
    # Fighting that did not stop goes on: "الاشتباكات لم تتوقف" is no demand that it stop.
    "going_on": ("لم تتوقف", "لم يتوقف", "لا تتوقف", "لا يتوقف", "لم تتوقفا", "لم يتوقفا"),
    # "Not only": "لم تقتصر الاحتجاجات على المدينة، إذ خرج العشرات في ..." says the act spread
    # further, it denies nothing (the "negation" cue "لم" is none inside it,
    # pipeline.rules.scope.NOT_WHERE).
    "not_only": ("لم تقتصر", "لم يقتصر", "لا تقتصر", "لا يقتصر", "لم تعد مقتصره",
                 "لم يعد مقتصرا", "not only", "not limited"),
    "nonstop": ("دون توقف", "بدون توقف", "بلا توقف", "دونما توقف", "without stopping",
                "non-stop", "nonstop"),
    # Complements that make violent words figurative: "هجوماً حاداً على الحكومة",
    # "انفجار الأسعار", "قصف إعلامي" (they follow the trigger closely).
    "figurative": (
        "حادا", "حاد", "لاذع*", "كلامي*", "اعلامي*", "سياسي*", "سكاني", "الاسعار", "اسعار",
        "الغضب", "غضب", "انتخابي*", "الكتروني*", "سيبراني*", "معنوي*", "تجاري*",
        "دبلوماسي*", "ديبلوماسي*",
        # a surge of demand: "انفجار في الإقبال على السياحة"، "انفجار الطلب على المحروقات"
        "الاقبال", "اقبال", "الطلب",
        # protests or a quarrel that "exploded": "وانفجرت عدة مظاهرات"، "انفجر الصراع بين"
        "مظاهرات", "المظاهرات", "احتجاجات", "الاحتجاجات", "الصراع", "الخلاف*", "الازمه",
        # the situation that may "explode": "تحذر من انفجار جديد للأوضاع"
        "الاوضاع", "للاوضاع", "الوضع", "للوضع",
        # the burdens of a market laid on traders like fire: "«قصف» متواصل بالضرائب"،
        # "تحت قصف متواصل من الأزمات" (what the shelling is "with" or "of")
        "الضرائب", "ضرائب", "الرسوم", "الازمات", "ازمات", "الغلاء",
        # a hall or an audience that "exploded" with laughter, applause or tears: "انفجرت
        # الصالة بالضحك"، "انفجر الجمهور بالتصفيق"
        "بالضحك", "ضحكا", "بالتصفيق", "بالبكاء",
        # prices that "shell the pockets" of people: "الأسعار تقصف جيوب الناس" (the pockets
        # of a people, not "جيوب التنظيم", the enemy's pockets of ground)
        *(f"جيوب {people}" for people in ("الناس", "الاهالي", "المواطنين", "السكان",
                                           "الفقراء", "العائلات", "الموظفين")),
        # an attack of words on a body or its policy: "هجوم كاسح على النيابة"، "واصلت
        # الحركة هجومها على اللجنة التنفيذية" (right after "على": "هجوم على مقر الحكومة"
        # is on a building)
        *(f"على {body}" for body in (
            "الحكومة", "اللجنة", "النيابة", "الإدارة", "سياسة", "سياسات", "تصريحات",
            "مواقف", "موقف", "قرار", "قرارات", "الإعلام", "البرلمان")),
    ),
    # A likening: what a thing is "like" is no act of the day: "القرار بمثابة لغم في طريق
    # التعافي"، "أشبه بحقل ألغام"، "as if a bomb went off" (right before the trigger;
    # pipeline.rules.scope; only triggers that have a figurative use).
    "simile": ("بمثابه", "اشبه", "كانه", "كانها", "وكانه", "وكانها", "as if"),
    # A market's lull or its truce: "«هدنة» قصيرة في سوق الصرف"، "هدنة الأسعار" (the words
    # of a truce used for prices and currencies, closely after it; pipeline.rules.scope).
    "market": ("سوق الصرف", "اسواق الصرف", "سعر الصرف", "اسعار الصرف", "الدولار", "الليره",
               "البورصه", "الاسعار", "اسعار", "الاسواق", "الاسواق الماليه", "exchange rate",
               "prices"),
    # What a container holds: "عبوة" is also a bottle or a can ("على كل شجرة وكل عبوة زيت"،
    # "عبوات المياه"): the word right after it names its contents, not a bomb.
    "contents": ("زيت", "الزيت", "زيوت", "مياه", "المياه", "ماء", "حليب", "الحليب", "عصير",
                 "دواء", "الدواء", "ادويه", "عطر", "مشروب*", "بلاستيك*", "كرتون*", "معدني*",
                 "فارغه", "فارغ*", "مربي", "لبن", "اللبن", "سمن", "السمن", "العطر", "العصير",
                 "الماء", "مازوت", "المازوت", "بنزين", "البنزين", "oil", "water"),
    # Fleeing from violence names it as what people fled, not as an incident of the day:
    # "نزح الآلاف هرباً من المعارك"، "fled the fighting in Idlib since December".
    "flight": (
        "هربا من", "فرارا من", "نزوحا من", "هروبا من", "fled", "fleeing", "flee", "flight from",
        # ... and the verb: "اللاجئون الذين فروا من معارك القلمون" (the battles they fled are
        # the past of the people told of, not the news)
        "فروا من", "فر من", "فرت من", "هربوا من", "هرب من", "هربت من", "نزحوا من", "نزح من",
        "نزحت من",
    ),
    # Ground only tried for is not taken: "اشتباكات ... في محاولة من الفصائل استعادة
    # البلدة"، "تحاول القوات السيطرة على التلة"، "in a bid to retake the town".
    "attempt": (
        "في محاوله", "محاوله ل*", "محاولات ل*", "تحاول", "يحاول", "يحاولون", "تحاولان",
        "حاولت", "حاول", "حاولوا", "سعيا ل*", "سعيا الي", "attempt to", "attempts to",
        "attempting to", "attempted to", "trying to", "tried to", "bid to", "seeking to",
        "sought to",
    ),
    # A person only tried for is not held: "اشتباكات ... عقب محاولة الأخير اعتقال شبان"،
    # "قتل برصاص مسلحين حاولوا خطفه"، "بعد أن حاولت دورية اعتقاله" (an arrest or abduction
    # attempted is no arrest or abduction; the shooting or clash it led to stands).
    "attempt_on_person": (
        "محاوله", "محاولته", "محاولتها", "محاولتهم", "محاولتهما", "محاولات", "حاول", "حاولت",
        "حاولوا", "حاولا", "حاولتا", "يحاول", "تحاول", "يحاولون", "تحاولان", "يحاولان",
        "attempt to", "attempts to", "attempting to", "attempted to", "trying to",
        "tried to", "attempted",
    ),
    # Control that changes hands back and forth is a front, not a place taken: "بلدة X، التي
    # يتبادل الطرفان السيطرة على أطرافها منذ أيام"، "تتناوب الفصائل والقوات على السيطرة".
    "contested": (
        "يتبادل الطرفان", "تبادل الطرفان", "يتبادل الجانبان", "تبادل الجانبان", "يتبادلان",
        "تتبادلان", "تبادلا", "يتبادلون", "تبادل السيطره", "يتناوب*", "تتناوب*", "تناوب*",
        "change* hands", "changing hands",
    ),
    # Aircraft flying over strike nothing: "وشهدت سماء المنطقة تحليقاً مكثفاً للطيران
    # المسير"، "حلقت طائرات حربية فوق المدينة"، "drones flew over the town". The past
    # tense is spelled out: "حلقة"/"حلقات" (an episode, a ring: "في أحدث حلقات هذا
    # المسلسل") share its letters and fly nothing.
    "overflight": (
        "تحليق*", "حلق", "حلقت", "حلقا", "حلقتا", "حلقوا", "تحلق*", "يحلق*", "overflight*",
        "flew over", "flying over",
        "hovered", "hovering", "circled", "circling",
    ),
    # Aircraft or guns covering an advance are the attacking side's support, part of its battle,
    # not strikes of their own: "حاولوا التقدم تحت غطاء من المسيّرات", "بغطاء جوي".
    "cover": ("تحت غطاء", "بغطاء", "تحت غطاء من", "بغطاء من", "under the cover of",
              "under cover of",
              # support of a raid or an advance: "حملة دهم بمساندة مروحية للتحالف"
              "بمسانده", "بمسانده من", "باسناد", "باسناد من", "بدعم من", "بدعم جوي",
              "with air support", "backed by",
              # a side described by its air arm: "قوات النظام المدعومة بالطيران الروسي"،
              # "قسد المدعمة بطائرات التحالف" (the word right before the aircraft)
              *(f"{backed} {air}" for backed in ("مدعوم*", "مدعم*")
                for air in ("بطيران", "بالطيران", "بطائر*", "بالطائر*", "بمروحيات",
                            "بالمروحيات", "بمقاتلات", "بالمقاتلات"))),
    # Accidents are no attack: a gas cylinder or a short circuit explodes by itself.
    "accident": (
        "اسطوانه غاز", "جره غاز", "تماس كهربائي", "خطا فني", "حادث سير", "حادث مروري",
        "انفجار خزان", "عطل فني", "تسرب*", "تسريب", "حريق في مصنع", "leak*",
    ),
    # Time spans that put what they qualify into history, on either side of it.
    "history": (
        "خلال السنوات", "سنوات الحرب", "خلال سنوات", "في السنوات الماضيه", "منذ سنوات",
        "قبل سنوات", "خلال الاعوام", "السنوات الماضيه", "العام الماضي", "العام الفائت",
        "العام المنصرم", "الشهر الماضي", "الشهر الفائت", "الشهر المنصرم", "years ago",
        "during the war", "last year",
        # "the town was the scene of the fiercest fighting of the war": the war's history
        "fighting of the war", "battles of the war",
    ),
    # Tallies over a period ("مقتل 120 مدنياً خلال شهر آذار"): a count of many incidents.
    "period": (
        "خلال شهر", "خلال الشهر", "حصيله شهر", "الحصيله الشهريه", "منذ مطلع العام",
        "خلال الاسبوع", "خلال الايام", "خلال الاسابيع", "مختلف المحافظات", "الحصيله الاسبوعيه",
        "خلال عام", "خلال العام", "الحصيله السنويه", "حصيله عمليات*",
        "منذ بدايه العام", "عموم الاراضي", "عموم سوريا", "monthly", "during the month",
        # a month by its name: "مقتل 2870 شخصاً في سوريا خلال تموز"، "تقريرها الشهري"
        "خلال كانون", "خلال شباط", "خلال اذار", "خلال نيسان", "خلال ايار", "خلال حزيران",
        "خلال تموز", "خلال اب", "خلال ايلول", "خلال تشرين", "تقريرها الشهري",
        "تقريره الشهري", "التقرير الشهري", "تقرير شهري",
        # a year's report, or a year by its number alone: "تقريرها السنوي"، "خلال 2019"
        "تقريرها السنوي", "تقريره السنوي", "التقرير السنوي", "تقرير سنوي",
        *(f"خلال {year}" for year in range(2011, 2031)),
        # a span of several days, weeks, months or years: "خلال ستة أشهر"، "خلال 3 أسابيع"،
        # "خلال شهرين"، "خلال الأشهر الستة الماضية"
        "خلال الاشهر", "خلال الشهور", "خلال شهرين", "خلال اسبوعين", "خلال عامين",
        "خلال سنتين",
        *(f"خلال {count} {span}"
          for count in ("ثلاثه", "اربعه", "خمسه", "سته", "سبعه", "ثمانيه", "تسعه", "عشره",
                        "عده", *(str(n) for n in range(2, 13)))
          for span in ("ايام", "اسابيع", "اشهر", "شهور", "سنوات", "اعوام")),
    ),
    # Violence that lasted days, told as what came before the news: "عقب قصف جوي ومدفعي
    # عنيف استمر أياماً" (right after the act's word): a campaign recalled, no incident of
    # the day (pipeline.rules.scope).
    "lasted_days": (
        *(f"{verb} {span}" for verb in ("استمر", "استمرت", "دام", "دامت", "تواصل", "تواصلت")
          for span in ("اياما", "لايام", "يومين", "ليومين", "اسابيع", "لاسابيع", "اسبوعين",
                       "لاسبوعين", "اشهرا", "لاشهر", "شهورا", "لشهور")),
    ),
    # A running total, counted "since the fighting began" right after the act's word: "عدد
    # العسكريين الذين قتلوا منذ بدء المواجهات ارتفع إلى 14"، "قتل أكثر من مئة منذ اندلاع
    # المعارك": the toll of what was told before, no incident of the day.
    "since_start": ("منذ بدء", "منذ بدايه", "منذ اندلاع", "منذ انطلاق"),
    # A toll spread over places after it: the violence told before it is the total's ("سقوط
    # 63 شهيداً اليوم برصاص وقصف قوات النظام ... توزعوا على النحو التالي: 24 في ريف دمشق"),
    # no incident of its own; what the breakdown tells after it is (it reaches back only).
    "spread": ("توزعوا", "توزعت", "موزعين", "علي النحو التالي"),
    # A tally broken down by kind: "وثق 1500 خرق توزعت بين قصف مدفعي وغارات جوية" lists
    # the kinds of the many incidents counted, none of them an incident told.
    "spread_kinds": ("توزعت بين", "توزعت ما بين", "توزعوا بين", "تنوعت بين", "تنوعت ما بين",
                     "تتوزع بين", "تتنوع بين", "موزعه بين", "ranging from",
                     # what a tally's many breaches were said to be: "أعلن المركز تسجيل تسعة
                     # خروقات، اتهم فيها الفصائل بقصف مواقع للجيش" (no place, no one act)
                     "اتهم فيها", "اتهمت فيها", "اتهم خلالها", "اتهمت خلالها"),
    # An adjective right after the trigger that dates it before: "قصف سابق".
    # Also the deposed regime as the one who bombed ("جراء قصف النظام المخلوع"): what
    # it did is history, while its remnants' attacks ("هجوم لفلول النظام البائد") stay news.
    # One man's settled status, not an agreement: "حصل على بطاقة «تسوية»"، "أوراق التسوية"
    # (the papers the 2018 settlements gave each man who signed). A man who "made" his
    # settlement did the same ("قيادي سابق كان قد أجرى «تسوية» مع النظام"): who he is, not
    # an agreement of the day.
    "status_papers": ("بطاقه", "بطاقات", "ورقه", "اوراق", "بطاقة", "ورقة", "أوراق",
                      "اجري", "أجرى", "اجروا", "أجروا"),
    # A settlement office, not an agreement: "افتتحت المحافظة مركزاً جديداً لتسوية أوضاع
    # المنشقين"، "مراكز التسوية"، "مكتب التسوية في المدينة". Each man's status is settled there
    # one by one: administration, no deal between sides (an "اتفاق تسوية" is one).
    "settlement_office": ("مركز", "مركزا", "المركز", "مراكز", "المراكز", "مكتب", "مكتبا",
                          "المكتب", "مكاتب", "المكاتب"),
    "past_adj": ("سابق", "سابقه", "previous", "earlier", "المخلوع", "البائد", "البائده"),
    # Hypothetical violence: "مستعد للرد على أي اعتداء".
    "hypothetical": ("اي", "مستعد*", "مثل هذه", "مثل هذا", "مثل تلك", "any"),
    # What should stop is demanded, not reported: "القصف يجب أن يتوقف".
    "demand": ("يجب", "ينبغي", "تتوقف", "يتوقف", "must", "should"),
    # Sentence openings that frame context ("ويأتي القصف في خرق ..."): no new event there.
    "context_open": (
        "ياتي", "وياتي", "تاتي", "وتاتي", "وكان", "وكانت", "كان", "كانت", "يذكر ان", "ويذكر ان",
        "يشار الي", "ويشار الي", "يعد", "ويعد", "تعد", "وتعد", "تشهد", "وتشهد", "يشهد", "ويشهد",
        "لم تمض*", "لم يمض*",
    ),
    # Walking out of a meeting, or boycotting it, "in protest" ("انسحب أعضاء الوفد من القاعة
    # احتجاجاً على ..."): a gesture in a hall, no protest in the street, no withdrawal from
    # ground. Read with its motive only (pipeline.rules.scope.WALKOUT_MOTIVE).
    "walkout": ("انسحب", "انسحبت", "انسحبوا", "انسحاب", "قاطع", "قاطعت", "قاطعوا", "مقاطعه",
                "استقال", "استقالت", "استقالوا", "walked out", "walkout", "boycott*"),
    # A funeral: the killing of the one buried is an earlier incident ("شيّع الأهالي جثمان
    # القيادي الذي اغتيل أمس"); only a protest it turns into is news of the day.
    "funeral": (
        "شيع", "شيعت", "شيعوا", "يشيع", "يشيعون", "تشييع*", "جنازه", "جنازات", "موكب تشييع",
        "funeral*",
    ),
    # A day or a time of day: a sentence that dates what it tells reports an incident.
    "dated": (
        "اليوم", "امس", "فجر", "صباح", "مساء", "ظهر", "عصر", "ليله", "ليل", "منتصف ليل",
        "السبت", "الاحد", "الاثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعه",
        "today", "yesterday",
    ),
    # Air defences fending off or downing what flew at them ("اعترضت المضادات الأرضية
    # مسيّرتين وأسقطتهما"): drones so met are the weapon disrupted, no strike
    # (pipeline.events.classify).
    "intercepted": (
        "تصدت", "تصدي", "تتصدي", "يتصدي", "التصدي", "اسقطت", "اسقطتها", "واسقطتها", "اسقطها",
        "واسقطها", "اسقاطها", "واسقاطها", "اسقطوها", "shot down", "intercept*",
    ),
    # Missiles fired from an airspace are fired by aircraft: "عدوان بالصواريخ انطلاقاً من
    # أجواء الجولان" is an air strike, not a missile attack from the ground (one from a
    # territory, "من الجولان المحتل", is not listed).
    "from_airspace": (
        "من اجواء", "من الاجواء", "من فوق اجواء", "عبر اجواء", "من المجال الجوي",
        "from the airspace", "from lebanese airspace", "from the airspace of",
    ),
    # A weapon that fell and did not explode struck nothing: "سقطت طائرة مسيّرة قرب القرية
    # دون أن تنفجر"، "سقط صاروخ في أرض زراعية لم ينفجر". Where the sentence tells only
    # that (the weapon between "fell" and "did not explode", nobody killed or wounded, no
    # other blast), it is no strike (pipeline.events.classify). "قصفت الطائرات البلدة
    # بصاروخين سقط أحدهما دون أن ينفجر" stays a strike: its act comes before the fall.
    "fell": ("سقط*", "سقوط", "fell", "landed", "crashed"),
    "unexploded": (
        "دون ان تنفجر", "دون ان ينفجر", "دون انفجار*", "بدون ان تنفجر", "بدون ان ينفجر",
        "لم تنفجر", "لم ينفجر", "without exploding", "did not explode", "failed to explode",
        "unexploded",
    ),
    "exploded": ("انفجر*", "انفجار*", "تفجير*", "exploded", "explosion*", "blast*"),
    "wounded": ("اصيب*", "اصابه*", "اصابات", "جرح*", "جريح*", "wounded", "injured"),
    # Weapons being handled, not used.
    "weapons_handled": (
        "ازاله", "ازالت", "تفكيك*", "فكك*", "تفكك*", "يفكك*", "ضبط", "ضبطت", "مصادره",
        *_CONFISCATED, "زرع*", "مخزن", "مستودع", "العثور", "عثر*", "يعثر*",
    ),
    # Mines and ordnance cleared: the engineers' haul is counted, not exploded ("أزالت فرق
    # الهندسة خلال شهر أكثر من 500 لغم"). A count and a period often stand between the verb
    # and the weapon, so it reaches further than "weapons_handled" (pipeline.rules.scope).
    "cleared": (
        "ازاله", "ازالت", "ازال", "ازالوا", "تزيل", "يزيل", "نزع", "نزعت", "ينزع", "تنزع",
        "تطهير", "demining", "demined", "cleared", "clearing", "removed",
    ),
    # Weapons taken from their holders or found: "ضبطت الوحدات ... عبوات ناسفة", "seized
    # a cache of explosives". With a weapon named after it (``triggers.SEIZED_WEAPONS``)
    # the weapon was not used: no bombing, shelling or takeover (pipeline.events.classify).
    "seizure": (
        "ضبط", "ضبطت", "ضبطوا", "يضبط", "تضبط", "مصادره", *_CONFISCATED, "يصادر*", "تصادر*",
        "العثور علي", "عثر* علي", "تعثر* علي", "يعثر* علي", "ضبط* بحوزت*",
        "seize*", "seizing", "seizure*", "confiscat*", "found", "discovered", "uncovered",
    ),
    # Violence presented as breaking a truce in force.
    "breach": (
        "خرق*", "خروقات", "انتهاك*", "خرقا", "رغم اتفاق*", "رغم الهدنه", "رغم سريان",
        "علي الرغم من سريان", "الرغم من سريان", "رغم وقف اطلاق النار", "رغم التهدئه",
        "في ظل الهدنه", "في ظل سريان", "منطقه خفض التصعيد", "مناطق خفض التصعيد",
        "تخرق", "يخرق", "تنتهك", "ينتهك", "violat*", "breach*",
        "منتهك*", "خارقه", "خارقا", "خارقين",
    ),
    # What a breach cue must be about to count.
    "truce": (
        "اتفاق*", "هدنه", "وقف اطلاق النار", "وقف الاعمال القتاليه", "خفض التصعيد",
        "منزوعه السلاح", "التفاهم*", "التهدئه", "سريان", "ceasefire", "truce",
        # the nationwide cessation of hostilities of February 2016, by its own name: "مع
        # دخول وقف الأعمال العدائية حيز التنفيذ" frames a truce in force as "الهدنة" does
        "وقف الاعمال العدائيه", "cessation of hostilities",
    ),
    # Second or further events: the connectives that introduce them.
    "another": (
        "اخري", "اخرى", "مماثله", "مماثل", "بالتزامن", "تزامن*", "كما", "وكذلك", "ايضا",
        "في حين", "فيما", "ثانيه", "في سياق متصل", "من جهه اخري", "الي ذلك", "also",
        "في سياق منفصل", "في سياق اخر", "في حادثه منفصله", "في غضون ذلك", "في تطور اخر",
        # "meanwhile", as "في غضون ذلك": "في الأثناء، نفذت وحدات ..."
        "في الاثناء", "في هذه الاثناء",
        "في السياق ذاته", "في السياق نفسه", "في ذات السياق", "في نفس السياق",
        # bare, opening a sentence: "وفي السياق، أفاد مراسلنا بأن ..."
        "في السياق",
        # a side's reply, opening a sentence, is its own act: "وردّت طائرات النظام اليوم
        # بغارات على أحياء البلدة" after its capture (only the feminine: "ورد" also
        # means "was mentioned")
        "ردت",
    ),
    # Connectives that always open a distinct incident, even of the same type.
    "another_incident": (
        "في سياق متصل", "في سياق منفصل", "في سياق اخر", "في حادثه منفصله", "في حادثه اخري",
        # "in the same context" opens a related incident as "في سياق متصل" does: "وفي
        # السياق ذاته، أصيب مدني بقذيفة على قرية X" after clashes at Y
        "في السياق ذاته", "في السياق نفسه", "في ذات السياق", "في نفس السياق",
        "من جهه اخري", "في تطور اخر", "الي ذلك", "بالتزامن", "تزامنا",
        "في تطور منفصل", "في حادث منفصل", "في حادث اخر", "في تطور لاحق",
        "في اليوم ذاته", "في اليوم نفسه", "من اليوم ذاته", "من اليوم نفسه", "في الوقت ذاته",
        "في الوقت نفسه", "في وقت لاحق", "بعد ساعات من",
        # "on another level" turns to another matter as "في سياق آخر" does: "على صعيد آخر،
        # اغتال مسلحون مجهولون مختار القرية" after a round-up of a truce's first days
        "علي صعيد اخر", "علي صعيد متصل", "علي صعيد منفصل",
        # ... and hours before it: "وقبل ذلك بساعات، قتل رجلان بانفجار لغم قرب قرية X"
        # after a blast elsewhere (pipeline.rules.background.OPENING_HOURS: not a recall)
        "قبل ذلك بساعات", "قبل ذلك بساعه", "قبل ذلك بساعتين", "قبل ذلك بقليل",
        # "earlier today" is the day's news as "later" is, not a recall ("وفي وقت سابق من
        # اليوم، شنت طائرات حربية غارات على الجسر" after the town's capture)
        "في وقت سابق من اليوم", "في وقت سابق اليوم", "في وقت سابق من يوم",
        "في وقت سابق من صباح", "في وقت سابق من مساء",
        # What followed the incident, told as such: "وعلى إثر الحادثة، تجمع شبان غاضبون ..."
        "علي اثر الحادثه", "علي اثر ذلك", "اثر الحادثه", "عقب الحادثه", "في اعقاب الحادثه",
        "بعد الحادثه", "علي خلفيه الحادثه",
        # ... and after the attack or the fighting told: "وعقب الهجوم، دفعت القوات بتعزيزات
        # إلى البلدة واعتقلت أربعة شبان" (the arrests that followed, an event of their own)
        "عقب الهجوم", "في اعقاب الهجوم", "علي اثر الهجوم", "عقب الاشتباكات",
        "في اعقاب الاشتباكات", "عقب الاشتباك",
        # A place put first opens the news from elsewhere: "وفي ريف حلب الشرقي، ألقت ...".
        "وفي ريف", "وفي مدينه", "وفي بلده", "وفي قريه", "وفي محافظه", "وفي حي",
        # ... or a desert, as a countryside is ("وفي بادية دير الزور، قتل راعيان بلغم").
        "وفي باديه", "وفي الباديه", "اما في باديه", "اما في الباديه",
        # "As for" puts the next item of a round-up first the same way: "أما في ريف حماة
        # الشمالي، فقد ..." (its place need not be one name the gazetteer knows).
        "اما في ريف", "اما في مدينه", "اما في بلده", "اما في قريه", "اما في محافظه",
        "اما في حي", "واما في ريف", "واما في مدينه", "واما في بلده", "واما في قريه",
        "واما في محافظه", "واما في حي",
        # So does a front or an axis ("وعلى جبهات ريف إدلب الجنوبي، دارت اشتباكات"), and
        # the turn to the field after politics ("وميدانياً، ...").
        "وعلي جبهات", "وعلي جبهه", "وعلي محور", "وعلي محاور", "وفي محور", "وعلي خطوط",
        "وعلي الصعيد الميداني", "وعلي صعيد ميداني", "وميدانيا",
        "separately", "in another",
    ),
    # Whom a truce leaves out: fighting them breaks nothing.
    "excluded": ("لا يشمل", "لا تشمل", "يستثني", "تستثني", "باستثناء", "مستثني*", "استثناء",
                 "excludes", "excluding",
                 # with the pronoun of the party left out: "تنظيم الدولة الذي لا يشمله الاتفاق"
                 "لا يشمله", "لا يشملها", "لا يشملهم", "لا تشمله", "لا تشملها", "لا تشملهم",
                 "غير مشمول*", "غير المشمول*"),
    # A truce said to be in force: violence reported after it breaks it.
    "in_force": (
        "يسري", "تسري", "سريان", "دخل حيز التنفيذ", "دخلت حيز التنفيذ", "حيز التنفيذ",
        "in force", "took effect",
    ),
    # A truce not yet in force: what happens before it starts breaks nothing ("قبيل سريان
    # الهدنة"، "قبل ساعات من دخول وقف إطلاق النار حيز التنفيذ").
    # ("قبل" alone is not enough: "دخلت الهدنة حيز التنفيذ قبل أسبوع" is in force.)
    "not_yet": ("قبيل", "قبل سريان", "قبل دخول", "قبل بدء", "قبل موعد", "قبل ساعات من",
                "قبل ساعات علي", "قبل يوم من", "قبل ايام من", "عشيه", "before", "ahead of",
                # "في وقت من المفترض أن يدخل وقف إطلاق النار حيز التنفيذ منتصف الليل" (the
                # same as pipeline.rules.breach.DUE_TO_START)
                "يفترض ان يدخل", "يفترض ان تدخل", "يفترض ان يبدا", "يفترض ان تبدا",
                "المفترض ان يدخل", "المفترض ان تدخل", "المفترض ان يبدا", "المفترض ان تبدا"),
    # Violence told after these in a sentence about a truce in force came before it: "دخل
    # وقف إطلاق النار حيز التنفيذ بعد معارك عنيفة" breaks nothing
    # (pipeline.events.classify; AFTER_REACH in pipeline.rules.scope says how close).
    "after": ("بعد", "عقب", "اثر", "في اعقاب", "after", "following"),
    # What happens at a protest decides its sub-type (pipeline.events.classify.refine_protest).
    "protest_intervention": (
        "فرقت", "فرقوا", "تفريق*", "فض", "فضت", "قمع*", "قنابل مسيله للدموع",
        "الغاز المسيل للدموع", "اعتقل*", "اعتقال*", "تعتقل*", "يعتقل*", "بالقوه", "تفرق",
        "يفرق", "تفرقه", "dispersed", "tear gas",
        # Others set upon the crowd: "صدامات بين المتظاهرين والشبيحة"، "عراك بالأيدي".
        "صدامات", "مواجهات", "عراك", "بالايدي", "الشبيحه", "شبيحه",
    ),
    # What a crowd demands or protests against: an arrest or shooting told after these is the
    # grievance, not what was done to the crowd ("وقفة للمطالبة بالإفراج عن ناشط اعتقلته
    # الشرطة"، "احتجاجاً على اعتقال شبان"). It reaches GRIEVANCE_REACH words (pipeline.rules.scope).
    "protest_grievance": (
        "للمطالبه", "المطالبه", "مطالبين", "مطالبه", "احتجاجا علي", "تنديدا*", "رفضا*",
        "الافراج عن", "بالافراج عن", "اطلاق سراح", "باطلاق سراح", "demanding",
        # the pictures a crowd holds up: "رفعوا صور مدنيين اعتقلوا على الحواجز" (those
        # pictured were arrested before, not at the protest)
        "صور", "بصور", "صورا",
    ),
    # A crowd left alone: "انفضت الوقفة دون تدخل من الأمن" says no one intervened; so does
    # "دون أي احتكاك مع القوى الأمنية" (no friction) and "دون تسجيل أي تدخل".
    "protest_calm": ("دون تدخل", "دون اي تدخل", "بدون تدخل", "دون حوادث", "دون وقوع حوادث",
                     "دون اي حوادث", "without incident", "دون احتكاك", "دون اي احتكاك",
                     "بدون احتكاك", "بدون اي احتكاك", "دون تسجيل تدخل", "دون تسجيل اي تدخل"),
    "protest_force": (
        "الرصاص الحي", "اطلق* النار", "اطلاق النار", "اطلاق الرصاص", "اطلق* الرصاص",
        "برصاص", "علي ايدي قوات الامن", "علي يد قوات الامن", "برصاص الامن",
        "علي ايدي عناصر الامن", "live ammunition", "opened fire",
        # fire opened, the forces named between: "فتحت قوات الأمن والشبيحة النار بشكل مباشر
        # على مظاهرة" (the verb and its fire, each a cue; the sentence needs both)
        "فتحت النار", "فتحوا النار", "فتح النار", "النار بشكل مباشر", "النار مباشره",
        "النار بشكل عشوائي", "النار عشوائيا",
    ),
    # Protesters who bear arms: a riot, whoever fired ("تبادل محتجون مسلحون إطلاق النار").
    "armed_protesters": ("تبادل* اطلاق النار", "محتج* مسلح*", "متظاهر* مسلح*"),
    # A protest that "turned into" confrontations: "احتجاجات غاضبة تحولت في بعض المناطق إلى
    # مواجهات مع القوات التركية" is a riot, not a battle (pipeline.events.classify, with a
    # protest word in the sentence and the clash word within scope.TURNED_REACH after it).
    # (and in the feminine present a plural crowd takes: "قبل أن تتحول إلى مواجهات")
    "turned_into": ("تحول*", "يتحول*", "تتحول*", "تطور*", "يتطور*", "تتطور*", "انقلب*",
                    "ينقلب*", "تنقلب*", "turned into",
                    "escalated into", "degenerated into"),
    "protest_violence": (
        "احراق", "احرق*", "يحرق*", "اضرم*", "رشق*", "تكسير", "حطم*", "اقتحم*", "يقتحم*",
        "اشعال*", "مقذوفات", "الحجاره", "حجاره",
        "اعتدي* علي", "set fire", "stormed",
    ),
    # Violence the crowd itself did, told by a plural verb or its stones: "رشقوه بالحجارة
    # وأضرموا النار في مدخله". Force then used on that crowd, deadly or not, leaves it a
    # riot (ACLED's "Excessive force against protesters" is for peaceful crowds). A storming
    # ("اقتحموا") is left out: security men storm a square too.
    "crowd_violence": (
        "اضرمو*", "احرقو*", "رشقو*", "حطمو*", "كسرو*", "الحجاره", "بالحجاره", "حجاره",
        "زجاجات حارقه", "مولوتوف", "threw stones", "hurled stones", "set fire",
    ),
    # A toxic agent or what it does to people: with a weapon or an attack in the sentence, the
    # event is a Chemical weapon (pipeline.rules.triggers.CHEMICAL_DELIVERY). "الكيمياء"
    # (chemistry, or "chemistry between two sides") is no agent and is not listed.
    "chemical": (
        "كيماوي*", "كيميائي*", "كيمياوي*", "الكلور", "كلور", "الكلورين", "كلورين",
        "السارين", "سارين", "الخردل", "غاز الاعصاب", "غاز* سام*", "الغاز السام", "ماده سامه",
        "مواد سامه", "المواد السامه", "غاز* خانق*", "الغاز الخانق", "اختناق", "الاختناق",
        "ضيق* التنفس", "ضيق تنفس", "صعوبه في التنفس", "chlorine", "sarin", "chemical*",
        "toxic", "nerve agent", "mustard gas",
    ),
    # Deaths (not injuries) in a sentence make its event a deadly one.
    "death": (
        "قتل*", "مقتل", "قتيل*", "قتلي", "استشهد*", "استشهاد", "شهيد*", "شهداء", "مصرع",
        "مصرعهم", "لقي* حتف*", "فارق* الحياه", "جثث", "جثه", "ضحايا", "killed", "dead",
        "killing", "shot dead", "death toll", "bodies",
    ),
    # Victims that make generic violence an Attack on civilians.
    "civilian": (
        "مدني*", "مدنيين", "مدنيان", "مدنيه", "طفل*", "اطفال", "امراه", "نساء", "سيده", "رعاه",
        "راعي", "لاجئ*", "مختار", "شاب", "مواطن*", "اهالي", "عائله", "مزارع*", "جامعي",
        "طالب", "معلم", "طبيب", "صحفي*", "ناشط*", "civilian*",
    ),
    # Armed people on the receiving end make generic violence a clash.
    "combatant": (
        # ("جندي" spelled out: "جندي*" would also match the town جنديرس.)
        "عناصر", "عنصر*", "مقاتل*", "جندي", "جنديا", "جنديان", "جنديين", "جنود", "نقاط", "نقطه",
        "مواقع", "موقع", "دوري*", "حاجز*", "ثكنه", "مقر*", "تعزيزات", "تحصينات", "عسكريين",
        "عسكريا",
        # Gunmen and rebels as the ones killed ("قتلت القوات مسلحاً"، "مقتل 30 متمردين"); the
        # nominative "مسلحون" is who attacks and is left out.
        "مسلحا", "متمردا", "متمردين", "ارهابيا", "ارهابيين",
        # The attackers among the dead ("قتل عدد من المهاجمين") and the guards of a site:
        # the attack was fought.
        "المهاجمين", "مهاجمين", "حراس", "الحراس",
        "soldier*", "fighter*",
    ),
    # Many people at once, who beat or lynch as a crowd (pipeline.rules.triggers.BEATING):
    # "عشرات من سكان الحي"، "تجمع من الأهالي"، "حشد من الشبان".
    "crowd": (
        "عشرات من سكان", "عشرات من اهالي", "عشرات من الاهالي", "عشرات من الشبان",
        "عشرات الشبان", "عشرات الاهالي", "تجمع من", "تجمعا من", "حشد من", "حشود من",
        "جمهره من", "جموع من", "a crowd of", "crowd",
        # "على يد عشرات من الأهالي الغاضبين"، "غاضبون يقتلون رجلاً"
        "الاهالي الغاضبين", "اهالي غاضبين", "غاضبون", "الغاضبين", "an angry mob", "mob",
    ),
    # Whole-article give-aways that the violent vocabulary is figurative.
    "sports": (
        "مباراه", "الدوري", "ملعب", "لاعب*", "هدف* مقابل", "المنتخب", "ركله جزاء",
        "المدرجات", "كره القدم", "football", "match",
    ),
    # Freed hostages were abducted before: "تحرير خمسة مختطفين" is no abduction today
    # (just before an abduction word; pipeline.events.classify).
    "freed": ("تحرير", "الافراج عن", "افرج* عن", "اطلاق سراح", "اخلاء سبيل", "freed",
              "released", "rescued"),
    # The people freed, named as such: what is told of them after ("بين المفرج عنهم
    # مقاتلون أسروا خلال المعارك ومدنيون احتجزوا على الحواجز") is how they came to be held,
    # no fighting or arrest of the day (scope.REACH, GOVERNS_ONLY).
    "the_freed": ("المفرج عنهم", "المفرج عنه", "المفرج عنها", "المفرج عنهما", "المفرج عنهن",
                  "المطلق سراحهم", "المخلي سبيلهم", "the released", "those freed"),
    # An announcement: with "وقف إطلاق النار" after it, a ceasefire declared (an Agreement).
    "announce": ("اعلن*", "يعلن*", "تعلن*", "اعلان", "announc*", "declared"),
    # Parties that agreed: "اتفق الوزير مع قائد قسد، خلال اجتماع في دمشق، على وقف شامل
    # لإطلاق النار" (the verb's "على" right before the ceasefire's "وقف"; scope.AGREED_REACH).
    "agreed": ("اتفق", "اتفقت", "اتفقا", "اتفقوا", "اتفقتا", "agreed"),
    # A state the text describes, not an act: "وبدخول المدينة، باتت النقطة محاصرة" retells
    # the taking of the town (told before) as the cause of what it became. A territory word
    # joined to "ب" or after "مع" with one of these verbs of becoming right after it tells no
    # new takeover (pipeline.events.classify; the reach is scope.STATE_REACH).
    "becoming": ("بات", "باتت", "اصبح", "اصبحت", "اضحي", "اضحت", "غدا", "غدت", "صار",
                 "صارت", "became", "now finds"),
    # Ground already held, not taken: "الخاضعة لسيطرة"، "تحت سيطرة"، "مناطق تسيطر عليها"
    # (just before a territory word; pipeline.events.classify).
    "held": ("خاضع*", "الخاضع*", "تحت", "مناطق", "مناطق نفوذ", "التي", "الذي", "نفوذ"),
    # Ground shared, not taken: "وتتقاسم فصائل المعارضة والتنظيم السيطرة على المدينة منذ
    # آذار" tells who holds it (up to scope.SHARED_REACH words before the territory word).
    "shared": ("يتقاسم*", "تتقاسم*", "تقاسم*", "متقاسم*", "share", "shares", "sharing"),
    # Ground handed over, not fought for: with no clash in the headline or lead, taking it is
    # a "Non-violent transfer of territory" ("بعد الاتفاق المبرم ... سيطرتها على معبر نصيب").
    "handover": (
        "بموجب", "وفق الاتفاق", "وفقا للاتفاق", "بعد الاتفاق", "تنفيذا لاتفاق",
        "تنفيذا للاتفاق", "تسليم", "تسلم*", "دون قتال", "دون معارك", "بدون قتال", "سلميا",
        "handed over", "handover",
    ),
    # Forces that went in unopposed (cue "unresisted" after "entry"): "دخلت القوات البلدة دون
    # مقاومة"، "انتشرت في المدينة دون أي مواجهات" tells ground changing hands without a
    # fight, a transfer (``pipeline.events.classify``, ENTRY_REACH words apart); ground
    # taken "دون أي مواجهات" is handed over, as with the "handover" cues.
    "entry": ("دخل*", "دخول", "توغل*", "انتشر*", "انتشار", "تمركز*", "entered", "deployed",
              "moved into", "rolled into"),
    "unresisted": (
        "دون مقاومه", "دون اي مقاومه", "بدون مقاومه", "بلا مقاومه", "دون مواجهات",
        "دون اي مواجهات", "بدون مواجهات", "دون اشتباكات", "دون اي اشتباكات", "دون قتال",
        "دون اشتباك", "دون اي اشتباك", "بدون اشتباك", "بدون اي اشتباك",
        "دون اي قتال", "بدون قتال", "دون معارك", "دون اي معارك", "دون اطلاق رصاصه",
        "دون اطلاق اي رصاصه", "without resistance", "without a fight", "unopposed",
        "without any resistance", "without a shot",
    ),
    # The other side withdrew: a transfer too ("بعد انسحاب قسد ... الجيش يسيطر على الطبقة"),
    # unless fighting or a siege drove it out ("بعد انسحاب الفصائل إثر تطويقها").
    "withdrawal": ("انسحاب*", "انسحب*", "withdr*"),
    "siege": ("تطويق*", "طوق*", "حصار*", "محاصر*", "الحصار", "siege", "encircl*"),
    # Government forces: taking territory is "Government regains territory".
    "government": (
        "الجيش", "جيش", "قوات النظام", "قوات الحكومه", "قواتنا المسلحه", "القوات المسلحه",
        "وحدات الجيش", "الجيش العربي السوري",
        "الجيش السوري", "قوات الاسد", "الامن العام", "وزاره الدفاع", "القوات الحكوميه",
        "army", "government forces", "regime forces",
    ),
}

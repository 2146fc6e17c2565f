"""Actors: the names outlets use for the parties of the war, the names ACLED gives them in
each period and place, their ACLED actor-type codes, and the words around a mention that
say whether the party acted or was acted on.

``pipeline.events.actors`` reads all of it; ``pipeline.events.classify`` uses NOT_STATE and
PERPETRATOR. To fix a miss:

- a name not recognised: add the alias under its party in ACTORS (ordinary Arabic, matched
  on normalised words with clitics stripped, ``*`` at a word's end for inflection);
- a name wrong for its time or place: edit the party's periods in ERAS;
- an attacker taken for a target or the reverse: add the word before (or after) the mention
  to AGENT_BEFORE, DONE_BY_VERBS, STRIKE_NOUNS, ATTACK_VERBS, TARGET_BEFORE or PASS_OVER.
"""

from __future__ import annotations

# The canonical name of civilians, the usual target; of crowds, for protests and riots.
CIVILIANS = "Civilians (Syria)"
PROTESTERS = "Protesters (Syria)"
RIOTERS = "Rioters (Syria)"
UNIDENTIFIED = "Unidentified Armed Group (Syria)"
REGIME = "Military Forces of Syria (2000-2024)"
NEW_GOVERNMENT = "Military Forces of Syria (2024-)"
OPPOSITION = "Opposition Rebels (Syria)"
SNA = "SNA: Syrian National Army"
HTS = "HTS: Hayat Tahrir al-Sham"
SDF = "SDF: Syrian Democratic Forces"
ISLAMIC_STATE = "ISIS: Islamic State"
ZENKI = "Harakat Nour al-Din al-Zenki"

# Each party (a key of ERAS, or its own ACLED name) and the names outlets use for it.
ACTORS: dict[str, tuple[str, ...]] = {
    # The former regime's forces by the names that only ever meant them.
    REGIME: (
        "قوات النظام", "قوات الاسد", "جيش النظام", "الفرقه الرابعه",
        "الامن العسكري", "المخابرات الجويه", "الدفاع الوطني", "اللجنه الامنيه",
        "طائرات النظام", "طيران النظام", "مروحيات النظام", "حواجز النظام", "حاجز النظام",
        "مخابرات النظام", "استخبارات النظام", "القوات النظاميه", "الشبيحه", "النظام السوري",
        "قوات النظام السوري", "النظام المخلوع", "نظام الاسد", "وزاره دفاع النظام",
        # The Russian-backed 5th Corps (and its 8th Brigade in Dar'a) was part of the army.
        "الفيلق الخامس", "اللواء الثامن",
        # Only the regime dropped barrel bombs: the weapon names the side.
        "البراميل المتفجره", "براميل متفجره", "برميل متفجر", "برميلين متفجرين",
        "برميلا متفجرا", "regime forces",
    ),
    # "The Syrian army" and "government forces": the regime's until December 2024, the new
    # authorities' after (ERAS).
    "Syrian army": (
        "الجيش السوري", "الجيش العربي السوري", "وحدات الجيش", "وحدات من الجيش",
        "القوات الحكوميه", "القوات الحكوميه السوريه", "القوات السوريه", "طائرات الجيش السوري",
        "قوات الحكومه", "قوات الحكومه السوريه", "قوات حكوميه",
        "قوات الامن السوريه", "قوات الامن", "الحكومه السوريه", "الاجهزه الامنيه",
        "جهاز الامن", "جنود سوري*", "جندي* سوري*",
        # The militias fighting beside the government's forces are on its side: "قوات
        # النظام والميليشيات الموالية لها" is one side, not the regime and the rebels.
        "الميليشيات الموالية لها", "الفصائل الموالية لها", "المجموعات الموالية لها",
        "المسلحين الموالين لها", "المسلحون الموالون لها", "الميليشيات الرديفه",
        "الميليشيات المسانده لها", "القوات الرديفه", "الميليشيات المرافقه لها",
        "syrian army", "syrian arab army", "government forces", "government troops",
        "syrian troops", "pro-government forces",
    ),
    # The post-December-2024 authorities' forces and General Security.
    NEW_GOVERNMENT: (
        "الامن العام", "وزاره الدفاع السوريه", "وزاره الدفاع", "وزاره الداخليه",
        "الحكومه السوريه الجديده", "الشرطه السوريه", "وزارتي الدفاع والداخليه",
        "الحكومه الانتقاليه", "الاداره الجديده", "اداره العمليات العسكريه", "general security",
    ),
    SDF: (
        "قسد", "قوات سوريا الديمقراطيه", "وحدات حمايه الشعب", "مجلس تل تمر العسكري",
        "مجلس دير الزور العسكري", "الاسايش", "قوات الامن الكرديه", "قوات الشرطه الذاتيه",
        "sdf", "ypg", "syrian democratic forces", "kurdish-led forces",
    ),
    # "Internal Security Forces": the SDF's police (Asayish) until December 2024; after it,
    # outside Al-Hasakeh, the new authorities' police (ERAS).
    "Internal Security Forces": ("قوى الامن الداخلي", "قوات الامن الداخلي"),
    HTS: (
        "هيئه تحرير الشام", "تحرير الشام", "جبهه النصره", "النصره", "فتح الشام", "hts", "nusra",
    ),
    SNA: (
        "الجيش الوطني", "الجيش الوطني السوري", "العمشات", "الحمزات", "فرقه السلطان مراد",
        "السلطان مراد", "الجبهه الوطنيه للتحرير", "مرتزقه الاحتلال التركي",
        "مرتزقه جيش الاحتلال التركي", "مرتزقه تركيا", "الفصائل الموالية لتركيا",
        "الفصائل الموالية لانقره", "نبع السلام", "غصن الزيتون", "درع الفرات",
        "sna", "syrian national army",
    ),
    # Rebels named only as "the opposition", "the factions", "the Free Army".
    OPPOSITION: (
        "فصائل المعارضه", "الفصائل", "الفصائل المقاتله", "الفصائل المعارضه", "فصائل الجيش الحر",
        "الجيش الحر", "الجيش السوري الحر", "كتائب المعارضه", "قوات المعارضه", "المعارضه المسلحه",
        "مقاتلي المعارضه", "مقاتلو المعارضه", "الثوار", "كتائب الثوار", "free syrian army",
        "rebels", "opposition fighters", "insurgents",
    ),
    ISLAMIC_STATE: (
        "داعش", "تنظيم الدوله", "خلايا التنظيم", "الدوله الاسلاميه", "isis", "islamic state",
        # a group pledged to "the Organisation", as outlets call IS once they have named it:
        # "ولا يشمل الاتفاق الفصيل المبايع للتنظيم"
        "المبايع للتنظيم", "المبايعه للتنظيم", "المبايعين للتنظيم", "المبايعون للتنظيم",
    ),
    "Military Forces of Russia": (
        "القوات الروسيه", "الطيران الروسي", "طائرات حربيه روسيه", "الطائرات الحربيه الروسيه",
        "الطيران الحربي الروسي", "الطائرات الروسيه", "مقاتلات روسيه", "الشرطه العسكريه الروسيه",
        "روسيا", "غارات روسيه", "غاره روسيه", "غارات جويه روسيه", "غاره جويه روسيه",
        "قصف جوي روسي", "القصف الروسي", "طائرات روسيه", "القصف الجوي الروسي", "الغارات الروسيه",
        "russian forces", "russian",
    ),
    "Military Forces of Turkey": (
        "القوات التركيه", "الجيش التركي", "الطيران التركي", "مسيره تركيه", "الاحتلال التركي",
        "جيش الاحتلال التركي", "دوله الاحتلال التركي", "حرس الحدود التركي", "الجندرمه",
        "قصف تركي", "القصف التركي", "طائرات تركيه", "غارات تركيه", "مسيرات تركيه",
        "turkish forces", "turkish army", "turkish drone*", "turkish artillery", "turkish shelling",
        "turkish warplanes", "turkish air strike*", "turkish strike*",
    ),
    "Military Forces of Israel": (
        "الجيش الاسرائيلي", "الطيران الاسرائيلي", "العدو الاسرائيلي", "الاحتلال الاسرائيلي",
        "قوات الاحتلال الاسرائيلي", "اسرائيل", "طائرات حربيه اسرائيليه", "غارات اسرائيليه",
        "غاره اسرائيليه", "سلاح الجو الاسرائيلي", "القوات الجويه الاسرائيليه",
        "القصف الاسرائيلي", "قصف اسرائيلي", "طائرات اسرائيليه", "الطائرات الاسرائيليه",
        "غارات جويه اسرائيليه", "غاره جويه اسرائيليه",
        "ضربه جويه اسرائيليه", "ضربات اسرائيليه", "الغارات الاسرائيليه", "قوه اسرائيليه",
        "الاحتلال الصهيوني", "جيش الاحتلال الصهيوني", "العدو الصهيوني",
        "israeli forces", "idf", "israeli",
    ),
    "Global Coalition Against Daesh": ("التحالف الدولي", "قوات التحالف", "coalition"),
    "Military Forces of the United States": (
        "القوات الامريكيه", "القوات الاميركيه", "الجيش الامريكي", "جنود امريكي*",
        "جندي* امريكي*", "us forces",
    ),
    "Iran-backed militias": (
        "الميليشيات الايرانيه", "الحرس الثوري", "ميليشيات ايران", "الميليشيات الموالية لايران",
        "irgc",
    ),
    "Hezbollah": ("حزب الله", "hezbollah"),
    # A rebel faction of western Aleppo that fought HTS in 2017-2019.
    ZENKI: ("حركه نور الدين الزنكي", "نور الدين الزنكي", "حركه الزنكي", "الزنكي", "zenki",
            "zinki"),
    UNIDENTIFIED: (
        "مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين", "مجهول", "عصابه مسلحه",
        "مجموعه مسلحه", "انتحاري", "انتحاريا", "unknown gunmen",
        # The former regime's remnants after December 2024: no ACLED name of their own here.
        "فلول النظام", "فلول الاسد", "فلول ميليشيات الاسد", "الفلول", "فلول نظام الاسد",
    ),
    # What state media and the new authorities call their armed enemies: the rebels before
    # December 2024, unnamed armed groups after (ERAS).
    "terrorists": (
        "التنظيمات الارهابيه", "المجموعات الارهابيه", "الجماعات الارهابيه", "الارهابيين",
        "الارهابيون", "مجموعات ارهابيه",
    ),
    "Tribal militias": ("مقاتلي العشائر", "مقاتلو العشائر", "العشائر", "tribal fighters"),
    PROTESTERS: ("المتظاهرون", "المحتجين", "المحتجون", "المتظاهرين", "متظاهرون", "متظاهرين",
                 "محتجون", "محتجين", "متظاهرات", "protesters"),
    CIVILIANS: ("مدنيين", "مدنيون", "مدنيان", "المدنيين", "مدني", "مدنيه", "مدنيا",
                "civilians"),
}

# Words for people hurt that make the civilians the target of violence where the text names
# no armed party as the target: "مقتل طفلين وامرأة بقصف".
CIVILIAN_VICTIMS: tuple[str, ...] = (
    "طفل*", "اطفال", "امراه", "نساء", "سيده", "مواطن*", "اهالي", "اهال", "سكان", "نازح*",
    "مهجر*", "مصلين", "مصلون", "عائله", "رجل", "شاب", "شابان", "شابين", "شبان", "طبيب",
    "عامل*", "رعاه", "مزارع*", "لاجي*", "ركاب", "طالب*", "طلاب", "مسن*", "شخص", "شخصا",
    "شخصين", "شخصان", "اشخاص", "ضحايا", "قتيل*", "قتلى", "شهيد*", "شهداء", "جرحى",
    # Those out gathering in the desert: "مقتل 15 من جامعي الكمأة بهجوم في البادية".
    "جامعي", "جامعو", "رعاه", "راعي", "حطابين", "صيادين", "truffle",
    # English copy: "killing 14 people", "two children were killed".
    "people", "person", "child", "children", "woman", "women", "man", "men", "doctor",
    "residents", "worshippers", "passengers", "shepherds", "farmers", "students",
)


# Where the SNA (formed 30 December 2017 from the Turkish-backed factions) fought: northern
# Aleppo and Afrin, Ras al-Ain and Tal Abyad, and after October 2019 Idlib and north Hama
# (the National Liberation Front joined it).
_SNA_AREA = frozenset({"SY02", "SY08", "SY11", "SY07", "SY05", "SY06"})
# Where HTS's "General Security" policed before December 2024.
_IDLIB = frozenset({"SY07", "SY02", "SY05", "SY06"})

# For a party whose name depends on the date or the place: its names in order, each as
# (name, from, to, governorates): ``from`` the first day it applies (ISO, included), ``to``
# the day it stops (excluded), ``governorates`` the p-codes where it applies; None leaves
# that open. The first that fits the event's date and governorate is used; the last is the
# name otherwise. Without a date, the name that is still in use.
Era = tuple[str, str | None, str | None, frozenset[str] | None]
ERAS: dict[str, tuple[Era, ...]] = {
    # "The Syrian army" was the regime's until its fall on 8 December 2024.
    "Syrian army": ((REGIME, None, "2024-12-08", None), (NEW_GOVERNMENT, None, None, None)),
    # General Security was HTS's police in Idlib before it was the new state's.
    NEW_GOVERNMENT: ((HTS, None, "2024-12-08", _IDLIB), (REGIME, None, "2024-12-08", None),
                     (NEW_GOVERNMENT, None, None, None)),
    # The SNA was formed on 30 December 2017 and fought only in the north.
    SNA: ((SNA, "2017-12-30", None, _SNA_AREA), (OPPOSITION, None, None, None)),
    # Jabhat al-Nusra, renamed Jabhat Fateh al-Sham in July 2016, led HTS from 28 January
    # 2017; HTS dissolved into the new army on 29 January 2025.
    HTS: (("Jabhat al-Nusra", None, "2016-07-28", None),
          ("JFS: Jabhat Fateh al-Sham", "2016-07-28", "2017-01-28", None),
          (HTS, "2017-01-28", "2025-01-29", None), (NEW_GOVERNMENT, None, None, None)),
    # The SDF was founded on 10 October 2015 around the YPG.
    SDF: (("YPG: People's Protection Units", None, "2015-10-10", None), (SDF, None, None, None)),
    "Internal Security Forces": ((SDF, None, "2024-12-08", None),
                                 (SDF, None, None, frozenset({"SY08"})),
                                 (NEW_GOVERNMENT, None, None, None)),
    "terrorists": ((OPPOSITION, None, "2024-12-08", None), (UNIDENTIFIED, None, None, None)),
    # The Islamic State in Syria from its announcement on 8 April 2013.
    ISLAMIC_STATE: ((ISLAMIC_STATE, "2013-04-08", None, None), (UNIDENTIFIED, None, None, None)),
}

# ACLED's actor types, the "inter" codes (ACLED Codebook, "Actor Names, Types, and 'Inter'
# Codes"): 1 State forces, 2 Rebel groups, 3 Political militias, 4 Identity militias,
# 5 Rioters, 6 Protesters, 7 Civilians, 8 External/Other forces. A state's forces acting
# outside their own country are External/Other forces (8).
INTER: dict[str, int] = {
    REGIME: 1,
    NEW_GOVERNMENT: 1,
    SDF: 2, "YPG: People's Protection Units": 2,
    HTS: 2, "Jabhat al-Nusra": 2, "JFS: Jabhat Fateh al-Sham": 2,
    SNA: 2, OPPOSITION: 2, ISLAMIC_STATE: 2, ZENKI: 2,
    "Military Forces of Russia": 8, "Military Forces of Turkey": 8,
    "Military Forces of Israel": 8, "Global Coalition Against Daesh": 8,
    "Military Forces of the United States": 8,
    "Iran-backed militias": 3, "Hezbollah": 3, UNIDENTIFIED: 3,
    "Tribal militias": 4,
    RIOTERS: 5, PROTESTERS: 6, CIVILIANS: 7,
}

# The actor types that bear arms: violence against one of them is a fight between armed
# groups, an "Armed clash", not an "Attack" on civilians (ACLED codes an assault on an army
# town or the killing of a commander by gunmen so).
ARMED_INTER: frozenset[int] = frozenset({1, 2, 3, 4, 8})

# Words right before a mention (clitics stripped) that make it the side that acted:
# "برصاص عناصر من الميليشيا", "على يد مسلحين", "من قبل قوات النظام".
AGENT_BEFORE: tuple[str, ...] = ("برصاص", "رصاص", "بنيران", "نيران", "يد", "ايدي", "قبل",
                                 "بمشاركه", "مخلفات", "مصدره", "مصدرها")
# Verbs whose subject fought off an attack: "تصدّى مقاتلو المجلس لهجوم شنه المرتزقة",
# "أحبطت وحدات من الجيش محاولة تسلل"; the one attacked is the target.
DEFENCE_VERBS: tuple[str, ...] = ("تصدى", "تصدت", "يتصدى", "تتصدى", "صد", "صدت", "احبط",
                                  "احبطت", "يحبط", "تحبط", "افشل", "افشلت")
# Words before a party that only say who holds the place ("حي تحت سيطرة الفصائل", "مدينة
# إعزاز الخاضعة لسيطرة الجيش الوطني") or describe a person by it ("رجل دين مناهض للنظام").
# Such a party is not an actor of the event, except as the loser of ground it held
# ("السيطرة على تلال من قبضة النظام").
CONTROL_BEFORE: tuple[str, ...] = ("سيطره", "نفوذ", "قبضه", "الخاضعه", "الخاضع", "خاضعه",
                                   "مناطق", "المحرره", "مناهض", "المناهض", "معارض",
                                   "المعارض", "موال", "مقرب", "المقرب", "المقربه")
# Names that only say "the enemy": a party named right after one ("مجموعات إرهابية من
# «جبهة النصرة»") is who it was.
GENERIC: tuple[str, ...] = ("terrorists",)
# Words right before a party that make its man a former member ("القيادي السابق في فصائل
# المعارضة"، "عنصر سابق في الجيش الحر"، "a former rebel commander"): ACLED codes him as a
# civilian, and an attack on him is violence against a civilian, not a fight.
FORMER: tuple[str, ...] = ("سابق", "السابق", "سابقا", "سابقاً", "السابقين", "سابقين", "السابقة",
                           "former", "ex")
FORMER_REACH = 3
# ... and words that name a party only as what someone is accused of ties to ("بتهمة
# التخابر مع ميليشيا قسد"، "accused of links to the SDF"): no side of the event.
ACCUSED_TIES: tuple[str, ...] = ("التخابر", "تخابر", "التعامل", "التواصل",
                                 "الانتماء", "بالانتماء", "العماله", "بالعماله", "links",
                                 "collaborating", "collaboration", "spying")
# Words before a position ("مواقع") that make it where fire came from, not what it hit:
# "قصف مصدره مواقع قوات النظام", "قصف من مواقع قوات النظام".
SOURCE_BEFORE: tuple[str, ...] = ("مصدره", "مصدرها", "من", "انطلاقا")
# Words of positions: the party they belong to was hit ("غارات على مواقع لحزب الله"),
# unless SOURCE_BEFORE says fire came from them.
POSITIONS: tuple[str, ...] = ("مواقع", "موقع", "موقعين", "موقعا", "نقاط", "نقطه", "مقر",
                              "مقرات", "حاجز", "حواجز", "تمركز", "تمركزات", "معاقل",
                              "قاعده", "ثكنه", "مستودعات", "مخازن")
# Nouns of the harm done; a party right after one (or after one and "من"/"لـ") did it:
# "بقصف من قوات النظام", "بغارة لطائرات روسية", "قصف الطيران الروسي".
STRIKE_NOUNS: tuple[str, ...] = (
    "قصف", "غاره", "غارات", "قذيفه", "قذائف", "صاروخ", "صواريخ", "برميل", "براميل",
    "هجوم", "هجمات", "رصاص", "قنص", "نيران", "اعتداء", "اعتداءات", "اقتحام",
    "حمله", "حملات", "مداهمه", "مداهمات", "عمليه", "تفجير", "كمين", "ضربه", "ضربات",
)
# Verbs of attack, arrest and advance; a party right after one (Arabic puts the subject
# after the verb) or right before one acted: "شنّ الطيران غارات", "قوات النظام تقصف".
ATTACK_VERBS: tuple[str, ...] = (
    "شن", "شنت", "يشن", "تشن", "قصف", "قصفت", "يقصف", "تقصف", "استهدف", "استهدفت", "يستهدف",
    "تستهدف", "اغار", "اغارت", "هاجم", "هاجمت", "يهاجم", "تهاجم", "اطلق", "اطلقت", "القى",
    "القت", "يلقي", "تلقي", "اعتقل", "اعتقلت", "تعتقل", "يعتقل", "اختطف", "اختطفت", "داهم",
    "داهمت", "تداهم", "اقتحم", "اقتحمت", "تقتحم", "سيطر", "سيطرت", "يسيطر", "تسيطر",
    "تقدم", "تقدمت", "نفذ", "نفذت", "فجر", "فجرت", "قنص", "قنصت", "اسقط", "اسقطت",
    "فتح", "فتحت", "ارتكب", "ارتكبت", "اعدم", "اعدمت", "اوقف", "اوقفت", "القى القبض",
    "القت القبض", "استعاد", "استعادت", "انتزع", "انتزعت", "تمكن", "تمكنت", "حرر", "حررت",
    "صد", "صدت", "دمر", "دمرت", "شنوا", "هاجموا", "اقدم", "اقدمت",
)
# A verb carrying the act it did as a pronoun: the act is named before it ("هجمات شنّتها
# قسد", "الغارة التي نفذها الطيران الروسي"), so the party right after it is the one that
# acted, even after "التي" (which, before a plain verb, marks the party as the target).
DONE_BY_VERBS: tuple[str, ...] = (
    "شنه", "شنته", "شنها", "شنتها", "شنوها", "نفذه", "نفذته", "نفذها", "نفذتها", "نفذوها",
    "اطلقه", "ارتكبها", "ارتكبتها", "ارتكبوها",
    "اطلقها", "اطلقتها", "اطلقوها", "القاها", "القتها", "تبناها", "تبنتها", "زرعها", "زرعتها",
    "فجرها", "فجرتها", "يشنها", "تشنها", "ينفذها", "تنفذها",
)
# Words right before a mention that make it the target: "غارات على مواقع لحزب الله",
# "مقتل عنصرين من قوات النظام", "اشتباكات مع قسد".
TARGET_BEFORE: tuple[str, ...] = (
    "على", "ضد", "مع", "رتل", "ارتال", "تجمع", "تجمعات", "دوريه", "دوريات", "مقتل", "قتل",
    "قتلى", "اصابه", "اصيب", "جرح", "جرحى", "اسر", "اعتقال", "اختطاف", "اغتيال", "استشهد",
    "استشهاد", "مصرع", "صفوف", "مطار", "شحنه", "سياره", "حافله", "اهداف", "اهدافا",
)
# Words passed over when looking for what stands before a mention: numbers and counted
# nouns ("مقتل 3 عناصر من قوات النظام"), weapon adjectives ("بقصف مدفعي لقوات النظام").
PASS_OVER: tuple[str, ...] = (
    "من", "عناصر", "مقاتلي", "مقاتلين",
    "جنود", "افراد", "مدفعي", "صاروخي", "جوي", "جويه", "مكثف", "مكثفه",
    "عنيف", "عنيفه", "مدفعيه", "صاروخيه", "حربيه", "حربي", "مسيره", "طائرات", "طائره",
    "الطيران", "طيران", "مروحي", "مروحيه", "ثقيله", "متفرقه", "المرتزقه", "خلايا", "خليه",
    "مسلحي", "مجموعه", "مجموعات", "فصيل", "فصائل", "ميليشيا", "ميليشيات", "وحدات",
    "مرتزقه", "عضو", "عضوا", "عضوان", "عضوين", "اعضاء", "كيماوي", "كيمياوي",
    "كيميائي", "بري", "بريه", "عسكري", "عسكريه", "عسكريا", "قياديين", "قيادي", "قاده",
    "الاقل", "اقل", "تنظيم", "ينتمي", "ينتمون", "المنتمين", "مسلح", "مسلحين", "مسلحون",
    "اكثر", "عناصرا", "قياده", "عن",
)
# Words before a party that make it the source of the news, not an actor: "بيان صادر عن
# قيادة الجيش", "بحسب قوى الأمن الداخلي".
SPEAKER_BEFORE: tuple[str, ...] = ("بيان", "صادر", "وفق", "بحسب", "حسب", "وفقا", "مصدر",
                                   "مصادر", "متحدث", "المتحدث", "باسم", "مراسل", "اعلام")
# Relative pronouns: in "التفجيرات التي استهدفت قوات الأسد" the verb's subject is before
# them, and the party after the verb is its object.
RELATIVE: tuple[str, ...] = ("التي", "الذي", "اللذين", "اللتين", "اللذان", "اللتان", "الذين",
                             "اللواتي", "اللاتي")
# Words right after a party that make it the one hurt: "13 من قوات الأمن قُتلوا".
HURT_AFTER: tuple[str, ...] = ("قتلوا", "قتل", "قتلا", "اصيبوا", "لقوا", "سقطوا", "جرحوا",
                               "حتفهم", "مصرعهم")
# Verbs of saying: the party that announces or accuses ("أعلنت قوى الأمن الداخلي حظر
# التجول بعد جريمة قتل") is not, for that, the one that bombed or killed.
SPEAKER_VERBS: tuple[str, ...] = ("اعلن", "اعلنت", "قال", "قالت", "ذكر", "ذكرت", "افاد",
                                  "افادت", "اكد", "اكدت", "اتهم", "اتهمت", "نفى", "نفت",
                                  "نشر", "نشرت", "وثق", "وثقت", "افادت", "يقول", "تقول")
# Counts and counted members between a verb and a party make the party its object, not its
# subject: "استهدفت عشرات المدنيين", "استهدف عنصرًا من الأمن العام".
COUNTED: tuple[str, ...] = ("عشرات", "العشرات", "مئات", "العديد", "عدد", "عنصر", "عنصرا",
                            "عنصرين", "عنصران", "جندي", "جنديا", "جنديين", "مقاتلا", "مقاتل")
# Words that put a party under the one named before it ("«فرقة السلطان مراد» التابعة لجيش
# الاحتلال التركي", "سيارة تابعة لفرع الأمن العسكري"): it is on that one's side.
SUBORDINATE: tuple[str, ...] = ("تابع", "تابعه", "التابع", "التابعه", "تابعين", "التابعين",
                                "المنضويه", "المنضوي", "بقياده", "الموالي", "الموالية")
# Words that join a second party to the one that acted, on its side (ACLED's associated
# actor): "قوى الأمن الداخلي بمساندة التحالف الدولي", "الجيش التركي والفصائل الموالية له".
ALLY_BEFORE: tuple[str, ...] = ("بمسانده", "بدعم", "مدعومه", "مدعوما", "مدعومين", "بالتعاون",
                                "بالتنسيق", "بمؤازره", "مسانده", "وبمسانده", "بغطاء")

# Words right after "الجيش"/"جيش" that make it an army that is not the state's:
# "الجيش السوري الحر"، "الجيش الوطني"، "جيش الإسلام".
NOT_STATE: frozenset[str] = frozenset({"الحر", "الوطني", "الاسلام", "العزه", "الفتح", "النصر",
                                       "المجاهدين", "الاحرار", "التحرير"})
# Words right before armed men that make them the ones who did it, not its victims:
# "برصاص عناصر من الميليشيا", "على يد مسلحين".
PERPETRATOR: frozenset[str] = frozenset({"برصاص", "بنيران", "يد", "ايدي", "قبل"})

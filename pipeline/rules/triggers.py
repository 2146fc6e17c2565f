"""Trigger words: what makes a sentence report an event of an ACLED sub-event type.

To have a missed event found, add its word or phrase under its sub-event type in TRIGGERS;
to make a sub-type win over another found in the same sentence, raise its SPECIFICITY.

A phrase is space-separated words written as in ordinary Arabic; it is matched on normalised
tokens after light proclitic stripping (و ف ب ل ك ال), so "والقصف", "بقصف" and "للقصف" all
match "قصف". A word ending in ``*`` matches any word that starts with it ("اشتباك*" covers
اشتباكات، اشتباكاً), for inflection; a lone ``*`` inside a phrase stands for any one word.
``pipeline.events.lexicon`` compiles the lists for matching.
"""

from __future__ import annotations

# ACLED's taxonomy, spelled as ACLED spells it: sub-event type -> event type.
EVENT_TYPES: dict[str, str] = {
    "Armed clash": "Battles",
    "Government regains territory": "Battles",
    "Non-state actor overtakes territory": "Battles",
    "Air/drone strike": "Explosions/Remote violence",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Remote explosive/landmine/IED": "Explosions/Remote violence",
    "Suicide bomb": "Explosions/Remote violence",
    "Grenade": "Explosions/Remote violence",
    "Chemical weapon": "Explosions/Remote violence",
    "Attack": "Violence against civilians",
    "Abduction/forced disappearance": "Violence against civilians",
    "Sexual violence": "Violence against civilians",
    "Peaceful protest": "Protests",
    "Protest with intervention": "Protests",
    "Excessive force against protesters": "Protests",
    "Violent demonstration": "Riots",
    "Mob violence": "Riots",
    "Agreement": "Strategic developments",
    "Arrests": "Strategic developments",
    "Change to group/activity": "Strategic developments",
    "Disrupted weapons use": "Strategic developments",
    "Headquarters or base established": "Strategic developments",
    "Looting/property destruction": "Strategic developments",
    "Non-violent transfer of territory": "Strategic developments",
    "Other": "Strategic developments",
}

# The protesters, every form spelled out (not "محتج*", which "المحتجزين" begins like).
PROTESTERS: tuple[str, ...] = ("محتج", "محتجه", "محتجون", "محتجين", "محتجات", "محتجان",
                               "محتجتين", "محتجي")

# Pseudo sub-type for words that say "violence happened" without saying how (هجوم، مقتل،
# برصاص): resolved to Attack or Armed clash by who was hit (see pipeline.events.classify).
# The event types of violence (what a truce is broken by, what a place's toll is of).
VIOLENT_TYPES: frozenset[str] = frozenset({"Battles", "Explosions/Remote violence",
                                           "Violence against civilians"})
# The sub-types of ground changing hands (who took it decides which; see TERRITORY below).
TERRITORY_TYPES: frozenset[str] = frozenset({"Non-state actor overtakes territory",
                                             "Government regains territory",
                                             "Non-violent transfer of territory"})

GENERIC = "generic violence"

# Of the Agreement phrases, those that tell it was reached ("التوصل إلى اتفاق"): a new
# agreement, whatever calm it brings, and an event even after the day's violence.
AGREEMENT_REACHED: tuple[str, ...] = ("توصل",)

# An agreement told by a relative clause that says it was reached on the day of the news
# ("بدأ اليوم تنفيذ الاتفاق الذي تم التوصل إليه أمس الأربعاء بين اللجنة والضباط"، "بموجب
# اتفاق وقف إطلاق النار الذي أبرم أمس الأحد"): an agreement of its own, reached that day
# (pipeline.events.classify). Its noun (RELATIVE_AGREEMENT_NOUNS, with or without "ب"،
# "ل"، "و"; at most RELATIVE_AGREEMENT_REACH words before the relative pronoun, so that
# "وقف إطلاق النار" may stand between), a relative pronoun, a word starting with one of
# RELATIVE_REACHED_VERBS within RELATIVE_AGREEMENT_REACH words after the pronoun, then
# "أمس" or "اليوم" (RELATIVE_AGREEMENT_DAYS; not "أول أمس") within as many words more.
# One agreed earlier ("الذي تم التوصل إليه الشهر الماضي") names no day of the news and stays
# the background of what is told; so does one named in a sentence that tells another act
# ("دخلت وحدات الجيش البلدة ... وفق الاتفاق الذي جرى التوصل إليه مساء أمس": the entry).
# (Only a sentence with a "truce" cue, pipeline.rules.cues, is read for them.)
RELATIVE_AGREEMENT_NOUNS: tuple[str, ...] = ("الاتفاق", "اتفاق", "الاتفاقية", "التفاهم",
                                             "الهدنة", "هدنة")
RELATIVE_PRONOUNS: tuple[str, ...] = ("الذي", "التي")
RELATIVE_REACHED_VERBS: tuple[str, ...] = ("توصل", "التوصل", "أبرم", "ابرام", "إبرام", "وقع",
                                           "توقيع", "أعلن", "إعلان")
RELATIVE_AGREEMENT_DAYS: tuple[str, ...] = ("أمس", "اليوم")
RELATIVE_AGREEMENT_REACH = 4

# An agreement that takes effect on the day of the news, told by the sentence's own verb: "دخل
# اتفاق خفض التصعيد في ريف المحافظة حيز التنفيذ ظهر اليوم"، "بدأ اليوم تنفيذ المرحلة الأولى من
# الاتفاق المبرم بين ...": an Agreement of that day (pipeline.events.classify). The verb (as
# written, after its و or ف) is one of TOOK_EFFECT_VERBS, with IN_EFFECT (its last two words)
# at most TOOK_EFFECT_REACH words after it and an agreement noun (RELATIVE_AGREEMENT_NOUNS,
# or the truce's own name) between; or one of IMPLEMENTATION_STARTED, with IMPLEMENTATION at
# most TOOK_EFFECT_REACH words after it and the noun at most as many after that. A day of
# RELATIVE_AGREEMENT_DAYS within TOOK_EFFECT_REACH words after the verb's phrase or before
# it. Not a noun of taking effect ("منذ دخول الهدنة حيز التنفيذ"، "مع سريان الاتفاق"): the
# time since a truce in force frames other news; nor one in a relative clause ("الهدنة التي
# دخلت حيز التنفيذ أمس"), which tells what the truce is; nor one a relative pronoun follows
# within RELATIVE_AGREEMENT_REACH words ("بدأ اليوم تنفيذ الاتفاق الذي تم التوصل إليه الشهر
# الماضي"): its clause dates it, and only a day of the news makes it an event (above).
TOOK_EFFECT_VERBS: tuple[str, ...] = ("دخل", "دخلت")
IN_EFFECT: tuple[str, ...] = ("حيز", "التنفيذ")
IMPLEMENTATION_STARTED: tuple[str, ...] = ("بدأ", "بدأت")
IMPLEMENTATION: tuple[str, ...] = ("تنفيذ",)
TOOK_EFFECT_REACH = 8

# Verbs of signing: an agreement in the accusative a few words after one of them ("وقّع
# ممثلو الفصائل أمس السبت اتفاقاً مع الجانب الحكومي بوساطة ضباط روس"، "أبرمت اللجنة
# اليوم اتفاقاً") was signed, as definite as one reached: the mediators or talks named with
# it are how it came about, no talks still going. Matched at a word's start, after "و".
AGREEMENT_SIGNED: tuple[str, ...] = ("وقع", "أبرم")

# How much a sub-type says: the more specific reading of a sentence wins.
SPECIFICITY: dict[str, int] = {
    "Government regains territory": 9,
    "Non-state actor overtakes territory": 9,
    "Suicide bomb": 9,
    "Chemical weapon": 9,
    "Remote explosive/landmine/IED": 8,
    "Air/drone strike": 8,
    "Grenade": 9,
    "Shelling/artillery/missile attack": 7,
    "Excessive force against protesters": 7,
    "Protest with intervention": 6,
    "Abduction/forced disappearance": 6,
    "Sexual violence": 6,
    "Attack": 6,
    "Peaceful protest": 6,
    "Violent demonstration": 6,
    "Mob violence": 7,
    "Agreement": 6,
    "Arrests": 6,
    "Armed clash": 5,
    "Looting/property destruction": 4,
    "Disrupted weapons use": 4,
    "Headquarters or base established": 4,
    "Non-violent transfer of territory": 4,
    "Change to group/activity": 3,
    "Other": 2,
    GENERIC: 3,
}

# Gunfire told in the present, as bulletins and headlines tell their acts: "مسلحون مجهولون
# يطلقون النار على شاب"، "دورية تطلق الرصاص على سيارة".
PRESENT_GUNFIRE: tuple[str, ...] = ("يطلق* النار", "تطلق* النار", "يطلق* الرصاص",
                                    "تطلق* الرصاص")

# "أطلق مجهولون النار": the doers between the verb of firing and its object.
SHOOTERS_BETWEEN: tuple[str, ...] = tuple(
    f"{verb} {doers} {fire}" for verb in ("اطلق*", "يطلق*", "تطلق*")
    for doers in ("مجهول*", "مسلح*", "ملثم*") for fire in ("النار", "الرصاص"))

# Bursts of gunfire ("رشقات" alone is a salvo of rockets or shells): bursts from a rifle or
# a machine gun, or "رشقات نارية", are gunfire ("اغتاله مجهولون برشقات من بندقية آلية"), no
# shelling; the longer phrase hides the shelling word inside it.
GUNFIRE_BURSTS: tuple[str, ...] = tuple(
    f"{burst} {of}" for burst in ("رشقات", "رشقه", "رشق")
    for of in ("ناري*", "رصاص", "من بندقي*", "من رشاش*", "من الرشاش*", "من سلاح*",
               "من البندقي*", "من الاسلحه الرشاشه", "من اسلحه رشاشه"))

# State media's formula for an army offensive: units "carried out operations on the
# terrorists' hideouts" or "destroyed the terrorists' headquarters" ("نفذت وحدات من الجيش
# عمليات نوعية على أوكار الإرهابيين"، "دمرت وحدات الجيش تجمعات لإرهابيي ..."). Its mark
# is the target, the "terrorists'" hideouts, posts or gatherings. ACLED codes it as the
# fighting it is (Armed clash); where the sentence names a weapon ("استهدفت المدفعية
# تجمعات الإرهابيين") the weapon is the sub-type and no clash is added
# (pipeline.events.classify).
OFFENSIVE: tuple[str, ...] = tuple(
    f"{target} ارهابي*" for target in ("اوكار", "مقرات", "مقرا", "تجمعات", "تحصينات",
                                       "معاقل", "اماكن تحصن"))

# Drones downed with their count between the word of downing and them ("إسقاط ثلاث طائرات
# مسيرة"، "أسقطت الدفاعات 4 مسيّرات" reads "أسقطت ... 4 مسيّرات" only with nothing but the
# number between): the count stands where the downing phrases under "Disrupted weapons use"
# want the drones, and the drones so counted are the weapon disrupted, no strike. The words
# of downing, each matched at a word's start after "و"/"ف".
DOWNING: tuple[str, ...] = ("اسقاط", "اسقط")

TRIGGERS: dict[str, tuple[str, ...]] = {
    "Armed clash": (
        "اشتباك*", "اشتبك*", "يشتبك*", "تشتبك*", "معارك", "معارك عنيفه", "مواجهات",
        "محاوله تسلل", "احبط* محاوله",
        # An advance repelled: "تصدى المقاتلون لمحاولة تقدم جديدة".
        "محاوله تقدم", "محاولات تقدم", "محاوله التقدم", "محاولات التقدم",
        "تسلل* مجموعات", "صد* هجوم*", "تصد* لهجوم*", "تصد هجوم*", "يصد هجوم*",
        # an attempt repelled or foiled: "تصدت لمحاولة مجموعات التسلل"، "أفشلت محاولة تقدم"
        "تصد* لمحاوله*", "تصدي* لمحاوله*", "افشل* محاوله*", "احبط* محاولات*",
        # the attackers fought back: "وإن عناصر الحاجز تصدّوا لهم قرابة نصف ساعة"
        "تصد* لهم", "تصد* للمهاجمين", "تصد* للمسلحين",
        "تصدي* لهجوم*", "تبادل* اطلاق النار", "اطلاق نار متبادل", "هجوم معاكس", "مواجهه مسلحه",
        # A ground battle by its name: "اندلعت أول مواجهة برية منذ سريان الاتفاق" (a
        # confrontation alone, "مواجهة الوباء", is no battle).
        "مواجهه بريه", "مواجهات بريه", "المواجهه البريه", "المواجهات البريه",
        # The two sides named between the verb and its object: "تبادل الطرفان إطلاق النار".
        "تبادل* الطرفان اطلاق النار", "تبادل* الجانبان اطلاق النار",
        "تبادل* الطرفان الرصاص", "تبادل* الجانبان الرصاص",
        # Fighting between kin, clans or factions, told as it broke out: "تجدد الاقتتال بين
        # عائلتين من العشيرة"، "اقتتال عشائري في البلدة". (Not the word alone: "تحريم
        # الاقتتال"، "وقف الاقتتال" call for an end to it.)
        "اقتتال بين", "الاقتتال بين", "اقتتال عشائري", "الاقتتال العشائري",
        "تجدد* الاقتتال", "تجدد* اقتتال", "اندلع* الاقتتال", "اندلع* اقتتال", "اندلاع اقتتال",
        "اندلاع الاقتتال",
        *OFFENSIVE,
        "clash*", "fighting", "gunfight", "ambush*", "firefight*", "exchange of fire",
        "battling", "battled", "gun battle*", "street battle*",
    ),
    # The two territory sub-types share the TERRITORY words below; who takes the ground
    # decides between them (pipeline.events.classify).
    "Air/drone strike": (
        "غاره", "غارات", "غارتين", "شن* غار*", "طائرات حربيه", "طائره حربيه", "الطيران الحربي",
        "طيران حربي", "الطيران الروسي", "طيران روسي", "الطيران التركي", "الطيران الاسرائيلي",
        "طائره مسيره", "طائرات مسيره", "مسيره تركي*", "مسيره اسرائيلي*", "مسيره روسي*",
        "مسيره امريكي*", "مسيره تابعه", "مسيره مجهول*", "مسيرات تركي*", "الطيران المسير",
        "طائره بدون طيار", "طائرات بدون طيار", "بدون طيار", "دون طيار", "درون", "قصف جوي",
        "قصف* مسيره*",
        "قصف* طائره*", "قصف* الطيران", "استهداف* طائره مسيره", "القوات الجويه*",
        "مسيره انتحاريه", "مسيرات انتحاريه",
        # A drone "rigged" with explosives is the drone's strike, no bomb planted: "هجوم
        # بطائرات مسيرة مفخخة"، "مسيّرة مفخخة استهدفت" (the word is the drone's, not an IED's)
        "مسيره مفخخه", "مسيرات مفخخه", "طائره مسيره مفخخه", "طائرات مسيره مفخخه",
        "بطائرات مسيره مفخخه", "بطائره مسيره مفخخه", "بمسيره مفخخه", "بمسيرات مفخخه",
        "سلاح الجو", "الطيران الحربي الروسي",
        # warplanes by their make: "استهدفت طائرات الميغ طابور المواطنين أمام الفرن"
        "طائرات الميغ", "طائرات ميغ", "طائره ميغ", "طائره الميغ", "طائرات السوخوي",
        "طائرات سوخوي", "طائره سوخوي",
        # A strike carried out ("نفّذ ضربة"، "شنّ ضربات"): Syria's strikes are from the air.
        "نفذ* ضربه", "نفذ* ضربات", "ينفذ* ضربه", "تنفذ* ضربه", "ينفذ* ضربات", "تنفذ* ضربات",
        "شن* ضربه", "شن* ضربات", "يشن* ضربه", "تشن* ضربه", "يشن* ضربات", "تشن* ضربات",
        "عدوان* جوي*", "ضرب* جوي*", "ضرب* اسرائيلي*", "ضرب* للتحالف", "ضرب* روسي*",
        # ... and strikes the air force "directed" (the state agency's wording, "الطيران وجّه
        # ضربات دقيقة لأوكار ..."); "وجهت وحدات الجيش ضربات" alone may be the guns'.
        "الطيران وجه* ضربه", "الطيران وجه* ضربات", "الطيران الحربي وجه* ضربات",
        "وجه* الطيران ضربات", "وجه* الطيران ضربه", "وجه* الطيران الحربي ضربات",
        "هجوم* جوي*", "هجمات جويه", "هجمه جويه", "براميل متفجره", "برميل* متفجر*",
        # Helicopters drop the barrels; the coalition and Israel strike from the air: their
        # "قصف" is an air strike.
        "الطيران المروحي", "طيران مروحي", "مروحي*", "هليكوبتر", "حوامات",
        "الطائرات الروسيه", "طائرات روسيه", "الطائرات الاسرائيليه", "التصعيد الجوي",
        "قصف* التحالف", "غارات التحالف", "طيران التحالف", "طائرات التحالف",
        "قصف* روسي*", "قصف* طائرات", "مسيرات الاحتلال", "مسيره الاحتلال",
        "مسيرات اسرائيلي*", "مسيرات روسي*", "مسيرات مجهول*", "مسيرات امريكي*",
        # Drones as the instrument ("هجوماً بالمسيرات"); "مسيرات" alone may be marches.
        "بالمسيرات", "بمسيرات", "بالمسيره", "بمسيره", "عبر مسيرات",
        # ... and as the one that strikes: "مسيّرة تقصف نقطة"، "مسيرات استهدفت سيارة" (a march
        # shells nothing): the drone's "قصف" is no shelling beside it
        "مسيره تقصف*", "مسيره قصفت", "مسيره تستهدف", "مسيره استهدفت", "مسيره تضرب",
        "مسيرات تقصف*", "مسيرات قصفت", "مسيرات تستهدف", "مسيرات استهدفت",
        "airstrike*", "air strike*", "drone strike*", "air raid*", "warplane*",
        # English: drones are aircraft (no "marches" reading), and so are jets and helicopters.
        "drone*", "jets", "fighter jet*", "helicopter*", "barrel bomb*", "bombed from the air",
        # Wire copy names the aircraft by the verb it strikes with ("Israeli aircraft struck
        # army positions"; "aircraft" alone also crashes or is shot down), and a state's
        # strikes by its adjective ("Israeli strikes kill three soldiers"; "strike" alone is
        # also a labour or hunger strike).
        *(f"{craft} {verb}" for craft in ("aircraft", "planes", "warplanes")
          for verb in ("struck", "hit", "bombed", "pounded", "targeted", "attacked", "fired",
                       "raided", "strike", "hits", "bomb", "pound", "target")),
        *(f"{state} strike*" for state in ("israeli", "russian", "turkish", "coalition",
                                          "american", "u s", "syrian government", "regime")),
    ),
    "Shelling/artillery/missile attack": (
        "قصف*", "يقصف*", "تقصف*", "قذيف*", "قذائف", "صاروخ*", "صواريخ", "راجمات", "هاون",
        "مدفعي*", "المدفعيه", "رشقات", "استهداف* مدفعي*", "قصف* بري*", "قذائف الدبابات",
        "نيران الدبابات", "shell*", "artillery", "rocket*", "missile*", "mortar*",
    ),
    "Remote explosive/landmine/IED": (
        "عبوه ناسفه", "عبوات ناسفه", "عبوه", "لغم*", "الغام", "مفخخ*", "تفجير*", "انفجار*",
        "انفجرت", "انفجر", "ينفجر", "ملغوم*", "فجروا", "فجرت", "يفجرون", "مخلفات الحرب",
        # the war's leftovers that blow up: not a battle ("المعارك" is what they remain of)
        "مخلفات المعارك", "بقايا الحرب", "بقايا المعارك", "مخلفات القصف", "بقايا القصف",
        # ... and a mine "left by" them: "داس على لغم قديم تركته المعارك"
        "تركته المعارك", "تركتها المعارك", "خلفته المعارك", "خلفتها المعارك",
        "تركته الحرب", "تركتها الحرب", "خلفته الحرب", "خلفتها الحرب",
        "ied", "landmine*", "car bomb*", "explosion",
        # English wire copy: a bomb that is not dropped from the air (see "barrel bomb*").
        "bomb", "bombs", "bombing*", "roadside bomb*", "explosive device*", "explosives",
        "blast*", "explod*", "explosions", "booby-trap*", "booby trap*",
    ),
    # A bomber "blew himself up" (فجّر نفسه، فجّرا نفسيهما، تفجير نفسه) without the word انتحاري
    # (the pronoun is spelled out: "فجر نفس اليوم" is the dawn of the same day).
    "Suicide bomb": ("انتحاري*", "تفجير انتحاري", "حزام ناسف", "احزمه ناسفه", "فجر* نفسه",
                     "فجر* نفسها", "فجر* نفسيهما", "فجر* انفسهم", "يفجر* نفسه", "تفجر* نفسها",
                     "تفجير نفسه", "تفجير نفسها", "suicide"),
    "Grenade": ("قنبله يدويه", "قنابل يدويه", "رمانه يدويه", "grenade*"),
    # Words that by themselves tell of people gassed. The agent named beside another weapon
    # ("براميل تحوي غاز الكلور") is the cue "chemical" (pipeline.rules.cues): see CHEMICAL_DELIVERY.
    "Chemical weapon": (
        "سلاح كيميائي", "غازات سامه", "غاز سام", "غاز السارين", "غاز الكلور", "غاز الخردل",
        "حالات اختناق", "حالات الاختناق", "حاله اختناق", "اصاب* بالاختناق", "اصاب* باختناق",
        "اصيب* بالاختناق", "اصيب* باختناق", "حالات ضيق تنفس", "حالات ضيق في التنفس",
        "قصف* بالغاز*", "بغاز* سام*", "chemical weapon*", "chemical attack*", "toxic gas",
        "chlorine", "sarin", "poison gas", "nerve agent", "gas attack*",
    ),
    "Attack": (
        "اغتيال*", "اغتال*", "اغتيل*", "يغتال*", "تغتال*", "يعدم*", "تعدم*", "تصفي*",
        "عثر* علي جثه", "عثر* علي جثث", "العثور علي جثه",
        # Two bodies, and bodies found with another verb: "على جثتين"، "وُجدت جثة رجل".
        "علي جثتين", "علي جثتي", "وجد* جثه", "وجد* جثث", "وجد* جثتين", "مكبل* الايدي",
        "العثور علي جثث", "اعدام*", "اعدم*", "قتل* علي يد", "مجزره",
        "مجازر", "علي جثه", "علي جثث", "الجثث المنتشله", "مكبلي الايدي", "مكبل* اليدين",
        "جثث مجهوله الهويه", "بالضرب", "الضرب المبرح", "ضربا مبرحا",
        # beaten to death: "أقدم عشرات من الأهالي على ضرب شاب حتى الموت" (a lone "*"
        # stands for any one word, the victim)
        "ضرب* حتي الموت", "ضرب* * حتي الموت", "بالضرب حتي الموت",
        "assassinat*", "execut*", "shot dead", "gunned down", "stabbed",
    ),
    "Abduction/forced disappearance": (
        "خطف*", "اختطف*", "يختطف*", "تختطف*", "مخطوف*", "مختطف*", "خاطف*", "اقتاد*",
        # ... told in the present, as headlines tell acts: "التنظيم يسيطر على المدينة
        # ويقتاد عشرات المدنيين" (whole words: "قبل أن يقتادوهم إلى ..." tells where the
        # people taken in the act before were led)
        "يقتاد", "تقتاد", "يقتادون",
        # The verbal noun after a doer's verb ("أقدم التنظيم على اختطاف"، "قام باختطاف"); alone
        # it is as often the crime in general ("ملف الاختطاف").
        "علي اختطاف", "باختطاف",
        "جهه مجهوله", "اخفاء قسري", "مغيب*", "abduct*", "kidnap*",
    ),
    "Sexual violence": ("اغتصاب*", "اعتداء جنسي", "rape*"),
    "Peaceful protest": (
        # (Not "مظاهر*": bare "مظاهر" is "signs of", "مظاهر الحياة".)
        "مظاهره*", "مظاهرات*", "مظاهرت*", "تظاهر*", "يتظاهر*", "متظاهر*", "وقفه احتجاجيه",
        # A place as the subject of the verb: "المدينة تتظاهر للجمعة الثالثة".
        "تتظاهر*",
        "وقفات احتجاجيه", "وقفه",
        "احتجاج*", "اعتصام*", "اعتصم*", "احتشد*", "اضراب*", "protest*",
        # The protesters and the present tense spelled out: "محتج*"/"يحتج*" would take in
        # "المحتجزين"، "يحتجز" (the detained, detains).
        *PROTESTERS,
        # the present tense: "أهالي البلدة يعتصمون أمام المقر"
        "يعتصم*", "تعتصم*", "يحتج", "يحتجون", "يحتجان", "تحتج", "تحتجان", "يحتشد*", "تحتشد*",
        "demonstrat*", "rally", "rallied", "rallies", "sit-in",
        # A crowd told by its banners and chants: "تجمع المئات في الساحة رافعين لافتات".
        "رافعين لافتات", "رافعين شعارات", "رافعين اللافتات", "رفعوا لافتات", "رفعوا شعارات",
        "مرددين هتافات", "رددوا هتافات", "مرددين شعارات", "رددوا شعارات",
        "هتفوا", "تجمهر*",
        # A march that says it is one: "خرج العشرات في مسيرة سلمية". ("مسيرة" alone is as
        # often a drone, "طائرة مسيّرة".)
        "مسيره سلميه", "مسيرات سلميه", "مسيره احتجاجيه", "مسيرات احتجاجيه",
        "مسيره شعبيه", "مسيرات شعبيه",
    ),
    "Protest with intervention": (
        "تفريق* المتظاهرين", "فض* الاعتصام", "فرق* المتظاهرين", "اعتقال* متظاهرين",
    ),
    "Excessive force against protesters": (
        "اطلاق النار علي المتظاهرين", "الرصاص الحي علي المتظاهرين", "قتل* متظاهر*",
        # fire opened on the crowd: "فتحت قوات الأمن النار بشكل مباشر على مظاهرة"
        "النار علي المتظاهرين", "النار علي مظاهره", "النار علي المظاهره", "النار علي متظاهرين",
        "الرصاص علي المتظاهرين", "الرصاص علي مظاهره", "الرصاص الحي علي مظاهره",
        "النار علي تجمع سلمي", "النار علي المحتجين", "النار علي محتجين", "النار علي وقفه",
        "الرصاص علي المحتجين",
        # fire opened on mourners: a funeral procession is a crowd in the street ("أطلقت
        # قوات الأمن الرصاص الحي على موكب تشييع"، "فتحوا النار على المشيعين"); not an air
        # strike on one, which is a strike
        "الرصاص الحي علي موكب تشييع", "الرصاص علي موكب تشييع", "النار علي موكب تشييع",
        "الرصاص الحي علي المشيعين", "الرصاص علي المشيعين", "النار علي المشيعين",
        "النار علي مشيعين", "الرصاص الحي علي جنازه", "النار علي جنازه",
        # ... named as those taking part: "أطلق عناصر الأمن النار على المشاركين في تشييع
        # شاب"، "على المشاركين في جنازة"
        "النار علي المشاركين في تشييع*", "النار علي المشاركين في جنازه",
        "النار علي المشاركين في موكب تشييع", "الرصاص علي المشاركين في تشييع*",
        "الرصاص الحي علي المشاركين في تشييع*", "الرصاص الحي علي المشاركين في جنازه",
        "النار علي موكب جنازه", "الرصاص الحي علي موكب جنازه",
    ),
    # Protesters as the ones who attack ("هاجم محتجون غاضبون شاحنات").
    "Violent demonstration": ("احرق* المتظاهرون", "اقتحم* المحتجون", "هاجم* محتج*",
                              "هاجم* متظاهر*", "اقتحم* محتج*", "اقتحم* متظاهر*", "محتج* يهاجم*",
                              "محتج* غاضب* يهاجم*", "متظاهر* يهاجم*", "اعمال شغب", "شغب",
                              # "احتجاجات غاضبة تخللتها أعمال عنف": the crowd's own violence
                              "تخللت* اعمال عنف", "تخلل* اعمال عنف", "تخللت* اعمال تخريب",
                              "تخلل* اعمال تخريب",
                              # A crowd that fights: "اشتبك المتظاهرون مع الشرطة".
                              "اشتبك* المتظاهرون", "اشتبك* متظاهر*", "اشتبك* المحتجون",
                              "اشتبك* محتج*", "مظاهره عنيفه", "مظاهرات عنيفه",
                              # "مواجهات بين محتجين غاضبين والقوات": the crowd is a side.
                              "مواجهات بين محتج*", "مواجهات بين المحتج*",
                              "مواجهات بين متظاهر*", "مواجهات بين المتظاهر*",
                              "اشتباكات بين محتج*", "اشتباكات بين المحتج*",
                              "اشتباكات بين متظاهر*", "اشتباكات بين المتظاهر*",
                              "تظاهرات عنيفه", "احتجاجات عنيفه",
                              # Tyres set alight (to block a road): ACLED's codebook names
                              # burning tyres among a violent demonstration's acts ("أضرم
                              # الشبان النار في إطارات"، "إحراق الإطارات").
                              "اضرم* النار في اطارات", "اضرم* النار في الاطارات",
                              "اضرم* النيران في اطارات", "اضرم* النيران في الاطارات",
                              "اشعل* النار في اطارات", "اشعل* النار في الاطارات",
                              "اشعال* الاطارات", "اشعال* اطارات", "احراق* الاطارات",
                              "احراق* اطارات", "احرق* الاطارات", "احرق* اطارات",
                              "حرق* الاطارات", "حرق* اطارات",
                              # told in the present, as headlines tell acts
                              "يضرم* النار في اطارات", "يضرم* النار في الاطارات",
                              "يشعل* النار في اطارات", "يشعل* النار في الاطارات",
                              "يحرق* الاطارات", "يحرق* اطارات", "burning tyres",
                              "burning tires", "burned tyres", "burned tires",
                              "riot*"),
    # A crowd as the perpetrator: "أقدم حشد من الأهالي على ضرب شاب".
    # (A crowd that only watches, "أمام حشد من الأهالي", is no mob: a verb must act.)
    "Mob violence": ("اعتداء جماعي", "حشد غاضب", "اقدم* حشد*", "هاجم* حشد*", "اعتدي* حشد*",
                     "علي يد حشد*",
                     "حشود غاضب*", "اهالي غاضب*", "سحل*", "mob", "lynch*"),
    "Agreement": (
        "هدنه", "اتفاق* لوقف اطلاق النار", "اتفاق وقف اطلاق النار", "توصل* الي اتفاق*",
        # "اتفاق على وقف فوري لإطلاق النار"، "اتفاق لوقف القتال" (an adjective between).
        "اتفاق* علي وقف*", "اتفاق* لوقف*", "اتفاق* علي هدنه", "اتفاق* علي تهدئه",
        # the noun of reaching it: "أعلن الوزير فجر اليوم التوصل إلى اتفاق لوقف شامل"
        "التوصل الي اتفاق*", "التوصل لاتفاق*", "توصل* لاتفاق*", "التوصل الي هدنه",
        "التوصل الي تهدئه", "التوصل الي تفاهم*", "توصل* الي تفاهم*", "تفاهم* علي وقف*",
        "سريان هدنه", "سريان اتفاق*", "وقع* اتفاق*", "تسويه", "اتفاق* تسويه",
        # a headline's present tense: "الفصائل توقع اتفاقاً مع الجانب الروسي" (the object's
        # accusative "اتفاقاً" makes "توقع" the verb "signs", not the noun "expectation")
        "توقع اتفاقا", "توقعان اتفاقا", "يوقع اتفاقا", "يوقعان اتفاقا", "يوقعون اتفاقا",
        # ... and the object of a verb told before it: "وقّعت الفصائل، مساء اليوم، اتفاقاً مع
        # ضباط روس" (the accusative, not "بعد اتفاق مع", an earlier one)
        "اتفاقا مع",
        "توصل* اتفاق*", "ابرام اتفاق*", "اتفاق* تهدئه", "توصل* الي تهدئه", "توصل* تهدئه",
        "اتفاق* يقضي", "اتفاق* ينص", "اتفاق* برعايه", "اتفاق* بين", "الي اتفاق*",
        # an understanding reached, its parties and day between the verb and it: "توصلت
        # الفصائل والجانب الروسي، مساء اليوم، إلى تفاهم يقضي بوقف القتال"
        "الي تفاهم*",
        "صفقه تبادل", "تبادل الاسري", "تبادل* اسري",
        # the exchange of detainees or hostages ("تبادل محتجزين بين الطرفين"، "عملية تبادل
        # شملت عشرة محتجزين"): ACLED codes a prisoner exchange as an Agreement. (Not
        # "تبادل" alone: "تبادل إطلاق النار" is a fight, "تبادل الاتهامات" words.)
        "تبادل* محتجز*", "تبادل* المحتجزين", "تبادل* للمحتجزين", "تبادل* للاسري",
        "تبادل* معتقلين", "تبادل* المعتقلين", "تبادل* المخطوفين", "تبادل* مخطوفين",
        "عمليه تبادل", "عمليه التبادل", "صفقه التبادل",
        # An evacuation of fighters is carried out under a deal: "خرجت الحافلات التي تقل
        # المسلحين من الأحياء الشرقية"، "بدأت بإخراج المسلحين وعائلاتهم". Only buses carry
        # them out: "سيارات تقل مسلحين" (fighters on the move) is no deal.
        "اخراج* المسلحين", "اخراج* المقاتلين", "اجلاء* المسلحين", "اجلاء* المقاتلين",
        "حافل* تقل* المسلحين", "حافل* تقل* مسلحين", "حافل* تقل* المقاتلين",
        "حافل* تقل* مقاتلين", "حافل* التي تقل* المسلحين", "حافل* التي تقل* المقاتلين",
        "باص* تقل* المسلحين", "باص* تقل* مسلحين", "باص* تقل* المقاتلين",
        "باص* التي تقل* المسلحين", "باص* التي تقل* المقاتلين", "تهجير* المسلحين",
        "وقف الاعمال القتاليه", "truce", "ceasefire", "agreement",
        # English copy of the same: "convoys of buses carrying rebels out ... under a deal"
        "buses carrying rebel*", "buses carrying fighters", "buses carrying militants",
        "under a deal", "deal struck", "evacuation deal",
    ),
    "Arrests": (
        "اعتقل*", "اعتقال*", "يعتقل*", "تعتقل*", "القبض علي", "القت القبض", "يلقي القبض",
        "احتجز*", "تحتجز*", "يحتجز*", "احتجاز*",
        "تلقي القبض",
        # A cell dismantled is its members taken: "فككت الشرطة خلية"، "تفكيك خلية مسلحة".
        # (A bomb defused, "تفكيك عبوة", is another kind.)
        "تفكيك خليه", "فكك* خليه", "تفكك* خليه", "يفكك* خليه", "تفكيك خلايا",
        "فكك* خلايا", "حمله دهم", "حمله اعتقالات", "مداهم*", "داهم*", "دهم*", "توقيف*",
        "arrest*", "detained", "detaining", "detains",
    ),
    "Looting/property destruction": (
        "نهب*", "سلب*", "احراق منازل", "تجريف*", "loot*",
        # Goods carried off from homes, "التعفيش" as Syrians call it, and homes or shops set
        # on fire: "يسرقون أثاث المنازل"، "أضرمت النار في عدد من المحال".
        "تعفيش*", "عفش*", "يعفش*", "سرقه المنازل", "سرق* اثاث", "يسرقون", "سرقوا",
        "اضرم* النار في المحال", "اضرم* النار في المنازل", "اضرم* النار في منازل",
        "احراق المحال", "احراق* منازل", "حرق* المنازل", "حرق* منازل", "ransack*",
        # Buildings demolished by a force: "هدمت غرفتين سكنيتين قرب الطريق".
        # (the verbs only: "تهدم"/"تهدمت" is also "collapsed", and the noun "هدم" a
        # shell's damage, "أدى القصف إلى هدم منازل")
        *(f"{verb} {what}" for verb in ("هدمت", "هدموا", "يهدم", "يهدمون")
          for what in ("منزل*", "المنزل*", "منازل", "المنازل", "بيوت", "البيوت", "غرف*",
                       "مبان*", "المباني", "محال", "المحال")),
    ),
    "Disrupted weapons use": (
        "تفكيك عبوه", "فكك* عبوه", "تفكك* عبوه", "يفكك* عبوه", "اسقاط* طائره مسيره",
        "اسقط* طائره مسيره",
        # Drones shot down or fended off: "المضادات الأرضية تتصدى لمسيرات فوق المطار"
        "اسقاط* طائرات مسيره", "اسقط* طائرات مسيره", "اسقاط* مسيرات", "اسقط* مسيرات",
        "تتصدي لطائرات مسيره", "تصد* لطائرات مسيره", "تصد* لطائره مسيره", "تصد* لمسيرات",
        "تتصدي لمسيرات", "تصد* لعدد من الطائرات المسيره",
        "defus*",
    ),
    "Headquarters or base established": (
        "قاعده عسكريه جديده", "انشاء قاعده", "قاعده جديده", "نقطه عسكريه جديده",
        "اقام* نقطه عسكريه", "يقيم* نقطه عسكريه", "تقيم* نقطه عسكريه", "اقامه نقطه عسكريه",
        "انشاء نقطه عسكريه", "استحدث* نقطه عسكريه",
    ),
    # Ground received from the other side: "قوات النظام تتسلم معبر نصيب"، "استلمت مواقع".
    "Non-violent transfer of territory": (
        *(f"{verb} {ground}" for verb in ("تسلم*", "تتسلم*", "يتسلم*", "استلم*", "تستلم*",
                                          "يستلم*")
          for ground in ("مواقع", "معبر", "المعبر", "مدينه", "المدينه", "بلده", "البلده",
                         "قريه", "القريه", "حاجز", "الحاجز", "نقاط", "النقاط", "مقرات",
                         "المقرات", "حي", "الحي")),
        "انسحب* من", "انسحاب*",
    ),
    GENERIC: (
        # (the present as bulletins tell acts: "خلايا تهاجم نقطة عسكرية")
        "هجوم*", "هجمات", "هجمه", "هاجم*", "يهاجم*", "تهاجم*", "اعتداء*", "مقتل", "قتل", "قتلت",
        "قتلوا", "لقي* مصرع*", "برصاص", "بنيران", "قنص*", "قناص*", "اطلاق النار",
        "اطلق* النار", "اطلاق الرصاص", "اطلق* الرصاص", "اطلاق نار", "باطلاق نار",
        "اطلق* نار", "استهداف*", "استهدف*", "استشهاد",
        "استشهد*", "attack*", "killed",
        # English: the headline's present ("Gunmen kill 15 truffle hunters") and the lead's
        # participle after its act ("..., killing three soldiers").
        "kills", "killing",
        # A bulletin's items tell the act in the present ("مسلحون يطلقون النار على ...")
        # and its dead with a pronoun ("ما أدى إلى مقتله").
        *PRESENT_GUNFIRE, "مقتله", "مقتلها", "مقتلهم", "مقتلهما",
        # The shooters named between the verb and its object, as a bulletin's items tell
        # it: "أطلق مجهولون النار على منزل المختار"، "أطلق مسلحون الرصاص على سيارته".
        *SHOOTERS_BETWEEN, *GUNFIRE_BURSTS,
        # An ambush: a fight when armed men are hit ("نصبوا كميناً لرتل عسكري"), an attack
        # when civilians are. Its rockets ("استهدفوها بالقذائف الصاروخية") are the ambush's
        # own fire, not a bombardment (AMBUSH, pipeline.events.classify).
        "كمين*", "نصب* كمين*",
    ),
}

# "قصف" alone says bombed, not how: from the air or from the ground. An article whose lead
# says only this, and which names aircraft nearby ("مروحيات ... قصفت"), reports an air strike
# (pipeline.events.classify); with no aircraft it stays shelling.
BOMBARDMENT: frozenset[str] = frozenset({"قصف*", "يقصف*", "تقصف*", "shell*"})
# Missiles named without what fired them ("الدفاعات تتصدى لعدوان إسرائيلي وتسقط معظم
# الصواريخ"): like "قصف" alone, they are an air strike's where the lead names the aircraft
# ("لعدوان جوي"، "طائرات حربية أطلقت ..."). "صاروخي"، "قذائف صاروخية" and "راجمات" say a
# launcher on the ground and stay shelling.
UNLAUNCHED: frozenset[str] = frozenset({"صواريخ", "missiles"})

# Bombs that are planted or driven, not worn: an article that names one ("عبوات ناسفة
# مزروعة داخل المسجد") before a bomber is mentioned codes the bombing, not a suicide attack
# (pipeline.events.classify).
DEVICES: frozenset[str] = frozenset({"عبوه ناسفه", "عبوات ناسفه", "عبوه", "لغم*", "الغام"})

# Generic violence that says how: gunfire. A lead with only other generic words ("ضحايا
# باستهداف الجامع") takes its sub-type from the weapon the next sentence names.
GUNFIRE: frozenset[str] = frozenset({"برصاص", "بنيران", "قنص*", "قناص*", "اطلاق النار",
                                     "اطلق* النار", "اطلاق الرصاص", "اطلق* الرصاص",
                                     "اطلاق نار", "باطلاق نار", "اطلق* نار",
                                     *PRESENT_GUNFIRE, *SHOOTERS_BETWEEN, *GUNFIRE_BURSTS})

# Beating: by a crowd (the cue "crowd" of pipeline.rules.cues in the sentence: "انهال عليه
# عشرات من سكان الحي بالضرب المبرح") it is Mob violence, not an Attack by an armed group.
BEATING: frozenset[str] = frozenset({"بالضرب", "الضرب المبرح", "ضربا مبرحا", "ضرب* حتي الموت",
                                     "ضرب* * حتي الموت", "بالضرب حتي الموت"})

# Words that say someone was assassinated but not how: with a bomb, a drone or a shell in the
# same sentence ("اغتالوا الطبيب عبر تفجير عبوة ناسفة"), the weapon is the sub-type.
ASSASSINATION: frozenset[str] = frozenset({"اغتيال*", "اغتال*", "اغتيل*", "يغتال*", "تغتال*",
                                           "assassinat*"})

# Abduction words that only say where people were taken ("واقتادتهم إلى جهة مجهولة"): after
# an arrest word of the same sentence ("اعتقلت قسد ثلاثة أشخاص خلال مداهمة منازل في بلدة X،
# واقتادتهم إلى جهة مجهولة") they tell how the arrest went on, no abduction of its own
# (pipeline.events.classify). "اختطف" stays an abduction wherever it stands. (Not
# pipeline.rules.scenes.TAKEN_AWAY: the verbs before the place detainees were taken to.)
ARREST_TAKEN_AWAY: frozenset[str] = frozenset({"اقتاد*", "يقتاد", "تقتاد", "يقتادون",
                                               "جهه مجهوله"})

# A lead that tells a deadly act and, in a later clause of its own, people taken ("قُتل خمسة
# عناصر في هجوم على حاجز، وفُقد الاتصال باثني عشر آخرين اقتادهم المسلحون إلى جهة
# مجهولة"، "..., فيما خطف المهاجمون ثلاثة عناصر"): the taking is an event of its own, even
# where the headline names only the killing (pipeline.events.classify). The sub-types so
# read, each with the words of its act: verbs, not the noun of the taken or the takers, nor
# "إلى جهة مجهولة" alone (where killers fled). The clause starts at a comma or at one of
# SECOND_CLAUSE_OPENERS after the deadly act; one whose first two words hold one of
# SECOND_ACT_NOT_AFTER tells how that act came about or recalls ("قتل شاب، بعد أن اختطفه
# مسلحون"، "وكان مسلحون قد اختطفوه قبل أيام"): no second act.
LEAD_SECOND_ACTS: dict[str, tuple[str, ...]] = {
    "Abduction/forced disappearance": (
        "خطف*", "اختطف*", "يختطف*", "تختطف*", "اقتاد*", "يقتاد", "تقتاد", "يقتادون",
    ),
}
SECOND_CLAUSE_OPENERS: tuple[str, ...] = ("فيما", "بينما", "كما", "وكما", "في حين")
SECOND_ACT_NOT_AFTER: tuple[str, ...] = ("بعد", "وبعد", "قبل", "إثر", "اثر", "عقب", "حيث",
                                         "بعدما", "قبيل",
                                         # the pluperfect: "وكان مسلحون قد اختطفوه قبل أيام"
                                         "كان", "كانت", "وكان", "وكانت", "كانوا", "وكانوا")
# Nor is it one where a word of these stands in its clause before the act's word: a relative
# clause about someone named ("وقال الجيش الذي شارك في عملية خطف الجندي ..."), what a
# source said, or the noun of an operation named.
SECOND_ACT_CLAUSE_NOT: tuple[str, ...] = ("الذي", "التي", "الذين", "قال", "وقال", "قالت",
                                          "وقالت", "وأضاف", "وأضافت", "عملية", "عمليات")

# Raid words, which say how people were taken, not by whom: beside a kidnapping's own word
# ("أقدم مسلحو الفصيل على اختطاف مواطنين بعد مداهمة منزليهما") the raid is how the
# abduction was done, no arrest of its own (pipeline.events.classify). Matching forms of
# "Arrests" phrases.
RAID_WORDS: frozenset[str] = frozenset({"مداهم*", "داهم*", "دهم*", "حمله دهم"})
# Kidnapping's own words, which a raid does not turn into an arrest (matching forms).
KIDNAP_WORDS: tuple[str, ...] = ("خطف", "اختطف", "يختطف", "تختطف", "اختطاف", "مخطوف")

# An operation's outcome told as its dead and its captured ("أسفرت عن مقتل عنصرين من التنظيم
# واعتقال ثالث"): the arrest's verbal noun joined by "و" to the count of the dead, within
# CAPTURED_WITH_DEAD_REACH words after the death word, is the same raid, which ACLED codes
# once, by its violence (pipeline.events.classify). A verb ("، واعتقلت الأسايش بعد ساعات
# خمسة") tells an act of its own. The nouns, in matching form, as written after the "و".
CAPTURED_NOUNS: frozenset[str] = frozenset({"اعتقال", "اسر", "احتجاز", "توقيف", "القبض"})
CAPTURED_WITH_DEAD_REACH = 7
# Bombers counted among a battle's dead ("أسفرت الاشتباكات عن مقتل 11 عنصراً من التنظيم،
# بينهم انتحاريان فجرا نفسيهما"): who the fallen fighters were, part of the battle or the
# takeover the sentence tells, no suicide bombing of its own. The words right before the
# bombers' word (within AMONG_DEAD_REACH words) that put them in the count, matching form.
AMONG_DEAD: frozenset[str] = frozenset({"بينهم", "بينهما", "منهم", "منهما", "بينها"})
AMONG_DEAD_REACH = 2

# Clash words that also name a crowd's confrontations with the forces facing it: alone in
# a sentence right after one telling a riot ("وأسفرت المواجهات عن مقتل أربعة"), they tell
# that riot, not a battle. Matching form of the phrases of "Armed clash".
CROWD_CONFRONTATIONS: frozenset[str] = frozenset({"مواجهات", "صدامات"})

# A massacre says how many died, not how: "ارتكب الطيران مجزرة بإلقائه براميل متفجرة" is an
# air strike. Beside a weapon's sub-type (Explosions/Remote violence) in the same sentence,
# these Attack words yield to it (pipeline.events.classify).
MASSACRE: frozenset[str] = frozenset({"مجزره", "مجازر"})
# An ambush: the shelling words beside it are its fire, not a bombardment.
AMBUSH: frozenset[str] = frozenset({"كمين*", "نصب* كمين*"})
# The word right before shelling words that makes them the fire of the fighting the sentence
# tells ("تدور اشتباكات عنيفة ... وسط قصف مدفعي متبادل", "معارك تخللها قصف بالهاون"): one
# clash, not a bombardment of its own (normalised words; pipeline.events.classify).
AMID_FIGHTING: frozenset[str] = frozenset({"وسط", "تخللها", "تخللتها", "رافقها", "يرافقها",
                                           "يتخللها"})
# ... and the verbs of going along, two words before them, "مع" between: "دارت اشتباكات
# عنيفة في الحي ترافقت مع قصف مكثف" (the fight's own fire).
AMID_FIGHTING_WITH: frozenset[str] = frozenset({"ترافقت", "ترافق", "تترافق", "يترافق",
                                                "ترافقا", "ترافقتا"})
# Munitions an aircraft drops or fires: right after an aircraft's word (an Air/drone strike
# trigger), with at most AIRCRAFT_MUNITIONS_REACH words between ("ألقت مروحيات عسكرية
# قذائف"، "أطلقت طائرة مسيرة صاروخين"، "قصفت الطائرات الحربية بالصواريخ"), they are the
# verb's object: what the aircraft dropped, one air strike, no shelling of its own. One
# joined by "و" ("غارات جوية وقذائف مدفعية") or past a comma is a second weapon (matching
# forms; pipeline.events.classify).
AIRCRAFT_MUNITIONS: frozenset[str] = frozenset({"قذيف*", "قذائف", "صاروخ*", "صواريخ"})
AIRCRAFT_MUNITIONS_REACH = 2
# The words that open the list of a fight's own weapons after its word, in its clause:
# "اشتباكات بالأسلحة الرشاشة والقذائف"، "اشتباك بين عائلتين استخدمت فيه الرشاشات والقنابل
# اليدوية". The shells and grenades of that list are how the two sides
# fought, one clash, not a shelling or a grenade attack of their own (pipeline.events.classify).
FIGHT_WEAPONS_OPEN: frozenset[str] = frozenset({
    "بالأسلحة", "بأسلحة", "بمختلف", "بالرشاشات", "برشاشات", "بالبنادق", "بالسلاح",
    "استخدمت", "استخدم", "استخدما", "استخدموا", "استعملت", "استعمل", "تخلله", "تخللته",
})
# How far the list may run from the fight's word to the shell or grenade it names, in words.
FIGHT_WEAPONS_REACH = 7

# Sub-types of a weapon that may carry a toxic agent: when the sentence names the agent (the
# cue "chemical": الكلور، السارين، غاز سام، هجوم كيماوي، حالات اختناق), the event is a
# Chemical weapon however it was delivered (a barrel from a helicopter, a rocket, a shell),
# and a "هجوم"/"استهداف" with it is one too.
CHEMICAL_DELIVERY: frozenset[str] = frozenset({
    "Air/drone strike", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED",
    "Grenade", "Attack", "Armed clash",
})

# Territory words: who holds afterwards decides between the two Battles sub-types.
TERRITORY: tuple[str, ...] = (
    "سيطر*", "تسيطر*", "يسيطر*", "السيطره علي", "بسط* سيطرت*", "تبسط سيطرت*",
    # The verbs of retaking; the noun "استعادة" also gets back people and things ("فور
    # استعادة الطالب"), so it counts only with what is retaken.
    "احكم* سيطرت*", "استعاد", "استعادت", "استعادوا", "تستعيد*", "يستعيد*",
    "استعاده السيطره", "استعاده بلده", "استعاده مدينه", "استعاده قريه", "استعاده مواقع",
    "تقدم* في", "تحرير مدينه",
    "تحرير بلده", "حرر*", "تحرر*", "يحرر*", "دخل* مدينه", "دخول مدينه",
    # ... in a headline's present: "وحدات من الجيش تدخل مدينة عين العرب"
    "تدخل مدينه", "يدخل مدينه", "تدخل بلده", "يدخل بلده",
    # SANA's formula for a retaken town: "أعادت وحدات الجيش الأمن والاستقرار إلى بلدة".
    "الامن والاستقرار الي",
    # A siege broken by the besieged's side reaching them: ground won ("وصلت وحدات الجيش إلى
    # المطار والتقت بالقوات المرابطة فيه لتكسر الحصار"، "الفصائل تكسر حصار المدينة").
    "كسر* الحصار", "كسر* حصار", "يكسر* الحصار", "يكسر* حصار", "تكسر* الحصار", "تكسر* حصار",
    "كسر* بذلك الحصار", "يكسر* بذلك الحصار", "تكسر* بذلك الحصار",
    "broke the siege", "breaks the siege", "broken the siege",
    "captur*", "recaptur*", "seiz*", "took control", "retake*",
)
# English verbs of taking that also take things: "seized weapons caches", "captured a
# shipment of ammunition" takes no ground (a raid that seizes weapons is an arrest or a
# search). The verb counts as territory unless the first of these words after it (within
# TAKEN_THINGS_REACH words) is a thing; a ground word first ("seized the town and its
# arms depot") keeps it. Words as matched (lower case), prefixes.
TAKING_THINGS_VERBS: tuple[str, ...] = ("seiz", "captur")
TAKEN_THINGS: tuple[str, ...] = (
    "weapon", "arms", "ammunition", "ammo", "munition", "cache", "explosive", "rifle", "gun",
    "rocket", "missile", "drug", "narcotic", "captagon", "pill", "hashish", "shipment",
    "quantit", "amount", "cash", "money", "document", "equipment", "vehicle", "truck", "cars",
    "material", "device", "smuggl", "contraband", "goods", "cigarette",
)
TAKEN_GROUND: tuple[str, ...] = (
    "control", "town", "village", "city", "area", "district", "neighbo", "hill", "airport",
    "base", "position", "crossing", "territor", "region", "countryside", "outskirts", "road",
    "highway", "border", "checkpoint", "dam", "field",
)
TAKEN_THINGS_REACH = 4
# Arabic "السيطرة على" also masters things, not ground: a fire put out ("تمكنت فرق الإطفاء من
# السيطرة على الحريق"), a vehicle lost ("فقد السائق السيطرة على سيارته"), oneself, a situation,
# prices or an epidemic. A territory word whose object (the word after the first "على" within
# CONTROLLED_REACH words of it) starts with one of these, once its "ال" is dropped, takes no
# ground. In the matching form (ة as ه).
CONTROLLED_THINGS: tuple[str, ...] = (
    "حريق", "حرائق", "نيران", "لهب", "سيار", "مركبت", "مركبه", "شاحن", "حافل",
    "مقود", "دراجت", "دراجه", "اعصاب", "نفسه", "نفسها", "انفسهم", "وضع", "اوضاع", "اسعار",
    "سعر", "وباء", "تسرب", "انتشار", "تضخم",
)
CONTROLLED_REACH = 4
# ... and what stands right before a passive verb of taking ("Weapons cache seized",
# "explosives were seized") is what was taken, when it is a thing.
PASSIVE_AUXILIARIES: frozenset[str] = frozenset({"was", "were", "is", "are", "been", "being"})

# Weapons seized or found (a "seizure" cue, ``pipeline.rules.cues``, at most SEIZURE_REACH
# words before one of these) were not used: the seizure is ACLED's Disrupted weapons use,
# and the bombs, mines, rockets and shells it names make no explosion or bombardment. A
# seizure told with arrests ("ألقت القبض على ثلاثة وضبطت بحوزتهم أسلحة") is part of the
# arrests, as ACLED codes a raid. Prefixes of a word's forms, as spelled (English in
# lower case).
SEIZED_WEAPONS: tuple[str, ...] = (
    "أسلحة", "سلاح", "ذخائر", "ذخيرة", "عبوات", "عبوة", "ألغام", "لغم", "قذائف", "قذيفة",
    "صواريخ", "صاروخ", "متفجر", "قنابل", "قنبل", "مفخخ", "أحزمة", "مدفع", "مدافع", "هاون",
    "weapon", "arms", "ammunition", "munition", "explosive", "bomb", "mine", "landmine",
    "rocket", "missile", "shell", "mortar", "grenade", "rifle", "ied", "cache",
)
SEIZURE_REACH = 10


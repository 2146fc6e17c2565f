"""Place words: which words before a name say what kind of place it is, which ordinary words
are no place on their own, which words join a place to the place that qualifies it ("بلدة X
بريف Y"), and which words show a place is not where the event happened.

``pipeline.events.places`` and ``pipeline.events.extract`` use these lists. To fix a miss,
add or remove a word in its list. The word lists of the first part are compared with words
in their matching form, so write them as in ordinary Arabic (أ/ا, ة/ه and ى/ي are the same,
a word is written without ال); the lists under "As written" are found in the text as it is
printed, so list every spelling there.
"""

from __future__ import annotations

# -- kinds of place: the word before a name ------------------------------------------------
# A governorate or its countryside: "ريف إدلب", "محافظة حمص", "بادية دير الزور".
REGION: frozenset[str] = frozenset({"ريف", "ريفي", "باديه", "محافظه", "محافظتي", "ارياف"})
# The countryside, which leaves out the town: "ريف الرقة" is not "مدينة الرقة".
COUNTRYSIDE: frozenset[str] = frozenset({"ريف", "ريفي", "باديه", "ارياف"})
# The countryside of a town that heads a sub-district is that sub-district: "قرى في ريف تل
# تمر" is the Tal Tamr sub-district, not the town (of a district's chief town, the district;
# of a governorate's, the governorate), also where the town is written by another name than
# its sub-district's ("بريف ديريك": al-Malikiyah's). Not "بادية": "بادية عقيربات" is the
# desert town.
TOWN_COUNTRYSIDE: frozenset[str] = frozenset({"ريف", "ريفي", "ارياف"})
# The desert named after a town ("بادية تدمر"، "بادية السخنة") is coded at the town, though
# the town heads a district of its name; named after a governorate ("بادية حمص") it is the
# governorate.
DESERT: frozenset[str] = frozenset({"باديه"})
# A sub-district: "ناحية عين عيسى".
SUBDISTRICT: frozenset[str] = frozenset({"ناحيه"})
# A district (Syria's "منطقة" is the administrative district): "منطقة جبلة" is the district
# where one bears the name; "منطقة معدان" is the town.
DISTRICT: frozenset[str] = frozenset({"منطقه"})
# A town, village, quarter or camp: "بلدة سلمى", "حي الوعر". (A port, airport or crossing
# named after a city is in that city: "مرفأ اللاذقية".)
TOWN: frozenset[str] = frozenset({
    "مدينه", "بلده", "قريه", "حي", "مخيم", "مدينتي", "بلدتي", "قريتي", "احياء", "بلدات",
    "قري", "مزرعه", "مخيمات", "ضاحيه", "مرفا", "ميناء", "مطار", "معبر", "جامعه", "سجن",
    # "في منطقتي حمص وطرطوس": two towns, each the scene of its own incident; so in the
    # nominative, "شهدت مدينتا اللاذقية وطرطوس وقفات"
    "منطقتي", "مدينتا", "بلدتا", "قريتا", "منطقتا",
    # English copy: "the town of Nawa" (the "of" between them is skipped).
    "city", "town", "village", "camp",
    # "the heart of" a town is inside it: "في قلب السويداء" is the city, not the governorate
    "قلب",
})
# Endings a village's name is written with in one outlet and listed with in the gazetteer
# ("بلدة كوية" is the gazetteer's كويا; "حلفاية" its حلفايا): a one-word name after a town
# word that is not in the gazetteer is looked up with the other ending (written, listed).
SPELLING_ENDINGS: tuple[tuple[str, str], ...] = (("ية", "يا"), ("يا", "ية"))

# Two-letter first words of place names ("أم شرشوح"، "تل رفعت"): after "و" or "ف" they are
# too short for the clitic splitter, so "وأم شرشوح" and "وتل رفعت" are looked up without it.
SHORT_HEADS: frozenset[str] = frozenset({"ام", "تل"})

# English first words of compound names ("Bab Touma", "Bab al-Hawa", "Ain Issa"): followed by
# another capitalised word they begin a longer name, not the place the word alone names
# ("Bab" for al-Bab, east of Aleppo).
EN_NAME_HEADS: frozenset[str] = frozenset({
    "Bab", "Ain", "Tal", "Tall", "Tell", "Tel", "Deir", "Kafr", "Khan", "Jisr", "Ras", "Beit",
    "Umm", "Jabal", "Jebel", "Wadi", "Souq", "Suq", "Bir", "Qasr", "Sheikh", "Sahl",
    "Kfar", "Kafar", "Kfr", "Maarat", "Maaret", "Marat", "Arab", "Abu"})
# ... and a match right after one of them is the second word of another place's name
# ("Kfar Dael" is no Da'el in Dar'a; pipeline.events.places).

# A military airport named after a town ("مطار دير الزور العسكري", "مطار حماة العسكري") lies
# outside it: its place is the town's sub-district.
AIRPORT: frozenset[str] = frozenset({"مطار"})
MILITARY: frozenset[str] = frozenset({"عسكري"})
# Place words that are also the name of a town: right after a word of TOWN for one place
# they are its name ("بلدة المزرعة" in Sweida's countryside, "قرية المزرعة"), not another
# place word. (Not as a later item of a list, "بلدتي X والمزرعة": measured on the shared
# real articles, where such an item was not coded as a scene of its own.)
PLACE_WORD_NAMES: frozenset[str] = frozenset({"مزرعه"})
# Areas: "مناطق قمحانة وأرزة" names places, but "مناطق عديدة" is no village عديدة, so an
# ordinary word after these is still no place.
AREAS: frozenset[str] = frozenset({"مناطق"})
# Plural place words: the ordinary word after them is an adjective ("قرى جديدة"), no name.
PLURAL: frozenset[str] = frozenset({"قري", "بلدات", "احياء", "مخيمات"})
# Place words for several places: their word covers each name joined to the first by و
# ("بلدتي دير العدس والهبارية"، "قرى الزيتونة والجميلة"), as a region word does.
LISTING: frozenset[str] = frozenset({*PLURAL, "بلدتي", "قريتي", "مدينتي", "منطقتي"})
# A quarter of a city: "حي الحمدانية في حلب" is Aleppo's quarter, not a village elsewhere.
QUARTER: frozenset[str] = frozenset({"حي", "احياء", "ضاحيه"})
# A city's adjective right after a place's name says whose it is: "حي جوبر الدمشقي" (the
# Damascene Jobar) is the quarter of Damascus, not the village جوبر of Homs, even when the
# article's other places are in Rif Dimashq; "حي الشعار الحلبي" is Aleppo's. The adjective
# (written with ال, in the matching form without it) and the governorate of its city.
CITY_ADJECTIVES: dict[str, str] = {
    "دمشقي": "SY01", "دمشقيه": "SY01", "حلبي": "SY02", "حلبيه": "SY02",
    "حمصي": "SY04", "حمصيه": "SY04", "حموي": "SY05", "حمويه": "SY05",
}

# -- ordinary words -------------------------------------------------------------------------
# Ordinary words that are also the name of some village: a place only after a word of TOWN
# ("بلدة سلمى"), never alone.
STOP: frozenset[str] = frozenset({
    # directions and sizes
    "شمالي", "جنوبي", "غربي", "شرقي", "شمال", "جنوب", "غرب", "شرق", "وسط", "اوسط",
    "غربيه", "شرقيه", "شماليه", "جنوبيه", "فوقاني", "تحتاني", "جديده", "قديمه", "كبير",
    "صغير", "كبيره", "صغيره", "جديد", "قريب", "بعيد",
    # kinds of place and landmarks
    "مدينه", "قريه", "بلده", "حي", "مخيم", "منطقه", "ناحيه", "ريف", "باديه",
    "محافظه", "سوق", "مركز", "جبل", "تل", "تله", "وادي", "عين", "دير", "طريق", "مطار",
    "معسكر", "نقطه", "نقاط", "قاعده", "مشفي", "مدرسه", "جامع", "ساحه", "جسر", "سد", "نهر",
    "بحر", "قلعه", "مزرعه", "معمل", "محطه", "مخفر", "منزل", "مقبره", "حقل", "رصيف", "زاويه",
    "دوار", "حاجز", "محور", "جبهه", "خط", "مواقع", "صناعه", "مقاطعه",
    # times and dates
    "يوم", "اليوم", "امس", "ثلاثاء", "اربعاء", "خميس", "جمعه", "سبت", "احد", "اثنين",
    "تشرين", "اذار", "ايار", "شباط", "حزيران", "تموز", "نيسان", "ايلول", "كانون", "عام",
    "منتصف", "نهايه", "بدايه", "مطلع", "اواخر", "ليل", "صباح", "مساء", "عصر", "ضحي",
    "غروب", "شروق", "ظهر",
    # countries and peoples
    "سوريا", "سوريه", "تركيا", "عراق", "لبنان", "اردن", "روسيا", "ايران", "عرب", "عربي",
    "شام", "جمهوريه", "شعب", "كرديه",
    # English directions and place words: "eastern Deir ez-Zor" is no village "Eastern Deir".
    "eastern", "western", "northern", "southern", "central", "north", "south", "east", "west",
    "city", "town", "village", "province", "countryside", "war",
    # the vocabulary of news about the war
    "جيش", "قوات", "دوله", "مصادر", "شهداء", "شهيد", "مجلس", "حكومه", "اهالي",
    "طياره", "الطياره",  # the plane, in a witness's words: "الطيارة نزلت لتحت"
    "ناشطون", "مراسل", "معارضه", "نظام", "دفاع", "مدني", "حرب", "عمليه", "قصف", "غاره",
    "اشتباك", "هجوم", "اتفاق", "هدنه", "خرق", "عسكري", "عسكريه", "فرقه", "حربيه", "عدوان",
    "جروح", "حالات", "وقف", "مجموعه", "وزاره", "بلديه", "فعاليات", "عالقين",
    "انسانيه", "طبيه", "اسلاميه", "وطني", "وطنيه", "عامه", "خاصه", "دولي", "دوليه",
    "اتحاد", "تحرير", "بعث", "اسد", "باسل", "سلميه", "سلميا", "سلمي",
    # names and ideals that villages share
    "نصر", "حريه", "ثوره", "كرامه", "سلام", "امن", "عمر", "سلامه", "وحده", "زهراء", "فرقان",
    "هدي", "نور", "امل", "فجر", "ربيع", "صالحيه", "خضراء", "بيضاء", "حمراء", "عوده", "نجاح",
    "قدس", "شهباء", "فرات", "عاصي", "خابور", "حميديه", "حامديه", "ضيف", "علي", "فداء",
    # other ordinary words
    "بدا", "صور", "طفله", "جبليه", "وعره", "متن", "صفه", "سعر", "عتبه", "سكر", "مقبله",
    "بشريه", "ضمان", "سلسله", "عليه", "الا", "متوسطه", "معيشيه", "دور", "فعلي", "بنين",
    "شمسيه", "بهم",
    # "upper": the adjective of a body's name ("الهيئة العليا للمفاوضات"، "اللجنة العليا"،
    # "المحكمة العليا"), folded like the village "العلياء".
    "عليا",
    # Listed before these lists were compared in their matching form, and so never used:
    # "عشائر", "هيئه", "رئيس". Add them (as written) after measuring with newswatch eval.
})
# "قرية X قرب مدينة Y", "قرى بمحيط مدينة Y": like a direction, a village located by a town.
# (Joined by "و" they begin a list's next item: "قرية X وأطراف بلدة Y" is the village and the
# town's edge, not a village by the town.)
NEAR: frozenset[str] = frozenset({"قرب", "محيط", "اطراف", "ضواحي"})
# Right before a sub-district's word ("قرب ناحية الدرباسية"، "أطراف ناحية عامودا"), they make
# it the town that heads it: one is near or at the edge of a town, not of an area.
# Places that a town locates: "قرية غرب مدينة دير الزور", "محطة العزبة شمال مدينة دير الزور"
# are in the country around the town (its district or sub-district), not in the town.
LOCATED_BY_TOWN: frozenset[str] = frozenset({
    "قريه", "بلده", "قري", "بلدات", "قريتي", "بلدتي", "مزرعه", "محطه", "حاجز", "معسكر",
    "تله", "تلال", "حقل", "سد",
    # the desert around a town: "في البادية جنوب شرق مدينة تدمر" is Tadmur's district
    "باديه",
})
# Directions: "شرق"/"الشرقي" before a name makes it a landmark ("قرية غرب مدينة دير الزور"),
# and never a village on its own ("قرية غرب X" is not the village الغرب).
DIRECTIONS: frozenset[str] = frozenset({
    "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي", "شرقيه", "غربيه",
    "شماليه", "جنوبيه",
})
# Ordinary words (nouns, verbs, adjectives, people's first names, places abroad) that are also
# the name of some Syrian village. Found by listing the single-word village names that occur
# in the shared labelled texts and are no gold place there, then keeping the ones that are
# everyday Arabic (bench/place_words.py lists the candidates). Such a word is a place only
# with evidence: a word of TOWN before it ("قرية كشف") or the governorate or district right
# after it ("كشف بريف حمص", "كشف، حمص").
ORDINARY: frozenset[str] = frozenset({
    # nouns and adjectives of news writing
    "سهم", "سجن", "كشف", "صوره", "مسجد", "قاضي", "قصر", "ملك", "حدث", "كليه", "واسطه",
    "سيد", "سيده", "ابرز", "طويله", "طويل", "دار", "مخرج", "اهداف", "منزله", "عالميه",
    "اسقاط", "كريم", "صراع", "دوره", "درجه", "فوز", "هويه", "سبيل", "سياحه", "مال", "مشهد",
    "عديده", "شيوخ", "صنع", "سرايا", "عاليه", "كنيسه", "كنايس", "عباره", "جدل", "معروفه",
    "رده", "كاس", "حلول", "خلاله", "مرتين", "ثروه", "نجم", "علما", "صحيه", "بارد", "بارده",
    "نقيب", "عابره", "اربعين", "مكتبه", "نهج", "طوال", "عبه", "عارضه", "زراعه", "مقتله",
    "نهضه", "ابنه", "غريب", "غريبه", "وحشيه", "عاجله", "عريضه", "جمله", "حينه", "مشرفه",
    "مظلوم", "برد", "شوري", "مشاهده", "بركه", "سعاده", "دخان", "زبد", "حزينه", "حلوه",
    "كوكب", "مباركه", "ظهيره", "صباحيه", "زرقاء", "دره", "عادله", "بقعه", "شكر", "عمره",
    "عبوديه", "جيل", "خريطه", "عيون", "ضخم", "قلم", "حزم", "اخوه", "مرتفعه", "عروبه",
    "هوي", "ميل", "قطعه", "ذهبيه", "دعمه", "معلقه", "سور", "حاضره", "نيف", "خلفه", "قنوات",
    "ثلاثيه", "عثمانيه", "جبه", "هبه", "عطشان", "صياد", "مندوب", "معامل", "سفح", "منكوبه",
    "جيد", "كيلو", "ساق", "حمام", "بساتين", "تفاحه", "مصريه", "قطريه", "تونسيه", "امين",
    # "أطراف البلدة المطلة على النهر": overlooking; "في منطقة المزارع جنوب المدينة": the farms
    "مطله", "مطل", "مزارع",
    # "من بين الشهداء طفلان والمسنة فلانة": the elderly woman (a village's name too)
    "مسنه",
    # sub-district names that are ordinary words too (a sub-district's name alone counts as
    # a place: "هجوم كيماوي على النشابية")
    "زياره", "حاضر", "جلاء", "مهين", "قبو", "ملح", "راعي", "شجره", "روضه", "تبني", "شين",
    "حاجب", "ناصره", "سوسه", "حديده", "كريمه", "هنادي", "سبخه", "عريشه", "فاخوره", "دانا",
    "شقا", "سبه", "حراك", "منصوره", "عوج", "كسره", "بصيره", "ثوره", "كرامه", "مزرعه",
    # verbs
    "اصبح", "ساعد", "حضر", "تلا", "بارك",
    # people's first names and family names
    "عبد", "مصطفي", "خليل", "خالد", "عباس", "عدنان", "فارس", "سليم", "رشيد", "عمار",
    "جابر", "مسعود", "ريان", "رامي", "غسان", "وايل", "تميم", "نمر", "بدر", "يعرب", "فرج",
    "حداد", "خضر", "اباد",
    # places abroad
    "قاهره", "قطر", "صيدا", "جنين", "كربلاء", "نجف", "انبار", "طايف", "رياض", "حيفا",
    "سليمانيه", "اندلس", "اسكندرون", "سان",
})
# Words that never start or end a place name written in several words: a phrase such as
# "القول إنه" or "على أنه" joins words that only spelled together look like a village
# ("قولانة", "عليانة").
FUNCTION_WORDS: frozenset[str] = frozenset({
    "انه", "انها", "انهم", "علي", "الي", "في", "من", "عن", "مع", "ان", "لا", "لم", "لن",
    "ما", "هو", "هي", "هم", "قد", "كان", "كانت", "بعد", "قبل", "حتي", "او", "ثم", "كما",
    "التي", "الذي", "تي", "ذي", "هذا", "هذه", "ذلك", "تلك", "عند", "منذ", "بين", "كل",
    "قول", "اي", "الا", "ليس", "لكن", "اذا", "له", "لها", "لهم", "به", "بها", "فيه", "فيها",
    # English copy: "a war monitor" is no village Awar.
    "a", "the", "of", "in", "on", "to", "by", "and", "near", "was", "were", "is", "its",
})
# A governorate the gazetteer names "مدينة X" is one city (Damascus): a place there that the
# text puts no closer than the governorate ("حي نهر عيشة جنوبي دمشق"، "محافظة دمشق") is the
# city's community, as ACLED codes it, not the governorate.
CITY_GOVERNORATE_HEAD: str = "مدينة "
# Prepositions as written, with their final ى: such a word never goes on a name of several
# words. The gazetteer's names spell the man's name علي with ي ("تل علي"، "الشيخ علي"), and
# folded alike, "في مدينة التل على المدعو" would read as the village تل علي of Aleppo.
PREPOSITIONS_AS_WRITTEN: frozenset[str] = frozenset({"على", "إلى", "الى", "حتى", "لدى"})
# Words allowed between a place and the place that qualifies it: "حي X بمدينة Y",
# "بلدة X في ريف Y", "قرية X الواقعة شرق مدينة Y", "X وسط مدينة Y".
QUALIFIER_GAP: frozenset[str] = frozenset({
    "في", "ريف", "ريفي", "مدينه", "منطقه", "محافظه", "ناحيه", "باديه", "وسط", "داخل",
    "قرب", "واقعه", "واقع", "تابعه", "تابع", "اطراف", "محيط", "ضمن",
    # the dual and the plural, after a pair or a list: "قريتي X وY التابعتين لناحية Z"
    "تابعتين", "تابعين", "تابعتان", "تابعان", "تابعون", "واقعتين", "واقعين", "واقعتان",
    "واقعان",
}) | DIRECTIONS
# Articles of place names written in Latin letters ("al-Bab", "Deir ez-Zor").
LATIN_ARTICLES: frozenset[str] = frozenset({"al", "el", "as", "ar", "ash", "az", "at", "ad",
                                            "an", "ath", "ez"})

# -- not the scene: as written ------------------------------------------------------------
# Words shortly before a place that say the event did not happen there: where the wounded
# were taken ("نقلوا إلى مشفى مدينة إدلب"), where people go ("باتجاه محافظة إدلب"), where
# attackers are based ("المنتشرة في ريف إدلب"), a street named after a town ("شارع تل
# أبيض"), a neighbour ("المجاورة"), a town a crowd hails ("تحيي صمود حماة"). The next
# item of a list after such a place is no scene either ("تحيي صمود حماة وجسر الشغور").
# ... but a hospital struck is the scene: "قصف مدفعي استهدف مشفى الأتارب الجراحي" (one of
# these right before the hospital's word).
HOSPITAL_STRUCK_BEFORE: tuple[str, ...] = (
    "استهدف", "استهدفت", "استهدفوا", "استهداف", "قصف", "قصفت", "قصفوا", "طال", "طالت",
    "ضرب", "ضربت", "غارة على", "غارات على", "قصف على", "هجوم على",
)
# What a crowd stands with, in its noun and in its verb ("تضامناً مع بلدة X"، "نادت بإسقاط
# النظام وتضامنت مع X"، "نصرة لحي X"): another town, not where the crowd marched
# (pipeline.rules.scenes reads it too).
CROWD_STANDS_WITH: tuple[str, ...] = (
    "تضامنا مع", "تضامناً مع", "نصرة", "تضامنت مع", "تضامنوا مع", "تتضامن مع", "يتضامن مع",
    "يتضامنون مع", "متضامنة مع", "متضامنين مع", "متضامنا مع", "متضامناً مع", "التضامن مع",
)
ELSEWHERE_BEFORE: tuple[str, ...] = (
    "مشفى", "مشفي", "مستشفى", "مستشفي", "مشافي", "مشافى", "شارع", "باتجاه", "نحو",
    "المنتشرة في", "المتمركزة في", "المتواجدة في", "الموجودة في", "القادمة من", "مصدره",
    "مصدرها", "المحاذية", "المحاذي", "المجاورة", "المتاخمة",
    # the same of the fighters themselves: "الإرهابيين المنتشرين في محيط بلدتي X وY"
    "المنتشرين في", "المنتشرون في", "المتمركزين في", "المتمركزون في", "المتواجدين في",
    "المتواجدون في", "الموجودين في", "الموجودون في",
    # where people come from ("مختطفين من أبناء محافظة السويداء"), or live ("بين سكان مدينة
    # بانياس": who fled, not where it happened); who the victims are, told after the
    # incident ("وهما من أهالي بلدة X"، "وينحدر من قرية Y"), names where they lived, not the
    # scene. (Not "من أهالي" alone: "خرج المئات من أهالي مدينة X" is the crowd's own town.)
    "أبناء", "ابناء", "سكان", "هو من أهالي", "هي من أهالي", "هم من أهالي", "هما من أهالي",
    "هو من اهالي", "هي من اهالي", "هم من اهالي", "هما من اهالي", "ينحدر من", "تنحدر من",
    "ينحدرون من", "المنحدر من", "المنحدرين من", "يتحدر من", "تتحدر من", "يتحدرون من",
    "المتحدر من", "المتحدرين من",
    # what a crowd hails or stands with ("لافتات تحيي صمود مدينة X"، "تضامناً مع بلدة X"):
    # another town, not where the crowd marched
    "تحيي", "يحيي", *CROWD_STANDS_WITH,
    # where a movement spreads to ("الاحتجاجات في مدينة X .. وتمتد إلى ريف Y"): the
    # incident the report leads with is where it started
    "يتسع إلى", "يتسع الى", "تتسع إلى", "تتسع الى", "اتسع إلى", "اتسع الى", "اتسعت إلى",
    "اتسعت الى", "يمتد إلى", "يمتد الى", "تمتد إلى", "تمتد الى", "امتد إلى", "امتد الى",
    "امتدت إلى", "امتدت الى",
    # where a movement is said to have spread from ("لم تقتصر الاحتجاجات على المدينة، إذ خرج
    # العشرات في X"): told before, the places named after it are the new scenes (not
    # "اقتصرت الاشتباكات على أطراف البلدة", which places them)
    "لم تقتصر", "لم يقتصر", "لا تقتصر", "لا يقتصر",
    # where reinforcements set out from ("وصلت تعزيزات من بلدات X وY"), and where a side still
    # holds out ("القوات لا تزال تتحصن في مطار X"): a base, not where the fighting was
    "تعزيزات من", "تتحصن في", "يتحصن في", "يتحصنون في", "المتحصنة في", "المتحصنين في",
)
# ... but a street named and then placed in a town ("في شارع الروضة بمدينة جرمانا"، "شارع
# بغداد في حمص") is in that town: the town is the scene. The street words of ELSEWHERE_BEFORE
# that a joining word ("بـ"، "في") after the street's name places so.
STREET_IN_TOWN: tuple[str, ...] = ("شارع",)
# A news outlet named after its town or region is a source, never a scene: "قالت مصادر
# لـ«دير الزور 24»"، "وأفاد مراسل السويداء 24"، "نشرت شبكة أخبار حلب"، "صفحة أخبار اللاذقية".
# The town of such a name is no place at all (not where anything happened, nor a hint of
# the governorate). Words right before a name that make it an outlet's (a quote may stand
# between; و، ف، ب، ل may be joined to the word):
OUTLET_BEFORE: tuple[str, ...] = (
    "شبكة", "شبكه", "شبكة أخبار", "شبكه اخبار", "شبكة اخبار", "صفحة", "صفحه", "صفحة أخبار",
    "صفحه اخبار", "صفحة اخبار", "موقع أخبار", "موقع اخبار", "إذاعة", "اذاعة", "راديو",
    # "قال شهود لـ"صوت كوباني""، "صوت العاصمة": outlets named the voice of a town.
    "صوت",
)
# ... and outlets whose name is a town and a borrowed word for "news", "press", "post":
# "قال لـ«كوباني برس»"، "أفادت حلب نيوز"، "حمص ميديا". Words right after the town's name.
OUTLET_AFTER: tuple[str, ...] = ("برس", "بريس", "نيوز", "بوست", "ميديا", "تايمز", "تايم",
                                 "توداي", "press", "news", "post", "media", "times")
# A town whose name is also an everyday noun, in that noun's set phrases: "قد يفتح الباب أمام
# محاولات فرار"، "أغلقت الباب أمام الحل"، "ترك الباب مفتوحاً" speak of a door, not of the town
# al-Bab. The name as written (without و), then the words right before it that make it the
# noun (without و، ف، ل), and the words right after it that do.
NOUN_PHRASES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "الباب": (
        ("فتح", "يفتح", "تفتح", "فتحت", "افتح", "أفتح", "يفتحون", "إغلاق", "اغلاق", "أغلق",
         "اغلق", "أغلقت", "اغلقت", "يغلق", "تغلق", "قفل", "أقفل", "اقفل", "يقفل", "تقفل",
         "سد", "يسد", "تسد", "سدت", "أوصد", "اوصد", "يوصد", "توصد", "أوصدت", "يطرق",
         "تطرق", "ترك", "يترك", "تترك", "تركت", "وارب", "مواربة"),
        # (a word's start: "مفتوح" covers "مفتوحاً", "أمام" covers "أمامهم")
        ("أمام", "امام", "في وجه", "بوجه", "مفتوح", "مغلق", "موصد", "موارب", "على مصراعيه"),
    ),
}
# A de-escalation zone named after a governorate ("منطقة إدلب لخفض التصعيد" spans parts of
# four governorates) is no place: the words right after a name that make it a zone's.
ZONE_AFTER: tuple[str, ...] = ("لخفض التصعيد", "لخفض التوتر", "لوقف التصعيد")
# The capital named as the government that sits there: "ودمشق تعزز انتشارها"، "دمشق ترفض"
# (a headline's second part, no act and no scene). The capital, without a marker word
# ("مدينة دمشق تشهد" stays a place), then right after it one of these verbs of a state
# (present tense, as written; a word's start, so "تعزز" covers "تعززه").
GOVERNMENT_SEATS: tuple[str, ...] = ("دمشق", "ودمشق")
STATE_VERBS_AFTER: tuple[str, ...] = (
    "تعزز", "تتهم", "تنفي", "ترفض", "تدين", "تحذر", "تطالب", "تعلن", "ترحب", "ترد على",
    "تؤكد", "توافق", "تهدد", "تتوعد", "تستنكر", "تحمل", "تدعو", "تنتقد", "تعتبر", "تقول",
    "تبلغ", "تتمسك", "تلوح", "تشترط", "تعيد",
)
# The same government named after its verb (scenes, not places, are what this one bars): a
# city (most often the capital) right after a verb of statement, bare, with no place word
# ("في حين نفت دمشق أي علاقة لها"، "واتهمت دمشق المعارضة"، "أعلنت دمشق"): the government
# that speaks, not a place where anything happened. The verbs in the feminine a city takes,
# as written without و.
CAPITAL_SPEAKS_AFTER: tuple[str, ...] = (
    "نفت", "تنفي", "اتهمت", "تتهم", "أعلنت", "اعلنت", "تعلن", "قالت", "تقول", "أكدت",
    "اكدت", "تؤكد", "حذرت", "تحذر", "طالبت", "تطالب", "رفضت", "ترفض", "ردت", "ترد",
    "أدانت", "ادانت", "دانت", "تدين", "نددت", "تندد", "اعتبرت", "تعتبر", "وصفت", "تصف",
    "حملت", "تحمل", "أعربت", "اعربت",
)
# Outlets named "<town> 24": the number right after a name makes it an outlet's where the
# name is quoted ("«درعا 24»"، "“ديرالزور 24”") or follows a reporter or a source
# ("مراسل الشرقية 24"، "مصادر السويداء 24"); "قتل في درعا 24 شخصاً" stays a count.
OUTLET_NUMBERS: tuple[str, ...] = ("24",)
OUTLET_SOURCE_BEFORE: tuple[str, ...] = (
    "مراسل", "مراسلة", "مراسلو", "مراسلي", "مصادر", "مصدر", "لـ", "حسب", "بحسب", "وفق",
)
# Adjectives that describe a town after its name and continue no name: "مدينة سراقب
# الاستراتيجية في ريف إدلب" is Saraqib, not an unknown "سراقب الاستراتيجية" (in the
# matching form of the place scanner: normalised, without the article).
DESCRIPTIVE: frozenset[str] = frozenset({
    "استراتيجيه", "استراتيجي", "محاصره", "محاصر", "حدوديه", "حدودي", "محرره", "ساحليه",
    "ساحلي", "منكوبه", "مجاوره", "مجاور", "قريبه", "قريب", "هامه", "مهمه", "رئيسيه",
    "صغيره", "كبيره", "واقعه",
})
# A wire dateline: the town that opens a report, then the agency in brackets and a dash
# ("DAMASCUS (Reuters) -"، "BEIRUT, Feb 27 (AFP) -"، "دمشق (رويترز) -"), is where the report
# was filed, not where its event happened (a town the body names again is). These are what
# may stand between the town and the bracket (a date after a comma), as a regular
# expression, and the most characters the agency's name has.
DATELINE_DATE: str = r"(?:,[^()\n]{0,30})?"
DATELINE_AGENCY: int = 30
# A dateline without an agency names the country instead, then the date and the dash
# ("QAMISHLI, Syria, Aug 19 -"، "القامشلي، سوريا -"): as a regular expression after the town.
DATELINE_COUNTRY: str = r"\s*[,،]\s*(?:Syria|سوريا|سورية)\b[^()\n\-–—]{0,20}[-–—]"
# ... or only a dash, as local outlets open a report ("دير الزور – استشهد مقاتلان ...",
# "حمص – «الفجر»"): as a regular expression after the town.
DATELINE_DASH: str = r"[ \t]+[–—-][ \t]"
# A local outlet's report often opens with a line of its own: the town it was filed from,
# a dash and the outlet or the correspondent ("حلب – مراسل الشبكة", "ريف دمشق – سقبا",
# "بيروت – «المستقبل العربي»"). That line is no sentence of the report: its lead is the
# sentence after it (``pipeline.events.places.dateline_line``: stories read the sites of
# that lead, the extraction dates a headline by it). A dateline line has at most this many
# words ...
DATELINE_LINE_WORDS: int = 7
# ... and is, as a regular expression, a short run of words, a dash between spaces, and
# another short run, with no sentence ending.
DATELINE_LINE: str = r"[^.!?؟\n]{1,50}[ \t]+[–—-][ \t]+[^.!?؟\n]{1,50}"

# English words joined by a hyphen before a name make it an adjective, not a place: "the
# pro-Damascus alliance"، "anti-Assad rebels". (Compared in lower case.)
ADJECTIVE_PREFIXES: tuple[str, ...] = ("pro-", "anti-")
# Verbs of fleeing: "نزحت العائلة مؤخراً من قرية X" names where people came from, up to two
# words and "من" later (compared in the matching form, without diacritics).
FLED_FROM: tuple[str, ...] = ("نزح", "نزحت", "نزحوا", "هجرت", "هجروا", "تهجرت", "فرت", "فروا",
                              "هربت", "هربوا", "نازحه", "نازحين", "نازحون", "النازحين",
                              "المهجرين", "مهجرين",
                              # the dual and the other plurals: "عائلتين نازحتين من ريف X"
                              "نازحتين", "نازحتان", "نازحان", "نازحا", "النازحون", "النازحه",
                              "مهجره", "المهجره", "مهجرون", "المهجرون", "الفارين", "فارين",
                              "الفارون", "هاربين", "الهاربين")
# Where a victim was coming back or coming from when it happened ("انفجرت العبوة لحظة مرور
# سيارته عائداً من اجتماع في بلدة X"، "أثناء عودتهم من عملهم في مدينة X"): one of these, "من",
# then up to RETURNING_REACH words (no comma, no "إلى") before the place, which is no scene.
RETURNING_FROM: tuple[str, ...] = ("عائدا", "عائدة", "عائدين", "عائدون", "عائدتين", "عائدان",
                                   "قادما", "قادمين", "قادمون", "عودته", "عودتها", "عودتهم",
                                   "عودتهما", "ايابه", "ايابهم")
RETURNING_REACH = 5
# Verbs of leaving, the place their object: "نازحون غادروا محافظة X خلال الأحداث" came from
# X (the place right after the verb, or after one place noun: "غادروا مدينة X").
LEFT: tuple[str, ...] = ("غادر", "غادرت", "غادروا", "غادرا", "غادرتا", "يغادرون")
# Where the attackers withdrew or fled to ("فيما انسحب بقية المسلحين نحو مواقعهم في مدينة
# X"، "ولاذوا بالفرار باتجاه بلدة X"): one of these verbs, up to four words, one of
# WITHDREW_TOWARD, then up to WITHDREW_TOWARD_WORDS words before the place ("باتجاه نقطة
# تمركزها في محيط بلدة X"). The place is where they went, not a scene. (Written in the
# matching form: normalised.)
WITHDREW: tuple[str, ...] = ("انسحب", "انسحبت", "انسحبوا", "انسحاب", "تراجع", "تراجعت",
                             "تراجعوا", "فر", "فرت", "فروا", "فرار", "بالفرار", "هرب", "هربوا",
                             "لاذ", "لاذوا", "فرار", "الفارين",
                             # the present after "قبل أن"، "ثم": "قبل أن تنسحب باتجاه نقطة
                             # تمركزها في محيط بلدة X"
                             "ينسحب", "تنسحب", "ينسحبوا", "ينسحبون", "يتراجع", "تتراجع",
                             "يفر", "تفر", "يفروا", "يفرون", "يلوذ", "تلوذ", "يلوذوا",
                             "يهرب", "تهرب", "يهربوا", "انسحابها", "انسحابهم", "انسحابه")
WITHDREW_TOWARD: tuple[str, ...] = ("نحو", "باتجاه", "الي", "صوب")
WITHDREW_TOWARD_WORDS = 4
# What a crowd protests or condemns: a place in that clause (up to PROTESTED_REACH words after
# one of these, no comma between) is what was done elsewhere, not where the crowd was
# ("قطع شبان الطريق في مدينة X احتجاجاً على ما وصفوه باستهداف بلدة Y"، "تنديداً بقصف Z").
# Compared folded (no diacritics, ى as ي); the word goes on ("تنديدا بقصف").
PROTESTED_AGAINST: tuple[str, ...] = ("احتجاجا علي", "تنديدا ب", "استنكارا ل", "رفضا ل",
                                      # the verbal noun after what a crowd demands: "للمطالبة
                                      # بالإفراج عن الموقوفين والتنديد بحادثة X"
                                      "التنديد ب", "الاحتجاج علي")
# (Eight words: what is protested is often a whole clause, "رفضاً لإعادة افتتاح مقر الحزب في
# وسط مدينة X".)
PROTESTED_REACH = 8
# What a crowd carries: a place in the clause after a word of carrying and one of pictures or
# banners (up to CARRIED_REACH words on, no comma between) is where the people pictured were
# held or killed, not where the crowd stood ("نظم العشرات وقفة في بلدة X رفعوا خلالها صور
# معتقلين اعتقلوا على حواجز في مدينة Y"). Folded; the word goes on ("رفعوا"، "حاملين").
CARRIED: tuple[str, ...] = ("رفع", "يرفع", "ترفع", "رافع", "حمل", "يحمل", "تحمل", "حامل")
PICTURES: tuple[str, ...] = ("صور", "لافتات", "لافته", "يافطات", "شعارات")
CARRIED_REACH = 9
# "على محور ربيعة في جبل التركمان"، "قرية X بمنطقة جبل الأكراد": a district or region named
# right after a town, joined only by one of these, is the area the town lies in (whatever
# district the gazetteer files the region's name under), not a second scene of the act.
REGION_OF_TOWN_GAP: tuple[str, ...] = ("في", "ب", "في منطقة", "بمنطقة")
# A crowd that demands a siege be lifted names the besieged town, not its own ("مظاهرة في مدينة
# X تطالب بإسقاط النظام وفك الحصار عن حمص"): a place right after "الحصار عن/على" (a place
# word may stand between) up to DEMANDED_REACH words after a word of demand, no comma
# between. (Without the demand, "تمكنت القوات من فك الحصار عن مطار X" tells a battle there.)
# Compared folded; the demand word goes on ("تطالب"، "مطالبين"، "للمطالبة").
DEMANDED: tuple[str, ...] = ("يطالب", "تطالب", "طالب", "مطالب", "للمطالب", "بالمطالب",
                             "المطالب", "هتف", "يهتف", "تهتف", "نادت", "نادي", "نادوا", "ينادي",
                             "تنادي", "دعت", "دعوا", "تدعو", "يدعو", "داعين", "داعيه")
LIFTED_SIEGE: tuple[str, ...] = ("الحصار عن", "الحصار علي", "حصار", "الحصار المفروض علي")
DEMANDED_REACH = 8
# What the arrested are accused of: a place in that clause (up to ACCUSED_REACH words after
# one of these, no comma between) is where the deed was done, before, not where they were
# arrested ("اعتقلت الشرطة في مدينة X ثلاثة متهمين بنصب كمين لدورية قرب بلدة Y"). Folded.
ACCUSED_OF: tuple[str, ...] = ("متهم", "متهمه", "متهمين", "متهمون", "المتهم", "المتهمين",
                               "بتهمه", "بتهم", "اتهامه", "اتهامها", "اتهامهم")
ACCUSED_REACH = 8
# A town right after these names a road or a quarter named for the road ("حي طريق الباب"),
# not where anything happened; "طريق بلدتي X وY" is the road between towns, and counts.
ROAD_NAMED: tuple[str, ...] = ("طريق", "شارع")
# A place right after another and a direction locates the first: "بلدة X شرق مدينة Y".
LANDMARK_DIRECTIONS: tuple[str, ...] = ("شرق", "غرب", "شمال", "جنوب")
LANDMARK_NOUNS: tuple[str, ...] = ("مدينة", "بلدة", "قرية", "محافظة", "ناحية")
# In a further event's sentence: where the wounded were taken or fire came from.
# ... but a road "leading to" a town ("على الطريق المؤدي إلى بلدة مورك") is where the act
# was: the town it leads to is the nearest named place, and coded. The words before "إلى".
ROAD_LEADING_TO: tuple[str, ...] = ("المؤدي", "المؤدية", "الواصل", "الواصلة")
DESTINATION_BEFORE: tuple[str, ...] = ("مشفى", "مستشفى", "إلى", "الى", "نحو", "باتجاه", "مصدره")
# Forces named for the town they serve: "مركزاً لأسايش الحسكة في القامشلي" is the Hasakah
# Asayish's post in Qamishli, not an event at Hasakah. Without clitics (و، ف، ب، ل، ال).
UNIT_OF_PLACE_BEFORE: tuple[str, ...] = ("أسايش", "اسايش")
# Towns that name a road ("الطريق الدولي حلب – الحسكة") are not where anything happened.
ROAD_BEFORE: tuple[str, ...] = ("طريق", "الطريق الدولي", "أوتوستراد", "اوتوستراد")
# A kunya ("أبو عمر"، "أم خالد") is a person where a speaker's verb or a person's title stands
# right before it ("وتحدث إلينا أبو سمير، صاحب فرن"، "الإعلامي أبو ليث"), though villages bear such
# names too. The heads of a kunya, and the words before it (as written, without "و").
KUNYA_HEADS: tuple[str, ...] = ("أبو", "ابو", "أبي", "ابي", "أم", "ام")
PERSON_BEFORE: tuple[str, ...] = (
    "قال", "قالت", "يقول", "تقول", "أضاف", "اضاف", "أضافت", "اضافت", "أفاد", "افاد", "ذكر",
    "أكد", "اكد", "أوضح", "اوضح", "روى", "يروي", "تروي", "صرح", "أشار", "اشار",
    "الناشط", "الناشطة", "الإعلامي", "الاعلامي", "القيادي", "المدعو", "الشاب", "الحاج",
    "الحاجة", "المواطن", "المواطنة", "المقاتل", "القائد", "المسؤول", "الشيخ", "السيد",
)
# Words that give a person's name ("بينهم متزعم مجموعة يدعى «أبو عمر»"، "شاب يلقب بالحلبي"):
# any name right after them (a quote may stand between) is that person's, not a village of
# the name. Not where a place noun comes shortly before ("في مكان يدعى X"، "قرية صغيرة تدعى
# Y" name a place): NAMED_PLACE_NOUNS. (As written, without "و"/"ف".)
NAMED_BEFORE: tuple[str, ...] = (
    "يدعى", "يدعي", "تدعى", "تدعي", "المدعو", "المدعوة", "الملقب", "الملقبة", "يلقب", "تلقب",
    "الملقب بـ", "يكنى", "المكنى",
)
NAMED_PLACE_NOUNS: tuple[str, ...] = (
    "مكان", "موقع", "منطقة", "منطقه", "قرية", "قريه", "بلدة", "بلده", "مدينة", "مدينه", "حي",
    "تلة", "تله", "تل", "جبل", "وادي", "مزرعة", "مزرعه", "مخيم", "ناحية", "ناحيه", "بقعة",
    "نقطة", "حاجز", "ساحة", "شارع",
)
# "the town" refers back to the last town named with that word: "شابين من أبناء مدينة X ...
# على أطراف المدينة" were taken at X's edge; "بلدة X ... في البادية القريبة من البلدة" is the
# desert by X. The definite place word (as written, without its clitics و، ف، ب، ل) and the
# place word of the name it points back to (in the matching form). Not "الحي": "الرصاص الحي"
# is live fire.
BACK_REFERENCE: dict[str, str] = {
    "المدينة": "مدينه", "المدينه": "مدينه", "البلدة": "بلده", "البلده": "بلده",
    "القرية": "قريه", "القريه": "قريه", "المخيم": "مخيم",
}
# A part of a town told with "its" ("على حاجز عند مدخلها"، "على أطرافها") points back the same
# way, to the last town, city or village its sentence named ("ثلاثة شبان من أبناء مدينة X
# على حاجز عند مدخلها" were seized at X). The word as written, and the place words of the
# names its feminine pronoun may stand for.
PART_WITH_PRONOUN: tuple[str, ...] = (
    "مدخلها", "مداخلها", "أطرافها", "اطرافها", "محيطها", "وسطها", "داخلها", "ضواحيها",
    "شوارعها", "أحيائها", "احيائها", "سوقها", "ساحتها",
)
PRONOUN_PLACE_WORDS: tuple[str, ...] = ("مدينه", "بلده", "قريه")
# "the two villages" and the like refer back to a pair named before in the sentence ("في قريتي
# A وB ... شبان القريتين"), though al-Qaryatayn is a town: such a word after the pair's own
# place word is no place. (The word as written, and the place word before it.)
BACK_TO_PAIR: dict[str, tuple[str, ...]] = {
    "القريتين": ("قريتي",), "البلدتين": ("بلدتي",), "المدينتين": ("مدينتي",),
}


# Where the victim comes from ("خطف شاب من أبناء مدينة شهبا"، "قتل رجل ينحدر من بلدة X") is
# no scene (ELSEWHERE_BEFORE); but where the sentence names no town the act happened in,
# only its governorate or district ("في ريف السويداء الشمالي"), the home town inside that
# region is the nearest place the report gives, and coded. The words right before the town
# (or its place word, HOME_TOWN_NOUNS), as written without و.
HOME_TOWN_BEFORE: tuple[str, ...] = (
    "أبناء", "ابناء", "من أهالي", "من اهالي", "ينحدر من", "تنحدر من", "ينحدرون من",
    "المنحدر من", "المنحدرة من", "المنحدرين من", "يتحدر من", "تتحدر من", "يتحدرون من",
    "المتحدر من", "المتحدرة من", "المتحدرين من",
)
HOME_TOWN_NOUNS: tuple[str, ...] = ("مدينة", "بلدة", "قرية", "حي", "مخيم")


# A round-up opens each item with where it happened: "وفي درعا، أطلقت قوات الأمن النار على
# مظاهرة في بلدة طفس"، "أما في إدلب، فقد خرجت مظاهرات في كفرنبل وبنش". A governorate's name
# put first so (its chief town's name is the same word) heads the item: where the item then
# names a town of that governorate, the town is the scene and the heading none of its own.
# The words before the heading, as written (with "محافظة" or none between).
ITEM_HEAD_BEFORE: tuple[str, ...] = ("في", "وفي", "ففي", "أما في", "وأما في", "اما في",
                                     "واما في")


# -- scenes abroad: in the matching form (tokens as ``language.tokens`` gives them) -------
# Syria's war spills over its borders, and Syrian outlets report the fighting next door: "هجوم
# على مواقع المسلحين في جرود بلدة عرسال اللبنانية"، "سقطت قذائف على أطراف مدينة الهرمل
# البقاعية"، "غارات داخل الأراضي التركية". ACLED codes such an incident under the other
# country, so in news of Syria (SYRIA_NAMED) a sentence that names a scene abroad gives no
# event (``pipeline.events.veto.told_abroad``, ``pipeline.events.classify.analyse``): what else
# it tells is most often the same incident ("سيطروا على عدد من التلال ... داخل الجرود
# اللبنانية"), and its dead are not the article's incident's. A sentence right after one told
# abroad that points back at its town with a word of ABROAD_BACK ("استعادت الوحدات السيطرة
# على تلتين عند أطراف البلدة") goes on with the same incident. A lead told abroad still dates
# the article: the first sentence after it that tells an act in Syria is its incident.
# A place is abroad when one of ABROAD_ADJECTIVES follows a word of ABROAD_LAND ("الأراضي
# اللبنانية"), or a town word of ABROAD_TOWN_WORDS and its name ("بلدة X اللبنانية"، "بلدة
# رأس X اللبنانية"), or when it is one of ABROAD_TOWNS: towns across the border that Syrian
# news names without their country ("معارك عرسال"). A Syrian village of the same name must
# not be listed there (الهرمل is also a village of Tartus; القصر, القائم too).
ABROAD_ADJECTIVES: frozenset[str] = frozenset({
    "اللبنانيه", "البقاعيه", "العراقيه", "التركيه", "الاردنيه",
})
# A region of a neighbouring country named with its masculine adjective: "غارة على منزل في
# البقاع اللبناني"، "في الجنوب اللبناني"، "في الشمال العراقي"، "في العمق التركي". Only after a
# word of ABROAD_REGIONS: elsewhere the masculine adjective names an army or a side acting in
# Syria ("قصف الجيش التركي"، "أعلن الجانب التركي").
ABROAD_REGION_ADJECTIVES: frozenset[str] = frozenset({
    "اللبناني", "العراقي", "التركي", "الاردني",
})
ABROAD_REGIONS: frozenset[str] = frozenset({"البقاع", "الجنوب", "الشمال", "العمق", "الداخل"})
# (A word of ABROAD_LAND may carry one proclitic: "بالعاصمة التركية أنقرة"، "في الأراضي
# اللبنانية"; a country's capital named by its adjective is abroad as its lands are.)
ABROAD_LAND: frozenset[str] = frozenset({"الاراضي", "الجرود", "البلدات", "القري", "المدن",
                                         "العاصمه"})
ABROAD_TOWN_WORDS: frozenset[str] = frozenset({
    "مدينه", "بلده", "قريه", "بلدات", "قري", "مخيم", "مخيمات", "جرود", "ولايه",
})
ABROAD_TOWNS: frozenset[str] = frozenset({"عرسال", "بعلبك"})
# The same adjective without its article, right after a town word, names an unnamed town
# abroad: "غارة إسرائيلية على بلدة لبنانية قرب الحدود"، "قصف قرى عراقية" (a headline often
# names the town so, and the lead names it "بلدة X اللبنانية"). (Not after other nouns:
# "مواقع تركية"، "قوات عراقية" are positions and forces, which may well be in Syria.)
ABROAD_INDEFINITE_ADJECTIVES: frozenset[str] = frozenset({
    "لبنانيه", "بقاعيه", "عراقيه", "تركيه", "اردنيه",
})
# A neighbouring country named as the scene, right after a word of ABROAD_COUNTRY_BEFORE: "قصفت
# مسيرات تركية مواقع في إقليم كردستان العراق"، "غارات على جنوب لبنان". (Not with Syria named
# right after it, up to ABROAD_COUNTRY_WITH words on: "في شمالي العراق وسوريا" may be either.)
ABROAD_COUNTRIES: frozenset[str] = frozenset({"العراق", "لبنان", "تركيا", "الاردن"})
ABROAD_COUNTRY_BEFORE: frozenset[str] = frozenset({
    "في", "كردستان", "اقليم", "شمال", "شمالي", "جنوب", "جنوبي", "شرق", "شرقي", "غرب", "غربي",
    "داخل", "وسط",
})
ABROAD_COUNTRY_WITH = 2
# Syria so named after the country: "سوريا"، "السوري", or the Levant, "الشام" ("«الدولة
# الإسلامية في العراق والشام»" is the group's name, not a scene in Iraq).
ABROAD_COUNTRY_SYRIA: tuple[str, ...] = ("سوري", "الشام")
# Only in news of Syria: an article that names Syria or Syrians with one of these (as written,
# any case). Regional news of Lebanon or Iraq reports their incidents as its own.
SYRIA_NAMED: tuple[str, ...] = ("سوري", "سورى", "Syria")
ABROAD_BACK: frozenset[str] = frozenset({
    "البلده", "للبلده", "بالبلده", "والبلده", "المدينه", "للمدينه", "بالمدينه", "والمدينه",
    "القريه", "للقريه", "بالقريه", "والقريه", "البلدات", "القري",
})
# A sentence that names a town of its own by a town word and its name ("ففي مدينة عفرين، هاجم
# محتجون ... وفق مصادر طبية في المدينة") tells of that town: its "المدينة" points at it, not back
# at the town abroad of the sentence before. One of these words (as a token, with or without one
# proclitic) before the word of ABROAD_BACK keeps the sentence at home.
ABROAD_BACK_OWN_TOWN: frozenset[str] = frozenset({"مدينه", "بلده", "قريه", "مخيم", "بلدات", "قري"})
# The place abroad is where the act came from or went to, not where it happened, when one of
# these stands between the act and the place, before any word of the scene (ABROAD_SCENE):
# "عدوان صاروخي انطلاقاً من الأجواء الواقعة شمال غرب طرابلس اللبنانية"، "مسلحون قدموا من
# جرود عرسال"، "تهريب نحو الأراضي التركية". Looked for up to ABROAD_REACH words before the
# place.
ABROAD_FROM: frozenset[str] = frozenset({
    "انطلاقا", "قدموا", "قادمون", "تسللوا", "تسلل", "مصدرها", "مصدره", "نحو", "الي",
    "باتجاه", "اتجاه", "قادمه", "قادما", "قادمين", "عبر",
})
# "من" says where from only right before the place ("قذائف أطلقت من الأراضي اللبنانية"، "من
# جرود عرسال"), not further back ("قتل عدد من المسلحين ... في عرسال").
ABROAD_FROM_NEXT: frozenset[str] = frozenset({"من"})
ABROAD_SCENE: frozenset[str] = frozenset({"في", "علي", "داخل", "ضمن", "اطراف", "محيط"})
ABROAD_REACH = 8

# A city named with "لـ" after a definite adjective of direction ("الغوطة الشرقية لدمشق"،
# "الغوطتين الشرقية والغربية لدمشق"، "الريفين الشمالي والغربي لحلب"، "الضاحية الجنوبية
# لبيروت") says whose surroundings the place before it is: "of Damascus", not an event in
# the city. The adjectives' stems; "ال" before them, and their endings, are read by the code.
CITY_OF_AROUND_BEFORE: tuple[str, ...] = ("شرقي", "غربي", "شمالي", "جنوبي")

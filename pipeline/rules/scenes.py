"""Which events are coded once per place, and which places are no scene.

ACLED codes one event per location and sub-event type: "براميل على تلبيسة، تلاها قصف
مدفعي" is an air strike and a shelling in Talbiseh, and "قصف على كفرزيتا واللطامنة" two
shellings. ``pipeline.events.scenes`` adds those events; these lists say where it may.

To have another sub-event type coded per place, add it to PER_PLACE. To stop a kind of
mention from being taken for a scene, add the words that come right before it to
NOT_SCENE_BEFORE (written as in ordinary Arabic).
"""

from __future__ import annotations

# Sub-event types that are coded once per place they happened in.
# (Abductions are left out: a raid's "جهة مجهولة" is one event wherever its people came from.)
PER_PLACE: frozenset[str] = frozenset({
    "Armed clash",
    "Air/drone strike",
    "Shelling/artillery/missile attack",
    "Remote explosive/landmine/IED",
    "Suicide bomb",
    "Grenade",
    "Chemical weapon",
    "Attack",
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
    "Arrests",
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
})

# The noun of control names a takeover only with what was taken ("سيطرتها على قرى"); alone
# it is who holds a place ("مناطق سيطرة النظام"، "يكرس سيطرة النظام على المنطقة"): no
# further scene.
# These are the noun's forms (normalised: ة as ه); TAKEN_WHAT the words that say what.
CONTROL_NOUNS: tuple[str, ...] = ("سيطره", "السيطره", "لسيطره", "بسيطره", "وسيطره",
                                  "سيطرتها", "سيطرته", "سيطرتهم", "سيطرتنا")
TAKEN_WHAT: tuple[str, ...] = ("علي", "على")

# Institutions named after their town ("قيادة شرطة حماة", "مديرية صحة درعا"), and the
# reporters whose town a report names ("مراسل الوكالة في اللاذقية"): that town is no scene.
INSTITUTIONS: tuple[str, ...] = ("شرطة", "شرطه", "مديرية", "مديريه", "محافظ", "مجلس", "جامعة",
                                 "جامعه", "صحة", "صحه")
REPORTERS: tuple[str, ...] = ("مراسل", "مراسلنا", "مراسلة", "مراسلو")

# Words right before a place that make it where fire came from, where forces are based,
# where people came from or went to: not where the event happened.
NOT_SCENE_BEFORE: tuple[str, ...] = (
    "المتمركزة في", "المتمركزة ب", "المتواجدة في", "المتواجدة ب", "الموجودة في",
    "المنتشرة في", "مواقعها في", "مواقعها ب", "انطلاقا من", "مصدره", "مصدرها",
    "نزحت من", "نزح من", "نازحين من", "مهجري", "مهجرين من", "القادمة من", "قادمة من",
    "القادمين من", "إلى مشفى", "الى مشفى", "إلى مستشفى", "الى مستشفى", "نقل إلى",
    "نقلوا إلى", "باتجاه", "نحو", "طريق", "أوتوستراد", "اوتوستراد", "أهالي", "ابن",
    "أبناء", "من أهالي", "ينحدر من", "تنحدر من", "المنحدر من", "مقيم في", "يقيم في",
    # A landmark that locates the scene named before it: "قرية معرة موقص قرب مدينة كفرنبل".
    "قرب", "بالقرب من", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
    "ريف", "بريف", "ضواحي", "أطراف", "اطراف", "مقاطعة", "منطقة",
    # The ends of a road or a front: "على الطريق الواصل بين مدينة قامشلو وقرية الهلالية".
    "بين",
    # Where attackers came from: "مسلحون عبروا النهر من قريتي محكان والقورية".
    "عبروا النهر من", "عبروا نهر الفرات من", "قادمين من", "تسللوا من", "انطلقوا من",
    # A town named by an institution or a group of it: "قيادة شرطة حماة", "تنسيقية دوما".
    *INSTITUTIONS, "تنسيقية", "تنسيقيات",
    # Where a victim comes from: "استشهد مواطن من بلدة الصبحة برصاص حرس الحدود".
    "مواطن من", "مواطنة من", "مواطنين من", "شاب من", "شابان من", "مدني من", "مدنيين من",
    "رجل من", "امرأة من", "سيدة من", "طفل من", "طفلة من", "عائلة من",
    # Where people live or fled from, and what a crowd chanted for: not where it happened.
    "سكان", "نازحة من", "نازحين من", "النازحين من", "المهجرين من", "تحيي", "هتافات",
    "تضامنا مع", "تضامناً مع", "نصرة", "شارع", "دوار", "ساحة",
    # Where the reporter is: "وذكر مراسل الوكالة في دير الزور".
    *REPORTERS,
)

# Words that open a clause about another act in the same sentence: the places after them
# belong to that act ("اشتباكات …، فيما ردت الميليشيا بقصف على قريتي محكان والقورية").
CLAUSE_OPENERS: tuple[str, ...] = ("فيما", "وفيما", "بينما", "وبينما", "في حين", "وفي حين",
                                   "تلاها", "تلاه", "ثم", "بعد أن", "وبعد أن", "قبل أن")

# Words that, anywhere shortly before a place, make it where fire came from:
# "انطلاقاً من مواقعهم في محيط بلدة البصيرة".
SOURCE_BEFORE: tuple[str, ...] = ("انطلاقا من", "انطلاقاً من", "مصدره", "مصدرها",
                                  "من مواقعهم", "من مواقعها", "المتمركزة", "المتمركزين")

# Sentences about what keeps happening, not about today: "وتتعرض المدينة بين الحين والآخر".
RECURRING: tuple[str, ...] = ("بين الحين والآخر", "بين الحين والاخر", "بشكل متكرر", "متكرر",
                              "باستمرار", "يوميا", "يومياً", "بشكل يومي")

# Words that, anywhere shortly before a place, make it where the wounded were taken:
# "نقلت المصابة إلى مشفى آفرين في ناحية فافين".
TREATED_BEFORE: tuple[str, ...] = ("مشفى", "مستشفى", "المشفى", "المستشفى", "نقل", "نقلت",
                                   "نقلوا", "إسعاف", "اسعاف", "مشافي")

# A list of this many names joined by "و" ("مواقع القوات في جورين وكفرهود والشريعة") is a
# list of places even when no place noun ("قرية"، "بلدة") comes before it.
LONG_LIST = 3

# A sentence that only says where the dead of the acts just told fell ("سقط القتلى في كل من
# اليعربية وصرين") places those acts; one with these words tallies instead ("عدد الضحايا
# الأكبر كان في دير الزور"): its places are no scenes.
TALLY_WORDS: tuple[str, ...] = ("عدد", "اعداد", "أعداد", "حصيلة", "حصيله", "إجمالي", "اجمالي",
                                "مجموع", "الأكبر", "الاكبر")

# Words that open a list of places: every name after them is a place ("في كلٍّ من").
LIST_OPENERS: tuple[str, ...] = ("كل من", "كلا من")

# Background words that date the weapon, not the act: a mine "من مخلفات داعش" blows up
# today. A sentence with only these of the background cues still reports a scene.
WEAPON_PAST: tuple[str, ...] = ("مخلفات",)

# "كان" opening a sentence makes it context ("وكانت قوات النظام قد سيطرت ..."), unless no
# "قد" follows: "وكان استشهد عدد من المدنيين جراء غارات على ..." tells the day's events.
NARRATING_OPENERS: tuple[str, ...] = ("وكان", "وكانت", "كان", "كانت")
PLUPERFECT_MARK = "قد"

# Types whose sub-type is how one crowd's protest went: a second sub-type at the same place
# is the same protest, not another event.
ONE_PER_PLACE_TYPES: frozenset[str] = frozenset({"Protests", "Riots"})

# An event of the same sub-type this close is the same scene told twice (a quarter the
# gazetteer lists as a community of its own, and its town); neighbouring villages are
# further apart than this and are coded apart.
SAME_SCENE_KM = 3.0

# Beside an air strike in one sentence, shelling is another attack only when these words
# name it ("تلاها قصف بالمدفعية"); "قصف جوي بالبراميل" and "رشقات من الصواريخ" are the
# aircraft's own.
ARTILLERY: tuple[str, ...] = ("قذيف*", "قذائف", "راجمات", "هاون", "مدفعي*", "المدفعيه")

# Sub-types that one blast is reported as: a suicide bomber's blast is also "an explosion".
SAME_BLAST: frozenset[str] = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})

# Sub-types that name what another violent event at the place did, not an act of their
# own: "مجزرة أريحا" after the shelling of Ariha is that shelling's toll.
RESULT_OF_VIOLENCE: frozenset[str] = frozenset({"Attack"})

# At most this many events are added per article: a round-up lists many, a page of
# debris could list hundreds.
MAX_SCENES = 12

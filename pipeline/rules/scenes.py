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

# Institutions named after their town ("قيادة شرطة حماة", "مديرية صحة درعا", "غرفة تجارة
# ريف دمشق"), TV channels
# ("قناة الميادين"), and the reporters whose town a report names ("مراسل الوكالة في
# اللاذقية"): that town is no scene.
INSTITUTIONS: tuple[str, ...] = ("شرطة", "شرطه", "مديرية", "مديريه", "محافظ", "مجلس", "جامعة",
                                 "جامعه", "صحة", "صحه", "قناة", "قناه",
                                 # "غرفة تجارة ريف دمشق": a chamber of commerce
                                 "تجارة", "تجاره", "صناعة", "صناعه",
                                 # "مقر أسايش الحسكة": the Kurdish-area police of a town
                                 "أسايش", "اسايش")
REPORTERS: tuple[str, ...] = ("مراسل", "مراسلنا", "مراسلة", "مراسلو",
                              # where the sources are: "وذكرت مصادر طبية في مدينة عين العرب"
                              "مصادر", "مصدر",
                              # bodies that report from their seat: "وقال الدفاع المدني في
                              # ريف دمشق إن ..."، "مركز التنسيق في قاعدة X سجل ..." (the act
                              # is placed by the report, not by where its teller sits)
                              "الدفاع المدني", "مركز التنسيق", "مركز المصالحة")
# ... unless the sources are those of fire: "ردت وحدات الجيش على مصادر إطلاق القذائف في حي
# X" (X is where the fire came from and was struck back, a scene of its own).
SOURCES_OF_FIRE: tuple[str, ...] = ("إطلاق", "اطلاق", "النيران", "نيران", "النار", "القصف",
                                    "القذائف", "الصواريخ")
# ... a place word may stand between "في" and the name ("مصادر طبية في مدينة X").
REPORTER_PLACE_WORDS: tuple[str, ...] = ("مدينة", "بلدة", "قرية", "ناحية", "حي", "ريف", "مشفى",
                                         "مستشفى")

# Words right before a place that make it where fire came from, where forces are based,
# where people came from or went to: not where the event happened.
# A road told by the towns it links: "على طريق يربط مدينة طفس ببلدة المزيريب". The town
# after "بـ" is the road's other end, no second scene (the first named stands for the road,
# as with "بين X وY" below). The verbs and nouns of linking, as written.
ROAD_LINKS: tuple[str, ...] = ("يربط", "تربط", "يصل", "تصل", "الرابط", "الرابطة", "الواصل",
                               "الواصلة", "links", "linking", "connecting")

# Where fire was launched from, told by its side or its sky, right before the place (or its
# place word): "لقصف بقذائف صاروخية من جهة جبل التركمان"، "أطلقت الطائرات صواريخها من فوق
# الجولان". (Only right before it: "ومن جهة أخرى قتل ... في ذيبان" opens another item.)
# The axis an advance came by is told the same way: "حاولت القوات الحكومية التقدم من محور
# قرية X" (the fight is at the town it advanced on; "على محور X" still places a fight on
# that front).
LAUNCHED_FROM: tuple[str, ...] = ("من جهة", "من جهه", "من فوق", "من أجواء", "من اجواء",
                                  "من محور", "من محاور", "عبر محور", "عبر محاور",
                                  # The launch site named by the side struck: "اتهمت الوزارة
                                  # التنظيم بإطلاق الصواريخ من منطقة X" (X is where they were
                                  # fired from, not where they fell).
                                  "إطلاق الصواريخ من", "بإطلاق الصواريخ من", "إطلاق صواريخ من",
                                  "بإطلاق صواريخ من", "إطلاق القذائف من", "بإطلاق القذائف من",
                                  "إطلاق قذائف من", "بإطلاق قذائف من", "أطلقت من", "أطلق من")

NOT_SCENE_BEFORE: tuple[str, ...] = (
    "المتمركزة في", "المتمركزة ب", "المتواجدة في", "المتواجدة ب", "الموجودة في",
    "المنتشرة في", "مواقعها في", "مواقعها ب", "انطلاقا من", "مصدره", "مصدرها",
    "المنتشرين في", "المتمركزين في", "المتواجدين في", "الموجودين في",
    # ... or "on" the edge of a place: "القوات المنتشرة على أطراف ريف درعا" (where the
    # side accused of the fire is deployed)
    "المنتشرة على", "المتمركزة على", "المتواجدة على", "المنتشرين على", "المتمركزين على",
    "المتواجدين على", "المرابطة على", "المرابطين على",
    "نزحت من", "نزح من", "نازحين من", "مهجري", "مهجرين من", "القادمة من", "قادمة من",
    "متجهة من", "المتجهة من", "متجهين من", "المتجهين من",
    "القادمين من", "إلى مشفى", "الى مشفى", "إلى مستشفى", "الى مستشفى", "نقل إلى",
    "نقلوا إلى", "باتجاه", "نحو", "طريق", "أوتوستراد", "اوتوستراد", "أهالي", "ابن",
    "أبناء", "من أهالي", "ينحدر من", "تنحدر من", "المنحدر من", "مقيم في", "يقيم في",
    # ... in the plural and in the verb's other spelling: "الضحايا ... وينحدرون من مدينة X،
    # وكانوا ... حين انفجر بهم اللغم" tells who the dead of the incident told before were
    "ينحدرون من", "المنحدرة من", "المنحدرين من", "يتحدر من", "تتحدر من", "يتحدرون من",
    "المتحدر من", "المتحدرة من", "المتحدرين من",
    # ... and of a group: "اختطفوا عشرات المدنيين، معظمهم من قريتي X وY" (where most of them
    # come from, not each a scene of its own event)
    "معظمهم من", "أغلبهم من", "اغلبهم من", "غالبيتهم من",
    # A landmark that locates the scene named before it: "قرية معرة موقص قرب مدينة كفرنبل".
    "قرب", "بالقرب من", "جنوب", "شمال", "شرق", "غرب", "جنوبي", "شمالي", "شرقي", "غربي",
    "ريف", "بريف", "ضواحي", "أطراف", "اطراف", "مقاطعة", "منطقة",
    # English copy: "45 km southeast of Deir al-Zor", "north of Aleppo".
    "north of", "south of", "east of", "west of", "northeast of", "northwest of",
    "southeast of", "southwest of", "km from", "miles from", "outskirts of",
    # The ends of a road or a front: "على الطريق الواصل بين مدينة قامشلو وقرية الهلالية".
    "بين",
    # Where fire was launched from (LAUNCHED_FROM below).
    *LAUNCHED_FROM,
    # Where attackers came from: "مسلحون عبروا النهر من قريتي محكان والقورية".
    "عبروا النهر من", "عبروا نهر الفرات من", "قادمين من", "تسللوا من", "انطلقوا من",
    # A town named by an institution or a group of it: "قيادة شرطة حماة", "تنسيقية دوما".
    *INSTITUTIONS, "تنسيقية", "تنسيقيات",
    # Where a victim comes from: "استشهد مواطن من بلدة الصبحة برصاص حرس الحدود".
    "مواطن من", "مواطنة من", "مواطنين من", "شاب من", "شابان من", "مدني من", "مدنيين من",
    "رجل من", "امرأة من", "سيدة من", "طفل من", "طفلة من", "عائلة من",
    # Where people live or fled from, and what a crowd chanted for: not where it happened.
    "سكان", "نازحة من", "نازحين من", "النازحين من", "المهجرين من", "تحيي", "هتافات",
    "نازحتين من", "نازحتان من", "نازحون من", "نازحان من",  # the dual and nominative too
    # (what a crowd stands with, pipeline.rules.places.CROWD_STANDS_WITH, too)
    "شارع", "دوار", "ساحة",
    # Where the reporter is: "وذكر مراسل الوكالة في دير الزور".
    *REPORTERS,
    # Where a side lost before, told as the reason for today's act: "هجوم يهدف إلى تعويض
    # خسارتهم في تل أبيض" names an earlier defeat, not a scene of the day.
    "بعد خسارتهم في", "بعد خسارتها في", "بعد خسارته في", "بعد هزيمتهم في",
    "بعد هزيمتها في", "بعد هزيمته في", "بعد طردهم من", "بعد طردها من",
    "خسارتهم في", "خسارتها في", "هزيمتهم في", "هزيمتها في",
    # Where reinforcements set out from ("وصلت تعزيزات من بلدات X وY") and where a side
    # still holds out ("لا تزال القوات تتحصن في مطار X"): a base, not the day's scene.
    "تعزيزات من", "تتحصن في", "يتحصن في", "يتحصنون في", "المتحصنة في", "المتحصنين في",
    # Where the aircraft took off: "رصدت المراصد إقلاع الطائرات من قاعدة حميميم"، "طائرات
    # أقلعت من مطار الشعيرات" (the base, not the scene of the strike).
    "إقلاع الطائرات من", "إقلاع الطائرة من", "إقلاع طائرات من", "إقلاعها من", "أقلعت من",
    "المقلعة من", "تقلع من",
    # Where the acts were told before and are said to have spread from: "لم تقتصر الاحتجاجات
    # على المدينة، إذ خرج العشرات في X" (its scenes are the places told after it; "اقتصرت
    # الاشتباكات على أطراف البلدة", without the negation, still places them).
    "لم تقتصر", "لم يقتصر", "لا تقتصر", "لا يقتصر",
)

# Where detainees were taken: a place after one of these verbs (any ending: "اقتادتهم"،
# "اقتيدوا") and "إلى", in the same clause, is their destination, not where they were
# seized ("اعتقلت 14 شخصاً واقتادتهم إلى فرع الأمن العسكري في مدينة درعا").
TAKEN_AWAY: tuple[str, ...] = ("اقتاد", "اقتيد", "ساقت", "ساقوا", "نقلت", "نقلوا", "اودع", "أودع",
                               # the present: "قبل أن يقتادوهم إلى جهة مجهولة"
                               "يقتاد", "تقتاد")
TAKEN_TO: tuple[str, ...] = ("إلى", "الى")
# A guess at the destination after a comma goes on naming it ("إلى جهة مجهولة، يُعتقد أنها
# مقرات التنظيم في مدينة X"): the words that open such a guess (without diacritics).
TAKEN_GUESSED: tuple[str, ...] = ("يعتقد", "يرجح", "رجحت", "رجح", "يرجّح", "يُعتقد", "يُرجح",
                                  "قيل", "يقال", "يُقال", "ربما", "على الأرجح", "غالباً",
                                  "غالبا")
TAKEN_REACH = 90  # characters from the verb to the place

# Words of a threatened or planned offensive: a place after one in the same clause is its
# target, not a scene of the day ("هددت أنقرة بشن عملية برية على مدينتي تل رفعت ومنبج",
# "threatened to launch a ground offensive against towns including Tel Rifaat"). Compared
# in lower case, as written.
THREATENED_BEFORE: tuple[str, ...] = (
    "threatened", "threatens", "threatening", "threat of", "plans to", "planned",
    "هددت", "هدد", "تهدد", "يهدد", "التهديد", "تهديدات", "تلوح", "يلوح", "لوحت", "لوح",
    "تعتزم", "يعتزم", "عملية مرتقبة", "هجوم مرتقب",
)
# How far back (in characters, within one clause) such a word reaches.
THREATENED_REACH = 120

# Of the words above, those that say where a side is based or holds out: a place joined to
# theirs by "وفي" in the same clause is another of its bases ("لا تزال القوات تتحصن في مقر
# الفرقة شمال المدينة وفي مطار X"), however far the first place runs.
BASED_IN: tuple[str, ...] = (
    "المتمركزة في", "المتواجدة في", "الموجودة في", "المنتشرة في", "مواقعها في",
    "تتحصن في", "يتحصن في", "يتحصنون في", "المتحصنة في", "المتحصنين في",
    "تتمركز في", "يتمركز في", "يتمركزون في", "تتواجد في", "يتواجد في", "يتواجدون في",
)
# A place at most BASED_REACH characters after one of BASED_IN, in the same clause, is where
# a side is based, not where it struck: "اتهمت الفصائل مجموعات تتمركز في محيط قرى ريف درعا
# الشرقي بإطلاق القذائف" (the shells fell elsewhere).
BASED_REACH = 40

# Of the words above, those that make a place a landmark only of a town named before it
# ("قرية معرة موقص قرب مدينة كفرنبل"، "قرية في منطقة عفرين"): where no town comes before
# in the sentence, the place after them is the nearest one to the scene and is coded
# ("انفجرت عبوة قرب بلدة عدوان"، "برصاص حرس الحدود في منطقة دركوش"). A town's outskirts
# with no town before them are the town's own ("قصفت قوات النظام أطراف بلدة كفرزيتا").
LANDMARK_BEFORE: tuple[str, ...] = ("قرب", "بالقرب من", "منطقة", "أطراف", "اطراف")

# Common nouns that a town's name is spelled like without its article ("عند باب الكراج" is a
# gate; the town is written "الباب"): a mention that is only the bare noun is no scene.
BARE_NOUNS: tuple[str, ...] = ("باب",)

# Words that open a clause about another act in the same sentence: the places after them
# belong to that act ("اشتباكات …، فيما ردت الميليشيا بقصف على قريتي محكان والقورية"), and
# so do the dead that clause counts ("...، كما تعرضت مدينة كفرزيتا لقصف"; also read by the
# tolls, pipeline.events.extract). Written as in the text.
CLAUSE_OPENERS: tuple[str, ...] = ("فيما", "وفيما", "بينما", "وبينما", "في حين", "وفي حين",
                                   "كما", "وكذلك", "كذلك", "وأضاف", "وأضافت",
                                   "تلاها", "تلاه", "ثم", "بعد أن", "وبعد أن", "قبل أن",
                                   # "...، وطال قصف مماثل بلدتي X وY": the same kind of act
                                   # reached further places, without the dead told before.
                                   "وطال", "وطالت",
                                   # A speaker's further statement: "... الضربات الجوية نفذتها
                                   # طائرات روسية، موضحة أن قصف المعارضة لدمشق أودى بحياة".
                                   "موضحة أن", "موضحة ان", "موضحا أن", "موضحاً أن", "موضحا ان",
                                   "مضيفة أن", "مضيفة ان", "مضيفا أن", "مضيفاً أن", "مضيفا ان",
                                   "مشيرة إلى أن", "مشيرا إلى أن", "مشيراً إلى أن")
# Those of CLAUSE_OPENERS whose clause tells how the act of the clause before it came about,
# not another act: "بينما قتلت امرأة بعد أن ألقت مروحية برميلاً على المدينة" is one act, so
# the dead counted before "بعد أن" and the place named after it go together when a sentence's
# toll is shared among its acts (pipeline.events.extract). Written as in the text.
SAME_ACT_OPENERS: tuple[str, ...] = ("بعد أن", "وبعد أن", "قبل أن")

# Words that, anywhere shortly before a place, make it where fire came from:
# "انطلاقاً من مواقعهم في محيط بلدة البصيرة".
SOURCE_BEFORE: tuple[str, ...] = ("انطلاقا من", "انطلاقاً من", "مصدره", "مصدرها",
                                  "من مواقعهم", "من مواقعها", "المتمركزة", "المتمركزين",
                                  # where the aircraft took off: "أقلعت من مطار الشعيرات"
                                  "أقلعت من", "اقلعت من", "أقلع من", "اقلع من",
                                  "المقلعة من", "أقلعت الطائرات من")

# Words that make every place after them in their clause (up to a comma, within
# POSITIONS_REACH characters) where fire came from: "قصفت من مواقع سيطرتها في مطار الجراح
# العسكري ومحيط مدينة مسكنة", "سقطت قذائف على البلدة مصدرها معسكرات النظام في كفرنبل
# وحزارين", "shells fired from army positions in Harasta".
POSITIONS_BEFORE: tuple[str, ...] = ("من مواقع", "من نقاط", "من مواقعها", "من مواقعهم",
                                     "مصدرها", "مصدره", "مصدرهم", "مصدر القصف",
                                     "مصدر النيران", "انطلاقا من", "انطلاقاً من",
                                     # "بقصف مدفعي من مطار دير الزور العسكري على
                                     # محيط البلدة": the base fired, the town was hit.
                                     "من مطار", "من قاعدة", "من ثكنة", "من كتيبة",
                                     # "فإن القذائف أطلقت من حاجز المصاصنة"
                                     "أطلقت من", "اطلقت من", "أطلق من", "اطلق من",
                                     "انطلقت من", "أطلقها من", "اطلقها من",
                                     # "عدواناً جوياً من اتجاه الجولان المحتل"
                                     "من اتجاه",
                                     "fired from", "launched from", "from positions")
POSITIONS_REACH = 90
# ... unless one of these words opens where the fire fell, after the source was placed ("في"
# a town: "سقوط قذائف مصدرها مواقع النظام في مدينة X على أطراف بلدة Y") or after a verb
# of falling before the source ("سقطت قذائف مصدرها مواقع النظام صباحاً على بلدة Y"): Y
# was hit; so was it after a verb of falling told after the source ("قذائف أطلقت من
# الغوطة سقطت عصر اليوم على حي Y"). ("قصفت من مواقعها على أطراف بلدة Y", with neither,
# still names the source.)
# So does a verb of hitting: "قصف مدفعي مصدره مواقع القوات في مدينة X طال منازل المدنيين
# في بلدة Y".
FIRE_LANDED: tuple[str, ...] = ("على", "علي", "طال", "طالت", "استهدف", "استهدفت", "أصاب",
                                "أصابت", "اصاب", "اصابت")
FIRE_FELL: tuple[str, ...] = ("سقطت", "سقط", "سقوط", "تساقطت", "تساقط", "تسقط", "يسقط")

# What a crowd's chants and banners say is the crowd's own demand, not a statement apart
# from the protest: "مرددين هتافات تطالب بالإفراج عن المعتقلين"، "لافتات تنتقد الغلاء"
# (a statement cue right after one of these words does not make the sentence a statement).
CROWD_VOICE: tuple[str, ...] = ("هتافات", "الهتافات", "شعارات", "الشعارات", "لافتات",
                                "اللافتات", "لافتة", "اللافتة", "يافطات", "اليافطات",
                                "لافتاتهم", "شعاراتهم", "هتافاتهم")

# Sentences about what keeps happening, not about today: "وتتعرض المدينة بين الحين والآخر".
RECURRING: tuple[str, ...] = ("بين الحين والآخر", "بين الحين والاخر", "بشكل متكرر", "متكرر",
                              "باستمرار", "يوميا", "يومياً", "بشكل يومي",
                              # "التي غالباً ما تتعرض لغارات"، "يستهدف ... دورياً"
                              "غالبا ما", "غالباً ما", "عادة ما", "عادةً ما", "دوريا",
                              "دورياً", "بشكل دوري")

# A clause of what an act amounts to, opened after the act by a verb with "لـ" and "بذلك"
# ("أحكمت سيطرتها على بلدة X، لتكتمل بذلك عملية فصل دوما وحرستا عن بقية بلدات الغوطة"،
# "ليصبح بذلك الطريق آمناً حتى مدينة Y"): the places after it, to the sentence's end, are
# what the result is said of, not further scenes. (Not "وبذلك" opening a sentence: "وبذلك
# يعلن النظام استعادته بلدة X" tells an act of its own.) The word after the verb:
RESULT_WORD = "بذلك"

# Words that, anywhere shortly before a place, make it where the wounded were taken:
# "نقلت المصابة إلى مشفى آفرين في ناحية فافين".
TREATED_BEFORE: tuple[str, ...] = ("مشفى", "مستشفى", "المشفى", "المستشفى", "نقل", "نقلت",
                                   "نقلوا", "إسعاف", "اسعاف", "مشافي",
                                   # ... or a clinic short of a hospital, where one died
                                   # before or after reaching it: "فارق الحياة قبل وصوله
                                   # إلى النقطة الطبية في بلدة X"
                                   "النقطة الطبية", "نقطة طبية", "النقاط الطبية",
                                   "المركز الطبي", "مركز طبي", "المركز الصحي", "مركز صحي",
                                   "مستوصف",
                                   # ... or where the dead were buried: "بينما شيّع الأهالي
                                   # بعض الضحايا في مدينة تدمر"
                                   "شيع", "شيّع", "شيعت", "شيّعت", "تشييع", "جنازة", "دفن",
                                   "دفنت", "ووري", "مثواه")

# A list of this many names joined by "و" ("مواقع القوات في جورين وكفرهود والشريعة") is a
# list of places even when no place noun ("قرية"، "بلدة") comes before it.
LONG_LIST = 3

# A sentence that only says where the dead of the acts just told fell ("سقط القتلى في كل من
# اليعربية وصرين") places those acts; one with these words tallies instead ("عدد الضحايا
# الأكبر كان في دير الزور"، "أظهرت الإحصاءات أن ريف حلب الأكثر تضرراً"): its places are no
# scenes, nor is its region one.
TALLY_WORDS: tuple[str, ...] = ("عدد", "اعداد", "أعداد", "حصيلة", "حصيله", "إجمالي", "اجمالي",
                                "مجموع", "الأكبر", "الاكبر", "الأكثر", "الاكثر", "إحصاءات",
                                "الإحصاءات", "احصاءات", "الاحصاءات", "إحصائية", "احصائية",
                                # "ويتوزع باقي الشهداء على إدلب وحمص": the rest of a tally
                                "يتوزع", "ويتوزع", "توزع", "وتوزع", "يتوزعون", "موزعين",
                                "وتوزعت", "توزعت")

# A toll list ("قتل ثلاثة متظاهرين في مدينة حمص وثلاثة آخرين في محافظة إدلب وواحد في
# اللاذقية") gives each place its own dead: with at least TOLL_LIST items of a number, at most
# TOLL_ITEM_GAP words, then "في" (and a place word), every place of it is a scene, a
# governorate too. These are the words for "in".
TOLL_LIST = 2
TOLL_ITEM_GAP = 2
TOLL_IN: tuple[str, ...] = ("في", "فى", "ب")

# A tally of acts over several places ("نفذوا 11 عملية قصف طالت مواقع في محافظات حلب وحماة
# واللاذقية") followed by the one it details ("وأوضح أن أعنف هذه الاعتداءات وقع حين استهدفت
# قذائف بلدة X"، "كان أبرزها"): the detailed act is the event, placed where that sentence
# says. These phrases (normalised: ة as ه, ى as ي, no hamza) open the detail, within the two
# sentences after the tally.
HIGHLIGHTED: tuple[str, ...] = ("اعنف هذه", "ابرز هذه", "اشد هذه", "اعنف تلك", "ابرز تلك",
                                "اعنفها", "ابرزها", "اشدها")

# A name followed by "and other towns" is plainly one of them: "تظاهر معارضون في دمشق ومدن
# أخرى". The place words, then the words for "other" that may follow.
OTHER_PLACES: tuple[str, ...] = ("ومدن", "وبلدات", "وقرى", "وقري", "ومناطق", "ومحافظات")
OTHER_WORDS: tuple[str, ...] = ("أخرى", "اخرى", "اخري", "عدة", "عده", "مختلفة", "مختلفه",
                                "سورية", "سوريه")

# Words that name a clause's scene without a name the gazetteer holds: "فيما سقطت قذائف على
# أحياء في العاصمة" after air strikes on a town is fire on the capital, not on that town (the
# clause's act takes no place told before it). As written, with clitics allowed.
UNNAMED_SCENES: tuple[str, ...] = ("العاصمة", "العاصمه")

# Where an incursion headed ("توغلت قوة باتجاه بلدة سويسة ... وداهمت منازل واعتقلت شاباً")
# is where its raids and arrests were made: these verbs shortly before "باتجاه"/"نحو" make
# the place after it a scene.
INCURSION_VERBS: tuple[str, ...] = ("توغلت", "توغل", "وتوغلت", "وتوغل", "تقدمت", "وتقدمت")
HEADED_FOR: tuple[str, ...] = ("باتجاه", "نحو")

# "وتزامناً مع الغارات الروسية، استهدفت مدفعية النظام ... الأتارب": an act named after
# these words, up to the next comma, is one already told that the clause's own act came
# with; it gives the clause no act of its own.
ALONGSIDE: tuple[str, ...] = ("تزامنا مع", "تزامناً مع", "بالتزامن مع", "وتزامنا مع",
                              "وتزامناً مع", "وبالتزامن مع", "تزامنًا مع", "وتزامنًا مع")

# A road named by its two ends ("غارات على رتل على طريق تدمر – حمص") is no scene at either
# end: the act is on the road, coded to the area both ends share (their district, else their
# governorate). The road words right before the first end, and the dashes between the ends.
ROAD_WORDS: tuple[str, ...] = ("طريق", "الطريق", "أوتوستراد", "اوتوستراد", "الأوتوستراد",
                               "الاوتوستراد", "الطريق الدولي", "طريق عام")
ROAD_DASHES: str = "-–—"

# An act named after a demonstrative ("وتزامنت تلك الاشتباكات مع غارات ...") is one already
# told: it gives the sentence no act of its own. The demonstratives (normalised).
DEMONSTRATIVES: tuple[str, ...] = ("تلك", "هذه", "هذا", "ذلك", "هاته")
# ... and so is an act word with the article and one of these right after it: "أن يكون القصف
# الأخير مقدمة لعملية برية"، "الغارات ذاتها"، "الهجوم المذكور" point back at the act told
# (normalised).
TOLD_AGAIN_AFTER: tuple[str, ...] = ("الاخير", "الاخيره", "المذكور", "المذكوره", "ذاته",
                                     "ذاتها", "نفسه", "نفسها")
# ... and so is an abduction named only by its victims or its doers with the article ("وطالبت
# فعاليات في بلدتي X وY بالكشف عن مصير المخطوفين"، "إن الخاطفين كانوا يستقلون سيارة"):
# the people of the abduction told already, whose towns named with them are where others
# speak, no further scenes. The trigger phrases of pipeline.rules.triggers, as written there.
TOLD_BY_ITS_PEOPLE: tuple[str, ...] = ("مخطوف*", "مختطف*", "خاطف*")
# ... and so is an act named with its article right before the breach it is judged to be,
# after a verb of judging or saying: "واعتبرت اللجنة القصف خرقاً للاتفاق"، "وقال أحد
# الوجهاء إن القصف «خرق صريح» للاتفاق" speak of the shelling told before, whatever day the
# agreement they name was reached. (Not "تعرضت البلدة للقصف في خرق للهدنة": no such verb,
# and the breach does not follow the act word.) The breach words (the "breach" cue's
# phrases, as written there) and the verbs (as outlets spell them; "*" for any ending).
JUDGED_AS: tuple[str, ...] = ("خرق*", "خروقات", "خرقا", "انتهاك*")
JUDGING: tuple[str, ...] = (
    "اعتبر*", "يعتبر*", "تعتبر*", "وصف*", "يصف*", "تصف*", "عد", "عدت", "عدوا", "يعد",
    "تعد", "إن", "أن", "بأن",
)

# Headlines drop place words: there a one-word name right after these is a place.
TERSE_IN: tuple[str, ...] = (" في", " فى")

# Words that open a list of places: every name after them is a place ("في كلٍّ من").
LIST_OPENERS: tuple[str, ...] = ("كل من", "كلا من")
# An item of such a list that the gazetteer does not know, named in at most this many words
# and placed by a direction from a place it knows ("في كل من اليعربية، وجبل عبد العزيز غربي
# الحسكة"), is a scene in the country around that place.
UNNAMED_WORDS = 3

# Background words that date the weapon, not the act: a mine "من مخلفات داعش" blows up
# today. A sentence with only these of the background cues still reports a scene.
WEAPON_PAST: tuple[str, ...] = ("مخلفات",)

# Cues of purpose and background that govern only what follows them: after every act a
# sentence tells ("نفذت حملة دهم في قرى ...، بهدف ملاحقة المطلوبين"، "اعتقلت أشخاصاً متورطين
# بجرائم قتل") they open a clause of why or of what was before, and the acts before them are
# still the day's scenes (the places after them are not). So does the time after which an act
# came: "العثور على جثة شاب قرب بلدة X، بعد يوم من اختطافه" reports the body found today.
TRAILING_CUES: frozenset[str] = frozenset({"future", "background", "earlier"})

# Words of a security sweep: a sentence with them and no act of its own, right after a
# sentence that tells a campaign's arrests with no town ("أسفرت الحملة عن اعتقال ..."),
# names where the arrests were made ("نفذت عمليات تمشيط في قرى ...").
RAID_WORDS: tuple[str, ...] = ("تمشيط", "مداهمة", "مداهمات", "دهم", "مداهمه", "حملة أمنية",
                               "حملة دهم", "حملات دهم", "حملة اعتقالات")

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
# State media's formula for ground retaken, "أعادت وحدات الجيش الأمن والاستقرار إلى بلدة X":
# after these words "إلى" leads to the scene, not to a destination.
RESTORED_TO: tuple[str, ...] = ("الاستقرار", "والاستقرار", "الأمان", "والأمان")

# Ground is taken place by place: each town a sentence says was taken ("سيطرت على بلدات
# سقبا وكفربطنا وجسرين") is a takeover of its own, however close its neighbour. For these
# sub-types only the same place, or one inside the other, is the same scene.
TAKEN_BY_NAME: frozenset[str] = frozenset({
    "Non-state actor overtakes territory",
    "Government regains territory",
    "Non-violent transfer of territory",
})

# Beside an air strike in one sentence, shelling is another attack only when these words
# name it ("تلاها قصف بالمدفعية"); "قصف جوي بالبراميل" and "رشقات من الصواريخ" are the
# aircraft's own.
ARTILLERY: tuple[str, ...] = ("قذيف*", "قذائف", "راجمات", "هاون", "مدفعي*", "المدفعيه")

# Fighters on the ground fire no air strikes: "قصف المعارضة لدمشق"، "قصف الفصائل على
# المدينة" is shelling even where the article's other bombing is from the air. The words
# for those fighters right after "قصف" (normalised: ة as ه, أ/إ as ا).
GROUND_SHELLERS: tuple[str, ...] = ("المعارضه", "الفصائل", "المسلحين", "الارهابيين",
                                    "المجموعات المسلحه", "الجماعات المسلحه", "الثوار",
                                    "المعارضة", "الإرهابيين", "المجموعات المسلحة",
                                    "الجماعات المسلحة")
# A one-word name right after such an attack noun and its agent, joined by "ل" ("قصف المعارضة
# لدمشق"، "استهداف الفصائل لحلب"), is what was attacked: plainly a place.
ATTACK_NOUNS: tuple[str, ...] = ("قصف", "استهداف")

# Sub-types that one blast is reported as: a suicide bomber's blast is also "an explosion".
SAME_BLAST: frozenset[str] = frozenset({"Remote explosive/landmine/IED", "Suicide bomb"})

# Sub-types that one taking of people is reported as: gunmen who "abducted" two men "raided
# their homes and took them away" (اقتادوهما، words of arrest) made one abduction, and
# "اعتقلت الدورية ثلاثة شبان ... واختطفتهم" one arrest. At one place, either covers the other.
SAME_TAKING: frozenset[str] = frozenset({"Arrests", "Abduction/forced disappearance"})

# A blast word followed by an ordinal ("وانفجرت عبوة ثانية عند مدخل السوق"، "دوى
# انفجار ثان"، "عبوة ناسفة أخرى") tells a further blast: ACLED codes each bomb, so it is
# another event even at the town of the first (and, named with no town, it is there).
# These are the blast words (normalised: ة as ه), then the ordinals that may follow them.
BLAST_WORDS: tuple[str, ...] = ("مفخخه", "ناسفه", "انفجار", "تفجير", "عبوه", "لغم", "مفخخة",
                                "ناسفة", "عبوة")
ANOTHER_ORDINALS: tuple[str, ...] = ("ثانيه", "ثانية", "ثان", "ثاني", "ثالثه", "ثالثة", "ثالث",
                                     "اخري", "أخرى", "اخرى", "آخر", "اخر")
# ... unless the sentence denies it ("نافية وقوع انفجار ثان") or tells a bomb defused or found
# ("فككت عبوة ثالثة"): these cues of the sentence, and the words of denial beside them.
ANOTHER_NOT_CUES: frozenset[str] = frozenset({"negation", "denial", "weapons_handled"})
# A negation or denial governs the blast from before it; a bomb handled also from shortly
# after it ("عبوة ثانية تم تفكيكها"), within this many words.
HANDLED_AFTER = 6
ANOTHER_DENIED: tuple[str, ...] = ("نافيه", "نافية", "نافيا", "نافياً", "نافين", "ينفون")

# Words that say only that something blew up ("وقوع انفجار طال سيارة"، "ضحايا التفجير"):
# in an article that already reports a strike, shelling or bombing there, they tell that
# blast again; a device named ("عبوة"، "لغم"، "مفخخة") makes it a bombing of its own.
BLAST_ONLY: tuple[str, ...] = ("تفجير*", "انفجار*", "انفجرت", "انفجر", "ينفجر", "explosion",
                               "blast*", "explod*", "explosions")

# A blast only heard ("فيما سمع دوي انفجارات متقطعة في أحياء X"، "وسُمعت أصوات انفجارات")
# is a sound the witnesses report, no bombing of its own: a further sentence whose only
# bomb words are of BLAST_ONLY and that says they were heard tells no IED at its places (a
# device named, "سمع دوي انفجار عبوة", still does). Written as outlets spell them, matched
# with the short vowels left out.
HEARD_BLAST: tuple[str, ...] = ("سمع دوي", "سمعت دوي", "سماع دوي", "يسمع دوي", "تسمع دوي",
                                "سمع صوت", "سمعت أصوات", "سماع صوت", "سماع أصوات",
                                "تسمع أصوات", "دوت أصوات", "heard")

# An arrest made "after clashes" with the one arrested ("اعتقلوه بعد اشتباكات بينهم"): the
# exchange of fire is how the arrest went, not a battle of its own. The arrest verbs, then
# the words that put the fight before it.
ARREST_VERBS: tuple[str, ...] = ("اعتقل", "اعتقلت", "اعتقلوا", "اعتقلوه", "اعتقلته",
                                 "اعتقلتهم", "اعتقلوهم", "احتجز", "احتجزت", "احتجزوه")
FIGHT_BEFORE: tuple[str, ...] = ("بعد اشتباك", "بعد اشتباكات", "إثر اشتباك", "إثر اشتباكات",
                                 "اثر اشتباك", "اثر اشتباكات", "عقب اشتباك", "عقب اشتباكات",
                                 "بعد مواجهات", "إثر مواجهات", "عقب مواجهات")

# Sub-types that name what another violent event at the place did, not an act of their
# own: "مجزرة أريحا" after the shelling of Ariha is that shelling's toll.
RESULT_OF_VIOLENCE: frozenset[str] = frozenset({"Attack"})

# At most this many events are added per article: a round-up lists many, a page of
# debris could list hundreds.
MAX_SCENES = 12

# A place the gazetteer lacks, listed among the scenes of a sentence ("قصفت مدينة كفرزيتا
# وقرية الصخر"، "في بلدتي A وB وتل C"، "على قريتي (X، وY)"): a name after one of these
# words, joined to the list by "و" or a comma (or after a word for several places), is a
# scene of its own, coded at the area of the place it is listed with or located by
# ("جبل X غربي الحسكة"). Written in the matching form (ة as ه, أ as ا, without ال).
UNLISTED_HEADS: frozenset[str] = frozenset({
    "بلده", "قريه", "مدينه", "بلدتي", "قريتي", "مزرعه", "تل", "تله", "جبل",
})
# ... of them, the words for several places: their names need no other place beside them.
UNLISTED_SEVERAL: frozenset[str] = frozenset({"بلدتي", "قريتي"})
# Words after a place word that are no name: "وقرية أخرى"، "وبلدات مجاورة".
NOT_A_NAME: frozenset[str] = frozenset({
    "اخري", "اخر", "ثانيه", "ثالثه", "رابعه", "مجاوره", "قريبه", "حدوديه", "عديده",
    "متفرقه", "واحده", "نفسها", "ذاتها", "اخيره", "كبيره", "صغيره", "مهجوره", "مجهوله",
    "محاذيه", "نائيه", "مختلفه", "تابعه", "واقعه",
})
# Words that end such a name ("وبلدة X اليوم"): times of day and days.
NAME_ENDS_BEFORE: frozenset[str] = frozenset({
    "يوم", "اليوم", "امس", "صباح", "مساء", "ليل", "ليله", "فجر", "ظهر", "عصر", "بعد", "قبل",
    "خلال", "اثناء", "منذ",
})
# The words that, right after such a name, place it by the place they name: a direction
# ("جبل X غربي الحسكة") or "في", then one of these ("قرية X بريف حماة"). As written.
LOCATOR_WORDS: tuple[str, ...] = ("ريف", "مدينة", "مدينه", "بلدة", "بلده", "منطقة", "منطقه",
                                  "محافظة", "محافظه", "ناحية", "ناحيه")
# The most words such a name has ("الشيخ بحر"، "عبد العزيز").
UNLISTED_WORDS = 3

# Someone shot while crossing a border ("أثناء محاولته العبور من ريف إدلب إلى لواء
# اسكندرون"، "خلال محاولتهم عبور الحدود نحو تركيا من جهة سلقين"): the place
# they crossed from is the scene, not their home town nor the section's governorate. The
# words of crossing; "من" and the place follow within CROSSING_REACH words. (Not "تسلل":
# where attackers infiltrated from is no scene, NOT_SCENE_BEFORE.)
CROSSING_WORDS: tuple[str, ...] = ("العبور", "عبور", "اجتياز", "بالعبور")
CROSSING_REACH = 4

# "ريف المدينة" with no name: the countryside of the article's own town ("تقدم المقاتلون في
# ريف المدينة الغربي وسيطروا على ثلاث قرى"). A sentence that names no other place
# tells its acts there: in the governorate of the town, leaving the town out. As written.
OWN_COUNTRYSIDE: tuple[str, ...] = ("ريف المدينة", "ريف المدينه", "ريف البلدة", "ريف البلده")

# A report the sentence itself denies: "تداولت صفحات أنباء عن سيطرتهم على قرية X، غير أن
# مصدراً نفى ذلك". The towns of such a sentence are no further scenes of the incident
# (pipeline.events.extract). Only the denial of the report as a whole ("نفى ذلك"), not
# "نفى وقوع إصابات", which denies only the casualties. Written as in the text.
DENIED_REPORT: tuple[str, ...] = ("نفى ذلك", "نفت ذلك", "نفوا ذلك", "ينفي ذلك", "تنفي ذلك",
                                  "نفى هذه الأنباء", "نفت هذه الأنباء", "نفى تلك الأنباء",
                                  "نفت تلك الأنباء", "نفى صحة", "نفت صحة", "نفى الأنباء",
                                  "نفت الأنباء")

# Words that tell an earlier incident before the place it happened, in the same sentence:
# "ويأتي الحادث بعد ساعات من وفاة ثلاثة أطفال بانفجار قنبلة في مدينة كفرزيتا المجاورة",
# "hours after a blast killed three children in nearby Kafr Zita". A report that names a
# town only so does not place its own incident there (pipeline.stories.stories).
EARLIER_INCIDENT_BEFORE: tuple[str, ...] = (
    "بعد ساعات من", "بعد ساعات على", "بعد ساعة من", "بعد يوم من", "بعد يومين من",
    "بعد أيام من", "بعد ايام من", "بعد أسبوع من", "hours after", "a day after",
    "days after", "a week after",
    # ... with the time stressed: "بعد ساعات فقط من التوصل إلى اتفاق أنهى مواجهات مماثلة في
    # مدينة X" (what the truce ended came before; X is no scene of the day's clashes either,
    # ``pipeline.events.scenes``).
    "بعد ساعات فقط من", "بعد ساعات قليلة من", "بعد ساعات قليلة على", "بعد أيام قليلة من",
    "بعد يوم واحد من", "بعد أقل من يومين على", "بعد أقل من يوم على",
    # ... weeks or months before: "بعد أقل من شهر على خسارة مدينة X" (the loss of X is the
    # earlier act the day's news is measured from, not a scene of the day)
    "بعد أسبوع على", "بعد أسبوعين من", "بعد أسبوعين على", "بعد أسابيع من", "بعد أسابيع على",
    "بعد شهر من", "بعد شهر على", "بعد شهرين من", "بعد شهرين على", "بعد أشهر من",
    "بعد أشهر على", "بعد أيام على", "بعد أقل من أسبوع على", "بعد أقل من شهر على",
    "بعد أقل من أسبوعين على", "بعد أقل من شهرين على", "بعد أكثر من شهر على",
    "weeks after", "a month after", "months after",
)
# How far back (in characters, within the sentence) such words reach.
EARLIER_INCIDENT_REACH = 90
# ... but a sentence that tells no act before words of an incident only hours earlier tells
# that incident as its news: "وجاء الاتفاق بعد ساعات من استعادة قوات النظام السيطرة على
# معبر X" (after an agreement) is the crossing retaken that day, and X its scene. (Not days:
# an act days before is recalled.)
EARLIER_BY_HOURS: tuple[str, ...] = (
    "بعد ساعات من", "بعد ساعات على", "بعد ساعة من", "بعد ساعات فقط من", "بعد ساعات قليلة من",
    "بعد ساعات قليلة على", "hours after",
)

# A town's name standing bare, with no place word ("بلدة"، "قرية") before it and none of
# these prepositions of place, in a governorate that neither the events so far nor its own
# sentence name, is no further scene: such names are mostly people's ("قتل الشيخ عبد
# الرحمن ..." is a man, not the village Sheikh Abdulrahman in Aleppo; "المختار حمد الجاسم" is
# a family name, not Jasim in Dar'a). Normalised; a "ب" or "وب" on the name itself counts.
SCENE_PREPOSITIONS: frozenset[str] = frozenset({
    "في", "وفي", "ففي", "فى", "وفى", "علي", "وعلي", "قرب", "بقرب", "من", "ومن", "الي",
    "والي", "نحو", "داخل", "عند", "محيط", "اطراف", "in", "near", "at", "on", "from",
})

# People an arrest counted, taken away in a later sentence ("واعتقلت ثلاثة شبان" then "قبل أن
# تقتاد الشبان إلى جهة مجهولة"): the sentence retells how the arrest went on, no abduction of
# its own. The taken are named by the definite form of a word the arrest's sentence used,
# within TAKEN_AWAY_REACH words before the abduction's words (pipeline.events.extract).
TAKEN_AWAY_AFTER: frozenset[str] = frozenset({"Arrests", "Abduction/forced disappearance"})
TAKEN_AWAY_REACH = 4

# What an agreement provides for ("أعلنت الرئاسة في دمشق إبرام اتفاق ... يقضي بتسليم مؤسسات
# محافظتي الرقة ودير الزور"، "ينص على انسحاب القوات من بلدة X"): the places named after one
# of these words are its terms, not further agreements; the agreement is where it was made.
AGREEMENT_TERMS: tuple[str, ...] = (
    "يقضي", "تقضي", "ويقضي", "وتقضي", "ينص", "تنص", "وينص", "وتنص", "بموجبه", "بموجبها",
    "يشمل", "تشمل", "على أن", "يتضمن", "تتضمن",
)
# "وقالت مصادر طبية إن بين القتلى ثلاثة عناصر ... سقطوا بقذائف هاون في حي X" after a
# fight in the city: a sentence that sorts the dead already counted ("بين القتلى", the dead
# with the article) tells who died in that incident and how; the arms it names at the
# incident's own place are no further event there.
AMONG_THE_DEAD: tuple[str, ...] = ("بين القتلى", "بين الشهداء", "بين الضحايا", "بين القتيلين",
                                   "بين الشهيدين")

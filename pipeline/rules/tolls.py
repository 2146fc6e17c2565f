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
    "حارس", "شرطي", "مترجم", "طبيب", "طبيبه", "مهندس", "معلم", "معلمه", "ممرض", "ممرضه",
    "قائد", "سائق", "مواطنه",
)
# Nisba and participle nouns: their "ين" form is also the plural ("مدنيين"), but the
# nominative dual "ان" is unambiguous ("مدنيان", "مسلحان") and counts two.
DUAL_IN_AN: tuple[str, ...] = ("مدني", "عسكري", "مقاتل", "مسلح", "متطوع", "مسعف", "مواطن",
                               "موظف", "مدرس", "مهرب", "انتحاري", "مهاجم", "متظاهر", "محتج",
                               "معتصم", "إرهابي")
# Singular nouns of one more person in a list ("عنصران من قوات النظام ومقاتل محلي"); an
# attacker killed with his victims is one more too ("مقتل جنديين ومهاجم").
# ("إرهابي": state media's word for a fighter of the other side, "30 إرهابياً".)
NISBA: tuple[str, ...] = ("مدني", "عسكري", "مقاتل", "مسلح", "مواطن", "موظف", "إرهابي",
                         "مهاجم", "انتحاري")
# Above ten, the noun counted is a singular in the accusative ("40 عنصراً"); another such
# noun joined to it by و names the same dead by a second rank, no one more: "مقتل أكثر من
# 40 عنصراً وقيادياً من التنظيم" is 40 (below eleven, "ثلاثة عناصر وقيادي" is four). The
# least count whose noun is in the accusative singular:
ACCUSATIVE_COUNT_FROM: int = 11
# Kin and companions named with their pronoun (KIN_PRONOUNS): "مقتل رجل وزوجته", "قتل مزارع
# وابنه", "اغتيال القيادي ومرافقه".
KIN: tuple[str, ...] = ("زوج", "زوجت", "ابن", "ابنت", "طفل", "طفلت", "شقيق", "شقيقت", "والد",
                        "والدت", "ام", "اب", "اخ", "اخت", "مرافق", "رفيق", "صديق", "زميل",
                        "مساعد", "ولد", "جدت", "حفيد", "حفيدت")
KIN_PRONOUNS: tuple[str, ...] = ("ه", "ها", "هما")
# Their dual with the pronoun counts two ("مقتل رجل وطفليه" three, "أم وابنتيها"); their
# plural with the pronoun counts the definite number after it ("امرأة وأطفالها الثلاثة"
# four), else no one more (a conservative toll).
KIN_DUAL_STEMS: tuple[str, ...] = ("طفلي", "طفلتي", "ابني", "ابنتي", "شقيقي", "شقيقتي", "ولدي",
                                   "طفلا", "طفلتا", "ابنا", "ابنتا", "شقيقا", "شقيقتا")
# Words that join the dead's kin to them as "و" does: "قضت امرأة مع طفلها" (two), "قتل رجل
# برفقة ابنيه" (three).
WITH_KIN: tuple[str, ...] = ("مع", "برفقة", "رفقة", "وبرفقة")
# (the companions of a man killed, "قيادي ومرافقيه الاثنين": their number when it follows)
KIN_PLURALS: tuple[str, ...] = ("أطفال", "أبناؤ", "أبنائ", "أولاد", "بنات", "أشقاؤ", "أشقائ",
                                "إخوت", "أخوات", "شقيقات", "مرافقي", "حراس", "رفاق", "أصدقاء",
                                "أصدقائ", "زملاء", "زملائ")
# One more person, named by "another" or an ordinal: "قتل عنصر من الجيش وآخر من الشرطة"،
# "قتل شخصان وفارق ثالث الحياة".
ANOTHER_PERSON: frozenset[str] = frozenset({"اخر", "ثالث", "رابع", "خامس", "سادس"})
# "قتل مدني ثالث متأثراً بجراحه"، "وفاة طفل رابع": one dead named with an ordinal after his
# noun is the nth of the incident's dead, the toll risen to that number.
NTH_DEAD: dict[str, int] = {"ثان": 2, "ثاني": 2, "ثانيه": 2, "ثالث": 3, "ثالثه": 3, "رابع": 4,
                            "رابعه": 4, "خامس": 5, "خامسه": 5, "سادس": 6, "سادسه": 6,
                            "سابع": 7, "سابعه": 7, "ثامن": 8, "ثامنه": 8, "تاسع": 9,
                            "تاسعه": 9, "عاشر": 10, "عاشره": 10}
# Bodies: "عثر على جثث ثلاثة شبان"، "انتشال جثث 7 أشخاص"، "جثتي شابين" (two): the count of
# people after the noun is the count of the dead.
BODIES: frozenset[str] = frozenset({"جثث", "جثامين", "جثتي", "جثماني"})
BODIES_TWO: frozenset[str] = frozenset({"جثتي", "جثماني"})
# A death verb told of a body already counted, with how rather than whom after it ("عثر على
# جثة شاب قتل برصاص مجهولين"، "جثة رجل ... وقد قتل ذبحاً"): the body's dead, no one more.
# BODY_NOUNS (as _trigger reads them) say a body was named; KILLED_HOW (after its clitics,
# as written) is how a person was killed.
BODY_NOUNS: frozenset[str] = frozenset({"جثه", "جثتين", "جثتان", "جثث", "جثمان", "جثامين",
                                        "جثتي", "جثماني"})
KILLED_HOW: frozenset[str] = frozenset({"رصاص", "الرصاص", "برصاص", "بالرصاص", "بطلق",
                                        "بطلقات", "طلق", "ذبحا", "ذبحاً", "خنقا", "خنقاً",
                                        "طعنا", "طعناً", "تحت", "رميا", "رمياً", "بسكين",
                                        "بالسكاكين", "بعيار", "جراء", "اثر", "إثر", "على"})

# Plurals that say people died without saying how many: "مقتل عناصر من قوات النظام". (Any
# word ending in ين، ون or ات is read as such a plural too.)
PLURAL_PERSONS: tuple[str, ...] = ("عناصر", "اشخاص", "اطفال", "جنود", "رجال", "نساء", "افراد",
                                   "مدنيين", "مقاتلين", "قتلي", "شبان", "عمال", "طلاب", "ضباط",
                                   "رعاه", "اشقاء", "ابناء", "ركاب")

# -- what says they were killed ---------------------------------------------------------
# Words followed by whom or how many: "مقتل 15 عنصرا", "قتل طفل وامراه".
FORWARD: frozenset[str] = frozenset({
    "مقتل", "قتل", "استشهاد", "استشهد", "استشهدت", "مصرع", "وفاه", "توفي", "اعدام", "اغتيال",
    "اغتال", "قتلت", "قضي", "بحياه", "يقتل", "تقتل", "تحييد", "حيد", "حيدت", "اعدم", "اعدمت",
    "يعدم", "تعدم", "ارتقي", "ارتقت", "ارتقوا", "اغتالوا", "اغتالا", "يغتالون", "يغتال",
    "ارتقاء", "توفيت", "ارواح", "يقتلون", "قضت",
})
# Words that only look like a death word with a clitic: "وحيد" (a name, "only") is not
# و + "حيد" (neutralised).
NOT_TRIGGERS: frozenset[str] = frozenset({"وحيد", "وحيده", "الوحيد", "الوحيده"})
# Verbs (and their noun) that count deaths only when a martyr noun follows ("ارتقى ثلاثة من
# العناصر شهداء") or people right after them, indefinite ("ارتقاء مدني"، "ارتقى عنصران"):
# "ارتقى مستوى الخدمات" rose, no one died.
MARTYRED: frozenset[str] = frozenset({"ارتقي", "ارتقت", "ارتقوا", "ارتقاء"})
# ... the people may come after a phrase pointing back at the act that killed them ("وارتقى على
# إثرها مقاتلان"، "ارتقت جراءه سيدة"): these words, between the verb and the people, are
# skipped ("على" only before one of the others).
MARTYRED_CAUSE_BETWEEN: frozenset[str] = frozenset({
    "إثرها", "إثره", "اثرها", "اثره", "جراءها", "جراءه", "بسببها", "بسببه", "فيها", "فيه",
})
# The feminine "قضت" ("died") is also "ruled" and "put an end to" ("قضت المحكمة العسكرية
# بإعدامه"، "قضت الخطة بانسحاب القوات"): it counts, as those verbs do, only people right after
# it, indefinite ("قضت سيدة وثلاثة من أطفالها" four, "قضت طفلتان" two).
DIED_IF_NAMED: frozenset[str] = frozenset({"قضت"})
# Passive verbs after whom they name: "15 شخصا قتلوا", "عنصرين من قواتها قتلا".
# With no count before them and a count of people right after, they are active, the killers
# their subject and the dead their object: "قال القائد إن المقاتلين قتلوا 14 عنصراً من
# الحرس" (14).
VERB_AFTER: frozenset[str] = frozenset({"قتلوا", "قتلا", "قتلتا", "قضوا", "قضيا", "استشهدوا",
                                        "استشهدا", "توفوا", "توفيا"})
# ... and a time told between the active verb and its object stays out of the count: "أن
# مجهولين قتلوا، ليل الخميس، مختار قرية الطيبة" (one). The words of such a time
# (weekday names too), and the place nouns a person's title may be in construct with
# ("مختار قرية ..."، "رئيس بلدة ...", one person).
TIME_BETWEEN: frozenset[str] = frozenset({"مساء", "صباح", "ليل", "ليله", "فجر", "ظهر", "عصر",
                                          "يوم", "اليوم", "امس", "الليله", "ظهيره"})
CONSTRUCT_PLACES: frozenset[str] = frozenset({"بلده", "قريه", "مدينه", "حي", "ناحيه", "مخيم"})
# Words preceded by how many: "4 قتلى", "11 قتيلا", "ثمانية رعاة قتلى".
BACKWARD: frozenset[str] = frozenset({
    "قتلي", "قتيل", "قتيلا", "قتيلين", "قتيلان", "شهيدا", "شهداء", "شهيدين", "شهيدان", "جثث",
    "جثه", "جثتين", "جثتان", "شهيد", "مقتولا", "مقتوله", "مقتولين", "مقتولتين",
})
# A death noun or verb with an object pronoun names its victims by the pronoun: "ما تسبب
# بمقتله" (one), "أعلنت وفاتها" (one), "أدى إلى مقتلهما" (two), "قتلهم" (some, no number).
# Stems as they are written before a pronoun (ة becomes ت: "وفاة" -> "وفات").
# "لقي الطفلان ... حتفهما" (two): حتف ("death") with its pronoun counts as these do.
PRONOUN_DEATHS: frozenset[str] = frozenset({"مقتل", "استشهاد", "مصرع", "وفات", "اغتيال",
                                            "اعدام", "قتل", "اغتال", "اعدم", "تصفيت", "حتف"})
PRONOUN_COUNTS: dict[str, int | None] = {"ه": 1, "ها": 1, "هما": 2, "هم": None, "هن": None}
# "سقوط 20 جنديا" (fell): a count of people after one of these was killed, unless a figure of
# the killed and the wounded follows ("سقوط 20 عنصرا بين قتيل وجريح") or the people are
# the wounded ("سقوط 5 جرحى", no people noun).
FELL: frozenset[str] = frozenset({"سقوط", "سقط", "سقطت"})
# The verb says so too ("سقط ثلاثة مقاتلين"، "سقطت مواطنة بعد أن ألقت مروحية برميلاً"), and
# the noun or the verb with one person, or two, indefinite right after it ("سقوط شاب"، "سقط
# عنصران") counts them; a shell that fell names no person and counts nobody. Not when one
# of these follows the people within two words: they fell captive, into the hands of the
# other side, or wounded ("سقط عنصران أسيرين"، "سقط شاب في قبضة الأمن"، "سقطت سيدة جريحة").
# Words that may stand between the verb and its count, pointing back to the fight or the
# act ("اشتباكات ... سقط خلالها ستة من مقاتلي الفصائل", six killed); the count may name its
# people after "من".
FELL_BETWEEN: frozenset[str] = frozenset({"خلالها", "خلاله", "خلالهما", "فيها", "فيه",
                                          "جراءها", "جراءه", "بنتيجتها"})
# The people after "من" may be a force's own, with its pronoun ("سقوط أربعة من مقاتليها"،
# "سقط ثلاثة من عناصرهم"): a noun of people in construct, with one of these after it.
FELL_OWNED: tuple[str, ...] = ("ها", "هم", "هما", "ه", "نا")
FELL_NOT_KILLED: frozenset[str] = frozenset({
    "اسيرا", "اسيرين", "اسري", "اسيران", "قبضه", "بقبضه", "ايدي", "بايدي", "جريحه", "جريحين",
    "جريحان", "مصابه", "مصابين", "مغشيا"})
# A death word right after one of these (up to two words) is the cause of what the sentence
# reports, an earlier incident: "ردا على مقتل"، "انتقاما لمقتل"، "على خلفية مقتل"، "ثأرا
# لمقتل".
CAUSE_OF: frozenset[str] = frozenset({"ردا", "انتقاما", "ثارا", "خلفيه"})
# ... and so is a death in a relative clause (one of RELATIVES up to two words before the
# death word) of an act named after one of CAUSE_OF, up to CAUSE_CLAUSE_REACH words back:
# "رداً على تفجير السوق الأحد الماضي الذي أودى بحياة ستة أشخاص" (the cause's dead).
# (RELATIVES, below)
CAUSE_CLAUSE_REACH: int = 12
# So is a death right after an accusation: "منزل شاب متهم بقتل طفل"، "أوقف بتهمة قتل"، "المشتبه
# بقتله": the charge against someone, a killing told as a crime, not this event's dead.
ACCUSED_OF: frozenset[str] = frozenset({
    "متهم", "متهما", "متهمه", "المتهم", "متهمين", "المتهمين", "تهمه", "بتهمه", "اتهام",
    "باتهام", "بتهم", "المشتبه", "مشتبه", "يشتبه", "المتورط", "متورط", "متورطين",
})
# The attacker killed ("قتلت القوات المهاجم"، "بينما قتل مطلق النار"، "قتل أحد المهاجمين"):
# ACLED counts the perpetrators among an event's dead, so a sentence that tells only the
# attacker's death adds to the victims' toll of the other sentences instead of competing
# with it. ATTACKERS right after a death word (or after "أحد"), ATTACKER_PHRASES as two
# words ("مطلق النار").
ATTACKERS: frozenset[str] = frozenset({"المهاجم", "المهاجمين", "الانتحاري", "الانتحاريين",
                                       "المنفذ", "الجاني", "المسلح", "المسلحين"})
ATTACKER_PHRASES: frozenset[tuple[str, str]] = frozenset({("مطلق", "النار"),
                                                         ("منفذ", "الهجوم")})
# So are the attackers counted "of" them, after a death word or before a passive one ("مقتل
# خمسة من المهاجمين"، "اثنين على الأقل من المهاجمين قتلا"). Only words that name them as the
# attackers: "أربعة من المسلحين قتلوا" counts armed men of either side.
ATTACKERS_COUNTED: frozenset[str] = frozenset({"المهاجمين", "الانتحاريين", "المنفذين"})
# So is a suicide bomber who blew himself up ("المهاجم فجّر نفسه"، "فجّر الآخر نفسه"، "قام
# بتفجير نفسه"، "انتحاريان فجرا نفسيهما"), when the toll names its dead as the people he
# struck ("قتل أحد عناصر الشرطة"، "مقتل مدنيين اثنين"): he adds to it. A toll that counts
# persons of any side (a word of PERSONS_DEAD: "25 قتيلاً"، "33 شخصاً"، "ارتفاع عدد الضحايا إلى
# 8 أشخاص") may count him already, as the officials' and medics' first tolls an outlet
# relays do: it stands. A form of SELF_DETONATED before SELF (one dead) or SELVES_TWO (two)
# within SELF_DETONATED_REACH words tells him dead, unless the blast was only meant or
# prevented (a word of SELF_DETONATION_UNDONE just before: "حاول تفجير نفسه"، "قبل أن يتمكن
# من تفجير نفسه"، "توجه لتفجير نفسه").
SELF_DETONATED: frozenset[str] = frozenset({
    "فجر", "وفجر", "ففجر", "يفجر", "ليفجر", "فجرت", "وفجرت", "تفجر", "فجرا", "وفجرا",
    "يفجرا", "فجرتا", "تفجير", "بتفجير", "وتفجير",
})
SELF: frozenset[str] = frozenset({"نفسه", "نفسها"})
SELVES_TWO: frozenset[str] = frozenset({"نفسيهما"})
SELF_DETONATED_REACH: int = 3
SELF_DETONATION_UNDONE: frozenset[str] = frozenset({
    "حاول", "وحاول", "حاولت", "وحاولت", "يحاول", "تحاول", "محاولا", "محاوله", "محاولته",
    "يتمكن", "تتمكن", "منعه", "منعها", "لمنعه", "احباط", "يعتزم", "ينوي", "يريد", "بقصد",
    "بهدف", "يستطيع", "دون", "لتفجير",
})
PERSONS_DEAD: frozenset[str] = frozenset({
    "قتيل", "قتيلا", "قتيلاً", "قتيلين", "قتلى", "شخص", "شخصا", "شخصاً", "شخصين", "أشخاص",
    "شهيد", "شهيدا", "شهيداً", "شهيدين", "شهداء", "ضحية", "ضحيتين", "ضحايا", "نفس", "نفسا",
    "حالة", "حالات", "وفاة", "وفيات", "جثة", "جثث",
})
# ... unless the toll already counts the attacker among its dead ("قتل خمسة بينهم
# الانتحاري"): a word of AMONG_DEAD right before one of ATTACKERS.
AMONG_DEAD: frozenset[str] = frozenset({"بينهم", "منهم", "فيهم", "وبينهم", "ومنهم"})
# "Victims" count the killed and the wounded together ("سقوط 5 ضحايا"), so they give no
# death toll (ACLED codes deaths only), except as a toll that rises with the wounded
# given apart ("ارتفع عدد الضحايا إلى 8 أشخاص و18 مصابا": the 8 are the dead).
VICTIMS: frozenset[str] = frozenset({"ضحايا", "ضحيه"})
# ... or with the rise put down to the wounded dying of their wounds ("ارتفعت حصيلة ضحايا
# الغارة إلى ستة مدنيين، بعد وفاة رجل وطفل متأثرين بجراحهما"): the victims counted are the
# dead. A word starting with one of these (after و) says so.
# (The death may be told before the rise too: "توفي طفل متأثراً بجراحه، ليرتفع عدد ضحايا
# القصف إلى ثلاثة".)
DIED_OF_WOUNDS: tuple[str, ...] = ("متاثر",)
# (In a sentence of several clauses, a clause telling one who died of his wounds, "...، فيما
# فارق عنصر ثالث الحياة متأثراً بجراحه في مشفى المدينة", adds its dead to the clause before
# it: the place it names is where he died, not another scene.)
# ... or to bodies recovered ("ارتفعت حصيلة ضحايا الغارات إلى 19 مدنياً، بعد انتشال جثث
# جديدة من تحت الأنقاض"): bodies are the dead, so are the victims counted. One of these
# (with its clitics) after the figure says so.
RISE_BY_BODIES: frozenset[str] = frozenset({"انتشال", "جثث", "جثامين", "الجثث", "الجثامين"})
# Death nouns that are their own count, with no number before them: two, or one ("عثر على
# جثة شاب": one body).
DEAD_TWO: frozenset[str] = frozenset({"قتيلين", "قتيلان", "شهيدين", "شهيدان", "جثتين", "جثتان"})
DEAD_ONE: frozenset[str] = frozenset({"قتيل", "قتيلا", "شهيدا", "جثه", "شهيد", "مقتولا",
                                      "مقتوله"})
# A slogan quoted in guillemets after one of these words ("تحت شعار «روسيا تقتل أطفالنا»"،
# "جمعة «الموت ولا المذلة»"، "هتفوا «يا شهيد ارتاح»") counts no dead: its words are the
# crowd's, not the report's. Written as in the text (a word counts when it starts with one).
SLOGAN_BEFORE: tuple[str, ...] = ("شعار", "بشعار", "وشعار", "شعارات", "هتاف", "هتف",
                                  "وهتف", "يهتف", "مرددين", "رددوا", "ردد", "لافتات",
                                  "لافتة", "لافته", "جمعة", "جمعه")

# A live update line ("تحديث 02:40: مقتل خمسة عناصر"، "محدث: ...") of a breaking item, as
# Telegram channels and live pages post them: its count of the dead, above the one told
# before, is the incident's later count. The sentence's first word is one of these.
LIVE_UPDATE: frozenset[str] = frozenset({"تحديث", "محدث", "التحديث"})
# A toll that rises ("ارتفع عدد القتلى إلى 11"): words that open such a sentence (a word
# counts when it starts with one), and the words before the new figure.
RISING: tuple[str, ...] = ("ارتفع", "لترتفع", "ليرتفع", "وارتفع", "ارتفاع", "بارتفاع")
# The present of RISING tells a rise that happened after "قبل أن" or "إلى أن" ("وسقط فيه
# ثلاثة قتلى في حصيلة أولية، قبل أن ترتفع الحصيلة مساءً إلى خمسة"): the words, and the
# pair of words right before them. (Alone, "ترتفع" is as often foreseen: "قد ترتفع".)
RISING_PRESENT: tuple[str, ...] = ("ترتفع", "يرتفع")
# A toll raised ("ما يرفع حصيلة القتلى إلى ستة"، "ليرفع عدد الضحايا إلى 9"): one of these
# verbs of raising, the toll named right after it (within two words), is a rise too.
RAISES: tuple[str, ...] = ("يرفع", "ترفع", "ليرفع", "لترفع", "رفع", "رفعت", "ويرفع", "وترفع",
                           "فيرفع", "فترفع")
RISE_NARRATED_AFTER: tuple[tuple[str, str], ...] = (("قبل", "أن"), ("إلى", "أن"))
# "ما أوقع سبعة قتلى في حصيلة أولية، قبل أن تعلن مصادر طبية ارتفاع العدد إلى تسعة": "the
# number" bare, right after a word of RISING and before a word of RISES_TO, is the toll the
# sentence has counted, risen (not where the wounded were told before it: it may be theirs).
RISEN_NUMBER: frozenset[str] = frozenset({"العدد", "والعدد"})
RISES_TO: frozenset[str] = frozenset({"الي", "لتصل", "ليصل", "لترتفع", "اصبح", "اصبحت",
                                     "لتصبح", "ليصبح"})
# A toll that becomes a figure is a later count too ("لتصبح الحصيلة خمسة قتلى"، "بأن عدد
# القتلى أصبح خمسة"): one of these within three words of "الحصيلة" or "عدد".
# A toll told as a later count: "في حصيلة جديدة"، "حصيلة محدثة" (one of UPDATED right after
# "حصيلة"), or one of LATER in a sentence that names the toll ("أعلن في وقت لاحق أن الحصيلة
# باتت 12"): it replaces the earlier figures as a risen toll does.
UPDATED: frozenset[str] = frozenset({"جديده", "محدثه", "نهائيه", "الجديده", "المحدثه",
                                    "النهائيه", "اخيره", "الاخيره"})
LATER: frozenset[str] = frozenset({"لاحقا", "لاحق", "باتت", "بات", "وباتت", "لتبلغ"})
BECOMES: frozenset[str] = frozenset({"اصبح", "اصبحت", "لتصبح", "ليصبح", "واصبح", "واصبحت",
                                    "فاصبح", "فاصبحت"})
# "قرية أم العصافير التابعة لسري كانيه ... ما أسفر عن مقتل خمسة": a place right after one of
# these (and "ل") says where the scene before it lies; a sentence whose other places are all
# such is about the scene alone, and its dead are the scene's.
PARENT_MARKERS: tuple[str, ...] = ("التابعة", "التابعه", "التابع", "تابعة", "تابعه", "تابع")
# A toll that rises keeps the lower figure of a second source in its sentence ("ارتفعت
# الحصيلة إلى 15 بحسب مرصد محلي، في حين تحدث الدفاع المدني عن 18 قتيلاً": 15, the most
# conservative), unless the sentence tells that figure as the earlier count with one of
# these ("بعد أن كانت الوزارة أعلنت مقتل 25"، "في وقت سابق"، "الحصيلة الأولية"، "بعد أن
# تحدثت الحصيلة الأولى عن 20": the first toll is the earlier count).
EARLIER_FIGURE: frozenset[str] = frozenset({"كانت", "كان", "وكانت", "وكان", "سابق", "سابقا",
                                            "الاوليه", "اوليه", "بعدما", "الاولي", "اولي"})
# A rise foreseen is no rise: "مرجحاً ارتفاع العدد"، "وسط مخاوف من ارتفاع الحصيلة" (one of
# these up to two words before the word of RISING): the figures told are still the toll.
EXPECTED_RISE: frozenset[str] = frozenset({
    "يرجح", "ويرجح", "مرجح", "مرجحا", "مرجحه", "مرجحين", "رجح", "رجحت", "ترجح", "وترجح",
    "يتوقع", "ويتوقع", "متوقع", "توقع", "توقعت", "توقعات", "وتوقعات", "يخشي", "ويخشي",
    "خشيه", "مخاوف", "تخوف", "تخوفات", "يحتمل", "ويحتمل", "احتمال", "احتمالات", "امكانيه",
    "مرشح", "مرشحه", "مرشحا",
    # a rise a warning foresees: "محذراً من أن القصف سيؤدي إلى ارتفاع كبير في أعداد الضحايا"
    "سيودي", "ستودي", "سيتسبب", "ستتسبب", "ينذر", "تنذر", "يهدد", "تهدد"})
# "أودى بحياة" ("took the life of"): "بحياة" counts whom it names only after one of these
# verbs (up to three words before it, ending the word: "وأودت"، "ليودي").
TOOK_LIFE: tuple[str, ...] = ("اودي", "اودت", "يودي", "تودي", "اوديا", "اودتا")
# ... and "بحياته" with its pronoun after one of them names its dead by the pronoun, as
# PRONOUN_DEATHS do ("فتودي بحياتهما" two, "أودى بحياتها" one): the word's stem, with "ب".
# ("خاطر بحياته" risked his life: no verb of TOOK_LIFE, no one died.)
LIFE_WITH_PRONOUN: str = "بحيات"
# "حصد الانفجار أرواح 12 شخصا"، "أزهق القصف أرواح خمسة": "أرواح" ("lives") counts whom it
# names only after one of these verbs (up to three words before it, ending the word).
TOOK_LIVES: tuple[str, ...] = ("حصد", "حصدت", "يحصد", "تحصد", "ازهق", "ازهقت", "يزهق",
                               "تزهق")
LIVES: frozenset[str] = frozenset({"ارواح"})
# "راح ضحيتها 10 مدنيين"، "ذهب ضحيتها ثلاثة"، "راح ضحية القصف أربعة": the verb before
# "ضحيتها" (or "ضحية" and the act) that makes its people the dead.
FELL_VICTIM: frozenset[str] = frozenset({"راح", "ذهب", "وراح", "وذهب", "سقط", "وسقط", "يسقط"})
# A family killed: "استشهاد عائلة مؤلفة من 6 أشخاص" counts the people after "من" (up to
# three words after the noun); a family with no count is deaths without a number.
FAMILY: frozenset[str] = frozenset({"عائله", "اسره"})
# "فارق الحياة" ("left life"): the verb, then "الحياة" up to LEFT_LIFE_WITHIN words after it.
# Whom it names stands between them ("فارق مواطنان الحياة" two, "فارق شاب ... الحياة" one,
# new dead added to the sentence's); a dual verb counts two ("فارقا الحياة"); with no one
# named it is the one the sentence is about (one).
# "فقد حياته" ("lost his life") is read the same way, "حياته" (any pronoun) for "الحياة",
# and so is its verbal noun ("أسفر عن مقتل خمسة وفقدان اثنين من المقاتلين حياتهما").
LEFT_LIFE: frozenset[str] = frozenset({"فارق", "فارقت", "يفارق", "تفارق", "فقد", "فقدت",
                                       "فقدان"})
# "فقدت عائلة في البلدة ثلاثة من أطفالها" ("a family lost three of its children"): one of
# these, then within LOST_KIN_WITHIN words a count "of" a kin plural with its pronoun
# (KIN_PLURALS), or a kin dual with it ("فقدت الأم طفليها" two): the kin named died.
LOST: frozenset[str] = frozenset({"فقد", "فقدت", "وفقد", "وفقدت", "يفقد", "تفقد", "خسر", "خسرت",
                                  "وخسر", "وخسرت"})
LOST_KIN_WITHIN = 8
# So do a force's men with its pronoun: "وخسرت الكتائب المهاجمة أربعة من مقاتليها"، "فقدت
# الوحدة ثلاثة من عناصرها" (a side counting its own dead in the words of loss).
LOST_RANKS: tuple[str, ...] = ("مقاتلي", "عناصر", "جنود", "افراد", "مسلحي", "ضباط", "رجال",
                               "اعضاء", "منتسبي")
# ... but not what is lost with these: "فقد أثر"، "فقد الاتصال بـ" (gone missing, not dead).
LOST_NOT: frozenset[str] = frozenset({"اثر", "الاتصال", "التواصل", "السيطره", "الامل"})
LEFT_LIFE_TWO: frozenset[str] = frozenset({"فارقا", "فارقتا", "يفارقان", "تفارقان", "فقدا",
                                           "فقدتا"})
# A plural verb counts whom it follows ("ثلاثة مدنيين فارقوا الحياة": three); after another
# source speaks, that is its figure of the same dead, and the lower one stands.
LEFT_LIFE_MANY: frozenset[str] = frozenset({"فارقوا", "يفارقون", "فقدوا", "فارقن", "فقدن"})
LIFE: tuple[str, ...] = ("الحياه", "حياته", "حياتها", "حياتهم", "حياتهما", "حياتهن")
LEFT_LIFE_WITHIN: int = 8
# An unnamed "فارق الحياة" in a clause opened by one of these, after dead counted in an
# earlier clause, is one more ("ما أدى لمقتله، بينما أصيب الطفل وفارق الحياة": two).
ANOTHER_CLAUSE: frozenset[str] = frozenset({"فيما", "وفيما", "بينما", "وبينما", "حين"})
# "لفظ أنفاسه الأخيرة" ("breathed his last"): one, or two for the dual verb ("لفظا
# أنفاسهما"), when a word starting with BREATH follows the verb.
LAST_BREATH: frozenset[str] = frozenset({"لفظ", "لفظت"})
LAST_BREATH_TWO: frozenset[str] = frozenset({"لفظا", "لفظتا"})
BREATH: tuple[str, ...] = ("انفاس",)
# "ووثق المرصد مقتل 11 عنصراً و7 مقاتلين منذ صباح اليوم، ليرتفع إلى 96 عدد قتلى الطرفين
# منذ فجر الثلاثاء": a rising total dated since an earlier day ("منذ" followed, within two
# words, by a weekday or one of these) sums several days; the sentence's own counts stand.
CUMULATIVE_SINCE: frozenset[str] = frozenset({"ايام", "يومين", "اسبوع", "اسبوعين", "بدء",
                                              "بدايه", "انطلاق", "مطلع", "اندلاع"})
# "أسفرت المعارك منذ بدايتها عن مقتل 500 ...، مشيراً إلى أن اليوم الأخير وحده شهد مقتل 21":
# a total since the fighting began ("منذ" then a word starting with one of SINCE_START) beside
# the figure of one day alone (one of ALONE, at most DAY_ALONE_REACH words after one of
# DAY_WORDS): ACLED codes the day's incident, whose dead are the day's figure, not the
# campaign's. (Matching forms.)
SINCE_START: tuple[str, ...] = ("بدء", "بداي", "انطلاق", "اندلاع", "مطلع")
DAY_WORDS: frozenset[str] = frozenset({"اليوم", "يوم", "الساعات", "ساعات", "الليله", "ليله"})
ALONE: frozenset[str] = frozenset({"وحده", "وحدها"})
DAY_ALONE_REACH: int = 3
# "تراوح عدد القتلى بين 18 و22": a toll given as a range after one of these verbs (up to
# three words before the death noun) is its lower bound, the most conservative figure.
RANGES: frozenset[str] = frozenset({"تراوح", "تراوحت", "يتراوح", "تتراوح", "وتراوح",
                                    "وتراوحت", "ويتراوح", "وتتراوح"})
# "قتل 60 عنصرا من قوات النظام، مقابل 23 مقاتلا من الفصائل": the other side's dead, told
# after one of these, add to the sentence's toll (a count of people must follow it: "مقابل
# 200 دولار" is no one).
COUNTERPART: frozenset[str] = frozenset({"مقابل", "ومقابل", "بالمقابل", "وبالمقابل"})
# A sentence opening with one of these (among its first three words) tells the other side's
# dead of the same fight ("في المقابل، قتل 5 من مقاتلي الفصائل" after 12 soldiers): its
# count adds to the other sentences' toll instead of competing with it.
COUNTERPART_OPENERS: frozenset[str] = frozenset({"المقابل", "مقابل", "بالمقابل", "وبالمقابل"})
# Passive plural verbs that say "met their death" with حتف/مصرع after them, the people
# before them: "ستة أشخاص لقوا حتفهم".
MET_DEATH: frozenset[str] = frozenset({"لقوا", "لقيا", "لقين", "لقيتا", "لاقوا", "لاقيا"})
# The singular verb before whom it names, "لقي ... حتفهم" ("met their death"): the dead
# stand between, however many of them are listed ("لقي خمسة مقاتلين من الفصائل وثمانية
# عناصر من قوات النظام حتفهم" is thirteen). حتف/مصرع up to this many words after the verb.
MET_DEATH_BEFORE: frozenset[str] = frozenset({"لقي", "لقيت", "لاقي", "لاقت"})
MET_DEATH_REACH: int = 16
# The one whose funeral is told died before it: a death word right after a funeral word
# ("تشييع شهيد الجمعة"، "تشييع شاب قضى أمس") or after a relative pronoun a few words on
# ("موكب تشييع أحد أبناء البلدة الذي قضى يوم الجمعة") counts no one of the sentence's
# incident (those shot at the funeral are counted as told: "سقط شهيدان خلال التشييع").
FUNERAL: frozenset[str] = frozenset({"تشييع", "جنازه", "جنازات", "شيع", "شيعت", "شيعوا",
                                     "يشيع", "يشيعون", "دفن"})
FUNERAL_RELATIVES: frozenset[str] = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
FUNERAL_REACH: int = 6
# Dual verbs after whom they name: "طفلة وشاب قتلا" is two, however they are named.
DUAL_VERBS: frozenset[str] = frozenset({"قتلا", "قتلتا", "قضيا", "استشهدا", "لقيا", "لقيتا"})
# Active verbs whose subject (the killers) may stand between them and the count:
# "قتلت مقاتلات روسية، اليوم، ما لا يقل عن 20 مدنياً".
ACTIVE: frozenset[str] = frozenset({"قتل", "قتلت", "يقتل", "تقتل", "اعدم", "اعدمت", "يعدم",
                                    "تعدم", "اغتال", "اغتالت", "اغتالوا", "اغتالا", "يغتالون",
                                    "يغتال", "يقتلون"})
# A part of people already named after a death word ("إعدام 150 شخصا قضى بعضهم ذبحا"):
# they are counted already, and the part has no number of its own.
PART_OF: frozenset[str] = frozenset({"بعضهم", "معظمهم", "اغلبهم", "جميعهم", "كلهم",
                                     "غالبيتهم", "بعضها", "معظمها"})
# "قضى" is "died" and "spent" or "ruled": followed by a time ("قضى 25 عاما") or by a word
# starting with one of RULED ("قضى بسجنه"، "قضت المحكمة بإعدامه"), no one died.
SPENT: frozenset[str] = frozenset({"قضي", "قضيا", "قضوا", "قضت", "قضين"})
RULED: tuple[str, ...] = ("بسجن", "بالسجن", "بحبس", "بالحبس", "باعدام", "بالاعدام",
                          "بعدم", "بتغريم", "بالافراج", "ببراءه")
# ... or by one of these words, whole ("قضت المحكمة بأن"; "قضوا بانفجار لغم" died).
RULED_WORDS: frozenset[str] = frozenset({"بان", "بانه", "بانها", "بانهم"})
# A toll that reaches a figure: "بلغت حصيلة القتلى 20"، "عدد القتلى بلغ 33"، "وصل عدد
# الشهداء إلى 9" (the figure after the noun, or after the verb).
REACHES: frozenset[str] = frozenset({"بلغ", "بلغت", "وبلغ", "وبلغت", "وصل", "وصلت", "ووصل",
                                     "ووصلت", "يبلغ", "تبلغ", "ليبلغ", "لتبلغ", "اصبح", "اصبحت",
                                     "لتصبح", "ليصبح"})
# "القضاء على 27 إرهابياً"، "قضت الوحدات على أعداد كبيرة من الإرهابيين" (state media:
# eliminated, killed): these words before "على" and a count of people (or a vague number).
# The noun also comes after "ب" of how an act ended or "و" of one more result: "انتهت
# العملية بالقضاء على أعداد من الإرهابيين"، "تدمير أسلحتهم والقضاء على 12 منهم" ("للقضاء
# على" is what an act is for, not what it did).
ELIMINATED: frozenset[str] = frozenset({"قضاء", "القضاء", "قضى", "قضت", "قضوا", "وقضى",
                                        "وقضت", "وقضوا", "تقضي", "يقضي", "بالقضاء",
                                        "وبالقضاء", "والقضاء"})
# A word with its pronoun may stand between the verb and "على": "خاضت الوحدات اشتباكات قضت
# خلالها على أعداد من المسلحين" (during them), "كمين قضت فيه على 30 مسلحاً".
ELIMINATED_BETWEEN: frozenset[str] = frozenset({"خلالها", "خلاله", "خلالهما", "فيها", "فيه",
                                                "اثرها", "اثناءها", "بها"})
# The verb's subject (the unit that did it) may stand between it and "على", a few words
# with no number among them: "قضت وحدة من الجيش على سبعة إرهابيين" (seven). Then a count
# of people must follow ("قضى الطفل ليلته على ..." is none). Finite verbs only ("القضاء" is
# followed by "على" itself), up to ELIMINATED_SUBJECT_REACH words before "على".
ELIMINATED_BY: frozenset[str] = frozenset({"قضى", "قضت", "قضوا", "وقضى", "وقضت", "وقضوا",
                                          "تقضي", "يقضي"})
ELIMINATED_SUBJECT_REACH: int = 5
# "إبادة ثلاثة من المرتزقة"، "تحييد 5 إرهابيين"، "تصفية عنصرين" (a side's statement of the
# enemy it killed): these words count the people right after them, only when a count of
# people follows ("حرب إبادة"، "تصفية الحسابات" count nobody).
# (not "حيد": with its clitic it is the name and word "وحيد")
WIPED_OUT: frozenset[str] = frozenset({"اباده", "تحييد", "تصفيه", "حيدت", "ابادت"})
# "قتل 20 شخصاً بين عسكري ومدني"، "30 بين رجل وامرأة وطفل": one of these right after a count
# (or its noun) and a person noun says what kinds of people the count holds, no one more.
COMPOSED_OF: frozenset[str] = frozenset({"بين"})
# "... إضافة إلى أربعة من": more people added to those counted.
IN_ADDITION: frozenset[str] = frozenset({"اضافه", "فضلا", "بالاضافه"})
IN_ADDITION_TO: frozenset[str] = frozenset({"الي", "عن"})
# "... إلى جانب تسعة من": the same, its two words the other way round.
ALONGSIDE: tuple[str, str] = ("الي", "جانب")
# A toll's sentence may tell where and when its dead fell before it adds the other side's
# ("مقتل 17 من جنود النظام خلال الساعات الأخيرة من المعارك داخل الأحياء الشمالية للمدينة،
# إضافة إلى تسعة من مقاتلي التنظيم": 26). Past the list a count's noun opens, these words
# still add a count of people up to this many words after the count (or after the verb whose
# subject it is, "عشرون عنصراً قتلوا في ...، إلى جانب تسعة مقاتلين"), unless another death
# word or the end of the clause comes first.
IN_ADDITION_REACH: int = 24
# ... unless they were put to death after their capture ("مقتل 17 من النصرة و13 من التنظيم،
# فضلاً عن أربعة آخرين أعدمهم التنظيم بعد أسرهم": 30): ACLED codes killing captives as
# violence against civilians, an event apart from the fight. A word of EXECUTED_CAPTIVES
# within CAPTIVES_REACH words after their count says so.
EXECUTED_CAPTIVES: frozenset[str] = frozenset({"اعدمهم", "اعدمتهم", "اعدموهم", "اعدمهما",
                                              "اعدمتهما", "اسرهم", "اسرهما", "ميدانيا",
                                              "تصفيتهم"})
CAPTIVES_REACH: int = 8

# -- between a death word and its count -------------------------------------------------
# Hedges before a number: "أكثر من 20", "نحو 15", "ما لا يقل عن 7".
HEDGES: frozenset[str] = frozenset({"اكثر", "من", "نحو", "حوالي", "قرابه", "قرابة", "ما", "لا",
                                    "يقل", "عن", "زهاء", "اقل", "الاقل", "ما يزيد",
                                    "يزيد", "يقرب", "يناهز"})
# Hedges after a number: "20 شخصا على الأقل قتلوا".
HEDGES_AFTER: frozenset[str] = frozenset({"علي", "الاقل", "الاكثر", "تقريبا"})
# Pronoun-bearing fillers: "قتل فيها 12 عنصرا".
FILLERS: frozenset[str] = frozenset({"فيها", "فيه", "فيهما", "خلالها", "خلاله", "بها",
                                     "اثرها", "علي", "اثر"})
# A death verb put first, then where or how, then whom ("قتل في المعارك عشرة من عناصر
# التنظيم"، "استشهد جراء القصف ثلاثة مدنيين"): after one of these right after the verb, the
# count of people within PUT_FIRST_REACH words (before a relative pronoun or another clause)
# is the dead's, not the singular verb's one subject.
PUT_FIRST: frozenset[str] = frozenset({"في", "خلال", "اثناء", "جراء", "اثر", "بسبب", "بنيران",
                                       "برصاص", "بقصف", "بغاره", "بانفجار"})
PUT_FIRST_REACH: int = 4
RELATIVES: frozenset[str] = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين"})
# Numbers that are no count: "عشرات القتلى" (deaths, number unknown).
VAGUE: frozenset[str] = frozenset({"عشرات", "الاف", "عده", "عدد", "بعض", "العشرات", "مئات",
                                   "المئات", "العديد", "اعداد", "اعدادا", "عددا", "بضعه",
                                   "بضع"})  # ("قتل بضعة عناصر": a few, no number)
# "سقوط خسائر بشرية بين المقاتلين"، "أوقع خسائر في الأرواح": human losses, deaths told
# without a number (a word of LOSSES, then one of HUMAN right after it, or "في الأرواح");
# negated ("ولم تسجل خسائر بشرية") they are none.
# "كبدت الإرهابيين خسائر كبيرة بالأفراد والعتاد" (state media: losses in men) says so too,
# with a word of LOSS_SIZE between (one of HUMAN, or "في" and one of HUMAN_AFTER_IN, next).
LOSSES: frozenset[str] = frozenset({"خسائر", "الخسائر", "بخسائر", "وخسائر"})
HUMAN: frozenset[str] = frozenset({"بشريه", "البشريه", "بالارواح", "بالأرواح", "بالافراد",
                                   "بالأفراد"})
HUMAN_AFTER_IN: frozenset[str] = frozenset({"الارواح", "الأرواح", "الافراد", "الأفراد"})
LOSS_SIZE: frozenset[str] = frozenset({"كبيره", "فادحه", "جسيمه", "كبري", "ضخمه", "كثيره",
                                       "هائله"})
LOSSES_NEGATED_WITHIN = 7
# How many words before a plural death verb a word of VAGUE makes its subject dead without
# a number: "إن عشرات العناصر من قوات النظام قتلوا" (the toll is unknown, not zero).
VAGUE_REACH = 6

# -- numbers that are no count of people -------------------------------------------------
# A number right after these is a unit's, a calibre's, an hour's or a road's number, not a
# count: "الفرقة 25", "مدفع 57", "عيار 23", "الساعة 17".
NUMBERED: frozenset[str] = frozenset({
    "فرقه", "لواء", "فوج", "كتيبه", "فيلق", "عيار", "مدفع", "رشاش", "دوشكا", "ساعه", "عام",
    "سنه", "رقم", "طريق", "اوتوستراد", "مرتبه", "قرار", "ماده", "بند", "صاروخ", "طراز",
})
# A number right before these measures time, age, distance or calibre, not people:
# "طفل (12 عاما)", "خلال الـ24 ساعة", "على بعد 5 كم", "رشاش 14.5 مم". (Not the bare
# "يوم"، "عام"، "شهر"، "سنة": they open a date after a count, "قتل اثنان يوم الثلاثاء".)
UNITS_AFTER: frozenset[str] = frozenset({
    "عاما", "اعوام", "سنوات", "سنين", "شهرا", "اشهر", "شهور",
    "يوما", "ايام", "ساعه", "ساعات", "دقيقه", "دقائق", "اسبوعا", "اسابيع", "كم",
    "كيلو", "كيلومتر", "كيلومترا", "كيلومترات", "متر", "مترا", "امتار", "مم", "ملم", "مللي",
    "ملي", "بالمئه", "بالمائه", "درجه", "دولار", "ليره", "طن", "كغ",
})
# A sentence that totals a period, not an incident: "منذ مطلع العام"، "وأظهرت الإحصاءات".
# A word of SINCE followed within two words by a word of PERIOD_START, or a STATISTICS
# word anywhere, makes the sentence count nobody.
SINCE: frozenset[str] = frozenset({"منذ"})
PERIOD_START: frozenset[str] = frozenset({"مطلع", "بدايه", "بدء", "اندلاع", "انطلاق"})
STATISTICS: frozenset[str] = frozenset({"الاحصاءات", "احصاءات", "احصائيه", "الاحصائيات",
                                        "احصائيات"})
# "خلال أسبوع"، "خلال الشهر الماضي": a toll over a period longer than a day (DURING
# followed by one of PERIODS) totals many incidents, not the one reported.
DURING: frozenset[str] = frozenset({"خلال", "طيله", "طوال"})
PERIODS: frozenset[str] = frozenset({"اسبوع", "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر",
                                     "شهور", "عام", "سنه", "اعوام", "سنوات", "ايام"})
# A sentence dated to an earlier part of the month or to a past period recalls deaths
# before the reported incident ("منتصف شهر تموز الجاري"، "مطلع الشهر الحالي"، "قضوا
# الشهر الماضي"): a word of MONTH_PART before a word of MONTH, or a word of PAST_UNITS
# before a word of PAST.
MONTH_PART: frozenset[str] = frozenset({"مطلع", "منتصف", "اواخر", "اوائل", "اواسط"})
MONTH: frozenset[str] = frozenset({"شهر", "الشهر"})
PAST_UNITS: frozenset[str] = frozenset({"الشهر", "الاسبوع", "العام", "السنه"})
PAST: frozenset[str] = frozenset({"الماضي", "المنصرم", "الفائت"})
# "بعد يوم من إعدام 150 شخصا"، "بعد ساعات من اغتيال": a death word after AFTER ... من
# (up to three words before it) recalls an earlier incident; its dead are not this one's.
AFTER: frozenset[str] = frozenset({"بعد", "عقب"})
# ... or AFTER, a span of time and "على" ("بعد أسبوع على اغتيال رئيس المخفر"، "بعد ساعات
# على مقتل"): a span of time one of these (or of UNITS_AFTER) names, right before "على" ("بعد
# العثور على جثة" is when the body was found, no earlier death).
SPANS: frozenset[str] = frozenset({"يوم", "يومين", "ايام", "ساعه", "ساعات", "ساعتين", "اسبوع",
                                   "اسبوعين", "اسابيع", "شهر", "شهرين", "اشهر", "عام", "عامين",
                                   "سنه", "سنوات", "اعوام", "ليله", "ليال"})
# A second source's figure in the same sentence ("... قتلت عشرة، فيما قال المرصد إن 18
# قتلوا"): reports differ, and ACLED takes the most conservative one (its fatalities FAQ:
# "If source reports differ ... ACLED uses the most conservative estimate available").
# (A count of the dead after such a verb competes; a count with a death verb of its own,
# "فيما أعلنت الفصائل مقتل 10 من عناصر النظام", may be the other side's and adds up.)
REPORTED: frozenset[str] = frozenset({"قال", "قالت", "ذكر", "ذكرت", "افاد", "افادت", "اعلن",
                                      "اعلنت", "اكد", "اكدت", "وثق", "وثقت", "تحدث", "تحدثت",
                                      # a source that counts ("بينما أحصت مصادر محلية 34
                                      # قتيلاً"، "فيما رصد ناشطون مقتل 12") gives its figure
                                      "احصى", "احصت", "رصد", "رصدت",
                                      # a claim ("وزعم التنظيم أنه قتل خمسة"، "مدعياً
                                      # مقتل عشرة") gives the claimant's figure
                                      "زعم", "زعمت", "زاعما", "زاعمه", "ادعى", "ادعت",
                                      "مدعيا", "مدعيه"})
# A second source's figure told in the pluperfect is that source's earlier count of the same
# dead ("استشهد 5 مواطنين ... وكان المرصد قد أفاد في حصيلة أولية باستشهاد 3"): the figure
# the sentence gives first is the later one and stands, the earlier does not compete with it
# (nor add to it). The reporting verb has "قد" right before it and one of PLUPERFECT_BE
# within EARLIER_REPORT_REACH words before that ("وكانت الشبكة قد وثقت").
PLUPERFECT_BE: frozenset[str] = frozenset({"كان", "كانت", "وكان", "وكانت"})
PLUPERFECT_PARTICLE: str = "قد"
EARLIER_REPORT_REACH: int = 5
# An outlet correcting its own report: after one of CORRECTION ("وتبين لاحقاً أن"،
# "والصحيح أن"), the people told dead before it are said to be hurt, not killed ("كنا قد
# نشرنا خبراً عن مقتل طفلين ... وتبين لاحقاً أن الطفلين أصيبا بجروح"): where the words after
# it name no death and one of them begins with one of CORRECTED_HARMS (after a و), the
# deaths told before it are withdrawn, and the sentence counts only what follows it.
CORRECTION: frozenset[str] = frozenset({"تبين", "وتبين", "يتبين", "اتضح", "واتضح", "يتضح",
                                        "الصحيح", "والصحيح"})
CORRECTED_HARMS: tuple[str, ...] = ("اصيب", "جرح", "بجروح", "بجراح", "مصاب", "يتلقي", "نجا",
                                    "نجو")
# A reporting verb right after one of these is the source just cited, saying more in a
# relative clause ("قتل 14 من عناصر التنظيم، بحسب المكتب الإعلامي، الذي أكد استشهاد
# ثلاثة من مقاتليه"): its count adds to the others, it is no second source's figure.
SAME_SOURCE: frozenset[str] = frozenset({"الذي", "التي", "والذي", "والتي"})
# Nor is a reporting verb after one of these and "ما" ("قتلت 12 عنصراً، بحسب ما أعلنت
# الجبهة"، "وفق ما أفاد مراسل"): it names the source of the count told before it.
ATTRIBUTION: frozenset[str] = frozenset({"بحسب", "حسب", "وفق", "وفقا", "طبقا"})
# A side counting its own men (one of LOST_RANKS with its pronoun: "ثلاثة من مقاتليها
# قضوا") after the dead counted before it, with another figure, tells its own losses: they
# add to the enemy's dead, as a side's losses told apart do ("... وقتلت 12 عنصراً منها،
# التي قالت إن ثلاثة من مقاتليها قضوا": 15). Looked for up to OWN_MEN_REACH words before the
# verb.
OWN_MEN_REACH: int = 4

# -- vague numbers -------------------------------------------------------------------------
# ACLED's convention (its "Fatalities" FAQ, "Uses and limitations of ACLED data", 2023/24):
# "When sources report estimates such as 'tens' or 'dozens' or 'hundreds', ACLED codes 10
# for 'tens', 12 for 'dozens', 100 for 'hundreds'". Our shared format (SCHEMA.md) instead
# asks for null "where the article says people died but gives no number", and the labelled
# real sets follow it, so ``fatalities`` reports these as None; ``acled_estimate`` gives the
# ACLED figure for an export that wants it. عشرات is "tens" (the Arabic has no separate
# "dozens"); a bare plural ("قتلى"، "عدد من القتلى") has no ACLED figure and stays unknown.
VAGUE_ESTIMATES: dict[str, int] = {"عشرات": 10, "العشرات": 10, "مئات": 100, "المئات": 100,
                                   "الاف": 1000}

# -- what does not add to the toll --------------------------------------------------------
# A negation up to four words before a death word: "لم يسجل وقوع قتلى".
NEGATIONS: frozenset[str] = frozenset({"لم", "لا", "دون", "بدون", "عدم", "ولم", "ولا", "ليس",
                                       "وليس", "ليست", "وليست"})
# ... unless the negation opens a hedge on the count ("ما لا يقل عن 60 شهيداً"، "ما لا
# يقل عن"): a negation word followed by one of these says "at least", not "none".
NEGATED_HEDGES: frozenset[str] = frozenset({"يقل", "تقل"})
# ... nor across a speaker's next point ("تأمين السد من دون أضرار، مشيرة إلى ارتقاء أربعة
# من عناصرها"): one of these between the negation and the death word opens a clause of its
# own, which the negation does not reach.
NEGATION_ENDS: frozenset[str] = frozenset({
    "مشيرا", "مشيرة", "مشيرين", "مضيفا", "مضيفة", "موضحا", "موضحة", "مؤكدا", "مؤكدة",
    "لافتا", "لافتة",
})
# A guess, not a report, up to three words before a death word: "ويرجح وجود قتلى" counts
# nobody, not even deaths without a number. After a count, a guess further on is a figure
# competing with it ("قتل أربعة ... في حين ترجح مصادر أن يكون العدد ستة قتلى"): the lower
# one stands.
LIKELY: frozenset[str] = frozenset({"يرجح", "ويرجح", "مرجح", "يتوقع", "ويتوقع", "يخشي",
                                    "ويخشي", "يحتمل", "ويحتمل", "ترجح", "وترجح", "تتوقع",
                                    "وتتوقع"})
# Generic nouns right before a death word: "عمليات اغتيال" counts nobody.
GENERIC: frozenset[str] = frozenset({"عمليات", "حالات", "سلسله", "موجه", "ظاهره", "حوادث",
                                     "محاوله", "محاولات"})  # "محاولة اغتيال": an attempt
# A death word named as the act right after one of these ("قتل شخصان بعملية اغتيال نفذها
# مجهولون"، "قتل الشاب في جريمة قتل"), after dead already counted in the sentence, is the act
# that killed them, no one more. (Alone, "نفذ مجهولون عملية اغتيال بحق شاب" counts its one.)
ACT_NOUNS: frozenset[str] = frozenset({"عمليه", "جريمه", "حادثه"})
# The wounded: a list of the dead stops at them.
INJURY: frozenset[str] = frozenset({"اصابه", "اصيب", "اصيبت", "جرح", "جرحي", "مصابين", "اصابات",
                                    "جريح", "جريحا", "مصاب", "مصابا", "جرحا", "اصيبوا"})
# A death noun joined by و to one of WOUNDED shares its number with them, a combined
# figure that is no death toll: "45 قتيل وجريح"، "بين قتيل وجريح"، "3 قتلى وجرحى" (but
# "3 شهداء وإصابة 15" gives each its own number).
WOUNDED: frozenset[str] = frozenset({"جريح", "جرحي", "جريحا", "مصاب", "مصابا", "مصابين",
                                     "مصابون"})
# A death verb or noun joined by و to one of these shares the count after them: "مقتل
# وإصابة 40"، "قتل وجرح العشرات"، "قتل وخطف أكثر من عشرين" count no deaths of their own.
OTHER_HARMS: frozenset[str] = frozenset({"اصابه", "اصيب", "اصيبت", "جرح", "اصابات", "خطف",
                                         "اختطاف", "اسر", "اعتقال", "تهجير"})
# One of those already counted, told apart ("عن ثلاثة قتلى، أحدهم توفي متأثراً بجراحه"):
# a death word within two words after one of these adds nobody to the count before it.
ONE_OF_THEM: frozenset[str] = frozenset({"احدهم", "احداهم", "احدهن", "احداهن", "احدهما",
                                         "احداهما"})
# A count of people right after the count's noun opens a breakdown of the same dead, in
# apposition ("مقتل ثلاثة أشخاص، اثنان من المسلحين ومسلح من العشائر": three, not four),
# as "هم" does in "ثلاثة أشخاص، هم عنصران ومدني" (LIST_STOP). No word list: any number.
# An enumeration of those already counted ("ثلاثة أشخاص، هم عنصران ومدني") adds nobody; nor
# do persons named right after the count, with no "هم", when they make up its number
# ("مدنيين اثنين، رجل وفتى": the singular and dual nouns of people the toll code knows).
LIST_STOP: frozenset[str] = frozenset({"بينهم", "منهم", "بينهن", "منهن", "بينها", "بينهما",
                                       "هم", "وهم", "هما", "وهما"})
# The dead singled out of a wider count that is no death toll ("سقوط 15 شخصاً بين قتيل
# وجريح، بينهم أربعة قتلى"، "15 إصابة منهم ثلاثة قتلى"): a count right before a death noun,
# after one of these, is the toll when the sentence has counted no dead before it (after a
# count of dead, "قتل عشرة بينهم أربعة ..." names a part of them, as LIST_STOP says).
DEAD_AMONG_CASUALTIES: frozenset[str] = frozenset({"بينهم", "منهم", "وبينهم", "ومنهم",
                                                   "بينهن", "منهن", "بينها", "منها"})
# A protest or riot "after" a killing or against it ("محتجون يقطعون الطريق بعد مقتل شاب"،
# "اعتصام عقب اغتيال ناشط"، "تجمعوا احتجاجاً على مقتل شاب"، "تنديداً بمقتل ثلاثة"): the
# death is what moved the crowd, an earlier incident, not the demonstration's dead. For a
# demonstration's toll, a death noun of DEMONSTRATION_CAUSE_DEATHS right after one of these
# (its "بـ"/"لـ" attached), to the end of its clause, counts no one. (Only there: "انسحبت
# القوات بعد مقتل عشرة من عناصرها" counts the battle's; the killing, coded as an attack of
# its own, keeps its dead.)
DEMONSTRATION_CAUSE_BEFORE: tuple[str, ...] = (
    "بعد", "عقب", "إثر", "اثر", "غداة", "احتجاجا على", "احتجاجاً على", "احتجاجًا على",
    "تنديدا", "تنديداً", "تنديدًا", "استنكارا", "استنكاراً", "استنكارًا")
DEMONSTRATION_CAUSE_DEATHS: tuple[str, ...] = ("مقتل", "اغتيال", "استشهاد", "مصرع", "وفاة",
                                               "إعدام", "اعدام", "قتل", "تصفية")
# Words that end the clause of a death word: what follows is another clause.
CLAUSE_STOP: frozenset[str] = frozenset({
    "اصيب", "اصيبت", "واصيب", "واصيبت", "اصابه", "واصابه", "جرح", "وجرح", "فيما", "بينما",
    "حين", "جراء", "اثر", "بعد",
})

# Listed before these lists were compared in their matching form, and so never used (a
# hamza or ى kept them from matching the text): PERSONS "لاجئ", "لاجئه"; HEDGES "على";
# GENERIC "جرائم". Add them after measuring with newswatch eval ("سائق" was, and is listed).

# -- which place a toll belongs to --------------------------------------------------------
# A count of a day's dead over a round-up ("وثق المرصد مقتل 11 شخصاً أمس في مناطق مختلفة، على
# النحو التالي"، "ارتفع إلى 40 عدد القتلى في عدة مناطق سورية"): a sentence that spreads its dead
# over several areas with one of these totals the incidents told after it, and gives none of
# them its toll (unless it is the only sentence telling that event). Written as in the text.
ROUND_UP_TOTAL: tuple[str, ...] = (
    "في مناطق مختلفة", "في مناطق متفرقة", "في عدة مناطق", "في مناطق عدة", "في عدة محافظات",
    "في محافظات عدة", "في محافظات مختلفة", "في مختلف المناطق", "في مختلف المحافظات",
    # ... with the country's adjective between: "مقتل 41 شخصاً في مناطق سورية عدة"
    "في مناطق سورية عدة", "في عدة مناطق سورية", "في مناطق سورية مختلفة",
    "في مناطق سورية متفرقة", "في عدة محافظات سورية", "في محافظات سورية عدة",
    "في محافظات سورية مختلفة", "في مختلف المناطق السورية", "في مختلف المحافظات السورية",
    "على النحو التالي", "توزعوا على",
    # "شهدت المحافظة أمس سلسلة من الحوادث الأمنية أسفرت عن مقتل خمسة": several incidents
    # (a series of air strikes on one town, "سلسلة غارات", is one event and not listed)
    "سلسلة من الحوادث", "سلسلة حوادث", "حوادث متفرقة", "حوادث أمنية متفرقة",
    # several acts counted together ("رصد المرصد ثلاث عمليات استهداف ... أسفرت عن مقتل
    # أربعة"، "أربع هجمات منفصلة أسفرت عن مقتل ستة"): their sum, told one by one after it
    "عمليات استهداف", "عمليات اغتيال", "هجمات منفصلة", "هجمات متفرقة", "عمليات منفصلة",
    "عمليات متفرقة", "اعتداءات متفرقة", "أحداث متفرقة", "حوادث منفصلة", "تفجيرات متفرقة",
    # a day's tally over the country, or one whose dead fell in part in one governorate
    # ("توثيق 61 شهيداً اليوم ... سقط أكثر من نصفهم في محافظة حمص"), or a bulletin's headline
    # named after its day ("حصيلة الأربعاء: 61 شهيداً بينهم 24 في حمص")
    "في عموم الأراضي السورية", "في عموم سوريا", "في مختلف أنحاء سوريا", "نصفهم في",
    # ... the country named as such ("بلغت حصيلة الشهداء أربعة وعشرين شهيداً في عموم البلاد")
    "في عموم البلاد", "في أنحاء البلاد", "في مختلف أنحاء البلاد", "في أنحاء سوريا",
    "في عموم المحافظات",
    "حصيلة يومية", "الحصيلة اليومية", "حصيلة السبت", "حصيلة الأحد", "حصيلة الاثنين",
    "حصيلة الثلاثاء", "حصيلة الأربعاء", "حصيلة الخميس", "حصيلة الجمعة",
)
# A lead's count followed by a sentence opening on one of these ("وثقت اللجان سقوط 40
# شهيداً اليوم. وفيما يلي أبرز ما رصدته في المحافظات"): the list announced after it tells
# the incidents one by one, so the lead totals them as ROUND_UP_TOTAL says. Written as in
# the text, at the start of the sentence after the lead.
# (Not "وفي التفاصيل": the details of the lead's own incident follow it.)
LIST_ANNOUNCED: tuple[str, ...] = ("وفيما يلي", "فيما يلي", "وفي ما يلي", "وإليكم", "إليكم",
                                   "وتوزعت الحصيلة", "وتوزع الشهداء", "وتوزع القتلى")

# A clause giving the result of what came before it: "وقصف قرية القاسمية ما تسبب بمقتل
# طفل". In a sentence naming places in separate clauses, its toll is that of the places
# of the clause just before it (split evenly among them when they are listed together);
# the places of earlier clauses get none. Written as in the text, with the spellings in
# use (أ and ا, ى and ي).
RESULT_OPENERS: tuple[str, ...] = ("ما أدى", "ما ادى", "مما أدى", "مما ادى", "ما أسفر",
                                   "ما اسفر", "مما أسفر", "مما اسفر", "ما تسبب", "مما تسبب",
                                   "ما أوقع", "ما اوقع", "أسفرت عن", "اسفرت عن", "أسفر عن",
                                   "اسفر عن", "أدت إلى", "ادت الى", "أدى إلى", "ادى الى")
# A sentence opening with one of these adds an incident to those told ("كذلك قصف الطيران
# مدينة دارة عزة، مخلفاً خمسة قتلى" after three killed there in a car): at a town that
# already has an event of that kind that day, its dead add to that event's (ACLED codes one
# event per place, kind and day). Compared with the sentence's first word, in its matching
# form.
ADDITIVE: frozenset[str] = frozenset({"كذلك", "كما", "ايضا", "وكذلك", "وايضا"})
# Dead counted as "others" in a later sentence ("وتسبب الانفجار بمقتل ثلاثة أشخاص آخرين"
# after "قتل المحامي فلان في انفجار عبوة"): the dead named one by one, then the rest, add up
# (four), as after a word of ADDITIVE. Only where the word follows the sentence's count of
# the dead itself, right after the number or after its noun of persons ("قتل رجل وأصيب
# ثلاثة آخرون" counts the wounded as others, not the dead). In its matching form.
OTHERS_COUNTED: frozenset[str] = frozenset({"آخرين", "آخرون", "آخران", "آخرَين"})
# Within one event too: "وقتل خلال الاشتباكات ثلاثة عناصر من النظام" then "كما قتل مسلحان
# من أبناء البلدة" (five): a sentence opening with one of these counts more dead, unless a
# source gives its own figure ("كما أفاد المرصد بمقتل ستة"), the toll rises, or it names a
# town by one of CONSTRUCT_PLACES (another incident of a round-up: "كما قتل رجل في مدينة
# نوى"; "أبناء البلدة", with its article, is the town already told).
# Between sentences: a sentence that gives a source's own figure for the incident opens
# with one of these among its first words ("وقال المرصد إن 22 قتلوا"، "من جانبها، تحدثت
# الوكالة عن مقتل ثمانية"); a lower figure of such a sentence is a rival report, and ACLED
# keeps the most conservative one. A sentence that also holds one of PART_MARKERS details
# a part of the dead ("قتيلين على الفور، فيما فارق ثالث الحياة") and is no rival.
RIVAL_SOURCES: frozenset[str] = frozenset({
    "قال", "قالت", "ذكر", "ذكرت", "افاد", "افادت", "اعلن", "اعلنت", "اكد", "اكدت", "وثق",
    "وثقت", "تحدث", "تحدثت", "نقل", "نقلت", "اشار", "اشارت",
    "احصى", "احصت", "رصد", "رصدت",  # a source that counts: "أحصت مصادر محلية 34 قتيلاً"
})
RIVAL_WITHIN: int = 6
# A further event's dead told by a source after it ("وفي تطور منفصل، استهدفت طائرة مسيرة
# اجتماعاً ..." then "وقال مرصد إن الضربة قتلت 40 شخصاً"): a source's count naming no place,
# within this many sentences after the event's own and with no place named between.
SOURCE_COUNT_AFTER: int = 2
# A breakdown of the dead by place ("ستة من القتلى سقطوا في بلدة A، و4 في B"): a later part
# may open a clause of its own with one of these, and a death verb (DISTRIBUTION_VERBS, as
# written) before its count: "...، فيما قتل أربعة آخرون في B"، "بينما استشهد اثنان في C".
DISTRIBUTION_JOINERS: tuple[str, ...] = ("فيما", "بينما", "في حين", "وفيما", "وبينما")
DISTRIBUTION_VERBS: tuple[str, ...] = ("قتل", "قُتل", "استشهد", "سقط", "قضى", "توفي", "لقي")
# A sentence opening with one of COUNTERPART_OPENERS adds the other side's dead; but when the
# dead it tells are civilians (a word starting with one of these, after its clitics) and
# their figure is one already told ("قتل مدنيان" ... "في المقابل، قالت الإدارة إن طفلاً
# ورجلاً قتلا"), it is the other party's account of the same dead, not more of them.
# The dead of another group than the lead's add to its toll ("ستة عناصر من قوات النظام" then
# "كما قتل أربعة من مقاتلي الفصائل"); groups are compared by the words after "من" (or
# "صفوف") without these, which name fighters of any side; nor is a family (FAMILY, right
# after "من") a side ("أربعة شبان من عائلة واحدة قتلوا" after "قتل ستة أشخاص": some of the
# six, no more dead).
GROUP_GENERIC: frozenset[str] = frozenset({
    "عناصر", "عنصر", "قوات", "مقاتلي", "مقاتلين", "مسلحي", "مسلحين", "افراد", "جنود",
    "صفوف", "الطرفين", "طرفين", "كلا", "ابناء", "اهالي", "سكان", "مدينه", "بلده", "قريه"})
CIVILIAN_DEAD: tuple[str, ...] = ("مدني", "طفل", "اطفال", "رجل", "امراه", "نساء", "مسن",
                                  "مواطن", "سيده", "فتاه", "فتي", "شاب", "عائل", "اسر")
# A source's count of the civilians killed ("وتحدثت مصادر محلية عن ثلاثة قتلى مدنيين") after
# a lead whose toll names armed or security men among its dead ("مقتل خمسة أشخاص، بينهم
# عنصران من الشرطة وثلاثة مدنيين") counts a part of those dead, no rival figure of the whole
# toll: the lower figure is not the more conservative count of the same dead. Armed men are
# named by a word starting with one of these (after و and ال, in the matching form) within
# MIXED_DEAD_REACH words after a word of AMONG_DEAD.
ARMED_DEAD: tuple[str, ...] = ("عنصر", "عناصر", "مقاتل", "جندي", "جنود", "عسكري", "ضابط",
                               "ضباط", "شرطي", "مسلح", "افراد")
MIXED_DEAD_REACH: int = 8
# Nor when a source's figure counts bodies, or people named by no side ("في المقابل، أشار مصدر
# طبي إلى أن المشفى استقبل 15 جثة" after "قتل 12 شخصاً"): the dead of a side are named by
# its men ("خمسة من مقاتلي الفصائل"، "ثمانية مسلحين"); bodies and people are the same dead
# counted by another source, a rival figure (the lowest stands). The noun right after the
# figure, in its matching form.
COUNTED_BY_NO_SIDE: frozenset[str] = frozenset({
    "جثه", "جثث", "جثمان", "جثامين", "شخص", "شخصا", "اشخاص", "قتيل", "قتيلا", "قتلي",
    "ضحيه", "ضحايا"})
# A source's figure that names the toll itself ("إن عدد القتلى بلغ تسعة"، "حصيلة الضحايا")
# competes with the lead's own count, whichever is lower; one that counts a group ("استشهاد
# أربعة من عناصر الشرطة") may tell other dead than the lead's.
# (The word before one of TOLL_NOUNS, or "الحصيلة" alone.)
TOLL_TOTALS: frozenset[str] = frozenset({"عدد", "حصيله", "الحصيله", "اجمالي"})
TOLL_NOUNS: frozenset[str] = frozenset({"القتلي", "قتلي", "الشهداء", "شهداء", "الضحايا", "ضحايا",
                                        "الوفيات", "الموتي"})
# (a part only when the words after the marker tell a death: "وقال المصدر إن تسعة قتلوا، فيما
# تتواصل المعارك" is a source's count, its "فيما" clause details no part of the dead)
PART_MARKERS: frozenset[str] = frozenset({"فيما", "بينما", "اضافه", "بالاضافه", "فضلا"})
# A side's statement counts the enemy it neutralised ("أعلنت الوزارة تحييد ستة مسلحين"،
# "القضاء على 27 إرهابياً") and, in a sentence of its own, its own men killed, told as
# martyrs ("وأضافت أن جندياً استشهد"): the dead of the two sides, which add up (ACLED counts
# all of an event's dead), no rival figures. NEUTRALISED (after the word's clitics) says a
# sentence counts the enemy; a word starting with one of OWN_MARTYRS (after و and ال), in a
# sentence without NEUTRALISED, says it counts the side's own.
NEUTRALISED: frozenset[str] = frozenset({"تحييد", "حيدت", "يحيد", "تحيد", "القضاء", "قضاء",
                                         "اباده", "ابادت", "تصفيه"})
# ... and so does a count of the dead by state media's name for the enemy ("ما أدى إلى مقتل
# 14 إرهابياً"): the enemy's dead, beside which the side's own martyrs add up (matching form).
ENEMY_COUNTED: frozenset[str] = frozenset({"ارهابيا", "ارهابيين", "الارهابيين", "ارهابيون",
                                           "الارهابيون", "المرتزقه", "مرتزقه", "مرتزقا"})
OWN_MARTYRS: tuple[str, ...] = ("استشهد", "استشهاد", "شهيد", "شهداء", "ارتقي", "ارتقاء")
# A later sentence telling that some of the wounded died ("وفي المساء توفي أحد الجرحى"،
# "وفارق اثنان من المصابين الحياة لاحقاً") adds its dead to the toll told before it, when
# it gives no new toll of its own: one of WOUNDED_GROUP right after "أحد"/"إحدى" or "من".
WOUNDED_GROUP: frozenset[str] = frozenset({"الجرحي", "المصابين", "المصابات", "الجريح",
                                           "المصاب", "المصابه"})
# Nor is a sentence that gives the cause or the past of the incident ("اندلعت الاشتباكات
# على خلفية اغتيال ناشط وزوجته قبل أيام"): its dead are an earlier incident's.
EARLIER_MARKERS: frozenset[str] = frozenset({"خلفيه", "سابق", "سابقا", "الماضي", "ايام"})
# The words that open another clause of a sentence, with another act at other places, are
# pipeline.rules.scenes.CLAUSE_OPENERS: a toll counted in one clause is that clause's places',
# when the clauses account for the sentence's toll.
# A clause after a comma that opens with "و" and a verb of death tells dead of their own
# ("قتل أربعة مدنيين بغارات على مدينة A، وقضى رجل بغارة مماثلة استهدفت بلدة B"): read as a
# clause of CLAUSE_OPENERS, its dead are its place's (the man is B's, not A's). Written as
# in the text; only right after "،".
DEATH_CLAUSE_OPENERS: tuple[str, ...] = (
    "وقضى", "وقضت", "وقتل", "وقتلت", "وقُتل", "وقُتلت", "واستشهد", "واستشهدت", "ولقي",
    "ولقيت", "وسقط", "وسقطت", "وفارق", "وفارقت",
)
# Two dead told one at each of two places ("قتل شابان، أحدهما في مدينة الحسكة والآخر في
# قرية الغريقة"): a word of ONE_OF_TWO and one of THE_OTHER in the sentence give each place
# one, even where the other place is not one the gazetteer knows. In matching form.
ONE_OF_TWO: frozenset[str] = frozenset({"احدهما", "احداهما"})
THE_OTHER: frozenset[str] = frozenset({"الاخر", "والاخر", "الاخري", "والاخري", "وثانيهما"})
# ... each with its place: one of these within two words after each of them ("أحدهما في
# مدينة الحسكة"). "قتل شخصان، أحدهما متظاهر والآخر عنصر في الشرطة" says who they were, and
# the two stay at the one place.
ONE_EACH_WHERE: frozenset[str] = frozenset({"في", "قرب", "بالقرب", "داخل"})

# -- the dead of the sentence before, place by place ------------------------------------
# "ووفق الوزارة، سقط القتلى في كل من A، B، وC": the definite dead refer back to the toll
# the sentence before counted, and the list after "كل من" shares it evenly.
DEAD_TOLD_BEFORE: tuple[str, ...] = ("القتلى", "الضحايا", "الشهداء", "القتيلان",
                                     "الضحيتان", "الشهيدان")

# -- quotation marks in English copy ------------------------------------------------------
# Quotation marks around a word of the toll ('State TV said eight "martyrs" were killed')
# are read past: the count and its verb stay one phrase.
EN_QUOTES: str = "\"'“”‘’«»"

# -- dates in English copy ------------------------------------------------------------------
# English month names (and their short forms, compared in lower case): a number right after
# or before one is a day of the month, no count of dead ("QAMISHLI, Syria, Aug 19 - A drone
# strike killed three", "on 19 August ... killed").
EN_MONTHS: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec",
)

# -- the attackers killed by the reply ----------------------------------------------------
# A force attacked, whose own dead the lead counts ("قتل عنصران من الشرطة في كمين"), then
# answered ("وردت القوة على مصدر النيران، ما أسفر عن مقتل ثلاثة من المسلحين"): the armed
# men killed in the reply are the other side's dead of the same clash, and add to the toll.
# A sentence counts so when one of REPLIED (after its و or ف) comes before a result clause
# (RESULT_OPENERS) whose words name the dead as armed men (a word starting with one of
# REPLY_KILLED_ARMED, after its و).
REPLIED: frozenset[str] = frozenset({"ردت", "رد", "ردوا", "ردتا", "تصدت", "تصدى", "تصدوا",
                                     "اشتبكت", "اشتبك", "اشتبكوا", "تشتبك", "يشتبك",
                                     "يشتبكون", "اشتبكتا"})
REPLY_KILLED_ARMED: tuple[str, ...] = ("مسلح", "المسلح", "مهاجم", "المهاجم", "ارهابي",
                                       "الارهابي", "المعتدين", "عناصر المجموعه",
                                       "افراد المجموعه")
# The result clause may count them by a pronoun ("اشتبك العناصر مع المهاجمين، ما أسفر عن
# مقتل اثنين منهم"): a word of REPLY_KILLED_OF_THEM after the result, with the armed men
# (REPLY_KILLED_ARMED) named before it in the same sentence, counts the attackers too.
REPLY_KILLED_OF_THEM: frozenset[str] = frozenset({"منهم", "منهما", "احدهم", "احدهما"})

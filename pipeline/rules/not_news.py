"""Text that reports no incident of its own: kinds of article that only recall events, and
lists of other articles' headlines on a page.

``pipeline.events.classify`` drops an article whose title opens with a word of GENRES;
``pipeline.events.extract`` drops the lines that open with a heading of RELATED_HEADINGS and
the photo captions (CAPTION_HEADINGS).
Both are found in the text as written, so list every spelling (with and without hamza).
"""

from __future__ import annotations

# Opinion, interviews and analysis recall events; they do not report them. A title that
# opens with one of these words and a separator ("رأي | ...", "حوار: ...").
# English wire copy heads its genres the same way, in capitals ("ANALYSIS-Israel's air war
# ...", "EXPLAINER: Who controls ...", "FACTBOX-..."): compared in any case.
GENRES: tuple[str, ...] = ("رأي", "راي", "حوار", "مقابلة", "تحليل", "مقال", "افتتاحية",
                           "analysis", "insight", "explainer", "factbox", "opinion",
                           "commentary", "interview", "timeline", "column")

# "مواضيع ذات صلة: مقتل مزارع ..." lists headlines of other articles: not this one's news.
# A line opening with one of these (Latin letters in any case) is dropped.
RELATED_HEADINGS: tuple[str, ...] = (
    "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "روابط ذات صلة", "ذات صلة",
    "اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "إقرأ ايضا", "شاهد أيضا", "المزيد من الأخبار",
    "read also", "related",
)

# A photo's caption printed inside the text ("[صورة: آثار القصف على أحد المنازل - وكالة]",
# "(الصورة: عناصر الدفاع المدني في البلدة)") describes a picture, often from the archive: it
# reports nothing the article does not tell, and its place is no new scene. A line opening
# with one of these words (after an optional bracket) and then ":" or "-" is dropped.
CAPTION_HEADINGS: tuple[str, ...] = (
    "صورة", "الصورة", "صور", "الصور", "صورة أرشيفية", "صورة ارشيفية", "صورة تعبيرية",
    "مصدر الصورة", "تصوير", "فيديو", "photo", "image", "file photo",
)

# Works named by a word that is also everyday news ("مسلسل الاغتيالات" is a run of killings,
# "رواية الأهالي" their account): a headline and a lead that both name one, and tell no
# death, review the work (``pipeline.events.classify``): "«ليل الحصار».. مسلسل يعيد المشاهد
# إلى أقبية الغوطة" over "يتصدر مسلسل «ليل الحصار» نسب المشاهدة". In the matching form.
WORKS: tuple[str, ...] = ("مسلسل", "مسلسله", "روايه", "روايته", "روايتها", "الروايه",
                          "فيلم", "مسرحيه", "دراما", "الدراما", "series", "novel", "drama")

# A victim's work told after one of these ("قتل مواطن يعمل في بيع المحروقات برصاص ..."):
# the words of the trade (``JOB_REACH`` of them) frame no incident; "بيع" there is fuel sold,
# not an arms deal. So does a shop named by its trade: "إلقاء قنبلة يدوية على محل لبيع
# الهواتف" (a phone shop, no arms sold).
JOB_WORDS: tuple[str, ...] = ("يعمل", "تعمل", "يعملان", "تعملان", "يعملون", "يعملن",
                              "يشتغل", "تشتغل", "محل", "محلا", "المحل", "محال", "متجر",
                              "متجرا", "المتجر", "دكان", "كشك", "بسطه")
JOB_REACH = 3
# A work word right after a demonstrative points back at the run of events just told, not at
# a work of art: "وفي أحدث حلقات هذا المسلسل، قتل ..." (this series of killings), "ذلك
# الفيلم الدموي". In the matching form.
REFERRING_BACK: tuple[str, ...] = ("هذا", "هذه", "ذلك", "تلك")

# Frames that put every trigger word of a sentence outside any incident: the words of a
# hypothesis, a question, a work of fiction or a metaphor. ``pipeline.events.veto`` drops a
# trigger when a phrase of one of these frames stands within ``pipeline.rules.scope.
# FRAME_REACH`` words of it (the whole sentence for culture and metaphor). Phrases are matched
# as in ``pipeline.rules.triggers`` (normalised; "*" ends a prefix).
NON_INCIDENT_FRAMES: dict[str, tuple[str, ...]] = {
    # A condition or a supposition: "إذا شنّت إسرائيل غارة ..."، "لو وقع هجوم".
    "conditional": (
        "اذا", "واذا", "فاذا", "اذا ما", "لو", "ولو", "لولا", "في حال", "في حاله", "وفي حال",
        "في حالة", "ان حدث", "فيما لو", "افترض*", "لنفترض", "if", "unless",
    ),
    # What may or could happen is not what happened: "يمكن أن يتحول إلى اشتباك". (Not "may":
    # it is also the month.)
    "possibility": (
        "يمكن", "ويمكن", "يمكنه", "يمكنها", "يمكنهم", "بامكان", "من الممكن", "ربما", "وربما",
        "قد يكون", "قد تكون", "قد يؤدي", "قد تؤدي", "احتمال", "احتمالات", "باحتمال", "محتمل",
        "المحتمل", "لا يستبعد", "يخشى", "تخشى", "مخاوف من", "خشيه", "could", "might",
        "possible",
        # A possibility weighed: "بحث الوزيران إمكانية تمديد الهدنة"، "ناقشوا إمكانية التوصل
        # إلى اتفاق" (talks about an agreement are not one).
        "امكانيه", "بامكانيه", "لامكانيه", "possibility of",
        # A warning of violence to come: "حذّرت الرئاسة الروحية من انفجار جديد".
        "يحذر من", "تحذر من", "حذر من", "حذرت من", "حذروا من", "محذرا من", "محذره من",
        "warned of", "warns of", "warning of",
        # A threat: "كاتس يهدد بضرب «قلب دمشق»"، "توعد بشن هجمات".
        "هدد", "يهدد", "تهدد", "هددت", "هددوا", "يهددون", "توعد", "يتوعد", "توعدت", "تتوعد",
        "threaten*", "vowed to",
    ),
    # A question asks; it does not report: "هل تستخدم أجهزتكم ...؟". (A sentence ending in
    # "؟" is a question whatever its words: pipeline.events.veto reads that from the text.
    # "كيف"/"لماذا" and English "how"/"why" also open indirect questions in reports ("روى
    # الشاهد كيف أطلقوا النار"): left out.)
    "question": ("هل", "وهل", "فهل"),
    # Imminent or expected, said after the violence: "ضربة جوية باتت وشيكة".
    "expected": ("وشيك*", "مرتقب*", "متوقع*", "المتوقع", "imminent", "expected"),
    # A request or a purpose: violence asked for or planned, not carried out: "تقدم بطلب
    # لتنفيذ ضربات جوية"، "تدربوا على تنفيذ هجمات". (Not "على تنفيذ": "أقدم مسلحون على
    # تنفيذ هجوم" reports the attack.)
    "purpose": (
        "طلب", "يطلب", "تطلب", "طلبت", "لتنفيذ", "بهدف تنفيذ", "لشن", "بهدف شن",
        "للقيام ب", "تدريب* على", "تدرب* على", "request*", "to carry out",
        # Bombs made ready are not yet used: "عبوات ناسفة معدة للتفجير".
        "معده", "معدة", "جاهزه", "ready to", "prepared for",
    ),
    # An inquiry or a case file about violence recalls it: "التحقيق في اغتيال ..."،
    # "ملف التفجيرات"، "المشتبه في تورطهم في الهجوم".
    "inquiry": (
        "التحقيق في", "تحقيق في", "التحقيقات في", "تحقيقات في", "لجنه التحقيق", "ملف",
        "قضيه", "المحكمه الدوليه", "المشتبه* في", "المتهم* ب", "متهم* ب", "بتهمه",
        "investigation into", "inquiry into",
        # Courts set up for crimes, and the files they hear: "محاكم خاصة للنظر في جرائم
        # التعذيب والقصف بالبراميل"، "الدعاوى المتعلقة بالقصف".
        "للنظر في", "النظر في", "الدعاوي المتعلقه", "الدعاوى المتعلقه", "ملفات",
        # An accusation names a deed, not an incident: "إثر اتهامه بمحاولة خطف طفل".
        "اتهامه ب*", "اتهامها ب*", "اتهامهم ب*", "اتهموه ب*", "اتهموها ب*", "اتهموه",
        "اتهموها", "accused of", "accusing him of", "accusing them of",
        # Suspicion and ties to an incident investigated: "للاشتباه في تورطهم في
        # التفجيرات"، "حققت معهم حول صلتهم بالهجوم"، "أغلق الشارع للاشتباه بوجود سيارة
        # مفخخة"، "البحث بخصوص تفجير المقهى".
        "الاشتباه", "للاشتباه", "اشتباه", "يشتبه", "تورط*", "صلته", "صلتها", "صلتهم",
        "بخصوص", "suspected of", "suspicion of", "links to",
    ),
    # An allegation called false, and what it says was staged: "رفضها القاطع للاتهامات
    # التي تروجها دول ... حول استخدام الجيش غاز الكلور"، "مزاعم عن هجوم"، "مقاطع مفبركة
    # لمدنيين يعانون الاختناق". The act it names is disputed, not reported (reaches a clause).
    "alleged": (
        "رفض* للاتهامات", "رفض* الاتهامات", "رفض* القاطع للاتهامات", "رفض* للادعاءات",
        "رفض* الادعاءات", "رفض* المزاعم", "مزاعم", "المزاعم", "بمزاعم", "ادعاءات", "الادعاءات",
        "مفبرك*", "فبرك*", "المفبرك*",
    ),
    # Works of fiction and art: their shelling and tanks are on the page or the screen.
    # Only the works: not their makers (a poet or an actress can be killed or arrested), not
    # "رواية" (also the account of an incident: "بحسب رواية الأهالي"), not "مسلسل" without
    # its article ("مسلسل الاغتيالات" is a run of real killings), not "سينما" or "معرض" (a
    # cinema or a fairground is also where a bomb goes off).
    "culture": (
        "فيلم", "الفيلم", "فيلمه", "افلام", "الافلام", "المسلسل", "مسلسلات", "المسلسلات",
        "مسلسل تلفزيوني", "مسلسل درامي", "اغنيه", "الاغنيه", "اغاني", "الاغاني", "اغنيات",
        "كليب", "الكليب", "مسرحيه", "المسرحيه", "قصيده", "القصيده", "قصائد", "بطل الفيلم",
        "بطله الفيلم", "الروايه الادبيه", "روايه ادبيه", "الادب", "ادبي*", "تصوير مشاهد",
        # A documentary ("وثائقي يعيد المشاهد إلى ..."; not "وثائقية", evidence on paper).
        "وثائقي", "الوثائقي", "وثائقيا", "documentary",
        # Shows, festivals and the boards of a stage ("عرض مسرحي"، "على خشبة دار الثقافة"،
        # "مهرجان سينمائي"); not the adjective alone ("ممثل مسرحي" is a maker) nor the
        # place ("مسرح الجريمة"، "مسرح العمليات").
        "عرض مسرحي", "العرض المسرحي", "عروض مسرحيه", "العروض المسرحيه", "مهرجان مسرحي",
        "المهرجان المسرحي", "على خشبه", "خشبه المسرح", "مهرجان سينمائي",
        "المهرجان السينمائي", "فيلم سينمائي",
        "novel", "film", "movie", "song", "theatre", "poem",
    ),
    # Violent words used as metaphors of politics, markets and feelings: "الكيمياء مفقودة
    # بين الجانبين"، "قنبلة موقوتة"، "انفجار الفقاعة".
    "metaphor": (
        "الكيمياء", "كيمياء", "قنبله موقوته", "فقاعه", "الفقاعه", "حرب كلاميه", "معركه انتخابيه",
        "المعركه الانتخابيه", "حرب اعلاميه", "اغتيال الشخصيه", "اغتيال معنوي", "chemistry",
        # Usurping power, land or rights; a campaign or a tone "on the offensive".
        "اغتصاب السلطه", "اغتصاب الحكم", "اغتصاب الارض", "اغتصاب الاراضي", "اغتصاب الحقوق",
        "اغتصاب الحق", "اغتصاب حقوق", "حمله هجوميه", "الحمله الهجوميه", "حملتها الهجوميه",
        "حملته الهجوميه", "اشاره هجوميه", "لهجه هجوميه", "بمنطق هجومي",
        # Wars and truces of the market: "حرب أسعار يشنها كبار التجار"، "هدنة التجار".
        "حرب اسعار", "حرب الاسعار", "حرب تجاريه", "الحرب التجاريه", "حرب العملات",
        "هدنه التجار", "price war", "trade war",
    ),
    # Who is blamed for violence is what such a sentence tells: "حمّلها مسؤولية الاغتيال"،
    # "ألقي باللوم عليهم في التفجيرات"، "يقف وراء التفجير" (the incident itself is reported
    # elsewhere). Not "اتهم" nor "تبنى": Syrian reports often tell an incident as an
    # accusation ("اتهم ناشطون قوات النظام بقصف البلدة") or a claim ("تبنى التنظيم هجوماً
    # على حاجز أمس").
    "attribution": ("مسووليه", "المسووليه", "اللوم", "باللوم", "وراء", "blamed",
                    # "كانت الخلية مسؤولة عن تنفيذ عمليات قتل": whose deeds they were (not
                    # "مسؤولة عن أمن الحيين": who keeps order)
                    *(f"{who} عن {what}" for who in ("مسوول*", "المسوول*")
                      for what in ("تنفيذ", "عمليات", "سلسله")),
                    "responsible for carrying out"),
    # Weapons owned, traded, tested or served in are no attack: "تمتلك صواريخ بالستية"،
    # "باعت لها صواريخ"، "نظام مضاد للصواريخ"، "ضابط في سلاح المدفعية"، "صواريخ من طراز".
    "arsenal": (
        "تمتلك", "يمتلك", "امتلاك", "تملك", "يملك", "باع*", "بيع", "شراء", "لشراء", "صفقه",
        "صفقات", "شحنه", "ترسانه", "منظومه", "منظومات", "انظمه", "مضاد*", "الدفاع الصاروخي",
        "الدرع الصاروخي*", "تجارب", "تجربه", "طراز", "تصنيع", "لصنع", "صنع", "تطوير",
        "تمويل", "arsenal", "purchase",
    ),
    # A corps served in: "ضابط في سلاح المدفعية"، "التحق لاحقاً بسلاح المدفعية" (the word
    # right after it only; "سلاح الجو" is itself a trigger and stays one).
    "corps": ("في سلاح", "لسلاح", "قائد سلاح"),
    # An option or a plan weighed, not carried out: "الخيار الثالث شن هجوم بري"،
    # "خيار الضربات الجوية"، "سيناريو الضربة".
    # Talks about a truce or a deal are not one: "واشنطن وموسكو تبحثان تمديد الهدنة"،
    # "ناقش الطرفان وقف إطلاق النار" (the word right after the verb, or the one after that).
    "talks": (
        "يبحث", "تبحث", "يبحثان", "تبحثان", "بحث", "بحثا", "بحثت", "يبحثون", "بحثوا",
        "يناقش", "تناقش", "يناقشان", "تناقشان", "ناقش", "ناقشا", "ناقشت", "ناقشوا",
        "يناقشون", "discuss*",
    ),
    # A raid or a search told with no arrest made is no arrest: "بدأت حملة دهم وتفتيش لم
    # تسفر عن اعتقالات"، "داهمت منازل دون تسجيل أي اعتقالات" (only arrest triggers: FRAME_ONLY
    # in pipeline.rules.scope).
    "no_arrests": (
        "لم تسفر عن اعتقالات", "لم تسفر عن اي اعتقالات", "لم يسفر عن اعتقالات",
        "لم يسفر عن اي اعتقالات", "دون اعتقالات", "دون اي اعتقالات", "دون تسجيل اعتقالات",
        "دون تسجيل اي اعتقالات", "بدون اعتقالات", "دون ان تسفر عن اعتقالات",
        "دون ان يسفر عن اعتقالات", "no arrests were made", "without arrests",
    ),
    "option": ("خيار", "الخيار", "خيارات", "سيناريو*", "option*", "scenario*"),
    # Crimes as the law names them, charged or punished, not committed here: "يعاقب القانون
    # على القتل"، "وجهت إليهما تهم القتل والاغتصاب"، "مشروع قانون يجرّم الخطف".
    "law": (
        "قانون", "القانون", "قوانين", "يعاقب*", "تعاقب*", "عقوبه", "العقوبه", "تهمه", "تهم",
        "التهم", "لائحه اتهام", "يجرم*", "تجريم", "law", "charges", "charged with",
    ),
    # The rules of fighting, not a fight: "قواعد الاشتباك" (only the word right after it).
    "rules_of": ("قواعد", "قاعده", "rules of"),
    # Blasts explained as a drill: "أصوات الانفجارات ... ناجمة عن تدريبات تنفذها إحدى
    # الفرق"، "سببها رمايات بالذخيرة الحية". The sentence tells why they were heard, not an
    # attack (the whole sentence; the drill itself is no ACLED event either).
    "drill": (
        *(f"{cause} {what}" for cause in ("ناجم* عن", "ناتج* عن", "سببها", "سببه",
                                          "مصدرها", "مصدره", "بسبب", "جراء", "نتيجه",
                                          "ضمن", "في اطار")
          for what in ("تدريب*", "التدريب*", "تمرين*", "التمرين*", "مناورات", "المناورات",
                       "رمايات", "الرمايات")),
        "caused by a drill", "caused by military drills", "part of a drill",
        "part of military drills", "part of a military exercise", "during a military exercise",
    ),
    # A phenomenon named, not an incident: "ظاهرة الخطف" (only the word right after it).
    "phenomenon": ("ظاهره", "الظاهره", "phenomenon"),
}

# An incident named by its noun alone ("بعد التفجير"، "اتهمه بالاغتيال"، "الهجمات
# الانتحارية") is named, not reported: a sentence (not a headline) whose every trigger is one
# of NAMED_ONLY keeps none unless something says the incident took place: a cue of
# INCIDENT_CUES (a death, a day, the civilians or fighters it hit, a toxic agent), a digit (a
# date, a toll), or a word of OCCURRENCE (it happened, struck, wounded; someone carried it
# out or escaped it). ``pipeline.events.veto`` reads these. The phrases are the trigger
# phrases of ``pipeline.rules.triggers`` as written there.
NAMED_ONLY: tuple[str, ...] = (
    "هجوم*", "هجمات", "تفجير*", "تفجير انتحاري", "انتحاري*", "انفجار*", "اغتيال*",
    "اعتداء*", "مفخخ*", "صاروخ*", "صواريخ", "اغتصاب*",
)
# The same for these trigger phrases when their word carries the article ("القتل"، "عمليات
# الخطف"، "تنفيذ الإعدام": the crime or the practice, not a killing told; "مراكز الاحتجاز"،
# "ظروف التوقيف": where and how people are held, not an arrest); a death word does not count
# as a sign here, as the word itself is one.
NAMED_WITH_ARTICLE: tuple[str, ...] = ("قتل", "اعدام*", "خطف*", "اعتقال*", "احتجاز*",
                                       "توقيف*")
ARTICLE_FORMS: tuple[str, ...] = ("ال", "وال", "بال", "فال", "لل", "كال", "وبال", "ولل")
INCIDENT_CUES: tuple[str, ...] = ("death", "dated", "civilian", "combatant", "chemical")
OCCURRENCE: tuple[str, ...] = (
    "وقع", "وقعت", "يقع", "تقع", "وقوع", "حدث", "حصل", "تم", "تعرض*", "يتعرض*", "تتعرض*",
    "نجا", "نجت", "ينجو", "نجاه", "اسفر*", "ادي الي", "ادت الي", "اودي*", "اصيب*",
    "اصابه", "اصابات", "جرح*", "جريح*", "مصاب*", "اطلق*", "اطلاق", "يطلقون", "نفذ*",
    "شن*", "استهدف*", "هز", "هزت", "يهز", "دمر*", "انفجرت", "انفجر",
)
# Protesters or a protest named are not a protest: a sentence whose only triggers are
# PARTICIPANTS ("قال أحد المتظاهرين"، "خيم المتظاهرين"، "بعد سنة من الاحتجاج في البرلمان")
# keeps none unless a word of PROTEST_ACTS says what they did or what was done to them
# (marched, gathered, chanted, burned, broke out, were dispersed or shot) or how many they
# were.
PARTICIPANTS: tuple[str, ...] = (
    # (the protesters spelled out, as in ``triggers.PROTESTERS``: not "المحتجزين")
    "متظاهر*", "محتج", "محتجه", "محتجون", "محتجين", "محتجات", "محتجان", "محتجتين", "محتجي",
    "مظاهره*", "مظاهرات*", "احتجاج*", "اعتصام*", "اضراب*",
)
PROTEST_ACTS: tuple[str, ...] = (
    "خرج*", "نزل*", "تجمع*", "تجمهر*", "توجه*", "اغلق*", "قطع*", "اضرم*", "احرق*", "حرق*",
    "رفع*", "يرفعون", "ردد*", "يرددون", "هتف*", "هتاف*", "يهتفون", "سار*", "جاب*", "طاف*",
    "احتشد*", "شارك*", "يشارك*", "نظم*", "اعتصم*", "رشق*", "لافت*", "شعار*", "تظاهر*",
    "مسير*", "اقتحم*", "هاجم*", "حاصر*", "طالبوا", "طالبت", "يطالب*", "مطالب*", "ندد*",
    "احتج", "احتجوا", "يحتج*", "تحتج*", "احتجاجا", "تشارك*", "تجدد*", "نزول",
    "قمع*", "فض", "فضت", "انفض*", "سد", "سدوا", "اندلع*", "شهدت", "تشهد", "عمت", "انطلق*",
    "تنديد*", "استنكار", "اعتقل*", "فرق*", "تفريق*", "قتل*", "اصيب*", "جرح*", "الاف",
    "مئات", "عشرات", "protest*", "march*", "chant*",
)

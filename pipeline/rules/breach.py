"""Ceasefire breaches: the words that present violence as breaking a truce in force.

``pipeline.events.breach`` reads these lists. A breach claim is a sentence where a breach
word stands by a truce word ("في خرق جديد لاتفاق وقف إطلاق النار", "قوات النظام تخرق
الهدنة", "رغم سريان الهدنة", "مشمولة باتفاق وقف التصعيد ... الأمر الذي لم يلتزم به
النظام"). Naming a de-escalation zone is not a claim by itself ("قصف منطقة خفض التصعيد"):
coders mark a breach only where the article says the violence broke the truce.

Phrases are written as outlets spell them and matched in the form of ``language.normalize``;
a word ending in ``*`` matches any word that begins with it (after its proclitics).
"""

from __future__ import annotations

# Breach words followed closely (within BREACH_REACH words) by a truce word: "خرق الهدنة",
# "انتهاكاً لوقف إطلاق النار", "تنسف اتفاق الهدنة".
BREACH: tuple[str, ...] = (
    "خرق*", "خروقات", "تخرق*", "يخرق*", "اخترق*", "انتهاك*", "انتهك*", "تنتهك*", "ينتهك*",
    "نسف*", "تنسف*", "ينسف*", "violat*", "breach*",
    # the participles: "منتهكةً بذلك الهدنة التي أُعلنت في 19 تموز"، "خارقةً الاتفاق"
    "منتهك*", "خارقه", "خارقا", "خارقين",
    # the breaches with their owner's pronoun: "واصلت الفصائل خروقاتها للهدنة"، "واصل الجيش
    # وحلفاؤه خروقاتهم لاتفاق وقف إطلاق النار"
    "خروقاته", "خروقاتها", "خروقاتهم", "خروقاتهما", "انتهاكاته", "انتهاكاتها",
    "انتهاكاتهم",
    # turning against the agreement: "انقلاباً روسياً على الاتفاق"، "انقلاب على التفاهمات"
    "انقلاب*",
    # disregarding it: "ضاربة عرض الحائط باتفاق وقف إطلاق النار"
    "عرض الحائط",
    # blowing it away: "في ظل تصعيد يعصف باتفاق خفض التصعيد", "غارات عصفت بالهدنة"
    "يعصف", "تعصف", "عصف", "عصفت",
    # a breach by other names: "في إخلال واضح باتفاق وقف إطلاق النار"، "وسُجلت تجاوزات عدة
    # للهدنة"، "متجاوزةً بذلك اتفاق خفض التصعيد"
    "اخلال*", "تجاوزات", "التجاوزات", "متجاوز*",
    "breaking", "broke", "broken", "flout*", "defiance", "defying",
    # headlines: "Shelling breaks Idlib truce", "Air strikes shatter the ceasefire"
    "breaks", "shatter*",
    # undoing it: "اعتبر الهجوم نقضاً للهدنة"، "تنقض الاتفاق" (not a veto, NOT_A_CLAIM)
    "نقض*", "ينقض*", "تنقض*",
    # contravening it: "مخالفاً بذلك اتفاق وقف الأعمال العدائية"، "في مخالفة صريحة للهدنة"
    "مخالف*", "يخالف*", "تخالف*", "خالف*",
)
BREACH_REACH = 8
# ... or a truce right after one of these verbs of undergoing, followed closely (within
# BREACH_REACH words) by a breach word: the truce suffered the breach ("وتعرضت الهدنة بذلك
# لخرق جديد", "وشهدت الهدنة منذ بدايتها خروقات متكررة").
UNDERGO: tuple[str, ...] = (
    "تعرضت", "تتعرض", "تعرض", "يتعرض", "شهدت", "تشهد", "شهد", "يشهد", "suffered",
)
# What a breach word may name that is no truce: "انتهاكاً جديداً للسيادة السورية والقانون
# الدولي", "خرقاً للأجواء", "انتهاك حرمة المساجد". A breach word followed within
# OTHER_OBJECT_REACH words by one of these, and by no truce word within BREACH_REACH, makes no
# claim; and an act its own sentence calls such a breach is told as breaking that, not a
# truce: a claim told elsewhere in the article, or a lead's frame, does not reach it
# ("وفي سياق متصل، استهدفت غارة ... في ما عدّه مصدر حكومي انتهاكاً للسيادة" after a
# claim about another act).
OTHER_OBJECTS: tuple[str, ...] = (
    "السيادة", "سيادة", "القانون الدولي", "القانون الانساني", "الأجواء", "المجال الجوي",
    "حرمة", "ميثاق الأمم المتحدة", "القرارات الدولية", "sovereignty", "international law",
    "airspace",
)
OTHER_OBJECT_REACH = 3
# A breach word whose pronoun stands for a truce named before it (within
# BREACH_PRONOUN_REACH words, the truce's own name and date between them): "منذ سريان
# الهدنة التي أعلنتها موسكو وأنقرة مطلع الربيع، إذ تخرقها الطائرات كل يوم" (its
# breach). The pronoun endings, in the matching form:
BREACH_PRONOUNS: tuple[str, ...] = ("ها", "ه")
BREACH_PRONOUN_REACH = 16
# Concessives followed closely (within DESPITE_REACH words) by a truce word: "رغم الهدنة",
# "على الرغم من سريان اتفاق", "رغم تمديد اتفاق وقف إطلاق النار".
DESPITE: tuple[str, ...] = (
    "رغم", "بالرغم", "الرغم", "despite", "in spite",
    # violence told against what should hold: "وتأتي هذه الهجمات فيما يُفترض أن تعليق
    # العمليات العسكرية ساري المفعول"
    "فيما يفترض", "في وقت يفترض", "بينما يفترض", "while supposedly",
    "في وقت من المفترض", "فيما من المفترض", "بينما من المفترض",
    # acting as if the truce were not there: "متجاهلةً الهدنة التي أعلنتها واشنطن وموسكو",
    # "في تحدٍّ جديد لاتفاق سوتشي" (ignoring calls for one is no breach: SOUGHT)
    "متجاهل*", "تجاهل*", "يتجاهل*", "في تحد", "في تحدي", "متحديا", "متحديه", "متحدين",
    "غير ابه*", "غير مكترث*", "ignoring", "ignored",
    # "رغماً عن الهدنة"
    "رغما",
)
DESPITE_REACH = 5
# A concessive on what was told before ("ورغم ذلك، تبقى الهدنة قائمة": nevertheless) concedes
# nothing to the truce named after it.
CONNECTIVES: tuple[str, ...] = (
    "رغم ذلك", "رغم هذا", "رغم كل ذلك", "الرغم من ذلك", "الرغم من هذا", "بالرغم من ذلك",
    "بالرغم من هذا", "despite this", "despite that", "despite it", "in spite of this",
    "in spite of that",
)
# A truce only sought, between a concessive and the truce word: "رغم الدعوات إلى التهدئة",
# "رغم المساعي للتوصل إلى اتفاق لوقف إطلاق النار", "رغم الحديث عن قرب التوصل إلى هدنة".
# The violence goes on despite the calls; no truce in force is broken ("despite calls for a
# ceasefire", "despite efforts to broker a truce" alike).
SOUGHT: tuple[str, ...] = (
    "دعوه", "الدعوه", "دعوات", "الدعوات", "نداء", "النداء", "نداءات", "النداءات",
    "مطالب*", "المطالب*", "مساع*", "المساعي", "جهود", "الجهود", "مفاوضات", "المفاوضات",
    "محادثات", "المحادثات", "مباحثات", "المباحثات", "وساطه", "الوساطه", "مبادره",
    "المبادره", "محاولات", "المحاولات", "مقترح*", "المقترح*", "حديث", "الحديث", "للتوصل",
    "قرب التوصل", "مساعي",
    "اقتراح", "الاقتراح",
    # (or absent: "في ظل غياب أي اتفاق لوقف إطلاق النار")
    "غياب", "انعدام", "عدم وجود", "absence", "lack",
    "call", "calls", "appeal*", "effort*", "talks", "negotiation*", "proposal*", "proposed",
    "push", "pressure", "mediation", "demand*", "hopes", "bid", "attempt*",
)
# The truce's day told for the violence, followed closely (within DURING_REACH words) by a
# truce word: "في اليوم الثالث للهدنة الإنسانية", "في اليوم الثالث من وقف إطلاق النار", "في
# اليوم الثاني لسريان الاتفاق". Violence told on a day of the truce happened while it stood,
# and broke it, though no breach word says so (a calm day, "هدوء", says it held:
# NOT_A_CLAIM). Only in a sentence that tells violence, or comments on the article's
# (FRAMING_OPENINGS: "وتأتي هذه التطورات في اليوم الثالث من وقف إطلاق النار"); a truce's
# quiet first day tells no breach. A truce only sought between the two (SOUGHT: "في اليوم
# الثاني من مفاوضات الهدنة") is none.
DURING: tuple[str, ...] = (
    "اليوم الاول", "اليوم الثاني", "اليوم الثالث", "اليوم الرابع", "اليوم الخامس",
    "اليوم السادس", "اليوم السابع", "اليوم الثامن", "اليوم التاسع", "اليوم العاشر",
    "الساعات الاولى", "الاسبوع الاول", "الاسبوع الثاني",
    "first day", "second day", "third day", "fourth day", "fifth day", "first hours",
    # the whole time it holds: "تتعرض المدينة للقصف خلال سريان وقف الأعمال العدائية", "في
    # ظل سريان الهدنة", "خلال فترة التهدئة"
    "خلال سريان", "اثناء سريان", "في ظل سريان", "طيلة سريان", "طوال سريان",
    "خلال فتره", "اثناء فتره",
)
# ... and soon after it took effect, read as DURING is, the truce named by more than a bare
# agreement: "ويأتي القصف بعد أيام من إعلان وقف الأعمال العدائية", "بعد ساعات من دخول الهدنة
# حيز التنفيذ" ("بعد أيام من دخول اتفاق التسوية حيز التنفيذ" names a settlement; a truce that
# ended, "بعد ساعات من انتهاء الهدنة", is out of force: NOT_A_CLAIM, ENDED).
SOON_AFTER: tuple[str, ...] = (
    "بعد ساعات من", "بعد ساعه من", "بعد يوم من", "بعد يومين من", "بعد ايام من",
    "بعد اسبوع من", "بعد اسبوعين من", "عقب ساعات من", "عقب ايام من", "بعد ساعات قليله من",
    "بعد ايام قليله من",
    # ... with "على" for "من": "بعد ساعات على دخول الهدنة حيز التنفيذ"; and a span told with
    # its number ("بعد أقل من 24 ساعة على إعلان الهدنة", "بعد مرور أيام على", within
    # SOON_AFTER_REACH words of the truce)
    "بعد ساعات على", "بعد ساعه على", "بعد يوم على", "بعد يومين على", "بعد ايام على",
    "بعد اسبوع على", "بعد اسبوعين على", "عقب ساعات على", "عقب ايام على",
    "بعد ساعات قليله على", "بعد ايام قليله على", "بعد اقل من", "بعد مرور", "عقب مرور",
    "hours after", "days after", "day after", "week after", "weeks after", "shortly after",
)
SOON_AFTER_REACH = 5
# ... or at any time since, read as SOON_AFTER is: "وتعد هذه الغارة الأعنف منذ سريان وقف
# إطلاق النار", "أول قصف على المدينة منذ إعلان الهدنة". A measure against the truce's time is
# said of what it measures: it makes a breach of an act it is said of (the act its sentence
# tells, or one the sentence opens by naming: "وتعد الغارة الأشد منذ ...", "ويعد هذا القصف
# الأول منذ ..."), and frames the article only in the headline or lead. A region's or a
# period's escalation measured in a background sentence ("يذكر أن ... في المنطقة ذاتها، التي
# تشهد أعنف تصعيد منذ توقيع اتفاق سوتشي") says how the region fares since the truce, not that
# the acts the article reports broke it: it covers none of them.
SINCE: tuple[str, ...] = (
    "منذ سريان", "منذ بدء سريان", "منذ دخول", "منذ بدء", "منذ بدايه", "منذ اعلان",
    "منذ توقيع", "منذ التوصل الى", "منذ ابرام", "since",
)
# The words at a sentence's opening (after FRAMING_OPENINGS and a demonstrative) where the
# act a measure of SINCE is said of stands: "وتعد [هذه] الغارة الأعنف منذ ...".
SINCE_SUBJECT_REACH = 3
# ... and amid it or during it, the truce named by more than a bare agreement right after
# (within AMID_REACH words): "قُتل مدنيان بقصف مدفعي في ظل هدنة هشة ترعاها موسكو"، "وسط
# هدنة هشة"، "خلال الهدنة"، "في ظل اتفاق وقف إطلاق النار" (a truce only sought, "وسط
# دعوات إلى هدنة", or absent, "في ظل غياب أي اتفاق لوقف إطلاق النار", is none; nor is the
# middle of a zone, "وسط منطقة خفض التصعيد", an area of COVERED_AREAS right after it).
AMID: tuple[str, ...] = (
    "في ظل", "وسط", "خلال", "اثناء", "ابان", "طيلة", "طوال", "amid", "during", "amid a",
    "amid the", "during a", "during the",
)
AMID_REACH = 1
DURING_REACH = 3
# ... or by the truce's own pronoun, the truce named before it (within BREACH_PRONOUN_REACH
# words): "تعرضت الهدنة لقصف في يومها الثاني".
DURING_ITS: tuple[str, ...] = (
    "يومها الاول", "يومها الثاني", "يومها الثالث", "يومها الرابع", "يومها الخامس",
    "يومه الاول", "يومه الثاني", "يومه الثالث", "يومه الرابع", "يومه الخامس",
    "ساعاتها الاولى", "ساعاته الاولى", "اسبوعها الاول", "اسبوعه الاول",
)
# Not keeping a truce: the truce may stand anywhere in the sentence ("اتفاق وقف التصعيد ...
# الأمر الذي لم يلتزم به النظام").
UNKEPT: tuple[str, ...] = (
    "لم يلتزم", "لم تلتزم", "لم يلتزموا", "عدم التزام*", "عدم الالتزام", "دون التزام*",
    "لم تحترم", "لم يحترم", "عدم احترام", "تنصل*", "يتنصل*", "التنصل", "متنصل*",
    # A truce that did not hold ("لم تصمد الهدنة سوى ساعات، إذ تعرضت المدينة لقصف"): the
    # violence told with it broke it (a truce said to hold, "صامدة", denies a breach).
    "لم تصمد", "لم يصمد", "didn't hold", "did not hold", "failed to hold",
    # A truce that has become a dead letter ("بات اتفاق خفض التصعيد حبراً على ورق مع تصاعد
    # الغارات"): the violence told with it ignores it. One that "remained" on paper ("بقي
    # حبراً على ورق") never took effect, and breaks nothing.
    "بات حبرا على ورق", "باتت حبرا على ورق", "اصبح حبرا على ورق", "اصبحت حبرا على ورق",
    "صار حبرا على ورق", "صارت حبرا على ورق", "غدا حبرا على ورق", "غدت حبرا على ورق",
    "مجرد حبر على ورق", "only on paper",
)
# Violence said to go on against a truce the sentence named before it ("لا أثر لتعهد الضامن
# بوقف الهجمات على القرى، بينما يستمر القصف"، "دخلت الهدنة يومها الثالث مع استمرار
# الغارات"): one of these, a violence word within GOES_ON_REACH
# words after it, and before it a truce named by more than a bare agreement, with no call for
# it right before (SOUGHT, CALLS: "طالبت بوقف إطلاق النار في حين يتواصل القصف" seeks one).
# The claim is about the article's campaign, so it frames the article's violence. Calm that
# goes on ("مع استمرار الهدوء") is no violence.
GOES_ON: tuple[str, ...] = (
    "في حين يتواصل", "في حين تتواصل", "في حين يستمر", "في حين تستمر", "بينما يتواصل",
    "بينما تتواصل", "بينما يستمر", "بينما تستمر", "فيما يتواصل", "فيما تتواصل",
    "فيما يستمر", "فيما تستمر", "مع استمرار", "وسط استمرار", "في ظل استمرار", "مع تواصل",
    "وسط تواصل", "في ظل تواصل", "amid continued", "amid continuing", "amid ongoing",
    # not stopping: "أعلنت موسكو وأنقرة هدنة، إلا أن الطائرات لم تتوقف عن القصف"
    "لم تتوقف عن", "لم يتوقف عن", "لم تتوقف", "لم يتوقف", "لم تتوقفا عن", "لم يتوقفوا عن",
)
GOES_ON_REACH = 2
CALLS: tuple[str, ...] = (
    "دعا", "دعت", "يدعو", "تدعو", "دعوا", "طالب*", "يطالب*", "تطالب*", "ناشد*", "يناشد*",
    "تناشد*", "call*", "urg*",
)
CALLS_REACH = 3
# A truce's guarantor speaking of violence in a sentence that names the truce ("مشددة على
# أن الهجمات على منطقة خفض التصعيد يجب أن تتوقف، وأن تركيا بصفتها دولة ضامنة لن تقف
# مكتوفة الأيدي"): the guarantor holds the violence against the truce it guarantees. Only
# where the sentence tells violence: a guarantor named with a zone alone ("خارج مناطق خفض
# التصعيد التي أقرتها الدول الضامنة") claims nothing.
GUARANTOR: tuple[str, ...] = (
    "دولة ضامنة", "دولا ضامنة", "الدول الضامنة", "الدولة الضامنة", "الضامن", "الضامنين",
    "الجانب الضامن", "الطرف الضامن", "الأطراف الضامنة", "الجهات الضامنة", "guarantor*",
)
# A place a truce covers, followed right away by a truce word (one more than a bare
# agreement within COVERED_REACH words): in a
# sentence that tells violence there, or that comments on the article's violence (it opens
# with FRAMING_OPENINGS), a claim ("قصفت قوات النظام بلدة X المشمولة باتفاق وقف إطلاق
# النار", "القرى التي يشملها اتفاق خفض التصعيد", "يذكر أن المنطقة تخضع لاتفاق خفض
# التصعيد"). A bare agreement (VAGUE_TRUCE) is not enough: "المشمولة باتفاق التسوية" names a
# settlement, not a truce.
COVERED: tuple[str, ...] = (
    "مشمول*", "المشمول*", "يشملها", "تشملها", "يشمله", "تشمله", "يشملهم", "تشملهم",
    "شملها", "شمله", "شملهم", "تخضع", "يخضع", "الخاضعه", "الخاضع", "خاضعه", "covered",
    # lying within a truce's zone: "وتقع البلدات الثلاث ضمن منطقة «خفض التصعيد»" (an area
    # that belongs to the zone, where "في منطقة خفض التصعيد" only locates a place, and
    # "خارج مناطق خفض التصعيد" puts it outside)
    "ضمن",
)
VAGUE_TRUCE: tuple[str, ...] = ("اتفاق*", "التفاهم*", "تفاهمات", "مذكره التفاهم", "مذكره تفاهم")
# ... unless a word right after it (within IN_FORCE_REACH words) says it stands in force
# between the parties: "في انتهاك صارخ للتفاهمات القائمة", "خرق الاتفاق المعمول به". Between
# armed parties, an agreement in force that violence breaks is their truce; one only said to
# have been concluded ("خرق التفاهمات المبرمة بشأن المنطقة") is not taken for one.
IN_FORCE: tuple[str, ...] = (
    "القائم", "القائمه", "المعمول به", "المعمول بها", "الساري", "الساريه", "النافذ",
    "in force",
)
IN_FORCE_REACH = 2
# ... or known by its day: an agreement word followed by the day and month it was made
# ("خرقاً لاتفاق العاشر من آذار"، "اتفاق 5 آذار"، "اتفاق آذار") is the name the parties
# know it by, one in force between them. Between the two may stand only, within DATED_REACH
# words, the day's number, its ordinal ("الخامس"، "الحادي والعشرين": language.numbers) and
# these words (in the matching form); "الاتفاق الموقع في 5 آذار" only dates one.
DAY_WORDS: tuple[str, ...] = ("من", "عشر", "عشرين", "والعشرين", "ثلاثين", "والثلاثين")
DATED_REACH = 3
# ... or right before it, its coming into force: "في اليوم الثالث لسريان الاتفاق الذي رعته
# روسيا" (an agreement that took effect between the parties).
IN_FORCE_BEFORE: tuple[str, ...] = ("سريان", "بدء سريان", "دخول")
# The area itself may stand between a verb of COVERED and its truce, when the verb comes
# first: "وتخضع المنطقة لاتفاق وقف إطلاق النار".
COVERED_AREAS: tuple[str, ...] = (
    "المنطقة", "البلدة", "المدينة", "القرية", "القرى", "المناطق", "المحافظة", "الناحية",
    "الريف", "البلدات", "الحي", "الأحياء",
    # "ضمن منطقة خفض التصعيد", "ضمن مناطق وقف إطلاق النار"
    "منطقة", "مناطق",
)
COVERED_REACH = 3
# ... but not where the sentence places only a share of a toll there (one of these within
# SHARE_OF_VICTIMS_REACH words before the covered word: "مقتل 14 شخصاً في عدة محافظات،
# معظمهم في مناطق يشملها اتفاق خفض التصعيد"): that says where most victims fell, not that
# each act the article tells broke the truce (a round-up's items carry their own claims).
SHARE_OF_VICTIMS: tuple[str, ...] = (
    "معظمهم", "أغلبهم", "اغلبهم", "غالبيتهم", "أكثرهم", "اكثرهم", "جلهم", "معظمها",
    "أغلبها", "اغلبها", "غالبيتها", "أكثرها", "اكثرها", "most of them",
)
SHARE_OF_VICTIMS_REACH = 4
# Sub-types outside the violent event types whose act is still violence that can break a
# truce: forces firing on a crowd ("أطلقت قوات الأمن الرصاص على المتظاهرين رغم وقف إطلاق
# النار"), and an attack stopped before it struck ("أسقطت الدفاعات الجوية طائرات مسيّرة
# أطلقها مسلحون من منطقة خفض التصعيد"، "تعدّ هذه الاعتداءات خرقاً للهدنة"): its launch was
# the violence. A peaceful protest breaks none.
ALSO_BREAKS: frozenset[str] = frozenset({"Excessive force against protesters",
                                         "Disrupted weapons use"})
# Acts whose hand, left unnamed, may be no party to the truce: a bomb no one claimed
# ("انفجرت عبوة ناسفة مزروعة في سيارة ... ولم تتبنها أي جهة") is a breach only by a claim
# told with it, not by one framing the article's shelling elsewhere.
UNCLAIMED_APART: frozenset[str] = frozenset({"Remote explosive/landmine/IED"})
# Fighting among the factions of one side ("في إطار الاقتتال الداخلي بين الفصيلين"، "اشتباكات
# بين فصيلين من المعارضة") breaks no truce between the sides: a lead framing the day's
# violence as breaches does not reach an act its own sentence tells as infighting (a claim
# told with it still does). Phrases in the matching form of ``language.normalize``.
INFIGHTING: tuple[str, ...] = (
    "الاقتتال الداخلي", "اقتتال داخلي", "الاقتتال الفصائلي", "اقتتال فصائلي",
    "الاقتتال بين الفصائل", "اقتتال بين الفصائل", "الاقتتال بين الفصيلين",
    "اقتتال بين الفصيلين", "الاقتتال الكردي الكردي", "infighting",
)
# ... and fighting between two of these parties (ACLED names), the rebel factions of one
# side, whatever words tell it ("اشتباكات بين هيئة تحرير الشام وحركة نور الدين الزنكي في
# بلدة ... ضمن المنطقة منزوعة السلاح"): a truce between the regime and the rebels is not
# broken by it, and only a claim told with it that calls it a breach ("في خرق للهدنة"), not
# one saying where a truce holds, makes it one.
ONE_SIDE: frozenset[str] = frozenset({
    "Opposition Rebels (Syria)", "HTS: Hayat Tahrir al-Sham", "Jabhat al-Nusra",
    "JFS: Jabhat Fateh al-Sham", "SNA: Syrian National Army", "Harakat Nour al-Din al-Zenki",
})
# Acts outside the violent types that a claim still makes breaches where its sentence names
# the act itself ("وصف الأهالي التوغل بأنه خرق لاتفاقية فصل القوات"): an armed force's raid
# and the arrests it makes. A claim about the article's shelling does not make its arrests
# breaches.
BREACH_BY_NAME: dict[str, tuple[str, ...]] = {
    "Arrests": ("توغل*", "مداهم*", "اقتحام*", "اعتقال*", "incursion*", "raid*", "arrest*"),
    # Drones launched at a base and downed (classify's Disrupted weapons use) were an attack
    # all the same: "عدّ البيان إطلاق الطائرات المسيرة انتهاكاً لمذكرة سوتشي".
    "Disrupted weapons use": ("طائرات مسيره", "الطائرات المسيره", "طائره مسيره", "مسيرات",
                              "المسيرات", "drone*"),
}
# ... or where it calls "what happened" a breach ("واعتبرت المحافظة أن ما جرى انتهاك جديد
# لاتفاقية فصل القوات" after a raid that took shepherds and shells fired on a village): all
# the acts told before it, the arrests with the shelling.
WHAT_HAPPENED: tuple[str, ...] = (
    "ما جرى", "ما حدث", "ما يجري", "ما يحدث", "ما جري", "what happened",
)
# A pause of one offensive, by its name or as "the operation" told ("رغم تعليق عملية «نبع
# السلام»"، "بعد إعلان وقف العمليات"): the pause the attacker agreed is the
# truce its later fire breaks (a truce word, in TRUCE below). An operation no army wages
# (CIVIL_OPERATIONS below: "تعليق العملية الانتخابية") pauses no war.
PAUSES: tuple[str, ...] = (
    "تعليق العمليه", "تعليق عمليه", "تعليق العمليات", "ايقاف العمليه", "ايقاف عمليه",
    "ايقاف العمليات", "وقف العمليه", "وقف عمليه", "وقف العمليات", "تجميد العمليه",
    "تجميد عمليه", "تجميد العمليات", "halt to the operation", "pause in the operation",
)
# What a breach is a breach of.
TRUCE: tuple[str, ...] = (
    "اتفاق*", "هدنه", "الهدنه", "هدن", "وقف اطلاق النار", "وقف النار", "وقف لاطلاق النار",
    "وقف الاعمال القتاليه", "وقف الاعمال العدائيه", "خفض التصعيد", "وقف التصعيد",
    "منزوعه السلاح", "التهدئه", "تهدئه", "التفاهم*", "تفاهمات", "ceasefire", "truce",
    # Other spellings of the same truces: "مناطق تخفيف التصعيد" for the de-escalation zones,
    # the disengagement of forces on the Golan ("اتفاقية فصل القوات") that ended a war.
    "تخفيف التصعيد", "فصل القوات", "فض الاشتباك", "وقف اطلاق نار", "وقفا لاطلاق النار",
    "وقف القتال", "وقف الاقتتال", "وقف العمليات العسكريه", "وقف الاعمال العسكريه",
    # what a guarantor pledged: "تعهد الجانب الروسي بوقف الهجمات على المنطقة"
    "وقف الهجمات",
    # the Annan plan's ceasefire, in its words: "انتهاكاً لبنود الخطة التي تنص على وقف العنف"
    "وقف العنف", "وقف كل اشكال العنف", "وقف جميع اشكال العنف",
    # a pause: "تعليق العمليات العسكرية الذي أعلنه نائب الرئيس الأمريكي من أنقرة"
    "تعليق العمليات العسكريه", "تعليق العمليات القتاليه", "وقف العمليات القتاليه",
    "تعليق الاعمال القتاليه", "pause in the offensive",
    # ... and a pause of one offensive (PAUSES above)
    *PAUSES,
    # The pause of October 2019 by the parties that agreed it ("خرق للاتفاق التركي
    # الأمريكي"), as the Russian-Turkish deals below.
    "الاتفاق التركي الامريكي", "الاتفاق الامريكي التركي", "الاتفاق التركي الاميركي",
    "الاتفاق الاميركي التركي", "التفاهم التركي الامريكي", "التفاهم الامريكي التركي",
    "التفاهمات التركيه الامريكيه", "التفاهمات الامريكيه التركيه",
    "cease-fire", "cease fire", "de-escalation", "cessation of hostilities", "armistice",
    # Idlib's truce of March 2020 and the understandings on Aleppo's north, known by where or
    # between whom they were agreed.
    "اتفاق موسكو", "بروتوكول موسكو", "الاتفاق الروسي التركي", "الاتفاق التركي الروسي",
    # ... and by what it was to Sochi's memorandum: "انتهاكاً للبروتوكول الإضافي الذي وقعه
    # الرئيسان في موسكو"، "البروتوكول الملحق بمذكرة سوتشي"
    "البروتوكول الاضافي", "بروتوكول اضافي", "البروتوكول الملحق", "additional protocol",
    "الاتفاق الروسي - التركي", "الاتفاق التركي - الروسي", "اتفاق ادلب",
    "التفاهمات التركيه الروسيه", "التفاهمات الروسيه التركيه", "التفاهم التركي الروسي",
    "التفاهم الروسي التركي", "تفاهمات روسيه تركيه", "تفاهمات تركيه روسيه",
    # The Golan's disengagement of 1974, named by its year.
    "اتفاق 1974", "اتفاق عام 1974", "اتفاقيه 1974", "اتفاقيه عام 1974",
    # Truces known by where they were agreed: Astana's de-escalation zones, Sochi's
    # demilitarised zone around Idlib ("المنطقة المشمولة باتفاق سوتشي").
    "اتفاق سوتشي", "اتفاقيه سوتشي", "تفاهمات سوتشي", "تفاهم سوتشي", "اتفاق استانا",
    # ... and the memoranda Sochi gave Idlib (2018) and the north-east (2019): "في خرق
    # لمذكرة سوتشي"، "المذكرة الروسية التركية" (a memorandum of understanding unnamed,
    # "مذكرة التفاهم", is an agreement only: VAGUE_TRUCE)
    "مذكره سوتشي", "مذكره تفاهم سوتشي", "المذكره الروسيه التركيه",
    "المذكره التركيه الروسيه", "مذكره التفاهم الروسيه التركيه",
    "مذكره التفاهم التركيه الروسيه", "مذكره التفاهم", "مذكره تفاهم",
    "تفاهمات استانا", "مسار استانا",
    # State media's name for the de-escalation zones: "في خرق لاتفاق منطقة تخفيف التوتر".
    "منطقه تخفيف التوتر", "مناطق تخفيف التوتر", "اتفاق تخفيف التوتر",
    # ... and other outlets' ("ضمن مناطق خفض التوتر المتفق عليها في أستانة").
    "خفض التوتر",
    # The Annan plan of 2012, whose first points were a ceasefire watched by UN observers,
    # known by its author, its six points or the envoy's office: "انتهاكاً لخطة أنان", "في
    # خرق جديد لخطة المبعوث الدولي كوفي عنان", "خطة النقاط الست".
    "خطه انان", "خطه عنان", "خطه كوفي انان", "خطه كوفي عنان", "مبادره انان", "مبادره عنان",
    "خطه النقاط الست", "خطه المبعوث الدولي", "خطه المبعوث الاممي", "خطه المبعوث العربي",
    "خطه المبعوث المشترك", "annan plan", "annan's plan", "six-point plan", "six point plan",
    # English names of the truces known by where they were agreed, and of Sochi's zone:
    # "in violation of the Sochi agreement that created a demilitarised zone".
    "sochi agreement", "sochi deal", "sochi accord", "astana agreement", "astana deal",
    "moscow agreement", "moscow deal", "idlib agreement", "idlib deal",
    "demilitarised zone", "demilitarized zone",
)
ZONE_PLACED: tuple[str, ...] = ("في", "in")
ZONE_NAMED: tuple[str, ...] = ("منطقه", "region")
# The word after a pause of an operation (PAUSES in TRUCE) that makes it an operation no
# army wages: "رغم تعليق العملية الانتخابية"، "وقف العمليات الإغاثية"، "تعليق عملية الإجلاء"
# (in the matching form).
CIVIL_OPERATIONS: tuple[str, ...] = (
    "الانسانيه", "الاغاثيه", "الاغاثه", "اغاثه", "الانتخابيه", "الاقتراع", "التصويت",
    "التعليميه", "الدراسيه", "السياسيه", "التفاوضيه", "التفاوض", "التجاريه", "الجراحيه",
    "الاجلاء", "اجلاء", "الاخلاء", "اخلاء", "تبادل", "التبادل", "التسويه", "تسويه",
    "البحث", "الانقاذ", "التسجيل", "الانتاج", "الانتاجيه", "التصدير", "الاستيراد",
    "الدفع", "التحويل", "الصرف", "المصرفيه", "الماليه", "البيع", "الشراء", "التوزيع",
    "توزيع", "ادخال", "الادخال", "العوده", "عوده",
)
# A truce only due to start: "في وقت من المفترض أن يدخل وقف الأعمال العدائية حيز التنفيذ
# منتصف الليل" (where "يفترض أن يكون سارياً" says it holds now). Neither a claim nor a lead
# framing a truce in force (``pipeline.rules.cues``' "not_yet", which lists them too) is made
# with these.
DUE_TO_START: tuple[str, ...] = (
    "يفترض ان يدخل", "يفترض ان تدخل", "يفترض ان يبدا", "يفترض ان تبدا",
    "المفترض ان يدخل", "المفترض ان تدخل", "المفترض ان يبدا", "المفترض ان تبدا",
)
# A truce due by a deadline, the day and month named after one of these ("خطة تنص على وقف
# العنف بحلول العاشر من نيسان"، "by 10 April"; within DATED_REACH words, as an agreement
# known by its day, DAY_WORDS): not in force yet, neither claimed nor framed; "بحلول المساء"
# names no deadline of a truce.
DEADLINES: tuple[str, ...] = ("بحلول", "by")
# Words of a truce that ended, collapsed or was declared over, beyond those in NOT_A_CLAIM's
# own line (read there and in ENDED): a truce out of force is not broken by what follows.
ENDED_MORE: tuple[str, ...] = (
    "انتهى", "انهار", "انقضت", "انقضى", "منتهيه", "المنتهيه",
    "سقوط الهدنه", "سقطت الهدنه", "سقوط اتفاق", "سقوط وقف", "فشل الهدنه", "فشلت الهدنه",
    "انتهاء العمل",
    "fell apart", "falls apart", "fallen apart", "falling apart", "collapsed", "in ruins",
    "in tatters",
    "unravel*", "declared the truce over", "declared the ceasefire over",
    "declared an end to", "declared the end of", "came to an end", "has ended", "had ended",
)

# A claim only in words: a warning, a hypothesis, a call, a denial, a truce said to hold, or
# one not (or no longer) in force.
# "حذرت من أي خرق للاتفاق", "في حال خرق الهدنة", "لم تسجل أي خروقات", "هدوء حذر".
NOT_A_CLAIM: tuple[str, ...] = (
    "حذر*", "يحذر*", "تحذر*", "تحذير*", "اي خرق", "اي انتهاك", "اي خروقات", "في حال",
    "حال خرق", "لا خروقات", "هدوء", "الهدوء", "هدوءا", "صامده", "صمود",
    "ستدخل", "سيدخل", "ستبدا", "سيبدا", "من المقرر", "المرتقب*",
    # a truce only due to start (DUE_TO_START below)
    *DUE_TO_START,
    # A truce that has ended or collapsed is no longer in force to be broken.
    "انتهاء", "انتهت", "انقضاء", "انهيار", "انهارت",
    "collapse*", "broke down", "broken down", "any violation*", "warn*", "expired",
    # (more of ENDED below)
    *ENDED_MORE,
    # A denial: "ونفت الوزارة أن تكون قواتها قد خرقت الهدنة".
    "نفت", "نفى", "تنفي", "ينفي", "نافيه", "نافيا", "denied", "denies", "deny",
    # Treaties and rights that are no truce, and abuses documented by rights groups:
    # "في انتهاك لاتفاقية جنيف الرابعة", "وثقت منظمات حقوقية انتهاكات منذ توقيع الاتفاق".
    "اتفاقيه جنيف", "اتفاقيات جنيف", "اتفاقيه لاهاي", "حقوق الانسان", "حقوقي*",
    # Arms treaties: "رغم انضمامها إلى اتفاقية حظر الأسلحة الكيميائية" breaks no truce.
    "اتفاقيه حظر", "حظر الاسلحه", "حظر استخدام", "معاهده",
    # A veto ("حق النقض") undoes a resolution, no truce.
    "حق النقض",
    # A truce that remained on paper never took effect (UNKEPT's "بات حبراً على ورق" is
    # one that did), so violence said to go on beside it (GOES_ON) breaks nothing.
    "بقي حبرا على ورق", "بقيت حبرا على ورق", "ظل حبرا على ورق", "ظلت حبرا على ورق",
)
# ... but rights named by a group that bears them in its name ("رصد المرصد السوري لحقوق
# الإنسان مقتل ... في خرق لاتفاق وقف الأعمال العدائية") are the source of the report, not
# abuses: a word of NOT_A_CLAIM within RIGHTS_GROUP_REACH words after one of these unmakes
# nothing (in the matching form).
RIGHTS_GROUPS: tuple[str, ...] = (
    "المرصد", "مرصد", "الشبكه", "شبكه", "منظمه", "مركز", "لجنه", "مجلس", "هيئه", "الرابطه",
    "رابطه", "جمعيه", "مكتب", "observatory", "network",
)
RIGHTS_GROUP_REACH = 3
# Of NOT_A_CLAIM, the words of a truce that ended unmake a claim only with a truce word
# within ENDED_REACH words of them: "انتهاء الهدنة"، "الهدنة انتهت"; "عقب انتهاء صلاة الجمعة،
# في خرق جديد لاتفاق سوتشي" ends the prayers, not the truce (in the matching form).
ENDED: tuple[str, ...] = ("انتهاء", "انتهت", "انقضاء", "انهيار", "انهارت", "collapse*",
                          "expired", *ENDED_MORE)
ENDED_REACH = 3
# ... and those of ENDED_LATE (verbs said only of what ends, closing the clause the truce
# opened) also with a truce word up to ENDED_AFTER_REACH words before them: "since a
# week-long ceasefire brokered by Washington and Moscow fell apart", "وقف إطلاق النار الذي
# أعلنته روسيا الأسبوع الماضي انتهى".
ENDED_LATE: tuple[str, ...] = ("fell apart", "falls apart", "fallen apart", "falling apart",
                               "collapsed", "expired", "unravel*", "انتهى", "انتهت",
                               "انقضت", "انقضى", "انهارت")
ENDED_AFTER_REACH = 8
# Calm a truce had before the breach, not a truce said to hold now: "خرقاً لاتفاق أستانة
# الذي شهد هدوءاً نسبياً خلال الأسابيع الماضية", "بعد هدوء استمر أسبوعين". A calm word
# (one of NOT_A_CLAIM) right after one of these does not unmake the claim.
CALM: tuple[str, ...] = ("هدوء", "الهدوء", "هدوءا")
# ... nor does a calm said to be broken by what follows it (within CALM_BROKEN_REACH words):
# "تعيش المنطقة هدوءاً نسبياً تتخلله هجمات جوية"، "هدوء حذر تشوبه خروقات" (the attacks
# interrupt the calm; they are not denied).
CALM_BROKEN: tuple[str, ...] = (
    "تتخلله", "يتخلله", "تخلله", "تخللته", "تتخللها", "يتخللها", "تخللها", "تشوبه", "يشوبه",
    "شابه", "شابته", "تعكره", "يعكره", "عكره", "عكرته", "تقطعه", "يقطعه", "قطعته",
    "interrupted", "punctuated", "marred",
)
CALM_BROKEN_REACH = 3
# ... nor does the word qualifying that calm right after it ("وسط هدوء حذر": cautious calm,
# not a warning).
CALM_QUALIFIERS: tuple[str, ...] = ("حذر*",)
PAST_CALM: tuple[str, ...] = (
    "الذي شهد", "والذي شهد", "التي شهدت", "والتي شهدت", "الذي ساده", "والذي ساده",
    "بعد", "عقب", "بعد ان شهدت", "بعد ان شهد", "اثر",
    # Calm amid which breaches are told ("سُجلت خروقات للهدنة وسط هدوء حذر يسود معظم
    # الجبهات"): the background of the breaches, not a denial of them.
    "وسط", "amid",
)
PAST_CALM_REACH = 2
# Words that unmake a claim only right before its breach word (within NOT_NEAR_REACH words):
# preventing or watching for breaches ("لمنع الخروقات", "لجان لرصد الانتهاكات"); further off
# they tell something else ("... والتي تستغلها المجموعات لاستهداف الأحياء ومنع المدنيين من
# الخروج" after "في خرق جديد للهدنة").
# Nothing recorded is a denial only of breaches ("لم تسجل خروقات", "دون تسجيل أي خرق"):
# "قصفت ... في خرق آخر للاتفاق ... دون تسجيل إصابات" records no wounded, and is a claim.
NOT_NEAR: tuple[str, ...] = ("لمنع", "منع", "لم يسجل", "لم تسجل", "لم نسجل", "دون تسجيل",
                             "عدم تسجيل")
NOT_NEAR_REACH = 4
# Watching for breaches unmakes a claim only where the breaches are what is watched, right
# after the word (within MONITORING_REACH words: "لجان لرصد الانتهاكات"، "مراقبة أي خروقات").
# "رصد" opening its sentence is the verb that reports what was recorded ("رصد المرصد خرقاً
# جديداً للهدنة"، "ورصد ناشطون خروقات عدة للاتفاق"), and further off the word belongs to
# something else ("المرصد السوري للرصد الميداني استمرار الخروقات": the monitor's name).
MONITORING: tuple[str, ...] = ("مراقبه", "لمراقبه", "لرصد", "رصد")
MONITORING_REACH = 2
# A claim that opens like this comments on the article's incident ("ويأتي القصف في خرق
# ...") or on a campaign it belongs to ("ويواصل الجيش قصفه للقرى ... في انتهاك لاتفاق"),
# so it covers the article's violence in the truce's area, not only its own.
FRAMING_OPENINGS: tuple[str, ...] = (
    "يواصل", "ويواصل", "تواصل", "وتواصل", "واصل", "وواصل", "واصلت", "وواصلت",
    "ياتي", "وياتي", "تاتي", "وتاتي", "يعد", "ويعد", "تعد", "وتعد", "يعتبر", "ويعتبر",
    "يشار", "ويشار", "يذكر", "ويذكر", "وهو ما", "وهو", "الامر الذي", "في خرق", "وفي خرق",
    "وذلك في", "واعتبر*", "وعد*",
    # A condemnation of the article's attack ("وأدانت الإدارة الهجوم، معتبرة إياه خرقاً
    # للاتفاق"), and an area said to see breaches as a rule ("وتشهد المنطقة خروقات شبه
    # يومية للاتفاق"): about the article's violence, not an act of their own.
    "ادان", "وادان", "ادانت", "وادانت", "ندد*", "وندد*", "استنكر*", "واستنكر*",
    "تشهد", "وتشهد", "يشهد", "ويشهد",
    # An area said to lie under a truce ("وتخضع المنطقة لاتفاق وقف إطلاق النار", "وتقع
    # البلدة ضمن المناطق المشمولة باتفاق خفض التصعيد"): about where the article's violence is.
    "تخضع", "وتخضع", "يخضع", "ويخضع", "تقع", "وتقع", "يقع", "ويقع",
    # A view of what the article told, as "واعتبر" gives one ("ويرى سكان المنطقة أن اتفاق وقف
    # إطلاق النار بات حبراً على ورق مع تواصل الغارات"): the raids are the article's.
    "يري", "ويري", "تري", "وتري",
    # What the act the sentence opens by naming amounts to ("ويشكل هذا الاعتداء خرقاً جديداً
    # لاتفاق خفض التصعيد"، "وتمثل هذه الغارات انتهاكاً للهدنة"): about the article's acts.
    "يشكل", "ويشكل", "تشكل", "وتشكل", "يمثل", "ويمثل", "تمثل", "وتمثل",
)
# Where a sentence joins two reports ("خطف مدنيين على الطريق.. واشتباك قرب القرية يخرق
# الهدنة", "..., في حين شنت الطائرات غارات"), a claim in one of them covers the kind of
# violence that one tells, not the other's.
JOINTS: tuple[str, ...] = ("..", "…", "، في حين", "، فيما", "، بينما", " في حين ",
                           ", as ", ", while ", ", whereas ")
# A report joined by "و" right after a claim's truce ("اشتباكات في البلدة رغم الهدنة وغارات على
# المدينة") is one of its own too: the concessive or breach word binds what came before it.
# A reply to a breach is not one: an act its own sentence tells as answering fire ("ردت
# المدفعية بقصف مواقع القوات التي خرقت الهدنة") is covered only by a claim in that sentence,
# not by the article's framing.
REPLY: tuple[str, ...] = (
    "رد", "ردت", "ردا", "ردوا", "رده", "ردها", "انتقاما", "retaliat*", "responded",
    "in response",
)
# "ورد"/"وردت" also read "was told", "arrived": "وردت أنباء عن خروقات", "كما ورد في البيان".
NOT_REPLY: tuple[str, ...] = (
    "ورد في", "وردت في", "كما ورد", "ورد ذلك", "وردت انباء", "وردت معلومات",
    "وردت تقارير", "ورد اسم*", "وردت اسماء", "وردت الانباء", "وردت المعلومات",
)
# A claim one side makes of another ("واتهمت روسيا الفصائل بخرق الهدنة 12 مرة") covers the
# acts of the parties it accuses, not the acts of others in the article (the accusing side's
# own shelling). ACCUSE_VERBS put the accuser first after them ("اتهمت روسيا الفصائل"):
# of two parties or more named there, the first accuses; after ACCUSE all are accused
# ("متهمة فصائل معارضة بخرق الهدنة", "accused government troops of breaking the truce").
ACCUSE_VERBS: tuple[str, ...] = ("اتهم", "اتهمت", "يتهم", "تتهم", "اتهموا", "يتهمون")
ACCUSE: tuple[str, ...] = ("متهم*", "accus*", "blam*")
ACCUSE_REACH = 8
# A claim that only reports what the sides say of each other (ALLEGED: "ويتبادل الطرفان
# الاتهامات بخرق الهدنة"، "وقالت الفصائل في بيان إن النظام ينتهك الهدنة"), tells no violence
# of its own, and dates what it reports to days before the article's act, or tells it as a
# habit (ALLEGED_EARLIER: "منذ أيام"، "في الأسابيع الماضية"، "يوم الأربعاء الماضي"، "بشكل
# متكرر"; or "قبل" within ALLEGED_AGO_REACH words before a count of days, "قبل ثلاثة
# أيام"; or a pluperfect, "وكانت الفصائل قد اتهمت ..."), is about those days, not the act
# told before it: it makes no claim. (Not where the sentence is dated today,
# ALLEGED_TODAY: "واتهمت الفصائل اليوم النظام بخرق الهدنة منذ أيام" accuses the day's
# shelling too; nor by a date that follows within ALLEGED_TRUCE_DATED_REACH words a truce's
# start word
# (pipeline.rules.background.AGREEMENT_START) that itself stands as near after a truce word,
# "بخرق الهدنة المعلنة قبل يومين": that dates the truce, not the accusation.)
ALLEGED: tuple[str, ...] = (
    "الاتهامات", "اتهامات", "الاتهام", "اتهام", "يتبادل", "تتبادل", "يتبادلان", "تتبادلان",
    "تبادل", "تبادلت", "تبادلا", "اتهم", "اتهمت", "اتهما", "اتهمتا", "اتهموا", "يتهم", "تتهم",
    "يتهمان", "تتهمان", "يتهمون", "قال", "قالت", "قالوا", "يقول", "تقول", "بيان", "بيانا",
    "اعلن", "اعلنت", "اكد", "اكدت", "ذكر", "ذكرت", "صرح", "صرحت", "زعم", "زعمت", "ادعى",
    "ادعت", "يزعم", "تزعم", "اعتبر", "اعتبرت", "وثق", "وثقت", "رصد", "رصدت", "accus*",
    "blam*", "said", "say", "says",
    "claim*", "alleg*",
)
ALLEGED_EARLIER: tuple[str, ...] = (
    "منذ ايام", "منذ يومين", "منذ اسبوع", "منذ اسبوعين", "منذ اسابيع", "منذ اشهر",
    "منذ شهر", "منذ شهرين", "قبل ايام", "قبل يومين", "قبل اسبوع", "قبل اسبوعين",
    "قبل اسابيع", "قبل اشهر", "قبل شهر", "الايام الماضيه", "الايام القليله الماضيه",
    "الايام الاخيره", "اليومين الماضيين", "الاسبوع الماضي", "الاسبوع المنصرم",
    "الاسبوع الفائت", "الاسابيع الماضيه", "الاسابيع الاخيره", "الاشهر الماضيه",
    "الشهر الماضي", "السبت الماضي", "الاحد الماضي", "الاثنين الماضي", "الثلاثاء الماضي",
    "الاربعاء الماضي", "الخميس الماضي", "الجمعه الماضيه", "الجمعه الماضي", "اول امس",
    "في وقت سابق", "وقت سابق", "days ago", "weeks ago", "for days", "for weeks",
    "in recent days", "in recent weeks", "last week", "earlier this week",
    "earlier this month",
    # ... or told as a habit, of no day ("وتتهم المعارضة النظام بشكل متكرر بخرق الهدنة")
    # (not "دوما", the town Douma)
    "بشكل متكرر", "مرارا", "مرارا وتكرارا", "باستمرار", "دائما", "repeatedly",
    "regularly",
)
ALLEGED_AGO: tuple[str, ...] = ("قبل", "منذ")
ALLEGED_DAYS: tuple[str, ...] = ("ايام", "اسابيع", "اشهر", "يوما", "اسبوعا", "شهرا")
ALLEGED_AGO_REACH = 3
ALLEGED_PLUPERFECT: tuple[str, ...] = ("كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا")
ALLEGED_PLUPERFECT_AFTER: tuple[str, ...] = ("قد",)
ALLEGED_PLUPERFECT_REACH = 8
ALLEGED_TODAY: tuple[str, ...] = ("اليوم", "امس", "today", "yesterday")
ALLEGED_TRUCE_DATED_REACH = 2
# A truce not kept by a party the sentence names (UNKEPT) accuses that party as ACCUSE does:
# "يشار إلى أن الاتفاق نص على ...، إلا أن التنظيمات الإرهابية لم تلتزم ببنوده" covers the
# acts of those groups, not the army's reply to them. The party is the subject between one
# of these words and the phrase (within UNKEPT_PARTY_REACH words), or stands within as many
# words after it, right after a pronoun of the truce ("الأمر الذي لم يلتزم به النظام") or
# after a noun of not keeping ("عدم التزام قوات النظام بالهدنة"). Written as in ordinary
# Arabic.
UNKEPT_SUBJECT_AFTER: tuple[str, ...] = ("أن", "إن", "لكن", "لكنّ", "بينما", "فيما")
UNKEPT_TRUCE_PRONOUNS: tuple[str, ...] = ("به", "بها", "بهما", "ببنوده", "ببنودها")
UNKEPT_NOUNS: tuple[str, ...] = ("عدم", "دون")
UNKEPT_PARTY_REACH = 4
# A sentence opening by saying a party keeps the truce ("وتلتزم وحدات الجيش بوقف إطلاق النار
# المعلن، بينما ..."): the article does not present that party's fire as a breach, so a
# claim that does not accuse the party ("في خرق متجدد لوقف إطلاق النار" of the other side's
# shelling, in the lead) does not make the party's reply one. The party is named between
# the verb, among the sentence's first KEPT_OPENING_REACH + 1 words and not negated ("ولم
# تلتزم"), and the truce word within KEPT_REACH words after it. A hope or call that a party
# keep it ("أمله في أن تلتزم قوات النظام") does not open a sentence.
KEPT: tuple[str, ...] = ("تلتزم", "يلتزم", "تلتزمان", "يلتزمان", "تحترم", "يحترم")
KEPT_NEGATIONS: tuple[str, ...] = ("لا", "لم", "لن", "عدم", "دون", "غير")
KEPT_OPENING_REACH = 1
KEPT_REACH = 5
# A breach word right after one of these (within NOT_NEAR_REACH words) is what the act
# answers, not what it does: "قصفت المدفعية التركية مواقع النظام رداً على خرقه للهدنة".
# An agreement named by no more than a vague word ("خرق التفاهمات المبرمة بشأن المنطقة")
# is taken for a truce only where the article names one (VAGUE_TRUCE above).
# Words before a town that make it a landmark locating the places named before it, not a
# place the claim names: "شنت هجمات على قرى A وB على أطراف مدينة C" covers A and B, not C
# (written as in ordinary Arabic; an optional place noun may follow them).
LOCATING_BEFORE: tuple[str, ...] = (
    "أطراف", "اطراف", "قرب", "بالقرب من", "محيط", "ضواحي", "مشارف",
    "شرق", "غرب", "شمال", "جنوب", "شرقي", "غربي", "شمالي", "جنوبي",
)
# How far a truce reaches past the places its claim names (a zone named after a city
# covers its countryside).
TRUCE_REACH_KM = 60.0

# A claim whose subject points back, by a demonstrative among its first three words, at the
# acts the article told ("وتشكل هذه الضربات انتهاكاً لاتفاق التهدئة"), is about all of them,
# wherever the article places them, not only about the act told just before it.
DEMONSTRATIVES: tuple[str, ...] = ("هذه", "هذا", "تلك", "ذلك", "these", "this", "those")
# So does a claim reporting what someone says of the act by its definite name ("وعلم المرصد
# أن القصف جاء من مواقع قوات النظام، في خرق جديد لاتفاق سوتشي", "وقالت الفصائل إن الهجوم
# خرق للهدنة"): "that the shelling" names an act already told, not a new one.
POINTING_BACK: tuple[str, ...] = (
    "ان القصف", "ان الهجوم", "ان الهجمات", "ان الغارات", "ان الغاره", "ان الضربه",
    "ان الضربات", "ان الاستهداف", "ان الاشتباكات", "ان التفجير", "ان القذائف",
    "ان الاعتداء", "ان الاعتداءات", "that the shelling", "that the attack", "that the strike*",
)
# ... and so does one with a demonstrative before the act ("مؤكدة أن هذا القصف طال منازل
# المدنيين"): each "ان X" above is read with one of these between too.
POINTING_DEMONSTRATIVES: tuple[str, ...] = ("هذا", "هذه")
# ... and so does one whose breach word follows, within THESE_ACTS_REACH words, an act named
# with a demonstrative before it, wherever it stands in the sentence ("واتهم المسؤول الفصائل
# بالهجوم، معتبراً أن تكرار مثل هذه الاعتداءات يشكل خرقاً للهدنة").
THESE_ACTS_REACH = 2
# ... and so does one calling the act by its definite name what it is ("معتبراً الهجوم
# انتهاكاً صارخاً للتفاهمات"، "التي وصفت القصف بأنه خرق فاضح للاتفاق"): each of these verbs
# stands for "ان" before the acts of POINTING_BACK (in the matching form).
POINTING_VERBS: tuple[str, ...] = (
    "اعتبر", "اعتبرت", "اعتبروا", "يعتبر", "تعتبر", "معتبرا", "معتبره", "معتبرين", "وصف",
    "وصفت", "وصفوا", "يصف", "تصف", "واصفا", "واصفه", "واصفين",
)
# ... and so does one calling it so by its pronoun, the act named just before (often in a
# condemnation: "وأدانت الوزارة الاعتداء، معتبرة إياه انتهاكاً لاتفاقية فصل القوات"، "واصفاً
# إياها بأنها خرق للهدنة"): a verb of POINTING_VERBS followed by one of POINTING_PRONOUNS,
# or one of POINTING_ATTACHED, the verb with its pronoun ("واعتبرته الفصائل خرقاً للاتفاق").
POINTING_PRONOUNS: tuple[str, ...] = ("اياه", "اياها", "اياهما", "اياهم")
POINTING_ATTACHED: tuple[str, ...] = (
    "اعتبره", "اعتبرته", "اعتبرها", "اعتبرتها", "اعتبروه", "اعتبروها", "وصفه", "وصفته",
    "وصفها", "وصفتها", "وصفوه", "وصفوها",
)

# A sentence opening like this tells an incident apart from what came before ("وفي حادثة
# منفصلة، اعترض مسلحون سيارة ..."): a claim told before it, other than in the act's own
# sentence, does not make the acts told from there on breaches.
APART: tuple[str, ...] = (
    "في سياق منفصل", "في حادثه منفصله", "في حادث منفصل", "في تطور منفصل", "في سياق اخر",
    "على صعيد اخر", "على صعيد منفصل", "في خبر اخر", "separately", "in a separate",
    # "on another front": "من جهة أخرى، عثر الأهالي على جثة شاب ..." (the next item of the
    # news; "من جهة ... ومن جهة أخرى" between two sides stands inside a sentence, not at its
    # opening)
    "من جهه اخرى", "من ناحيه اخرى", "on the other hand",
)
APART_REACH = 2  # the words it may stand after at the sentence's opening ("وفي ...")

# An act its own sentence tells before its truce began ("قبل الموعد بنحو ثلاث ساعات", "قبل
# ساعات من موعد سريان الهدنة") or after it ended ("بعد ساعة من انتهاء فترة الهدنة") broke no
# truce in force: a claim or framing in other sentences does not reach it. BEFORE (or AFTER)
# is followed within OUT_OF_FORCE_REACH words by START (or by one of ENDED, itself followed
# within ENDED_REACH words by a truce word: "عقب انتهاء صلاة الجمعة" ends no truce).
BEFORE: tuple[str, ...] = ("قبل", "before")
START: tuple[str, ...] = ("موعد*", "الموعد", "سريان", "بدء سريان", "took effect", "came into")
AFTER: tuple[str, ...] = ("بعد", "عقب", "اثر", "after")
OUT_OF_FORCE_REACH = 4
# ... and, in the place of START, one of these words of a truce's coming into force followed
# within ENTRY_REACH words by a truce word: "قبل ساعات من دخول الاتفاق حيز التنفيذ"، "قبل
# نحو ساعتين من دخول اتفاق وقف إطلاق النار"، "قبل بدء الهدنة" ("قبل دخول القوات إلى
# البلدة" names no truce, and tells no act outside one).
ENTRY: tuple[str, ...] = ("دخول", "بدء", "بدايه", "تطبيق", "بدء تطبيق", "اعلان")
ENTRY_REACH = 2

# An act told as like the one before ("كما استهدفت غارات مماثلة بلدة حيش المجاورة") shares
# the breach the sentence before presents that one as.
SIMILAR: tuple[str, ...] = ("مماثله", "مماثل", "مماثلا", "similar")

# A claim naming its area "and its surroundings" ("المنطقة منزوعة السلاح في إدلب ومحيطها")
# reaches this much further: into the edges of the governorates around it.
SURROUNDINGS: tuple[str, ...] = (
    "ومحيطها", "ومحيطه", "ومحيطهما", "وما حولها", "وما حوله", "والمناطق المجاوره",
    "والمناطق المحيطه", "وجوارها",
)
SURROUNDINGS_REACH_KM = 120.0
# So does a claim naming a de-escalation zone or Sochi's demilitarised zone by one of these:
# the zones were drawn across governorates ("منطقة إدلب لخفض التصعيد" takes in the north of
# Hama, Latakia's north-east and Aleppo's west; the demilitarised strip runs along its edge
# through all four), so "في خرق لاتفاق خفض التصعيد في منطقة إدلب" reaches a town of the Ghab,
# and so does "استمرار الخروقات داخل المنطقة منزوعة السلاح" a village of Aleppo's west. A
# zone the claim places in one governorate ("اتفاق المنطقة منزوعة السلاح في إدلب": one of
# ZONE_PLACED right after it, and no ZONE_NAMED after that) reaches no further than its claim.
ZONES: tuple[str, ...] = (
    "خفض التصعيد", "تخفيف التصعيد", "خفض التوتر", "منطقه تخفيف التوتر",
    "مناطق تخفيف التوتر", "اتفاق تخفيف التوتر", "منزوعه السلاح", "de-escalation",
    "demilitarised zone", "demilitarized zone",
)

# Where a claim counts breaches and then names where a share of them took place ("سجل 29
# خرقاً لنظام التهدئة، منها 23 في محافظة حلب"، "أغلبها في حلب"، "most of them in Aleppo"),
# the places after one of these words (followed within PARTITIVE_REACH words by "في"/"in")
# are the share's, not the bounds of the truce: the other breaches were elsewhere.
PARTITIVES: tuple[str, ...] = (
    "منها", "ومنها", "أغلبها", "اغلبها", "معظمها", "غالبيتها", "أكثرها", "اكثرها",
    "most of them", "of which",
)
PARTITIVE_IN: tuple[str, ...] = ("في", "in")
PARTITIVE_REACH = 3

# A truce of some hours each day ("خلال ساعات «الهدنة الإنسانية» اليومية"، "الهدنة اليومية
# التي أعلنتها موسكو"): one of these within DAILY_REACH words after a truce word, as its
# adjective ("تخرق الهدنة يومياً" breaks a truce every day: no daily truce). Its breach is
# the act told in the claim's own sentence; the article's other acts may have been outside
# its hours, and a lead's claim of it frames nothing.
DAILY: tuple[str, ...] = ("اليوميه", "يوميه")
DAILY_REACH = 3

# A party a truce leaves out, named right before a relative clause that says so ("قصف تنظيم
# الدولة الذي لا يشمله الاتفاق حياً خاضعاً لسيطرة قوات النظام"): the parties named within
# EXCLUDED_PARTY_REACH words before the relative word are the ones left out, not the others
# the sentence names (the army, there, is the target, and its own shelling elsewhere still
# breaks the truce). Written as in ordinary Arabic.
EXCLUDED_RELATIVES: tuple[str, ...] = ("الذي", "التي", "الذين")
EXCLUDED_PARTY_REACH = 6
# A party left out named only by its noun with the article ("قذائف أطلقها تنظيم «الدولة
# الإسلامية» ...، علماً أن التنظيم غير مشمول بالاتفاق"): the one named last before it with
# that noun, its name being the EXCLUDED_PARTY_REACH words from the noun on.
EXCLUDED_BACK_NOUNS: tuple[str, ...] = ("التنظيم", "الجبهة", "الهيئة", "الحزب", "الفصيل",
                                        "الوحدات", "الميليشيا", "الحركة")
# With no such relative clause, the parties left out are named in the clause that tells the
# exclusion (between these marks), after the word that opens what someone says of it: in
# "وتقول الحكومة إن وادي بردى مستثنى من الاتفاق بسبب وجود عناصر من «جبهة فتح الشام»، وهو ما
# تنفيه الفصائل" the front is left out, not the government that says so nor the factions
# that deny it. Written as in ordinary Arabic.
CLAUSE_MARKS: tuple[str, ...] = ("،", ",", "؛", ";")
SAYS_THAT: tuple[str, ...] = ("إن", "أن", "ان", "بأن", "بان", "that")

# A truce said to be of the time a recalled act was told in ("بعد أن كانت قد احتلت المدينتين
# عام 2019، رغم تفاهمات وقف إطلاق النار التي رعتها واشنطن وموسكو آنذاك"): one of these within
# THEN_REACH words after the truce word ties the concessive or breach word to that past act,
# not to the acts the article reports today. No claim is made of such a truce.
THEN: tuple[str, ...] = (
    "آنذاك", "انذاك", "حينذاك", "حينئذ", "وقتذاك", "وقتئذ", "وقتها", "حينها", "في حينه",
    "في حينها", "يومذاك", "في ذلك الوقت", "في ذلك الحين", "at the time", "back then",
)
THEN_REACH = 8
# A claim opening with one of these verbs, its parties named between the verb and the breach
# word (within ACCUSE_REACH words: "واصل الطيران الروسي وقوات النظام خرق اتفاق سوتشي"), or
# right before a verb among the first CONTINUING_SUBJECT_REACH words ("قوات النظام تواصل خرق
# الهدنة"), says in the outlet's own voice who goes on breaking the truce: it covers the acts
# of those parties, as an accusation does (ACCUSE), not the other side's fire the article
# tells after it. A headline's claim of the same truce that names no party is read with the
# lead's parties (the headline sums up the lead). The places such a claim names after one of
# EXAMPLE_MARKS ("، إذ قصفت مدفعيته أطراف ناحية عين عيسى") are those of its first instance,
# not the bounds of the truce: its truce is the one the parties break wherever they act.
CONTINUING: tuple[str, ...] = (
    "يواصل", "ويواصل", "تواصل", "وتواصل", "واصل", "وواصل", "واصلت", "وواصلت", "تستمر",
    "وتستمر", "يستمر", "ويستمر", "استمر", "واستمر", "استمرت", "واستمرت",
    "continue", "continues", "continued",
)
CONTINUING_SUBJECT_REACH = 4
EXAMPLE_MARKS: tuple[str, ...] = ("إذ", "اذ", "حيث")

# A claim counting breaches by number (a number within COUNT_REACH words right before the
# breach word: "سجل المركز خلال الساعات الأربع والعشرين الماضية سبعة خروقات لنظام وقف الأعمال
# القتالية، معظمها في محافظتي اللاذقية ودمشق") lists, in the governorates its sentence names,
# the acts it counts as breaches: an act of a party the truce leaves out ("مسلحو النصرة
# المستثناة من الاتفاق قصفوا بلدة في ريف اللاذقية") told there is still presented as one.
COUNT_REACH = 3
# ... but a figure right after one of these counts days, not breaches: "رصد الهدنة - اليوم
# 24: خروقات في دوما وتلدو" is the truce's 24th day.
COUNT_NOT_AFTER: tuple[str, ...] = ("اليوم", "لليوم", "يوم", "الأسبوع", "الشهر")

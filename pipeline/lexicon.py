"""Trigger and cue lexicons: the words that make a sentence an event, or keep it from being one.

The lists are data meant to be read and extended by people who know the language. A phrase is
space-separated words written as in ordinary Arabic; it is matched on normalised tokens
(``pipeline.normalize``) after light proclitic stripping (و ف ب ل ك ال), so "والقصف",
"بقصف" and "للقصف" all match "قصف". A word ending in ``*`` matches any word that starts
with it ("اشتباك*" covers اشتباكات، اشتباكاً), for inflection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from pipeline.normalize import normalize

__all__ = [
    "CUES",
    "EVENT_TYPES",
    "SPECIFICITY",
    "TRIGGERS",
    "Hit",
    "Lexicon",
    "event_type_of",
    "lexicon",
    "words",
]

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

# Pseudo sub-type for words that say "violence happened" without saying how (هجوم، مقتل،
# برصاص): resolved to Attack or Armed clash by who was hit (see pipeline.classify).
GENERIC = "generic violence"

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

TRIGGERS: dict[str, tuple[str, ...]] = {
    "Armed clash": (
        "اشتباك*", "اشتبك*", "يشتبك*", "تشتبك*", "معارك", "معارك عنيفه", "مواجهات",
        "محاوله تسلل", "احبط* محاوله", "تسلل* مجموعات", "صد* هجوم*", "تصد* لهجوم*",
        "تصدي* لهجوم*", "تبادل* اطلاق النار", "اطلاق نار متبادل", "هجوم معاكس", "مواجهه مسلحه",
        "clash*", "fighting", "gunfight",
    ),
    # The two territory sub-types share the TERRITORY words below; who takes the ground
    # decides between them (pipeline.classify).
    "Air/drone strike": (
        "غاره", "غارات", "غارتين", "شن* غار*", "طائرات حربيه", "طائره حربيه", "الطيران الحربي",
        "طيران حربي", "الطيران الروسي", "طيران روسي", "الطيران التركي", "الطيران الاسرائيلي",
        "طائره مسيره", "طائرات مسيره", "مسيره تركي*", "مسيره اسرائيلي*", "مسيره روسي*",
        "مسيره امريكي*", "مسيره تابعه", "مسيره مجهول*", "مسيرات تركي*", "الطيران المسير",
        "طائره بدون طيار", "طائرات بدون طيار", "درون", "قصف جوي",
        "عدوان* جوي*", "ضرب* جوي*", "ضرب* اسرائيلي*", "ضرب* للتحالف", "ضرب* روسي*",
        "هجوم* جوي*", "براميل متفجره", "برميل* متفجر*",
        "airstrike*", "air strike*", "drone strike*", "air raid*", "warplane*",
    ),
    "Shelling/artillery/missile attack": (
        "قصف*", "يقصف*", "تقصف*", "قذيف*", "قذائف", "صاروخ*", "صواريخ", "راجمات", "هاون",
        "مدفعي*", "المدفعيه", "رشقات", "استهداف* مدفعي*", "shell*", "artillery", "rocket*",
        "missile*",
    ),
    "Remote explosive/landmine/IED": (
        "عبوه ناسفه", "عبوات ناسفه", "عبوه", "لغم*", "الغام", "مفخخ*", "تفجير*", "انفجار*",
        "انفجرت", "ينفجر", "مخلفات الحرب", "ied", "landmine*", "car bomb*", "explosion",
    ),
    "Suicide bomb": ("انتحاري*", "تفجير انتحاري", "حزام ناسف", "suicide"),
    "Grenade": ("قنبله يدويه", "قنابل يدويه", "رمانه يدويه", "grenade*"),
    "Chemical weapon": ("سلاح كيميائي", "غازات سامه", "غاز السارين", "chemical weapon*"),
    "Attack": (
        "اغتيال*", "اغتال*", "تصفي*", "عثر* علي جثه", "عثر* علي جثث", "العثور علي جثه",
        "العثور علي جثث", "اعدام* ميداني*", "اعدم*", "قتل* علي يد", "مجزره",
        "مجازر", "علي جثه", "علي جثث", "assassinat*", "execut*",
    ),
    "Abduction/forced disappearance": (
        "خطف*", "اختطف*", "يختطف*", "تختطف*", "مخطوف*", "مختطف*", "خاطف*", "اقتاد*",
        "جهه مجهوله", "اخفاء قسري", "مغيب*", "abduct*", "kidnap*",
    ),
    "Sexual violence": ("اغتصاب*", "اعتداء جنسي", "rape*"),
    "Peaceful protest": (
        "مظاهر*", "تظاهر*", "يتظاهر*", "متظاهر*", "وقفه احتجاجيه", "وقفات احتجاجيه",
        "احتجاج*", "محتج*", "اعتصام*", "اعتصم*", "احتشد*", "اضراب*", "protest*",
        "demonstrat*", "rally", "sit-in",
    ),
    "Protest with intervention": (
        "تفريق* المتظاهرين", "فض* الاعتصام", "فرق* المتظاهرين", "اعتقال* متظاهرين",
    ),
    "Excessive force against protesters": (
        "اطلاق النار علي المتظاهرين", "الرصاص الحي علي المتظاهرين", "قتل* متظاهر*",
    ),
    "Violent demonstration": ("احرق* المتظاهرون", "اقتحم* المحتجون", "riot*"),
    # A crowd as the perpetrator: "أقدم حشد من الأهالي على ضرب شاب".
    "Mob violence": ("اعتداء جماعي", "حشد غاضب", "حشد* من الاهالي", "حشد* من السكان",
                     "حشود غاضب*", "اهالي غاضب*", "سحل*", "mob", "lynch*"),
    "Agreement": (
        "هدنه", "اتفاق* لوقف اطلاق النار", "اتفاق وقف اطلاق النار", "توصل* الي اتفاق*",
        "سريان هدنه", "سريان اتفاق*", "وقع* اتفاق*", "تسويه", "اتفاق* تسويه",
        "توصل* اتفاق*", "ابرام اتفاق*", "اتفاق* تهدئه", "توصل* الي تهدئه", "توصل* تهدئه",
        "صفقه تبادل", "تبادل الاسري", "تبادل* اسري",
        "وقف الاعمال القتاليه", "truce", "ceasefire", "agreement",
    ),
    "Arrests": (
        "اعتقل*", "اعتقال*", "يعتقل*", "تعتقل*", "القبض علي", "القت القبض", "يلقي القبض",
        "تلقي القبض", "حمله دهم", "حمله اعتقالات", "مداهم*", "داهم*", "دهم*", "توقيف*",
        "arrest*", "detain*",
    ),
    "Looting/property destruction": ("نهب*", "سلب*", "احراق منازل", "تجريف*", "loot*"),
    "Disrupted weapons use": (
        "تفكيك عبوه", "فكك* عبوه", "اسقاط* طائره مسيره", "اسقط* طائره مسيره",
        "defus*",
    ),
    "Headquarters or base established": ("قاعده عسكريه جديده", "انشاء قاعده"),
    "Non-violent transfer of territory": ("تسلم* مواقع", "انسحب* من", "انسحاب*"),
    GENERIC: (
        "هجوم*", "هاجم*", "يهاجم*", "اعتداء*", "مقتل", "قتل", "قتلت", "قتلوا", "لقي* مصرع*",
        "برصاص", "بنيران", "قنص*", "قناص*", "اطلاق النار", "اطلق* النار", "استهداف*",
        "استهدف*", "استشهاد", "استشهد*", "attack*", "killed",
    ),
}

# Territory words: who holds afterwards decides between the two Battles sub-types.
TERRITORY: tuple[str, ...] = (
    "سيطر*", "تسيطر*", "يسيطر*", "السيطره علي", "بسط* سيطرت*", "تبسط سيطرت*",
    "احكم* سيطرت*", "استعاد*", "استعاده", "تستعيد*", "يستعيد*", "تقدم* في", "تحرير مدينه",
    "تحرير بلده", "حرر*", "دخل* مدينه", "دخول مدينه",
    # SANA's formula for a retaken town: "أعادت وحدات الجيش الأمن والاستقرار إلى بلدة".
    "الامن والاستقرار الي",
    "captur*", "recaptur*", "seiz*", "took control", "retake*",
)

# Cues: words that change what a trigger nearby means. Names are what pipeline.classify uses.
CUES: dict[str, tuple[str, ...]] = {
    # A negation before the trigger: nothing happened.
    "negation": (
        "لم", "لا", "لن", "ليس", "نفي", "ينفي", "نفت", "تنفي", "دون", "بدون", "دون وقوع",
        "دون تسجيل", "لم يسجل", "لم تسجل", "عدم", "نفى", "وقف", "ايقاف", "not", "no",
        "without", "denied",
    ),
    # Denials reach further than a plain negation: "نفت ... أن تكون طائراتها قد شنت غارات".
    "denial": ("نفي", "ينفي", "نفت", "تنفي", "نفى", "تنفيان", "deny", "denied", "denies"),
    # Future or intent: not (yet) an event.
    "future": (
        "سوف", "سيتم", "ستبدا", "يعتزم", "تعتزم", "من المقرر", "المقرر", "المرتقب*", "تهدد",
        "يهدد", "هدد*", "توعد*", "يتوعد", "يخطط", "تخطط", "مهددين", "تمهيد* ل", "تمهيدا ل",
        "سيبدا", "ستنتشر", "ستستمر", "تتوعد", "ستشن", "سيشن", "ستقوم", "سيقوم", "ستنفذ",
        "سينفذ", "will", "plans", "threat*",
    ),
    # Commemoration: the violence named is history.
    "anniversary": (
        "ذكري", "الذكري السنويه", "ذكرى", "احياء", "يحيي", "تحيي", "تستذكر", "استذكر*",
        "احتفل*", "احتفال*", "anniversary",
    ),
    # Statements, calls, condemnations: words about an event, not the event.
    "statement": (
        "دعا الي", "دعت الي", "يدعو الي", "تدعو الي", "يدعو", "دعا", "داعيا", "داعيه", "طالب*",
        "يطالب*", "تطالب*", "مطالب*", "ندد*", "ينده*", "تنديد*", "ادان*", "يدين", "تدين", "ادانه",
        "حذر* من", "يحذر", "تحذير*", "حث*", "يحث", "ناشد*", "مناشد*", "رفض*", "رفضا",
        "الالتزام ب", "تثبيت", "احترام", "ضبط النفس", "urged", "called for", "condemn*",
    ),
    # The truce holds: status reports of a ceasefire are not events.
    "holding": (
        "الهدوء يسود", "يسود الهدوء", "هدوء حذر", "استمرار الهدوء", "صمود الهدنه", "صامده",
        "لم يسجل اي خرق", "لم تسجل اي خروقات", "لم تسجل اي خرق", "لم نسجل اي خرق",
        "دون تسجيل خروقات", "holds", "holding",
    ),
    # Background: the trigger is a past or recurring state, not today's incident.
    "background": (
        "منذ", "بعد اسابيع من", "بعد ايام من", "بعد اشهر من", "بعد يومين من", "بعد ساعات من",
        "بعد يوم من", "بعد اسبوع من", "بعد اسبوعين من", "قبل نحو", "قبل ايام", "خلال السنوات",
        "سنوات الحرب", "خلال العام", "متكرره", "المتكرره", "شبه يومي", "بشكل شبه يومي",
        "سنويا", "سلسله", "موجه", "تتكرر", "يتكرر", "تكرر", "يواصل", "تواصل", "مواصله",
        "على خلفيه", "علي خلفيه", "متورط*", "بتهمه", "مخلفات", "عدد جرائم",
        "يرتفع عدد", "وثقت", "الحرب", "تكرار", "since",
    ),
    # Complements that make violent words figurative: "هجوماً حاداً على الحكومة",
    # "انفجار الأسعار", "قصف إعلامي" (they follow the trigger closely).
    "figurative": (
        "حادا", "حاد", "لاذع*", "كلامي*", "اعلامي*", "سياسي*", "سكاني", "الاسعار", "اسعار",
        "الغضب", "غضب", "انتخابي*", "الكتروني*", "سيبراني*", "معنوي*", "تجاري*",
    ),
    # Accidents are no attack: a gas cylinder or a short circuit explodes by itself.
    "accident": (
        "اسطوانه غاز", "جره غاز", "تماس كهربائي", "خطا فني", "حادث سير", "حادث مروري",
        "انفجار خزان", "عطل فني",
    ),
    # Time spans that put what they qualify into history, on either side of it.
    "history": (
        "خلال السنوات", "سنوات الحرب", "خلال سنوات", "في السنوات الماضيه", "منذ سنوات",
        "قبل سنوات", "خلال الاعوام", "السنوات الماضيه", "العام الماضي", "years ago",
        "during the war", "last year",
    ),
    # Tallies over a period ("مقتل 120 مدنياً خلال شهر آذار"): a count of many incidents.
    "period": (
        "خلال شهر", "خلال الشهر", "حصيله شهر", "الحصيله الشهريه", "منذ مطلع العام",
        "منذ بدايه العام", "عموم الاراضي", "عموم سوريا", "monthly", "during the month",
    ),
    # An adjective right after the trigger that dates it before: "قصف سابق".
    "past_adj": ("سابق", "سابقه", "previous", "earlier"),
    # Hypothetical violence: "مستعد للرد على أي اعتداء".
    "hypothetical": ("اي", "مستعد*", "any"),
    # What should stop is demanded, not reported: "القصف يجب أن يتوقف".
    "demand": ("يجب", "ينبغي", "تتوقف", "يتوقف", "must", "should"),
    # Sentence openings that frame context ("ويأتي القصف في خرق ..."): no new event there.
    "context_open": (
        "ياتي", "وياتي", "تاتي", "وتاتي", "وكان", "وكانت", "كان", "كانت", "يذكر ان", "ويذكر ان",
        "يشار الي", "ويشار الي", "يعد", "ويعد", "تعد", "وتعد", "تشهد", "وتشهد", "يشهد", "ويشهد",
    ),
    # Weapons being handled, not used.
    "weapons_handled": (
        "ازاله", "ازالت", "تفكيك", "فكك*", "ضبط", "ضبطت", "مصادره", "صادر*", "زرع*", "مخزن",
        "مستودع",
    ),
    # Violence presented as breaking a truce in force.
    "breach": (
        "خرق*", "خروقات", "انتهاك*", "خرقا", "رغم اتفاق*", "رغم الهدنه", "رغم سريان",
        "علي الرغم من سريان", "الرغم من سريان", "رغم وقف اطلاق النار", "رغم التهدئه",
        "في ظل الهدنه", "في ظل سريان", "منطقه خفض التصعيد", "مناطق خفض التصعيد",
        "violat*", "breach*",
    ),
    # What a breach cue must be about to count.
    "truce": (
        "اتفاق*", "هدنه", "وقف اطلاق النار", "وقف الاعمال القتاليه", "خفض التصعيد",
        "منزوعه السلاح", "التفاهم*", "التهدئه", "سريان", "ceasefire", "truce",
    ),
    # Second or further events: the connectives that introduce them.
    "another": (
        "اخري", "اخرى", "مماثله", "مماثل", "بالتزامن", "تزامن*", "كما", "وكذلك", "ايضا",
        "في حين", "فيما", "ثانيه", "في سياق متصل", "من جهه اخري", "الي ذلك", "also",
        "في سياق منفصل", "في سياق اخر", "في حادثه منفصله", "في غضون ذلك", "في تطور اخر",
    ),
    # Connectives that always open a distinct incident, even of the same type.
    "another_incident": (
        "في سياق متصل", "في سياق منفصل", "في سياق اخر", "في حادثه منفصله", "في حادثه اخري",
        "من جهه اخري", "في تطور اخر", "الي ذلك", "separately", "in another",
    ),
    # A truce said to be in force: violence reported after it breaks it.
    "in_force": (
        "يسري", "تسري", "سريان", "دخل حيز التنفيذ", "دخلت حيز التنفيذ", "حيز التنفيذ",
        "in force", "took effect",
    ),
    # What happens at a protest decides its sub-type (pipeline.classify.refine_protest).
    "protest_intervention": (
        "فرقت", "فرقوا", "تفريق*", "فض", "فضت", "قمع*", "قنابل مسيله للدموع",
        "الغاز المسيل للدموع", "اعتقل*", "اعتقال*", "بالقوه", "dispersed", "tear gas",
    ),
    "protest_force": (
        "الرصاص الحي", "اطلق* النار", "اطلاق النار", "اطلاق الرصاص", "اطلق* الرصاص",
        "live ammunition", "opened fire",
    ),
    "protest_violence": (
        "احراق", "احرق*", "يحرق*", "اضرم*", "رشق*", "تكسير", "حطم*", "اقتحم*", "يقتحم*",
        "اعتدي* علي", "set fire", "stormed",
    ),
    # Deaths (not injuries) in a sentence make its event a deadly one.
    "death": (
        "قتل*", "مقتل", "قتيل*", "قتلي", "استشهد*", "استشهاد", "شهيد*", "شهداء", "مصرع",
        "مصرعهم", "لقي* حتف*", "فارق* الحياه", "جثث", "جثه", "ضحايا", "killed", "dead",
    ),
    # Victims that make generic violence an Attack on civilians.
    "civilian": (
        "مدني*", "مدنيين", "مدنيان", "مدنيه", "طفل*", "اطفال", "امراه", "نساء", "سيده", "رعاه",
        "راعي", "لاجئ*", "مختار", "شاب", "مواطن*", "اهالي", "عائله", "مزارع*", "جامعي",
        "طالب", "معلم", "طبيب", "صحفي*", "ناشط*", "civilian*",
    ),
    # Armed people on the receiving end make generic violence a clash.
    "combatant": (
        "عناصر", "عنصر*", "مقاتل*", "جندي*", "جنود", "نقاط", "نقطه", "مواقع", "موقع", "دوري*",
        "حاجز*", "ثكنه", "مقر*", "تعزيزات", "تحصينات", "عسكريين", "عسكريا", "جنديا",
        "soldier*", "fighter*",
    ),
    # Whole-article give-aways that the violent vocabulary is figurative.
    "sports": (
        "مباراه", "الدوري", "ملعب", "لاعب*", "هدف* مقابل", "المنتخب", "ركله جزاء", "الحكم",
        "المدرجات", "كره القدم", "football", "match",
    ),
    # Government forces: taking territory is "Government regains territory".
    "government": (
        "الجيش", "جيش", "قوات النظام", "قوات الحكومه", "وحدات الجيش", "الجيش العربي السوري",
        "الجيش السوري", "قوات الاسد", "الامن العام", "وزاره الدفاع", "القوات الحكوميه",
        "army", "government forces", "regime forces",
    ),
}

_PROCLITICS = ("وبال", "فبال", "وكال", "ولل", "فلل", "وال", "فال", "بال", "كال", "لل", "ال",
               "وب", "فب", "ول", "فل", "وك", "و", "ف", "ب", "ل", "ك")
_WORD = re.compile(r"[\w\-]+")


def words(text: str) -> list[str]:
    """The normalised words of a text (punctuation dropped)."""
    return _WORD.findall(normalize(text))


@lru_cache(maxsize=65536)
def forms(token: str) -> tuple[str, ...]:
    """A token and the stems left by stripping each proclitic chain it may start with."""
    out = [token]
    for prefix in _PROCLITICS:
        if token.startswith(prefix) and len(token) - len(prefix) >= 2:
            out.append(token[len(prefix):])
    if token.startswith("لل") and len(token) > 4:
        out.append("ال" + token[2:])  # للاتفاق = ل + الاتفاق
    return tuple(out)


@dataclass(frozen=True)
class Hit:
    """One phrase of a list found in a token sequence."""

    label: str  # sub-event type or cue name
    phrase: str
    start: int  # token index of the first word
    end: int  # token index after the last word


def _word_matches(pattern: str, token_forms: tuple[str, ...]) -> bool:
    if pattern.endswith("*"):
        stem = pattern[:-1]
        return any(f.startswith(stem) for f in token_forms)
    return pattern in token_forms


_Entry = tuple[str, tuple[str, ...], str]  # label, normalised pattern, phrase as written


class Lexicon:
    """Phrase lists compiled for matching: ``find(tokens)`` returns every hit."""

    def __init__(self, lists: Mapping[str, Iterable[str]]) -> None:
        # First words indexed two ways: whole words, and stems of "*" words (looked up by
        # every prefix of a token's forms), so a token only meets phrases it can start.
        self._exact: dict[str, list[_Entry]] = {}
        self._prefix: dict[str, list[_Entry]] = {}
        for label, phrases in lists.items():
            for phrase in phrases:
                pattern = tuple(normalize(w) if not w.endswith("*") else normalize(w[:-1]) + "*"
                                for w in phrase.split())
                head = pattern[0]
                index = self._prefix if head.endswith("*") else self._exact
                index.setdefault(head.rstrip("*"), []).append((label, pattern, phrase))
        self._longest = max((len(k) for k in self._prefix), default=0)
        self._cache: dict[tuple[str, ...], tuple[_Entry, ...]] = {}

    def _starting(self, candidates: tuple[str, ...]) -> set[_Entry]:
        entries: set[_Entry] = set()
        for f in candidates:
            entries.update(self._exact.get(f, ()))
            for k in range(1, min(len(f), self._longest) + 1):
                entries.update(self._prefix.get(f[:k], ()))
        return entries

    def _starting_cached(self, candidates: tuple[str, ...]) -> tuple[_Entry, ...]:
        # Words recur from article to article: remember which phrases each one can start.
        found = self._cache.get(candidates)
        if found is None:
            found = tuple(sorted(self._starting(candidates)))
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[candidates] = found
        return found

    def find(self, tokens: list[str]) -> list[Hit]:
        token_forms = [forms(t) for t in tokens]
        hits: list[Hit] = []
        for i, candidates in enumerate(token_forms):
            for label, pattern, phrase in self._starting_cached(candidates):
                if self._matches_at(pattern, token_forms, i):
                    hits.append(Hit(label, phrase, i, i + len(pattern)))
        hits.sort(key=lambda h: (h.start, h.end, h.label, h.phrase))
        return hits

    @staticmethod
    def _matches_at(pattern: tuple[str, ...], token_forms: list[tuple[str, ...]], i: int) -> bool:
        if i + len(pattern) > len(token_forms):
            return False
        return all(_word_matches(p, token_forms[i + k]) for k, p in enumerate(pattern[1:], 1))


def event_type_of(sub_event_type: str) -> str:
    return EVENT_TYPES[sub_event_type]


@lru_cache(maxsize=1)
def lexicon() -> tuple[Lexicon, Lexicon]:
    """The compiled (triggers, cues) lexicons; territory words are their own label."""
    triggers = dict(TRIGGERS)
    triggers["territory"] = TERRITORY
    return Lexicon(triggers), Lexicon(CUES)

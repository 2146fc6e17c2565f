"""Actors: the names outlets use for the parties of the war, mapped to canonical names, and
the words around a mention that say which side it is on.

``pipeline.events.actors`` finds the names of ACTORS in a text; ``pipeline.events.classify``
uses NOT_STATE and PERPETRATOR. Each canonical name lists the Arabic and English aliases
that refer to it, written as in ordinary Arabic and matched like trigger phrases (on
normalised words, clitics stripped, ``*`` at a word's end for inflection). To fix a miss,
add the alias under its actor. After December 2024 "the Syrian government" means the new
authorities, so they have a canonical name of their own, kept apart from the former
regime's forces.
"""

from __future__ import annotations

# The canonical name of civilians, the usual target.
CIVILIANS = "Civilians (Syria)"

ACTORS: dict[str, tuple[str, ...]] = {
    "Military Forces of Syria (2000-2024)": (
        "قوات النظام", "قوات الاسد", "الجيش السوري", "الجيش العربي السوري", "وحدات الجيش",
        "وحدات من الجيش", "جيش النظام", "قوات الحكومه السوريه", "الفرقه الرابعه",
        "الامن العسكري", "المخابرات الجويه", "الدفاع الوطني", "اللجنه الامنيه",
        "regime forces", "syrian army", "syrian arab army",
    ),
    "Government of Syria (2024-)": (
        "الامن العام", "وزاره الدفاع السوريه", "وزاره الداخليه", "قوات الامن الداخلي",
        "الحكومه السوريه الجديده", "الحكومه الانتقاليه", "الادارة الجديده", "general security",
    ),
    "SDF: Syrian Democratic Forces": (
        "قسد", "قوات سوريا الديمقراطيه", "وحدات حمايه الشعب", "مجلس تل تمر العسكري",
        "مجلس دير الزور العسكري", "قوي الامن الداخلي", "الاسايش", "sdf", "ypg",
    ),
    "HTS: Hayat Tahrir al-Sham": (
        "هيئه تحرير الشام", "تحرير الشام", "جبهه النصره", "النصره", "hts", "nusra",
    ),
    "SNA: Syrian National Army": (
        "الجيش الوطني", "الجيش الوطني السوري", "فصائل المعارضه", "الفصائل", "العمشات",
        "الحمزات", "فرقه السلطان مراد", "السلطان مراد", "الجبهه الوطنيه للتحرير",
        "مرتزقه", "مرتزقته", "الفصائل الموالية لتركيا", "sna", "syrian national army",
    ),
    "ISIS: Islamic State": (
        "داعش", "تنظيم الدوله", "خلايا التنظيم", "الدوله الاسلاميه", "isis", "islamic state",
    ),
    "Military Forces of Russia": (
        "القوات الروسيه", "الطيران الروسي", "طائرات حربيه روسيه", "الطائرات الحربيه الروسيه",
        "الشرطه العسكريه الروسيه", "روسيا", "غارات روسيه", "russian forces", "russian",
    ),
    "Military Forces of Turkey": (
        "القوات التركيه", "الجيش التركي", "الطيران التركي", "مسيره تركيه", "الاحتلال التركي",
        "جيش الاحتلال التركي", "دوله الاحتلال التركي", "turkish forces", "turkish army",
    ),
    "Military Forces of Israel": (
        "الجيش الاسرائيلي", "الطيران الاسرائيلي", "العدو الاسرائيلي", "الاحتلال الاسرائيلي",
        "قوات الاحتلال الاسرائيلي", "اسرائيل", "طائرات حربيه اسرائيليه", "غارات اسرائيليه",
        "غاره اسرائيليه", "israeli forces", "idf", "israeli",
    ),
    "Global Coalition Against Daesh": ("التحالف الدولي", "قوات التحالف", "coalition"),
    "Military Forces of the United States": (
        "القوات الامريكيه", "القوات الاميركيه", "الجيش الامريكي", "us forces",
    ),
    "Iran-backed militias": (
        "الميليشيات الايرانيه", "الحرس الثوري", "ميليشيات ايران", "الميليشيات الموالية لايران",
        "irgc",
    ),
    "Hezbollah": ("حزب الله", "hezbollah"),
    "Unidentified Armed Group (Syria)": (
        "مسلحون مجهولون", "مسلحين مجهولين", "مجهولون", "مجهولين", "عصابه مسلحه",
        "مجموعه مسلحه", "unknown gunmen",
    ),
    "Tribal militias": ("مقاتلي العشائر", "مقاتلو العشائر", "العشائر", "tribal fighters"),
    "Protesters (Syria)": ("المتظاهرون", "المحتجين", "المحتجون", "المتظاهرين", "protesters"),
    CIVILIANS: ("مدنيين", "مدنيون", "مدنيان", "المدنيين", "civilians"),
}

# Words right after "الجيش"/"جيش" that make it an army that is not the state's:
# "الجيش السوري الحر"، "الجيش الوطني"، "جيش الإسلام".
NOT_STATE: frozenset[str] = frozenset({"الحر", "الوطني", "الاسلام", "العزه", "الفتح", "النصر",
                                       "المجاهدين", "الاحرار", "التحرير"})
# Words right before armed men that make them the ones who did it, not its victims:
# "برصاص عناصر من الميليشيا", "على يد مسلحين".
PERPETRATOR: frozenset[str] = frozenset({"برصاص", "بنيران", "يد", "ايدي", "قبل"})

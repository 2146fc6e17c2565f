"""ACLED's event types and sub-event types, spelled as ACLED spells them, with Arabic names."""

from __future__ import annotations

ACLED: dict[str, tuple[str, ...]] = {
    "Battles": (
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ),
    "Explosions/Remote violence": (
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ),
    "Violence against civilians": (
        "Sexual violence",
        "Attack",
        "Abduction/forced disappearance",
    ),
    "Protests": (
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ),
    "Riots": ("Violent demonstration", "Mob violence"),
    "Strategic developments": (
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ),
}
SUB_TO_TYPE = {sub: kind for kind, subs in ACLED.items() for sub in subs}

ARABIC_NAMES: dict[str, str] = {
    "Battles": "معارك",
    "Explosions/Remote violence": "انفجارات/عنف عن بعد",
    "Violence against civilians": "عنف ضد المدنيين",
    "Protests": "احتجاجات",
    "Riots": "أعمال شغب",
    "Strategic developments": "تطورات استراتيجية",
    "Armed clash": "اشتباك مسلح",
    "Government regains territory": "استعادة الحكومة لأراضٍ",
    "Non-state actor overtakes territory": "سيطرة جهة غير حكومية على أراضٍ",
    "Chemical weapon": "سلاح كيميائي",
    "Air/drone strike": "غارة جوية/بطائرة مسيّرة",
    "Suicide bomb": "تفجير انتحاري",
    "Shelling/artillery/missile attack": "قصف مدفعي/صاروخي",
    "Remote explosive/landmine/IED": "عبوة ناسفة/لغم",
    "Grenade": "قنبلة يدوية",
    "Sexual violence": "عنف جنسي",
    "Attack": "هجوم",
    "Abduction/forced disappearance": "خطف/إخفاء قسري",
    "Peaceful protest": "احتجاج سلمي",
    "Protest with intervention": "احتجاج مع تدخل",
    "Excessive force against protesters": "قوة مفرطة ضد المحتجين",
    "Violent demonstration": "مظاهرة عنيفة",
    "Mob violence": "عنف جماعي",
    "Agreement": "اتفاق",
    "Arrests": "اعتقالات",
    "Change to group/activity": "تغيير في جماعة/نشاط",
    "Disrupted weapons use": "إحباط استخدام أسلحة",
    "Headquarters or base established": "إنشاء مقر أو قاعدة",
    "Looting/property destruction": "نهب/تدمير ممتلكات",
    "Non-violent transfer of territory": "انتقال سلمي للسيطرة على أراضٍ",
    "Other": "أخرى",
}


def arabic_name(name: str) -> str:
    return ARABIC_NAMES.get(name, name)

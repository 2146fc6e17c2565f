"""Rarer kinds that are easy to mis-type or miss: a crowd that beats a man to death, ground
entered without a fight told in a later sentence, the freed people's past captivity, a
headline's abduction told in the present, homes demolished, a day's tally
over several areas that is no incident of its own, a bulletin's items of one type, and the
town of an earlier act named after a further one. Sentences written for these tests
(issue 12, dev39)."""

from __future__ import annotations

import pytest

from pipeline.events.classify import classify
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2024-06-12T21:00:00+03:00"  # a Wednesday


@pytest.mark.parametrize("beaten", ["على ضرب رجل حتى الموت", "على ضربه حتى الموت"])
def test_a_crowd_beating_a_man_to_death_is_mob_violence(beaten: str) -> None:
    title = "أهالٍ يقتلون رجلاً في بلدة الميادين"
    text = (f"أقدم عشرات من أهالي بلدة الميادين، مساء اليوم الأربعاء، {beaten} بعد اتهامه "
            "بسرقة محل لبيع الذهب.")
    assert [d.sub_event_type for d in classify(title, text, 2024)][:1] == ["Mob violence"]


def test_ground_entered_without_fighting_told_later_is_a_transfer() -> None:
    title = "وحدات من الجيش تدخل مدينة الطبقة غرب الرقة"
    text = ("دخلت وحدات من الجيش مساء اليوم الأربعاء مدينة الطبقة في ريف الرقة الغربي، "
            "وانتشرت في شوارعها الرئيسية.\n\n"
            "وأفاد مراسلنا بأن الأهالي استقبلوا الرتل في الساحة العامة.\n\n"
            "وأوضح أن دخول القوات جرى دون أي اشتباكات، بعد أن انسحب المسلحون من مقراتهم "
            "داخل المدينة.")
    assert [d.sub_event_type for d in classify(title, text, 2024)] == \
        ["Non-violent transfer of territory"]


def test_how_the_freed_were_taken_is_no_event() -> None:
    title = "تبادل أسرى بين فصيلين في ريف حلب الشمالي"
    text = ("جرت، اليوم الأربعاء، عملية تبادل للأسرى بين الفصيلين في مدينة أعزاز بريف "
            "حلب الشمالي، شملت ثلاثين شخصاً.\n\n"
            "وقالت المصادر إن الحافلات نقلت المفرج عنهم إلى دوار المدينة بحضور وسطاء.\n\n"
            "وأوضح مصدر أن من بين المفرج عنهم عناصر أسروا خلال المعارك في محيط بلدة مارع "
            "وشباناً احتجزوا على الحواجز.")
    events = extractor().extract(title, text, PUBLISHED)
    assert [e.sub_event_type for e in events] == ["Agreement"]


def test_a_headline_abduction_in_the_present_is_its_own_event() -> None:
    events = extractor().extract(
        "مسلحون يسيطرون على بلدة السخنة ويقتادون عشرات المدنيين",
        "سيطر مسلحو التنظيم، اليوم الأربعاء، على بلدة السخنة في ريف حمص الشرقي بعد "
        "اشتباكات عنيفة مع قوات الحكومة أسفرت عن مقتل 14 عنصراً.\n\n"
        "وأضاف المصدر أن المسلحين اقتادوا بعد ذلك عشرات المدنيين إلى جهة مجهولة.",
        PUBLISHED)
    kinds = [e.sub_event_type for e in events]
    assert kinds[0] == "Non-state actor overtakes territory", kinds
    assert "Abduction/forced disappearance" in kinds, kinds


@pytest.mark.parametrize("act", ["هدمت منزلين على أطراف القرية",
                                 "هدمت غرفة زراعية قرب الطريق"])
def test_homes_demolished_are_property_destruction(act: str) -> None:
    title = "قوة عسكرية تتوغل في ريف القنيطرة"
    text = f"توغلت قوة عسكرية، اليوم الأربعاء، في قرية جباتا الخشب بريف القنيطرة، و{act}."
    assert [d.sub_event_type for d in classify(title, text, 2024)] == \
        ["Looting/property destruction"]


def test_a_day_tally_over_areas_is_no_incident_of_its_own() -> None:
    events = extractor().extract(
        "حصيلة اليوم: 12 قتيلاً في عدة محافظات",
        "وثّق المركز مقتل 12 شخصاً في مناطق سورية عدة اليوم الأربعاء، وفيما يلي التفاصيل:"
        "\n\nحماة: قضى ثمانية مدنيين، بينهم طفلان، حين ألقت المروحيات براميل متفجرة على "
        "مدينة اللطامنة.\n\n"
        "درعا: قتل أربعة مدنيين بقذائف مدفعية سقطت على بلدة طفس.\n\n"
        "إدلب: خطف مسلحون مجهولون طبيباً من أمام عيادته في بلدة سرمدا.",
        PUBLISHED)
    kinds = sorted(e.sub_event_type for e in events)
    assert kinds == ["Abduction/forced disappearance", "Air/drone strike",
                     "Shelling/artillery/missile attack"], kinds


def test_a_bulletin_item_of_the_primary_type_and_another_kind_is_its_own_event() -> None:
    # Shells after barrel bombs: the same event type, another kind, in an item of its own.
    title = "الحصيلة اليومية: 9 قتلى في عدة محافظات"
    text = ("وثّق المركز مقتل 9 أشخاص في مناطق سورية عدة اليوم الأربعاء، وفيما يلي أبرزها:"
            "\n\nإدلب: قضى خمسة مدنيين، بينهم طفلان، حين ألقت المروحيات براميل متفجرة على "
            "بلدة كفرنبل.\n\n"
            "حماة: لقي رجلان حتفهما إثر سقوط قذائف مدفعية أطلقتها قوات الحكومة على بلدة مورك."
            "\n\nحلب: قتل شخصان في اشتباكات بين فصيلين في مدينة الباب.")
    assert [d.sub_event_type for d in classify(title, text, 2024)] == [
        "Air/drone strike", "Shelling/artillery/missile attack", "Armed clash"]


def test_the_town_of_an_earlier_act_named_after_a_further_one_is_no_scene() -> None:
    events = extractor().extract(
        "قوات الحكومة تسيطر على بلدة كفرنبودة",
        "سيطرت قوات الحكومة، اليوم الأربعاء، على بلدة كفرنبودة في ريف حماة الشمالي الغربي "
        "إثر معارك عنيفة مع الفصائل.\n\n"
        "كما قصفت المدفعية بلدة اللطامنة بعشرات القذائف، وذلك بعد يوم من سيطرة القوات على "
        "بلدة الحويز المجاورة.",
        PUBLISHED)
    places = sorted(e.place_name or "" for e in events)
    assert places == ["اللطامنة", "كفرنبودة"], places

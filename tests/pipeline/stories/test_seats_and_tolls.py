"""Patterns of issue 12 item 9 ("one incident, one event"), with articles written for
these tests: a district's seat that stands for its district ("غارات على مقاطعة عفرين"
against "غارات على جنديرس في منطقة عفرين"); a smaller toll a day later in the same city
(the next day's shell on another quarter, not a later account of the first); and another
kind of event in the same town the next day (shelling "the day after" the clashes); and a
town and its own sub-district (ناحية) as one place when a later report has no dead.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.models import Event
from pipeline.settings import PipelineSettings
from pipeline.stories.stories import (
    IncidentKey,
    Report,
    StoryClusterer,
    Verdict,
    cluster_articles,
    compare,
    same_story,
)

STRIKE = ("Explosions/Remote violence", "Air/drone strike")
SHELLING = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
CLASH = ("Battles", "Armed clash")
ATTACK = ("Violence against civilians", "Attack")
# Afrin, the seat of the Afrin district (SY0203), and Jandairis, a town of it ~20 km away;
# Raju, another town of the district.
AFRIN: dict[str, Any] = {"admin1_pcode": "SY02", "place_pcode": "C1366", "latitude": 36.51331,
         "longitude": 36.86366, "geo_precision": 1}  # fmt: skip
JANDAIRIS: dict[str, Any] = {"admin1_pcode": "SY02", "place_pcode": "C1426",
             "latitude": 36.39294, "longitude": 36.6884, "geo_precision": 1}  # fmt: skip
ALEPPO: dict[str, Any] = {"admin1_pcode": "SY02", "place_pcode": "C1007", "latitude": 36.20311,
          "longitude": 37.14087, "geo_precision": 1}  # fmt: skip


def key(place: dict[str, Any], deaths: int | None, day: str = "2019-05-04",
        kind: tuple[str, str] = STRIKE) -> IncidentKey:  # fmt: skip
    return IncidentKey.from_event(Event(*kind, day, fatalities=deaths, **place))


def test_a_seat_named_alone_may_stand_for_its_district() -> None:
    seat = Report((key(AFRIN, 5),), frozenset({"C1366"}))
    town = Report((key(JANDAIRIS, 8),), frozenset({"C1426", "SY0203"}))  # "في منطقة عفرين"
    assert compare(seat.keys[0], town.keys[0]) is Verdict.DIFFERENT  # two towns, 20 km
    assert same_story(town, seat, 0.0, 0.5) > 0
    assert same_story(seat, town, 0.0, 0.5) > 0
    # Only as a vague place: another kind the same day, or the next day, is not enough.
    shelled = Report((key(JANDAIRIS, 8, kind=SHELLING),), town.mentions)
    assert same_story(shelled, seat, 0.0, 0.5) == 0
    next_day = Report((key(JANDAIRIS, 8, "2019-05-05"),), town.mentions)
    assert same_story(next_day, seat, 0.0, 0.5) == 0


def test_a_seat_stays_a_town_unless_the_other_report_names_the_district() -> None:
    seat = Report((key(AFRIN, 5),), frozenset({"C1366"}))
    # "Jandairis, hours after the strikes on the city of Afrin": the seat as a town.
    city = Report((key(JANDAIRIS, 8),), frozenset({"C1426", "C1366"}))
    assert same_story(city, seat, 0.0, 0.5) == 0
    # The seat's report names another village of the district: it is precise after all.
    with_village = Report(seat.keys, frozenset({"C1366", "C1484"}))
    district = Report((key(JANDAIRIS, 8),), frozenset({"C1426", "SY0203"}))
    assert same_story(district, with_village, 0.0, 0.5) == 0


def test_a_toll_falling_the_next_day_is_another_incident() -> None:
    first, shell = key(ALEPPO, 4, "2018-09-20", SHELLING), key(ALEPPO, 1, "2018-09-21", SHELLING)
    assert compare(shell, first) is Verdict.DIFFERENT
    assert compare(first, shell) is Verdict.DIFFERENT
    # A toll that rises overnight, or falls within the day, is still the first incident.
    assert compare(key(ALEPPO, 6, "2018-09-21", SHELLING), first) is Verdict.SAME
    assert compare(key(ALEPPO, 3, "2018-09-20", SHELLING), first) is Verdict.SAME


def test_another_kind_the_next_day_is_another_incident() -> None:
    clash = key(ALEPPO, 0, "2020-02-11", CLASH)
    assert compare(key(ALEPPO, 0, "2020-02-12", SHELLING), clash) is Verdict.DIFFERENT
    assert compare(key(ALEPPO, 0, "2020-02-11", SHELLING), clash) is Verdict.SAME  # same day
    # A day apart, one outlet's "attack" is another's "clash" when the dead agree.
    shot = key(ALEPPO, 1, "2020-02-11", CLASH)
    assert compare(key(ALEPPO, 1, "2020-02-12", ATTACK), shot) is Verdict.SAME
    assert compare(key(ALEPPO, 2, "2020-02-12", ATTACK), shot) is Verdict.DIFFERENT


def test_a_town_and_its_nahia_are_one_place_for_a_toll_of_none() -> None:
    # Tell Tamer (C4409) and its sub-district (SY080001); Ras al-Ain (C4988), another town.
    nahia = {"admin1_pcode": "SY08", "place_pcode": "SY080001", "latitude": 36.59347,
             "longitude": 40.39527, "geo_precision": 1}
    town = {**nahia, "place_pcode": "C4409", "latitude": 36.65876, "longitude": 40.36503}
    other = {**nahia, "place_pcode": "C4988", "latitude": 36.85179, "longitude": 40.06923}
    earlier = Report((key(nahia, 2, "2023-08-06"),), frozenset({"SY080001"}))
    assert same_story(Report((key(town, 0, "2023-08-06"),), frozenset({"C4409"})),
                      earlier, 0.0, 0.5) > 0
    # Another town with no dead after the first's dead is still the next incident.
    assert same_story(Report((key(other, 0, "2023-08-06"),), frozenset({"C4988"})),
                      earlier, 0.0, 0.5) == 0


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


Article = tuple[str, str, str, str]  # id, published, title, text


def _stories(extractor: EventExtractor, articles: list[Article]) -> dict[str, str]:
    items = [{"id": i, "title": t, "text": x, "source": f"outlet-{i}",
              "published": datetime.fromisoformat(p)} for i, p, t, x in articles]  # fmt: skip
    settings = PipelineSettings()
    return cluster_articles(items, extractor, StoryClusterer.in_memory(settings))


SEAT = ("seat", "2019-05-04T11:00:00+03:00", "قتلى مدنيون بغارات جوية على مقاطعة عفرين",
        "قتل خمسة مدنيين وجرح آخرون ظهر اليوم السبت في غارات جوية نفذتها طائرات حربية على "
        "مقاطعة عفرين شمال غربي البلاد.\n\nوقال مسعفون محليون إن الغارات أصابت منازل قرب ساحة "
        "عامة، وإن فرق الإنقاذ ما زالت تبحث عن ناجين تحت الركام.")


def test_articles_a_seat_for_its_district(extractor: EventExtractor) -> None:
    town = ("town", "2019-05-04T17:30:00+03:00", "ثمانية قتلى بغارات على جنديرس",
            "ارتفع إلى ثمانية عدد المدنيين الذين قتلوا اليوم بغارات جوية استهدفت بلدة جنديرس "
            "في منطقة عفرين بريف حلب الشمالي الغربي.\n\nوذكر ناشطون أن بين القتلى ثلاثة "
            "أطفال، وأن الغارات دمرت مبنى سكنيا بالكامل في وسط البلدة.")
    assert _stories(extractor, [SEAT, town]) == {"seat": "seat", "town": "seat"}


def test_articles_a_seat_named_as_a_town(extractor: EventExtractor) -> None:
    town = ("town", "2019-05-04T17:30:00+03:00", "ثمانية قتلى بغارات على جنديرس",
            "قتل ثمانية مدنيين اليوم بغارات جوية استهدفت بلدة جنديرس، بعد ساعات من غارات "
            "مماثلة على مدينة عفرين.\n\nوذكر ناشطون أن بين القتلى ثلاثة أطفال، وأن الغارات "
            "دمرت مبنى سكنيا بالكامل في وسط البلدة.")
    assert _stories(extractor, [SEAT, town]) == {"seat": "seat", "town": "town"}


def test_articles_the_next_days_shell_on_the_same_city(extractor: EventExtractor) -> None:
    first = ("first", "2018-09-20T18:00:00+03:00", "أربعة قتلى بقذائف صاروخية على حي الفرقان بحلب",
             "قتل أربعة مدنيين بينهم طفلان وأصيب تسعة آخرون مساء اليوم الخميس جراء سقوط قذائف "
             "صاروخية أطلقها مسلحون على حي الفرقان في مدينة حلب.\n\nوقال مصدر في قيادة الشرطة "
             "إن القذائف سقطت في شارع تجاري مزدحم وألحقت أضرارا بعدد من المحال.")
    update = ("update", "2018-09-21T10:00:00+03:00", "ارتفاع حصيلة قذائف حي الفرقان بحلب إلى ستة",
              "ارتفع إلى ستة عدد القتلى جراء سقوط قذائف صاروخية أطلقها مسلحون مساء أمس على حي "
              "الفرقان في مدينة حلب، بعد وفاة اثنين من المصابين متأثرين بجروحهما.\n\nوقال مصدر "
              "طبي إن عددا من الجرحى ما زالوا في حالة حرجة.")
    shell = ("shell", "2018-09-21T13:00:00+03:00", "قتيل بقذيفة صاروخية على حي الحمدانية بحلب",
             "قتل مدني وأصيب اثنان آخران ظهر اليوم الجمعة جراء سقوط قذيفة صاروخية على حي "
             "الحمدانية في مدينة حلب، غداة قذائف مماثلة على حي الفرقان.\n\nوأوضح مصدر محلي أن "
             "القذيفة سقطت قرب مدرسة ابتدائية وأحدثت أضرارا مادية في المكان.")
    got = _stories(extractor, [first, update, shell])
    assert got == {"first": "first", "update": "first", "shell": "shell"}


def test_articles_shelling_the_day_after_clashes(extractor: EventExtractor) -> None:
    clash = ("clash", "2020-02-11T09:30:00+03:00", "اشتباكات عنيفة على أطراف مارع",
             "دارت اشتباكات عنيفة فجر اليوم الثلاثاء بين فصائل المعارضة وعناصر من قوات سوريا "
             "الديمقراطية على أطراف مدينة مارع بريف حلب الشمالي، استخدمت فيها الرشاشات الثقيلة."
             "\n\nوقال قيادي في الفصائل إن المواجهات استمرت نحو ثلاث ساعات قبل أن تنسحب "
             "المجموعة المهاجمة، دون أن يذكر حصيلة للخسائر.")
    shelled = ("shelled", "2020-02-12T12:15:00+03:00", "قصف مدفعي على مارع غداة الاشتباكات",
               "قصفت قوات سوريا الديمقراطية صباح اليوم الأربعاء الأحياء السكنية في مدينة مارع "
               "بريف حلب الشمالي بعدد من قذائف المدفعية، غداة الاشتباكات التي شهدتها أطراف "
               "المدينة.\n\nوأفاد مراسل محلي بأن القذائف ألحقت أضرارا مادية بعدد من المنازل "
               "والمحال التجارية، دون ورود أنباء عن إصابات.")
    assert _stories(extractor, [clash, shelled]) == {"clash": "clash", "shelled": "shelled"}


def test_articles_the_town_and_its_nahia(extractor: EventExtractor) -> None:
    rural = ("rural", "2023-08-06T10:00:00+03:00", "مقتل مزارعَين بضربة مسيّرة في ناحية تل تمر",
             "قتل مزارعان وأصيب ثالث صباح اليوم الأحد بضربة طائرة مسيّرة استهدفت مضخة مياه "
             "زراعية في ناحية تل تمر شمال غربي الحسكة.\n\nوقال أحد أقارب الضحايا إن المزارعين "
             "كانا يعملان في ري أرضهما لحظة الاستهداف، وإن المسيّرة أطلقت صاروخاً واحداً.")
    claimed = ("claimed", "2023-08-06T15:30:00+03:00",
               "مسيّرة تقصف مضخة مياه يستخدمها مسلحون قرب تل تمر",
               "دمرت طائرة مسيّرة اليوم الأحد مضخة مياه قرب بلدة تل تمر في ريف الحسكة، قالت "
               "مصادر عسكرية إن مسلحين كانوا يستخدمونها مخزناً للذخيرة، مؤكدة أن الضربة لم تلحق "
               "أي أذى بالمدنيين.\n\nوأضافت المصادر أن الاستهداف جاء بعد رصد تحركات في محيط "
               "المضخة خلال الأيام الماضية.")
    assert _stories(extractor, [rural, claimed]) == {"rural": "rural", "claimed": "rural"}

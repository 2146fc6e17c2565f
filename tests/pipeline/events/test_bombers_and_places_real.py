"""Patterns of real outlets' reports of tolls and places (``pipeline.events.extract``,
``pipeline.events.places``). The sentences are written for these tests."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.events.numbers import bombers_dead
from pipeline.settings import PipelineSettings

SYRIA = timezone(timedelta(hours=3))
WHEN = datetime(2024, 3, 5, 14, 0, tzinfo=SYRIA)


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def test_the_bomber_who_blew_himself_up_adds_to_a_toll_of_those_he_struck(
        extractor: EventExtractor) -> None:
    # The toll names the dead as the people struck (a policeman); the bomber who blew
    # himself up is one more dead, as ACLED counts perpetrators.
    events = extractor.extract(
        "تفجير انتحاري قرب حاجز للشرطة في حلب",
        "قتل عنصر من الشرطة مساء اليوم في تفجير انتحاري استهدف حاجزا في حي الشعار بمدينة "
        "حلب. وقالت الوزارة إن المهاجم فجر نفسه عند الحاجز.", WHEN)
    assert events[0].fatalities == 2


def test_a_toll_of_persons_of_any_side_may_count_the_bomber_already(
        extractor: EventExtractor) -> None:
    # "12 قتيلاً" counts people of any side, the bomber perhaps among them: it stands.
    events = extractor.extract(
        "تفجير انتحاري في سوق مدينة إعزاز",
        "أسفر تفجير انتحاري اليوم في سوق مدينة إعزاز بريف حلب الشمالي عن سقوط 12 قتيلاً. "
        "وقال شهود إن المهاجم فجر نفسه وسط الزحام.", WHEN)
    assert events[0].fatalities == 12


def test_a_bomber_named_among_the_dead_or_stopped_adds_nothing(
        extractor: EventExtractor) -> None:
    among = extractor.extract(
        "تفجير انتحاري قرب حاجز للشرطة في حلب",
        "قتل ثلاثة عناصر من الشرطة بينهم الانتحاري اليوم في تفجير استهدف حاجزا في حي الشعار "
        "بمدينة حلب. وقالت الوزارة إن المهاجم فجر نفسه عند الحاجز.", WHEN)
    assert among[0].fatalities == 3
    stopped = extractor.extract(
        "هجوم على حاجز للشرطة في حلب",
        "قتل عنصر من الشرطة اليوم في هجوم على حاجز في حي الشعار بمدينة حلب. وقالت الوزارة "
        "إن المهاجم حاول تفجير نفسه قبل أن يعتقله العناصر.", WHEN)
    assert stopped[0].fatalities != 2


def test_bombers_dead_reads_the_forms_of_self_detonation() -> None:
    assert bombers_dead("وأضاف أن الانتحاري فجّر نفسه قرب المدخل.") == 1
    assert bombers_dead("فيما قتل الحراس أحدهما وفجر الآخر نفسه.") == 1
    assert bombers_dead("وقال المصدر إن انتحاريين فجرا نفسيهما عند البوابة.") == 2
    assert bombers_dead("وقام أحد المهاجمين بتفجير نفسه بحزام ناسف.") == 1
    assert bombers_dead("وحاول الانتحاري تفجير نفسه لكن العناصر اعتقلوه.") == 0
    assert bombers_dead("قبل أن يتمكن من تفجير نفسه.") == 0
    assert bombers_dead("وقال إنه فجر الموقف بتصريحاته.") == 0


def test_an_act_between_two_villages_is_placed_at_the_first_named(
        extractor: EventExtractor) -> None:
    # "بين قرية X وقرية Y", "بين بلدتي X وY": one scene, the first-named, as for a road
    # between two towns (C4285 معربليت, not C4279 معرزاف).
    for between in ("بين قرية معربليت وقرية معرزاف", "بين بلدتي معربليت ومعرزاف"):
        events = extractor.extract(
            "قصف مدفعي على ريف إدلب",
            "قصفت الطائرات الحربية أطراف مدينة سرمين صباح اليوم. كما قتل رجل بقصف مدفعي "
            f"لقوات النظام استهدف الأراضي الزراعية {between}.", WHEN)
        places = [e.place_pcode for e in events]
        assert "C4285" in places
        assert "C4279" not in places


def test_two_villages_a_place_lies_between_still_only_locate_it(
        extractor: EventExtractor) -> None:
    # "قرية Z الواقعة بين بلدتي X وY": the pair locates Z, no scene of its own.
    events = extractor.extract(
        "قصف مدفعي على ريف إدلب",
        "قصفت الطائرات الحربية أطراف مدينة سرمين صباح اليوم. كما قصفت المدفعية قرية النيرب "
        "الواقعة بين بلدتي معربليت ومعرزاف.", WHEN)
    places = [e.place_pcode for e in events]
    assert "C4285" not in places
    assert "C4279" not in places


def test_dead_without_a_number_stay_with_their_town_before_the_same_act_reaching_others(
        extractor: EventExtractor) -> None:
    # "قتل عدد من المدنيين ... على مدينة X في ريف حلب الغربي، وطال قصف مماثل بلدتي Y وZ":
    # X's dead are told without a number (None); the villages the like raids reached
    # count none (0). The region X lies in names no other place.
    events = extractor.extract(
        "غارات روسية على ريف حلب",
        "قال مراسلنا إن عشرة مدنيين قتلوا اليوم بغارات روسية على بلدة الأتارب في ريف حلب. "
        "وكان قتل عدد من المدنيين، وجرح آخرون، جراء غارات روسية على مدينة دارة عزة في ريف "
        "حلب الغربي، وطال قصف مماثل بلدتي حيان وعندان.", WHEN)
    tolls = {e.place_pcode: e.fatalities for e in events}
    assert tolls["C1022"] == 10
    assert tolls["C1139"] is None
    assert tolls["C1127"] == 0
    assert tolls["C1121"] == 0


def test_a_region_names_no_other_place_only_for_the_clauses_own_kind_of_act(
        extractor: EventExtractor) -> None:
    # Barrels on a town killed three; the shelling told after them there counts none.
    events = extractor.extract(
        "براميل ومدفعية على ريف حمص الشمالي",
        "جددت قوات النظام اليوم استهداف ريف حمص الشمالي، إذ رمت مروحياتها أربعة براميل "
        "متفجرة على حي سكني في مدينة تلبيسة، قُتل بها ثلاثة مدنيين وأصيب تسعة، ثم أعقبها "
        "قصف بالمدفعية مصدره قوات النظام المتمركزة في قرية جبورين خلّف جرحى من الأهالي."
        "\n\nوقال ناشط محلي إن المروحيات رمت برميلاً آخر على قرية الغنطو فدمرت بيوتاً "
        "للأهالي.", WHEN)
    assert sum(e.fatalities or 0 for e in events) == 3

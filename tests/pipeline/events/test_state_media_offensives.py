"""State media's wording of an army offensive ("units carried out operations on the
terrorists' hideouts", "destroyed the terrorists' posts") is fighting, and "في الأثناء"
(meanwhile) opens the next item of a round-up; sentences written for these tests."""

from __future__ import annotations

import pytest
from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2016-03-08T18:00:00+02:00"

MORTARS = ("أصيب ثلاثة مواطنين بجروح جراء سقوط قذيفتي هاون أطلقهما إرهابيون على حي القصاع "
           "في دمشق صباح اليوم.")


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


@pytest.mark.parametrize("offensive", [
    "نفذت وحدات من جيشنا الباسل عمليات نوعية على أوكار الإرهابيين في بلدة عقربا",
    "دمرت وحدات من الجيش العربي السوري تجمعات للإرهابيين في بلدة عقربا",
    "قضت الوحدات العاملة على عدد من الإرهابيين بعد تدمير مقرات الإرهابيين في بلدة عقربا",
])
def test_an_army_offensive_in_state_wording_is_a_clash(offensive: str) -> None:
    text = f"{MORTARS}\n\nوفي ريف دمشق، {offensive} صباح اليوم."
    kinds = [e.sub_event_type for e in _events("", text)]
    assert kinds == ["Shelling/artillery/missile attack", "Armed clash"]


def test_the_offensive_alone_is_an_event() -> None:
    text = "دمرت وحدات الجيش مقرات للإرهابيين في بلدة عقربا بريف دمشق صباح اليوم."
    assert [e.sub_event_type for e in _events("", text)] == ["Armed clash"]


def test_a_named_weapon_is_more_specific_than_the_offensive() -> None:
    text = ("استهدفت المدفعية الثقيلة تجمعات الإرهابيين في بلدة عقربا بريف دمشق صباح اليوم.")
    assert [e.sub_event_type for e in _events("", text)] == [
        "Shelling/artillery/missile attack"]


HEADLINE = "مسلحون يهاجمون قرية تل طويل ومسيرة تستهدف سيارة قرب عين عيسى"
ASSAULT = ("هاجم مسلحون صباح اليوم قرية تل طويل قرب بلدة عين عيسى، وتصدى لهم المقاتلون."
           "\n\nوأفاد مراسلنا بمقتل ثلاثة من المهاجمين.")


@pytest.mark.parametrize("meanwhile", ["في الأثناء،", "وفي هذه الأثناء،", "في غضون ذلك،"])
def test_meanwhile_opens_the_next_item(meanwhile: str) -> None:
    # The drone strike is the next item of the report, not its lead: the assault the lead
    # tells stays an event.
    text = (f"{ASSAULT}\n\n{meanwhile} استهدفت طائرة مسيرة سيارة على الطريق الواصل إلى "
            "البلدة، ما أدى إلى مقتل سائقها.")
    kinds = [e.sub_event_type for e in _events(HEADLINE, text)]
    assert kinds == ["Armed clash", "Air/drone strike"]


def test_a_sources_vague_elimination_leaves_the_toll_unknown() -> None:
    # "انتهت بالقضاء على أعداد كبيرة": the source says people died, without a number
    events = _events(
        "الجيش يعيد الأمن إلى قرية الشيخ زيد",
        "أعادت وحدات من الجيش الأمن والاستقرار إلى قرية الشيخ زيد بريف حماة الشمالي بعد "
        "عملية نفذتها فجر اليوم ضد أوكار الإرهابيين.\n\n"
        "وذكر مصدر ميداني أن العملية انتهت بالقضاء على أعداد كبيرة من الإرهابيين وتدمير "
        "آلياتهم.",
    )
    assert events and events[0].fatalities is None, events

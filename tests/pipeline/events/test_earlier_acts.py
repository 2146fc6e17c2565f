"""Acts a report tells as days old (a death from wounds of a week ago, a massacre's
anniversary) and acts told twice (by the announcement and by the strike): no new event;
sentences written for these tests."""

from __future__ import annotations

from datetime import datetime

from extraction import extractor as _extractor

from pipeline.events.dates import event_date_in

PUBLISHED = "2025-05-10T12:00:00+03:00"  # a Saturday


def _kinds(title: str, text: str) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.place_pcode)
            for e in _extractor().extract(title, text, PUBLISHED)]


def test_a_week_ago_dates_an_act() -> None:
    when = datetime.fromisoformat(PUBLISHED)
    day = event_date_in("توفي متأثراً بجراح أصيب بها قبل أسبوع", when)
    assert day is not None and day.isoformat() == "2025-05-03"
    day = event_date_in("اعتقلته دورية قبل أسبوعين", when)
    assert day is not None and day.isoformat() == "2025-04-26"


def test_a_death_from_wounds_of_a_week_ago_is_no_new_event() -> None:
    kinds = _kinds("حصيلة يوم أمس",
                   "وثق ناشطون مقتل ستة أشخاص يوم أمس في مناطق سورية مختلفة.\n\nففي ريف حلب، "
                   "قتل أربعة مدنيين بانفجار لغم أرضي على أطراف بلدة مسكنة.\n\nكما توفي شاب "
                   "متأثراً بجراح أصيب بها قبل أسبوع بانفجار عبوة ناسفة في مدينة اعزاز.")
    assert kinds == [("Remote explosive/landmine/IED", "C1933")]


def test_a_headline_of_its_anniversary_tells_history() -> None:
    # "في ذكراه": the headline's shelling is the one commemorated, five years back.
    assert _kinds("في ذكراه الخامسة.. قصف سوق المدينة ما زال حاضراً",
                  "يستذكر أهالي مدينة دوما اليوم القصف الذي استهدف سوقها الشعبي قبل خمس "
                  "سنوات، وقتل فيه عشرات المدنيين.") == []


def test_a_strike_dated_by_the_announcement_of_its_toll_is_told_once() -> None:
    # "أعلن ... صباح اليوم السبت، ارتفاع عدد ..." dates the announcement; the strike was
    # the evening before, as the next sentence says: one strike, on Friday.
    events = _extractor().extract(
        "ارتفاع عدد قتلى الغارة على سرمين إلى 12",
        "أعلن مدير الدفاع المدني في إدلب، صباح اليوم السبت، ارتفاع عدد المدنيين الذين قتلوا "
        "في غارة جوية روسية على مدينة سرمين إلى 12 قتيلاً.\n\nوأفاد ناشطون بأن الغارة "
        "استهدفت مساء أمس الجمعة سوقاً شعبياً وسط مدينة سرمين.", PUBLISHED)
    assert [(e.sub_event_type, e.place_pcode, e.date, e.fatalities) for e in events] == [
        ("Air/drone strike", "C3953", "2025-05-09", 12)]

"""Context paragraphs of long articles that tell no new incident: who reported the act and
from where ("وقال الدفاع المدني في ريف حلب"), a body's name read as a village ("اللجنة
العليا"), an earlier loss the news is measured from ("بعد أسبوعين على خسارة مدينة X"), an
analyst's reading, talks' agenda, and where the rockets were fired from. Sentences written
for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2019-05-08T18:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _places(events: list[Event]) -> list[str]:
    return [e.place_name or "" for e in events]


def test_the_civil_defence_of_a_region_is_where_the_teller_sits() -> None:
    events = _events(
        "قصف على أريحا",
        "قتل ثلاثة مدنيين اليوم الأربعاء بقصف مدفعي استهدف مدينة أريحا جنوب إدلب.\n\n"
        "وقال الدفاع المدني في ريف إدلب إن غارة جوية استهدفت بعد الظهر مبنى سكنياً، وإن "
        "فرقه انتشلت جثتين من تحت الركام.",
    )
    assert events and all(e.place_name == "أريحا" for e in events), events


def test_a_bodys_upper_council_is_no_village() -> None:
    events = _events(
        "براميل على اللطامنة",
        "قتل رجل اليوم الأربعاء بقصف مدفعي على بلدة كفرزيتا في ريف حماة الشمالي.\n\n"
        "كما أفادت اللجنة العليا للإغاثة بأن مروحيات ألقت صباح اليوم برميلين متفجرين على "
        "أطراف بلدة اللطامنة، من دون أن تسجل إصابات.",
    )
    assert events and not any("العليا" in p for p in _places(events)), events


def test_a_loss_weeks_before_is_no_takeover_of_the_day() -> None:
    events = _events(
        "الفصائل تسيطر على خان شيخون",
        "بعد أقل من شهر على خسارة مدينة معرة النعمان، فقدت القوات الحكومية أمس الثلاثاء "
        "السيطرة على مدينة خان شيخون في ريف إدلب الجنوبي، إثر هجوم واسع شنته الفصائل.",
    )
    assert events and not any("معرة النعمان" in p for p in _places(events)), events


def test_an_analysts_reading_tells_no_new_strike() -> None:
    events = _events(
        "التنظيم يسيطر على مطار كويرس",
        "أعلن تنظيم الدولة سيطرته على مطار كويرس العسكري في ريف حلب الشرقي أمس الثلاثاء "
        "بعد معارك استمرت أياماً مع القوات الحكومية.\n\n"
        "ويرى محللون أن خسارة المطار ضربة كبيرة، لأنه كان قاعدة للمروحيات التي تقصف "
        "مدينة الباب ومدينة منبج.",
    )
    assert events and not any(p in ("الباب", "منبج") or "الباب" in p or "منبج" in p
                              for p in _places(events)), events


def test_a_dossier_of_talks_is_no_exchange() -> None:
    events = _events(
        "المبعوث في جنيف",
        "قالت مصادر مطلعة إن المبعوث يحاول جمع الوفدين يوم الجمعة في جنيف، ويبدأ بملفات مثل "
        "إيصال المساعدات إلى الأحياء المحاصرة في حمص القديمة وتبادل المحتجزين.",
    )
    assert not [e for e in events if e.sub_event_type == "Agreement"], events


def test_what_a_mediator_will_try_for_is_no_exchange() -> None:
    events = _events(
        "تحرك في حمص",
        "قال مصدر إن الوسيط سيحاول إتمام تبادل المحتجزين بين الطرفين في مدينة حمص.",
    )
    assert not [e for e in events if e.sub_event_type == "Agreement"], events


def test_the_launch_site_named_by_the_side_struck_is_no_scene() -> None:
    events = _events(
        "قصف صاروخي على إعزاز",
        "قتل خمسة مدنيين اليوم الأربعاء بقصف صاروخي استهدف سوقاً في مدينة إعزاز شمال "
        "حلب.\n\n"
        "واتهمت فصائل المعارضة قوات النظام بإطلاق الصواريخ من منطقة نبل، ودعت إلى تحقيق.",
    )
    assert events and not any("نبل" in p for p in _places(events)), events


def test_blasts_only_heard_are_no_bombing() -> None:
    events = _events(
        "اشتباكات في حي القدم",
        "قتل مقاتلان اليوم الأربعاء في اشتباكات مع القوات الحكومية في حي القدم جنوبي "
        "دمشق.\n\n"
        "وقال ناشطون إن القوات استقدمت تعزيزات إلى أطراف الحي، فيما سُمع دوي انفجارات "
        "متقطعة في حي كفرسوسة.",
    )
    assert events and not [e for e in events
                           if e.sub_event_type == "Remote explosive/landmine/IED"], events


def test_a_blast_heard_from_a_device_named_is_still_a_bombing() -> None:
    events = _events(
        "اشتباكات في حي القدم",
        "قتل مقاتلان اليوم الأربعاء في اشتباكات مع القوات الحكومية في حي القدم جنوبي "
        "دمشق.\n\n"
        "وفي حي كفرسوسة، سُمع دوي انفجار عبوة ناسفة زرعت في سيارة، ما أدى لإصابة رجلين.",
    )
    assert [e for e in events if e.sub_event_type == "Remote explosive/landmine/IED"], events


def test_a_rigged_drone_is_a_drone_strike_not_a_planted_bomb() -> None:
    events = _events(
        "هجوم بمسيرات على حفل",
        "قتل عشرة أشخاص أمس الثلاثاء في هجوم بطائرات مسيرة مفخخة استهدف حفلاً في مدينة "
        "حماة.",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], events


def test_the_capital_as_its_government_is_no_scene() -> None:
    events = _events(
        "قصف يطال سوقاً في بلدة خارج الحدود.. ودمشق تتهم الفصائل",
        "قتل ثلاثة أشخاص اليوم الأربعاء بقصف صاروخي استهدف سوقاً شعبياً.",
    )
    assert events and not any("دمشق" in p for p in _places(events)), events


def test_the_capital_named_as_a_place_stays_one() -> None:
    events = _events(
        "قذائف على دمشق",
        "قتل ثلاثة مدنيين اليوم الأربعاء بقذائف هاون سقطت على دمشق.",
    )
    assert any("دمشق" in p for p in _places(events)), events


def test_strikes_the_air_force_directed_are_air_strikes() -> None:
    events = _events(
        "ضربات على الرستن",
        "ونقلت الوكالة الرسمية عن مصدر عسكري أن الطيران وجّه ضربات مركزة على تجمعات "
        "المسلحين في مدينة الرستن اليوم الأربعاء.",
    )
    assert [e.sub_event_type for e in events] == ["Air/drone strike"], events


def test_sources_of_fire_struck_back_are_a_scene() -> None:
    """"مصادر إطلاق القذائف في حي X" are where the fire came from, struck back: not the
    sources who report from X (whose place is no scene)."""
    text = ("سقطت قذيفتا هاون صباح اليوم على حي باب توما في دمشق القديمة، ما أدى إلى مقتل مدنيين "
            "اثنين.\n\nوفي سياق متصل، ردت وحدات من الجيش على مصادر إطلاق القذائف في حي جوبر، "
            "ودمرت عدداً من مرابض الهاون.")
    assert "جوبر" in _places(_events("", text))

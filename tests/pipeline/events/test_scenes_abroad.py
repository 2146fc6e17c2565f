"""Fighting across the border, told by Syrian outlets: an incident in a Lebanese, Iraqi or
Turkish town is the other country's, not an event of Syria; a strike launched from there on
Syria stays one (sentences written for these tests, in the patterns of Syrian and Lebanese
outlets' reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2016-05-12T18:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities)
            for e in extractor().extract(title, text, PUBLISHED)]


def test_a_clash_in_a_town_named_lebanese_gives_no_event() -> None:
    assert _events(
        "اشتباكات بين الجيش اللبناني ومسلحين قرب رأس بعلبك",
        "اندلعت صباح اليوم الخميس اشتباكات عنيفة بين الجيش اللبناني ومسلحين قدموا من الأراضي "
        "السورية في محيط بلدة رأس بعلبك اللبنانية، ما أدى إلى مقتل ثلاثة جنود.\n\n"
        "وقال مصدر عسكري إن الوحدات استعادت السيطرة على تلتين عند أطراف البلدة بعد معارك "
        "استمرت ساعات.") == []


def test_a_border_town_abroad_needs_no_country_named() -> None:
    assert _events(
        "الجيش اللبناني يقصف مواقع المسلحين في عرسال",
        "قصفت مدفعية الجيش اللبناني اليوم الخميس مواقع يتحصن فيها مسلحون قدموا من القلمون "
        "السوري في جرود عرسال، "
        "وقتل جنديان في اشتباك عند أطراف البلدة.") == []


def test_a_strike_launched_from_a_town_abroad_stays_syria_s() -> None:
    kinds = [kind for kind, _, _ in _events(
        "عدوان إسرائيلي على محيط بانياس",
        "أقدم العدو الإسرائيلي فجر اليوم الخميس على عدوان صاروخي من اتجاه مدينة صيدا "
        "اللبنانية، مستهدفاً مواقع في محيط مدينة بانياس، ما أدى إلى إصابة جنديين.")]
    assert kinds and kinds[0] in ("Air/drone strike", "Shelling/artillery/missile attack")


def test_after_a_lead_abroad_the_article_s_syrian_act_is_its_event() -> None:
    events = _events(
        "معارك في جرود عرسال وتقدم للجيش السوري في القلمون",
        "شن مسلحون صباح اليوم الخميس هجوماً على مواقع في جرود بلدة عرسال اللبنانية.\n\n"
        "وقالت مصادر إن المعارك أسفرت عن مقتل 12 مسلحاً وخمسة من عناصر الجيش اللبناني داخل "
        "الأراضي اللبنانية.\n\nوفي السياق ذاته، زعم مصدر أن الطرفين تبادلا الاتهامات.\n\n"
        "وبالتوازي، سيطر الجيش السوري بعد اشتباكات مع المسلحين على تلال في محيط بلدة "
        "رنكوس بريف دمشق.")
    assert len(events) == 1
    assert events[0][1] is not None and "رنكوس" in events[0][1]
    assert events[0][2] == 0


def test_a_round_up_s_item_abroad_is_left_out() -> None:
    events = _events(
        "حصاد اليوم: قتلى بقصف على تلبيسة",
        "قتل ثلاثة مدنيين اليوم الخميس بقصف مدفعي على مدينة تلبيسة بريف حمص الشمالي.\n\n"
        "وفي لبنان، سقطت قذائف مصدرها الأراضي السورية على أطراف بلدة القاع البقاعية دون "
        "وقوع إصابات.")
    assert [place for _, place, _ in events] == ["تلبيسة"]


def test_news_of_lebanon_that_never_names_syria_keeps_its_incident() -> None:
    # Regional wire copy of Lebanon's own incidents is not news of Syria's war.
    assert _events(
        "",
        "قتل جنديان اليوم الخميس في اشتباك مع مسلحين عند أطراف بلدة رأس بعلبك اللبنانية.")

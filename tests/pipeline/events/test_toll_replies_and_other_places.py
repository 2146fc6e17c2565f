"""Tolls: the armed men a force killed in its reply add to its own dead; dead without a
number that are another place's (a reply's fire on another town, a headline's dead another
incident counts) leave this incident's toll at what its own sentences count. Sentences
written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2019-06-12T19:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_reply_that_killed_armed_men_adds_their_dead() -> None:
    events = _events(
        "مقتل عنصرين من الأمن العام بكمين قرب بانياس",
        "قتل عنصران من الأمن العام اليوم الأربعاء في كمين نصبه مسلحون لدورية قرب قرية "
        "القلوع في ريف بانياس.\n\n"
        "وقال مصدر أمني إن الدورية ردت على مصدر النيران، ما أسفر عن مقتل ثلاثة من "
        "المسلحين وفرار الآخرين.",
    )
    assert events and events[0].fatalities == 5


def test_reply_dead_at_another_town_are_not_the_shelling_victims() -> None:
    events = _events(
        "جرحى بقذائف على حي الزهراء",
        "أصيب ثلاثة مدنيين بجروح اليوم الأربعاء بقذائف صاروخية أطلقها مسلحون على حي الزهراء "
        "في مدينة حلب.\n\n"
        "ورداً على ذلك، قصفت المدفعية مواقع المسلحين في محيط بلدة عندان، وأوقعت قتلى في "
        "صفوفهم.",
    )
    first = events[0]
    assert first.sub_event_type == "Shelling/artillery/missile attack"
    assert first.fatalities == 0


def test_headline_dead_another_incident_counts_are_not_the_leads() -> None:
    events = _events(
        "قتلى في منبج واقتحام معبر الراعي.. غضب في ريف حلب بعد اعتداءات على لاجئين",
        "شهدت مدن ريف حلب الشمالي والشرقي، مساء اليوم الأربعاء، احتجاجات غاضبة تخللتها أعمال "
        "عنف، رداً على اعتداءات تعرض لها لاجئون سوريون في ولاية أضنة التركية خلال اليومين "
        "الماضيين.\n\n"
        "وفي مدينة منبج، هاجم محتجون شاحنات تركية وأضرموا النار في إحداها، قبل أن يتطور الأمر "
        "إلى إطلاق نار متبادل مع حراس مقر تركي، ما أسفر عن مقتل ثلاثة أشخاص.\n\n"
        "وفي الراعي، اقتحم عشرات الشبان معبر الراعي الحدودي وأنزلوا العلم التركي وحطموا زجاج "
        "مكاتبه، دون تسجيل إصابات.",
    )
    tolls = {e.place_name: e.fatalities for e in events}
    assert tolls == {"منبج": 3, "الراعي": 0}


def test_reply_counting_the_attackers_by_a_pronoun_adds_their_dead() -> None:
    events = _events(
        "استشهاد عنصرين من الشرطة بهجوم على حاجز قرب جبلة",
        "استشهد عنصران من الشرطة وأصيب ثالث اليوم الأربعاء إثر هجوم شنه مسلحون على حاجز "
        "قرب مدينة جبلة في ريف اللاذقية.\n\n"
        "وقال مصدر في الشرطة إن المسلحين أطلقوا النار على الحاجز من سيارة مسرعة، قبل أن "
        "يشتبك معهم عناصر الدورية، ما أسفر عن مقتل ثلاثة منهم وفرار الباقين.",
    )
    assert events and events[0].fatalities == 5


def test_pronoun_after_a_reply_with_no_armed_men_named_adds_nobody() -> None:
    events = _events(
        "مقتل ثلاثة أشخاص بإطلاق نار في سوق بمدينة جبلة",
        "قتل ثلاثة أشخاص اليوم الأربعاء بإطلاق نار في سوق مدينة جبلة في ريف اللاذقية.\n\n"
        "واشتبك عناصر الحاجز بعد ذلك مع أصحاب المحال، ما أسفر عن مقتل اثنين منهم.",
    )
    assert events and events[0].fatalities == 3


def test_counterpart_shelling_after_air_strikes_is_not_their_dead() -> None:
    events = _events(
        "تسعة قتلى بغارات جوية على حي الشعار في حلب",
        "قتل تسعة مدنيين بينهم أربعة أطفال اليوم الأربعاء بغارات جوية استهدفت حي الشعار "
        "في القسم الشرقي من مدينة حلب.\n\n"
        "وأصيب أكثر من عشرين آخرين بجروح، ودمرت الغارات مبنى سكنياً بالكامل.\n\n"
        "في المقابل، قتل مدنيان جراء سقوط قذائف صاروخية على أحد أحياء القسم الغربي من "
        "المدينة.",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].fatalities == 9


def test_another_kind_of_act_in_a_clause_of_the_lead_keeps_its_own_dead() -> None:
    events = _events(
        "قتلى بغارات وقصف على أحياء مدينة إدلب",
        "قتل خمسة مدنيين اليوم الأربعاء جراء غارات جوية استهدفت حي الضبيط في مدينة إدلب، "
        "فيما قتل رجلان آخران بقصف مدفعي على حي القصور في المدينة.",
    )
    strikes = [e for e in events if e.sub_event_type == "Air/drone strike"]
    assert strikes and strikes[0].fatalities == 5

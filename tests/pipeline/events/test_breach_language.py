"""Breach claims in the language of people who never saw the code: another spelling of the
de-escalation zones; a claim whose sentence records no wounded; a truce recalled with the
calm it had; a reply to a breach; an agreement named by a vague word alone; a report joined
after a claim by "و"; sides accusing each other after a clash; a raid and its arrests a claim
names; disregarding a truce; English breaking and broken-down truces; fire answering a
breach; a denial; one side accusing another; an area said first to lie under a truce;
walking away from a truce; English calls for a truce; an accusation over an unnamed hand;
"nevertheless".
Sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event

PUBLISHED = "2019-06-12T19:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def _breach_at(title: str, text: str) -> dict[str, bool]:
    return {e.place_name or "": e.ceasefire_breach for e in _events(title, text)}


def test_de_escalation_spelled_with_takhfif_is_a_truce() -> None:
    events = _events(
        "قصف مدفعي على معرة النعمان رغم اتفاق تخفيف التصعيد",
        "أصيب أربعة مدنيين اليوم الأربعاء جراء قصف مدفعي طال الأحياء الشرقية لمدينة "
        "معرة النعمان في ريف إدلب.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_claim_recording_no_wounded_is_still_a_claim() -> None:
    events = _events(
        "قصف على أطراف كفرنبل",
        "وفي خرق جديد لاتفاق وقف إطلاق النار، قصفت قوات النظام اليوم الأربعاء أطراف بلدة "
        "كفرنبل في ريف إدلب بعدد من القذائف، دون تسجيل إصابات بين الأهالي.",
    )
    assert events and events[0].ceasefire_breach, events


def test_no_breach_recorded_still_denies() -> None:
    events = _events(
        "قصف على أطراف كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء أطراف بلدة كفرنبل في ريف إدلب بعدد من القذائف.\n\n"
        "ولم تسجل خروقات للهدنة في بقية مناطق الريف الجنوبي.",
    )
    assert events and not any(e.ceasefire_breach for e in events), events


def test_a_truce_recalled_with_the_calm_it_had_is_still_broken() -> None:
    events = _events(
        "مقتل مدني بغارة على خان شيخون",
        "قتل مدني اليوم الأربعاء جراء غارة جوية استهدفت سوق مدينة خان شيخون في ريف إدلب "
        "الجنوبي.\n\n"
        "ورأى ناشطون في الغارة خرقاً لاتفاق وقف إطلاق النار الذي شهد هدوءاً نسبياً طوال "
        "الشهر الماضي.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_calm_said_to_reign_now_denies() -> None:
    events = _events(
        "غارة على خان شيخون",
        "قتل مدني اليوم الأربعاء جراء غارة جوية استهدفت سوق مدينة خان شيخون في ريف إدلب "
        "الجنوبي.\n\n"
        "ويسود هدوء حذر على جبهات ريف حماة رغم خروقات متفرقة للهدنة.",
    )
    assert events and not events[0].ceasefire_breach, events


def test_a_reply_to_a_breach_is_no_breach() -> None:
    breach = _breach_at(
        "قتيل بقصف على البارة",
        "قتل رجل اليوم الأربعاء جراء قصف مدفعي لقوات النظام على بلدة البارة في جبل الزاوية، "
        "في خرق جديد لاتفاق وقف إطلاق النار.\n\n"
        "وبعد ساعات، ردت المدفعية التركية بقصف مواقع قوات النظام قرب بلدة معرة النعمان.",
    )
    assert breach.get("البارة") is True, breach
    assert breach.get("معرة النعمان") is False, breach


def test_understandings_named_by_no_truce_are_no_truce() -> None:
    events = _events(
        "إصابة مدنيين بقصف على عين عيسى",
        "أصيب مدنيان اليوم الأربعاء جراء قصف مدفعي استهدف بلدة عين عيسى في ريف الرقة.\n\n"
        "وتواصل القوات المهاجمة خرق التفاهمات المبرمة بشأن المنطقة بقصف القرى يومياً.",
    )
    assert events and not events[0].ceasefire_breach, events


def test_understandings_of_a_truce_named_elsewhere_are_broken() -> None:
    events = _events(
        "إصابة مدنيين بقصف على عين عيسى",
        "أصيب مدنيان اليوم الأربعاء جراء قصف مدفعي استهدف بلدة عين عيسى في ريف الرقة.\n\n"
        "وتواصل القوات المهاجمة خرق التفاهمات المبرمة بشأن المنطقة بقصف القرى يومياً، "
        "رغم اتفاق وقف إطلاق النار الموقع قبل عام.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_report_joined_after_a_headline_claim_is_its_own() -> None:
    breach = {e.sub_event_type: e.ceasefire_breach for e in _events(
        "اشتباكات في مدينة درعا رغم الهدنة وغارات على مدينة الصنمين",
        "اندلعت اشتباكات عنيفة اليوم الأربعاء بين مسلحين محليين والقوات الحكومية في أحياء "
        "مدينة درعا، قتل خلالها ثلاثة مسلحين.\n\n"
        "وفي سياق منفصل، شنت طائرات حربية غارات على مدينة الصنمين في ريف درعا الشمالي.",
    )}
    assert breach.get("Armed clash") is True, breach
    assert breach.get("Air/drone strike") is False, breach


def test_sides_accusing_each_other_after_a_clash_claim_the_clash_only() -> None:
    breach = {e.sub_event_type: e.ceasefire_breach for e in _events(
        "اشتباكات وغارات في ريف درعا",
        "اندلعت اشتباكات عنيفة اليوم الأربعاء بين مسلحين محليين والقوات الحكومية في بلدة "
        "طفس بريف درعا الغربي، قتل خلالها مسلحان.\n\n"
        "واتهم كل طرف الآخر بخرق الهدنة المعلنة قبل يومين.\n\n"
        "وفي سياق آخر، شنت طائرات مسيرة غارات على بلدة طفس مساء اليوم دون وقوع إصابات.",
    )}
    assert breach.get("Armed clash") is True, breach
    assert breach.get("Air/drone strike") is False, breach


def test_arrests_in_a_raid_a_claim_names_break_the_truce() -> None:
    events = _events(
        "قوة عسكرية تتوغل في قرية بريف القنيطرة وتعتقل راعيين",
        "توغلت قوة عسكرية أجنبية صباح اليوم الأربعاء في قرية الحميدية بريف القنيطرة، "
        "واعتقلت راعيين من أهالي القرية قبل أن تنسحب.\n\n"
        "واعتبر مجلس القرية التوغل خرقاً واضحاً لاتفاقية فصل القوات.",
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and arrests[0].ceasefire_breach, events


def test_arrests_are_not_breaches_by_a_claim_about_shelling() -> None:
    events = _events(
        "قصف واعتقالات في ريف القنيطرة",
        "اعتقلت دورية عسكرية صباح اليوم الأربعاء ثلاثة شبان من قرية الحميدية بريف القنيطرة "
        "واقتادتهم إلى جهة مجهولة.\n\n"
        "ويأتي ذلك بعد قصف مدفعي طال أطراف القرية أمس، في خرق لاتفاق وقف إطلاق النار.",
    )
    arrests = [e for e in events if e.sub_event_type == "Arrests"]
    assert arrests and not arrests[0].ceasefire_breach, events


def test_an_act_told_on_with_wa_at_the_claims_place_is_the_same_report() -> None:
    events = _events(
        "اشتباكات في قرية عقرب رغم الهدنة وإعدام ثلاثة من أهلها",
        "اندلعت اشتباكات اليوم الأربعاء بين قوات النظام والفصائل على أطراف قرية عقرب في ريف "
        "حماة الجنوبي.\n\n"
        "وأعدمت قوات النظام ثلاثة رجال من أهل القرية بعد اقتحامها.",
    )
    assert {e.sub_event_type for e in events} >= {"Attack", "Armed clash"}, events
    assert all(e.ceasefire_breach for e in events), events


def test_disregarding_a_truce_breaks_it() -> None:
    events = _events(
        "قصف على بلدة كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل في ريف إدلب الجنوبي بعشرات القذائف، "
        "ضاربة عرض الحائط باتفاق وقف القتال المعلن منذ أسبوع، ما أدى إلى مقتل مدني.",
    )
    assert events and events[0].ceasefire_breach, events


def test_english_breaking_a_truce_and_one_that_broke_down() -> None:
    broken = _events(
        "Shelling on Kafr Nabl",
        "Government artillery shelled the town of Kafr Nabl in southern Idlib on Wednesday, "
        "killing two civilians and breaking a cease-fire agreed last week.",
    )
    assert broken and broken[0].ceasefire_breach, broken
    ended = _events(
        "Shelling on Kafr Nabl",
        "Government artillery shelled the town of Kafr Nabl in southern Idlib on Wednesday, "
        "killing two civilians.\n\n"
        "A truce agreed in March broke down last month after weeks of violations.",
    )
    assert ended and not ended[0].ceasefire_breach, ended


def test_fire_answering_a_breach_told_in_its_own_sentence_breaks_nothing() -> None:
    events = _events(
        "قصف تركي على مواقع قرب كفرنبل",
        "قصفت المدفعية التركية اليوم الأربعاء مواقع قوات النظام في محيط بلدة كفرنبل جنوبي "
        "إدلب، رداً على خرق تلك القوات لاتفاق وقف إطلاق النار.",
    )
    assert events and not events[0].ceasefire_breach, events


def test_news_arriving_of_a_breach_is_no_reply() -> None:
    events = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل جنوبي إدلب بالمدفعية الثقيلة، ووردت "
        "أنباء عن خرق جديد للهدنة في المنطقة.",
    )
    assert events and events[0].ceasefire_breach, events


def test_a_denied_breach_is_no_claim() -> None:
    events = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل جنوبي إدلب، ما أدى لمقتل مدنيين.\n\n"
        "ونفت وزارة الدفاع أن تكون قواتها قد خرقت الهدنة.",
    )
    assert events and not events[0].ceasefire_breach, events


def test_a_side_accusing_another_covers_only_the_accused_acts() -> None:
    text = ("قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل جنوبي إدلب، ما أدى لمقتل مدنيين.\n\n"
            "واتهمت {} بخرق الهدنة 12 مرة خلال الساعات الماضية.")
    others = _events("قصف على كفرنبل", text.format("روسيا الفصائل"))
    assert others and not others[0].ceasefire_breach, others
    its_own = _events("قصف على كفرنبل", text.format("الفصائل قوات النظام"))
    assert its_own and its_own[0].ceasefire_breach, its_own


def test_an_area_said_first_to_lie_under_a_truce_frames_its_shelling() -> None:
    events = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل جنوبي إدلب، ما أدى لمقتل مدنيين اثنين."
        "\n\nوتخضع المنطقة لاتفاق وقف إطلاق النار الموقع بين روسيا وتركيا.",
    )
    assert events and events[0].ceasefire_breach, events


def test_walking_away_from_a_truce_breaks_it() -> None:
    events = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل جنوبي إدلب، ما أدى لمقتل مدنيين اثنين، "
        "متنصلة من اتفاق وقف إطلاق النار الذي وقعته قبل أسبوعين.",
    )
    assert events and events[0].ceasefire_breach, events


def test_fire_answering_an_attack_is_a_breach_a_later_comment_calls_so() -> None:
    events = _events(
        "قصف على كفرنبل",
        "قصفت قوات النظام اليوم الأربعاء بلدة كفرنبل جنوبي إدلب رداً على هجوم للفصائل على "
        "مواقعها، ما أدى لمقتل مدنيين اثنين.\n\n"
        "ويأتي القصف في خرق جديد لاتفاق وقف إطلاق النار المعلن منذ أسبوعين.",
    )
    assert events and events[0].ceasefire_breach, events


def test_english_calls_for_a_truce_are_no_truce_in_force() -> None:
    sought = _events(
        "Shelling on Kafr Nabl",
        "Government artillery shelled the town of Kafr Nabl in southern Idlib on Wednesday, "
        "killing two civilians, despite international calls for a ceasefire.",
    )
    assert sought and not sought[0].ceasefire_breach, sought
    in_force = _events(
        "Shelling on Kafr Nabl",
        "Government artillery shelled the town of Kafr Nabl in southern Idlib on Wednesday, "
        "killing two civilians, despite a ceasefire agreed under pressure from Ankara.",
    )
    assert in_force and in_force[0].ceasefire_breach, in_force


def test_an_accusation_covers_an_act_whose_hand_is_unnamed() -> None:
    events = _events(
        "قصف على كفرنبل",
        "سقطت قذائف مدفعية اليوم الأربعاء على بلدة كفرنبل جنوبي إدلب، ما أدى لمقتل مدنيين "
        "اثنين.\n\n"
        "واتهم ناشطون قوات النظام بخرق الهدنة المعلنة منذ أسبوع.",
    )
    assert events and events[0].ceasefire_breach, events


def test_nevertheless_concedes_nothing_to_the_truce_it_names() -> None:
    events = _events(
        "قتيل بقصف على أطراف كفرنبل",
        "قتل رجل اليوم الأربعاء جراء قذيفة مجهولة المصدر سقطت على أطراف بلدة كفرنبل جنوبي "
        "إدلب.\n\n"
        "وعلى الرغم من ذلك، أكد الطرفان التزامهما بالهدنة المعلنة منذ شهر.",
    )
    assert events and not events[0].ceasefire_breach, events


def test_understandings_named_by_their_parties_are_a_truce() -> None:
    events = _events(
        "قصف على مدينة مارع",
        "قتل مدني اليوم الأربعاء جراء قصف مدفعي استهدف مدينة مارع بريف حلب الشمالي، رغم "
        "التفاهمات التركية الروسية بشأن المنطقة.",
    )
    assert events and events[0].ceasefire_breach, events

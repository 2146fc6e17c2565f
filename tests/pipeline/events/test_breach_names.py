"""Breach claims in wordings outlets use that name the truce or the breach otherwise: the
Annan plan of 2012 by its author, its points or the envoy's office; "خفض التوتر" for the
de-escalation zones; the English names of the Sochi and Astana deals; contravening
("مخالفاً"), ignoring ("متجاهلةً") or defying ("في تحدٍّ") a truce; a truce become a dead
letter ("بات حبراً على ورق"); violence while it is in force ("خلال سريان"), or when it should
hold ("في وقت من المفترض"), but not when it is only due to start. Sentences written for
these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

from pipeline.models import Event


def _breaches(title: str, text: str, published: str) -> list[bool]:
    events: list[Event] = _extractor().extract(title, text, published)
    assert events, "no event"
    return [e.ceasefire_breach for e in events]


def test_the_annan_plan_named_by_the_envoys_office_is_a_truce() -> None:
    assert _breaches(
        "قصف على مدينة الحراك",
        "تعرضت مدينة الحراك في ريف درعا الشرقي صباح اليوم الخميس لقصف عنيف بقذائف الهاون، "
        "ما أدى إلى سقوط قتيلين.\n\n"
        "وواصلت قوات النظام بذلك خرقها لخطة المبعوث الدولي والعربي إلى سوريا كوفي أنان "
        "التي بدأ تطبيقها قبل أسابيع.",
        "2012-05-17T15:00:00+03:00") == [True]


def test_the_annan_plan_named_by_its_six_points_is_a_truce() -> None:
    assert _breaches(
        "اشتباكات في حي بابا عمرو",
        "دارت اليوم اشتباكات بين عناصر الجيش الحر وقوات النظام في حي بابا عمرو بمدينة "
        "حمص، قتل فيها ثلاثة مقاتلين.\n\n"
        "ويعد ذلك انتهاكاً واضحاً لخطة النقاط الست التي يراقب تطبيقها فريق أممي.",
        "2012-05-24T18:00:00+03:00") == [True]


def test_easing_tension_zones_by_another_spelling_are_a_truce() -> None:
    assert _breaches(
        "قصف على كفرزيتا",
        "قتلت امرأة اليوم الثلاثاء بقذائف مدفعية أطلقتها قوات النظام على مدينة كفرزيتا "
        "بريف حماة، بالرغم من إدراج المدينة ضمن مناطق خفض التوتر.",
        "2017-10-03T16:00:00+03:00") == [True]


def test_contravening_the_truce_breaks_it() -> None:
    assert _breaches(
        "غارات على حريتان",
        "شنت طائرات حربية ثلاث غارات على مدينة حريتان في ريف حلب الشمالي اليوم الأحد، "
        "أسفرت عن مقتل مدني، في مخالفة صريحة لاتفاق وقف الأعمال العدائية.",
        "2016-03-13T17:00:00+02:00") == [True]


def test_ignoring_the_truce_breaks_it_but_ignoring_calls_for_one_does_not() -> None:
    assert _breaches(
        "براميل على داريا",
        "ألقت المروحيات صباح اليوم ثمانية براميل متفجرة على مدينة داريا بريف دمشق، "
        "متجاهلةً الهدنة المعلنة في البلاد منذ أسبوعين، ما أدى إلى دمار واسع.",
        "2016-03-12T13:00:00+02:00") == [True]
    assert _breaches(
        "براميل على داريا",
        "ألقت المروحيات صباح اليوم ثمانية براميل متفجرة على مدينة داريا بريف دمشق، "
        "متجاهلةً النداءات الأممية إلى هدنة إنسانية، ما أدى إلى دمار واسع.",
        "2016-01-12T13:00:00+02:00") == [False]


def test_defying_the_truce_breaks_it() -> None:
    assert _breaches(
        "قصف على جرجناز",
        "قصفت قوات النظام براجمات الصواريخ بلدة جرجناز شرقي معرة النعمان مساء اليوم، في "
        "تحدٍّ واضح لاتفاق سوتشي، وأصيب جراء ذلك طفلان.",
        "2018-11-02T20:00:00+02:00") == [True]


def test_a_truce_become_a_dead_letter_is_broken_but_one_never_applied_is_not() -> None:
    body = ("قتل مدنيان اليوم السبت بغارات جوية على بلدة الهبيط في ريف إدلب الجنوبي.\n\n"
            "ويرى سكان المنطقة أن اتفاق وقف إطلاق النار {} منذ أسابيع مع تواصل الغارات.")
    assert _breaches("غارات على الهبيط", body.format("بات حبراً على ورق"),
                     "2019-03-16T12:00:00+02:00") == [True]
    assert _breaches("غارات على الهبيط", body.format("بقي حبراً على ورق"),
                     "2019-03-16T12:00:00+02:00") == [False]


def test_violence_while_the_truce_is_in_force_breaks_it() -> None:
    assert _breaches(
        "قنص في حي الوعر",
        "قتل شاب برصاص قناص من قوات النظام في حي الوعر بمدينة حمص مساء اليوم الاثنين.\n\n"
        "وأكد ناشطون من الحي أن الشاب كان يعمل في فرن قريب وأنه أب لثلاثة أطفال.\n\n"
        "وهذا ثالث قتيل يسقط في الحي برصاص القناصة خلال سريان التهدئة.",
        "2016-03-21T21:00:00+02:00") == [True]


def test_a_truce_that_should_hold_is_broken_but_one_due_to_start_is_not() -> None:
    text = ("استهدفت قوات النظام بالمدفعية الثقيلة بلدة كفرعويد في جبل الزاوية صباح اليوم، ما "
            "أدى إلى مقتل رجل، في وقت من المفترض أن {} وقف إطلاق النار {}.")
    assert _breaches("قصف على كفرعويد", text.format("يكون", "سارياً منذ مطلع آذار"),
                     "2020-04-20T11:00:00+03:00") == [True]
    assert _breaches("قصف على كفرعويد", text.format("يدخل", "حيز التنفيذ عند منتصف الليل"),
                     "2020-03-05T11:00:00+03:00") == [False]


def test_the_sochi_deal_by_its_english_name_is_a_truce() -> None:
    assert _breaches(
        "Air strikes hit Maarat al-Numan",
        "Russian air strikes hit the city of Maarat al-Numan in Idlib province on Tuesday, "
        "killing three people, in breach of the Sochi deal between Ankara and Moscow.",
        "2019-02-12T18:00:00+02:00") == [True]


def test_a_truce_that_suffered_a_breach_is_broken() -> None:
    assert _breaches(
        "قصف على الرستن",
        "قصفت قوات النظام مدينة الرستن في ريف حمص الشمالي عصر اليوم، فقتلت امرأة، وتعرضت "
        "الهدنة بذلك لخرق هو الثالث منذ الأحد.",
        "2016-03-03T18:00:00+02:00") == [True]
    assert _breaches(
        "قصف على الرستن",
        "قتلت امرأة بقصف مدفعي على مدينة الرستن في ريف حمص الشمالي عصر اليوم.\n\n"
        "وشهد وقف الأعمال العدائية منذ بدايته خروقات متفرقة في ريفي حمص وحماة.",
        "2016-03-03T18:00:00+02:00") == [True]


def test_acting_heedless_of_the_truce_breaks_it() -> None:
    assert _breaches(
        "غارات على الأتارب",
        "استهدفت طائرات روسية مدينة الأتارب غربي حلب بأربع غارات اليوم، غير آبهة بالتهدئة "
        "المعلنة، ما أدى إلى مقتل طفل.",
        "2017-05-20T14:00:00+03:00") == [True]
    assert _breaches(
        "Strikes hit Atarib",
        "Russian jets struck the town of Atarib west of Aleppo on Saturday, killing a child "
        "and ignoring the declared truce.",
        "2017-05-20T14:00:00+03:00") == [True]


def test_an_english_headline_saying_the_act_breaks_the_truce() -> None:
    assert _breaches(
        "Shelling shatters calm as truce is broken in Daraa",
        "Mortar rounds fired by government forces hit the Daraa al-Balad district on Monday, "
        "wounding four people.",
        "2021-08-16T17:00:00+03:00") == [True]


def test_violence_soon_after_the_truce_took_effect_breaks_it() -> None:
    lead = ("قتل شاب برصاص قناص في بلدة مضايا بريف دمشق صباح اليوم.\n\n"
            "وقال مصدر محلي إن الشاب كان يحاول جمع الحطب قرب منزله.\n\n")
    assert _breaches("قنص في مضايا",
                     lead + "ويأتي مقتله بعد أيام من دخول الهدنة حيز التنفيذ في البلدة.",
                     "2015-09-28T12:00:00+03:00") == [True]
    assert _breaches("قنص في مضايا",
                     lead + "ويأتي مقتله بعد أيام من انتهاء الهدنة في البلدة.",
                     "2015-09-28T12:00:00+03:00") == [False]
    assert _breaches("قنص في مضايا",
                     lead + "ويأتي مقتله بعد أيام من دخول اتفاق التسوية حيز التنفيذ.",
                     "2015-09-28T12:00:00+03:00") == [False]

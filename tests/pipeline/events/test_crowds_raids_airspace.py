"""Sub-types and tolls of crowds, raids and strikes, in sentences written for these tests
(issue 12, dev18-dev20): a crowd that stones and burns is a riot whatever force met it, a
raid beside a kidnapping is how the abduction was done, missiles from an airspace are an
air strike, a can of oil is no bomb, a feared arrest none, a bulletin's governorate and
colon head an item, a day's tally is no incident's toll."""

from __future__ import annotations

from pipeline.evaluate import gold_actor
from pipeline.events.classify import analyse, classify, sentence_types
from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-03-06T21:00:00+03:00"  # a Thursday


def _kinds(title: str, text: str, year: int = 2025) -> list[str]:
    return [d.sub_event_type for d in classify(title, text, year)]


def _types(sentence: str, year: int = 2025) -> dict[str, float]:
    sentences = analyse("", sentence, year)
    return sentence_types(sentences[1], sentences)


def test_force_on_a_crowd_that_stoned_and_burned_is_a_riot() -> None:
    kinds = _kinds(
        "قتيلان في السلمية خلال احتجاجات على رفع أسعار الخبز",
        "رشق عشرات المحتجين مبنى المحافظة في السلمية بالحجارة وأضرموا النار في بوابته، "
        "فأطلق الحراس النار عليهم، ما أدى إلى مقتل اثنين من المحتجين.")
    assert kinds[:1] == ["Violent demonstration"], kinds


def test_peaceful_crowd_fired_on_stays_excessive_force() -> None:
    kinds = _kinds(
        "قتيلان برصاص الأمن في السلمية",
        "أطلقت قوات الأمن النار على مظاهرة سلمية في السلمية، ما أدى إلى مقتل اثنين من "
        "المتظاهرين.")
    assert kinds[:1] == ["Excessive force against protesters"], kinds


def test_the_fire_a_violent_crowd_exchanged_is_the_riots_own() -> None:
    types = _types("هاجم محتجون مقر البلدية في منبج وأحرقوا سيارة أمامه، قبل أن يتحول "
                   "الأمر إلى إطلاق نار متبادل مع حراس المقر، ما أسفر عن مقتل شخصين.")
    assert set(types) == {"Violent demonstration"}, types


def test_confrontations_after_a_riot_are_the_riot() -> None:
    sentences = analyse(
        "", "وفي مدينة الباب، تجمع عشرات المحتجين أمام مبنى المجلس المحلي وحاولوا اقتحامه "
        "ورشقوه بالحجارة. وأسفرت المواجهات عن مقتل شخص وإصابة سبعة آخرين.", 2025)
    assert set(sentence_types(sentences[2], sentences)) == {"Violent demonstration"}


def test_a_crowd_that_storms_and_smashes_is_a_riot_without_a_protest_word() -> None:
    types = _types("اقتحم عشرات الشبان مبنى البلدية في مدينة الميادين وحطموا نوافذه.")
    assert set(types) == {"Violent demonstration"}, types


def test_missiles_from_an_airspace_are_an_air_strike() -> None:
    kinds = _kinds(
        "مقتل مدني بعدوان استهدف مستودعاً قرب القصير",
        "قال مصدر عسكري إن العدو شن عدواناً بالصواريخ انطلاقاً من أجواء لبنان، طال "
        "مستودعاً قرب مدينة القصير، ما أدى إلى مقتل مدني.")
    assert kinds[:1] == ["Air/drone strike"], kinds


def test_missiles_from_a_territory_stay_a_missile_attack() -> None:
    types = _types("أطلقت القوات صواريخ من الأراضي التركية على قرية في ريف منبج.")
    assert "Air/drone strike" not in types


def test_a_raid_beside_a_kidnapping_is_how_it_was_done() -> None:
    types = _types("أقدم مسلحون على اختطاف شابين من قرية معبطلي بعد مداهمة منزلهما فجراً.")
    assert set(types) == {"Abduction/forced disappearance"}, types


def test_a_raid_and_an_arrest_stay_an_arrest() -> None:
    types = _types("اعتقلت دورية أمنية شابين من قرية معبطلي بعد مداهمة منزلهما فجراً.")
    assert "Arrests" in types, types


def test_a_can_of_oil_is_no_bomb() -> None:
    assert _kinds("", "تفرض الفصائل في ناحية راجو ضريبة دولارين على كل عبوة زيت يبيعها "
                      "المزارعون هذا الموسم.") == []


def test_an_arrest_feared_is_none() -> None:
    types = _types("ونقل الجرحى إلى منازل في القرى المجاورة خوفاً من اعتقالهم.")
    assert "Arrests" not in types, types


def test_names_initials_do_not_end_a_sentence() -> None:
    sentences = analyse("", "اعتقلت دورية شابين هما (ع. م) و(س. ح) من قرية معبطلي. "
                            "وقال شاهد إن الدورية انسحبت.", 2025)
    assert len(sentences) == 3 and "معبطلي" in sentences[1].text


def test_a_bulletins_governorate_and_colon_open_another_item() -> None:
    kinds = _kinds(
        "قصف على بلدة كفرنبل ومظاهرة في نوى",
        "قصفت قوات النظام بقذائف المدفعية بلدة كفرنبل في ريف إدلب اليوم الخميس، ما أدى "
        "إلى مقتل خمسة مدنيين.\n\n"
        "درعا: أطلقت قوات الأمن النار على مظاهرة خرجت في مدينة نوى بعد صلاة الظهر، ما أدى "
        "إلى مقتل شابين.")
    assert kinds == ["Shelling/artillery/missile attack",
                     "Excessive force against protesters"], kinds


def test_a_days_tally_is_no_incidents_toll() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "حصيلة الخميس: 37 قتيلاً بينهم 12 في إدلب وقصف متواصل على كفرنبل",
        "تمكن ناشطون من توثيق 37 قتيلاً اليوم الخميس، بينهم ثلاثة أطفال، سقط أكثر من "
        "نصفهم في محافظة إدلب.\n\n"
        "إدلب: استمر القصف بقذائف المدفعية على بلدة كفرنبل لليوم الخامس على التوالي، "
        "وأوقع 12 قتيلاً من المدنيين.",
        PUBLISHED)
    assert events and events[0].fatalities == 12, [(e.sub_event_type, e.fatalities)
                                                   for e in events]


def test_a_riots_crowd_is_its_rioters_however_the_gold_words_it() -> None:
    gold = {"event_type": "Riots", "actor1": "محتجون", "date": "2024-07-01",
            "admin1_pcode": "SY02"}
    assert gold_actor(gold, "actor1") == "Rioters (Syria)"

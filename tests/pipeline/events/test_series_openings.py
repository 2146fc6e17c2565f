"""Articles that open with the earlier acts of a series before the one they report, and
articles whose words of war belong to a stage, a market or a courtroom (sentences written
for these tests, in the patterns of real reports)."""

from __future__ import annotations

from datetime import datetime

from pipeline.events.background import is_background, names_an_earlier_month
from tests.pipeline.events.extraction import extractor

PUBLISHED = "2023-11-14T12:00:00+03:00"


def _events(title: str, text: str, published: str = PUBLISHED) -> list[tuple[str, str | None]]:
    return [(e.sub_event_type, e.date)
            for e in extractor().extract(title, text, published)]


def test_a_lead_sentence_dated_to_a_month_gone_by_does_not_choose_the_primary() -> None:
    # The headline's shooting is the news; the second sentence's blast is a month old.
    got = _events(
        "مقتل معلم برصاص مجهولين في بلدة الحراك",
        "تتواصل الاغتيالات في ريف درعا الشرقي منذ مطلع العام. ففي العاشر من تشرين الأول "
        "الماضي، انفجرت عبوة ناسفة بسيارة تقل عنصرين قرب بلدة المليحة الغربية، وقتل "
        "مختار قرية أخرى بعد أيام. وفي أحدث هذه العمليات، قتل مسلحون مجهولون مساء أمس "
        "الاثنين معلماً في بلدة الحراك، بعد أن أطلقوا النار عليه أمام منزله.")
    assert got == [("Attack", "2023-11-13")], got


def test_an_episode_of_a_series_is_no_overflight_nor_a_tv_series() -> None:
    # "حلقات" shares the letters of "حلقت" (flew over); "هذا المسلسل" is the run of
    # killings just told, not a television drama.
    got = _events(
        "مقتل سائق برصاص مسلحين قرب قرية بعمرة بريف طرطوس",
        "لم تهدأ حوادث القتل في ريف طرطوس منذ أحداث آذار 2022. وفي أحدث حلقات هذا "
        "المسلسل، قتل سائق شاحنة، مساء أمس الاثنين، برصاص مسلحين مجهولين قرب قرية "
        "بعمرة. وقال أحد أقاربه إن المسلحين فروا بعد الحادثة.")
    assert [kind for kind, _ in got] == ["Attack"], got


def test_a_month_a_period_runs_from_is_not_the_incidents_month() -> None:
    when = datetime.fromisoformat(PUBLISHED)
    assert not names_an_earlier_month("منذ أحداث آذار 2022 لم تعرف القرى هدوءاً", when)
    assert names_an_earlier_month("قتل في آذار 2022 ثلاثة رعاة قرب القرية", when)


def test_that_month_points_back_at_a_month_gone_by() -> None:
    assert is_background("ففي الخامس من ذلك الشهر هاجم مسلحون حاجزاً للشرطة")


def test_the_first_day_of_a_battle_is_not_today() -> None:
    assert is_background("وقتل في اليوم الأول وحده عشرون مقاتلاً خلال معارك آب الماضي")
    assert not is_background("وقتل اليوم عشرون مقاتلاً في معارك قرب البلدة")


def test_a_day_in_words_of_a_month_long_gone_recalls() -> None:
    # A trial in November over killings "on the fifth and sixth of April": no new event.
    got = _events(
        "محكمة في حماة تستمع لشهود في قضية مقتل مزارعين",
        "عقدت محكمة الجنايات في حماة اليوم الثلاثاء جلسة جديدة في قضية عشرة متهمين. "
        "ويواجه المتهمون تهماً عدة، على خلفية ما جرى في قرية الشيحة، حيث قتل سبعة "
        "مزارعين برصاص مسلحين في الخامس والسادس من نيسان. وأرجأت المحكمة الجلسة إلى "
        "الشهر المقبل.")
    assert got == [], got


def test_a_play_named_after_a_clash_is_no_clash() -> None:
    got = _events(
        "«كمين» على خشبة حمص: عرض مسرحي عن سنوات الحصار",
        "قدمت فرقة شبابية مساء أمس الاثنين عرض «كمين» للمخرج الشاب على خشبة دار "
        "الثقافة ضمن مهرجان حمص المسرحي، وسط حضور كبير. ويروي العرض حكاية عائلة تنتظر عودة ابنها "
        "خلال سنوات الحرب.")
    assert got == [], got


def test_a_price_war_and_a_traders_truce_are_no_events() -> None:
    got = _events(
        "«حرب أسعار» في سوق الزيتون بإدلب.. وهدنة التجار لا تدوم",
        "يشكو مزارعو الزيتون في ريف إدلب هذا الموسم من حرب أسعار يخوضها كبار التجار، "
        "إذ هبط سعر الكيلوغرام إلى ما دون تكلفة إنتاجه.")
    assert got == [], got

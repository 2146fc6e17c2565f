"""Wordings that name an act the report does not tell as done that day: an arrest only
attempted, a blast or a killing said in quotation marks as a figure of speech, and the latest
of a series recalled as an example (sentences written for these tests, in the patterns of
Syrian outlets' reports)."""

from __future__ import annotations

from tests.pipeline.events.extraction import extractor

PUBLISHED = "2021-03-10T12:00:00+03:00"


def _events(title: str, text: str) -> list[tuple[str, str | None, int | None]]:
    return [(e.sub_event_type, e.place_name, e.fatalities)
            for e in extractor().extract(title, text, PUBLISHED)]


def _kinds(title: str, text: str) -> list[str]:
    return [kind for kind, _, _ in _events(title, text)]


# -- an arrest or abduction attempted is none ------------------------------------------------

def test_a_clash_after_an_attempted_arrest_makes_no_arrest() -> None:
    assert _kinds(
        "اشتباكات في بلدة الصنمين",
        "اندلعت اشتباكات مساء أمس في بلدة الصنمين بين شبان من البلدة وعناصر الأمن العسكري، "
        "إثر محاولة الأخيرة اعتقال مطلوبين.") == ["Armed clash"]


def test_the_attempt_s_doer_may_stand_between_it_and_the_arrest() -> None:
    assert "Arrests" not in _kinds(
        "مقتل عنصرين في الشحيل",
        "قتل عنصران من التنظيم اليوم في بلدة الشحيل برصاص شبان من البلدة، إثر محاولة عناصر "
        "من جهاز الحسبة التابع للتنظيم اعتقال أحدهم.")


def test_an_arrest_tried_with_a_verb_is_none() -> None:
    assert "Arrests" not in _kinds(
        "توتر في مدينة الميادين",
        "قتل عنصران من التنظيم في مدينة الميادين برصاص أهالي الحي بعد أن حاولوا اعتقال شاب "
        "من منزله.")
    assert "Arrests" not in _kinds(
        "اشتباك في طفس",
        "دارت اشتباكات اليوم في مدينة طفس بين مسلحين محليين ودورية أمنية حاولت أن تعتقل أحد "
        "المطلوبين.")
    assert "Arrests" not in _kinds(
        "Clashes in Tafas",
        "Clashes broke out in Tafas on Tuesday after security forces attempted to arrest two "
        "wanted men.")


def test_an_arrest_told_by_its_own_verb_after_an_attempt_is_made() -> None:
    assert _kinds(
        "اعتقال شاب في حماة",
        "حاول شاب الفرار من حاجز للأمن العسكري في مدينة حماة اليوم فاعتقلته الدورية.") \
        == ["Arrests"]
    assert _kinds(
        "اعتقال شبان في الصنمين",
        "اعتقلت قوات الأمن اليوم خمسة شبان في مدينة الصنمين بعد محاولتهم الفرار من حاجز.") \
        == ["Arrests"]


# -- a figure of speech in quotation marks ---------------------------------------------------

def test_prices_that_exploded_in_quotes_are_no_bombing() -> None:
    assert _events(
        "أسعار الخضار في حماة",
        "يقول بائع في سوق مدينة حماة إن «الأسعار انفجرت» خلال أسبوع واحد، وإن الزبائن باتوا "
        "يشترون بالحبة.") == []


def test_salaries_shelled_in_quotes_are_no_shelling() -> None:
    assert _events(
        "مدرسون في درعا",
        "قال مدرس في مدينة درعا إن الرواتب «تُقصف» كل شهر بارتفاع الأسعار، وإن المعلمين "
        "«يُذبحون» بصمت.") == []
    assert _events(
        "موسم الزيتون في عفرين",
        "يصف مزارعون في منطقة عفرين الموسم بأنه \"انفجر في وجوههم\" بعد أن هبطت أسعار الزيت "
        "إلى النصف.") == []


def test_a_quoted_blast_that_killed_people_stands() -> None:
    got = _events(
        "انفجار سيارة مفخخة قرب مخبز في جبلة",
        "قال شاهد عيان من مدينة جبلة إن «السيارة انفجرت فجأة قرب المخبز وقتلت ثلاثة "
        "أطفال».")
    assert [(kind, place) for kind, place, _ in got] == [
        ("Remote explosive/landmine/IED", "جبلة")], got
    assert _kinds(
        "قصف على حي الوعر",
        "قال أحد سكان حي الوعر في مدينة حمص إن «القذائف انفجرت» فوق رؤوسهم فجر اليوم.") \
        == ["Shelling/artillery/missile attack"]


# -- the latest of a series, recalled --------------------------------------------------------

def test_the_latest_of_a_series_of_killings_is_recalled() -> None:
    got = _events(
        "اغتيال قيادي سابق بمدينة نوى",
        "اغتال مسلحون مجهولون اليوم قيادياً سابقاً في فصائل المعارضة بمدينة نوى.\n\n"
        "وتطال الاغتيالات قادة سابقين في فصائل التسوية، وكان أحدثها اغتيال قيادي في بلدة "
        "تسيل قبل ستة أيام برصاص مسلحين.")
    assert [place for _, place, _ in got] == ["نوى"], got
    got = _events(
        "غارة تركية على القامشلي",
        "قتل عنصران من قوى الأمن الداخلي اليوم بغارة لطائرة مسيرة تركية على سيارة في مدينة "
        "القامشلي.\n\nوتستهدف المسيرات التركية قياديين في المنطقة، كان آخرها غارة على "
        "سيارة قرب بلدة عامودا قبل ثمانية أيام أدت إلى مقتل ثلاثة.")
    assert [place for _, place, _ in got] == ["القامشلي"], got


def test_the_most_notable_of_a_series_of_blasts_is_recalled() -> None:
    got = _events(
        "مقتل مدني بانفجار لغم قرب اللطامنة",
        "قتل مدني اليوم بانفجار لغم أرضي أثناء عمله في أرضه قرب بلدة اللطامنة بريف حماة "
        "الشمالي.\n\nوتتكرر حوادث انفجار الألغام في ريف حماة، وكان أبرزها انفجار لغم "
        "بجرار زراعي قرب بلدة كفرزيتا قبل تسعة أيام أودى بحياة ثلاثة مزارعين.")
    assert [(place, dead) for _, place, dead in got] == [("اللطامنة", 1)], got


def test_the_latest_of_a_series_dated_today_is_the_news() -> None:
    got = _events(
        "انفجارات متكررة في ريف حلب",
        "تتكرر التفجيرات في مدن ريف حلب الشمالي منذ مطلع الشهر، وكان آخرها انفجار دراجة "
        "نارية مفخخة صباح اليوم في مدينة أعزاز أدى إلى مقتل شخصين.")
    assert [(place, dead) for _, place, dead in got] == [("أعزاز", 2)], got


# -- a raid that made no arrest, and ground shared, not taken --------------------------------

def test_a_raid_told_with_no_arrest_made_is_no_arrest() -> None:
    assert "Arrests" not in _kinds(
        "حظر تجول في بلدة الشحيل",
        "فرضت قوى الأمن صباح اليوم حظراً للتجول في بلدة الشحيل، وشنت حملة دهم للمنازل لم "
        "تسفر عن أي اعتقالات حتى المساء.")


def test_ground_shared_by_two_sides_is_no_takeover() -> None:
    kinds = _kinds(
        "اعتصام أمام مبنى البلدية في منبج",
        "نظم عشرات الأهالي اليوم اعتصاماً أمام مبنى البلدية في مدينة منبج للمطالبة بالإفراج عن "
        "المعتقلين.\n\nويتقاسم مجلس منبج العسكري وفصائل أخرى السيطرة على ريف المدينة منذ "
        "شباط الماضي، وسط توتر متصاعد بين الطرفين.")
    assert kinds and not any("territory" in kind for kind in kinds)

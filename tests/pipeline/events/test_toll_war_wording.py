"""Death tolls as state and opposition media of the war years word them: a hedge that
reads as a negation, an active verb with "و", a unit between "قضت" and "على", losses in
men, a first toll that was replaced, and a side's own men told by the source it cites (own
sentences, not from any eval set)."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities


@pytest.mark.parametrize(("text", "killed"), [
    # "ما لا يقل عن" is "at least": the second source's figure competes, the lower stands
    ("قال مسعفون إن عدد القتلى تجاوز 90، في حين وثقت منظمة حقوقية بالأسماء ما لا يقل عن 48 "
     "قتيلاً", 48),
    ("أحصى الناشطون 30 شهيداً، بينما وثق المكتب الطبي ما لا يقل عن 21 شهيداً حتى المساء", 21),
    # ... a negation still says none
    ("سقطت القذائف في أرض زراعية ولم يسجل سقوط قتلى", 0),
])
def test_at_least_is_no_negation(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the active plural verb with "و", its object after a hedge
    ("اقتحم المقاتلون النقطة العسكرية وقتلوا ما لا يقل عن ثمانية جنود", 8),
    ("تصدى الثوار للرتل وقتلوا أكثر من 20 عنصراً من الميليشيات", 20),
])
def test_and_they_killed(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the unit that did it between "قضت" and "على": the count of people after it died
    ("قضت مجموعة من القوات الخاصة على تسعة مسلحين قرب الحاجز", 9),
    ("وقضى فوج المغاوير على أكثر من 30 إرهابياً في محيط المطار", 30),
    # ... not what the subject spent its time on, nor a count that is no one
    ("قضت الأسرة ليلتها على سطح المنزل", 0),
    ("قضت ورشات الإصلاح على 40 مخالفة في الحي", 0),
])
def test_eliminated_with_its_subject_between(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # losses in men, however large: deaths without a number
    ("كبدت الوحدات المهاجمين خسائر فادحة بالأفراد والآليات", None),
    ("أوقع القصف خسائر كبيرة في الأرواح", None),
    # ... losses in things are no deaths
    ("ألحق الحريق خسائر كبيرة في المحاصيل", 0),
])
def test_losses_in_men(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the toll rose; the first toll is the earlier count, no rival figure
    ("ارتفع عدد قتلى انفجار الصهريج في السوق إلى 23 قتيلاً، بعد أن تحدثت الحصيلة الأولى "
     "عن 9 قتلى", 23),
])
def test_the_first_toll_is_replaced(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the source cited ("بحسب ما أعلن") tells its own men too: they add to the enemy's dead
    ("صد المقاتلون هجوماً على التلة وقتلوا 9 عناصر من المهاجمين، بحسب ما أعلن الفصيل الذي "
     "قال إن اثنين من مقاتليه قتلوا", 11),
    ("قتل 14 جندياً في الكمين، وفق ما ذكرت الكتيبة، التي أكدت أن ثلاثة من عناصرها قضوا", 17),
])
def test_a_side_counting_its_own_men(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # captives put to death after the fight are another event's dead (ACLED: violence
    # against civilians), not the fight's
    ("أسفرت المواجهات عن مقتل 9 من عناصر الفصيل و6 من المهاجمين، إضافة إلى ثلاثة آخرين "
     "أعدمهم المهاجمون بعد أسرهم قرب الجسر", 15),
    # ... others added are the fight's
    ("أسفرت المواجهات عن مقتل 9 من عناصر الفصيل و6 من المهاجمين، إضافة إلى ثلاثة مدنيين "
     "أصابتهم القذائف قرب الجسر", 18),
])
def test_captives_executed_apart(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the other side's dead added after a phrase of where and when the first fell
    ("وثقت الشبكة مقتل 12 عنصراً من الحامية خلال ساعات الهجوم الأولى على التلال الغربية "
     "المطلة على البلدة القديمة، إضافة إلى خمسة من المهاجمين سقطوا عند السور", 17),
    # "إلى جانب": the same, its two words the other way round
    ("قتل ثمانية من رجال الشرطة، إلى جانب ثلاثة مسلحين", 11),
    # ... also after the verb whose subject the first count is
    ("ذكر الفريق أن أكثر من 15 جندياً قتلوا في المواجهات التي اندلعت عند الفجر قرب محطة "
     "الضخ، إلى جانب أربعة مقاتلين من الكتيبة", 19),
    # ... but a count of no people adds nobody, nor one after the clause ends
    ("قتل ستة عناصر من الشرطة في الهجوم الذي استهدف المخفر الواقع عند مدخل البلدة الجنوبي "
     "فجر اليوم، إضافة إلى تدمير ثلاث سيارات", 6),
    ("قتل ستة عناصر من الشرطة في الهجوم الذي استهدف المخفر الواقع عند مدخل البلدة الجنوبي "
     "فجر اليوم، فيما أصيب آخرون إضافة إلى أربعة من المارة", 6),
])
def test_others_added_far_after_the_count(text: str, killed: int) -> None:
    assert fatalities(text) == killed

"""Death tolls told in wordings of state media, agency headlines and local reporters (own
sentences, not from any eval set): each pattern is one an analyst would state."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities


@pytest.mark.parametrize(("text", "killed"), [
    # "قضت خلالها على": a pronoun word between the verb of eliminating and "على" still
    # says the enemy was killed; with a vague number, deaths without a number
    ("خاضت قواتنا اشتباكات ضارية في الحي قضت خلالها على أعداد من المسلحين", None),
    ("نفذت الوحدات كميناً محكماً قضت فيه على 14 مسلحاً قرب السد", 14),
    # ... but what is ended is no one killed
    ("أطلقت البلدية حملة قضت خلالها على البسطات المخالفة", 0),
])
def test_eliminated_with_a_word_between(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a headline's present tense: the toll rises to a figure
    ("Market blast in Azaz: death toll rises to eleven", 11),
    ("Toll climbs to 6 after shelling of village", 6),
    # a long clause between the toll and its verb
    ("The death toll from the rocket attack that hit a crowded bakery on the main road "
     "in the northern countryside of Idlib on Sunday morning has risen to 14, medics said", 14),
])
def test_an_english_toll_that_rises(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # an active plural verb, a time told between it and the one person it killed
    ("أفاد ناشطون أن مجهولين قتلوا، ليل الخميس، مختار قرية الطيبة برصاصة في الرأس", 1),
    ("ذكرت مصادر أن عناصر الحاجز قتلوا صباح اليوم شاباً من أبناء البلدة", 1),
    ("قال الفصيل إن مقاتليه قتلوا مساء أمس خمسة عناصر من الميليشيا", 5),
    # the weekday "الاثنين" is a time, not the number two
    ("إن مسلحين قتلوا يوم الاثنين عضو المجلس البلدي", 1),
    # a present plural verb in a headline
    ("مسلحون يقتلون طبيباً أمام عيادته في المدينة", 1),
    # the time alone, no one named after it: the killers are the subject, no one counted
    ("قالت الشرطة إن مسلحين قتلوا مساء الأحد", 0),
])
def test_an_active_verb_with_a_time_before_its_object(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a killing a span of time before the reported one, joined by "على": not its dead
    ("مقتل شرطي بكمين في البلدة بعد أسبوع على اغتيال رئيس مخفرها", 1),
    ("إصابة ثلاثة بانفجار لغم بعد يومين على مقتل راعٍ في الوادي ذاته", 0),
    # ... but a body found is the incident's dead
    ("استنفار أمني بعد العثور على جثة شاب عند مدخل القرية", 1),
])
def test_a_killing_some_days_before_is_recalled(text: str, killed: int) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the dual marked with a fatha, where its bare spelling is also the plural
    ("قتل أربعة عناصر من الشرطة ومسلحَين من العصابة في تبادل إطلاق النار", 6),
    ("استشهاد مدنيَّين بقذيفة على سوق البلدة", 2),
    ("مقتل موظفَين في انفجار داخل المستودع", 2),
    # the plural, with its kasra or no mark: people, no number
    ("مقتل مسلحِين من العصابة في تبادل إطلاق النار", None),
])
def test_a_dual_marked_with_its_fatha(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_quoted_slogan_of_a_protest_counts_no_dead() -> None:
    assert fatalities("فرقت قوات الأمن بالرصاص مظاهرة خرجت في بلدة الحراك تحت شعار «النظام "
                      "يقتل أطفالنا»، ما أدى إلى مقتل شاب.") == 1
    assert fatalities("خرج المئات في جمعة «يا شهيد ارتاح» وقتل متظاهران برصاص الأمن.") == 2

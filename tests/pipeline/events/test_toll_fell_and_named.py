"""Death tolls in wordings of local reporters (own sentences, not from any eval set): the
verb "سقط" of people, "قضت" with whom it names, a lone dead beside a lone wounded, "أودى
بحياته" with its pronoun, "the number" that rises, and a weekday that is no count."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import fatalities
from tests.pipeline.events.extraction import extractor


@pytest.mark.parametrize(("text", "killed"), [
    # "سقط"/"سقطت" of people: they were killed, counted or named one or two
    ("وسقط أربعة مقاتلين من الفصائل خلال المواجهات على أطراف القرية", 4),
    ("فيما سقطت مواطنة إثر سقوط قذيفة على منزلها في الحي الجنوبي", 1),
    ("وسقط عنصران من الشرطة برصاص قناص عند مدخل البلدة", 2),
    # ... not a shell that fell, nor people who fell captive or wounded
    ("سقطت ثلاث قذائف هاون على ساحة البلدة صباح اليوم", 0),
    ("وسقط شابان أسيرين بيد المهاجمين بعد نفاد ذخيرتهما", 0),
    ("سقط طفل في قبضة دورية أمنية عند الحاجز", 0),
    ("وسقطت امرأة جريحة جراء الرصاص العشوائي", 0),
    # "قضت": died, with whom it names right after it (and the kin joined to them)
    ("قضت فتاة وشقيقاها جراء انهيار المنزل بعد القصف", 3),
    ("وقضت امرأة وأربعة من أبنائها حين سقطت قذيفة على الملجأ", 5),
    # ... and the kin joined by "with" as by "و"
    ("قضت سيدة مع ابنها حين انهار سقف المنزل جراء القصف", 2),
    ("وقتل مزارع برفقة طفليه بانفجار لغم أرضي في أرضه", 3),
    ("قتل مدنيان، رجل مع زوجته، بقذيفة سقطت على منزلهما", 2),
    # ... not a court's ruling nor a plan's terms
    ("قضت الاتفاقية بخروج المسلحين من المدينة خلال يومين", 0),
    # a lone dead beside a lone wounded: one dead (a count before them is a shared figure)
    ("وخلّف انفجار اللغم قتيلاً وجريحاً من الرعاة", 1),
    ("أسفر القصف عن 30 قتيلاً وجريحاً", None),
    # "أودى بحياته" with its pronoun names its dead by it
    ("انفجرت عبوة بسيارة الطبيب فأودت بحياته على الفور", 1),
    ("انهار سقف المدرسة على الشقيقين ليودي بحياتهما", 2),
    ("خاطر المسعف بحياته لإخراج العالقين", 0),
    # "the number" bare, risen, after the dead were counted in the sentence
    ("أوقع الانفجار خمسة قتلى، قبل أن يعلن المشفى ارتفاع العدد إلى ثمانية", 8),
    # ... not after the wounded were told
    ("قتل شخصان وأصيب عشرة، قبل أن يعلن المشفى ارتفاع العدد إلى خمسة عشر", 2),
    # a weekday after a time word is a day, not "two"
    ("أعدم عناصر التنظيم صباح يوم الاثنين راعياً في البادية", 1),
    ("اغتال مسلحون ملثمون مساء أمس الاثنين عضواً في المجلس المحلي", 1),
])
def test_toll_fell_and_named(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


def test_a_woman_who_fell_is_the_strike_toll() -> None:
    text = ("أفاد ناشطون بأن طائرة حربية قصفت صباح اليوم بلدة كفرنبل في ريف إدلب الجنوبي، "
            "وسقطت مواطنة جراء الغارة.")
    events = extractor().extract("غارة على كفرنبل", text, "2020-02-03")
    assert [e.fatalities for e in events] == [1]

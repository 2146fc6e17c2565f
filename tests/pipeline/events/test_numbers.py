"""Number words and death tolls (own sentences, not from the eval set)."""

from __future__ import annotations

import pytest

from pipeline.events.numbers import acled_estimate, attackers_killed, fatalities, parse_number


@pytest.mark.parametrize(("text", "value"), [
    ("12", 12), ("١٢", 12), ("۱۲", 12), ("خمسة عشر", 15), ("ثلاثة وعشرون", 23),
    ("مئة", 100), ("مائة", 100), ("مئتين", 200), ("ألف", 1000), ("ثلاثة آلاف", 3000),
    ("مئة وخمسون", 150), ("ثلاثين", 30), ("ثلاث", 3), ("اثنان", 2), ("اثنين", 2),
    ("شخصين", 2), ("قتيلين", 2), ("قتيلا", 1), ("والعشرين", 20), ("لا شيء", None),
])
def test_parse_number(text: str, value: int | None) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(("text", "killed"), [
    ("قُتل ثلاثة عناصر من الشرطة وأصيب خمسة آخرون في هجوم على حاجز", 3),
    ("أسفر القصف عن مقتل شخصين وإصابة عشرة", 2),
    ("مقتل طفل وامرأة بقذيفة سقطت على الحي", 2),
    ("سقط قتيل في الاشتباك", 1),
    ("قتل ١٢ مدنياً بينهم أربعة أطفال", 12),
    ("أسفرت المعارك عن مقتل 6 من عناصر الفصائل وقتل 4 من الجنود", 10),
    ("أصيب سبعة مدنيين بجروح في القصف", 0),
    ("سقط عشرات القتلى في المجزرة", None),
    ("لم يسجل وقوع قتلى في الانفجار", 0),
    # "victims" are the killed and the wounded together: no death toll of their own
    ("ارتفعت حصيلة ضحايا التفجير إلى 9", None),
    ("ارتفعت حصيلة قتلى التفجير إلى 9", 9),
    ("استشهد شابان برصاص قناص", 2),
    ("أودى الانفجار بحياة خمسة أشخاص", 5),
    ("فارق الحياة متأثراً بجراحه", 1),
    ("انطلقت المسيرة من ساحة الشهداء", 0),
    ("3 قتلى بانفجار لغم.\nقُتل ثلاثة أشخاص بانفجار لغم أرضي", 3),
    ("تشهد المنطقة عمليات اغتيال متكررة", 0),
    ("", 0),
    # both sides of a battle add up, however they are joined
    ("أسفرت المعارك عن مقتل ما لا يقل عن عشرة عناصر من الجيش، إضافة إلى ثلاثة من المهاجمين",
     13),
    ("قتل عنصران من قوات النظام ومقاتل محلي خلال الاشتباكات", 3),
    ("أوقعت الوحدات خمسة قتلى بين المهاجمين، فيما ارتقى اثنان من الجنود شهداء", 7),
    ("ارتقى مستوى الخدمات في المدينة", 0),  # "ارتقى" counts only with martyrs
    ("أعدم التنظيم أربعة شبان في الساحة", 4),
    ("مقتل رجل وزوجته برصاص مسلحين", 2),
    ("قتل مدنيان، رجل وزوجته، بقصف صاروخي", 2),  # the two, named
    ("أسفرت العمليات عن القضاء على 27 إرهابياً", 27),
    ("أحيل المتهم إلى القضاء على وجه السرعة", 0),
    ("ارتفع عدد قتلى الاحتجاجات في البلدة إلى اثنين", 2),
    ("ارتفع عدد الشهداء جراء التفجير بعبوة زرعها إرهابيون في دراجة نارية مركونة قرب سوق "
     "شعبي في حي الرمل مساء الخميس إلى ثلاثة", 3),
    # a subset named with بينهم adds nobody; a count "of" another group after it does
    ("أسفرت عن مقتل ستة عناصر من قوات النظام بينهم ضابط، و٤ من مقاتلي الفصائل", 10),
    ("قتل خمسة مدنيين بينهم طفلان وامرأة", 5),
    ("", 0),
])
def test_fatalities(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a number word after its noun; nominative duals of nisba nouns
    ("استشهد مدنيان اثنان وأصيب ثلاثة آخرون", 2),
    ("مقتل مدنيين اثنين في غارة", 2),
    ("قتل مسلحان في الاشتباك", 2),
    # present-tense headline verbs and SANA's "تحييد"
    ("انفجار لغم يقتل ثلاثة أطفال", 3),
    ("تحييد 6 إرهابيين خلال العملية", 6),
    # a pronoun filler between the verb and the count
    ("بعد معارك قتل فيها 12 عنصراً من الطرفين", 12),
    # passive verbs after the people they name
    ("قالت مصادر إن 15 شخصاً قتلوا يوم الاثنين", 15),
    ("إن عنصرين من قواتها قتلا وأصيب ثالث", 2),
    ("لقي طفلان شقيقان حتفهما بانفجار لغم", 2),
    # a body found is one death
    ("عثر الأهالي على جثة شاب مقتولاً", 1),
    # a rising toll already includes the wounded who died since
    ("ارتفعت حصيلة القصف على البلدة أمس إلى سبعة قتلى بعد وفاة اثنين من الجرحى", 7),
    ("ارتفع عدد القتلى إلى 11 بعد وفاة ثلاثة", 11),
    # English copy
    ("Two civilians were killed on Monday", 2),
    ("an air strike killing 15 people", 15),
    ("between 5 and 7 people were killed in the blast", 5),
    ("12-15 people were killed", 12),
    ("no one was killed in the shelling", 0),
])
def test_fatalities_language_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # deaths only: a figure shared with the wounded (or abducted) is no death toll
    ("سقط 30 قتيل وجريح في انفجار السوق", None),
    ("سقط عشرات المدنيين بين قتيل وجريح", None),
    ("أسفر القصف عن مقتل وإصابة 25 مدنيا", None),
    ("هاجم التنظيم القرية ما أسفر عن قتل وخطف أكثر من عشرة رعاة", None),
    ("أسفرت الغارة عن ارتقاء أربعة شهداء وإصابة أكثر من عشرة", 4),
    ("قتلت امرأة وجرح زوجها بقذيفة", 1),
    # "victims" are the killed and the wounded, unless the wounded are counted apart
    ("سقوط ضحايا مدنيين في القصف على البلدة", 0),
    ("ارتفعت حصيلة الضحايا إلى 12", None),
    ("أعلنت الصحة ارتفاع عدد الضحايا جراء التفجير إلى 7 أشخاص و20 مصابا", 7),
    ("ارتفع عدد ضحايا الانفجار في السوق إلى 11 قتيلا و30 جريحا", 11),
])
def test_fatalities_count_deaths_only(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a range gives its lower bound
    ("قالت مصادر محلية إن 12-15 شخصا قد قتلوا في الهجوم", 12),
    ("سقط بين 4 و6 قتلى في القصف", 4),
    ("أسفرت المواجهات عن مقتل بين ثلاثة وخمسة عناصر", 3),
    # a toll that rises replaces the earlier figure, the figure before or after its noun
    ("قتل خمسة أشخاص في الغارة. ثم ارتفع عدد القتلى إلى 9", 9),
    ("ارتفع إلى 9 عدد القتلى جراء قصف البلدة", 9),
    ("ارتفع إلى 40 بينهم ستة أطفال عدد الشهداء الذين سقطوا أمس", 40),
    # compound number words before the death noun
    ("سقط ثلاثة وعشرون قتيلا في المعارك", 23),
])
def test_fatalities_ranges_and_rising_tolls(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # calibres, unit numbers, years, dates, ages and hours are no counts
    ("قصفت القوات البلدة بمدفع 57 ورشاش23 دون وقوع قتلى", 0),
    ("استهدفت الفرقة 25 مواقع الفصائل برشاشات عيار 14.5 ملم", 0),
    ("مقتل طفل (12 عاما) بقصف على الحي", 1),
    ("مقتل طفل 12 عاما بقصف على الحي", 1),
    ("قتلت امرأة تبلغ من العمر 45 عاما برصاص مجهولين", 1),
    ("مقتل شاب برصاص قناص في 22 تموز 2019", 1),
    ("قتل ثلاثة أشخاص في انفجار لغم عام 2016", 3),
    ("وقع الانفجار عند الساعة 17 ما أدى إلى مقتل شخصين", 2),
    # a breakdown in brackets is of those already counted
    ("قتل 19 مقاتلا (12 من الفصائل و7 من المتشددين) في الاشتباكات", 19),
])
def test_fatalities_numbers_that_count_nobody(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the killers stand between an active verb and whom it killed
    ("قتلت طائرات حربية تابعة للنظام، مساء الثلاثاء 3 آذار 2020، ما لا يقل عن 14 مدنيا", 14),
    # dual verbs count two, "لقوا حتفهم" counts who is named before
    ("طفلة ورجل قتلا برصاص قناص في الحي", 2),
    ("سبعة عمال لقوا حتفهم بانفجار لغم أرضي", 7),
    # the count "of" a force, further before a passive verb
    ("أكدت الوزارة أن 9 على الأقل من عناصرها قتلوا في الكمين", 9),
    # a second source's figure in the same sentence: the lower one
    ("قتلت الغارة ثمانية أشخاص، فيما ذكر ناشطون أن 12 شخصا قتلوا", 8),
    # ... but the other side's dead, with a death word of their own, add up
    ("قتل خمسة جنود في الهجوم، فيما أعلنت الفصائل مقتل 12 من عناصر النظام", 17),
    # totals over a period, recalled deaths and a part of those named add nobody
    ("وثق المرصد مقتل 300 مدني منذ مطلع العام", 0),
    ("قتل 5 مدنيين بقصف على البلدة التي تتعرض لحملة عسكرية عنيفة من قوات النظام منذ بداية "
     "الشهر", 5),
    ("قتل 4 مدنيين بقصف على البلدة التي تتعرض لقصف متكرر من قوات النظام منذ مطلع الشهر", 4),
    ("قتل 3 مدنيين بقصف على البلدة التي كانت قد شهدت مجزرة مروعة على يد التنظيم العام "
     "الماضي", 3),
    ("وأظهرت الإحصاءات مقتل 50 عنصرا في الهجمات", 0),
    ("ارتفعت حصيلة قتلى الغارات خلال أسبوع إلى 40 مدنيا", 0),
    ("قتل خمسة مدنيين بعد يومين من مقتل ثلاثة آخرين في البلدة", 5),
    ("أعدم التنظيم 20 شخصا قضى بعضهم رميا بالرصاص", 20),
])
def test_fatalities_sentence_structure(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("word", "estimate"), [
    ("عشرات", 10), ("العشرات", 10), ("مئات", 100), ("المئات", 100), ("قتلى", None),
])
def test_acled_estimate_of_vague_numbers(word: str, estimate: int | None) -> None:
    # ACLED codes "tens" as 10 and "hundreds" as 100; fatalities() keeps None (SCHEMA.md)
    assert acled_estimate(word) == estimate
    assert fatalities(f"سقط {word} القتلى") is None or estimate is None


@pytest.mark.parametrize(("text", "killed"), [
    # deaths dated to an earlier part of the month or a past period are not today's
    ("وكان خمسة مدنيين قد قتلوا منتصف شهر آذار الجاري بقصف على القرية", 0),
    ("استهدفت مسيرة مقرا للفصيل مطلع الشهر الحالي ما أدى إلى مقتل عنصر", 0),
    ("وثقت الشبكة مقتل 400 مدني الشهر الماضي", 0),
    # "لاقوا حتفهم" after a hedged count; a double murder counts two
    ("قالت المصادر إن 9 أشخاص على الأقل لاقوا حتفهم في الحريق المتعمد", 9),
    ("فرضت السلطات حظر تجول بعد جريمة قتل مزدوجة في الحي", 2),
])
def test_fatalities_recalled_and_hedged(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a toll that reaches a figure, the figure after the noun or after the verb
    ("وقال المصدر إن عدد القتلى بلغ 17 شخصا", 17),
    ("بلغت حصيلة القتلى 20 شخصا بحسب الدفاع المدني", 20),
    ("وصل عدد الشهداء إلى 9 بعد انتشال جثتين", 9),
    ("بلغ عدد الجرحى 30", 0),
    # a name is no death word: "وحيد" is not و + "حيد"
    ("مقتل ثمانية أشخاص بينهم الشيخ وحيد في التفجير", 8),
])
def test_fatalities_reached_tolls_and_names(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # counts joined by و before a passive verb add up; a subset after بينهم does not
    ("وقال المتحدث إن تسعة مدنيين وثلاثة من رجال الأمن قتلوا في التفجير", 12),
    ("أفاد مصدر بأن ستة أشخاص بينهم اثنان من الحراس قتلوا وأصيب آخرون", 6),
    ("قال المتحدث إن ثمانية بينهم ثلاثة جنود قتلوا في الهجوم", 8),
    # only a passive verb reads a count that far back: a body is one body
    ("اتهم بخطف ثلاثة أطفال من الحي وإخفاء جثة رجل في الغابة", 1),
    # the verb is about who comes before it: "X قتل وأصيب N آخرون" is one death
    ("وأعلن الجيش أن أحد جنوده قتل وجرح أربعة آخرون في الكمين", 1),
    ("قالت الشرطة إن رجلا قتل وأصيب ثلاثة أشخاص بانفجار عبوة", 1),
    # "قضى" spent or ruled, not died; "محاولة اغتيال" is an attempt
    ("أفرج عنه بعد أن قضى 12 عاما في السجن", 0),
    ("قضت المحكمة بسجنه خمسة أعوام", 0),
    ("نجا المسؤول من محاولة اغتيال على الطريق", 0),
    # victims named after their killers: a dual, a number with others, "one"
    ("اغتال مسلحون مجهولون شابين في البلدة", 2),
    # a vague count joined to a number: the number is the conservative toll
    ("قتل عدد من مسلحي التنظيم و 5 من مقاتلي الفصائل في الاشتباكات", 5),
    ("قتل مدني في الغارات التي استهدفت 5 مستشفيات", 1),
    ("قتل أمس في الغارة التي نفذت بـ20 صاروخا راع من البلدة", 1),
    ("قتلت الصحفية في الهجوم مع 6 أشخاص آخرين", 7),
    ("وقتل في ذلك الانفجار حارس واحد من أصل 30 حارسا", 1),
    # a competing figure must be a figure: "قتل الناس" after a quote adds, it does not compete
    ("أعرب عن أسفه لوفاة اثنين من المحتجين، وقال إن واجب الشرطة حماية الناس", 2),
    # a date after a count: "يوم الثلاثاء" is no unit of time
    ("قتل مدنيان اثنان يوم الثلاثاء بقصف على الحي", 2),
])
def test_fatalities_newswire_patterns(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # the one killed named before the verb, whose clause stops at the wounded
    ("وقال ناشطون إن شابا قتل وجرح شقيقه مساء الأحد بقصف على القرية", 1),
    # but not a part of people counted already: the 40 once, not twice
    ("أعدم المسلحون 40 شخصا قضى بعضهم حرقا في البلدة", 40),
    # an enumeration after "هم" and "one" after its noun add nobody to the count before them
    ("أفادت الشبكة بأن خمسة مدنيين من أسرة واحدة هم أب وأبناؤه الثلاثة وجدتهم قتلوا في القصف",
     5),
    # a death word with an object pronoun: the people it names
    ("استهدفت مسيرة سيارة القيادي على طريق البلدة ما أدى إلى مقتله", 1),
    ("أطلق مجهولون النار على شقيقين ما أدى إلى مقتلهما", 2),
    ("داهمت القوات منزل العائلة وأعلنت لاحقا وفاتها", 1),
    ("اعتقلت الدورية عددا من الشبان وأدى ذلك إلى مقتلهم", None),
    ("نجا القاضي من محاولة اغتياله في المدينة", 0),
    # the plural of the verb of murder
    ("وقال مصدر محلي إن مسلحين اغتالوا المهندس أمام منزله", 1),
    # "سقوط" of people counts them, not a figure of the killed and the wounded
    ("ما أدى إلى سقوط أكثر من 12 عنصرا من الفصيل وجرح خمسة آخرين", 12),
    ("ما أدى إلى سقوط 12 عنصرا بين قتيل وجريح", None),
    ("أسفر القصف عن سقوط 7 جرحى", 0),
    # a death that caused what the sentence reports is an earlier incident's
    ("قصفت القوات البلدة ردا على مقتل ثلاثة من عناصرها", 0),
    ("شن الفصيل هجوما انتقاما لمقتل قائده", 0),
    # more person nouns joined to a count
    ("قتل جنديان ومترجم في الهجوم على الدورية", 3),
    # "واحد" after its noun is "one", not و + "أحد" (one more)
    ("أسفر الهجوم عن مقتل عنصر أمني واحد على الأقل", 1),
    # a short name in "ين" is one person, not a plural of unknown number
    ("استهدف صاروخ سيارة عسكرية وأسفر عن مقتل (معين خليل) وإصابة ثلاثة عناصر", 1),
    ("وأسفر القصف عن مقتل مدنيين", None),
])
def test_fatalities_subjects_pronouns_and_fallen(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a dual death noun counts its dead, the wounded beside it without a number or not
    ("قتيلان وجرحى بقصف على السوق", 2),
    ("3 قتلى وجرحى بانفجار عبوة", None),
    ("سقوط 45 قتيل وجريح في القصف", None),
    # "أودى بحياة" in any person of the verb
    ("وأودت الغارة بحياة رجل وابنه", 2),
    ("انفجار يودي بحياة طفلين", 2),
    # "فارق الحياة" with whom it names between the verb and الحياة, or with none
    ("فارق مواطنان الحياة متأثرين بجراحهما", 2),
    ("فارق شاب في العشرينيات من عمره الحياة بعد تعرضه للضرب", 1),
    ("فارق ثلاثة جرحى الحياة في المشفى", 3),
    ("فارقا الحياة على الفور", 2),
    ("أصيب شاب برصاص قناص وفارق الحياة بعد ساعات", 1),
    ("قتل شاب بالرصاص، فيما أصيب آخر وفارق الحياة لاحقا", 2),
    # ... but "بعد أن فارق" after a count tells how the count came to be
    ("قتل أربعة عمال بانفجار لغم بعد أن فارق أحد المصابين الحياة في المشفى", 4),
    ("قتل رجلان بقصف على القرية، بعدما فارق أحد الجرحى الحياة", 2),
    ("قتل رجلان بقصف على القرية، وبعد ساعات فارق ثالث الحياة", 3),
    ("ونقل الجريح إلى المشفى حيث لفظ أنفاسه الأخيرة", 1),
    ("لفظ الكلمة بصعوبة", 0),
    # "حتف" with its pronoun, however far from "لقي"
    ("لقي الطفلان سامر وعلي، وهما أخوان في الثامنة والعاشرة من العمر، حتفهما بانفجار لغم", 2),
    ("لقي خمسة أشخاص حتفهم في حادث", 5),
    # "ارتقاء" and "ارتقى" with people after them, not with a level
    ("ما أدى إلى ارتقاء مدني وإصابة سبعة آخرين", 1),
    ("ارتقاء عنصرين من الجيش في الهجوم", 2),
    ("يسعى المشروع إلى ارتقاء مستوى التعليم", 0),
    ("ارتقى الطالب إلى الصف الثالث", 0),
    # "القضاء على" a vague number: deaths without a number
    ("بعد القضاء على أعداد كبيرة من إرهابيي التنظيم", None),
    ("أسفرت العملية عن القضاء على أكثر من 12 إرهابيا", 12),
    # ... and after "ب" of how an act ended, "و" of one more result ("للقضاء على": a purpose)
    ("وقال المصدر إن الاقتحام انتهى بالقضاء على عدد من المسلحين", None),
    ("واختتمت الوحدات عمليتها بالقضاء على تسعة مسلحين", 9),
    ("تمكنت الوحدات من تفكيك الألغام والقضاء على خمسة من القناصين", 5),
    ("أطلقت الوحدات حملة للقضاء على عشرات المهربين في البادية", 0),
    # a toll given as a range after "تراوح": its lower bound
    ("تراوح عدد القتلى بين 18 و22 شخصاً بحسب مصادر طبية", 18),
    ("يتراوح عدد القتلى بين خمسة وسبعة", 5),
    # the other side's dead after "مقابل" add up; money after it counts nobody
    ("قتل ستون عنصرا من قوات النظام، مقابل 23 مقاتلا من الفصائل", 83),
    ("قالت المصادر إن 20 عنصرا لقوا حتفهم، مقابل 7 من المهاجمين", 27),
    ("قتل 4 عناصر مقابل 9 مصابين في صفوف الفصيل", 4),
    ("حكم عليه بالسجن مقابل 200 دولار", 0),
    # bodies with the people they were after them; a funeral of the dead told of adds none
    ("عثر الأهالي على جثث ثلاثة شبان قرب النهر", 3),
    ("عثر على جثتي رجلين في بئر", 2),
    ("انتشال جثث 7 أشخاص من تحت الأنقاض", 7),
    ("شيع الأهالي جثماني الطفلين في المقبرة", 0),
    # one more person named by "another" or an ordinal; a companion with his pronoun
    ("قتل عنصر من الجيش وآخر من الشرطة بهجوم على الحاجز", 2),
    ("قتل شاب وأصيب آخر بجروح", 1),
    ("قتل شخصان وفارق ثالث الحياة لاحقا", 3),
    ("اغتيال القيادي في الفصيل ومرافقه بعبوة ناسفة", 2),
    # a plural with its definite number after it: all of them
    ("قتل أفراد العائلة الخمسة بقصف على منزلهم", 5),
    # "قضوا" then a preposition in "بان...": they died ("بأن" alone is a ruling)
    ("ثلاثة أطفال قضوا بانفجار لغم أرضي", 3),
    ("قضت المحكمة بأن المتهم بريء", 0),
    # a singular martyr and a victim found killed count one
    ("شهيد و5 جرحى بقصف على البلدة", 1),
    ("عثر الأهالي على شاب مقتولا قرب الطريق", 1),
    ("عثر على شابين مقتولين", 2),
    # "توفيت"، "فقد حياته"، "ذهب ضحيتها"، "حصد أرواح"
    ("توفيت امرأة متأثرة بجراحها", 1),
    ("فقد ثلاثة أشخاص حياتهم في الانفجار", 3),
    ("فقد الاتصال بالفريق منذ الصباح", 0),
    ("ذهب ضحيتها ثلاثة أطفال", 3),
    ("حصد الانفجار أرواح 12 شخصا", 12),
    ("وقف الأهالي دقيقة صمت على أرواح الضحايا", 0),
    # kin in the dual or the plural with their pronoun
    ("مقتل رجل وطفليه بقذيفة", 3),
    ("قتل امرأة وأطفالها الثلاثة", 4),
    ("قتل رجل وأطفاله في القصف", 1),
    ("مقتل سائق ومساعده على الطريق", 2),
    # a family killed counts its people, or no number
    ("استشهاد عائلة مؤلفة من ستة أشخاص", 6),
    ("مقتل عائلة بقصف على منزلها", None),
    # a rising total since an earlier day sums several days: the day's own counts stand
    ("ووثق المرصد مقتل 9 عناصر من الجيش و4 من المهاجمين منذ صباح اليوم، ليرتفع إلى 70 عدد "
     "قتلى الطرفين منذ فجر الأحد", 13),
    ("ارتفع عدد القتلى إلى 9 بعد وفاة اثنين من الجرحى", 9),
    # a count of the killed and the wounded together after a death word is no toll
    ("ضربت الهزة المنطقة وراح ضحيتها أكثر من مئة بين قتيل وجريح", None),
    # a death noun with its article names the act told of, not one more dead
    ("أدان البيان جريمة الاغتيال النكراء التي استشهد فيها القاضي ومرافقه", 2),
    ("تعاقب المحكمة بالإعدام مرتكبي جرائم القتل العمد", 0),
    # "توفوا" after whom it names
    ("قالت الجمعية إن 12 معتقلا توفوا تحت التعذيب", 12),
    # another source's figure of the same dead competes, the lower stands; a force named
    # after the count is the other side's, and adds
    ("قتل 10 أشخاص حسب الدفاع المدني، في حين أفاد المرصد بمقتل 14", 10),
    ("قتل 10 أشخاص، فيما تحدثت مصادر محلية عن 14 قتيلا", 10),
    ("قتل 10 أشخاص، فيما أعلنت الفصائل مقتل 6 من عناصر النظام", 16),
    ("قال إن واجب الشرطة حماية الناس وليس قتل المحتجين", 0),
    # a count bracketed for emphasis is the count; a bracketed age is none
    ("مقتل (4) أشخاص بقصف على البلدة", 4),
    ("قتل طفل (9) بقصف على البلدة", 1),
    # deaths only guessed at are no report of deaths
    ("لم تعرف نتائج الانفجار الثاني بعد، ويرجح وجود قتلى بين المارة", 0),
    ("قتل 3 أشخاص ويرجح ارتفاع العدد", 3),
    # dead without a number before a plural death verb: unknown, not none
    ("وذكرت مصادر ميدانية أن عشرات المقاتلين من الطرفين قتلوا في المواجهات", None),
    ("أفاد ناشطون بأن أعدادا كبيرة من العناصر قضوا في الهجوم", None),
    ("أفاد ناشطون بأن 7 من العناصر قضوا في الهجوم", 7),
    # the killers between an active verb and the one it killed, in the accusative
    ("أعدم مسلحون من التنظيم حارسا رميا بالرصاص قرب القرية", 1),
    ("قتل عناصر من الدورية شابا عند الحاجز", 1),
    # a toll that rises, cited from the latest count, is the incident's own
    ("ارتفع عدد قتلى الانفجار في السوق إلى 17 قتيلا وفق آخر إحصائية للمشفى", 17),
    # English copy: a longer subject before the verb, the other side added, no year counted
    ("The monitor said 12 government soldiers and allied gunmen were killed, along with "
     "5 fighters from the opposition", 17),
    ("In 2016 dozens of houses were destroyed and the village was killed off", 0),
])
def test_fatalities_phrasings_of_death(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "attackers"), [
    ("وقال الوزير إن قوات شريكة قتلت المهاجم", 1),
    ("أسفر الحادث عن إصابة عنصرين، بينما قتل مطلق النار", 1),
    ("تمكن عناصر الحاجز من قتل أحد المهاجمين", 1),
    ("قتل 5 مدنيين في الهجوم", 0),
    ("لم يقتل المهاجم في الاشتباك", 0),
])
def test_attackers_killed(text: str, attackers: int) -> None:
    assert attackers_killed(text) == attackers


@pytest.mark.parametrize(("text", "killed"), [
    # the second side joined by و and a count with an accusative nisba noun adds up
    ("وثق ناشطون مقتل 12 جندياً من الجيش وحلفائه، و19 مسلحاً من الفصائل في معارك التلة", 31),
    ("قتل 8 جنود و12 مقاتلاً في الهجوم على الموقع", 20),
    # dead added to a risen toll are other dead than its figure
    ("ارتفعت حصيلة الهجوم على المخفر إلى 12 قتيلاً من عناصر الشرطة، إضافة إلى مقتل 5 من "
     "المهاجمين", 17),
    ("ارتفع عدد القتلى إلى 9 بعد وفاة اثنين من الجرحى", 9),
    # the source just cited, saying more in a relative clause, is no rival source
    ("قتل عشرة من عناصر التنظيم في المعارك، وفق المكتب الإعلامي للقوات، الذي أكد استشهاد "
     "ثلاثة مقاتلين", 13),
    ("قتل عشرة من عناصر التنظيم في المعارك، فيما أكد المرصد مقتل ستة", 6),
    # "قضى على" (eliminated): a vague number of people is deaths without a number
    ("وأضاف المصدر أن الوحدات قضت على أعداد من المسلحين ودمرت عرباتهم", None),
    ("قضت الحرب على آمال الأهالي بالعودة", 0),
    # martyred with a vague number of people: deaths without a number
    ("تعرضت دورية لكمين ما أسفر عن ارتقاء عدد من عناصر الشرطة", None),
    ("ارتقى عشرات المدنيين في القصف على الحي", None),
    ("ارتقى مستوى الخدمات في المدينة", 0),
    # the verb first, then where or how, then whom: the count is the dead's
    ("قتل في الاشتباكات سبعة من عناصر الفصائل", 7),
    ("استشهد في الغارة أربعة مدنيين بينهم طفلان", 4),
    ("قتل جراء القصف المدفعي 6 أشخاص", 6),
    ("قتل شاب في القصف على الحي", 1),
    ("استشهد في القصف الذي طال 3 منازل طفل", 1),
    # the toll named bare after the verb that raises it; not after the wounded are told
    ("وارتفعت الحصيلة مساءً إلى سبعة بعد وفاة اثنين من الجرحى", 7),
    ("قتل أربعة أشخاص، وارتفعت الحصيلة لاحقاً إلى 6", 6),
    ("أصيب تسعة مدنيين، وارتفعت الحصيلة إلى 11", 0),
])
def test_fatalities_sides_additions_and_same_source(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # English copy: the other side's dead in a second clause of the report add up
    ("A spokesman said 20 militants had been killed in the fighting, and that two of its "
     "fighters died in a mine blast", 22),
    ("The monitor said five civilians were killed, while two gunmen were killed by return "
     "fire", 7),
    ("Officials said the town was calm, and that no one was killed", 0),
])
def test_fatalities_english_second_clause(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a day of the month in a dateline or a date is no count of dead
    ("HASAKAH, Syria, March 12 - A roadside bomb killed two soldiers on Tuesday", 2),
    ("DEIR EZ-ZOR, Syria, Oct 7 - Gunmen killed a shepherd and his son", 0),
    ("On 14 June an air strike killed six people in the village", 6),
])
def test_fatalities_english_dates_count_nobody(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed


@pytest.mark.parametrize(("text", "killed"), [
    # a killing someone is accused of is the charge, not this event's dead
    ("اعتدى أهالي غاضبون على رجل متهم بقتل جاره وأحرقوا سيارته", 0),
    ("أوقفت الشرطة شابين بتهمة قتل امرأة في الحي", 0),
    ("قتل مسلحون رجلاً متهماً بالتعامل مع الأمن", 1),
])
def test_fatalities_a_charge_of_killing_counts_nobody(text: str, killed: int | None) -> None:
    assert fatalities(text) == killed

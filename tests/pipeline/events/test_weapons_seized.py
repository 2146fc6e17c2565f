"""Weapons seized or found were not used: the seizure is ACLED's Disrupted weapons use, and
the bombs, mines, rockets and shells it lists make no bombing, shelling or takeover; a
seizure told with arrests is part of the raid. Sentences written for these tests."""

from __future__ import annotations

import pytest

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-03-10T12:00:00+03:00"  # a Monday
SEIZED = "Disrupted weapons use"
USED = {"Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade",
        "Suicide bomb", "Non-state actor overtakes territory", "Government regains territory"}


@pytest.fixture(scope="module")
def extractor() -> EventExtractor:
    return EventExtractor.from_settings(PipelineSettings())


def _kinds(extractor: EventExtractor, title: str, text: str) -> list[str]:
    return [e.sub_event_type for e in extractor.extract(title, text, PUBLISHED)]


@pytest.mark.parametrize(("title", "text"), [
    ("الأمن الداخلي يضبط عبوات ناسفة في ريف دمشق",
     "ضبطت وحدات الأمن الداخلي اليوم الاثنين عبوات ناسفة معدة للتفجير وكمية من الذخائر "
     "داخل مزرعة في بلدة الكسوة بريف دمشق."),
    ("مصادرة صواريخ في درعا",
     "صادرت دورية للأمن العام صباح اليوم صواريخ غراد وقذائف مدفعية كانت مخبأة في منزل "
     "مهجور ببلدة نوى غربي درعا."),
    ("العثور على مخزن ذخيرة في حماة",
     "عثرت فرق الهندسة اليوم على مخزن يضم ألغاماً مضادة للدروع وعبوات ناسفة من مخلفات "
     "الحرب في قرية كفرنبودة بريف حماة الشمالي."),
    ("Security forces seize explosives in Homs countryside",
     "The interior ministry said on Monday its forces seized a cache of explosives and "
     "explosive devices in a farm near the town of Talkalakh in western Homs."),
    ("Interior ministry: explosive devices found in Kisweh",
     "Security forces found several explosive devices and a quantity of ammunition hidden "
     "in a farm in the town of Kisweh, south of Damascus, the ministry said on Monday."),
    ("Weapons cache seized in Daraa",
     "Security forces seized a large weapons cache including rockets and mortar shells in "
     "the town of Nawa in western Daraa on Monday."),
])
def test_weapons_seized_are_disrupted_weapons_use_not_their_use(
        extractor: EventExtractor, title: str, text: str) -> None:
    kinds = _kinds(extractor, title, text)
    assert kinds == [SEIZED], kinds


@pytest.mark.parametrize(("title", "text"), [
    ("القبض على خلية وضبط أسلحة في اللاذقية",
     "ألقت قوى الأمن الداخلي القبض اليوم على ثلاثة أشخاص في مدينة جبلة، وضبطت بحوزتهم "
     "أسلحة وقنابل يدوية وعبوات ناسفة."),
    ("Three arrested with weapons in Jableh",
     "Internal security forces arrested three men in Jableh on Monday and seized rifles, "
     "hand grenades and explosive devices in their possession."),
])
def test_a_seizure_in_a_raid_is_part_of_its_arrests(
        extractor: EventExtractor, title: str, text: str) -> None:
    kinds = _kinds(extractor, title, text)
    assert "Arrests" in kinds and not set(kinds) & (USED | {SEIZED}), kinds


@pytest.mark.parametrize(("title", "text", "kind"), [
    ("انفجار عبوة ناسفة قرب تلكلخ",
     "انفجرت عبوة ناسفة اليوم الاثنين بسيارة عسكرية قرب بلدة تلكلخ بريف حمص الغربي، ما أدى "
     "إلى مقتل عنصرين من الأمن العام.", "Remote explosive/landmine/IED"),
    ("مقتل مزارعين بانفجار لغم في ريف حماة",
     "قتل مزارعان اليوم بانفجار لغم من مخلفات الحرب أثناء عملهما في أرض زراعية قرب قرية "
     "كفرنبودة بريف حماة.", "Remote explosive/landmine/IED"),
    # A seizure, then a bomb that did go off, told after "فيما": the bomb is an explosion.
    ("ضبط أسلحة وانفجار في درعا",
     "ضبطت دورية للأمن العام أسلحة خفيفة في بلدة نوى اليوم، فيما انفجرت عبوة ناسفة بسيارة "
     "مدنية في مدينة طفس ما أدى إلى مقتل سائقها.", "Remote explosive/landmine/IED"),
    ("Roadside bomb kills two soldiers near Talkalakh",
     "A roadside bomb exploded on Monday as a military vehicle passed near the town of "
     "Talkalakh in western Homs, killing two soldiers, a war monitor said.",
     "Remote explosive/landmine/IED"),
])
def test_weapons_that_went_off_are_still_their_use(
        extractor: EventExtractor, title: str, text: str, kind: str) -> None:
    kinds = _kinds(extractor, title, text)
    assert kind in kinds, kinds

"""Actors: aliases to parties, the side each took in the sentence, ACLED's names for the date
and place, and ACLED's inter/interaction codes. The sentences are written for these tests in
the patterns of Arabic news."""

from __future__ import annotations

import pytest

from pipeline.events.actors import (
    AGENT,
    TARGET,
    acled_name,
    code_actors,
    find_actors,
    interaction,
    mentions,
)
from pipeline.rules.actors import ACTORS, CIVILIANS, ERAS, INTER, PROTESTERS

ERV = "Explosions/Remote violence"
REGIME = "Military Forces of Syria (2000-2024)"


def test_aliases_map_to_parties_in_order() -> None:
    text = "قصفت قوات الأسد مواقع قسد قرب منبج، فيما حلق الطيران الروسي"
    assert find_actors(text) == [REGIME, "SDF: Syrian Democratic Forces",
                                 "Military Forces of Russia"]


def test_clitics_do_not_hide_an_actor() -> None:
    assert find_actors("اشتباكات مع «هيئة تحرير الشام» وبالتنسيق مع داعش") == [
        "HTS: Hayat Tahrir al-Sham", "ISIS: Islamic State"]


def test_longest_mention_wins_and_each_party_appears_once() -> None:
    # "الجيش الوطني السوري" is the SNA, not the Syrian army
    assert find_actors("فصيل من الجيش الوطني السوري") == ["SNA: Syrian National Army"]
    assert find_actors("مسلحون مجهولون ثم مسلحون مجهولون") == [
        "Unidentified Armed Group (Syria)"]
    assert find_actors("افتتاح مدرسة") == []
    assert CIVILIANS in ACTORS


def test_every_name_has_an_actor_type() -> None:
    names = {era[0] for eras in ERAS.values() for era in eras}
    names |= {party for party in ACTORS if party not in ERAS}
    assert names <= set(INTER)
    assert set(INTER.values()) <= set(range(1, 9))


@pytest.mark.parametrize(("text", "roles"), [
    # "شنّ X غارات على مواقع لـY": the subject after its verb acted, the owner of the
    # positions hit was the target.
    ("شن الجيش الإسرائيلي غارات على مواقع لحزب الله قرب الحدود", [AGENT, TARGET]),
    # passive, the agent after "by": "قُتل ... بغارة لـX"
    ("قتل عنصران من حزب الله بغارة لطائرات إسرائيلية", [TARGET, AGENT]),
    # "بقصف من X" and fire that came from X's positions
    ("أصيب مدنيون بقصف من قوات النظام", [TARGET, AGENT]),
    ("قصف مصدره مواقع قوات النظام طال البلدة", [AGENT]),
    # subject before its verb, and the defender of "تصدّى ... لهجوم شنه X"
    ("قسد تقصف قرى في ريف الرقة", [AGENT]),
    ("تصدت قسد لهجوم شنه الجيش الوطني على قرية", [TARGET, AGENT]),
    # in a relative clause the party after the verb is its object
    ("انفجار هو الأحدث في سلسلة التفجيرات التي استهدفت قوات النظام", [TARGET]),
])
def test_the_side_each_party_took(text: str, roles: list[str]) -> None:
    assert [m.role for m in mentions(text)] == roles


def test_a_party_that_only_holds_the_place_is_no_actor() -> None:
    bomb = code_actors(ERV, "Remote explosive/landmine/IED",
                       "قتل ثلاثة أشخاص بانفجار سيارة مفخخة في المدينة الخاضعة لسيطرة الجيش "
                       "الوطني", date="2021-05-01", admin1="SY02")
    assert (bomb.actor1, bomb.actor2) == ("Unidentified Armed Group (Syria)", CIVILIANS)
    # ... except as the loser of the ground it held
    taken = code_actors("Battles", "Non-state actor overtakes territory",
                        "سيطرت الفصائل المقاتلة على تلال من قبضة النظام السوري",
                        date="2015-07-01", admin1="SY06")
    assert (taken.actor1, taken.actor2) == ("Opposition Rebels (Syria)", REGIME)


def test_a_generic_enemy_gives_way_to_its_name() -> None:
    coded = code_actors("Battles", "Armed clash",
                        "أحبطت وحدات من الجيش العربي السوري محاولة تسلل مجموعات إرهابية من "
                        "جبهة النصرة باتجاه نقاطها", date="2019-01-10", admin1="SY06")
    assert (coded.actor1, coded.actor2) == ("HTS: Hayat Tahrir al-Sham", REGIME)


def test_the_attacker_is_actor1_even_when_named_second() -> None:
    coded = code_actors(ERV, "Air/drone strike",
                        "قتل ثلاثة عناصر من حزب الله بغارة إسرائيلية على سيارتهم",
                        date="2024-10-01", admin1="SY04")
    assert (coded.actor1, coded.actor2) == ("Military Forces of Israel", "Hezbollah")
    assert (coded.inter1, coded.inter2, coded.interaction) == (8, 3, 38)


def test_civilians_are_never_actor1_of_violence_against_them() -> None:
    coded = code_actors(ERV, "Air/drone strike",
                        "قتل خمسة مدنيين بينهم طفلان بغارات الطيران الروسي على بلدة",
                        date="2019-05-10", admin1="SY07")
    assert (coded.actor1, coded.actor2) == ("Military Forces of Russia", CIVILIANS)
    assert coded.interaction == 78


def test_headline_fills_what_the_lead_leaves_out() -> None:
    coded = code_actors(ERV, "Shelling/artillery/missile attack",
                        "قتل أربعة مدنيين بقذائف سقطت على الأحياء السكنية",
                        ["أربعة قتلى بقصف مدفعي لقوات النظام على البلدة"],
                        date="2019-06-01", admin1="SY07")
    assert (coded.actor1, coded.actor2) == (REGIME, CIVILIANS)
    assert (coded.inter1, coded.inter2, coded.interaction) == (1, 7, 17)


def test_barrel_bombs_name_the_regime_and_a_bomber_unnamed_is_unidentified() -> None:
    barrels = code_actors(ERV, "Air/drone strike",
                          "قتل عشرة أشخاص بالبراميل المتفجرة على حي في المدينة", date="2015-02-01")
    assert barrels.actor1 == REGIME and barrels.actor2 == CIVILIANS
    bomb = code_actors(ERV, "Remote explosive/landmine/IED",
                       "قتل سبعة أشخاص بانفجار سيارة مفخخة وسط المدينة", date="2021-01-01")
    assert bomb.actor1 == "Unidentified Armed Group (Syria)" and bomb.actor2 == CIVILIANS


def test_allies_are_associated_actors() -> None:
    coded = code_actors("Strategic developments", "Arrests",
                        "ألقت قسد بمساندة التحالف الدولي القبض على خلية لداعش",
                        date="2022-03-01", admin1="SY08")
    assert coded.actor1 == "SDF: Syrian Democratic Forces"
    assert coded.assoc_actor_1 == "Global Coalition Against Daesh"
    assert coded.actor2 == "ISIS: Islamic State"


def test_protesters_are_actor1_of_a_protest() -> None:
    alone = code_actors("Protests", "Peaceful protest", "خرج أهالي البلدة في مظاهرة",
                        date="2023-09-01", admin1="SY13")
    assert (alone.actor1, alone.actor2, alone.inter1, alone.interaction) == (
        PROTESTERS, None, 6, 60)
    met = code_actors("Protests", "Excessive force against protesters",
                      "قتل متظاهران برصاص قوات الأمن السورية", date="2011-04-01")
    assert (met.actor1, met.actor2, met.interaction) == (PROTESTERS, REGIME, 16)


@pytest.mark.parametrize(("party", "date", "admin1", "name"), [
    # The SNA was formed on 30 December 2017 and never fought in Dar'a.
    ("SNA: Syrian National Army", "2017-06-10", "SY12", "Opposition Rebels (Syria)"),
    ("SNA: Syrian National Army", "2019-10-12", "SY12", "Opposition Rebels (Syria)"),
    ("SNA: Syrian National Army", "2019-10-12", "SY08", "SNA: Syrian National Army"),
    ("HTS: Hayat Tahrir al-Sham", "2015-03-01", "SY07", "Jabhat al-Nusra"),
    ("HTS: Hayat Tahrir al-Sham", "2018-03-01", "SY07", "HTS: Hayat Tahrir al-Sham"),
    ("SDF: Syrian Democratic Forces", "2014-10-01", "SY02", "YPG: People's Protection Units"),
    # "The Syrian army" is the regime's until 8 December 2024, the new authorities' after.
    ("Syrian army", "2024-12-07", None, REGIME),
    ("Syrian army", "2025-03-07", "SY06", "Military Forces of Syria (2024-)"),
    ("Internal Security Forces", "2025-03-07", "SY08", "SDF: Syrian Democratic Forces"),
    ("Internal Security Forces", "2025-03-07", "SY09", "Military Forces of Syria (2024-)"),
    ("Military Forces of Russia", "2016-01-01", "SY07", "Military Forces of Russia"),
])
def test_names_fit_the_place_and_the_year(party: str, date: str, admin1: str | None,
                                          name: str) -> None:
    assert acled_name(party, date, admin1) == name


def test_the_seed_case_has_no_sna_in_daraa_in_2017() -> None:
    coded = code_actors("Battles", "Non-state actor overtakes territory",
                        "سيطرت فصائل المعارضة على الكتيبة بعد معارك مع قوات النظام",
                        date="2017-06-10", admin1="SY12")
    assert (coded.actor1, coded.actor2) == ("Opposition Rebels (Syria)", REGIME)
    assert (coded.inter1, coded.inter2, coded.interaction) == (2, 1, 12)


def test_interaction_codes_lower_first_and_sole_actor_times_ten() -> None:
    assert interaction(7, 1) == 17
    assert interaction(2, 2) == 22
    assert interaction(6, None) == 60
    assert interaction(None, None) is None


def test_a_counted_object_of_the_verb_is_the_target() -> None:
    coded = code_actors("Strategic developments", "Arrests",
                        "نفذت مخابرات النظام حملة اعتقالات استهدفت عشرات المدنيين في المدينة",
                        date="2019-03-01", admin1="SY02")
    assert (coded.actor1, coded.actor2) == (REGIME, CIVILIANS)


def test_who_announces_a_bombing_did_not_do_it() -> None:
    coded = code_actors(ERV, "Remote explosive/landmine/IED",
                        "أعلنت وزارة الداخلية السورية مقتل ستة أشخاص في انفجار استهدف مسجدًا",
                        date="2025-12-26", admin1="SY04")
    assert (coded.actor1, coded.actor2) == ("Unidentified Armed Group (Syria)", CIVILIANS)


def test_the_evidence_outranks_the_headline() -> None:
    coded = code_actors("Battles", "Armed clash",
                        "اندلعت معارك بين مقاتلي العشائر ومسلحي الفصائل المحلية قرب المدينة",
                        ["بعد الغارات الإسرائيلية.. اشتباكات قرب المدينة"],
                        date="2025-07-18", admin1="SY13")
    assert coded.actor1 == "Tribal militias"


def test_militias_beside_the_government_are_its_side_not_the_rebels() -> None:
    coded = code_actors("Battles", "Armed clash",
                        "اشتباكات بين فصائل المعارضة من جهة وقوات النظام والمسلحين الموالين لها "
                        "من جهة أخرى", date="2019-05-01", admin1="SY07")
    assert (coded.actor1, coded.actor2) == ("Opposition Rebels (Syria)", REGIME)
    assert coded.assoc_actor_2 is None


def test_the_doer_of_an_act_named_before_its_verb() -> None:
    # The verb carries the act as a pronoun ("شنّتها"): the party after it did the act,
    # even after "التي" and even when another party announced the toll first.
    text = ("أعلنت وزارة الدفاع مقتل تسعة جنود في هجمات شنّتها «قسد» على نقاط تابعة للجيش "
            "قرب دير حافر")
    coded = code_actors("Battles", "Armed clash", text, date="2025-10-20", admin1="SY02")
    assert coded.actor1 == "SDF: Syrian Democratic Forces"
    text = "قتل ثلاثة مدنيين في الغارة التي نفذها الطيران الروسي على سوق البلدة"
    assert code_actors(ERV, "Air/drone strike", text, date="2019-06-01").actor1 == \
        "Military Forces of Russia"


def test_the_doer_of_the_event_comes_before_the_doer_of_an_act_only_named() -> None:
    text = ("انتهى هجوم أطلقته الفصائل على تلال الريف الشمالي، واستعادت قوات النظام كل "
            "المواقع التي خسرتها")
    coded = code_actors("Battles", "Government regains territory", text, date="2016-10-11")
    assert coded.actor1 == REGIME


@pytest.mark.parametrize(("date", "name"), [("2019-03-01", REGIME),
                                            ("2025-06-01", "Military Forces of Syria (2024-)")])
def test_government_forces_are_the_government_of_the_day(date: str, name: str) -> None:
    text = "قصفت قوات الحكومة قرى في ريف المدينة"
    assert code_actors(ERV, "Shelling/artillery/missile attack", text, date=date).actor1 == name


def test_a_further_place_told_with_no_doer_was_hit_by_the_article_s_attacker() -> None:
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    title = "مقتل مدنيين بقصف تركي على ريف الحسكة"
    text = ("قتل أربعة مدنيين اليوم الجمعة جراء قصف مدفعي شنته القوات التركية على قرية أم "
            "الكيف بريف تل تمر في محافظة الحسكة، بحسب مصادر محلية.\n\nوقال مصدر طبي إن "
            "شخصين آخرين قتلا في قرية الدردارة حين سقطت قذائف على منازلهما.")
    events = EventExtractor.from_settings(PipelineSettings()).extract(
        title, text, "2019-10-18T12:00:00+03:00")
    assert [(e.place_pcode, e.fatalities, e.actor1, e.actor2, e.interaction) for e in events] \
        == [("C4398", 4, "Military Forces of Turkey", CIVILIANS, 78),
            ("C4424", 2, "Military Forces of Turkey", CIVILIANS, 78)]


def test_a_former_member_of_an_armed_group_is_a_civilian() -> None:
    # ACLED codes an ex-fighter off duty as a civilian: his killing is an attack.
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "اغتيال شاب في طفس",
        "اغتال مسلحون مجهولون صباح اليوم القيادي السابق في فصائل المعارضة محمد م. أمام منزله "
        "في مدينة طفس بريف درعا الغربي، بإطلاق نار مباشر.",
        "2021-08-03T09:00:00+03:00")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", CIVILIANS)], events


def test_a_party_named_only_as_what_a_victim_was_accused_of_ties_to_is_no_side() -> None:
    # An execution for "spying for" a group: the group is no target, the man a civilian.
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    events = EventExtractor.from_settings(PipelineSettings()).extract(
        "التنظيم يعدم شاباً في الرقة",
        "أعدم تنظيم الدولة الإسلامية مساء اليوم شاباً رمياً بالرصاص وسط مدينة الرقة، بتهمة "
        "التخابر مع ميليشيا قسد.",
        "2017-07-09T21:00:00+03:00")
    assert [(e.sub_event_type, e.actor2) for e in events] == [("Attack", CIVILIANS)], events

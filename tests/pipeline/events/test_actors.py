"""Actor names: aliases to canonical names, in order of first mention."""

from __future__ import annotations

from pipeline.events.actors import find_actors
from pipeline.rules.actors import ACTORS, CIVILIANS


def test_aliases_map_to_canonical_names_in_order() -> None:
    text = "قصفت قوات الأسد مواقع قسد قرب منبج، فيما حلق الطيران الروسي"
    assert find_actors(text) == [
        "Military Forces of Syria (2000-2024)",
        "SDF: Syrian Democratic Forces",
        "Military Forces of Russia",
    ]


def test_clitics_do_not_hide_an_actor() -> None:
    assert find_actors("اشتباكات مع «هيئة تحرير الشام» وبالتنسيق مع داعش") == [
        "HTS: Hayat Tahrir al-Sham", "ISIS: Islamic State"]


def test_new_authorities_are_not_the_former_regime() -> None:
    assert find_actors("ألقت وحدات الأمن العام القبض على خلية") == [
        "Government of Syria (2024-)"]
    assert find_actors("قوات النظام") == ["Military Forces of Syria (2000-2024)"]


def test_longest_mention_wins() -> None:
    # "الجيش الوطني السوري" is the SNA, not the Syrian army
    assert find_actors("فصيل من الجيش الوطني السوري") == ["SNA: Syrian National Army"]


def test_each_actor_appears_once_and_unknown_text_has_none() -> None:
    assert find_actors("مسلحون مجهولون ثم مسلحون مجهولون") == [
        "Unidentified Armed Group (Syria)"]
    assert find_actors("افتتاح مدرسة") == []
    assert CIVILIANS in ACTORS

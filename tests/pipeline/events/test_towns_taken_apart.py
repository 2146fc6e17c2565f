"""Ground is taken town by town: each town a sentence says was taken is a takeover of its
own, however close its neighbour (villages of the Ghouta lie within a few kilometres of one
another); sentences written for these tests."""

from __future__ import annotations

from extraction import extractor as _extractor

PUBLISHED = "2018-03-25T20:00:00+03:00"


def test_each_neighbouring_town_taken_is_its_own_event() -> None:
    text = ("سيطرت وحدات الجيش السوري اليوم على بلدات عين ترما وزملكا وعربين في الغوطة "
            "الشرقية بعد انهيار خطوط المسلحين.")
    got = [(e.sub_event_type, e.place_name) for e in _extractor().extract("", text, PUBLISHED)]
    assert [kind for kind, _ in got] == ["Government regains territory"] * 3, got


def test_a_fronts_collapse_is_no_failure_of_talks() -> None:
    # Two towns far apart (Aleppo's north): only the collapse of the lines stood between
    # the sentence and its second takeover.
    text = ("سيطرت الفصائل اليوم على بلدتي تل رفعت ومارع في ريف حلب الشمالي بعد انهيار "
            "دفاعات التنظيم فيهما.")
    got = [e.sub_event_type for e in _extractor().extract("", text, PUBLISHED)]
    assert got == ["Non-state actor overtakes territory"] * 2, got


def test_collapsed_talks_still_make_no_agreement() -> None:
    text = ("أعلن وجهاء بلدة مارع اليوم انهيار المفاوضات مع الفصائل بشأن تسليم السلاح "
            "الثقيل في البلدة.")
    got = [e.sub_event_type for e in _extractor().extract("", text, PUBLISHED)]
    assert "Agreement" not in got, got


def test_security_restored_to_towns_names_each_town_taken() -> None:
    # State media's "أعاد الأمن والاستقرار إلى X": X is where the ground was taken, not a
    # destination.
    text = ("أعادت وحدات من الجيش العربي السوري اليوم الأمن والاستقرار إلى مدينتي يبرود "
            "والنبك في منطقة القلمون بعد عمليات استمرت أسابيع.")
    got = [(e.sub_event_type, e.place_pcode) for e in _extractor().extract("", text, PUBLISHED)]
    assert len({p for _, p in got}) == 2, got


def test_a_town_changes_hands_once_whatever_each_side_calls_it() -> None:
    # The army's takeover in the lead, the rebels' "withdrawal" in the headline: one event.
    title = "قوات النظام تسيطر على مارع بعد 40 يوماً من المعارك.. والفصائل: انسحاب لحماية المدنيين"
    text = ("سيطرت قوات النظام اليوم على بلدة مارع في ريف حلب الشمالي بعد انسحاب الفصائل منها "
            "إثر حملة عسكرية استمرت أسابيع.")
    got = [(e.sub_event_type, e.place_pcode) for e in _extractor().extract(title, text, PUBLISHED)]
    assert len(got) == 1, got


def test_ground_fought_for_outweighs_a_withdrawal_told_first() -> None:
    # (A guard: the fight that won the town is the event, whichever telling comes first.)
    title = "انسحاب الفصائل من بلدة مارع"
    text = ("سيطرت قوات النظام اليوم على بلدة مارع في ريف حلب الشمالي بعد اشتباكات عنيفة مع "
            "الفصائل استمرت حتى الفجر.")
    got = [e.sub_event_type for e in _extractor().extract(title, text, PUBLISHED)]
    assert "Non-violent transfer of territory" not in got, got

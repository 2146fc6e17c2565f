"""English copy: a statement's day ("accused the army on Tuesday of shelling") dates the
saying, not the act, which a later sentence retelling it dates ("dropped the device ... late
on Tuesday"); a chemical attack's delivery told again is no second event. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date, datetime

from extraction import extractor as _extractor

from pipeline.events.dates import event_date_in, statement_date_in
from pipeline.models import Event

PUBLISHED = "2019-06-12T19:00:00+03:00"  # a Wednesday


def _events(title: str, text: str) -> list[Event]:
    return _extractor().extract(title, text, PUBLISHED)


def test_english_accusation_day_is_not_the_attack_day_and_delivery_is_one_attack() -> None:
    events = _events(
        "Activists say chlorine attack hit Hama town of Al-Lataminah (اللطامنة)",
        "Opposition activists accused government forces on Wednesday of dropping a barrel "
        "bomb filled with chlorine on the town of Al-Lataminah (اللطامنة), killing three "
        "people.\n\n"
        "Local medics said a helicopter dropped the device on Al-Lataminah (اللطامنة) late "
        "on Tuesday, and that dozens were treated for breathing problems.",
    )
    assert [(e.sub_event_type, e.date) for e in events] == [("Chemical weapon", "2019-06-11")]


def test_english_accusation_dates_the_statement_not_the_act() -> None:
    when = datetime.fromisoformat(PUBLISHED)
    sentence = "Rebels accused the army on Tuesday of shelling the town of Kafr Nabl."
    assert event_date_in(sentence, when) is None
    assert statement_date_in(sentence, when) == date(2019, 6, 11)
    assert event_date_in("The army shelled the town on Tuesday, rebels said.", when) == \
        date(2019, 6, 11)

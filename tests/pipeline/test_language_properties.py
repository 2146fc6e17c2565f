"""None of the language building blocks raises on arbitrary text."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from crawler.dates import parse_date
from language.normalize import clean, fold, normalize
from language.tokens import split_clitics, tokens
from pipeline.events.dates import resolve_event_date
from pipeline.events.numbers import fatalities, parse_number
from pipeline.events.places import PlaceResolver

_ARABIC = st.text(alphabet=st.sampled_from(
    list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإؤئةى ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789،.؟\n/:-")),
    max_size=120)
_ANY = st.one_of(st.text(max_size=120), _ARABIC)


@settings(max_examples=150, deadline=None, derandomize=True, database=None)
@given(_ANY)
def test_text_functions_never_raise(text: str) -> None:
    clean(text)
    normalize(text)
    fold(text)
    tokens(text)
    tokens(text, punctuation=True)
    tokens(text, split_digits=True)
    for word in text.split()[:5]:
        split_clitics(word)
    parse_number(text)
    assert fatalities(text) is None or fatalities(text) >= 0  # type: ignore[operator]
    parse_date(text)
    resolve_event_date(text, datetime(2024, 5, 15, tzinfo=UTC))


@settings(max_examples=100, deadline=None, derandomize=True, database=None)
@given(_ANY, _ANY)
def test_places_never_raise(text: str, focus: str) -> None:
    from pipeline.gazetteer import Gazetteer

    resolver = PlaceResolver(Gazetteer.default())
    for mention in resolver.find(text):
        assert text[mention.start:mention.end] == mention.surface
    resolver.best(text, focus)


@settings(max_examples=80, deadline=None, derandomize=True, database=None)
@given(_ANY, _ANY, st.sampled_from([None, "", "2024-05-15T10:00:00+03:00", "garbage"]))
def test_extractor_never_raises(title: str, text: str, published: str | None) -> None:
    from pipeline.events.extract import EventExtractor
    from pipeline.settings import PipelineSettings

    for event in EventExtractor.from_settings(PipelineSettings()).extract(title, text,
                                                                          published):
        assert 0.0 <= event.confidence <= 1.0
        assert event.fatalities is None or event.fatalities >= 0

"""Hostile text into the date and number readers of the crawler and the pipeline: they never
raise, and what they return is in range (aware datetimes, event dates not after publication,
death tolls a non-negative count). Out-of-range inputs found earlier are regression tests below:
implausible years and day counts fall back (None or the publication day), absurd tolls are no
tolls."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.dates import SYRIA, parse_date
from pipeline.events.dates import resolve_event_date
from pipeline.events.numbers import fatalities, parse_number

CI = settings(max_examples=120, derandomize=True, database=None, deadline=None,
              suppress_health_check=[HealthCheck.too_slow])
MAX_TOLL = 1_000_000  # more than every death of the Syrian war; a larger toll is a misread

# Pieces the readers look for, so generated text reaches their deeper branches.
WORDS = [
    "آذار", "اذار", "مارس", "تشرين الأول", "كانون الثاني", "شباط", "أيار", "آب", "ديسمبر",
    "أمس", "اليوم", "أول أمس", "قبل", "منذ", "أيام", "يومين", "الماضي", "المقبل", "صباح",
    "مساء", "ليلة", "الخميس", "الجمعة", "الأحد", "من", "عام", "الثالث", "الحادي", "والعشرين",
    "مقتل", "قتل", "استشهاد", "قتلى", "قتيلا", "شخصا", "مدنيين", "عنصرين", "ثلاثة", "خمسة عشر",
    "مئة", "ألف", "آلاف", "عشرات", "لم", "أصيب", "جرحى", "بينهم", "و", "،", ".", "/", ":",
    "-", "(", ")", "T", "Z", "+03:00", "GMT", "Sat,", "Mar", "killed", "people", "yesterday",
    "last", "Friday", "ص", "م", "\u200f", "\u0640", "ً", "\x00", "\n",
]
DIGITS = st.text(alphabet=st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩۰۱۲۳")), min_size=1,
                 max_size=5)
ARABIC_MIX = st.lists(st.one_of(st.sampled_from(WORDS), DIGITS, st.text(max_size=4)),
                      max_size=25).map(" ".join)
ANY_TEXT = st.one_of(st.text(max_size=200), ARABIC_MIX)
PUBLISHED = st.datetimes(min_value=datetime(2005, 1, 1), max_value=datetime(2095, 12, 31),
                         timezones=st.sampled_from([UTC, SYRIA, timezone(timedelta(hours=-11)),
                                                    timezone(timedelta(hours=14))]))


def _utc_ok(value: datetime | None) -> None:
    if value is not None:
        assert value.tzinfo is not None and value.utcoffset() is not None


@CI
@given(ANY_TEXT)
def test_crawler_parse_date_never_raises(text: str) -> None:
    _utc_ok(parse_date(text))


@CI
@given(st.datetimes(min_value=datetime(1901, 1, 1), max_value=datetime(2199, 12, 31)),
       st.sampled_from(["iso", "rfc", "arabic"]))
def test_well_formed_dates_round_trip(when: datetime, style: str) -> None:
    months = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
              "تشرين الأول", "تشرين الثاني", "كانون الأول"]
    local = when.replace(second=0, microsecond=0, tzinfo=SYRIA)
    text = {"iso": local.isoformat(),
            "rfc": local.strftime("%a, %d %b %Y %H:%M:%S +0300"),
            "arabic": f"{local.day} {months[local.month - 1]} {local.year} {local:%H:%M}"}[style]
    assert parse_date(text) == local


@CI
@given(ANY_TEXT, PUBLISHED)
def test_event_date_is_never_after_publication(sentence: str, published: datetime) -> None:
    found = resolve_event_date(sentence, published)
    assert isinstance(found, date)
    assert found <= published.astimezone(SYRIA).date()


@CI
@given(ANY_TEXT)
def test_parse_number_never_raises(text: str) -> None:
    value = parse_number(text)
    assert value is None or value >= 0


@CI
@given(st.text(max_size=300))
def test_fatalities_on_any_unicode_never_raises(text: str) -> None:
    toll = fatalities(text)
    assert toll is None or toll >= 0


@CI
@given(ARABIC_MIX)
def test_fatalities_stay_in_range(text: str) -> None:
    # Digit runs here are at most five long; longer ones are tested below.
    toll = fatalities(text)
    assert toll is None or 0 <= toll < MAX_TOLL


@pytest.mark.parametrize("text", ["مقتل 999999999 شخصا في القصف",
                                  "999999999999 people were killed"])
def test_absurd_digit_tolls_are_refused(text: str) -> None:
    # Deaths are reported but the number is no toll: "a number of dead", i.e. None.
    assert fatalities(text) is None


def test_huge_day_counts_do_not_raise() -> None:
    found = resolve_event_date("قصف على سراقب قبل 99999999 أيام", datetime(2024, 5, 1, tzinfo=UTC))
    assert found == date(2024, 5, 1)  # no believable date word: the publication day


@pytest.mark.parametrize("sentence", ["قصف على سراقب في 15 آذار 0001",
                                      "قصف على سراقب قبل 40000 أيام"])
def test_event_dates_are_not_absurd(sentence: str) -> None:
    published = datetime(2024, 5, 1, tzinfo=UTC)
    found = resolve_event_date(sentence, published)
    assert found >= (published - timedelta(days=30 * 366)).date()
    assert found == published.date()  # the fallback: publication day


@pytest.mark.parametrize(("text", "toll"), [("مقتل 100000 شخص", 100_000),
                                            ("مقتل 15 شخصا و100001 دولار", 15),
                                            ("2 people killed, 5000000 killed", 2)])
def test_tolls_near_the_cap(text: str, toll: int) -> None:
    assert fatalities(text) == toll


def test_plausible_years_still_parse() -> None:
    assert parse_date("1901-01-01T00:00:00+05:00") is not None
    assert parse_date("2199-12-31T23:59:59-05:00") is not None
    assert resolve_event_date("قصف في 15 آذار 2022", datetime(2024, 5, 1, tzinfo=UTC)) \
        == date(2022, 3, 15)
    assert resolve_event_date("قصف قبل 300 أيام", datetime(2024, 5, 1, tzinfo=UTC)) \
        == date(2023, 7, 6)


@pytest.mark.parametrize("text", ["0001-01-01T00:00:00+05:00", "9999-12-31T23:59:59-05:00"])
def test_parsed_times_convert_to_utc(text: str) -> None:
    # Years no publication has are junk metadata: refused, so nothing downstream converts them.
    assert parse_date(text) is None

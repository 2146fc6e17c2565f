"""Matching: region containment, radius, types, breaches; the index agrees with a scan."""

from __future__ import annotations

import random
from typing import Any

from alerts_helpers import stored

from alerts.matching import Matcher, severity
from alerts.subscriptions import Subscription, parse_subscription
from pipeline.gazetteer import Gazetteer


def sub(gaz: Gazetteer, sub_id: str, **fields: Any) -> Subscription:
    data = {"name": sub_id, "id": sub_id, "channel": "redis", **fields}
    return parse_subscription(data, gazetteer=gaz)


def ids(matcher: Matcher, **event: Any) -> set[str]:
    return {s.id for s in matcher.match(stored(**event).to_dict())}


def test_region_matches_everything_inside_it(gaz: Gazetteer) -> None:
    matcher = Matcher(
        [
            sub(gaz, "idlib", regions=["Idlib"]),
            sub(gaz, "ariha", regions=["SY0705"]),
            sub(gaz, "daraa", regions=["درعا"]),
            sub(gaz, "bazabur", regions=["C4268"]),
        ],
        gaz,
    )
    assert ids(matcher, place_pcode="C4268") == {"idlib", "ariha", "bazabur"}
    assert ids(matcher, place_pcode="C3871", admin1_pcode="SY07") == {"idlib"}
    assert ids(matcher, place_pcode=None, admin1_pcode="SY12", latitude=None) == {"daraa"}
    # Governorate-level precision does not match a district subscription.
    assert ids(matcher, place_pcode=None, admin1_pcode="SY07", latitude=None) == {"idlib"}


def test_point_and_radius(gaz: Gazetteer) -> None:
    near = sub(gaz, "near", point=[35.78, 36.62], radius_km=5)
    far = sub(gaz, "far", point=[33.5, 36.3], radius_km=20)
    matcher = Matcher([near, far], gaz)
    assert ids(matcher) == {"near"}
    assert ids(matcher, latitude=33.51, longitude=36.28, admin1_pcode="SY01",
               place_pcode=None) == {"far"}


def test_types_breach_deaths_actors_keywords_sources(gaz: Gazetteer) -> None:
    matcher = Matcher(
        [
            sub(gaz, "battles", event_types=["Battles"]),
            sub(gaz, "air", sub_event_types=["Air/drone strike"]),
            sub(gaz, "breach", breach_only=True),
            sub(gaz, "deadly", min_fatalities=10),
            sub(gaz, "severe", min_severity=5),
            sub(gaz, "actor", actors=["Russian"]),
            sub(gaz, "keyword", keywords=["غاره"]),  # ta marbuta folded
            sub(gaz, "source", sources=["outlet-b"]),
        ],
        gaz,
    )
    assert ids(matcher) == {"air", "breach", "keyword"}
    assert ids(matcher, ceasefire_breach=False, fatalities=12, actor1="Russian air force") == {
        "air", "deadly", "actor", "keyword"
    }
    assert "severe" in ids(matcher, fatalities=25)
    assert "source" in ids(matcher, sources=["outlet-a", "outlet-b"])
    assert "deadly" not in ids(matcher, fatalities=None)  # unknown toll counts as one


def test_keywords_fold_like_the_pipeline(gaz: Gazetteer) -> None:
    # language.normalize.fold: hamza seats and Arabic-Indic digits as well as alef forms
    matcher = Matcher([sub(gaz, "division", keywords=["الفرقة ٤"]),
                       sub(gaz, "council", keywords=["مؤتمر"])], gaz)
    assert ids(matcher, evidence="قصفت الفرقة 4 مواقع في مؤتمر") == {"division", "council"}
    assert ids(matcher, evidence="موتمر الفرقه الرابعة") == {"council"}


def test_paused_subscriptions_never_match(gaz: Gazetteer) -> None:
    paused = sub(gaz, "p", paused=True)
    assert ids(Matcher([paused], gaz)) == set()


def test_severity_scale() -> None:
    assert severity({"event_type": "Protests", "fatalities": 0}) == 1
    assert severity({"event_type": "Battles", "fatalities": 30, "ceasefire_breach": True}) == 5


def test_index_agrees_with_linear_scan(gaz: Gazetteer) -> None:
    rng = random.Random(3)
    places = [gaz.get(p) for p in ("C4268", "C3871", "C5993", "C1007", "SY0705", "SY12")]
    subs = []
    for i in range(300):
        place = rng.choice(places)
        assert place is not None
        kind = rng.random()
        if kind < 0.5:
            subs.append(sub(gaz, f"r{i}", regions=[place.pcode], breach_only=rng.random() < 0.3))
        elif kind < 0.8:
            subs.append(sub(gaz, f"p{i}", point=[place.lat, place.lon],
                            radius_km=rng.choice([1, 10, 60])))
        else:
            subs.append(sub(gaz, f"a{i}", min_fatalities=rng.randint(0, 5)))
    matcher = Matcher(subs, gaz)
    for _ in range(200):
        place = rng.choice(places)
        assert place is not None
        event = stored(
            place_pcode=place.pcode, admin1_pcode=place.admin1_pcode,
            latitude=place.lat + rng.uniform(-0.1, 0.1), longitude=place.lon,
            fatalities=rng.randint(0, 6), ceasefire_breach=rng.random() < 0.5,
        ).to_dict()
        assert {s.id for s in matcher.match(event)} == {s.id for s in matcher.match_linear(event)}

"""Which subscriptions want an event: an index by governorate and by map cell.

With 10,000 subscriptions a linear scan runs every filter for every event; the index
narrows the candidates to the subscriptions of the event's place and of the units that
contain it (community, sub-district, district, governorate), the point/radius
subscriptions whose circle touches the event's 0.5° cell, and those with no place filter
(by event type), then runs the full filter on those only.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from alerts.subscriptions import GazetteerLike, Subscription
from language.normalize import fold
from pipeline.gazetteer import haversine_km

CELL_DEG = 0.5
_KM_PER_DEG_LAT = 111.32

TYPE_WEIGHT = {
    "Battles": 2,
    "Explosions/Remote violence": 2,
    "Violence against civilians": 2,
    "Riots": 1,
    "Protests": 1,
    "Strategic developments": 1,
}


def severity(event: Mapping[str, Any]) -> int:
    """1 (minor) .. 5 (mass casualties or a deadly breach): type, deaths, ceasefire breach."""
    deaths = event.get("fatalities")
    deaths = 1 if deaths is None else int(deaths)  # "people died, number unknown"
    score = TYPE_WEIGHT.get(str(event.get("event_type")), 1)
    score += (deaths >= 1) + (deaths >= 5) + (deaths >= 20)
    score += bool(event.get("ceasefire_breach"))
    return min(score, 5)


def _cell(lat: float, lon: float) -> tuple[int, int]:
    return math.floor(lat / CELL_DEG), math.floor(lon / CELL_DEG)


def _cells_of_circle(lat: float, lon: float, radius_km: float) -> list[tuple[int, int]]:
    dlat = radius_km / _KM_PER_DEG_LAT
    dlon = radius_km / (_KM_PER_DEG_LAT * max(math.cos(math.radians(lat)), 0.01))
    (i0, j0), (i1, j1) = _cell(lat - dlat, lon - dlon), _cell(lat + dlat, lon + dlon)
    return [(i, j) for i in range(i0, i1 + 1) for j in range(j0, j1 + 1)]


class Matcher:
    """Matches event dicts (``StoredEvent.to_dict()``) against active subscriptions."""

    def __init__(self, subscriptions: Iterable[Subscription], gazetteer: GazetteerLike) -> None:
        self.gazetteer = gazetteer
        self.subscriptions = [s for s in subscriptions if not s.paused]
        self._by_region: dict[str, list[Subscription]] = defaultdict(list)
        self._by_cell: dict[tuple[int, int], list[Subscription]] = defaultdict(list)
        self._by_type: dict[str, list[Subscription]] = defaultdict(list)  # no place filter
        for sub in self.subscriptions:
            self._index(sub)

    def _index(self, sub: Subscription) -> None:
        if not sub.regions and sub.point is None:
            for kind in sub.event_types or ("*",):
                self._by_type[kind].append(sub)
        for pcode in sub.regions:
            self._by_region[pcode].append(sub)
        if sub.point is not None and sub.radius_km:
            for cell in _cells_of_circle(*sub.point, sub.radius_km):
                self._by_cell[cell].append(sub)

    def _ancestors(self, event: Mapping[str, Any]) -> set[str]:
        """The event's place and every administrative unit that contains it."""
        codes = {event.get("place_pcode"), event.get("admin1_pcode")}
        place = self.gazetteer.get(event["place_pcode"]) if event.get("place_pcode") else None
        if place is not None:
            codes |= {place.admin1_pcode, place.admin2_pcode, place.admin3_pcode}
        return {str(c) for c in codes if c}

    def candidates(self, event: Mapping[str, Any]) -> list[Subscription]:
        """Subscriptions that may match: by the event's regions, map cell and type."""
        found = self._by_type.get("*", []) + self._by_type.get(str(event.get("event_type")), [])
        for pcode in self._ancestors(event):
            found += self._by_region.get(pcode, [])
        lat, lon = event.get("latitude"), event.get("longitude")
        if lat is not None and lon is not None:
            found += self._by_cell.get(_cell(float(lat), float(lon)), [])
        return list({s.id: s for s in found}.values())

    def match(self, event: Mapping[str, Any]) -> list[Subscription]:
        return [s for s in self.candidates(event) if self.accepts(s, event)]

    def match_linear(self, event: Mapping[str, Any]) -> list[Subscription]:
        """The baseline the benchmark compares against: every filter of every subscription."""
        return [s for s in self.subscriptions if self.accepts(s, event)]

    def accepts(self, sub: Subscription, event: Mapping[str, Any]) -> bool:
        return (
            self._place_ok(sub, event)
            and (not sub.event_types or event.get("event_type") in sub.event_types)
            and (not sub.sub_event_types or event.get("sub_event_type") in sub.sub_event_types)
            and (not sub.breach_only or bool(event.get("ceasefire_breach")))
            and _deaths(event) >= sub.min_fatalities
            and severity(event) >= sub.min_severity
            and _any_in(sub.actors, [event.get("actor1"), event.get("actor2")])
            and _any_in(sub.keywords, _texts(event))
            and (not sub.sources or bool(set(sub.sources) & set(event.get("sources") or ())))
        )

    def _place_ok(self, sub: Subscription, event: Mapping[str, Any]) -> bool:
        if not sub.regions and sub.point is None:
            return True
        return self._in_regions(sub, event) or _in_circle(sub, event)

    def _in_regions(self, sub: Subscription, event: Mapping[str, Any]) -> bool:
        place = event.get("place_pcode")
        admin1 = event.get("admin1_pcode")
        for region in sub.regions:
            if region in (place, admin1):
                return True
            if place and self.gazetteer.contains(region, place):
                return True
        return False


def _deaths(event: Mapping[str, Any]) -> int:
    value = event.get("fatalities")
    return 1 if value is None else int(value)


def _in_circle(sub: Subscription, event: Mapping[str, Any]) -> bool:
    lat, lon = event.get("latitude"), event.get("longitude")
    if sub.point is None or sub.radius_km is None or lat is None or lon is None:
        return False
    return haversine_km(sub.point[0], sub.point[1], float(lat), float(lon)) <= sub.radius_km


def _texts(event: Mapping[str, Any]) -> list[Any]:
    keys = ("evidence", "place_name", "actor1", "actor2", "title")
    return [event.get(k) for k in keys]


def _any_in(needles: tuple[str, ...], haystacks: list[Any]) -> bool:
    if not needles:
        return True
    text = fold(" ".join(str(h) for h in haystacks if h))
    return any(fold(n) in text for n in needles)

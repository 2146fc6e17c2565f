"""A village named "near" which the act happened, right before the road between two towns
("قرب قرية تل حبش، على الطريق الواصل بين مدينتي عامودا والقامشلي"), is the scene: the
towns only name the road, even when a headline names the road by them too
(``pipeline.events.places``; sentences written for these tests)."""

from __future__ import annotations

import pytest

from pipeline.events.places import PlaceResolver
from pipeline.settings import PipelineSettings


@pytest.fixture(scope="module")
def resolver() -> PlaceResolver:
    return PlaceResolver.from_settings(PipelineSettings())


@pytest.mark.parametrize("lead", [
    "انفجرت عبوة ناسفة بسيارة عسكرية قرب قرية تل حبش، على الطريق الواصل بين مدينتي عامودا "
    "والقامشلي، ظهر اليوم",
    "كمين لدورية بالقرب من قرية تل حبش على طريق بين عامودا والقامشلي فجراً",
])
def test_village_near_before_the_road(resolver: PlaceResolver, lead: str) -> None:
    whole = f"انفجار عبوة على طريق عامودا - القامشلي\n\n{lead}"
    match = resolver.best(whole, focus=lead)
    assert match is not None and match.place.pcode == "C4693"

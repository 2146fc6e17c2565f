"""A breach claim that names no place and follows the act it comments on covers that act,
not every act of the article; sentences written for these tests."""

from __future__ import annotations

from pipeline.events.extract import EventExtractor
from pipeline.settings import PipelineSettings

PUBLISHED = "2025-09-18T20:00:00+03:00"  # a Thursday


def test_a_claim_after_a_clash_is_about_that_clash() -> None:
    extractor = EventExtractor.from_settings(PipelineSettings())
    events = extractor.extract(
        "اشتباكات في حي الشيخ مقصود ومسيّرة تستهدف سيارة قرب منبج",
        "شهد شمال سوريا اليوم الخميس تطورات ميدانية عدة. ففي حي الشيخ مقصود بمدينة حلب، "
        "اندلعت اشتباكات بين عناصر الأسايش وعناصر من الأمن العام عند أحد الحواجز، أسفرت عن "
        "مقتل عنصر. واتهم كل طرف الآخر بانتهاك اتفاق التهدئة الخاص بالحي. "
        "وفي ريف حلب الشرقي، استهدفت طائرة مسيّرة مجهولة سيارة عسكرية قرب مدينة منبج، ما "
        "أدى إلى مقتل مقاتلين اثنين.",
        PUBLISHED,
    )
    breach = {e.sub_event_type: e.ceasefire_breach for e in events}
    assert breach.get("Armed clash") is True, events
    assert breach.get("Air/drone strike") is False, events

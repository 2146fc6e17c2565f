"""Background: which sentences of an article recall earlier events rather than report its
incident.

A news article tells its incident in the headline and lead, dated by "اليوم" or "أمس", then
recalls what came before: "وكانت قوات النظام قد ...", "يُذكر أن ...", "في وقت سابق",
"الشهر الماضي", "منذ سنوات", or an explicit date weeks back. What such a sentence names (a
place, a toll, a date, a truce's start) belongs to the earlier event: the incident's place,
toll and date come from the other sentences, and a recalled event is no new event.

The cue words are data in ``pipeline.rules.background``.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from functools import lru_cache

from language.tokens import tokens
from pipeline.events.dates import resolve_event_date
from pipeline.events.lexicon import Lexicon
from pipeline.rules import background as rules

__all__ = ["STEMS", "background_sentences", "is_background"]

# An explicit date this long before publication dates a recalled event.
_RECALLED_AFTER = timedelta(days=7)
# Only a sentence with a figure can carry an explicit date weeks back ("3 شباط 2016").
_DIGIT = re.compile(r"[0-9\u0660-\u0669]")
# "وكانت ... قد": the two words at most this far apart.
_PLUPERFECT_GAP = 8


@lru_cache(maxsize=1)
def _lexicon() -> Lexicon:
    was, had = rules.PLUPERFECT
    return Lexicon({"opening": rules.OPENINGS, "phrase": rules.PHRASES, "today": rules.TODAY,
                    "was": was, "had": had})


# Letters that every cue of pipeline.rules.background contains, as written or normalised
# (a test keeps them in step): a sentence with none of them and no figure is not tokenised
# again.
STEMS: tuple[str, ...] = (
    "كان", "ذكر", "شار", "سبق", "أتي", "اتي", "جدر", "جدير", "سابق", "قبل", "منذ", "ماضي",
    "منصرم", "أخير", "اخير", "مطلع", "واخر", "منتصف", "وائل", "بداي", "يومي", "متكرر",
    "مستمر", "ظاهر", "ظاهره", "وقت",
)


def is_background(sentence: str, published: datetime | None = None) -> bool:
    """Whether one sentence recalls an earlier event (see the module's doc)."""
    if not any(stem in sentence for stem in STEMS) and not _DIGIT.search(sentence):
        return False
    words = tokens(sentence)
    hits = _lexicon().find(words)
    labels = {h.label for h in hits}
    if "today" in labels:
        return False  # dated to the news of the day, whatever else it recalls
    if any(h.label == "opening" and h.start == 0 for h in hits) or "phrase" in labels:
        return True
    was = [h.start for h in hits if h.label == "was"]
    if any(h.label == "had" and any(0 < h.start - w <= _PLUPERFECT_GAP for w in was)
           for h in hits):
        return True
    if published is not None and _DIGIT.search(sentence):
        # resolve_event_date gives the publication day when nothing earlier dates it.
        return resolve_event_date("", published) - resolve_event_date(sentence, published) \
            > _RECALLED_AFTER
    return False


def background_sentences(sentences: list[str], published: datetime | None = None
                         ) -> frozenset[int]:
    """Indices of the body sentences that recall earlier events (the headline, index 0,
    and the lead, index 1, tell the incident)."""
    return frozenset(i for i, s in enumerate(sentences)
                     if i > 1 and is_background(s, published))

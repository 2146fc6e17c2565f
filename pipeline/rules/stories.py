"""Words that tell stories (``pipeline.stories.stories``) when two reports are not one
incident, or where a report's own lead begins.

An analyst who finds two reports wrongly joined or split can add the words here.
"""

from __future__ import annotations

# A local outlet's report often opens with a line of its own: the town it was filed from,
# a dash and the outlet or the correspondent ("حلب – مراسل الشبكة", "ريف دمشق – سقبا",
# "بيروت – «المستقبل العربي»"). That line is no sentence of the report: its lead is the
# sentence after it. A dateline line has at most this many words ...
DATELINE_LINE_WORDS: int = 7
# ... and is, as a regular expression, a short run of words, a dash between spaces, and
# another short run, with no sentence ending.
DATELINE_LINE: str = r"[^.!?؟\n]{1,50}[ \t]+[–—-][ \t]+[^.!?؟\n]{1,50}"

# A headline that names a funeral ("تشييع شهداء X يتحول إلى مظاهرة", "Mourners fired on at
# funeral of ...") reports the funeral: an event of its own, held a day or more after the
# deaths it mourns, and often where new ones happen. It is never the report of the killing
# it follows, though town, kind and the dead it names may be the same. So two reports of
# which only one headline names a funeral are two incidents. Words as written (Arabic in
# ordinary spelling, with or without proclitics; English in lower case).
FUNERAL_WORDS: tuple[str, ...] = (
    "تشييع", "شيع", "شيّع", "شيعوا", "شيّعوا", "شيعت", "شيّعت", "يشيع", "يشيّع", "يشيعون",
    "يشيّعون", "تشيع", "المشيعين", "مشيعين", "مشيعون", "المشيعون", "جنازة", "جنازات",
    "funeral", "funerals", "mourners",
)

"""Text that reports no incident of its own: kinds of article that only recall events, and
lists of other articles' headlines on a page.

``pipeline.events.classify`` drops an article whose title opens with a word of GENRES;
``pipeline.events.extract`` drops the lines that open with a heading of RELATED_HEADINGS.
Both are found in the text as written, so list every spelling (with and without hamza).
"""

from __future__ import annotations

# Opinion, interviews and analysis recall events; they do not report them. A title that
# opens with one of these words and a separator ("رأي | ...", "حوار: ...").
GENRES: tuple[str, ...] = ("رأي", "راي", "حوار", "مقابلة", "تحليل", "مقال", "افتتاحية")

# "مواضيع ذات صلة: مقتل مزارع ..." lists headlines of other articles: not this one's news.
# A line opening with one of these (Latin letters in any case) is dropped.
RELATED_HEADINGS: tuple[str, ...] = (
    "مواضيع ذات صلة", "أخبار ذات صلة", "اخبار ذات صلة", "روابط ذات صلة", "ذات صلة",
    "اقرأ أيضا", "إقرأ أيضا", "اقرأ ايضا", "إقرأ ايضا", "شاهد أيضا", "المزيد من الأخبار",
    "read also", "related",
)

"""Public Telegram channels through their web preview ``https://t.me/s/<channel>``.

No API key: the preview is plain HTML with one ``div.tgme_widget_message`` per post
(``data-post="channel/123"``), its text in ``.tgme_widget_message_text`` and its time in
``time[datetime]``. Each post becomes one article whose URL is ``https://t.me/<channel>/<id>``.

Two shapes of the live markup are not posts' text: a reply quotes the message it answers in an
``a.tgme_widget_message_reply`` holding another ``tgme_widget_message_text``
(``js-message_reply_text``) BEFORE the post's own; and service messages ("Channel created",
"... pinned «...»", "Channel photo updated") carry the class word ``service_message``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree, html

from crawler.dates import parse_date

# The post's own text: not the quoted message of a reply (inside tgme_widget_message_reply,
# marked js-message_reply_text).
_OWN_TEXT = (
    './/div[contains(concat(" ", normalize-space(@class), " "), " tgme_widget_message_text ")]'
    '[not(contains(@class, "js-message_reply_text"))]'
    '[not(ancestor::*[contains(@class, "tgme_widget_message_reply")])]'
)


@dataclass(frozen=True)
class TelegramPost:
    url: str
    title: str
    text: str
    published: datetime | None


def parse_preview(page: str, base: str = "https://t.me") -> list[TelegramPost]:
    try:
        tree = html.fromstring(page)
    except (etree.ParserError, ValueError):
        return []
    posts = []
    for node in tree.xpath('//div[contains(@class, "tgme_widget_message") and @data-post]'):
        if "service_message" in (node.get("class") or "").split():
            continue
        body = node.xpath(_OWN_TEXT)
        if not body:
            continue
        for br in body[0].iter("br"):
            br.tail = "\n" + (br.tail or "")
        text = body[0].text_content().strip()
        if not text:
            continue
        stamp = node.xpath(".//time/@datetime")
        title = text.splitlines()[0][:200]
        posts.append(TelegramPost(
            url=f"{base.rstrip('/')}/{node.get('data-post')}",
            title=title, text=text, published=parse_date(stamp[0]) if stamp else None,
        ))
    return posts

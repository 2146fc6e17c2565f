"""Public Telegram channels through their web preview ``https://t.me/s/<channel>``.

No API key: the preview is plain HTML with one ``div.tgme_widget_message`` per post
(``data-post="channel/123"``), its text in ``.tgme_widget_message_text`` and its time in
``time[datetime]``. Each post becomes one article whose URL is ``https://t.me/<channel>/<id>``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree, html

from crawler.dates import parse_date


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
        body = node.xpath('.//div[contains(@class, "tgme_widget_message_text")]')
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

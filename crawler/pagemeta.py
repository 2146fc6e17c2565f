"""What a page says about itself besides its text: the site's name, the title without it, the
lead paragraph, and the language of the text.

Real pages put their site name in titles ("... - اليوم السابع", "خبرگزاری آریا - ..."), leave
their lead paragraph out of the block trafilatura keeps, and declare languages that are wrong
(an Arabic page marked ``lang="en-US"``) or none at all; these helpers correct that from the
page's own evidence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from typing import Any

from lxml import html

# Separators between a title and the site's name: " - ", " | ", " – ", " — ", " :: ", " « ".
_SEPARATOR = re.compile(r"\s+(?:[-|–—«»:]|::)\s+")
_SITE_NAME_META = (
    '//meta[@property="og:site_name"]/@content',
    '//meta[@name="application-name"]/@content',
    '//meta[@name="publisher" or @name="Publisher" or @name="dc.publisher"]/@content',
    '//meta[@name="twitter:site"]/@content',
)
_JSONLD_PUBLISHER = re.compile(r'"publisher"\s*:\s*\{[^{}]*?"name"\s*:\s*"([^"]{2,80})"')
# Letter variants that differ between a site's name in its title and in its metadata.
_FOLD = str.maketrans("أإآٱىیيكکةۀ", "اااايييككهه")
_WORD = re.compile(r"\w+")
# Words that name an outlet: a short title segment holding one is the site's name.
_OUTLET_TEXT = (
    "news agency tv channel times post daily online newspaper magazine press network "
    "نيوز وكالة موقع صحيفة جريدة قناة بوابة شبكة تلفزيون إذاعة خبرگزاری پایگاه روزنامه"
)
_OUTLET_WORDS = frozenset(_OUTLET_TEXT.casefold().translate(_FOLD).split())
MIN_DETECT = 40  # letters; below this the markup's declaration is the better guess
SAMPLE = 600  # characters of text classified: a paragraph or two decide, and cost stays small

log = logging.getLogger(__name__)


def site_names(tree: html.HtmlElement, url: str) -> list[str]:
    """The names the page gives its site: og:site_name, publisher, and the domain's name."""
    names = [str(v) for path in _SITE_NAME_META for v in tree.xpath(path)]
    scripts = " ".join(tree.xpath('//script[@type="application/ld+json"]/text()'))
    names += _JSONLD_PUBLISHER.findall(scripts)[:2]
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", url).split("/")[0].split(":")[0]
    names.append(host.split(".")[0])
    return [n.strip().lstrip("@") for n in names if n and n.strip()]


def clean_title(title: str, names: Iterable[str]) -> str:
    """``title`` without a leading or trailing segment that is the site's name."""
    parts = _SEPARATOR.split(title.strip())
    if len(parts) < 2:
        return title.strip()
    folded = [_fold(n) for n in names if _fold(n)]
    for edge in (-1, 0):
        rest = parts[:-1] if edge == -1 else parts[1:]
        if _is_site(parts[edge], folded) and _words(rest) >= _words([parts[edge]]):
            return " - ".join(rest).strip() if len(rest) > 1 else rest[0].strip()
    return title.strip()


def _is_site(segment: str, names: list[str]) -> bool:
    words = _WORD.findall(_fold(segment))
    if not words or len(words) > 6:
        return False
    text = " ".join(words)
    if any(text in name or name in text for name in names if len(name) >= 3):
        return True
    return any(w in _OUTLET_WORDS for w in words) or any("." in w for w in segment.split())


def _words(parts: list[str]) -> int:
    return sum(len(_WORD.findall(part)) for part in parts)


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold().translate(_FOLD)))


def lead(tree: html.HtmlElement, text: str, names: Iterable[str] = ()) -> str | None:
    """The page's lead paragraph when the extracted text lacks it.

    The lead is the page's description (``og:description``) where the page also shows it as
    a paragraph of its own; descriptions that are only metadata, or already in the text, or
    a cut first paragraph ("...") are not leads to add.
    """
    found = tree.xpath('//meta[@property="og:description" or @name="description"]/@content')
    description = clean_title(" ".join(str(found[0]).split()), names) if found else ""
    if len(description) < 60 or description.endswith(("...", "…")):
        return None
    head = description[:60]
    if head in " ".join(text.split()):
        return None
    for node in tree.xpath("//body//p|//body//div[not(.//div)]|//body//h2|//body//span"):
        shown = " ".join(node.text_content().split())
        if shown == description or (shown.startswith(head) and len(shown) < 2 * len(description)):
            return shown
    return None


def detect_language(text: str, declared: str | None) -> str | None:
    """The language of ``text``; the markup's ``declared`` one where the text is too short.

    Arabic-script text is told apart by its letters (Persian, Kurdish and Urdu each have
    letters of their own), which is exact and free; only Latin or other text whose markup
    is silent or names an Arabic-script language goes to py3langid. Its model costs about
    a second and a temporary file of tens of MB to load, once per crawl child, and a
    failure to load it (a full disk) must not fail the page.
    """
    sample = text[:SAMPLE]
    letters = [ch for ch in sample if ch.isalpha()]
    if len(letters) < MIN_DETECT:
        return declared
    arabic_script = [ch for ch in letters if "\u0600" <= ch <= "\u06ff"
                     or "\u0750" <= ch <= "\u077f"]
    if 2 * len(arabic_script) >= len(letters):
        return _arabic_script_language(arabic_script)
    if declared and declared.split("-")[0].lower() not in ARABIC_SCRIPT_LANGUAGES:
        return declared
    return _classify(sample) or declared


# Letters that only one Arabic-script language uses (Sorani Kurdish, Urdu, Persian), and
# the Arabic forms of the letters Persian writes differently (ي/ی, ك/ک, ة).
_KURDISH = frozenset("\u0695\u06b5\u06c6\u06ce\u06d5")  # ڕ ڵ ۆ ێ ە
_URDU = frozenset("\u0679\u0688\u0691\u06ba\u06d2")  # ٹ ڈ ڑ ں ے
_PERSIAN = frozenset("\u06a9\u06cc\u067e\u0698")  # ک ی پ ژ
_ARABIC = frozenset("\u064a\u0643\u0629\u0649")  # ي ك ة ى
ARABIC_SCRIPT_LANGUAGES = frozenset({"ar", "fa", "ku", "ckb", "ur", "ps"})


def _arabic_script_language(letters: list[str]) -> str:
    counts = {name: sum(ch in group for ch in letters)
              for name, group in (("ku", _KURDISH), ("ur", _URDU), ("fa", _PERSIAN),
                                  ("ar", _ARABIC))}
    for name in ("ku", "ur"):
        if counts[name] * 100 >= len(letters):  # one letter in a hundred is no accident
            return name
    return "fa" if counts["fa"] > counts["ar"] else "ar"


def _classify(sample: str) -> str | None:
    try:
        import py3langid  # loaded on first use, see detect_language

        found: Any = py3langid.classify(sample)[0]
    except (OSError, ValueError) as exc:  # a full disk while the model unpacks
        log.warning("language detection unavailable: %s", exc)
        return None
    return str(found) if found else None

"""A local replica of a WordPress-style Arabic news site, for ``newswatch demo`` and tests.

It ships inside the package with a dozen short Arabic news items written for it
(``content/articles.json``), so the demo works offline. Stdlib only; binds 127.0.0.1.

Usage::

    with ReplicaSite.start(robots_crawl_delay=0) as site:
        feed = urllib.request.urlopen(site.url + "/feed/").read()
        url = site.publish({"title": "...", "text": "فقرة أولى\\n\\nفقرة ثانية"})
        site.set_fault("/feed/", "429", retry_after=5, times=2)
        assert site.requests[-1].status == 200

``ReplicaSite.start(articles=None, host="127.0.0.1", port=0, clock=None, *,
robots_crawl_delay=1.0, feed_ttl=15, per_page=10, rebase_dates=None) -> ReplicaSite``
    Serve in a daemon thread. ``articles`` are dicts with ``title`` and ``text`` (paragraphs
    separated by blank lines) and optional ``id, slug, published`` (aware ISO), ``author,
    category``; None serves the shipped items. ``rebase_dates`` (default: only for the shipped
    items) shifts all dates by whole days so the newest is just before ``clock()``. ``clock``
    returns an aware datetime (default: now, UTC). Also a context manager; ``stop()``.

Attributes and methods: ``url`` (``http://127.0.0.1:PORT``); ``publish(article) -> url``;
``articles`` (dicts with ``url``, newest first); ``requests`` (list of :class:`RequestRecord`:
method, decoded path, raw query, headers, status (-1 for a reset), ``time.monotonic()`` at
arrival); ``clear_requests()``; ``set_fault(path, kind, **opts)``; ``clear_faults()``.

Endpoints: ``/`` (home, ``<link rel="alternate">`` to both feeds; ``/?p=ID`` redirects),
``/feed/`` (RSS 2.0 with ``<ttl>``, ``?paged=N``, 10 a page, 404 past the end),
``/feed/atom/``, ``/YYYY/MM/DD/`` (day archive), ``/YYYY/MM/DD/<slug>/`` (article; ``amp/``
variant), ``/sitemap.xml``, ``/robots.txt`` (``Crawl-delay``; ``Disallow: /private/``),
``/private/...`` (a trap no polite crawler fetches), ``/s/<channel>`` (t.me/s preview markup,
``?before=ID``). Documents carry an ETag (hash of the body) and Last-Modified, and answer 304
to a matching If-None-Match or If-Modified-Since. Slash-less permalinks redirect (301).

Fault kinds (``set_fault``; path exact or a prefix ending in ``*``; ``times=N`` limits hits):
``"429"``/``"503"`` (Retry-After ``retry_after``, default 1; ``times`` defaults to 1),
``"slow"`` (sleep ``delay`` s, default 2, then answer), ``"garbage"`` (``size`` random bytes
as text/xml), ``"broken_feed"`` (the RSS cut at ``fraction``, default 0.5),
``"huge"`` (streams ``size`` bytes, default 50 MB; ``declare_length=False`` omits
Content-Length), ``"redirect_loop"`` (302 to itself with ``?loop=N``), ``"offsite_redirect"``
(302 to ``location``, default http://example.invalid/), ``"reset"`` (TCP RST, no answer),
``"cp1256"``/``"iso8859_6"`` (page encoded so, declared only by ``<meta charset>``; the
header says UTF-8, or no charset with ``header="missing"``), ``"not_modified_never"``.

Standalone: ``python -m newswatch.replica --port 8765 [--publish-every N]``.
"""

from newswatch.replica.articles import load_shipped
from newswatch.replica.faults import KINDS as FAULT_KINDS
from newswatch.replica.server import ReplicaSite, RequestRecord

__all__ = ["FAULT_KINDS", "ReplicaSite", "RequestRecord", "load_shipped"]

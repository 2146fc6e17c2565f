"""Every raw HTTP exchange kept in daily gzip WARC files, for replay without refetching.

Files are ``<archive_dir>/YYYY-MM-DD.warc.gz`` (UTC day of the fetch). Each exchange is a
``request`` record followed by its ``response`` record; records are appended as separate gzip
members, which is valid WARC and lets every crawl round append to the day's file.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


@dataclass(frozen=True)
class ArchivedResponse:
    """One response read back from the archive."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    fetched_at: datetime


def day_path(archive_dir: Path, day: date) -> Path:
    return archive_dir / f"{day.isoformat()}.warc.gz"


class WarcArchive:
    """Appends request/response pairs to the day's WARC file."""

    def __init__(self, archive_dir: Path) -> None:
        self.archive_dir = archive_dir
        archive_dir.mkdir(parents=True, exist_ok=True)

    def write(
        self,
        url: str,
        method: str,
        request_headers: list[tuple[str, str]],
        status: int,
        response_headers: list[tuple[str, str]],
        body: bytes,
        fetched_at: datetime,
    ) -> Path:
        path = day_path(self.archive_dir, fetched_at.date())
        stamp = fetched_at.strftime("%Y-%m-%dT%H:%M:%SZ")
        parts = urlsplit(url)
        target = parts.path + (f"?{parts.query}" if parts.query else "") or "/"
        with path.open("ab") as fh:
            writer = WARCWriter(fh, gzip=True)
            req = writer.create_warc_record(
                url, "request", payload=BytesIO(b""), length=0,
                http_headers=StatusAndHeaders(f"{method} {target} HTTP/1.1", request_headers,
                                              is_http_request=True),
                warc_headers_dict={"WARC-Date": stamp},
            )
            resp = writer.create_warc_record(
                url, "response", payload=BytesIO(body), length=len(body),
                http_headers=StatusAndHeaders(f"{status} {_reason(status)}", response_headers,
                                              protocol="HTTP/1.1"),
                warc_headers_dict={"WARC-Date": stamp},
            )
            writer.write_request_response_pair(req, resp)
        return path


def _reason(status: int) -> str:
    from http import HTTPStatus

    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown"


def iter_responses(archive_dir: Path, start: date, end: date | None = None) -> Iterator[
    ArchivedResponse
]:
    """Responses of the days ``start`` to ``end`` (inclusive), in file order."""
    day = start
    while day <= (end or start):
        path = day_path(archive_dir, day)
        if path.exists():
            yield from _read(path)
        day += timedelta(days=1)


def _read(path: Path) -> Iterator[ArchivedResponse]:
    with path.open("rb") as fh:
        for record in ArchiveIterator(fh):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            stamp = record.rec_headers.get_header("WARC-Date")
            yield ArchivedResponse(
                url=record.rec_headers.get_header("WARC-Target-URI"),
                status=int(record.http_headers.get_statuscode()),
                headers=dict(record.http_headers.headers),
                body=record.content_stream().read(),
                fetched_at=datetime.fromisoformat(stamp.replace("Z", "+00:00")),
            )

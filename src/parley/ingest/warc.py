"""WARC archives (warcio): every HTML ``response`` record becomes an article."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from parley.errors import EmptyInput, FetchError, MalformedRecord, ParleyError
from parley.ingest.html import extract_article
from parley.ingest.results import ReadResult, Skipped
from parley.ingest.text import parse_date

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(path: Path, *, name: str) -> Iterator[ReadResult]:
    """Articles from the HTML responses in a (gzipped or plain) WARC; other records are not articles."""
    found = 0
    number = 0
    try:
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                if record.rec_type != "response":
                    continue
                number += 1
                uri = record.rec_headers.get_header("WARC-Target-URI") or None
                label = uri or f"{name}#{number}"
                http = record.http_headers
                if http is None:
                    continue  # a DNS or other non-HTTP response
                media = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
                if media not in _HTML_TYPES:
                    continue  # images, scripts, style sheets: not articles, nothing lost
                status = http.get_statuscode() or ""
                if status.startswith("3"):
                    continue  # a redirect carries no page
                found += 1
                if not status.startswith("2"):
                    yield Skipped(label, FetchError(f"the archived response is HTTP {status}"))
                    continue
                warc_date = parse_date(record.rec_headers.get_header("WARC-Date") or "")
                try:
                    body = record.content_stream().read()
                    yield extract_article(body, doc=label, source_format="warc", url=uri,
                                          fallback_date=warc_date, meta={"warc": name})
                except ParleyError as exc:
                    yield Skipped(label, exc)
    except (ArchiveLoadFailed, OSError, EOFError, ValueError, AttributeError, KeyError) as exc:
        # warcio raises assorted errors (even AttributeError on a record without a URI) for broken input.
        # A truncated or non-WARC file: what was read so far stands, the rest is reported.
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        yield Skipped(name, MalformedRecord(f"the WARC cannot be read past record {number}: {reason}"))
        return
    if found == 0:
        yield Skipped(name, EmptyInput("the WARC holds no HTML response records"))

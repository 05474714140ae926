"""WARC archives written in the test with warcio: HTML responses become articles, the rest does not."""

from __future__ import annotations

from datetime import date
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from parley.errors import FetchError, MalformedRecord, NoArticleText
from parley.ingest import Skipped, read_inputs
from parley.model import Article

PARAS = [
    "The two delegations agreed on Thursday to extend the grain corridor arrangement by another sixty "
    "days, a spokesman for the mediating government said at an evening briefing in the capital.",
    "Inspectors will continue to check vessels at anchorage, and the joint centre will publish a weekly "
    "list of ships cleared to sail, the spokesman added, calling the deal a modest step.",
]
DATED = ("<html><head><title>Corridor extended</title><meta property='article:published_time' "
         "content='2025-04-03'></head><body><article>" + "".join(f"<p>{p}</p>" for p in PARAS)
         + "</article></body></html>")
UNDATED = DATED.replace("<meta property='article:published_time' content='2025-04-03'>", "")


def add_response(writer: WARCWriter, uri: str, body: bytes, kind: str = "text/html",
                 status: str = "200 OK", when: str = "2025-04-05T10:00:00Z") -> None:
    http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
    record = writer.create_warc_record(uri, "response", payload=BytesIO(body), http_headers=http,
                                       warc_headers_dict={"WARC-Date": when})
    writer.write_record(record)


def write_warc(path: Path, gz: bool) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gz)
        add_response(writer, "https://wire.example/corridor", DATED.encode())
        add_response(writer, "https://wire.example/logo.png", b"\x89PNG....", kind="image/png")
        add_response(writer, "https://wire.example/undated", UNDATED.encode())
        add_response(writer, "https://wire.example/gone", b"<html>gone</html>", status="404 Not Found")
        add_response(writer, "https://wire.example/menu", b"<html><body><nav>Home</nav></body></html>")


def test_warc_gz_and_plain(tmp_path: Path) -> None:
    for name, gz in (("crawl.warc.gz", True), ("crawl.warc", False)):
        path = tmp_path / name
        write_warc(path, gz)
        results = list(read_inputs([str(path)], timeout=1.0))
        assert len(results) == 4
        dated, undated, gone, menu = results
        assert isinstance(dated, Article) and dated.source_format == "warc"
        assert dated.doc == dated.url == "https://wire.example/corridor"
        assert dated.published == date(2025, 4, 3) and PARAS[1] in dated.text
        assert isinstance(undated, Article) and undated.published == date(2025, 4, 5)  # from WARC-Date
        assert isinstance(gone, Skipped) and isinstance(gone.error, FetchError) and "404" in gone.reason
        assert isinstance(menu, Skipped) and isinstance(menu.error, NoArticleText)
        assert menu.input == "https://wire.example/menu"


def test_truncated_warc_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.warc"
    path.write_bytes(b"WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 999\r\n\r\n<html>")
    results = list(read_inputs([str(path)], timeout=1.0))
    assert results and all(isinstance(r, Skipped) for r in results)
    assert any(isinstance(r.error, MalformedRecord) for r in results if isinstance(r, Skipped))

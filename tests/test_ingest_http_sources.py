"""URLs and feeds over HTTP: a local server on 127.0.0.1 and an httpx MockTransport, never the internet."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import httpx
import pytest

from parley.errors import FetchError, NoArticleText
from parley.ingest import Skipped, read_inputs
from parley.model import Article

PARAS = [
    "Negotiators from both delegations met for five hours in the Saudi capital on Tuesday, the first "
    "face-to-face session since the winter, according to officials familiar with the schedule.",
    "The lead envoy said technical teams would keep working through the night on the maritime text, "
    "and that a further meeting was pencilled in for the following week in the same hotel.",
]


def page(title: str, paras: list[str], day: str = "2025-02-18") -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    return (f"<!doctype html><html><head><title>{title}</title>"
            f'<meta property="article:published_time" content="{day}T10:00:00Z"></head>'
            f"<body><nav><a href='/'>Home</a></nav><article><h1>{title}</h1>{body}</article></body></html>"
            ).encode()


Routes = dict[str, tuple[int, str, bytes]]


@pytest.fixture
def server() -> Iterator[tuple[str, Routes]]:
    """A local HTTP server answering from a dict of path -> (status, content type, body)."""
    routes: Routes = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802  (http.server's name)
            status, kind, body = routes.get(self.path, (404, "text/plain", b"not found"))
            self.send_response(status)
            self.send_header("Content-Type", kind)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:  # keep test output quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}", routes
    finally:
        httpd.shutdown()
        httpd.server_close()


def rss(items: list[tuple[str | None, str, str]]) -> bytes:
    """An RSS 2.0 feed from (link, title, description) items."""
    parts = []
    for link, title, description in items:
        link_tag = f"<link>{link}</link>" if link else ""
        parts.append(f"<item><title>{title}</title>{link_tag}<pubDate>Tue, 18 Feb 2025 08:00:00 GMT"
                     f"</pubDate><description><![CDATA[{description}]]></description></item>")
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Wire</title>'
            f"<link>https://harbour.example/</link>{''.join(parts)}</channel></rss>").encode()


def test_url_article(server: tuple[str, Routes]) -> None:
    base, routes = server
    routes["/a.html"] = (200, "text/html; charset=utf-8", page("Riyadh session ends", PARAS))
    [article] = list(read_inputs([f"{base}/a.html"], timeout=5.0))
    assert isinstance(article, Article)
    assert article.doc == f"{base}/a.html" and article.url == f"{base}/a.html"
    assert article.source_format == "url" and article.published == date(2025, 2, 18)
    assert PARAS[1] in article.text


def test_url_failures_are_clear(server: tuple[str, Routes]) -> None:
    base, routes = server
    routes["/doc.pdf"] = (200, "application/pdf", b"%PDF-1.4 ...")
    routes["/boom"] = (500, "text/html", b"<html>oops</html>")
    routes["/nav.html"] = (200, "text/html", b"<html><body><nav>Home</nav></body></html>")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{probe.getsockname()[1]}/x"
    sources = [f"{base}/missing", f"{base}/doc.pdf", f"{base}/boom", f"{base}/nav.html", dead, "ftp://x/y"]
    results = list(read_inputs(sources, timeout=5.0))
    assert [r.input for r in results if isinstance(r, Skipped)] == sources
    errors = [r.error for r in results if isinstance(r, Skipped)]
    assert "HTTP 404" in errors[0].message
    assert "application/pdf" in errors[1].message and "not an HTML page" in errors[1].message
    assert "HTTP 500" in errors[2].message
    assert isinstance(errors[3], NoArticleText)
    assert "cannot reach" in errors[4].message
    assert all(isinstance(e, FetchError) for i, e in enumerate(errors) if i != 3)
    assert all("\n" not in str(e) for e in errors)


def test_feed_items_follow_links_when_summary_is_short(server: tuple[str, Routes], tmp_path: Path) -> None:
    base, routes = server
    routes["/one"] = (200, "text/html", page("One", PARAS))
    long_text = " ".join(["The delegations exchanged written proposals on prisoner swaps."] * 12)
    feed = rss([(f"{base}/one", "Session one", "A short teaser."),
                (f"{base}/gone", "Session two", "Another teaser."),
                (f"{base}/full", "Full text item", f"<p>{long_text}</p>"),
                (None, "Linkless", "Too short to be an article.")])
    path = tmp_path / "wire.rss"
    path.write_bytes(feed)
    seen: list[str] = []
    results = list(read_inputs([str(path)], timeout=5.0, progress=seen.append))
    first, gone, full, linkless = results
    assert isinstance(first, Article) and first.doc == f"{base}/one" and first.source_format == "feed"
    assert first.title == "Session one" and first.outlet == "Harbour Wire"
    assert PARAS[0] in first.text and first.meta["from"] == "item-link"
    assert isinstance(gone, Skipped) and gone.input == f"{base}/gone" and isinstance(gone.error, FetchError)
    assert isinstance(full, Article) and full.meta["from"] == "item-content"
    assert full.text == long_text and full.published == date(2025, 2, 18)
    assert isinstance(linkless, Skipped) and linkless.input == f"{path}#4"
    assert isinstance(linkless.error, NoArticleText)
    assert seen[0] == str(path) and f"{base}/one" in seen


def test_url_serving_a_feed(server: tuple[str, Routes]) -> None:
    base, routes = server
    routes["/story"] = (200, "text/html", page("Story", PARAS))
    routes["/feed"] = (200, "application/rss+xml", rss([(f"{base}/story", "Story", "Teaser.")]))
    [article] = list(read_inputs([f"{base}/feed"], timeout=5.0))
    assert isinstance(article, Article) and article.doc == f"{base}/story"


def test_mock_transport_needs_no_network() -> None:
    def answer(request: httpx.Request) -> httpx.Response:
        if request.url.path == "/slow":
            raise httpx.ReadTimeout("timed out", request=request)
        return httpx.Response(200, headers={"content-type": "text/html"}, content=page("Mock", PARAS))

    transport = httpx.MockTransport(answer)
    results = list(read_inputs(["https://news.example/a", "https://news.example/slow"], timeout=2.0,
                               transport=transport))
    assert isinstance(results[0], Article) and results[0].url == "https://news.example/a"
    assert isinstance(results[1], Skipped) and isinstance(results[1].error, FetchError)
    assert "did not answer within 2 s" in results[1].error.message

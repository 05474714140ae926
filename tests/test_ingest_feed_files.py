"""Feed files: Atom and RSS content, .xml sniffing, empty and broken feeds."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import httpx

from parley.errors import EmptyInput, MalformedRecord, NoArticleText
from parley.ingest import Skipped, read_inputs
from parley.model import Article

LONG = ("Officials from the two capitals confirmed that a working group on energy infrastructure "
        "would meet again next month, after a session in which both sides presented maps of the "
        "facilities they want kept out of range. ") * 3
ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Lakeside Dispatch</title>
  <entry><title>Energy group to meet again</title><link href="https://lake.example/energy"/>
    <id>tag:lake.example,2025:1</id><updated>2025-03-20T12:00:00Z</updated>
    <content type="html">&lt;p&gt;{LONG}&lt;/p&gt;</content></entry>
  <entry><title>Teaser only</title><link href="https://lake.example/teaser"/>
    <id>tag:lake.example,2025:2</id><published>2025-03-21T08:00:00Z</published>
    <summary>Short.</summary></entry>
</feed>
"""
ARTICLE_PAGE = (b"<html><head><title>Teaser only</title></head><body><article>"
                + b"".join(b"<p>" + LONG.encode() + b"</p>" for _ in range(2)) + b"</article></body></html>")


def test_atom_feed_from_xml_file(tmp_path: Path) -> None:
    asked: list[str] = []

    def answer(request: httpx.Request) -> httpx.Response:
        asked.append(str(request.url))
        return httpx.Response(200, headers={"content-type": "text/html"}, content=ARTICLE_PAGE)

    path = tmp_path / "lake.xml"
    path.write_text(ATOM, encoding="utf-8")
    results = list(read_inputs([str(path)], timeout=2.0, transport=httpx.MockTransport(answer)))
    first, second = results
    assert isinstance(first, Article) and first.doc == "https://lake.example/energy"
    assert first.outlet == "Lakeside Dispatch" and first.published == date(2025, 3, 20)
    assert first.text == LONG.strip() and first.meta["from"] == "item-content"
    assert asked == ["https://lake.example/teaser"]
    assert isinstance(second, Article) and second.published == date(2025, 3, 21)
    assert second.title == "Teaser only" and second.meta["from"] == "item-link"


def test_feed_without_items_and_broken_feed(tmp_path: Path) -> None:
    empty = tmp_path / "empty.rss"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>X</title></channel></rss>',
                     encoding="utf-8")
    broken = tmp_path / "broken.atom"
    broken.write_text("<feed><entry><title>unclosed", encoding="utf-8")
    results = list(read_inputs([str(empty), str(broken)], timeout=1.0))
    assert isinstance(results[0], Skipped) and isinstance(results[0].error, EmptyInput)
    # feedparser is lenient: a truncated feed gives what items it could, each skipped with its reason.
    rest = results[1:]
    assert rest and all(isinstance(r, Skipped) and r.input.startswith(str(broken)) for r in rest)
    assert all(isinstance(r.error, MalformedRecord | NoArticleText) for r in rest if isinstance(r, Skipped))
